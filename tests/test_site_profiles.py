"""Site profiles: golden records from real pages, URL patterns, and the profile data as data.

Pages: htmldate's test set (Apache-2.0, adbar/htmldate tests/test_set; see the source.json
files). The expected records are the `record` of each page's `*.truth.json`, written by reading
the page; the body is its `*.body.txt`.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from crawler.spiders.sites import custom_settings
from extraction import ArabicPage, Site, extract
from extraction.byline_lines import BYLINE_PREFIXES, author_of_byline
from extraction.document import parse
from extraction.sites import SITES, get_site
from extraction.textnorm import content_hash

REAL = Path(__file__).parent / "fixtures" / "realpages"
PAGES = {"sputnikarabic": "htmldate__arabic.sputniknews.com_1550981615",
         "youm7": "htmldate__youm7.com_1691196862"}


def golden(site: str) -> tuple[dict, dict]:
    name = PAGES[site]
    truth = json.loads((REAL / f"{name}.truth.json").read_text(encoding="utf-8"))
    want = dict(truth["record"], body=(REAL / truth["body_file"]).read_text(
        encoding="utf-8").strip())
    want.pop("note")
    got = extract(get_site(site), want["url"], (REAL / f"{name}.html").read_bytes()).to_dict()
    return want, got


@pytest.mark.parametrize("site", sorted(PAGES))
def test_golden_record(site: str) -> None:
    want, got = golden(site)
    for field, value in want.items():
        assert got[field] == value, field
    assert got["word_count"] == len(want["body"].split())
    assert got["content_hash"] == content_hash(want["title"], want["body"])


@pytest.mark.parametrize("site", sorted(PAGES))
def test_golden_truth_snippets(site: str) -> None:
    """The page's must / must-not snippets, with the site profile instead of the generic one."""
    truth = json.loads((REAL / f"{PAGES[site]}.truth.json").read_text(encoding="utf-8"))
    _want, got = golden(site)
    for snippet in truth["must_contain"]:
        assert snippet in got["body"]
    for snippet in truth["must_not_contain"]:
        assert snippet not in got["body"]


@pytest.mark.parametrize("site, url, article_id", [
    ("sputnikarabic", "https://arabic.sputniknews.com/world/202003171044892946-x-y/",
     "1044892946"),
    ("sputnikarabic", "https://arabic.sputniknews.com/radio_echoes/202003171044892935-a--/",
     "1044892935"),
    ("sputnikarabic", "https://arabic.sputniknews.com/amp/world/202003171044892946-x/", None),
    ("sputnikarabic", "https://arabic.sputniknews.com/trend/Coronavirus-COVID-19-world/", None),
    ("sputnikarabic", "https://arabic.sputniknews.com/tags/geo_8df90dec562a582/", None),
    ("sputnikarabic", "https://arabic.sputniknews.com/arab_world/", None),
    ("youm7", "https://www.youm7.com/story/2020/8/23/وزير-الرى-لجنة/4941961", "4941961"),
    ("youm7", "https://www.youm7.com/Section/فن/48/1", None),
    ("youm7", "https://www.youm7.com/Tags/Index?id=3562&tag=وزير-الرى", None),
    ("youm7", "https://www.youm7.com/4943459", None),
    ("rtarabic", "https://arabic.rt.com/news/1500001-x/", "1500001"),
])
def test_article_ids_from_profile_patterns(site: str, url: str, article_id: str | None) -> None:
    assert get_site(site).article_key(url) == article_id


def test_every_profile_with_rules_gets_a_spider_named_after_it() -> None:
    from scrapy.spiderloader import SpiderLoader
    from scrapy.utils.project import get_project_settings

    names = set(SpiderLoader.from_settings(get_project_settings()).list())
    assert {"rtarabic", "sputnikarabic", "youm7", "news"} <= names
    assert "generic" not in names


@pytest.mark.parametrize("site", ["sputnikarabic", "youm7"])
def test_profile_politeness_and_languages_become_spider_settings(site: str) -> None:
    profile = get_site(site)
    settings = custom_settings(profile)
    assert settings["DOWNLOAD_DELAY"] == profile.download_delay > 0
    assert settings["CONCURRENT_REQUESTS_PER_DOMAIN"] == profile.concurrency >= 1
    assert "ARCHIVE_LANGUAGES" not in settings  # Arabic: the project's filter applies


def test_profile_settings_rank_above_the_project_and_below_the_command_line() -> None:
    from scrapy.settings import Settings

    from crawler.spiders.sites import Youm7Spider

    settings = Settings({"DOWNLOAD_DELAY": 1.0}, priority="project")
    Youm7Spider.update_settings(settings)
    assert settings.getfloat("DOWNLOAD_DELAY") == 2.0
    settings = Settings({"DOWNLOAD_DELAY": 1.0}, priority="project")
    settings.set("DOWNLOAD_DELAY", 0, priority="cmdline")
    Youm7Spider.update_settings(settings)
    assert settings.getfloat("DOWNLOAD_DELAY") == 0


def test_a_profile_without_politeness_keeps_the_project_settings() -> None:
    settings = custom_settings(Site(name="x", base_url="https://x.example", languages=("ar", "fa")))
    assert settings == {"ARCHIVE_LANGUAGES": ["ar", "fa"]}


def test_profiles_cover_their_fields() -> None:
    for name in ("rtarabic", "sputnikarabic", "youm7"):
        site = SITES[name]
        assert site.article_path is not None and (site.feeds or site.sitemaps) and site.listings
        page = site.page_for()
        assert page.BODY and page.TAGS and page.RELATED


def test_date_selectors_and_formats_read_the_visible_date() -> None:
    doc = parse("https://x.example/a/", (
        '<html><body><time class="b-article__refs-date"><span>GMT</span> 17:27 17.03.2020'
        '</time><span class="newsStoryDate">الإثنين، 24 أغسطس 2020 09:23 ص</span></body></html>'))
    assert doc is not None

    def shown(site: Site) -> str | None:
        return site.page_for()(site, doc).shown_date()

    assert shown(get_site("sputnikarabic")) == "2020-03-17T17:27:00"
    assert shown(get_site("youm7")) == "2020-08-24T09:23:00"
    assert shown(Site(name="n", base_url="")) is None
    # The selectors without Sputnik's own date format: the Arabic date rules read the time
    # written before the day too.
    selectors_only = type("P", (ArabicPage,), {"DATE_SELECTORS": ("time.b-article__refs-date",)})
    assert shown(Site(name="s", base_url="", pages=(selectors_only,))) == "2020-03-17T17:27:00"


def test_visible_date_is_used_when_the_page_has_no_date_meta() -> None:
    name = PAGES["youm7"]
    raw = (REAL / f"{name}.html").read_text(encoding="utf-8")
    for key in ("article:published_time", "article:modified_time", "og:updated_time"):
        raw = raw.replace(f'property="{key}"', 'property="x"')
    url = json.loads((REAL / f"{name}.truth.json").read_text(encoding="utf-8"))["record"]["url"]
    assert extract(get_site("youm7"), url, raw.encode()).published == "2020-08-24T09:23:00"


@pytest.mark.parametrize("prefix", BYLINE_PREFIXES)
def test_byline_prefixes(prefix: str) -> None:
    assert author_of_byline(f"{prefix} أسماء نصار") == "أسماء نصار"
    assert author_of_byline(f"{prefix}: أسماء نصار") == "أسماء نصار"


def test_byline_without_prefix_and_name_starting_like_a_prefix() -> None:
    assert author_of_byline("سامر حداد") == "سامر حداد"
    assert author_of_byline("كتبي حداد") == "كتبي حداد"
    assert author_of_byline("  ") is None


@pytest.mark.parametrize("site", ["sputnikarabic", "youm7"])
def test_site_boilerplate_phrases_leave_the_body(site: str) -> None:
    profile = get_site(site)
    boilerplate = profile.page_for().BOILERPLATE
    assert boilerplate
    paragraphs = "".join(f"<p>{p} في نهاية الصفحة</p>" for p in boilerplate)
    text = "<p>" + " ".join(["نص المقال الحقيقي"] * 20) + "</p>"
    page = (f'<html lang="ar"><body><div class="b-article__text" id="articleBody">{text}'
            f"{paragraphs}</div></body></html>").encode()
    url = {"sputnikarabic": "https://arabic.sputniknews.com/world/202003171044892946-x/",
           "youm7": "https://www.youm7.com/story/2020/8/23/x/4941961"}[site]
    body = extract(profile, url, page).body
    assert body.startswith("نص المقال الحقيقي")
    for phrase in boilerplate:
        assert phrase not in body
    block_only = type("P", (ArabicPage,), {"BODY": profile.page_for().BODY})
    assert phrase in extract(Site(name="x", base_url="", article_path=profile.article_path,
                                  pages=(block_only,)), url, page).body


def _readme_site() -> Site:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Adding a site", 1)[1]
    code = section.split("```python", 1)[1].split("```", 1)[0]
    namespace: dict = {}
    exec(compile(code, "README.md", "exec"), namespace)  # our own README: safe to run
    return namespace["SITE"]


_ALWAHA_2024 = (
    '<html><body><article class="post"><h1 class="entry-title">عنوان الخبر</h1>'
    '<span class="byline">كتب <span class="author">سامر حداد</span></span>'
    '<time class="entry-date published" datetime="2024-01-15T10:00:00+03:00">15 يناير'
    '</time><div class="entry-content">' + "<p>نص الخبر الكامل هنا</p>" * 5 +
    '<div class="sharedaddy">شارك هذا:</div></div></article></body></html>').encode()
_ALWAHA_2025 = (
    '<html><body><article class="post"><h1 class="entry-title">عنوان الخبر</h1>'
    '<div class="post-meta">كتب سامر حداد في الاقتصاد</div>'
    '<time class="entry-date published" datetime="2025-07-01T10:00:00+03:00">1 يوليو</time>'
    '<div class="post-body">' + "<p>نص الخبر الجديد هنا</p>" * 5 +
    '<p>شارك هذا: فيسبوك</p></div><aside class="entry-content"><p>نص من الشريط الجانبي</p>'
    '</aside></article></body></html>').encode()


def test_readme_worked_example_is_a_working_profile() -> None:
    site = _readme_site()
    assert site.name == "alwaha"
    assert site.article_key("https://alwaha.example/2024/01/15/%D8%AE%D8%A8%D8%B1/") == \
        "2024/01/15/%D8%AE%D8%A8%D8%B1"
    assert site.article_key("https://alwaha.example/category/politics/") is None
    record = extract(site, "https://alwaha.example/2024/01/15/x/", _ALWAHA_2024,
                     captured="2024-01-15")
    assert (record.status, record.author, record.published) == (
        "ok", "سامر حداد", "2024-01-15T10:00:00+03:00")
    assert record.body.startswith("نص الخبر الكامل") and "شارك" not in record.body


def test_readme_worked_example_layout_versions_by_capture_date() -> None:
    site = _readme_site()
    url = "https://alwaha.example/2025/07/01/x/"
    assert [page.__name__ for page in site.pages] == ["AlwahaPage", "AlwahaPage2025"]
    assert site.page_for(None).__name__ == "AlwahaPage2025"
    # A page of the new theme, captured after the change (or with no date: the newest layout).
    for captured in ("2025-06-01T08:00:00+00:00", None):
        record = extract(site, url, _ALWAHA_2025, captured=captured)
        assert record.body.split("\n\n")[0] == "نص الخبر الجديد هنا", captured
        assert record.author == "سامر حداد" and "شارك" not in record.body
    # The same page read with the old theme's rules (a capture dated before the change) takes
    # the old block, which on this page is the sidebar.
    old = extract(site, url, _ALWAHA_2025, captured=date(2025, 5, 31))
    assert (old.body, old.author) == ("نص من الشريط الجانبي", None)
    # An old capture re-extracts as it did when it was made.
    assert extract(site, "https://alwaha.example/2024/01/15/x/", _ALWAHA_2024,
                   captured=datetime(2024, 1, 15, 9, tzinfo=UTC)).author == "سامر حداد"


def test_page_versions_must_be_dated_in_order() -> None:
    class Old(ArabicPage):
        VALID_UNTIL = date(2020, 1, 1)

    class Older(ArabicPage):
        VALID_UNTIL = date(2019, 1, 1)

    with pytest.raises(ValueError, match="newest page object"):
        Site(name="x", base_url="", pages=(ArabicPage, Old))
    with pytest.raises(ValueError, match="in order"):
        Site(name="x", base_url="", pages=(Old, Older, ArabicPage))
    with pytest.raises(ValueError, match="in order"):
        Site(name="x", base_url="", pages=(ArabicPage, ArabicPage))
    site = Site(name="x", base_url="", pages=(Older, Old, ArabicPage))
    assert [site.page_for(date(y, 1, 1)) for y in (2018, 2019, 2020, 2021)] == [
        Older, Older, Old, ArabicPage]
