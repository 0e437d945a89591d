"""Generic Arabic rules, one test per list: the boilerplate goes, a real paragraph that merely
contains the phrase stays. Real pages: htmldate (Apache-2.0) and magic-html (Apache-2.0)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import trafilatura
from lxml import html as lxml_html

from extraction import boilerplate as bp
from extraction import extract
from extraction.arabic_blocks import BLOCK_MARKERS, block_links
from extraction.arabic_dates import (
    parse_visible_date,
    split_visible_dates,
    to_ascii_digits,
    url_date,
)
from extraction.body import clean_paragraphs
from extraction.dates import element_dates, page_dates, visible_dates
from extraction.decoding import decode_html
from extraction.document import parse
from extraction.sites import get_site
from extraction.trafilatura_text import TRAFILATURA_OPTIONS, trafilatura_input

REAL = Path(__file__).parent / "fixtures" / "realpages"
# Each real paragraph holds a phrase from one of the lists, inside running text.
STORY = "وقال الوزير في مؤتمر صحفي عقده أمس في العاصمة إن الحكومة ماضية في خطتها"


def _phrases(*lists: tuple[str, ...]) -> list[str]:
    return sorted({p for names in lists for p in names})


@pytest.mark.parametrize("label", _phrases(bp.LABEL_LINES, bp.CAPTION_LINES))
def test_label_lines_go_and_stay_inside_text(label: str) -> None:
    assert bp.is_boilerplate_line(label)
    assert bp.is_boilerplate_line(label + ":")
    assert not bp.is_boilerplate_line(f"{STORY} {label} بحسب ما نقلت وكالات الأنباء")


@pytest.mark.parametrize("prefix", _phrases(bp.PREFIX_LINES))
def test_prefix_lines_go_and_stay_inside_text(prefix: str) -> None:
    assert bp.is_boilerplate_line(f"{prefix}: عنوان خبر آخر")
    assert not bp.is_boilerplate_line(f"{STORY} {prefix} عنوان خبر آخر")


@pytest.mark.parametrize("opener", _phrases(bp.TAIL_OPENERS))
def test_tail_openers(opener: str) -> None:
    assert bp.is_tail_opener(opener)
    assert not bp.is_tail_opener(f"{STORY} {opener}")


@pytest.mark.parametrize("line", [
    "اقرا ايضا", "إقرأ أيضاً :", "اقرأ ايضا", "الاكثر قراءة", "كلمات دلالية",
])
def test_spelling_variants_fold(line: str) -> None:
    assert bp.is_boilerplate_line(line) or bp.is_tail_opener(line)


def test_read_more_label_is_not_a_tail_opener() -> None:
    """An inline read-more box sits mid-article: only its label and links go."""
    lines = ["فقرة أولى من المقال", "اقرأ أيضا", "عنوان خبر آخر", "فقرة ثانية من المقال"]
    paragraphs, _ = clean_paragraphs(lines, None, {bp.fold("عنوان خبر آخر")})
    assert paragraphs == ["فقرة أولى من المقال", "فقرة ثانية من المقال"]


@pytest.mark.parametrize("line", [
    "ترحب شبكة CNN بالنقاش الحيوي والمفيد، وكي لا نضطر في موقع CNN بالعربية إلى مراجعة "
    "التعليقات قبل نشرها. ننصحك بمراجعة إرشادات الاستخدام للتعرف إليها جيداً.",
    "الآراء الواردة أدناه لا تعبر عن رأي الموقع، بل تعكس وجهات نظر أصحابها فقط.",
    "تعليقك سوف يظهر بعد المراجعة",
    "1- يرجى عدم نشر التعليقات المسيئة",
    "٢. يمنع التعليق بألفاظ نابية",
])
def test_comment_policies_and_rules_go(line: str) -> None:
    assert bp.is_boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "وقال المتحدث إن التعليقات التي نشرها الوزير أثارت جدلا واسعا في البرلمان",
    "وأضاف أن الشركة عدلت سياسة الخصوصية الخاصة بها بعد ضغوط من المشرعين الأوروبيين",
    "1- تعليق الدراسة في جميع المدارس لمدة أسبوعين",
    "وقال إن تصريحات الوزير لا تعبر عن رأي الحكومة",
])
def test_paragraphs_about_comments_or_privacy_stay(line: str) -> None:
    assert not bp.is_boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "تابعوا أخبار الإمارات من البيان عبر غوغل نيوز", "تابعونا على تويتر", "تابعوا RT على تلغرام",
    "تابعنا عبر قناتنا على يوتيوب",
])
def test_follow_lines_go(line: str) -> None:
    assert bp.is_boilerplate_line(line)


def test_follow_words_in_a_story_stay() -> None:
    assert not bp.is_boilerplate_line("وتابعوا التطورات منذ الصباح الباكر عبر شاشات التلفزيون")
    assert not bp.is_boilerplate_line("تابع الرئيس الاجتماع مع قادة الجيش وناقش معهم الوضع الأمني "
                                      "في البلاد والتطورات على الحدود الشمالية مع تويتر")


@pytest.mark.parametrize("line", [
    "صورة أرشيفية", "الرئيس خلال زيارته الأخيرة (صورة أرشيفية)", "تصوير: أحمد حسن",
    "الصورة: رويترز",
])
def test_captions_and_credits_go(line: str) -> None:
    assert bp.is_caption_line(line) and bp.is_boilerplate_line(line)


def test_a_paragraph_about_an_archive_photo_stays() -> None:
    line = ("ونشرت الوزارة صورة أرشيفية للموقع قبل الهجوم، وقالت إن المبنى تعرض لأضرار كبيرة "
            "وإن فرق الإنقاذ ما زالت تعمل في المكان")
    assert not bp.is_boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "الأربعاء، 07 أكتوبر 2020 - 12:09 م", "القاهرة: الأربعاء، 07 أكتوبر 2020 12:19 م",
    "نشر في 3 آذار 2019", "الثلاثاء ١ / ١٢ / ٢٠٢٠", "24.01.2024 | 21:15 GMT+3",
])
def test_datelines_go(line: str) -> None:
    assert bp.is_boilerplate_line(line)


def test_a_sentence_with_a_date_stays() -> None:
    assert not bp.is_boilerplate_line("وتوفيت في 23 أبريل 1966 بعد رحلة مع المرض")


@pytest.mark.parametrize("line, tags", [
    ("كلمات دلالية: مصر، كورونا", ["مصر", "كورونا"]),
    ("الكلمات الدالة : النمر, مدرسة البنات", ["النمر", "مدرسة البنات"]),
    ("وسوم: اقتصاد | نفط", ["اقتصاد", "نفط"]),
    (STORY, []),
])
def test_tag_lines_give_tags(line: str, tags: list[str]) -> None:
    assert bp.tags_of_line(line) == tags


def test_source_line_goes_to_source() -> None:
    paragraphs, source = clean_paragraphs([STORY, "المصدر: وكالات"], None)
    assert (paragraphs, source) == ([STORY], "وكالات")


def test_blocks_by_heading_and_by_class() -> None:
    tree = lxml_html.document_fromstring(
        "<html><body><article><h1>عنوان</h1><p>نص</p></article>"
        "<div><h3>مواضيع ذات صلة</h3><ul><li><a href='/a'>خبر أ</a></li></ul></div>"
        "<div class='most-read'><a href='/b'>خبر ب</a></div>"
        "<div><span>الكلمات الدالة :</span><a href='/t'>وسم</a></div></body></html>")
    kinds = [(kind, link.text) for kind, link in block_links(tree)]
    assert kinds == [("related", "خبر أ"), ("most_read", "خبر ب"), ("tags", "وسم")]


@pytest.mark.parametrize("kind, attribute, word", [
    (kind, attribute, word) for kind, markers in BLOCK_MARKERS.items()
    for attribute, word in markers])
def test_each_block_marker_makes_its_kind(kind: str, attribute: str, word: str) -> None:
    tree = lxml_html.document_fromstring(
        f"<html><body><p>نص</p><div {attribute}='box {word}-list'><a href='/a'>خبر</a></div>"
        "</body></html>")
    assert [(k, link.text) for k, link in block_links(tree)] == [(kind, "خبر")]


def test_a_link_in_blocks_of_two_kinds_gets_the_first_kind() -> None:
    tree = lxml_html.document_fromstring(
        "<html><body><div class='related'><div class='read-more'><a href='/a'>أ</a></div>"
        "<a href='/b'>ب</a></div><div class='popular' id='related'><a href='/c'>ج</a></div>"
        "<div class='box tags'><h1>عنوان</h1><a href='/d'>د</a></div></body></html>")
    kinds = [(kind, link.text) for kind, link in block_links(tree)]
    assert kinds == [("read_more", "أ"), ("related", "ب"), ("related", "ج")]


# ---------------------------------------------------------------- dates

@pytest.mark.parametrize("text, iso", [
    ("الأربعاء، 07 أكتوبر 2020 - 12:09 م", "2020-10-07T12:09:00"),
    ("3 اذار 2019 - 09:30 ص", "2019-03-03T09:30:00"),
    ("5 كانون الثاني 2021", "2021-01-05"),
    ("1 تشرين الثاني، 2020", "2020-11-01"),
    ("28 آب/اغسطس 2013", "2013-08-28"),
    ("12 جوان 2019", "2019-06-12"),
    ("١ / ١٢ / ٢٠٢٠", "2020-12-01"),
    ("2020/12/01", "2020-12-01"),
    ("بلا تاريخ", None),
    ("31 فبراير 2020", None),
])
def test_visible_dates(text: str, iso: str | None) -> None:
    assert parse_visible_date(text) == iso


def test_arabic_indic_digits() -> None:
    assert to_ascii_digits("٢٠٢٠-۱۲") == "2020-12"


def test_update_marker_makes_a_modified_date() -> None:
    assert split_visible_dates("28 آب 2013، آخر تحديث 14:00") == (None, "2013-08-28")
    assert split_visible_dates("نشر 3 مارس 2020 - آخر تحديث 4 مارس 2020") == (
        "2020-03-03", "2020-03-04")


@pytest.mark.parametrize("url, day", [
    ("https://www.youm7.com/story/2020/8/24/x/4943459", "2020-08-24"),
    ("https://www.albayan.ae/a/b/2020-06-03-1.3874341", "2020-06-03"),
    ("https://arabic.sputniknews.com/arab_world/202003171044893040-x/", "2020-03-17"),
    ("https://arabic.rt.com/news/2012345-x/", None),
    ("http://arabic.cnn.com/2013/middle_east/8/3/x/index.html", None),
])
def test_url_dates(url: str, day: str | None) -> None:
    assert url_date(url) == day


def test_time_and_itemprop_elements_keep_the_offset() -> None:
    tree = lxml_html.document_fromstring(
        "<html><body><time datetime='2024-01-24T21:15:00+03:00'>x</time>"
        "<span itemprop='dateModified' content='2024-01-25T08:00:00+03:00'></span></body></html>")
    assert element_dates(tree) == ("2024-01-24T21:15:00+03:00", "2024-01-25T08:00:00+03:00")


def test_visible_date_after_the_headline_wins() -> None:
    tree = lxml_html.document_fromstring(
        "<html><body><span class='header-date'>الخميس 8 أكتوبر 2020</span><h1>خبر</h1>"
        "<div class='post-date'>الأربعاء 7 أكتوبر 2020</div></body></html>")
    assert visible_dates(tree) == ("2020-10-07", None)
    assert page_dates(tree, ["https://x.com/2019/1/2/a"], None, None) == ("2019-01-02", None)


HEADER_TODAY = "<div class='header-date'>الأربعاء 13 آذار 2024</div>"
STORY_TITLE = "الموارد المائية تزيد الإطلاقات"


def test_visible_date_nearest_above_the_headline_not_the_headers() -> None:
    tree = lxml_html.document_fromstring(
        f"<html><body>{HEADER_TODAY}<span class='itemDateCreated'>الثلاثاء 12 آذار 2024"
        "</span><h1>خبر</h1><p>نص</p></body></html>")
    assert visible_dates(tree) == ("2024-03-12", None)


def test_subheading_title_is_the_headline_for_dates() -> None:
    # K2: the date above an h2 title, an update line under it, other items' dates further on.
    k2 = (f"<html><body>{HEADER_TODAY}<span class='itemDateCreated'>الثلاثاء, 12 آذار/مارس"
          f" 2024 09:40</span><span class='itemCategory'>محليات</span>"
          f"<h2 class='itemTitle'> {STORY_TITLE} </h2>"
          "<span class='itemDateModified'>آخر تعديل في الثلاثاء, 12 آذار/مارس 2024 11:02</span>"
          "<p>نص</p><p>نص</p><p>نص</p><ul><li><span class='latest-date'>10 آذار 2024</span>"
          "</li></ul></body></html>")
    tree = lxml_html.document_fromstring(k2)
    assert visible_dates(tree, STORY_TITLE) == ("2024-03-12T09:40:00", "2024-03-12T11:02:00")
    # Another page's h2 is no headline: the first date on the page, as before.
    assert visible_dates(tree, "عنوان آخر")[0] == "2024-03-13"
    # Bitrix: the date right above an h3 title, then a list of other stories' dates.
    bitrix = (f"<html><body><span class='news-date-time'>12.05.2024</span><h3>{STORY_TITLE}"
              "</h3><p>نص</p><div class='news-item'><span class='news-date-time'>06.05.2024"
              "</span> <a href='/n/2'>خبر آخر</a></div></body></html>")
    assert visible_dates(lxml_html.document_fromstring(bitrix), STORY_TITLE) == (
        "2024-05-12", None)
    # The date nearer the title wins when it is below it.
    below = (f"<html><body>{HEADER_TODAY}<p>شريط</p><p>قائمة</p><p>روابط</p><h2>{STORY_TITLE}"
             "</h2><span class='date'>11 آذار 2024</span></body></html>")
    assert visible_dates(lxml_html.document_fromstring(below), STORY_TITLE) == (
        "2024-03-11", None)
    # A page with an <h1> keeps it as the headline, whatever h2 repeats the title above it.
    bar = (f"<html><body>{HEADER_TODAY}<h2>{STORY_TITLE}</h2><p>شريط</p><p>قائمة</p>"
           f"<h1>{STORY_TITLE}</h1><p>نص</p><span class='date'>11 آذار 2024</span></body></html>")
    assert visible_dates(lxml_html.document_fromstring(bar), STORY_TITLE) == ("2024-03-11", None)

def test_akhbarelyom_date_in_arabic_words() -> None:
    name = "htmldate__akhbarelyom.com_1731695567"
    source = json.loads((REAL / f"{name}.source.json").read_text(encoding="utf-8"))
    article = extract(get_site("generic"), source["url"], (REAL / f"{name}.html").read_bytes())
    assert article.published.startswith("2020-10-07")


# ---------------------------------------------------------------- encoding

PAGE = "<html><head>{meta}</head><body><p>" + STORY + "</p></body></html>"


@pytest.mark.parametrize("body, content_type", [
    (PAGE.format(meta="").encode("cp1256"), "text/html; charset=utf-8"),
    (PAGE.format(meta='<meta charset="windows-1256">').encode("cp1256"),
     "text/html; charset=utf-8"),
    (PAGE.format(meta="").encode("utf-8"), "text/html; charset=windows-1256"),
    (PAGE.format(meta='<meta charset="windows-1256">').encode("utf-8"), None),
    (PAGE.format(meta="").encode("cp1256"), None),
    (b"\xef\xbb\xbf" + PAGE.format(meta="").encode("utf-8"), "text/html; charset=windows-1256"),
])
def test_charset_disagreements_decode_cleanly(body: bytes, content_type: str | None) -> None:
    text = decode_html(body, content_type)
    assert STORY in text
    assert "\ufffd" not in text and "ط§ظ„" not in text


# ---------------------------------------------------------------- other languages

@pytest.mark.parametrize("name, language", [
    ("htmldate__khabaronline.ir_1523806243", "fa"),
    ("magichtml__urdupoint.com_cf92f4271d", "ur"),
])
def test_non_arabic_pages_get_trafilatura_text_unchanged(name: str, language: str) -> None:
    source = json.loads((REAL / f"{name}.source.json").read_text(encoding="utf-8"))
    page = (REAL / f"{name}.html").read_bytes()
    article = extract(get_site("generic"), source["url"], page)
    # trafilatura on the page as we hand it to trafilatura (Office tags unwrapped, a break
    # after a block whose text runs on: urdupoint has five), no Arabic rule after it.
    doc = parse(source["url"], decode_html(page))
    alone = trafilatura.extract(trafilatura_input(doc.raw, doc.tree), url=source["url"],
                                **TRAFILATURA_OPTIONS)
    assert article.language == language
    assert article.body == "\n\n".join(line for line in alone.split("\n") if line.strip())
