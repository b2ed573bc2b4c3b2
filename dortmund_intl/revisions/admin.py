"""The admin side of revisions: history, restore and recover for every versioned model.

reversion's ``VersionAdmin`` reverts the *whole revision* a version belongs to; a
revision that holds many objects (the demo content, an XLIFF import, data from before
``dortmund_intl.revisions``) then reverted the whole site. Here a restore writes the
object and its own inline rows only (``revisions.restore``), and the confirmation page
lists what will change before anything is written.
"""

from contextlib import nullcontext

from django.contrib import messages
from django.contrib.admin.utils import quote
from django.db import models, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from reversion import set_comment
from reversion.admin import VersionAdmin
from reversion.errors import RevertError
from reversion.utils import mute_signals

from . import comments
from . import versions as revisions


class _ShowConfirmation(Exception):
    """Leaves the transaction (undoing the trial restore) with the rendered page."""

    def __init__(self, response):
        self.response = response


class RevisionAdmin(VersionAdmin):
    object_history_template = "admin/revisions/object_history.html"
    revision_form_template = "admin/revisions/revision_form.html"
    recover_form_template = "admin/revisions/recover_form.html"

    def _reversion_revisionform_view(self, request, version, template_name, extra_context=None):
        # Same flow as reversion's: restore inside a transaction, render the change
        # form with the restored values, and undo it all unless the editor saved.
        model = version._model
        if model is not self.model:
            raise Http404
        live = model._default_manager.filter(pk=version.object_id).first()
        target = revisions.version_state(version)
        if live is not None:
            now = revisions.current_state(live)
        else:  # recovering a deleted object: everything is new
            now = revisions.State(model, version.object_id, dict.fromkeys(target.fields), {})
        planned = revisions.changes(now, target, audit=False)
        when = comments.when(version.revision.date_created)
        context = {
            **(extra_context or {}),
            "restore_changes": planned,
            "restore_version": version,
            "restore_when": when,
        }
        muted = (
            mute_signals(pre_save, post_save, pre_delete, post_delete, m2m_changed)
            if request.method == "GET"
            else nullcontext()
        )
        try:
            with transaction.atomic(using=version.db), muted:
                context["restore_skipped"] = revisions.restore(version)
                with self.create_revision(request):
                    response = self.changeform_view(
                        request, quote(version.object_id), request.path, context
                    )
                    if request.method == "POST" and response.status_code == 302:
                        set_comment(comments.restored(version))
                        self._report_restore(request, planned, context["restore_skipped"])
                    elif response.status_code == 200:
                        response.template_name = template_name
                        response.render()
                        raise _ShowConfirmation(response)
                    else:
                        raise RevertError(
                            _("Could not load %(object)s.") % {"object": version.object_repr}
                        )
        except (RevertError, models.ProtectedError) as error:
            messages.error(request, str(error))
            opts = self.model._meta
            return redirect(f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_changelist")
        except _ShowConfirmation as shown:
            return shown.response
        return response

    def _report_restore(self, request, planned, skipped):
        messages.success(
            request,
            _("Restored: %(fields)s and %(rows)s. Nothing else on the site was changed.")
            % {
                "fields": ngettext("%(n)d field", "%(n)d fields", len(planned.fields))
                % {"n": len(planned.fields)},
                "rows": ngettext("%(n)d list entry", "%(n)d list entries", len(planned.rows))
                % {"n": len(planned.rows)},
            },
        )
        for text in skipped:
            messages.warning(request, _("Not restored: %(row)s") % {"row": text})
