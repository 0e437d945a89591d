"""Traits of the vbulletin5_topic family (unseen28): an Iraqi news forum on vBulletin 5 Connect,
a topic whose first post relays a news story: `li.b-post` posts with `b-userinfo`,
`b-post__count`, the starter's `h2.b-post__title`, `b-post__timestamp` whose `datetime` is UTC
without an offset while its text is vB5's "m-d-Y, h:i A" in Baghdad time (+03:00), BBCode
paragraphs split by `<br />` pairs in `js-post__content-text`, signatures, like counts, a
`bbcode_container` quote, the conversation toolbar, pagination and the vB5 footer."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "vbulletin5_topic"
HOST = "https://vb5-muntada.example"
COMMON = ('<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" xml:lang="ar" lang="ar">',
          '<meta name="generator" content="vBulletin 5.6.9" />', "css.php?styleid=22&amp;td=rtl",
          '<body id="vb-page-body" class="l-desktop page', "view-mode logged-out",
          '<ul id="breadcrumbs" class="h-clearfix" itemprop="breadcrumb">',
          'class="crumb-link"', "template:widget_conversationdisplay",
          '<div class="conversation-toolbar js-shrink-event-parent">',
          '<ul class="conversation-list list-container h-clearfix thread-view">',
          'class="b-post js-post js-comment-entry__parent', "b-post--first",
          'itemtype="http://schema.org/Comment"',
          '<div class="userinfo b-userinfo b-post__hide-when-deleted" itemprop="author"',
          '<div class="b-post__body h-restore--on-preview', '<a class="b-post__count" href="',
          '<h2 class="b-post__title js-post-title b-post__hide-when-deleted" '
          'itemprop="headline">', '<div class="b-post__timestamp OLD__post-date">'
          '<time itemprop="dateCreated" datetime="',
          '<div class="js-post__content-text OLD__post-content-text restore h-wordwrap" '
          'itemprop="text">', "<br />\n<br />\n", "b-post-control__label",
          "js-post-control__vote", '<div class="pagenav-container', 'id="footer-vb-copyright"',
          "جميع الأوقات بتوقيت GMT+3.")
CHROME = {"تسجيل الدخول أو التسجيل", "المنتديات", "مشاركات اليوم", "قائمة الأعضاء", "الرئيسية",
          "الأخبار والأحداث", "الإعلان", "طي", "لا يوجد إعلان حتى الآن.", "المشاركات",
          "آخر النشاطات", "تصفية", "السابق", "التالي", "#1", "#2", "إعجاب", "مشاركة", "تغريدة",
          "مواضيع ذات صلة", "آخر المواضيع", "اتصل بنا", "إلى الأعلى",
          "Powered by vBulletin® Version 5.6.9"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen28_traits_vbulletin5_topic() -> None:
    # page 1: paper story with "كتب:" byline, attached photo and italic caption, signature
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "03-17-2024, 10:25 ص"
    assert truth["published"] == "2024-03-17" and truth["author"] == "حيدر الساعدي"
    for mark in ('datetime="2024-03-17T07:25:00">03-17-2024, 10:25 ص</time>',
                 'data-node-publishdate="1710660300"', "<title>وزارة الموارد المائية تبدأ تأهيل "
                 "جداول الري في ثلاث محافظات جنوبية قبل الموسم الصيفي - منتديات دجلة</title>",
                 "<b>كتب: حيدر الساعدي</b>", 'class="bbcode-attachment js-slideshow__gallery-node"',
                 "<i>آلية تابعة لوزارة الموارد المائية", '<div class="post-signature restore">',
                 '<span class="b-post-control__label">7 إعجابات</span>',
                 '<span class="pagetotal">1</span>'):
        assert mark in html, mark
    assert "bbcode_container" not in html and "b-button--current" not in html
    assert CHROME | {"أخبار العراق", "نقلاً عن جريدة الرافدين اليوم:", "كتب: حيدر الساعدي",
                     "آلية تابعة لوزارة الموارد المائية خلال كري أحد الجداول في ذي قار",
                     "المصدر: جريدة الرافدين اليوم", "أبو علي البغدادي", "مشرف قسم الأخبار",
                     "تاريخ التسجيل: مارس 2011", "المشاركات: 18342", "7 إعجابات",
                     "قال الإمام علي: قيمة كل امرئ ما يحسنه", "#4", "صفحة من 1",
                     "مزارعو الغراف يطالبون بزيادة الحصة المائية للموسم الشتوي"} <= chrome
    body = truth["body"]
    assert body.startswith("باشرت وزارة الموارد المائية أمس السبت أعمال تأهيل")
    assert body.endswith("سيهدد مساحات واسعة من محاصيل الخضر الصيفية.")
    assert body.count("\n\n") == 4 and "كتب" not in body and "المصدر" not in body

    # page 2: agency story posted at 01:40 Baghdad time: the UTC datetime is the day before
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "07-02-2024, 01:40 ص"
    assert truth["published"] == "2024-07-02" and truth["author"] is None
    for mark in ('datetime="2024-07-01T22:40:00">07-02-2024, 01:40 ص</time>',
                 'data-node-publishdate="1719873600"',
                 '<b><font color="#0000CD">نقلاً عن وكالة أنباء الفرات:</font></b>',
                 "<b>الشركة العامة لنقل الطاقة الكهربائية</b>",
                 '<a href="https://furat-news.example/news/2024/07/heatwave" target="_blank">'
                 "ارتفاع درجات الحرارة</a>", '<div class="bbcode_container">',
                 '<div class="bbcode_postedby">', "<strong>نور_الهدى</strong> كتب"):
        assert mark in html, mark
    assert "post-signature" not in html and "bbcode-attachment" not in html
    assert CHROME | {"نقلاً عن وكالة أنباء الفرات:", "المصدر: وكالة أنباء الفرات", "نور_الهدى",
                     "نور_الهدى كتب", "3 إعجابات", "07-02-2024, 02:02 ص",
                     "والله الوضع ما ينطاق، خمس ساعات بدون كهرباء ولا مولدة."} <= chrome
    body = truth["body"]
    assert body.startswith("شهدت أحياء واسعة من مركز محافظة البصرة مساء أمس الاثنين")
    assert body.endswith("وتعزيز خطوط النقل المغذية للمدينة.") and body.count("\n\n") == 4
    assert "نقلاً" not in body and "المصدر" not in body

    # page 3: no intro, bold company name, closing question, a topic of two pages
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "11-21-2024, 07:05 م"
    assert truth["published"] == "2024-11-21" and truth["author"] is None
    for mark in ('datetime="2024-11-21T16:05:00">11-21-2024, 07:05 م</time>',
                 "<b>الشركة العامة لتجارة المواد الغذائية</b>", '<span class="pagetotal">2</span>',
                 "b-button--current", "/page2", '<font color="#8B0000">ما رأيكم يا إخوان؟',
                 '<span class="b-post-control__label">12 إعجاباً</span>',
                 f'<a class="crumb-link" href="{HOST}/forum/news/economy">اقتصاد وأسواق</a>'):
        assert mark in html, mark
    assert "نقلاً عن" not in html and "bbcode_container" not in html
    assert CHROME | {"اقتصاد وأسواق", "سعد الربيعي", "عضو ذهبي", "12 إعجاباً", "صفحة من 2",
                     "اللهم احفظ العراق وأهله من كل سوء", "#5", "فراس العبيدي",
                     "ما رأيكم يا إخوان؟ هل سيحل النظام الجديد مشكلة تأخر الحصة؟",
                     "هل التطبيق متوفر على الآيفون أم الأندرويد فقط؟"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلنت وزارة التجارة اليوم الخميس أنها ستبدأ مطلع العام المقبل")
    assert body.endswith("ونقص بعض المفردات في عدد من المحافظات.") and body.count("\n\n") == 7
    assert "ما رأيكم" not in body
