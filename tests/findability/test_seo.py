"""What search engines and link previews read: robots.txt, canonical and alternate
links, noindex where nothing may be indexed, Open Graph and Twitter cards, JSON-LD."""

import re

import extruct
import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse

from contacts.models import ContactPage
from dortmund_intl.models import Page
from dortmund_intl.roles import EDITORS
from europe.models import Award
from partnerships.models import Partnership
from tests.demo_pages import published_paths
from tests.factories import ImageFactory, TopicPageFactory

pytestmark = pytest.mark.django_db

ORIGIN = "http://testserver"


def links(html: str, rel: str) -> list[tuple[str, str]]:
    """(hreflang, href) of every <link rel=...> in the head."""
    head = html.split("</head>")[0]
    found = []
    for tag in re.findall(r"<link [^>]+>", head):
        if f'rel="{rel}"' in tag and "type=" not in tag:
            hreflang = re.search(r'hreflang="([^"]+)"', tag)
            found.append(
                (hreflang.group(1) if hreflang else "", re.search(r'href="([^"]+)"', tag).group(1))
            )
    return found


def meta(html: str, key: str) -> str | None:
    match = re.search(rf'<meta (?:property|name)="{re.escape(key)}" content="([^"]*)">', html)
    return match.group(1) if match else None


def graph(html: str, url: str) -> list[dict]:
    blocks = extruct.extract(html, base_url=url, syntaxes=["json-ld"])["json-ld"]
    assert len(blocks) == 1, url
    assert blocks[0]["@context"] == "https://schema.org"
    return blocks[0]["@graph"]


def of_type(items: list[dict], kind: str) -> list[dict]:
    return [item for item in items if item["@type"] == kind]


def test_robots_txt_names_the_sitemap_by_its_absolute_address(client, start_page):
    response = client.get("/robots.txt")
    text = response.content.decode()

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "User-agent: *" in text
    assert f"Sitemap: {ORIGIN}/sitemap.xml" in text.splitlines()
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "example.com" not in sitemap
    assert f"<loc>{ORIGIN}/de/</loc>" in sitemap


def _german_only(path) -> bool:
    """Whether the page at ``path`` is of a kind that exists in German only (Leichte
    Sprache, sign language): it announces no English address."""
    page = Page.objects.filter(url_path_de=path).only("content_type").first()
    model = page.content_type.model_class() if page else None
    return model is not None and not getattr(model, "needs_translation", True)


def test_every_demo_page_has_its_canonical_alternates_that_answer_and_json_ld(client):
    """Follows every hreflang alternate (and x-default) of every public page: each must
    lead to a page that answers 200, after redirects."""
    call_command("load_demo", verbosity=0)
    targets = set()
    for path in published_paths():
        html = client.get(path).content.decode()
        assert links(html, "canonical") == [("", ORIGIN + path)], path
        alternates = dict(links(html, "alternate"))
        languages = {"de", "x-default"} if _german_only(path) else {"de", "en", "x-default"}
        assert set(alternates) == languages, path
        assert alternates[path[1:3]] == ORIGIN + path
        assert alternates["x-default"] == alternates["de"]
        targets.update(alternates.values())

        items = graph(html, ORIGIN + path)
        web_page = of_type(items, "WebPage")[0]
        assert web_page["url"] == ORIGIN + path
        crumbs = of_type(items, "BreadcrumbList")[0]["itemListElement"]
        assert [c["position"] for c in crumbs] == list(range(1, len(crumbs) + 1))
        assert crumbs[-1]["item"] == ORIGIN + path
        targets.update(crumb["item"] for crumb in crumbs)
        assert meta(html, "og:title") and meta(html, "og:url") == ORIGIN + path
        assert meta(html, "og:locale") == {"de": "de_DE", "en": "en_GB"}[path[1:3]]
        assert meta(html, "twitter:card") in {"summary", "summary_large_image"}
    for target in sorted(targets):
        assert target.startswith(ORIGIN)
        assert client.get(target.removeprefix(ORIGIN), follow=True).status_code == 200, target


def test_each_kind_describes_its_subject(client):
    call_command("load_demo", verbosity=0)
    leeds = Partnership.objects.get(wikidata_id="Q39121")
    contacts = ContactPage.objects.first()
    award = Award.objects.first()

    city = of_type(graph(client.get(leeds.url_path_en).content.decode(), ""), "City")[0]
    assert city["name"] == "Leeds"
    assert city["sameAs"] == "https://www.wikidata.org/wiki/Q39121"
    assert city["geo"]["@type"] == "GeoCoordinates"
    assert round(city["geo"]["latitude"]) == 54 and round(city["geo"]["longitude"]) == -2
    assert city["subjectOf"]["@id"] == ORIGIN + leeds.url_path_en

    office = of_type(
        graph(client.get(contacts.url_path_de).content.decode(), ""), "GovernmentOffice"
    )
    assert office[0]["address"]["postalCode"] == contacts.office.postal_code
    assert office[0]["address"]["addressLocality"] == "Dortmund"
    assert office[0]["contactPoint"] and all(
        point["@type"] == "ContactPoint" for point in office[0]["contactPoint"]
    )

    work = of_type(graph(client.get(award.url_path_en).content.decode(), ""), "CreativeWork")[0]
    assert work["name"] == award.title_en
    assert work["dateCreated"] == str(award.year)
    assert work["creator"]["name"] == award.awarding_body


def test_link_previews_show_the_pages_own_image_on_the_sites_own_host(client, start_page):
    page = TopicPageFactory(
        title_de="Leeds & Dortmund",
        teaser_de="Seit 1969 verbunden.",
        hero_image=ImageFactory(alt_de="Rathaus von Leeds"),
    )

    html = client.get(page.url_path_de).content.decode()

    assert meta(html, "og:title") == "Leeds &amp; Dortmund"
    assert meta(html, "og:description") == "Seit 1969 verbunden."
    assert meta(html, "og:image").startswith(f"{ORIGIN}/media/images/")
    assert meta(html, "og:image:alt") == "Rathaus von Leeds"
    assert meta(html, "twitter:card") == "summary_large_image"
    assert meta(html, "twitter:image") == meta(html, "og:image")


def test_nothing_an_editor_writes_can_end_the_json_ld_block(client, start_page):
    page = TopicPageFactory(title_de="</script><script>alert(1)</script>", teaser_de="<!--")

    html = client.get(page.url_path_de).content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)

    assert "<" not in block
    assert of_type(graph(html, ""), "WebPage")[0]["name"] == page.title_de


def test_previews_and_the_admin_are_never_indexed(client, django_user_model, start_page):
    draft = TopicPageFactory(title_de="Entwurf", status=Page.Status.DRAFT)
    editor = django_user_model.objects.create_user("anna", password="pw-anna", is_staff=True)
    editor.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(editor)

    preview = client.get(reverse("admin:dortmund_intl_topicpage_preview", args=[draft.pk, "de"]))
    admin_page = client.get(reverse("admin:index"))

    assert '<meta name="robots" content="noindex, nofollow">' in preview.content.decode()
    assert preview["X-Robots-Tag"] == "noindex, nofollow"
    assert admin_page["X-Robots-Tag"] == "noindex, nofollow"
    assert "X-Robots-Tag" not in client.get("/de/").headers


def test_search_results_are_not_indexed_but_followed(client, start_page):
    html = client.get("/de/suche/", {"q": "Leeds"}).content.decode()

    assert '<meta name="robots" content="noindex, follow">' in html
