"""Rules for pages of sites nobody wrote rules for (issue 21): each with the text it must keep."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from lxml import html as lxml_html

from extraction import boilerplate as bp
from extraction import extract
from extraction.byline_lines import author_of_byline
from extraction.document import parse, parse_tree
from extraction.selectors import text_of
from extraction.shown_offset import in_shown_offset
from extraction.sites import site_for
from extraction.social_embeds import is_embed_line
from extraction.titles import shown_part
from extraction.top_lines import top_byline

URL = "https://news.example/news/2024/03/05/story-1"
PARA = ("وقال المتحدث باسم الوزارة إن الخطة تشمل إنشاء محطات جديدة لتحلية المياه في المناطق "
        "الساحلية خلال السنوات المقبلة وفق جدول زمني محدد")


@pytest.mark.parametrize("line", [
    "انضم لقناتنا على واتساب لتصلك الأخبار لحظة بلحظة",
    "لمتابعة آخر الأخبار انضموا إلى قناتنا على واتساب",
    "تابعونا على قناتنا في تيليغرام",
    "لقراءة الخبر كاملا حمّل تطبيق سبق الأخبار",
    "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك، وباستمرارك في التصفح فإنك توافق على ذلك",
    "تحميل...", "جاري التحميل", "تحديث مباشر", "الاشتراك في:",
    "الاشتراك في: تعليقات الرسالة (Atom)", "رسالة أقدم",
    "حدّث الصفحة لمشاهدة آخر التحديثات", "اضغط هنا لمشاهدة الفيديو",
    "المقالات المنشورة في هذه الزاوية تعبر عن رأي كاتبها ولا تعبر بالضرورة عن رأي الصحيفة",
])
def test_template_lines_of_unseen_cmss_go(line: str) -> None:
    assert bp.is_boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "انضم اللاعب إلى قناة السويس الرياضي في صفقة انتقال حر بعد موسم ناجح مع فريقه السابق",
    "وانضم الوزير إلى المحتجين الذين نظموا وقفة أمام مقر البرلمان للمطالبة بزيادة الأجور",
    "وأعلنت الشركة إطلاق خدمة الدفع عبر التطبيق في جميع فروعها بدءا من الشهر المقبل",
    "ويمكن للمواطنين تحميل التطبيق الحكومي الجديد لتجديد جوازات السفر دون مراجعة المكاتب",
    "وتابع الرئيس أن الحكومة ستواصل دعم الأسر المحتاجة عبر قناة توزيع جديدة على واتساب",
    "وأكد الكاتب أن رأي الصحيفة في القضية معروف منذ سنوات وأنه لا يلزم أحدا",
    # A follow verb or the site's own channel, and no platform: a sentence of the story.
    "تابعوا معنا تفاصيل الجلسة التي عقدها مجلس النواب أمس",
    "وانضم أعضاء مجموعتنا البحثية إلى المؤتمر الذي عقد في الجامعة صباح اليوم",
])
def test_story_sentences_with_those_words_stay(line: str) -> None:
    assert not bp.is_boilerplate_line(line)


def test_read_more_label_leaves_a_cards_headline() -> None:
    assert bp.without_read_more_label("إقرأ المزيد السعودية تعلن مشاريع") == "السعودية تعلن مشاريع"
    assert bp.without_read_more_label("اقرأ أيضاً: افتتاح معرض الكتاب") == "افتتاح معرض الكتاب"
    assert bp.without_read_more_label("اقرأ أيضا.. افتتاح معرض الكتاب") == "افتتاح معرض الكتاب"
    # A one-word label is a headline's own first word here.
    headline = "المزيد من القتلى في الزلزال"
    assert bp.without_read_more_label(headline) == headline


def test_block_edges_separate_words_inline_edges_do_not() -> None:
    el = lxml_html.fromstring("<div><table><tr><td>2024</td><td>12 ألف</td></tr></table>"
                              "<div>00:04</div>المعلق <span>كلمة</span><span>أخرى</span></div>")
    assert text_of(el) == "2024 12 ألف 00:04 المعلق كلمةأخرى"


def test_a_page_opening_with_an_xml_prolog_is_read() -> None:
    page = ("<?xml version='1.0' encoding='UTF-8' ?>\n<!DOCTYPE html>"
            f"<html><body><p>{PARA}</p></body></html>")
    tree = parse_tree(page)
    assert tree is not None and PARA in text_of(tree)


def test_site_prefix_of_a_title_goes_when_the_page_shows_the_headline() -> None:
    tree = lxml_html.fromstring("<html><body><table><tr><td><font><b>محافظة الجنوب تبدأ تنفيذ "
                                "مشروع التحلية</b></font></td></tr></table></body></html>")
    assert shown_part(tree, "صوت الجنوب :: محافظة الجنوب تبدأ تنفيذ مشروع التحلية") == (
        "محافظة الجنوب تبدأ تنفيذ مشروع التحلية")
    # Not shown on its own: the title stays whole (a headline may hold " - ").
    assert shown_part(tree, "غزة - قصف جديد على المدينة") == "غزة - قصف جديد على المدينة"


def _page(head: str, body: str) -> bytes:
    return (f'<html lang="ar"><head>{head}</head><body><h1>عنوان الخبر هنا للتجربة</h1>'
            f"{body}</body></html>").encode()


@pytest.mark.parametrize(("markup", "author"), [
    ('<span class="writer">كتب: سامر العبدالله</span>', "سامر العبدالله"),
    ('<div class="field-name-field-author"><div>هشام بن علي</div></div>', "هشام بن علي"),
    ('<span itemprop="author" itemscope itemtype="http://schema.org/Person">'
     '<span itemprop="name">عبد الرحيم الصحراوي</span></span>', "عبد الرحيم الصحراوي"),
    ('<div itemprop="author" itemscope itemtype="http://schema.org/Organization">'
     '<div itemprop="name">Sputnik</div></div>', None),
    ('<div class="comments"><span class="comment-author">زائر كريم</span></div>', None),
    ('<span class="author">بقلم: الإدارة العامة للموقع الإخباري الوطني الرسمي الأول</span>', None),
])
def test_a_byline_of_any_cms_names_the_writer(markup: str, author: str | None) -> None:
    body = f"{markup}<p>{PARA} الأولى.</p><p>{PARA} الثانية.</p><p>{PARA} الثالثة.</p>"
    assert extract(site_for(URL), URL, _page("", body)).author == author


def test_visible_teaser_gives_way_to_the_whole_text_in_json_ld() -> None:
    paragraphs = [f"{PARA} {n}." for n in ("الأولى", "الثانية", "الثالثة", "الرابعة")]
    ld = {"@type": "NewsArticle", "headline": "عنوان الخبر هنا للتجربة",
          "articleBody": "\n".join(paragraphs), "keywords": ["المياه", "الساحل"]}
    head = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    article = extract(site_for(URL), URL, _page(head, f"<p>{paragraphs[0]}</p><p>تحميل...</p>"))
    assert article.body.split("\n\n") == paragraphs
    assert article.tags == ["المياه", "الساحل"]


def test_visible_text_that_the_json_ld_does_not_hold_stays() -> None:
    shown = [f"{PARA} المرئية {n}." for n in ("الأولى", "الثانية")]
    ld = {"@type": "NewsArticle", "articleBody": "\n".join(f"{PARA} أخرى {n}." for n in range(6))}
    head = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    body = "".join(f"<p>{p}</p>" for p in shown)
    assert extract(site_for(URL), URL, _page(head, body)).body.split("\n\n") == shown


def test_parse_keeps_the_document_of_a_prolog_page() -> None:
    doc = parse(URL, "<?xml version='1.0' encoding='UTF-8'?><html><head><title>ت</title>"
                     "</head><body></body></html>")
    assert doc is not None and doc.tree.findtext(".//title") == "ت"


def _story(n: int) -> list[str]:
    return [f"{PARA} وأضاف في الفقرة رقم {i} أن العمل سيبدأ قريبا في المرحلة التالية." for i in
            range(n)]


def test_text_is_never_far_below_trafilatura() -> None:
    # A heading that reads like a tail opener ("مقالات ذات صلة") right after the lead would end
    # the text there; the guard takes trafilatura's lines with the line rules only.
    story = _story(6)
    body = (f"<article><p>{story[0]}</p><h2>مقالات ذات صلة</h2>"
            + "".join(f"<p>{p}</p>" for p in story[1:]) + "</article>")
    article = extract(site_for(URL), URL, _page("", body))
    assert article.body.split("\n\n") == story
    assert article.text_origin == "trafilatura_lines"


def test_a_story_that_ends_at_its_related_list_keeps_the_cut() -> None:
    story = _story(6)
    related = "".join(f'<li><a href="/news/{i}">عنوان خبر آخر رقم {i} عن الموضوع</a></li>'
                      for i in range(5))
    body = ("<article>" + "".join(f"<p>{p}</p>" for p in story)
            + f"<h2>مقالات ذات صلة</h2><ul>{related}</ul></article>")
    article = extract(site_for(URL), URL, _page("", body))
    assert article.body.split("\n\n") == story
    assert article.text_origin == "trafilatura"


def test_an_empty_site_block_gives_way_to_trafilaturas_text() -> None:
    from extraction import get_site

    story = _story(4)
    url = "https://arabic.rt.com/world/1531002-x/"
    body = ('<div class="article"><h1 class="heading">عنوان الخبر</h1>'
            '<div class="article__text text"></div>'
            '<div class="moved-text">' + "".join(f"<p>{p}</p>" for p in story) + "</div></div>")
    article = extract(get_site("rtarabic"), url, _page("", body))
    assert article.body.split("\n\n") == story and article.status == "ok"
    assert article.text_origin == "trafilatura"


@pytest.mark.parametrize("line", [
    "كتب - محمد عبد العزيز", "بقلم: سامر حداد", "كتبت أسماء نصار", "عدد المشاهدات: ٣٩٠١",
    "المشاهدات 120", "٣٩٠١ مشاهدة", "|", "-", "أرسل لصديق", "تكبير الخط", "تصغير الخط",
    "طباعة | أرسل لصديق | تكبير الخط",
    "موجز غير مسؤول عن محتوى الخبر، والمسؤولية عن صحته تقع على المصدر الأصلي الذي نشره",
])
def test_toolbar_byline_and_counter_lines_of_old_portals_go(line: str) -> None:
    assert bp.is_boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "كتب الوزير على حسابه في تويتر أن الأزمة انتهت وأن الحكومة ستعلن التفاصيل غدا",
    "وبلغ عدد المشاهدات للمقطع أكثر من مليون مشاهدة خلال يومين من نشره على المنصة",
    "والوزارة غير مسؤولة عن تأخر الشحنات بحسب البيان الذي نشرته أمس",
    "الأهلي | الزمالك: موعد المباراة والقنوات الناقلة",
])
def test_story_sentences_like_those_lines_stay(line: str) -> None:
    assert not bp.is_boilerplate_line(line)


TABLE_HEADLINE = "وزير التموين يعلن صرف مقررات الشهر المقبل بدءا من السبت"


def _table_portal(headline_again: str = "") -> bytes:
    """An ASP.NET-style page of tables: trafilatura reads it whole, menus and a most-read box
    above the headline, a today's date in the header, byline, toolbar and caption under it."""
    story = "".join(f"{p}<br><br>" for p in _story(4))
    return (
        f'<html lang="ar"><head><title>{TABLE_HEADLINE}</title></head><body><table>'
        '<tr><td><span class="TodayDate">الجمعة، ٣١ مايو ٢٠٢٤</span></td></tr>'
        "<tr><td><a href='/'>الرئيسية</a> <a href='/a'>أخبار مصر</a> <a href='/b'>رياضة</a>"
        "</td></tr><tr><td><div>الأكثر قراءة</div><div>١</div><div>أسعار الذهب تتراجع</div>"
        "<div>٢</div><div>الأهلي يعلن قائمة الفريق</div></td></tr>"
        f'<tr><td><span class="NewsTitle">{TABLE_HEADLINE}</span></td></tr>'
        '<tr><td><span class="NewsAuthor">كتب - محمد عبد العزيز</span></td></tr>'
        '<tr><td><span class="NewsDate">الخميس، ٣٠ مايو ٢٠٢٤ - ٠٣:١٥ م</span></td></tr>'
        "<tr><td>طباعة | أرسل لصديق | تكبير الخط</td></tr>"
        '<tr><td><img src="/p.jpg"><span class="ImgCaption">مواطنون أمام أحد منافذ صرف '
        "السلع بالقاهرة</span></td></tr>"
        f'<tr><td><div class="NewsText">{story}</div></td></tr>'
        f"<tr><td>عدد المشاهدات: ٣٩٠١</td></tr>{headline_again}"
        "</table></body></html>").encode()


def test_a_table_portal_read_whole_starts_after_its_headline() -> None:
    article = extract(site_for(URL), URL, _table_portal())
    assert article.body.split("\n\n") == _story(4)
    assert article.published.startswith("2024-05-30T15:15")  # not the header's today
    assert article.author == "محمد عبد العزيز"


def test_a_headline_repeated_near_the_end_does_not_cut_the_text() -> None:
    again = f"<tr><td><a href='/next'>{TABLE_HEADLINE}</a></td></tr><tr><td>تواصل معنا</td></tr>"
    page = _table_portal().replace(f'<span class="NewsTitle">{TABLE_HEADLINE}</span>'.encode(),
                                   b"").replace(b"</table>", again.encode() + b"</table>")
    body = extract(site_for(URL), URL, page).body.split("\n\n")
    assert all(p in body for p in _story(4))


def test_a_forum_thread_gives_headline_poster_and_keywords() -> None:
    page = ('<html lang="ar"><head><meta name="keywords" content="الكهرباء, طرح الأحمال">'
            "</head><body><h1>الموضوع: شركة الكهرباء تعلن انتهاء طرح الأحمال</h1>"
            '<div class="username_container"><a class="username"><strong>عاشق طرابلس</strong>'
            "</a></div>" + "".join(f"<p>{p}</p>" for p in _story(3)) + "</body></html>")
    article = extract(site_for(URL), URL, page.encode())
    assert article.title == "شركة الكهرباء تعلن انتهاء طرح الأحمال"
    assert article.author == "عاشق طرابلس"
    assert article.tags == ["الكهرباء", "طرح الأحمال"]


def test_site_wide_keyword_stuffing_is_no_tags() -> None:
    words = ", ".join(f"كلمة{n}" for n in range(20))
    page = (f'<html lang="ar"><head><meta name="keywords" content="{words}"></head><body>'
            "<h1>عنوان</h1>" + "".join(f"<p>{p}</p>" for p in _story(3)) + "</body></html>")
    assert extract(site_for(URL), URL, page.encode()).tags == []


# ---------------------------------------------------------------- agencies, old static pages

@pytest.mark.parametrize("line", [
    "عدن - خاص", "سيئون - سبأ", "الرياض (واس)", "بيروت - أ ف ب", "القاهرة – رويترز",
    "أ ش أ", "(واس)", "ي.ع", "م.ر", "ع.ف/ م.ح", "كتب / محمد سالم باوزير",
])
def test_agency_lines_and_editor_initials_go(line: str) -> None:
    assert bp.is_boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "رام الله 3-8-2024 وفا- أعلن الجهاز المركزي للإحصاء الفلسطيني ارتفاع مؤشر غلاء المعيشة",
    "وقال إن الوضع خاص", "وأكدت وكالة سبأ أن الاجتماع انتهى", "ع.ف قال إنه سيعود",
    "كتب الوزير / على حسابه أن القرار نهائي وأنه لن يتراجع عنه مهما كانت الضغوط",
])
def test_story_lines_like_agency_lines_stay(line: str) -> None:
    assert not bp.is_boilerplate_line(line)


def test_a_byline_above_the_text_names_the_author() -> None:
    assert author_of_byline("كتب / محمد سالم باوزير") == "محمد سالم باوزير"
    lines = ["كتب / محمد سالم باوزير", "عدن - خاص", PARA]
    assert top_byline(lines) == "محمد سالم باوزير"
    assert top_byline([PARA, *[PARA] * 5, "كتب / محمد سالم باوزير"]) is None


STATIC = """<html lang="ar"><head><meta charset="utf-8">
<title>نافذة اليمن - حملة تحصين ضد الكوليرا في عدن ولحج</title></head><body><table><tr><td>
<p align=center><font size="5"><b>حملة تحصين ضد الكوليرا في عدن ولحج</b></font></p>
<p align=center><img src="/images/cholera.jpg" width="400" height="280"><br>
<font size="1">عاملة صحية تقدم لقاح الكوليرا لطفل</font></p>
<p align=right><b>كتب / محمد سالم باوزير</b></p>
<p align=right><b>عدن - خاص</b></p>
<p align=right>{para}</p><p align=right>{para} وتستمر الحملة ستة أيام.</p>
<p align=right><img src="/images/arrow.gif" width="7" height="7"> {para} في المديريات.</p>
</td></tr></table></body></html>"""


def test_an_old_static_page_keeps_its_caption_byline_and_place_out_of_the_body() -> None:
    article = extract(site_for("generic"), URL, STATIC.format(para=PARA).encode())
    assert article.author == "محمد سالم باوزير"
    assert "لقاح الكوليرا لطفل" not in article.body
    assert "عدن - خاص" not in article.body and "كتب" not in article.body
    # A paragraph with an icon before its text is text.
    assert article.body.split("\n\n") == [PARA, f"{PARA} وتستمر الحملة ستة أيام.",
                                          f"{PARA} في المديريات."]


def _dated(shown: str) -> lxml_html.HtmlElement:
    return lxml_html.fromstring(f"<html><body><h1>عنوان</h1><div class='b-date'><time "
                                f"class='c-date'>{shown}</time></div></body></html>")


@pytest.mark.parametrize(("published", "shown", "expected"), [
    # The page shows the local time: the same instant in the publisher's offset.
    ("2024-10-16T22:10:00+00:00", "نُشر: 01:10-17 أكتوبر 2024 م", "2024-10-17T01:10:00+03:00"),
    ("2024-03-05T16:45:00+00:00", "5 مارس 2024 - 12:45", "2024-03-05T12:45:00-04:00"),
    ("2024-03-05T08:00:00+00:00", "5 مارس 2024 - 13:30", "2024-03-05T13:30:00+05:30"),
    # Shown in UTC too, as its own UTC day only, or a time that is no quarter-hour offset of
    # it. (Only the next day shown: that day alone, tests/test_document_ends.py.)
    ("2024-10-16T22:10:00+00:00", "16 أكتوبر 2024 - 22:10", "2024-10-16T22:10:00+00:00"),
    ("2024-10-16T22:10:00+00:00", "16 أكتوبر 2024", "2024-10-16T22:10:00+00:00"),
    ("2024-10-16T22:10:00+00:00", "17 أكتوبر 2024 - 01:17", "2024-10-16T22:10:00+00:00"),
    ("2024-10-16T22:10:00+00:00", "20 أكتوبر 2024 - 22:10", "2024-10-16T22:10:00+00:00"),
    # Already in an offset, or no time: never touched.
    ("2024-10-17T01:10:00+03:00", "17 أكتوبر 2024 - 04:10", "2024-10-17T01:10:00+03:00"),
    ("2024-10-16", "17 أكتوبر 2024 - 01:10", "2024-10-16"),
])
def test_a_utc_instant_takes_the_offset_of_the_time_the_page_shows(
        published: str, shown: str, expected: str) -> None:
    assert in_shown_offset(published, _dated(shown)) == expected
    assert datetime.fromisoformat(in_shown_offset(published, _dated(shown))) == \
        datetime.fromisoformat(published)


LATEST = """<html lang="ar"><head><meta charset="utf-8">
<title>افتتاح ثلاثة مجسرات جديدة في بغداد - الموقع</title></head><body>
<h1>افتتاح ثلاثة مجسرات جديدة في بغداد</h1><div class="news-info">
<span class="author">بغداد/ حيدر الربيعي</span> <span class="date">الأحد 13 تشرين الأول 2024</span>
<span class="views">المشاهدات: 1,254</span></div>
<div id="news-text">{para}<br><br>{para} وتستمر الأعمال.<br><br>{para} في الكرخ.</div>
<div class="box latest"><h3>آخر الأخبار</h3><ul>
<li><a href="news.php?id=1">البرلمان يصوت على قانون الموازنة التكميلية الأسبوع المقبل</a>
<span class="ago">قبل 35 دقيقة</span></li>
<li><a href="news.php?id=2">الأنواء الجوية تتوقع أمطاراً رعدية في المناطق الشمالية</a>
<span class="ago">قبل ساعة</span></li></ul></div>
<div class="news-ticker"><div class="ticker-item"><a href="news.php?id=3">النزاهة تعلن ضبط
متلبسين بتلقي رشوة في دائرة حكومية</a></div></div></body></html>"""


def test_a_latest_news_box_and_a_ticker_are_no_text_and_the_place_no_name() -> None:
    assert bp.is_tail_opener("آخر الأخبار") and bp.is_boilerplate_line("شريط الأخبار:")
    article = extract(site_for("generic"), "https://iq.example/news.php?id=9",
                      LATEST.format(para=PARA).encode())
    assert article.body.split("\n\n") == [PARA, f"{PARA} وتستمر الأعمال.", f"{PARA} في الكرخ."]
    assert article.author == "حيدر الربيعي"
    assert {link["kind"] for link in article.related} == {"most_read"}


# ---------------------------------------------------------------- unseen5: tables, embeds

@pytest.mark.parametrize("line", [
    "/العُمانية/ ع خ", "/واس/", "— UNSMIL (@UNSMILibya) May 12, 2024", "https://t.co/UNS599Zq",
    "فيديو.. طوابير أمام منافذ صرف السلع التموينية في أول أيام الصرف",
    "Posted by جهاز النهر الصناعي on Sunday, May 12, 2024",
])
def test_closing_tags_and_embed_leftovers_go(line: str) -> None:
    assert bp.is_boilerplate_line(line) or is_embed_line(line)


@pytest.mark.parametrize("line", [
    "فيديو يظهر لحظة انهيار المبنى انتشر على مواقع التواصل الاجتماعي خلال ساعات",
    "وقال المتحدث - في تصريح لرويترز (@Reuters) - إن الاتفاق قريب وإن المفاوضات مستمرة",
])
def test_story_lines_like_embed_leftovers_stay(line: str) -> None:
    assert not bp.is_boilerplate_line(line) and not is_embed_line(line)


EMBEDS = """<html lang="ar"><head><meta charset="utf-8">
<title>اعتداء على حقل آبار الحساونة - ليبيا اليوم</title></head><body>
<h1>اعتداء على حقل آبار الحساونة</h1><div class="entry">
<p>{para}</p><p>وقال الجهاز في بيان نشره على صفحته الرسمية بموقع فيسبوك:</p>
<div class="embed-fb"><div class="fb-post"><blockquote class="fb-xfbml-parse-ignore">
<p>{para} في الحقل.</p>
<p>{para} وفرقه جاهزة.</p>Posted by <a href="https://facebook.com/x">الجهاز</a> on
<a href="https://facebook.com/x/1">Sunday, May 12, 2024</a></blockquote></div></div>
<p>وكتبت البعثة على حسابها في منصة إكس:</p>
<blockquote class="twitter-tweet"><p lang="ar">{para} للبعثة. <a href="https://t.co/A1">https://t.co/A1</a></p>
&mdash; UNSMIL (@UNSMILibya) <a href="https://x.com/1">May 12, 2024</a></blockquote>
<p>{para} في الختام.</p></div>
<table><tr><td><table><tr><td><font><b>اقرأ ايضاً</b></font></td></tr>
<tr><td><img src="/a.gif" width="7" height="7"></td><td><a href="/c.aspx?ID=1">
افتتاح معرض للصور التاريخية في مركز السلام</a></td></tr>
<tr><td><img src="/a.gif" width="7" height="7"></td><td><a href="/c.aspx?ID=2">
تراجع أعداد السياح الوافدين إلى كنيسة المهد</a></td></tr>
</table></td></tr></table></body></html>"""


def test_embedded_posts_are_text_their_embed_code_is_not_and_table_lists_go() -> None:
    article = extract(site_for("generic"), URL, EMBEDS.format(para=PARA).encode())
    assert article.body.split("\n\n") == [
        PARA, "وقال الجهاز في بيان نشره على صفحته الرسمية بموقع فيسبوك:",
        f"{PARA} في الحقل.", f"{PARA} وفرقه جاهزة.", "وكتبت البعثة على حسابها في منصة إكس:",
        f"{PARA} للبعثة.", f"{PARA} في الختام."]
    assert {link["title"] for link in article.related} >= {
        "افتتاح معرض للصور التاريخية في مركز السلام", "تراجع أعداد السياح الوافدين إلى كنيسة المهد"}
