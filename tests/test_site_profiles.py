"""Site profiles: golden records from real pages, URL patterns, and the profile data as data.

Pages: htmldate's test set (Apache-2.0, adbar/htmldate tests/test_set; see the source.json
files). The expected records are the `record` of each page's `*.truth.json`, written by reading
the page; the body is its `*.body.txt`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import html as lxml_html

from extraction.boilerplate import BYLINE_PREFIXES, author_of_byline
from extraction.article import shown_date
from extraction.sites import SITES, get_site
from extraction.sites.base import Site
from crawler.spiders.sites import custom_settings
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
    got = get_site(site).extract(want["url"], (REAL / f"{name}.html").read_bytes()).to_dict()
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
        assert site.body and site.tags and site.related


def test_date_selectors_and_formats_read_the_visible_date() -> None:
    page = lxml_html.fromstring(
        '<html><body><time class="b-article__refs-date"><span>GMT</span> 17:27 17.03.2020'
        '</time><span class="newsStoryDate">الإثنين، 24 أغسطس 2020 09:23 ص</span></body></html>')
    sputnik = Site(name="s", base_url="", date_selectors=("time.b-article__refs-date",),
                   date_formats=get_site("sputnikarabic").date_formats)
    assert shown_date(sputnik, page) == "2020-03-17T17:27:00"
    assert shown_date(get_site("youm7"), page) == "2020-08-24T09:23:00"
    assert shown_date(Site(name="n", base_url=""), page) is None


def test_visible_date_is_used_when_the_page_has_no_date_meta() -> None:
    name = PAGES["youm7"]
    raw = (REAL / f"{name}.html").read_text(encoding="utf-8")
    for key in ("article:published_time", "article:modified_time", "og:updated_time"):
        raw = raw.replace(f'property="{key}"', 'property="x"')
    url = json.loads((REAL / f"{name}.truth.json").read_text(encoding="utf-8"))["record"]["url"]
    assert get_site("youm7").extract(url, raw.encode()).published == "2020-08-24T09:23:00"


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
    assert profile.boilerplate
    paragraphs = "".join(f"<p>{p} في نهاية الصفحة</p>" for p in profile.boilerplate)
    text = "<p>" + " ".join(["نص المقال الحقيقي"] * 20) + "</p>"
    page = (f'<html lang="ar"><body><div class="b-article__text" id="articleBody">{text}'
            f"{paragraphs}</div></body></html>").encode()
    url = {"sputnikarabic": "https://arabic.sputniknews.com/world/202003171044892946-x/",
           "youm7": "https://www.youm7.com/story/2020/8/23/x/4941961"}[site]
    body = profile.extract(url, page).body
    assert body.startswith("نص المقال الحقيقي")
    for phrase in profile.boilerplate:
        assert phrase not in body
    assert phrase in Site(name="x", base_url="", body=profile.body,
                          article_path=profile.article_path).extract(url, page).body


def test_readme_worked_example_is_a_working_profile() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Adding a site", 1)[1]
    code = section.split("```python", 1)[1].split("```", 1)[0]
    namespace: dict = {}
    exec(compile(code, "README.md", "exec"), namespace)  # noqa: S102 - our own README
    site = namespace["SITE"]
    assert site.name == "alwaha"
    assert site.article_key("https://alwaha.example/2024/01/15/%D8%AE%D8%A8%D8%B1/") == \
        "2024/01/15/%D8%AE%D8%A8%D8%B1"
    assert site.article_key("https://alwaha.example/category/politics/") is None
    page = ('<html><body><article class="post"><h1 class="entry-title">عنوان الخبر</h1>'
            '<span class="byline">كتب <span class="author">سامر حداد</span></span>'
            '<time class="entry-date published" datetime="2024-01-15T10:00:00+03:00">15 يناير'
            '</time><div class="entry-content">' + "<p>نص الخبر الكامل هنا</p>" * 5 +
            '<div class="sharedaddy">شارك هذا:</div></div></article></body></html>')
    record = site.extract("https://alwaha.example/2024/01/15/x/", page.encode())
    assert (record.status, record.author, record.published) == (
        "ok", "سامر حداد", "2024-01-15T10:00:00+03:00")
    assert "شارك" not in record.body
