"""What unseen22 showed: a Wayback Machine replay (the capture's stamp in the address, the
story's date and view counter on one line, a portal's sidebar box headings), UTC instants
whose local day only a forum's <time> text or a blog's meta line shows, an untranslated
"by <name>" and an author meta that is an address (djangocms-blog), a call-to-action button
in the text, and a forum post's repost mark, closing prayer, dialect question and edit note,
with Invision's signature and author pane."""

from __future__ import annotations

from lxml import html as lxml_html

from extraction import extract
from extraction.appeal_lines import is_poster_prayer, is_reader_question
from extraction.arabic_dates import url_date
from extraction.boilerplate import is_boilerplate_line
from extraction.byline_lines import author_of_byline, is_byline_line, is_edit_note
from extraction.post_stream import named_post
from extraction.shown_offset import in_shown_offset
from extraction.sites import get_site
from extraction.top_lines import top_dateline
from tests.test_page_furniture import _page as furniture_page

HEADLINE = "بدء تشغيل تجريبي لمحطة مياه تخدم 120 ألف نسمة بقرى مركز الصف"
STORY = (
    "بدأت شركة مياه الشرب والصرف الصحي بالجيزة مساء اليوم التشغيل التجريبي لمحطة المياه "
    "الجديدة التي تخدم نحو مئة وعشرين ألف نسمة في قرى المركز.",
    "وقال رئيس مجلس إدارة الشركة إن تكلفة المحطة بلغت ثمانية وستين مليون جنيه، وإن أعمال "
    "الإنشاء استمرت عامين كاملين بسبب صعوبات في نقل المعدات.",
    "وأوضح أن التشغيل التجريبي سيستمر ثلاثة أسابيع، تجري خلالها معامل الشركة تحاليل يومية "
    "لعينات المياه قبل ضخها في الشبكة الرئيسية للقرى.",
)
REPLAY = "https://wayback.example/web/20111203103307/http://www.news.example/news.php?id=51903"


def _page(inner: str, head: str = "", title: str = HEADLINE) -> bytes:
    return furniture_page(inner, head, title)


def _story(before: str = "", after: str = "") -> str:
    return (f'<div class="news"><h1>{HEADLINE}</h1>{before}'
            + "".join(f"<p>{p}</p>" for p in STORY) + f"{after}</div>")


def test_a_web_archive_replay_is_dated_by_its_page_not_its_capture() -> None:
    assert url_date(REPLAY) is None  # the capture's stamp, no day of the story
    assert url_date("https://web.archive.org/web/20100615034211/http://site.example/2010/06/"
                    "14/story") == "2010-06-14"
    assert url_date("https://archive.example/20130407192244/https://s.example/news/1") is None
    assert url_date("https://site.example/web/2024/05/01/story") == "2024-05-01"
    info = ('<div class="news_info"><span class="news_date">نشر فى : الأربعاء، 16 نوفمبر 2011 - '
            '12:40 ص</span> <span class="news_views">عدد القراءات : 876</span></div>')
    sidebar = ('<div class="box"><div class="box_title">استطلاع الرأى</div><form>'
               "<label><input type='radio'> نعم</label></form></div>"
               '<div class="box"><div class="box_title">أسعار العملات</div></div>')
    article = extract(get_site("generic"), REPLAY, _page(_story(info, sidebar)))
    assert article.published == "2011-11-16T00:40:00"
    assert article.body.split("\n\n") == list(STORY)


def test_a_dateline_and_its_counter_on_one_line_are_not_text() -> None:
    line = "نشر فى : الإثنين، 14 يونيو 2010 - 09:30 م عدد القراءات : 2341"
    assert top_dateline([line, *STORY]) == "نشر فى : الإثنين، 14 يونيو 2010 - 09:30 م"
    assert is_boilerplate_line("نشر فى : الإثنين، 14 يونيو 2010 - 09:30 م عدد القراءات : 2341")
    assert is_boilerplate_line("نشر في 14 يونيو 2010 | المشاهدات: 120")
    for line in ("وبلغ عدد القراءات : 2341", "قال المسؤول إن عدد الزيارات 120",
                 "ارتفع عدد القراءات 40 بالمئة منذ مطلع العام في المكتبات العامة"):
        assert not is_boilerplate_line(line), line
    for line in ("استطلاع الرأي", "أسعار العملات", "مواقيت الصلاة", "منقول", "منقول للفائدة"):
        assert is_boilerplate_line(line), line


def test_a_utc_instant_is_the_day_a_forum_time_or_a_blog_meta_line_shows() -> None:
    forum = lxml_html.fromstring(
        "<html><body><h1>عنوان</h1><div class='ipsComment_meta'><time datetime='2025-01-07T21:40:"
        "00Z'>٨ كانون الثاني ٢٠٢٥</time></div></body></html>")
    assert in_shown_offset("2025-01-07T21:40:00+00:00", forum) == "2025-01-08"
    blog = lxml_html.fromstring("<html><body><h2>عنوان</h2><p>نص</p></body></html>")
    assert in_shown_offset("2025-01-13T22:35:00+00:00", blog, "- 14 يناير، 2025") == "2025-01-14"
    assert in_shown_offset("2025-01-13T22:35:00+00:00", blog, "- 20 يناير، 2025") == (
        "2025-01-13T22:35:00+00:00")  # a day no offset reaches: not this instant's
    assert in_shown_offset("2025-01-13T22:35:00+00:00", blog) == "2025-01-13T22:35:00+00:00"
    # djangocms-blog: the headline an <h2>, the date a list item of its meta line.
    head = '<meta property="article:published_time" content="2025-01-13 22:35:00+00:00">'
    post = ('<article class="post-item post-detail"><header><h2>حملة دفء توزع المازوت</h2><ul '
            'class="post-detail"><li>by <a href="/ar/news/author/rim/">ريم شمعون</a></li><li>'
            "14 يناير، 2025</li></ul></header><div class='blog-content'>"
            + "".join(f"<p>{p}</p>" for p in STORY) + "</div></article>")
    article = extract(get_site("generic"), "https://ngo.example/ar/news/2025/01/13/x/",
                      _page(post, head, "حملة دفء توزع المازوت"))
    assert article.published == "2025-01-14"


def test_an_untranslated_by_names_the_writer_and_an_address_names_no_one() -> None:
    assert is_byline_line("by ريم شمعون") and author_of_byline("by ريم شمعون") == "ريم شمعون"
    assert is_byline_line("by") and not is_byline_line("baby ريم شمعون")
    head = '<meta property="article:author" content="https://ngo.example/ar/news/author/rim/">'
    article = extract(get_site("generic"), "https://ngo.example/ar/news/2024/04/16/x/",
                      _page(_story("<p>- by ريم شمعون</p>"), head))
    assert article.author != "https://ngo.example/ar/news/author/rim/"
    assert article.body.split("\n\n") == list(STORY)


def test_a_button_in_the_text_is_not_text() -> None:
    button = '<a href="/donate/" class="btn btn-primary btn-lg">تبرّع لحملة «دفء» الشتوية</a>'
    article = extract(get_site("generic"), "https://ngo.example/ar/news/1/",
                      _page(_story(after=f"\n{button}")))
    assert article.body.split("\n\n") == list(STORY)
    inline = f"<p>ويمكن المساهمة عبر صفحة الحملة {button} حتى نهاية الشهر الجاري.</p>"
    article = extract(get_site("generic"), "https://ngo.example/ar/news/1/",
                      _page(_story(after=inline)))
    assert len(article.body.split("\n\n")) == len(STORY) + 1


def test_a_posters_prayer_and_dialect_question_close_nothing_of_the_story() -> None:
    assert is_poster_prayer("اللهم احفظ العراق وأهله")
    assert is_poster_prayer("نسأل الله التوفيق لأبنائنا وبناتنا الممتحنين..")
    assert not is_poster_prayer("وقال الإمام في خطبته اللهم احفظ البلاد")  # not its opening
    assert not is_poster_prayer("اللهم " + "كلمة " * 10)
    assert is_reader_question("شلون تشوفون الموسم هالسنة يا جماعة؟")
    assert is_reader_question("هل جرّب أحد الخطوط الجديدة؟ بانتظار تجاربكم بعد الأحد.")
    assert not is_reader_question("هل جرب أحد الخبراء هذا النظام من قبل، تساءل الوزير أمس")
    article = extract(get_site("generic"), "https://forum.example/topic/1-x/", _page(_story(
        after="<p>منقول</p><p>اللهم احفظ العراق وأهله</p>")))
    assert article.body.split("\n\n") == list(STORY)
    middle = extract(get_site("generic"), "https://forum.example/topic/1-x/", _page(
        f'<div class="news"><h1>{HEADLINE}</h1><p>{STORY[0]}</p><p>اللهم احفظ العراق وأهله</p>'
        + "".join(f"<p>{p}</p>" for p in STORY[1:]) + "</div>"))
    assert "اللهم احفظ العراق وأهله" in middle.body.split("\n\n")


def test_a_posts_edit_note_ends_it() -> None:
    for line in ("تم التعديل في ٢ تشرين الأول ٢٠٢٤ بواسطة ابو مصطفى النجفي",
                 "تم التعديل في بواسطة ابو مصطفى النجفي",
                 "آخر تعديل بواسطة أبو ريان في الاثنين 18 نوفمبر 2024 6:05 am",
                 "(آخر تعديل لهذه المشاركة: 03-07-2024, 08:05 AM بواسطة أم_أحمد.)",
                 "Last edited by moderator"):
        assert is_edit_note(line), line
    for line in ("تم تعديل القانون بواسطة البرلمان", "تم التعديل على المشروع بواسطة اللجنة",
                 "تم التعديل في المادة الثالثة بواسطة البرلمان",
                 "تعديل الدستور بواسطة البرلمان أثار جدلا واسعا",
                 "آخر تعديل بواسطة " + "كلمة " * 25):
        assert not is_edit_note(line), line
    note = "<p>تم التعديل في بواسطة ابو مصطفى النجفي<br>إضافة اسم كاتبة التقرير</p>"
    article = extract(get_site("generic"), "https://forum.example/topic/1-x/",
                      _page(_story(after=note)))
    assert article.body.split("\n\n") == list(STORY)


def _ips_post(name: str, text: str) -> str:
    return (f"<article class='cPost ipsComment'><aside><h3 class='ipsType_sectionHead "
            f"cAuthorPane_author'><strong><a href='/profile/1/'>{name}</a></strong></h3></aside>"
            f"<div class='ipsComment_meta'><time datetime='2024-10-02T14:05:00Z'>٢ تشرين الأول "
            f"٢٠٢٤</time></div><div data-role='commentContent' class='ipsType_richText'>{text}"
            "</div><div data-role='memberSignature'><div class='ipsType_richText'><p>مشرف قسم "
            "الزراعة والاقتصاد</p></div></div></article>")


def test_invision_posts_are_read_without_signatures_or_author_panes() -> None:
    story = "".join(f"<p>{p}</p>" for p in STORY)
    page = _page(f"<h1>{HEADLINE}</h1>" + _ips_post("ابو مصطفى النجفي", story)
                 + _ips_post("كرار الحسيني", "<p>شكرا على النقل</p>"))
    post = named_post(lxml_html.fromstring(page))
    assert post is not None and post.headline is None
    article = extract(get_site("generic"), "https://forum.example/topic/20418-x/", page)
    assert article.body.split("\n\n") == list(STORY)
    assert article.title == HEADLINE
