"""RT Arabic URLs as the live site serves them (ANATOMY.md, evidence from the real site):
no trailing slash, old ids without a slug, AMP twins, the mirror host, tracking parameters,
sections beyond the first eight, and the sitemap paths that are never articles."""

from __future__ import annotations

import pytest

from extraction.sites import get_site
from extraction.sites.rtarabic import NOT_ARTICLE_KINDS, SECTIONS
from extraction.urlshape import without_tracking

SITE = get_site("rtarabic")
SLUG = "%D9%85%D9%88%D8%B3%D9%83%D9%88"


@pytest.mark.parametrize("url", [
    f"https://arabic.rt.com/world/1721790-{SLUG}/",
    f"https://arabic.rt.com/world/1721790-{SLUG}",
    f"https://arabic.rt.com/world/1721790-{SLUG}/amp",
    f"https://arabic.rt.com/world/1721790-{SLUG}/amp/",
    f"https://rtarabic.com/world/1721790-{SLUG}",
    f"https://www.rtarabic.com/world/1721790-{SLUG}/amp",
    "https://arabic.rt.com/world/1721790",
    f"https://arabic.rt.com/world/1721790-{SLUG}?utm_source=rss&utm_medium=rss",
])
def test_every_form_of_an_article_url_has_one_id(url: str) -> None:
    assert SITE.article_key(url) == "1721790"
    assert SITE.identity(url, url) == ("1721790", "world")


def test_old_ids_without_a_slug_are_articles() -> None:
    assert SITE.article_key("https://arabic.rt.com/news/714213") == "714213"
    assert SITE.article_key("https://arabic.rt.com/news/714213amp") is None


@pytest.mark.parametrize("url, fetched", [
    (f"https://rtarabic.com/world/1721790-{SLUG}", f"https://arabic.rt.com/world/1721790-{SLUG}"),
    (f"https://arabic.rt.com/world/1721790-{SLUG}/amp",
     f"https://arabic.rt.com/world/1721790-{SLUG}"),
    (f"http://www.rtarabic.com/world/1721790-{SLUG}/amp/?utm_source=rss&utm_campaign=RSS",
     f"https://arabic.rt.com/world/1721790-{SLUG}"),
    (f"https://arabic.rt.com/world/1721790-{SLUG}/", f"https://arabic.rt.com/world/1721790-{SLUG}/"),
    ("https://arabic.rt.com/news/714213", "https://arabic.rt.com/news/714213"),
    ("https://elsewhere.example/world/1-x/amp", "https://elsewhere.example/world/1-x"),
])
def test_an_article_link_is_fetched_from_the_site_itself(url: str, fetched: str) -> None:
    assert SITE.article_url(url) == fetched


def test_a_replica_has_only_the_mirrors_named_with_it() -> None:
    replica = SITE.with_base_url("http://127.0.0.1:8000/", ("localhost",))
    assert replica.article_url("http://localhost:8000/world/1-x") == "http://127.0.0.1:8000/world/1-x"
    assert SITE.with_base_url("http://127.0.0.1:8000").article_url(
        "https://rtarabic.com/world/1-x") == "https://rtarabic.com/world/1-x"


@pytest.mark.parametrize("url, clean", [
    ("https://a.example/x?utm_source=rss&utm_medium=rss&utm_campaign=RSS", "https://a.example/x"),
    ("https://a.example/x?id=3&UTM_Source=rss&b=", "https://a.example/x?id=3&b="),
    ("https://a.example/x?id=3", "https://a.example/x?id=3"),
    ("https://a.example/x", "https://a.example/x"),
])
def test_tracking_parameters_are_left_out(url: str, clean: str) -> None:
    assert without_tracking(url) == clean


def test_sections_beyond_the_first_eight_are_read() -> None:
    extra = ("press", "russia", "society", "space", "features", "funny", "info", "science")
    assert set(extra) <= set(SECTIONS)
    for section in extra:
        assert f"/{section}/" in SITE.listings and f"/rss/{section}/" in SITE.feeds
        assert SITE.identity(f"https://arabic.rt.com/{section}/1700001-x",
                             "") == ("1700001", section)


@pytest.mark.parametrize("kind", NOT_ARTICLE_KINDS)
def test_programme_gallery_film_person_poll_and_tag_pages_are_no_articles(kind: str) -> None:
    for url in (f"https://arabic.rt.com/{kind}/1500123-{SLUG}", f"https://arabic.rt.com/{kind}/x/"):
        assert SITE.article_key(url) is None
        assert SITE.not_article_kind(url) == kind
    assert SITE.not_article_kind(f"https://arabic.rt.com/world/1721790-{SLUG}") is None


@pytest.mark.parametrize("path, year", [
    ("/sitemap_2024.xml", 2024), ("/sitemap_2024_2.xml", 2024), ("/sitemap_2023.xml.gz", 2023),
    ("/sitemap.xml", None), ("/sitemaps/articles-1.xml", None), ("/sitemap_2024_x.xml", None),
])
def test_yearly_sub_sitemaps_are_told_by_their_name(path: str, year: int | None) -> None:
    assert SITE.sitemap_year(f"https://arabic.rt.com{path}") == year
