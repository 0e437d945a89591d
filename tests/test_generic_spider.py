"""The `news` spider's discovery on canned responses: sitemaps, feeds, listings of any site."""

from __future__ import annotations

import asyncio

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse, TextResponse, XmlResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler.discovery import FEED_TYPES, feed_links
from crawler.spiders.generic import GenericNewsSpider
from extraction.sites.generic import USUAL_FEEDS, USUAL_SITEMAPS, site_for_url, site_name
from extraction.urlshape import path_id
from tests.project import project_crawler

BASE = "http://127.0.0.1:8998"


def make_spider(**kwargs: object) -> GenericNewsSpider:
    crawler = project_crawler(GenericNewsSpider, {"ARCHIVE_INCREMENTAL": False})
    crawler.stats.open_spider()
    kwargs.setdefault("site", BASE)
    return GenericNewsSpider.from_crawler(crawler, **kwargs)


def start_urls(spider: GenericNewsSpider) -> list[str]:
    async def collect() -> list[str]:
        return [r.url async for r in spider.start()]
    return asyncio.run(collect())


def urls(results: object) -> list[str]:
    return [r.url for r in results if isinstance(r, Request)]


@pytest.mark.parametrize("url, name", [
    ("https://www.example.com", "example.com"), ("https://example.com/news/", "example.com"),
    ("http://127.0.0.1:8998", "127.0.0.1"), ("news.example.org", "news.example.org"),
])
def test_site_is_named_after_its_host(url: str, name: str) -> None:
    assert site_name(url if "://" in url else f"https://{url}") == name
    assert site_for_url(url).name == name


def test_site_must_be_given_and_be_http() -> None:
    with pytest.raises(ValueError, match="-a site="):
        make_spider(site=None)
    with pytest.raises(ValueError):
        site_for_url("ftp://example.com")


def test_start_asks_robots_the_usual_sitemaps_and_feeds_and_the_home_page() -> None:
    spider = make_spider(site=f"{BASE}/some/page/")
    found = start_urls(spider)
    assert found[0] == f"{BASE}/robots.txt"
    for path in ("/sitemap.xml", "/sitemap_index.xml", "/news-sitemap.xml", "/sitemap.xml.gz",
                 "/feed/", "/rss/", "/"):
        assert f"{BASE}{path}" in found
    assert len(found) == 1 + len(USUAL_SITEMAPS) + len(USUAL_FEEDS) + 1
    assert spider.allowed_domains == ["127.0.0.1"] and spider.site.name == "127.0.0.1"


def test_robots_sitemap_lines_are_followed() -> None:
    spider = make_spider()
    body = f"User-agent: *\nDisallow: /wp-admin/\nSitemap: {BASE}/wp-sitemap.xml\n"
    response = TextResponse(url=f"{BASE}/robots.txt", body=body.encode())
    assert urls(spider.parse_robots(response)) == [f"{BASE}/wp-sitemap.xml"]


def test_sitemap_keeps_article_shaped_urls_with_a_path_hash_id() -> None:
    spider = make_spider()
    body = f"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <url><loc>{BASE}/2024/01/15/%D8%AE%D8%A8%D8%B1/</loc></url>
    <url><loc>{BASE}/about/</loc></url><url><loc>{BASE}/category/x/</loc></url>
    <url><loc>https://elsewhere.example/2024/01/15/x/</loc></url></urlset>"""
    [request] = list(spider.parse_sitemap(XmlResponse(url=f"{BASE}/post-sitemap.xml",
                                                      body=body.encode())))
    assert request.url == f"{BASE}/2024/01/15/%D8%AE%D8%A8%D8%B1/"
    assert request.meta["article_key"] == ("127.0.0.1", path_id(request.url))


def test_comment_feed_links_lose_their_fragment() -> None:
    spider = make_spider()
    body = f"""<?xml version="1.0"?><rss version="2.0"><channel>
    <item><title>ت</title><link>{BASE}/2024/01/15/slug-of-post/#comment-1010</link></item>
    </channel></rss>"""
    response = XmlResponse(url=f"{BASE}/comments/feed/", body=body.encode())
    assert urls(spider.parse_feed(response)) == [f"{BASE}/2024/01/15/slug-of-post/"]


PAGE = f"""<html><head>
<link rel="alternate" type="application/rss+xml" title="الخلاصة" href="/feed/">
<link rel="alternate" type="application/atom+xml" href="{BASE}/atom/">
<link rel="alternate" hreflang="en" href="/en/">
<link rel="alternate" type="application/rss+xml" href="https://elsewhere.example/feed/">
<link rel="stylesheet" type="text/css" href="/style.css"></head><body>
<a href="/2024/01/15/first-post-slug/">أ</a> <a href="/2024/01/15/first-post-slug/#respond">ب</a>
<a href="/category/politics/">سياسة</a> <a href="/category/politics/page/2/">2</a>
<a href="/tag/x/">وسم</a> <a href="/author/samer/">كاتب</a> <a href="/about/">من نحن</a>
<a href="/?s=x">بحث</a> <a href="/wp-content/uploads/a.jpg">صورة</a>
<a href="https://elsewhere.example/category/x/">خارج</a>
</body></html>"""


def test_feed_autodiscovery_reads_rss_and_atom_alternates() -> None:
    assert feed_links(PAGE.encode(), f"{BASE}/") == [
        f"{BASE}/feed/", f"{BASE}/atom/", "https://elsewhere.example/feed/"]
    assert feed_links(b"", f"{BASE}/") == []
    assert {"application/rss+xml", "application/atom+xml"} <= FEED_TYPES


@pytest.mark.parametrize("kind", sorted(FEED_TYPES))
def test_every_feed_type_is_discovered(kind: str) -> None:
    page = f'<html><head><link rel="alternate" type="{kind}" href="/x.xml"></head></html>'
    assert feed_links(page.encode(), f"{BASE}/a/") == [f"{BASE}/x.xml"]


def test_listing_yields_articles_feeds_and_listings_up_to_the_depth() -> None:
    spider = make_spider()
    home = HtmlResponse(url=f"{BASE}/", body=PAGE.encode(), encoding="utf-8",
                        request=Request(f"{BASE}/", meta={"listing_depth": 0}))
    results = list(spider.parse_listing(home))
    assert urls(results) == [
        f"{BASE}/2024/01/15/first-post-slug/",
        f"{BASE}/feed/", f"{BASE}/atom/",
        f"{BASE}/category/politics/", f"{BASE}/category/politics/page/2/",
    ]
    assert [r.meta.get("listing_depth") for r in results[3:]] == [1, 1]
    deepest = HtmlResponse(url=f"{BASE}/category/politics/page/2/", body=PAGE.encode(),
                           encoding="utf-8", request=Request(
                               f"{BASE}/category/politics/page/2/",
                               meta={"listing_depth": spider.site.listing_depth}))
    assert urls(spider.parse_listing(deepest)) == urls(results)[1:3], \
        "feeds, no deeper listing, and not the article again: it was requested in this run"
    assert urls(make_spider().parse_listing(deepest)) == urls(results)[:3]


def test_a_usual_location_that_is_missing_is_not_an_error() -> None:
    spider = make_spider()
    request = Request(f"{BASE}/news-sitemap.xml", meta={"via": "sitemap"})
    missing = HtmlResponse(url=request.url, status=404, request=request)
    spider.probe_failed(_failure(HttpError(missing), request))
    broken = HtmlResponse(url=request.url, status=500, request=request)
    spider.probe_failed(_failure(HttpError(broken), request))
    stats = spider.crawler.stats
    assert stats.get_value("discovery/absent/sitemap") == 1
    assert stats.get_value("discovery/failed/http_500") == 1


def _failure(error: Exception, request: Request) -> Failure:
    failure = Failure(error)
    failure.request = request  # what Scrapy sets on an errback's failure
    return failure


def test_the_text_origin_of_each_article_is_counted() -> None:
    from tests.test_generic_rules import PARA

    spider = make_spider()
    story = [f"{PARA} في الفقرة {i}." for i in range(6)]
    page = ('<html lang="ar"><body><article><h1>عنوان الخبر هنا للتجربة</h1>'
            f"<p>{story[0]}</p><h2>مقالات ذات صلة</h2>"
            + "".join(f"<p>{p}</p>" for p in story[1:]) + "</article></body></html>")
    url = f"{BASE}/news/2024/03/05/story-1"
    response = HtmlResponse(url, body=page.encode(), encoding="utf-8",
                            request=Request(url, meta={"via": "sitemap"}))
    items = list(spider.parse_article(response))
    assert [type(i).__name__ for i in items] == ["CrawledArticle"]
    stats = spider.crawler.stats
    assert stats.get_value("extraction/text_origin/trafilatura_lines") == 1
