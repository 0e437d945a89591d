"""Pipelines and middlewares through a crawler built from the project's settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from scrapy import Request
from scrapy.exceptions import NotConfigured
from scrapy.settings import Settings

from crawler.items import CrawledArticle, PageOutcome
from crawler.pipelines import ArchivePipeline, LanguageFilterPipeline
from crawler.spiders.sites import RtarabicSpider
from crawler.useragent import ContactUserAgentMiddleware
from extraction.record import Article
from tests.project import project_crawler, project_values


def crawler_with(**overrides: object):
    crawler = project_crawler(RtarabicSpider, overrides)
    crawler.stats.open_spider()
    return crawler


def item(language: str | None = "ar") -> CrawledArticle:
    article = Article(url="https://arabic.rt.com/news/1-x/", site="rtarabic", article_id="1",
                      title="عنوان", body="نص", language=language, content_hash="h")
    return CrawledArticle(article=article, discovered_via="rss")


def test_language_filter_turns_other_languages_into_counted_outcomes() -> None:
    crawler = crawler_with()
    pipeline = LanguageFilterPipeline.from_crawler(crawler)
    assert pipeline.process_item(item("ar")).article.language == "ar"
    for language in ("en", "fa", None):
        outcome = pipeline.process_item(item(language))
        assert isinstance(outcome, PageOutcome)
        assert (outcome.outcome, outcome.url) == ("language", "https://arabic.rt.com/news/1-x/")
    assert crawler.stats.get_value("archive/skipped/language") == 3


def test_language_filter_off_when_no_languages() -> None:
    with pytest.raises(NotConfigured):
        LanguageFilterPipeline.from_crawler(crawler_with(ARCHIVE_LANGUAGES=[]))


def test_archive_path_setting_then_env_then_default(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ARCHIVE_DB", str(tmp_path / "env.db"))
    assert ArchivePipeline.from_crawler(crawler_with(ARCHIVE_DB="x.db")).path == "x.db"
    assert ArchivePipeline.from_crawler(crawler_with()).path == str(tmp_path / "env.db")
    monkeypatch.delenv("ARCHIVE_DB")
    assert ArchivePipeline.from_crawler(crawler_with()).path == "archive.db"


def test_user_agent_names_the_contact_url() -> None:
    crawler = crawler_with(ARCHIVE_CONTACT_URL="https://example.org/contact")
    middleware = ContactUserAgentMiddleware.from_crawler(crawler)
    request = Request("https://arabic.rt.com/")
    middleware.process_request(request)
    agent = request.headers["User-Agent"].decode()
    assert agent.startswith("arabic-news-archive/")
    assert "+https://example.org/contact" in agent


def test_polite_defaults() -> None:
    settings = Settings(project_values())
    assert settings.getbool("ROBOTSTXT_OBEY")
    assert settings.getbool("AUTOTHROTTLE_ENABLED")
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") <= 2
    assert settings.getfloat("DOWNLOAD_DELAY") >= 1
    assert 0 < settings.getint("DOWNLOAD_MAXSIZE") <= 32 * 1024 * 1024
    assert 0 < settings.getint("DOWNLOAD_TIMEOUT") <= 60
