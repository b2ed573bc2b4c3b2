"""XLIFF 1.2 round trip for translation agencies.

Export: one ``<group>`` per page, one ``<trans-unit>`` per translated text field, with the
German source and the current English target (HTML fields are carried as escaped text
with ``datatype="html"``).

Import is all-or-nothing per file: every unit is checked first; a malformed file, an
unknown unit or a unit whose German source changed since the export refuses the whole
file with a report, and nothing is written.
"""

import re
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element, SubElement, tostring

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from . import translations
from .models import Page

NS = "urn:oasis:names:tc:xliff:document:1.2"
UNIT_ID = re.compile(r"(page|[a-z_]+\.[a-z_]+)-([0-9]{1,18})/([a-z_]+)", re.ASCII)
HTML_FIELDS = {"body"}


def _group_id(obj) -> str:
    """ "page-12" for a page of any kind, "contacts.person-3" for other content."""
    if isinstance(obj, Page):
        return f"page-{obj.pk}"
    return f"{obj._meta.label_lower}-{obj.pk}"


def _label(obj) -> str:
    with translation.override(translations.SOURCE):
        return str(obj)


def export(pages) -> bytes:
    """An XLIFF 1.2 document for ``pages``: specific page objects or other tracked
    content (images, documents, contacts, milestones, ...)."""
    root = Element("xliff", {"version": "1.2", "xmlns": NS})
    file_el = SubElement(
        root,
        "file",
        {
            "original": "dortmund-international",
            "source-language": translations.SOURCE,
            "target-language": translations.TARGET,
            "datatype": "html",
            "date": timezone.now().replace(microsecond=0).isoformat(),
        },
    )
    body = SubElement(file_el, "body")
    for page in pages:
        resname = page.url_path_de if isinstance(page, Page) else _label(page)
        group = SubElement(body, "group", {"id": _group_id(page), "resname": resname})
        SubElement(group, "note").text = f"{page._meta.verbose_name}: {_label(page)}"
        for name in translations.text_fields(type(page)):
            german = getattr(page, f"{name}_{translations.SOURCE}") or ""
            if not german.strip():
                continue
            english = getattr(page, f"{name}_{translations.TARGET}") or ""
            status = translations.field_status(page, name)
            unit = SubElement(
                group,
                "trans-unit",
                {
                    "id": f"{_group_id(page)}/{name}",
                    "resname": name,
                    "datatype": "html" if name in HTML_FIELDS else "plaintext",
                },
            )
            SubElement(unit, "source", {"xml:lang": translations.SOURCE}).text = german
            SubElement(
                unit,
                "target",
                {
                    "xml:lang": translations.TARGET,
                    "state": "translated"
                    if status == translations.CURRENT
                    else "needs-translation",
                },
            ).text = english
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + tostring(root, encoding="utf-8")


@dataclass
class ImportReport:
    applied: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


class ImportRefused(Exception):
    def __init__(self, report: ImportReport):
        super().__init__("; ".join(report.problems))
        self.report = report


def import_file(data: bytes, user=None) -> ImportReport:
    """Applies a translated XLIFF file, or raises ImportRefused with nothing written."""
    report = ImportReport()
    try:
        root = SafeET.fromstring(data)
    except (SafeET.ParseError, DefusedXmlException, ValueError) as error:
        report.problems.append(_("The file is not valid XML: %(error)s") % {"error": error})
        raise ImportRefused(report) from None
    if root.tag != f"{{{NS}}}xliff" or root.get("version") != "1.2":
        report.problems.append(_("The file is not an XLIFF 1.2 document."))
        raise ImportRefused(report)

    units = root.findall(f".//{{{NS}}}trans-unit")
    if not units:
        report.problems.append(_("The file contains no translation units."))
        raise ImportRefused(report)

    wanted: dict[tuple[str, int], list[tuple[str, str, str, str]]] = {}
    for unit in units:
        unit_id = unit.get("id", "")
        match = UNIT_ID.fullmatch(unit_id)
        if match is None:
            report.problems.append(_("Unknown unit “%(id)s”.") % {"id": unit_id})
            continue
        source_el, target_el = unit.find(f"{{{NS}}}source"), unit.find(f"{{{NS}}}target")
        if any(len(element) for element in (source_el, target_el) if element is not None):
            report.problems.append(
                _("Unit “%(id)s” contains XML markup; this site exchanges text only.")
                % {"id": unit_id}
            )
            continue
        source = source_el.text or "" if source_el is not None else ""
        target = target_el.text or "" if target_el is not None else ""
        wanted.setdefault((match[1], int(match[2])), []).append((unit_id, match[3], source, target))

    tracked = {model._meta.label_lower: model for model in translations.tracked_models()}
    pages = {}
    for label, pk in wanted:
        if label == "page":
            page = Page.objects.filter(pk=pk).first()
            pages[label, pk] = page.specific if page else None
        elif label in tracked:
            pages[label, pk] = tracked[label]._default_manager.filter(pk=pk).first()
    changes = []
    for key, entries in wanted.items():
        page = pages.get(key)
        for unit_id, name, source, target in entries:
            if page is None or name not in translations.text_fields(type(page)):
                report.problems.append(_("Unknown unit “%(id)s”.") % {"id": unit_id})
                continue
            german = getattr(page, f"{name}_{translations.SOURCE}") or ""
            if source != german:
                report.problems.append(
                    _(
                        "Unit “%(id)s” (%(page)s): the German text has changed since the "
                        "export. Export the page again and translate the new text."
                    )
                    % {"id": unit_id, "page": _label(page)}
                )
                continue
            if not target.strip():
                report.unchanged.append(unit_id)
                continue
            if target == (getattr(page, f"{name}_{translations.TARGET}") or ""):
                report.unchanged.append(unit_id)
                continue
            model_field = page._meta.get_field(f"{name}_{translations.TARGET}")
            try:
                model_field.clean(target, page)
            except ValidationError as error:
                report.problems.append(
                    _("Unit “%(id)s” (%(page)s): %(error)s")
                    % {"id": unit_id, "page": _label(page), "error": " ".join(error.messages)}
                )
                continue
            changes.append((page, name, target, unit_id))
    if report.problems:
        raise ImportRefused(report)

    from .revisions.comments import XLIFF_IMPORT
    from .revisions.versions import one_revision_per_object

    # One revision per page (or image, person ...): restoring one of them later must
    # not undo the import for all the others.
    with transaction.atomic(), one_revision_per_object(XLIFF_IMPORT, user=user):
        touched = {}
        for page, name, target, unit_id in changes:
            setattr(page, f"{name}_{translations.TARGET}", target)
            touched[page._meta.label_lower, page.pk] = page
            report.applied.append(unit_id)
        for page in touched.values():
            if user is not None and isinstance(page, Page):
                page.last_changed_by = user
            page.save()
    return report
