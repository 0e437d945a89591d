"""Traits of the e107_portal family (unseen29): a southern-Iraq regional portal on e107 v2 with
a bootstrap3 RTL theme: e107's header (news front meta, `og:updated_time` as a Unix stamp,
`article:modified_time` at the visit, `article:published_time` in +03:00), the navbar and
usernav, the breadcrumb, the news `view-item` (meta row with the poster and NEWSDATE short in
Iraqi month names, tags, category), `div.text-justify` / `div.body-extended`, the options
btn-group, NEWSRELATED, NEWSNAVLINK, e107 comments and the sidebar panels (search, login,
other news, latest news, poll, online users), the footer with e107's disclaimer."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "e107_portal"
HOST = "https://e107-sawt-aljanoub.example"
COMMON = ("<!doctype html>\n<html dir='rtl' lang=\"ar\">\n<head>\n<meta charset='utf-8' />",
          '<meta property="og:type" content="article" />', "<!-- footer_other_css -->",
          "<!-- footer_theme_css -->", "/e107_web/css/e107.css?", "/e107_web/js/core/all.jquery.js",
          '<body id="page-top" class="jumbotron_sidebar_right"',
          '<div class="navbar navbar-inverse navbar-fixed-top" role="navigation">',
          '<ul class="nav navbar-nav nav-main">', '<ol class="breadcrumb">',
          '<div class="view-item">', '<h2 class="news-title"><a href="',
          '<hr class="news-heading-sep">', "<i class='glyphicon glyphicon-time'></i> &nbsp;",
          '<div class="col-md-6 text-right options">', '<p class="lead"></p>',
          '<div class="text-justify">', '<div class="news-videos-1">',
          '<div class="row  news-images-1">', '<div class="body-extended text-justify">',
          '<div class="options hidden-print ">', f'href="{HOST}/print.php?news.',
          "<div class='e-related clearfix hidden-print'><hr><h4>مواضيع ذات صلة</h4>",
          '<ul class="pagination hidden-print">', "<!-- tablestyle: style=menu id=login -->",
          '<div class="panel panel-default">', "<div id='otherNews' data-interval='false'",
          '<ul class="nav nav-list news-menu-latest">', "id='poll_menu'",
          "<!-- tablestyle: style=menu id=online_extended -->", '<div id="sitedisclaimer"',
          "Proudly powered by <a href=\"https://e107.org\">e107 Bootstrap CMS</a>",
          "jQuery.extend(e107.settings, {\"basePath\":\"\\/\"});")
CHROME = {"صوت الجنوب", "تسجيل", "الرئيسية", "الأخبار", "مشاركة", "مواضيع ذات صلة", "رجوع",
          "بحث", "تسجيل الدخول", "تذكرني", "نسيت كلمة المرور؟", "أخبار أخرى", "اقرأ المزيد »",
          "آخر الأخبار", "استطلاع رأي", "هل تحسنت الخدمات في محافظتك خلال العام الماضي؟",
          "تصويت", "المتواجدون الآن", "من نحن", "أعلن معنا", "سياسة الخصوصية", "اتصل بنا",
          "Proudly powered by e107 Bootstrap CMS which is released under the terms of the GNU "
          "GPL License."}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen29_traits_e107_portal() -> None:
    # page 1: news.php?extend, the reporter is the poster, main image, inline link, 3 comments
    html, truth, chrome = _common(1)
    assert truth["url"] == f"{HOST}/news.php?extend.4127"
    assert truth["published_shown"] == "06 أيار 2024 - 09:40"
    assert truth["published"] == "2024-05-06" and truth["author"] == "حسين الساعدي"
    for mark in ("<title>محطة تحلية جديدة في أبي الخصيب تضخ مياه الشرب لأربعين ألف نسمة - صوت "
                 "الجنوب</title>",
                 '<meta property="article:published_time" content="2024-05-06T09:40:00+03:00" />',
                 '<meta property="article:modified_time" content="2024-05-09T10:50:00+03:00" />',
                 '<meta property="og:updated_time" content="1715241000" />',
                 '<meta name="twitter:card" content="summary_large_image" />',
                 f"<a href='{HOST}/user.php?id.7'>حسين الساعدي</a>",
                 '<span class="news-images-main pull-left col-xs-12 col-sm-6 col-md-6">',
                 f'أعلنتها <a href="{HOST}/news.php?extend.4090">الحكومة المحلية مطلع العام '
                 "الجاري</a> لمواجهة", '<h2 class="caption">التعليقات</h2>',
                 "<ul class='media-list' id='comments-container'>", "<span class='comment-reply'>",
                 "<i class='fa fa-comments'></i> 3</a>"):
        assert mark in html, mark
    assert "<figure" not in html and "<strong>" not in html.split('class="text-justify"')[1][:3000]
    assert CHROME | {"دخول", "06 أيار 2024 - 09:40", "حسين الساعدي", "التعليقات", "أبو_مرتضى",
                     "منذ 3 أيام", "خطوة ممتازة، نتمنى أن تصل المياه إلى السيبة والفاو أيضا.",
                     "عدد الأصوات: 1284", "ضيوف: 37", "أكبر تواجد: 412 في 14 آذار 2024",
                     "أبو الخصيب",
                     "مديرية ماء البصرة تعلن جدولا جديدا لتوزيع الحصص في الأقضية",
                     "© 2024 صوت الجنوب - جميع الحقوق محفوظة"} <= chrome
    body = truth["body"]
    assert body.startswith("بدأت محطة تحلية المياه الجديدة في قضاء أبي الخصيب جنوبي البصرة")
    assert body.endswith("أن تشمل المرحلة المقبلة القرى البعيدة عن مركز القضاء.")
    assert body.count("\n\n") == 4

    # page 2: SEF URL, posted at 00:35, captioned figure and bold words, comments off
    html, truth, chrome = _common(2)
    assert truth["url"] == f"{HOST}/news/thi-qar/hawr-al-hammar-drought-buffalo"
    assert truth["published_shown"] == "13 آب 2024 - 00:35"
    assert truth["published"] == "2024-08-13" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2024-08-13T00:35:00+03:00" />',
                 '<meta property="article:modified_time" content="2024-08-13T14:35:00+03:00" />',
                 f"<a href='{HOST}/user.php?id.2'>المحرر</a>",
                 '<figure class="image"><img src="', "<figcaption>مربو جاموس يقودون قطعانهم",
                 "<strong>أكثر من ثلاثمئة رأس من الجاموس</strong>",
                 '<li class="active"><a  role="button" href="' + HOST + '/news.php?list.3"'):
        assert mark in html, mark
    for absent in ("comments-container", "news-images-main", "summary_large_image", "fa-comments"):
        assert absent not in html, absent
    assert CHROME | {"دخول", "13 آب 2024 - 00:35", "المحرر", "الأهوار",
                     "مربو جاموس يقودون قطعانهم على طريق ترابي قرب قضاء الجبايش",
                     "عدد الأصوات: 2210", "أكبر تواجد: 530 في 02 تموز 2024",
                     "© 2024 صوت الجنوب - جميع الحقوق محفوظة"} <= chrome
    body = truth["body"]
    assert body.startswith("نزحت عشرات العائلات من مربي الجاموس في هور الحمّار")
    assert body.endswith("على ترك قراها وبيع قطعانها بأسعار زهيدة.") and body.count("\n\n") == 3
    assert "مربو جاموس" not in body

    # page 3: text split into body and body-extended with an <h3> subheading, one comment
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "19 كانون الثاني 2025 - 17:15"
    assert truth["published"] == "2025-01-19" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2025-01-19T17:15:00+03:00" />',
                 '<meta property="article:modified_time" content="2025-01-24T08:20:00+03:00" />',
                 '<div class="body-extended text-justify">\n                <h3>عودة الحركة إلى '
                 "قلب المدينة</h3>", "<i class='fa fa-comments'></i> 1</a>",
                 "السوق رجع أجمل من قبل، الله يرحم أيام زمان."):
        assert mark in html, mark
    assert html.index("<p>وأضاف أن المشروع نفذته") < html.index("news-videos-1") \
        < html.index("<h3>عودة الحركة")
    assert CHROME | {"19 كانون الثاني 2025 - 17:15", "المحرر", "التراث", "سجاد_العماري",
                     "منذ 5 أيام", "عدد الأصوات: 3177", "أكبر تواجد: 611 في 11 كانون الأول 2024",
                     "© 2025 صوت الجنوب - جميع الحقوق محفوظة"} <= chrome
    assert "دخول" not in chrome  # the story itself says "دخول الضوء"
    body = truth["body"]
    assert body.startswith("أعيد مساء اليوم الأحد افتتاح سوق العمارة المسقف")
    assert body.endswith("بتنظيم من دائرة الثقافة في المحافظة.") and body.count("\n\n") == 6
    assert "\n\nعودة الحركة إلى قلب المدينة\n\n" in body
