"""Rules written after unseen8's first look: the one post a post-stream page names (Telegram's
web preview), a date labelled as the publication's over other shown dates, lines opened by an
emoji mark, hashtag lines, a body line that is only the publisher's name. Each with the text
that must stay."""

from __future__ import annotations

from lxml import html as lxml_html

from extraction import boilerplate as bp
from extraction import extract
from extraction.body import clean_paragraphs
from extraction.dates import visible_dates
from extraction.keywords import tag_links
from extraction.post_stream import named_post
from extraction.sites import site_for

PARA = ("وقال المتحدث باسم الوزارة إن الخطة تشمل إنشاء محطات جديدة لتحلية المياه في المناطق "
        "الساحلية خلال السنوات المقبلة وفق جدول زمني محدد")
OTHER = "أعلنت الهيئة العامة للأرصاد الجوية ارتفاعا تدريجيا في درجات الحرارة خلال الأيام المقبلة"


def message(post: str, text: str, at: str) -> str:
    return (f'<div class="tgme_widget_message js-widget_message" data-post="{post}">'
            f'<div class="tgme_widget_message_text js-message_text">{text}</div>'
            f'<a class="tgme_widget_message_date" href="#"><time datetime="{at}">x</time></a>'
            "</div>")


def channel_page(named: str = "ch/2", bold: str = "🔴 <b>عنوان الخبر المهم اليوم</b>") -> str:
    story = (f"{bold}<br/><br/>{PARA} الأولى.<br/><br/>{PARA} الثانية.<br/><br/>"
             '<a href="?q=%23الموصل">#الموصل</a> <a href="?q=%23التراث">#التراث</a>'
             "<br/><br/>📌 تابعونا على تيليغرام: @ch")
    return (f'<html><head><title>القناة – Telegram</title><meta property="og:title" '
            f'content="القناة"><meta property="og:description" content="وصف القناة الإخبارية '
            f'المستقلة | للتواصل @ch_bot"></head><body data-post="{named}">'
            '<div class="tgme_channel_info_description">وصف القناة الإخبارية المستقلة | '
            "للتواصل @ch_bot</div>"
            + message("ch/1", OTHER, "2024-07-08T07:07:00+00:00")
            + message("ch/2", story, "2024-07-08T10:40:00+00:00")
            + message("ch/3", OTHER + " أيضا", "2024-07-08T11:19:00+00:00")
            + "</body></html>")


def test_the_named_post_is_the_article_with_its_own_headline_time_and_hashtags() -> None:
    url = "https://t.me/s/ch/2"
    record = extract(site_for(url, "generic"), url, channel_page().encode(),
                     "text/html; charset=utf-8")
    assert record.title == "عنوان الخبر المهم اليوم"
    assert record.published == "2024-07-08T10:40:00+00:00"  # not the first post's 07:07
    assert record.body == f"{PARA} الأولى.\n\n{PARA} الثانية."
    assert record.tags == ["الموصل", "التراث"]


def test_a_stream_page_naming_no_post_or_a_missing_one_is_read_as_before() -> None:
    assert named_post(lxml_html.fromstring(channel_page(named="ch/9"))) is None
    page = channel_page().replace(' data-post="ch/2">', ">", 1)
    assert named_post(lxml_html.fromstring(page)) is None
    # Words before the bold line: the bold part is no headline of its own.
    post = named_post(lxml_html.fromstring(channel_page(bold="عاجل: <b>اجتماع</b> الحكومة")))
    assert post is not None and post.headline is None


def test_a_date_labelled_as_the_publications_wins_over_other_date_elements() -> None:
    tree = lxml_html.fromstring(
        '<html><body><div class="session-date">الثلاثاء 10 ديسمبر 2024 - 10:00 ص</div>'
        "<h2>عنوان</h2><div class='info'><span>تاريخ النشر : 2024/05/14</span></div>"
        "</body></html>")
    assert visible_dates(tree) == ("2024-05-14", None)
    # The label beside the date, in its own element.
    tree = lxml_html.fromstring('<html><body><p class="date">2024/12/10</p><div><b>نشر في'
                                "</b> <span>14/05/2024</span></div></body></html>")
    assert visible_dates(tree) == ("2024-05-14", None)
    # "نشر في" inside a paragraph of text names no date of the page.
    tree = lxml_html.fromstring(f'<html><body><p class="date">2024/12/10</p><p>{PARA} نشر في '
                                f"عام 2019 تقرير {PARA}</p></body></html>")
    assert visible_dates(tree) == ("2024-12-10", None)


def test_lines_opened_by_an_emoji_mark_are_judged_without_it() -> None:
    lines = ["🔴 عنوان الخبر المهم اليوم", PARA, "📌 تابعونا على تيليغرام: @ch",
             "🔴 " + OTHER]
    assert clean_paragraphs(lines, "عنوان الخبر المهم اليوم")[0] == [PARA, "🔴 " + OTHER]


def test_hashtag_lines_are_tags_not_text() -> None:
    assert bp.is_boilerplate_line("#الموصل #التراث #الإعمار")
    assert bp.tags_of_line("#الموصل #التراث") == ["الموصل", "التراث"]
    for line in ("#مصر تفوز على المغرب في نهائي البطولة", PARA + " #مصر", "#"):
        assert bp.tags_of_line(line) == []
    assert not bp.is_boilerplate_line("#مصر تفوز على المغرب في نهائي البطولة")


def test_a_line_that_is_only_the_publishers_name_goes() -> None:
    url = "https://news.example/news/2024/03/05/story-1"
    page = ('<html><head><title>عنوان</title><meta property="og:site_name" content="البلد نيوز">'
            '</head><body><article><h1>عنوان الخبر</h1><p>البلد نيوز</p>'
            f"<p>{PARA}.</p><p>{OTHER} بحسب البلد نيوز.</p><p>{PARA} مجددا.</p>"
            "</article></body></html>")
    record = extract(site_for(url, "generic"), url, page.encode(), "text/html; charset=utf-8")
    assert record.body.split("\n\n")[0] == f"{PARA}."
    assert f"{OTHER} بحسب البلد نيوز." in record.body


def test_tag_links_leave_category_links_out_and_read_wix_tag_lists() -> None:
    tree = lxml_html.fromstring(
        '<html><body><div class="taxonomy-category wp-block-post-terms">'
        '<a href="/category/اقتصاد/" rel="tag">اقتصاد</a></div>'
        '<span class="cat-links"><a href="/c/مجتمع/" rel="category tag">مجتمع</a></span>'
        '<div class="taxonomy-post_tag"><a href="/tag/جنين/" rel="tag">جنين</a> '
        '<a href="/tag/الزراعة/" rel="tag">الزراعة</a></div>'
        '<ul data-hook="post-tags"><li><a data-hook="tag" href="/blog/tags/x">'
        "<span>المسرح</span></a></li></ul></body></html>")
    assert tag_links(tree) == ["جنين", "الزراعة", "المسرح"]
