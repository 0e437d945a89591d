"""Reading sitemaps, feeds and listings (crawler/discovery.py): what they name, junk tolerated,
and memory that does not grow with their size."""

from __future__ import annotations

import pytest

from crawler import discovery
from crawler.discovery import Entry, page_links, read_feed, read_sitemap
from extraction.dates import parse_date

BASE = "http://127.0.0.1:8997"
NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


def urlset(n: int) -> bytes:
    rows = "".join(f"<url><loc>{BASE}/news/{1500000 + i}-x/</loc>"
                   f"<lastmod>2024-02-01T10:00:00+03:00</lastmod></url>\n" for i in range(n))
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset {NS}>\n{rows}</urlset>'.encode()


def test_sitemap_kind_and_entries_with_their_lastmod() -> None:
    body = f"""\n  <?xml version="1.0"?><sitemapindex {NS}>
    <sitemap><loc> {BASE}/s-1.xml </loc><lastmod>2024-03-01</lastmod></sitemap>
    <!-- a comment --><sitemap><loc>{BASE}/s-2.xml.gz</loc></sitemap>
    <sitemap><lastmod>2024-03-01</lastmod></sitemap></sitemapindex>""".encode()
    kind, entries = read_sitemap(body)
    assert kind == "sitemapindex"
    assert list(entries) == [Entry(f"{BASE}/s-1.xml", parse_date("2024-03-01")),
                             Entry(f"{BASE}/s-2.xml.gz", None)]


@pytest.mark.parametrize("body", [b"", b"   ", b"not xml at all", b"\x1f\x8b\x08junk"])
def test_what_does_not_parse_is_no_sitemap_and_no_feed(body: bytes) -> None:
    assert read_sitemap(body) is None
    assert read_feed(body) is None


def test_broken_sitemaps_give_what_comes_before_the_break() -> None:
    truncated = urlset(3)[:-len("</url>\n</urlset>")]
    assert [e.url for e in read_sitemap(truncated)[1]] == [
        f"{BASE}/news/{1500000 + i}-x/" for i in range(3)]
    trailing = urlset(2) + b"<<< garbage"
    assert len(list(read_sitemap(trailing)[1])) == 2
    kind, entries = read_sitemap(b"<html><body><h1>Error</h1></body></html>")
    assert (kind, list(entries)) == ("html", [])


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many children the parent of each dropped entry still had (the tree's size)."""
    sizes: list[int] = []
    forget = discovery._forget

    def spy(element: object) -> None:
        forget(element)
        sizes.append(len(element.getparent()))  # type: ignore[attr-defined]

    monkeypatch.setattr(discovery, "_forget", spy)
    return sizes


def test_a_big_sitemap_is_read_as_a_stream(held: list[int]) -> None:
    """Entries are dropped from the tree once read: it never holds the whole sitemap."""
    kind, entries = read_sitemap(urlset(20_000))
    assert kind == "urlset" and sum(1 for _ in entries) == 20_000
    assert len(held) == 20_000 and max(held) < 1_000


def test_rss_and_atom_items_with_their_dates() -> None:
    rss = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>ت</title>
    <item><link>{BASE}/a/</link><pubDate>Wed, 24 Jan 2024 21:15:00 +0300</pubDate></item>
    <item><guid>{BASE}/b/</guid></item><item><title>no link</title></item>
    </channel></rss>""".encode()
    assert [(e.url, e.date is not None) for e in read_feed(rss)] == [
        (f"{BASE}/a/", True), (f"{BASE}/b/", False)]
    atom = f"""<feed xmlns="http://www.w3.org/2005/Atom"><title>ت</title>
    <entry><link rel="alternate" href="{BASE}/c/"/><published>2024-01-02T00:00:00Z</published>
    </entry><entry><link rel="replies" href="{BASE}/d/#comments"/></entry></feed>""".encode()
    assert list(read_feed(atom)) == [
        Entry(f"{BASE}/c/", parse_date("2024-01-02T00:00:00Z"))]


def test_a_big_feed_is_read_as_a_stream(held: list[int]) -> None:
    items = "".join(f"<item><title>خبر {i}</title><link>{BASE}/news/{i}-x/</link></item>"
                    for i in range(20_000))
    body = f'<rss version="2.0"><channel>{items}</channel></rss>'.encode()
    assert sum(1 for _ in read_feed(body)) == 20_000
    assert max(held) < 1_000


def test_page_links_are_absolute_without_fragment_each_once_in_order() -> None:
    page = """<html><body><a href=" /news/1-x/#top ">أ</a> <a href="/news/1-x/">ب</a>
    <a href="2-y/">ج</a> <a href="">فارغ</a> <a>بلا رابط</a>
    <a href="https://elsewhere.example/z/">د</a></body></html>"""
    assert page_links(page.encode(), f"{BASE}/news/") == [
        f"{BASE}/news/1-x/", f"{BASE}/news/2-y/", "https://elsewhere.example/z/"]
    assert page_links(b"", f"{BASE}/") == []


def test_page_links_follow_the_first_base_href() -> None:
    page = b"""<html><head><base href="/world/"><base href="/other/"></head>
    <body><a href="1-x/">x</a></body></html>"""
    assert page_links(page, f"{BASE}/news/") == [f"{BASE}/world/1-x/"]
    empty = b'<html><head><base href=""><base href="/other/"></head><a href="1-x/">x</a></html>'
    assert page_links(empty, f"{BASE}/news/") == [f"{BASE}/news/1-x/"]


@pytest.mark.parametrize("encoding", ["utf-8", "cp1256"])
def test_page_links_are_read_in_the_page_encoding(encoding: str) -> None:
    page = '<html><body><a href="/news/1500001-خبر/">خبر</a></body></html>'
    assert page_links(page.encode(encoding), f"{BASE}/", encoding) == [
        f"{BASE}/news/1500001-خبر/"]


def test_page_links_of_xhtml_and_of_codecs_libxml2_does_not_know() -> None:
    xhtml = '<?xml version="1.0" encoding="utf-8"?><html><body><a href="/خ/">x</a></body></html>'
    assert page_links(xhtml.encode(), f"{BASE}/") == [f"{BASE}/خ/"]
    assert page_links('<a href="/é/">x</a>'.encode("latin-1"), f"{BASE}/", "latin-1") == [
        f"{BASE}/é/"]
