"""What unseen20 showed: an old portal's story as one `<br><br>` run in one table cell among
block cells (PHP-Nuke), its "أرسلت في <English date> بواسطة <user>" line and its title
"<site> - <headline>"; a forum whose `<h1>` is the logo's link and whose post prints its date
under the subject (SMF); and the lines around such stories: "<place> - خاص - <reporter>", a
login handle alone, "نقلاً عن موقع ...:", a newsletter note, an attachments box."""

from __future__ import annotations

from lxml import html as lxml_html

from extraction import extract
from extraction.agency_lines import is_place_source_line, place_source_writer
from extraction.arabic_dates import dateline, parse_visible_date
from extraction.boilerplate import is_boilerplate_line, is_tail_opener
from extraction.dates import dateline_under
from extraction.recovered_text import rejoined
from extraction.sites import get_site
from extraction.text_cell import cell_lines
from extraction.titles import is_logo_heading, title_site_names

SITE = "وادي الأخبار نت"
HEADLINE = "أهالي حي الروضة يطالبون بحل عاجل لانقطاع مياه الشرب منذ أسبوعين"
STORY = (
    "يعيش سكان حي الروضة منذ أسبوعين على وقع انقطاع شبه كامل لمياه الشرب، ما اضطر مئات الأسر "
    "إلى شراء المياه من الصهاريج بأسعار تضاعفت خلال الأيام الأخيرة، وسط شكاوى من غياب أي توضيح.",
    "وقال عدد من الأهالي إنهم تقدموا بشكوى مكتوبة إلى فرع المؤسسة المحلية للمياه منذ اليوم "
    "الثالث للانقطاع، غير أنهم لم يتلقوا ردا حتى الآن، مشيرين إلى أن المياه تصل ساعة "
    "كل ثلاثة أيام.",
    "من جهته، أرجع مصدر في فرع المؤسسة الانقطاع إلى عطل في المضخة الرئيسية لبئر المحطة الشمالية، "
    "مؤكدا أن قطعة الغيار المطلوبة طلبت من العاصمة ويتوقع وصولها خلال أيام قليلة.",
)
MENU = "".join(f'<a href="modules.php?name={n}">{n}</a><br>' for n in
               ("الصفحة الأولى", "أرشيف الأخبار", "المنتديات", "اتصل بنا", "دليل المواقع"))
COMMENTS = ("عندنا في حي القرن نفس الوضع منذ أسبوع، والصهريج صار حلما للفقير، الله يعين الناس "
            "على هذا الحال الصعب الذي طال كثيرا دون أي حل من الجهات المسؤولة في المديرية.")


def _nuke_page(story: str, title: str = f"{SITE} - {HEADLINE}") -> bytes:
    """A PHP-Nuke-like page: menu cell, story cell, side cell of boxes, comments below."""
    return (f'<html dir="rtl"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta name="AUTHOR" content="{SITE}"></head><body>'
            f'<table><tr><td width="150"><b>القائمة الرئيسية</b><br>{MENU}<b>المتواجدون الآن</b>'
            "<br>يوجد حاليا 41 ضيف و3 أعضاء يتصفحون الموقع.</td>"
            '<td width="100%"><table><tr><td valign="top">'
            '<table><tr><td><font class="option"><b><a href="modules.php?name=News&amp;catid=1">'
            f'<font class="storycat">أخبار الوادي</font></a>: {HEADLINE}</b></font><br>'
            '<font class="content">أرسلت في Monday, March 15, 2010 @ 17:30:12 EDT بواسطة '
            '<a href="mailto:editor@nuke.example">wadinet</a></font></td></tr></table><br>'
            f'<font class="content">{story}</font></td>'
            '<td valign="top"><b>تقييم المقال</b><br>المعدل: <b>4.25</b><br>تصويتات: <b>8</b>'
            "<br><b>خيارات</b><br>صفحة للطباعة<br>أرسل المقال لصديق</td></tr></table>"
            '<b>أخبار أخرى في القسم</b><br><a href="modules.php?name=News&amp;catid=1">أخبار '
            "الوادي</a><br>بدء حفر بئر ارتوازية جديدة لتغذية الأحياء الشرقية<br>3<br>"
            f"<b>التعليقات</b><br>{COMMENTS}<br>{COMMENTS}</td></tr></table>"
            "</body></html>").encode()


def _extract(page: bytes, url: str = "https://nuke.example/modules.php?name=News&sid=1873"):
    return extract(get_site("generic"), url, page)


def test_a_story_in_one_table_cell_ends_where_its_cell_ends() -> None:
    article = _extract(_nuke_page("<br><br>".join(STORY)))
    assert article.body.split("\n\n") == list(STORY)
    assert article.title == HEADLINE
    assert article.published == "2010-03-15T17:30:12-04:00"
    assert article.author is None  # the meta AUTHOR is the site the <title> names


def test_a_posted_line_outside_the_text_dates_the_story() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    article = _extract(_nuke_page(paragraphs))
    assert article.body.split("\n\n") == list(STORY)
    assert article.published == "2010-03-15T17:30:12-04:00"


def test_the_reporter_after_place_and_source_is_the_author() -> None:
    article = _extract(_nuke_page("<b>الروضة - خاص - سالم عمر باحميش</b><br><br>"
                                  + "<br><br>".join(STORY)))
    assert article.author == "سالم عمر باحميش"
    assert article.body.split("\n\n") == list(STORY)
    assert place_source_writer("عدن - سبأ - فهد العتيبي") == "فهد العتيبي"
    assert is_place_source_line("الروضة - خاص - سالم عمر باحميش")
    for line in ("عدن - خاص", "الروضة - خاص - قال مصدر محلي إن المياه ستعود غدا إلى المنازل"):
        assert place_source_writer(line) is None, line


def test_cells_that_each_hold_a_paragraph_are_left_whole() -> None:
    rows = "".join(f"<tr><td>{p}</td></tr>" for p in STORY)
    tree = lxml_html.fromstring(f"<html><body><table>{rows}</table></body></html>")
    assert cell_lines(tree, ["عنوان فرعي", *STORY]) == ["عنوان فرعي", *STORY]


def test_pieces_cut_from_one_run_are_joined_again() -> None:
    assert rejoined(["ارتفع سعر الصهريج من ألفي ريال إلى", "أربعة آلاف ريال",
                     "، وهو مبلغ يفوق قدرة كثير من الأسر."]) == [
        "ارتفع سعر الصهريج من ألفي ريال إلى أربعة آلاف ريال، وهو مبلغ يفوق قدرة كثير من الأسر."]
    assert rejoined(["أرسلت في Monday, March 15, 2010 @ 17:30:12 EDT بواسطة", "wadinet"]) == [
        "أرسلت في Monday, March 15, 2010 @ 17:30:12 EDT بواسطة wadinet"]
    kept = ["انتهى الاجتماع بعد ساعتين من النقاش.", "المؤسسة: عطل في المضخة",
            "من جهته، أرجع مصدر الانقطاع إلى عطل."]
    assert rejoined(kept) == kept
    assert rejoined(["انتهى الاجتماع بعد ساعتين.", "عطل المضخة", "، كما قال المصدر."]) == [
        "انتهى الاجتماع بعد ساعتين.", "عطل المضخة، كما قال المصدر."]


def test_a_posted_line_with_an_english_server_date_is_a_dateline() -> None:
    assert dateline("أرسلت في Monday, March 15, 2010 @ 17:30:12 EDT بواسطة wadinet") == (
        "2010-03-15T17:30:12-04:00", None)
    assert dateline("Tuesday, January 11, 2011 @ 14:20:05 EST") == (
        "2011-01-11T14:20:05-05:00", None)
    # After "بواسطة" a name, not a sentence: "... بواسطة أبو ريان في ..., تم التعديل مرة واحدة".
    assert dateline("آخر تعديل بواسطة أبو ريان في الاثنين 18 نوفمبر 2024 6:05 am، تم "
                    "التعديل مرة واحدة") is None
    assert parse_visible_date("يناير 14, 2025, 07:47:03 مسائاً") == "2025-01-14T19:47:03"


def test_the_title_names_the_site_only_beside_the_headline_alone() -> None:
    assert title_site_names(f"{SITE} - {HEADLINE}", HEADLINE) == {SITE}
    assert title_site_names(f"{HEADLINE} | {SITE}", HEADLINE) == {SITE}
    assert title_site_names(f"{HEADLINE} - د. منى القاسم | {SITE}", HEADLINE) == set()
    assert title_site_names(HEADLINE, HEADLINE) == set()


FORUM = (
    '<html dir="rtl"><head><meta charset="utf-8"><title>{headline}</title></head><body>'
    '<div id="header"><h1 class="forumtitle"><a href="https://forum.example/index.php">'
    "منتديات شبكة المربد</a></h1></div>"
    '<div class="keyinfo"><h5 id="subject_1"><a href="https://forum.example/index.php?topic=4.'
    'msg1#msg1">{headline}</a></h5><div class="smalltext">« <strong> في:</strong> {shown} »'
    '</div></div><div class="post"><div class="inner">{story}</div></div></body></html>')


def test_a_forums_logo_heading_gives_way_to_the_title_and_its_post_date_is_read() -> None:
    page = FORUM.format(headline=HEADLINE, shown="مارس 05, 2024, 09:12:40 صباحاً",
                        story="<br><br>".join(STORY)).encode()
    article = _extract(page, "https://forum.example/index.php?topic=4.0")
    assert article.title == HEADLINE
    assert article.published == "2024-03-05T09:12:40"
    tree = lxml_html.fromstring(page)
    assert is_logo_heading(tree.find(".//h1"))
    assert not is_logo_heading(lxml_html.fromstring(
        '<h1><a href="https://forum.example/index.php?topic=4">عنوان</a></h1>'))


def test_a_sentence_under_the_headline_dates_nothing() -> None:
    page = FORUM.format(headline=HEADLINE, shown="قال الأهالي في 5 مارس 2024 إن المياه انقطعت",
                        story="<br><br>".join(STORY))
    assert dateline_under(lxml_html.fromstring(page), HEADLINE) is None
    assert dateline_under(lxml_html.fromstring(page), None) is None


def test_lines_around_a_reposted_or_mailed_story() -> None:
    for line in ("tarim_sport", "Gettyimages.ru", "نقلاً عن موقع الرافد نيوز:",
                 "هذه المادة من عدد الجمعة من نشرتنا البريدية. للتوصل بالعدد المقبل، "
                 "اشتركوا من هنا."):
        assert is_boilerplate_line(line), line
    for line in ("نقلا عن مصادر مطلعة قولها إن الاجتماع تأجل إلى الأسبوع المقبل",
                 "نقلا عن وزير الصحة قوله إن الوضع مستقر",
                 "Nokia", "وأطلقت الوزارة نشرتنا الصحية الشهرية للأطباء في المحافظات"):
        assert not is_boilerplate_line(line), line
    assert is_tail_opener("المرفقات")
