"""Adding and removing the synthetic pages (``manage.py load_scale``).

Pages are written in bulk, not one ``save()`` each: the base rows and each kind's
rows are inserted in batches, then their inline rows and search index rows. What
``Page.save()`` derives is derived here the same way, by the page layer's own
functions: the addresses (``build_url_path``), the translation status
(``translations.record_saved_values``) and the search rows
(``findability.services.index_pages``). Synthetic pages never moved, so they have no
redirects.
"""

import math
import random
import re
from collections import Counter

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import override

from dortmund_intl import translations
from dortmund_intl.findability import services as search_index
from dortmund_intl.models import (
    Document,
    GalleryImage,
    Image,
    Page,
    PageDocument,
    Teaser,
    TranslationTracked,
)
from dortmund_intl.pagecache.version import content_changed

from .kinds import KINDS, SLUG_PREFIX, Kind, Pools, is_synthetic
from .prose import text_for

NUMBER = re.compile(rf"^{SLUG_PREFIX}.*-(\d+)$")


def quotas(total: int) -> dict[str, int]:
    """How many synthetic pages of each kind make ``total``; what the shares leave
    goes to the first kind (topic pages)."""
    counts = {
        kind.model: max(kind.at_least, math.floor(kind.share * total))
        for kind in KINDS
        if kind.share
    }
    first = KINDS[0].model
    counts[first] = max(0, counts[first] + total - sum(counts.values()))
    return counts


def synthetic_pages():
    return is_synthetic(Page.objects.all())


def existing_counts() -> Counter:
    counts = Counter()
    for content_type_id, count in _count_by_kind():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        counts[model._meta.label] = count
    return counts


def _count_by_kind():
    return (
        synthetic_pages()
        .values_list("content_type_id")
        .annotate(count=Count("pk"))
        .order_by("content_type_id")
    )


def _next_number(model) -> int:
    slugs = is_synthetic(model.objects.all()).values_list("slug_de", flat=True)
    numbers = [int(m.group(1)) for m in map(NUMBER.match, slugs) if m]
    return max(numbers, default=0) + 1


def _pools() -> Pools:
    Goal = apps.get_model("sdg.Goal")
    Person = apps.get_model("contacts.Person")
    Office = apps.get_model("contacts.Office")
    root = Page.objects.filter(parent__isnull=True, url_path_de="/de/").first()
    return Pools(
        root=root,
        images=list(Image.objects.order_by("pk").values_list("pk", flat=True)),
        documents=list(Document.objects.order_by("pk").values_list("pk", flat=True)),
        goals=list(Goal.objects.order_by("number").values_list("pk", flat=True)),
        people=list(Person.objects.order_by("pk").values_list("pk", flat=True)),
        offices=list(Office.objects.order_by("pk")),
        teaser_targets=list(
            Page.objects.published()
            .filter(url_path_de__startswith="/")
            .order_by("pk")
            .values_list("pk", flat=True)[:500]
        ),
    )


@transaction.atomic
def load(total: int, log=print) -> dict[str, int]:
    """Tops the synthetic pages up to ``total`` (kinds by their share); returns how
    many pages of each kind were added."""
    pools = _pools()
    if pools.root is None:
        raise ValueError("There is no start page: run load_demo first.")
    have = existing_counts()
    added = {}
    with override("de"):
        for kind in KINDS:
            wanted = quotas(total).get(kind.model, 0) - have[kind.model]
            if wanted <= 0:
                continue
            added[kind.model] = _add(kind, wanted, pools)
            log(f"{kind.model}: {added[kind.model]} added")
    content_changed()  # bulk writes send no signal: the page cache is told here
    _refresh_statistics()
    return added


def _refresh_statistics():
    """The query planner's statistics, after thousands of rows at once: SQLite has none
    until ANALYZE runs and then takes the status index for queries it would answer far
    faster through an address index; PostgreSQL's autovacuum would get there later."""
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


@transaction.atomic
def add(label: str, count: int) -> int:
    """Adds ``count`` synthetic pages of one kind ("europe.Award"); returns how many
    (none when the kind's section is missing)."""
    (kind,) = [kind for kind in KINDS if kind.model == label]
    with override("de"):
        added = _add(kind, count, _pools())
    content_changed()
    return added


def _add(kind: Kind, count: int, pools: Pools) -> int:
    model = apps.get_model(kind.model)
    content_type = ContentType.objects.get_for_model(model)
    parents = kind.parents(pools)
    start = _next_number(model)
    now = timezone.now()
    pages, rows = [], []
    for number in range(start, start + count):
        rng = random.Random(f"{kind.model}-{number}")
        page = _page(kind, model, number, rng, pools, parents)
        if page is None:
            continue
        page.content_type = content_type
        page.published_at = now
        pages.append(page)
    _insert_pages(model, pages)
    for page in pages:
        rng = random.Random(f"{kind.model}-rows-{page.pk}")
        rows.extend(_common_rows(page, rng, pools, kind))
        rows.extend(kind.rows(page, rng, pools))
    by_model = {}
    for row in rows:
        by_model.setdefault(type(row), []).append(row)
    for row_model, items in by_model.items():
        if issubclass(row_model, TranslationTracked):
            for item in items:
                translations.record_saved_values(item, None, False)
        row_model.objects.bulk_create(items, batch_size=500)
    search_index.index_pages(pages)
    # Later kinds may tease these pages too.
    pools.teaser_targets.extend(p.pk for p in pages[:50] if p.url_path_de.startswith("/"))
    return len(pages)


def _page(kind: Kind, model, number: int, rng, pools: Pools, parents: list):
    text = text_for(number, kind.model)
    slug_number = f"{number:05d}"
    values = {
        "title_de": _capitalised(
            kind.title_de.format(subject=text.subject_de, place=text.place_de)
        ),
        "title_en": _capitalised(
            kind.title_en.format(subject=text.subject_en, place=text.place_en)
        ),
        "slug_de": f"{SLUG_PREFIX}{kind.key_de}-{slug_number}",
        "slug_en": f"{SLUG_PREFIX}{kind.key_en}-{slug_number}" if kind.key_en else "",
        "teaser_de": text.teaser_de,
        "teaser_en": text.teaser_en,
        "body_de": text.body_de,
        "body_en": text.body_en,
        "status": Page.Status.PUBLISHED,
        "sort_order": rng.randint(10, 1000),
        "hero_image_id": rng.choice(pools.images) if pools.images else None,
        "lock_version": 1,
        "parent": rng.choice(parents) if parents else None,
    }
    if rng.random() < 0.1 and not kind.german_only:
        # Some pages wait for their English text, as on a real site.
        values.update(title_en="", teaser_en="", body_en="")
    values.update(kind.fields(number, text, rng, pools))
    parent = values.pop("parent")
    if model.needs_parent and parent is None:
        return None  # the kind's section is missing
    if "office" in values and values["office"] is None:
        return None
    page = model(**values)
    page.parent = parent
    for code in ("de", "en"):
        setattr(page, f"url_path_{code}", page.build_url_path(code))
    translations.record_saved_values(page, None, False)
    return page


def _capitalised(title: str) -> str:
    return title[:1].upper() + title[1:]


def _common_rows(page, rng, pools: Pools, kind: Kind) -> list:
    """Teasers ("Mehr zum Thema"), SDG tags, downloads, gallery and contacts, as the
    demo's pages have them."""
    GoalTag = apps.get_model("sdg.GoalTag")
    PageContact = apps.get_model("contacts.PageContact")
    rows = []
    targets = [t for t in pools.teaser_targets if t != page.pk]
    for position, target in enumerate(rng.sample(targets, min(len(targets), rng.randint(2, 6)))):
        rows.append(Teaser(page_id=page.pk, target_id=target, sort_order=position))
    for goal in rng.sample(pools.goals, min(len(pools.goals), rng.randint(0, 3))):
        rows.append(GoalTag(page_id=page.pk, goal_id=goal))
    for position, document in enumerate(
        rng.sample(pools.documents, min(len(pools.documents), rng.randint(0, 2)))
    ):
        rows.append(PageDocument(page_id=page.pk, document_id=document, sort_order=position))
    for position, image in enumerate(
        rng.sample(pools.images, min(len(pools.images), rng.choice([0, 0, 2, 3])))
    ):
        rows.append(GalleryImage(page_id=page.pk, image_id=image, sort_order=position))
    for position, person in enumerate(
        rng.sample(pools.people, min(len(pools.people), rng.randint(0, 2)))
    ):
        rows.append(PageContact(page_id=page.pk, person_id=person, sort_order=position))
    return rows


def _insert_pages(model, pages: list) -> None:
    """Inserts the base rows, then the kind's own rows (multi-table inheritance, which
    ``bulk_create`` refuses), in batches."""
    if not pages:
        return
    base_fields = [f for f in Page._meta.local_concrete_fields if not f.primary_key]
    own_fields = model._meta.local_concrete_fields
    size = max(1, connection.ops.bulk_batch_size(base_fields, pages))
    for start in range(0, len(pages), size):
        batch = pages[start : start + size]
        returned = Page._base_manager._insert(
            batch, fields=base_fields, returning_fields=Page._meta.db_returning_fields
        )
        for page, (pk,) in zip(batch, returned, strict=True):
            page.pk = page.id = pk
            page.page_ptr_id = pk
            page._state.adding = False
    size = max(1, connection.ops.bulk_batch_size(own_fields, pages))
    for start in range(0, len(pages), size):
        model._base_manager._insert(pages[start : start + size], fields=own_fields)


@transaction.atomic
def remove(log=print) -> int:
    """Deletes the synthetic pages and their rows (inline rows, search rows, their
    versions), deepest first; nothing else. Returns how many pages went."""
    from reversion.models import Version

    pages = list(synthetic_pages().values_list("pk", "url_path_de", "content_type_id"))
    ids = [pk for pk, _path, _kind in pages]
    if not ids:
        return 0
    Version.objects.filter(
        content_type_id__in={kind for _pk, _path, kind in pages},
        object_id__in=[str(pk) for pk in ids],
    ).delete()
    by_depth = {}
    for pk, path, _kind in pages:
        by_depth.setdefault(path.count("/"), []).append(pk)
    for depth in sorted(by_depth, reverse=True):
        batch = by_depth[depth]
        for start in range(0, len(batch), 500):
            Page.objects.filter(pk__in=batch[start : start + 500]).delete()
    content_changed()
    log(f"{len(ids)} synthetic pages removed")
    return len(ids)
