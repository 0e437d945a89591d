"""Rules written after unseen9's first look: where a document's text ends (an agency's or
press office's "-انتهى-", a press release's "نبذة عن <company>" About section, a wiki's
sources and references, media contacts), wiki edit links, Word-saved HTML (Office elements
unwrapped so paragraphs keep their lines, a headline set in bold under a letterhead, "عمّان
في 5/6/2024" above it), a UTC instant on a page that shows only the local day, a newsletter's
sign-off, a standfirst in the headline's header, tags of an auto-loaded next story. Each with
the text that must stay."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from extraction import boilerplate as bp
from extraction import extract
from extraction.arabic_dates import dateline
from extraction.body import clean_paragraphs
from extraction.byline_lines import signoff_author
from extraction.keywords import tag_links
from extraction.shown_offset import in_shown_offset
from extraction.sites import site_for
from extraction.titles import bold_headline

PARA = ("وقال المتحدث باسم الوزارة إن الخطة تشمل إنشاء محطات جديدة لتحلية المياه في المناطق "
        "الساحلية خلال السنوات المقبلة وفق جدول زمني محدد")
PARA2 = ("وأضاف أن المرحلة الأولى من المشروع تبدأ مطلع العام المقبل بكلفة تقديرية تبلغ نحو "
         "ثلاثين مليون دينار تمولها الحكومة بالشراكة مع القطاع الخاص")
PARA3 = ("وأشار إلى أن الوزارة ستنشر تقارير دورية عن سير العمل في المحطات الجديدة وعن كميات "
         "المياه التي تنتجها كل محطة في الأشهر الأولى من تشغيلها")
PARA4 = ("وبين أن فرق الرقابة ستنفذ جولات ميدانية على مواقع العمل طيلة فترة التنفيذ للتأكد من "
         "التزام المقاولين بالمواصفات الفنية والبيئية المعتمدة في العقود")


def generic(url: str, page: str):
    return extract(site_for(url, "generic"), url, page.encode(), "text/html; charset=utf-8")


@pytest.mark.parametrize("mark", ["-انتهى-", "(انتهى)", "/انتهى/", "- انتهى -", "انتهى",
                                  "(النهاية)", "-النهاية-"])
def test_an_end_mark_ends_the_text(mark: str) -> None:
    lines = [PARA, PARA2, mark, "هاتف: 065686151 - فرعي: 2301", "مديرية الإعلام والاتصال"]
    assert clean_paragraphs(lines, None)[0] == [PARA, PARA2]
    assert not bp.is_tail_opener("انتهى الاجتماع بالاتفاق على خطة عمل مشتركة")
    assert not bp.is_tail_opener("النهاية السعيدة للفيلم أثارت جدلا بين النقاد")


def test_a_press_releases_about_section_and_media_contacts_end_the_text() -> None:
    about = 'نبذة عن "فينتا للمدفوعات"'
    lines = [PARA, PARA2, about, "تأسست الشركة في دبي عام 2019 وتقدم حلول الدفع الرقمي.",
             "النص الأصلي لهذا البيان هو النسخة الرسمية المعتمدة."]
    assert clean_paragraphs(lines, None)[0] == [PARA, PARA2]
    assert clean_paragraphs([PARA, "للاستفسارات الإعلامية:", "سارة: press@x.example"],
                            None)[0] == [PARA]
    # A sentence that begins with the words is text.
    sentence = ("نبذة عن حياة الفنان الراحل عرضها التلفزيون الرسمي مساء أمس في برنامج خاص "
                "استضاف عددا من أصدقائه")
    assert not bp.is_tail_opener(sentence)
    assert clean_paragraphs([PARA, sentence, PARA2], None)[0] == [PARA, sentence, PARA2]


def test_a_wikis_sources_section_and_edit_links_go() -> None:
    lines = [PARA, "خلفية", "[عدل | تعديل مصدري]", PARA2, "المصادر", "[عدل | تعديل مصدري]",
             "23 يوليو 2024. «البصرة تسجل 51 درجة» — شبكة الإعلام العراقي"]
    assert clean_paragraphs(lines, None)[0] == [PARA, "خلفية", PARA2]
    assert bp.is_boilerplate_line("[عدل]") and bp.is_boilerplate_line("[تعديل]")
    assert not bp.is_boilerplate_line("عدل")  # "justice", a word


def word_page(title: str | None, office: bool) -> str:
    """A press release as Word saves it: letterhead, label, date line, bold headline, text
    in spans whose source lines wrap inside the paragraphs."""
    op = "<o:p></o:p>" if office else ""
    head = f"<title>{title}</title>" if title else ""

    def para(text: str) -> str:
        cut = text.index(" ", len(text) // 2)
        return (f"<p class=MsoNormal dir=RTL><span lang=AR-SA>{text[:cut]}\n"
                f"{text[cut + 1:]}{op}</span></p>\n")

    return (f'<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            f'<meta name=Generator content="Microsoft Word 15">{head}</head><body>'
            "<div class=WordSection1 dir=RTL>"
            "<p class=MsoNormal align=center><b><span>المملكة الأردنية الهاشمية"
            f"{op}</span></b></p><p class=MsoNormal align=center><b><span>The Hashemite "
            "Kingdom of Jordan</span></b></p>"
            f"<p class=MsoNormal align=center><b><u><span>بيان صحفي{op}</span></u></b></p>"
            f"<p class=MsoNormal><span>عمّان في 5/6/2024{op}</span></p>"
            "<p class=MsoNormal align=center><b><span>الوزارة تطلق برنا</span><span>مجا لتمويل "
            f"محطات التحلية في المناطق الساحلية{op}</span></b></p>"
            + para(PARA) + para(PARA2) + para(PARA3) + para(PARA4)
            + f"<p class=MsoNormal align=center><b><span>-انتهى-{op}</span></b></p>"
            f"<p class=MsoNormal><span>هاتف: 065686151{op}</span></p></div></body></html>")


@pytest.mark.parametrize(("title", "office"), [(None, False), ("بيان صحفي", True)])
def test_a_word_saved_press_release_reads_as_its_reader_sees_it(title, office) -> None:
    record = generic("https://moa.example/press/5-6-2024.htm", word_page(title, office))
    assert record.title == "الوزارة تطلق برنامجا لتمويل محطات التحلية في المناطق الساحلية"
    assert record.body.split("\n\n") == [PARA, PARA2, PARA3, PARA4]  # each paragraph one line
    assert record.published == "2024-06-05"


def test_a_bold_headline_is_read_only_above_text_and_a_real_title_wins() -> None:
    tree = lxml_html.document_fromstring(
        f"<html><body><p>{PARA}</p><p><b>عنوان بالخط العريض بعد النص هنا</b></p>"
        f"<p>{PARA2}</p></body></html>")
    assert bold_headline(tree) is None  # the text came first: no headline above it
    record = generic("https://moa.example/a.htm", word_page("الوزارة تطلق مشروع التحلية", False))
    assert record.title == "الوزارة تطلق مشروع التحلية"


def test_an_official_letters_place_and_date_is_a_dateline() -> None:
    assert dateline("عمّان في 5/6/2024") == ("2024-06-05", None)
    assert dateline("الرياض في 12/3/2024م") == ("2024-03-12", None)
    assert dateline("عمّان في 5/6/2024 أعلنت الوزارة") is None
    assert dateline("عمان 5/6/2024") is None


def dated_page(instant: str, shown: str) -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring(
        f'<html><body><h1>عنوان</h1><span class="date">{shown}</span><p>{PARA}</p></body></html>')


def test_a_utc_instant_on_a_page_showing_only_the_local_day_gives_that_day() -> None:
    evening = "2024-07-22T21:04:34+00:00"
    assert in_shown_offset(evening, dated_page(evening, "الثلاثاء 23 يوليو 2024")) == "2024-07-23"
    # The same day, a day out of any offset's reach, or two days off: the instant as given.
    assert in_shown_offset(evening, dated_page(evening, "22 يوليو 2024")) == evening
    morning = "2024-07-22T06:00:00+00:00"
    assert in_shown_offset(morning, dated_page(morning, "23 يوليو 2024")) == morning
    assert in_shown_offset(evening, dated_page(evening, "24 يوليو 2024")) == evening
    early = "2024-07-23T02:30:00+00:00"
    assert in_shown_offset(early, dated_page(early, "22 يوليو 2024")) == "2024-07-22"
    # An instant in the publisher's own offset is never changed.
    local = "2024-07-22T21:04:34+03:00"
    assert in_shown_offset(local, dated_page(local, "23 يوليو 2024")) == local


def test_a_newsletters_sign_off_names_the_author_and_leaves_the_text() -> None:
    assert signoff_author("ريم الحاج، محررة النشرة") == "ريم الحاج"
    assert signoff_author("محمد علي - رئيس التحرير.") == "محمد علي"
    assert signoff_author("قال رئيس التحرير إن الصحيفة ستصدر غدا") is None
    assert signoff_author("ريم، محررة النشرة") is None  # one word: not a writer's full name
    page = (f"<html><head><title>النشرة</title></head><body><article><h1>عنوان العدد الجديد</h1>"
            f"<p>{PARA}</p><p>{PARA2}</p><p>{PARA3}</p><p>{PARA4}</p>"
            "<p><strong>ريم الحاج</strong>، محررة النشرة</p></article></body></html>")
    record = generic("https://news.example/issue-37", page)
    assert record.author == "ريم الحاج" and record.body.split("\n\n") == [PARA, PARA2, PARA3,
                                                                          PARA4]


def test_a_standfirst_in_the_headlines_header_leaves_the_text() -> None:
    dek = "ساعات العمل تبدأ في العتمة، وقانون العمل لا يصل إلى البيوت البلاستيكية إلا قليلا."
    body = f"<p>{PARA}</p><p>{PARA2}</p><p>{PARA3}</p><p>{PARA4}</p>"
    headed = (f'<html><head><meta name="description" content="{dek}"></head><body><article>'
              f"<header><h1>عمال المزارع يبدؤون يومهم قبل الفجر</h1><p>{dek}</p></header>"
              f"<div>{body}</div></article></body></html>")
    assert generic("https://darb.example/a/", headed).body.split("\n\n") == [
        PARA, PARA2, PARA3, PARA4]
    # A lead beside the headline outside any header is the text.
    plain = (f"<html><body><article><h1>عمال المزارع يبدؤون يومهم قبل الفجر</h1><p>{dek}</p>"
             f"{body}</article></body></html>")
    assert generic("https://darb.example/b/", plain).body.startswith(dek)


def test_tags_of_a_story_appended_under_the_pages_own_are_not_its_tags() -> None:
    tags = '<div class="tags"><a rel="tag" href="/tag/{0}/">{0}</a></div>'
    tree = lxml_html.document_fromstring(
        f"<html><body><h1>الأول</h1><p>{PARA}</p>{tags.format('البصرة')}"
        f"<div class='post-autoload'><h1>الثاني</h1><p>{PARA2}</p>{tags.format('ذي قار')}"
        "</div></body></html>")
    assert tag_links(tree) == ["البصرة"]
    single = lxml_html.document_fromstring(
        f"<html><body><h1>الأول</h1><p>{PARA}</p>{tags.format('البصرة')}"
        f"{tags.format('ذي قار')}</body></html>")
    assert tag_links(single) == ["البصرة", "ذي قار"]
    site_name_first = lxml_html.document_fromstring(
        f"<html><body><h1>الموقع</h1><h1>الأول</h1><p>{PARA}</p>{tags.format('البصرة')}"
        "</body></html>")
    assert tag_links(site_name_first) == ["البصرة"]
