"""The rtarabic spider's callbacks on canned responses: what it follows and what it skips."""

from __future__ import annotations

import gzip

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse, Response, TextResponse, XmlResponse

from crawler.items import CrawledArticle, PageOutcome
from crawler.spiders.sites import RtarabicSpider
from tests.project import project_crawler

BASE = "http://127.0.0.1:8999"


def make_spider(**kwargs: object) -> RtarabicSpider:
    crawler = project_crawler(RtarabicSpider)
    crawler.stats.open_spider()
    return RtarabicSpider.from_crawler(crawler, base_url=BASE, **kwargs)


def urls(results: object) -> list[str]:
    return [r.url for r in results if isinstance(r, Request)]


def xml(url: str, body: str) -> XmlResponse:
    return XmlResponse(url=url, body=body.encode("utf-8"))


SITEMAP_INDEX = f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{BASE}/sitemaps/new.xml.gz</loc><lastmod>2024-03-01T10:00:00+03:00</lastmod></sitemap>
<sitemap><loc>{BASE}/sitemaps/old.xml</loc><lastmod>2023-07-01T10:00:00+03:00</lastmod></sitemap>
</sitemapindex>"""
URLSET = f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>{BASE}/news/1500001-%D8%AE%D8%A8%D8%B1/</loc><lastmod>2024-02-01T10:00:00+03:00</lastmod></url>
<url><loc>{BASE}/news/1500002-old/</loc><lastmod>2023-12-01T10:00:00+03:00</lastmod></url>
<url><loc>{BASE}/tags/12-tag/</loc></url>
<url><loc>https://elsewhere.example/news/1500003-x/</loc></url>
</urlset>"""
RSS = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>
<item><title>أ</title><link>{BASE}/sport/1500010-a/</link>
<pubDate>Wed, 24 Jan 2024 21:15:00 +0300</pubDate></item>
<item><title>ب</title><link>{BASE}/sport/1500011-b/</link>
<pubDate>Fri, 01 Dec 2023 08:00:00 +0300</pubDate></item>
<item><title>ج</title><link>{BASE}/sport/</link></item>
</channel></rss>"""


def test_robots_sitemap_lines_are_followed() -> None:
    spider = make_spider()
    body = f"User-agent: *\nDisallow: /search/\nSitemap: {BASE}/sitemap.xml\n"
    response = TextResponse(url=f"{BASE}/robots.txt", body=body.encode())
    assert urls(spider.parse_robots(response)) == [f"{BASE}/sitemap.xml"]


def test_sitemap_index_skips_sub_sitemaps_older_than_since() -> None:
    spider = make_spider(since="2024-01-01")
    found = urls(spider.parse_sitemap(xml(f"{BASE}/sitemap.xml", SITEMAP_INDEX)))
    assert found == [f"{BASE}/sitemaps/new.xml.gz"]
    assert urls(make_spider().parse_sitemap(xml(f"{BASE}/sitemap.xml", SITEMAP_INDEX))) == [
        f"{BASE}/sitemaps/new.xml.gz", f"{BASE}/sitemaps/old.xml"]


def test_gzipped_urlset_yields_only_fresh_on_site_article_urls() -> None:
    spider = make_spider(since="2024-01-01")
    response = Response(url=f"{BASE}/sitemaps/new.xml.gz", body=gzip.compress(URLSET.encode()))
    requests = list(spider.parse_sitemap(response))
    assert urls(requests) == [f"{BASE}/news/1500001-%D8%AE%D8%A8%D8%B1/"]
    assert requests[0].meta["via"] == "sitemap"
    assert spider.crawler.stats.get_value("discovery/skipped_old/sitemap") == 1


def test_feed_items_older_than_since_are_skipped() -> None:
    spider = make_spider(since="2024-01-01")
    requests = list(spider.parse_feed(xml(f"{BASE}/rss/", RSS)))
    assert urls(requests) == [f"{BASE}/sport/1500010-a/"]
    assert requests[0].meta["via"] == "rss"


def test_listing_follows_article_links_only() -> None:
    page = f"""<html><body>
    <a class="heading" href="/news/1500020-x/">خبر</a>
    <a href="{BASE}/world/1500021-y/">خبر</a>
    <a href="/tags/15694-tag/">وسم</a> <a href="/search/?q=x">بحث</a>
    <a href="/static/img/1.jpg">صورة</a> <a href="https://offsite.example.org/news/1-x/">خارج</a>
    <a href="mailto:x@y.z">بريد</a> <a href="javascript:void(0)">x</a> <a href="/news/">أخبار</a>
    </body></html>"""
    spider = make_spider()
    response = HtmlResponse(url=f"{BASE}/news/", body=page.encode(), encoding="utf-8")
    assert urls(spider.parse_listing(response)) == [
        f"{BASE}/news/1500020-x/", f"{BASE}/world/1500021-y/"]


def test_listing_that_is_not_a_page_is_ignored_and_counted() -> None:
    spider = make_spider()
    image = Response(url=f"{BASE}/news/", body=b"\x89PNG\r\n\x1a\n",
                     headers={"Content-Type": "image/png"})
    assert list(spider.parse_listing(image)) == []
    stats = spider.crawler.stats
    assert stats.get_value("discovery/invalid_listing") == 1
    assert stats.get_value("pages/ok") is None


def test_base_url_points_discovery_and_allowed_domain_at_the_replica() -> None:
    spider = make_spider()
    assert spider.allowed_domains == ["127.0.0.1"]
    assert spider.site.url("/rss/") == f"{BASE}/rss/"


@pytest.mark.parametrize("value", ["2024/01/01", "yesterday"])
def test_bad_since_is_refused(value: str) -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        make_spider(since=value)


def test_article_callback_yields_ok_articles_and_counts_the_rest(fixtures_dir) -> None:
    spider = make_spider()
    page = (fixtures_dir / "rtarabic" / "current_layout.html").read_bytes()
    url = f"{BASE}/middle_east/1529876-x/"
    response = HtmlResponse(url=url, body=page, headers={"ETag": '"abc"'},
                            request=Request(url, meta={"via": "rss"}))
    [item] = list(spider.parse_article(response))
    assert isinstance(item, CrawledArticle)
    assert (item.discovered_via, item.etag, item.article.article_id) == ("rss", '"abc"', "1529876")
    challenge = (fixtures_dir / "rtarabic" / "ddos_guard_challenge.html").read_bytes()
    # RT's profile reads a challenged page again with the browser (BROWSER_FETCH=blocked) ...
    challenged = HtmlResponse(url=url, body=challenge, status=403, request=Request(url))
    [again] = list(spider.parse_article(challenged))
    assert (again.url, again.meta["browser"], again.dont_filter) == (url, "blocked", True)
    # ... and a challenge the browser could not pass either is blocked.
    blocked = HtmlResponse(url=url, body=challenge, status=403,
                           request=Request(url, meta={"browser": "blocked"}))
    assert list(spider.parse_article(blocked)) == [PageOutcome(url, "rtarabic", "blocked")]
    assert spider.crawler.stats.get_value("archive/skipped/blocked") == 1
    busy = HtmlResponse(url=url, body=b"<h1>busy</h1>", status=503, request=Request(url))
    assert list(spider.parse_article(busy)) == [PageOutcome(url, "rtarabic", "http_503")]
    assert spider.crawler.stats.get_value("archive/failed/http_503") == 1


def test_article_redirects_are_followed_only_to_article_urls() -> None:
    spider = make_spider()
    url = f"{BASE}/news/1599003-old/"
    moved = HtmlResponse(url=url, status=301, request=Request(url, meta={"via": "listing"}),
                         headers={"Location": "/news/1500014-new/"})
    outcome, follow = list(spider.parse_article(moved))
    assert outcome == PageOutcome(url, "rtarabic", "redirect")
    assert follow.url == f"{BASE}/news/1500014-new/"
    assert follow.meta["article_key"] == ("rtarabic", "1500014")
    assert follow.meta["via"] == "listing" and follow.meta["dont_redirect"]
    for target in ("https://offsite.example.org/news/1-x/", "/tags/1-x/", "file:///etc/passwd"):
        away = HtmlResponse(url=url, status=302, request=Request(url),
                            headers={"Location": target})
        assert list(spider.parse_article(away)) == [
            PageOutcome(url, "rtarabic", "redirect_elsewhere")]
