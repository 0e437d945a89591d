"""Traits of the contao_ngo_news family (Contao 4.13 news reader of a Jordanian NGO)."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "contao_ngo_news"
HOST = "https://contao-ngo.example"
COMMON = ("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">", f'<base href="{HOST}/">',
          '<meta name="generator" content="Contao Open Source CMS">',
          '<meta name="robots" content="index,follow">',
          "assets/css/layout.min.css,responsive.min.css,colorbox.min.css",
          '<body id="top" class="news-reader">', '<div id="wrapper">',
          '<header id="header">\n            <div class="inside">', '<div id="container">',
          '<main id="main">\n              <div class="inside">', '<aside id="left">',
          '<footer id="footer">', "<!-- indexer::stop -->\n<nav class=\"mod_navigation block\"",
          'class="invisible">تخطي التنقل</a>', '<span id="skipNavigation3" class="invisible">',
          '<ul class="level_1">', '<nav class="mod_breadcrumb block" aria-label="Breadcrumb">',
          '<div class="mod_newsreader block">', '<div class="layout_full block">',
          '<div class="ce_text block">', '<p class="back"><a href="javascript:history.go(-1)"',
          '<div class="mod_newslist block">', '<div class="layout_latest arc_1 block first',
          '<div class="mod_newsmenu block">', '<nav class="mod_customnav block">',
          '"@id": "#\\/schema\\/news\\/', '"@type": "contao:Page"',
          'class="invisible">كلمات البحث</label>')
CHROME = {"معاً من أجل كرامة الإنسان منذ عام 1998",
          "تخطي التنقل", "كلمات البحث", "بحث", "الرئيسية", "من نحن", "برامجنا", "الأخبار",
          "قصص من الميدان", "تطوع معنا", "تبرع الآن", "اتصل بنا", "عودة", "شارك الخبر:",
          "فيسبوك", "واتساب", "آخر الأخبار", "اقرأ المزيد…", "أرشيف الأخبار", "ساهم معنا",
          "سياسة الخصوصية", "خريطة الموقع", "جمعية مسجلة لدى وزارة التنمية الاجتماعية برقم 2217"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen25_traits_contao_ngo_news() -> None:
    # page 1: captioned ce_image, bold and linked words, comments with a reply and form
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "16/01/2024 11:20"
    assert truth["published"] == "2024-01-16" and truth["author"] == "رنا الخطيب"
    for mark in ('<p class="info"><time datetime="2024-01-16T11:20:00+03:00">16/01/2024 11:20'
                 "</time> بواسطة رنا الخطيب </p>", '<div class="ce_image block">',
                 '<figure class="image_container">', '<figcaption class="caption">متطوعون',
                 "<strong>1800 أسرة</strong>", '<a href="donate.html">صفحة التبرع</a>',
                 '<div class="ce_comments block">', '<article class="comment_default odd first"',
                 '<article class="reply">', 'id="com_tl_news_214"',
                 '<li class="trail"><a href="news.html" title="الأخبار" class="trail">',
                 '"datePublished": "2024-01-16T11:20:00+03:00"', "&copy; 2024 "):
        assert mark in html, mark
    assert CHROME | {"16/01/2024 11:20", "بواسطة رنا الخطيب", "تفاصيل الخبر",
                     "متطوعون يفرغون شحنة مدافئ في مستودع الجمعية بمدينة المفرق",
                     "التعليقات (2)", "تعليق من أحمد السرحان | 16/01/2024 15:42",
                     "رد من رنا الخطيب", "أضف تعليقا", "حقل إلزامي الاسم*", "إرسال التعليق",
                     "يناير 2024 (3)", "افتتاح مركز مجتمعي جديد لدعم الأطفال في مخيم الزعتري",
                     "© 2024 جمعية سنابل الخير للإغاثة والتنمية. جميع الحقوق محفوظة."} <= chrome
    body = truth["body"]
    assert body.startswith("أطلقت جمعية سنابل الخير للإغاثة والتنمية صباح الاثنين")
    assert body.endswith("أو في مكاتبها بعمّان والمفرق.") and body.count("\n\n") == 6
    assert "تعليق" not in body and "بواسطة" not in body

    # page 2: staff story posted 00:40 local, subheadline, no image, no comments
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "03/07/2024 00:40"
    assert truth["published"] == "2024-07-03" and truth["author"] is None
    for mark in ('<time datetime="2024-07-03T00:40:00+03:00">03/07/2024 00:40</time> '
                 "بواسطة المكتب الإعلامي", "<h2>الفريق يضم طبيبين وممرضتين",
                 '"name": "المكتب الإعلامي"'):
        assert mark in html, mark
    for absent in ('<div class="ce_image block">', "ce_comments", "ce_youtube", "ce_headline"):
        assert absent not in html, absent
    assert CHROME | {"03/07/2024 00:40", "بواسطة المكتب الإعلامي", "تفاصيل الخبر",
                     "الفريق يضم طبيبين وممرضتين وصيدلانيا ويزور ست قرى أخرى حتى نهاية الشهر",
                     "يوليو 2024 (3)", "29/06/2024 00:40"} <= chrome
    body = truth["body"]
    assert body.startswith("بدأت العيادة الطبية المتنقلة التابعة لجمعية سنابل الخير")
    assert body.endswith("مرة كل أسبوعين خلال موسم الصيف.") and body.count("\n\n") == 3

    # page 3: field story, uncaptioned image, ce_headline subheading, YouTube element
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "22/10/2024 14:05"
    assert truth["published"] == "2024-10-22" and truth["author"] == "دانة الزعبي"
    for mark in ('<h2 class="ce_headline">\n  لماذا السباكة؟</h2>',
                 '<div class="ce_youtube block">', '<figure class="video_container">',
                 "youtube-nocookie.com/embed/q7Ls2vXe1Tk",
                 'alt="متدربات خلال ورشة الصيانة في إربد"', 'href="field-stories/241.html#skip',
                 '<li class="active last" aria-current="page">تفاصيل القصة</li>'):
        assert mark in html, mark
    assert "figcaption" not in html and "ce_comments" not in html
    assert CHROME | {"22/10/2024 14:05", "بواسطة دانة الزعبي", "تفاصيل القصة",
                     "أكتوبر 2024 (3)", "خزانات مياه لمدارس في لواء بني كنانة"} <= chrome
    body = truth["body"]
    assert body.startswith("اختتمت جمعية سنابل الخير للإغاثة والتنمية في مدينة إربد")
    assert body.endswith("قروضا صغيرة دون فوائد لبدء عملهن.") and body.count("\n\n") == 5
    assert "\n\nلماذا السباكة؟\n\n" in body
