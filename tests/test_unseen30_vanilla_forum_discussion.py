"""Traits of the vanilla_forum_discussion family (unseen30): an Egyptian community news forum on
Vanilla Forums 3.3 with the Keystone theme in the vf_ar locale, seen by a guest: the Keystone
frame (header, mobile nav, breadcrumbs, panel, footer), the page title bar, the first post as
`Item ItemDiscussion` with its `Message userContent` holding a member-posted news story, the
"Tagged:" list, Reactions, the comments list, and `%Y/%m/%d` dates whose `<time datetime>` is
UTC."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "vanilla_forum_discussion"
HOST = "https://vanilla-multaqa-akhbar.example"
COMMON = ('<!DOCTYPE html>\n<html lang="ar">\n', '<body id="vanilla_discussion_index" class="',
          "locale-ar", '<div class="Frame" id="page">', '<header id="MainHeader" class="Header">',
          '<nav class="Header-desktopNav">', "<div class='Navigation-linkContainer'>",
          '<nav class="BreadcrumbsBox">', '<span class="Breadcrumbs" itemscope '
          'itemtype="http://schema.org/BreadcrumbList">', '<main class="Content MainContent">',
          '<div class="MessageList Discussion"><!-- Page Title -->\n<div id="Item_0" '
          'class="PageTitle"><div class="Options"></div><h1>',
          '<div class="Item-Header DiscussionHeader">', '<div class="AuthorWrap">',
          '<span class="AuthorInfo">', '<div class="Meta DiscussionMeta">',
          '<span class="MItem DateCreated">', 'class="Permalink" rel="nofollow"><time title="',
          '<div class="Item-BodyWrap">', '<div class="Message userContent">',
          '<div class="InlineTags Meta">\n            Tagged:', '<div class="Reactions">',
          '<h2 class="CommentHeading">التعليقات</h2>', '<ul class="MessageList DataList Comments">',
          'class="Item Alt ItemComment Role_Member', "isOriginalPoster",
          '<aside class="Panel Panel-main">', '<div class="Box GuestBox">',
          '<div class="Box BoxCategories">', '<div id="WhosOnline" class="Box">',
          '<meta name="twitter:title" property="og:title"', "gdn.meta=",
          '<p class="Footer-copyright">© ملتقى الأخبار 2025</p>', "themes/keystone/")
CHROME = {"toggle menu", "الأقسام", "مناقشات", "نشاط", "تسجيل الدخول", "تسجيل", "الرئيسية",
          "علم", "ثاقبة", "مدهش", "لول", "إعجاب", "التعليقات", "اضافة تعليق",
          "سجّل الدخول أو أنشئ حساباً للتعليق.", "مرحبا بك في هذا المنتدى !", "جميع الأقسام",
          "إعلان الإدارة", "أحدث المواضيع", "في هذا النقاش", "© ملتقى الأخبار 2025",
          "Powered By Vanilla",
          "يبدو أنك جديد هنا. إذا كنت تريد أن تتورط، انقر فوق أحد هذه الأزرار!"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    assert "application/ld+json" not in html and 'dir="rtl"' not in html
    return html, truth, set(truth["must_not_contain"])


def test_unseen30_traits_vanilla_forum_discussion() -> None:
    # page 1: winter (+02:00) post with intro line, image embed + italic caption, signature
    html, truth, chrome = _common(1)
    assert truth["url"].startswith(f"{HOST}/discussion/4817/%D8%AA%D8%B4%D8%BA")
    assert truth["published_shown"] == "2024/03/12" and truth["published"] == "2024-03-12"
    assert truth["author"] is None
    for mark in ('<time title="مارس 12, 2024 2:20PM" datetime="2024-03-12T12:20:00+00:00">'
                 "2024/03/12</time>", '<div id="Discussion_4817" class="Item ItemDiscussion',
                 '<div class="embedExternal embedImage display-large float-none">',
                 '<meta property="og:image"', "<strong>نحو 420 مصنعا</strong>",
                 '<p><em>جانب من أحواض الترسيب', '<div class="UserSignature userContent">',
                 '<span class="MItem Category"> في <a href="'
                 f'{HOST}/categories/mohafazat">أخبار المحافظات</a></span>'):
        assert mark in html, mark
    assert html.index("<p>نقلاً عن بوابة الشرقية اليوم:</p><p>بدأ جهاز") > 0
    assert CHROME | {"2024/03/12", "SharqiaWatch", "عضو مميز", "الزقازيق", "في أخبار المحافظات",
                     "نقلاً عن بوابة الشرقية اليوم:", "المصدر: بوابة الشرقية اليوم",
                     "«الخبر الصادق أمانة» — متابعات يومية من الشرقية",
                     "جانب من أحواض الترسيب في المحطة الجديدة (صورة من صفحة جهاز المدينة)",
                     "Tagged: العاشر من رمضان مياه الصناعة", "Eng.Tamer",
                     "@أم_يوسف إن شاء الله، وهنتابع معاكم أي جديد.",
                     "المتواجدون الآن 4", "+12 زوار"} <= chrome
    body = truth["body"]
    assert body.startswith("بدأ جهاز تنمية مدينة العاشر من رمضان التشغيل التجريبي")
    assert body.endswith("ما أثر في التزامات التصدير لدى بعضها.") and body.count("\n\n") == 6
    assert "نقلاً" not in body and "المصدر" not in body and "صورة" not in body

    # page 2: 01:15 Cairo summer time: the UTC datetime is the day before; byline, inline link
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "2024/07/18" and truth["published"] == "2024-07-18"
    assert truth["author"] == "هالة منصور"
    for mark in ('<time title="يوليه 18, 2024 1:15AM" datetime="2024-07-17T22:15:00+00:00">'
                 "2024/07/18</time>", "<p><strong>كتب: هالة منصور</strong></p>",
                 '<a href="https://www.facebook.com/CairoTrafficDept.example" rel="nofollow '
                 'noreferrer ugc">صفحتها الرسمية</a>'):
        assert mark in html, mark
    for absent in ("embedImage", "og:image", "UserSignature", "js-embed"):
        assert absent not in html, absent
    assert CHROME | {"2024/07/18", "Nour.Elsayed", "مراسلة الملتقى", "كتب: هالة منصور",
                     "في أخبار مصر", "Tagged: القاهرة المرور الكباري", "mohamed_dokki",
                     "كده الزحمة هتتنقل على كوبري أكتوبر بالليل.",
                     "متى ينتهي العمل في محور الزمالك؟", "+7 زوار"} <= chrome
    body = truth["body"]
    assert body.startswith("تغلق الإدارة العامة لمرور القاهرة كوبري 15 مايو كليا")
    assert body.endswith("الشهر الماضي.") and body.count("\n\n") == 3 and "كتب" not in body

    # page 3: newer asset build, subheading h2 in the post, closing question and link embed
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "2025/09/04" and truth["published"] == "2025-09-04"
    assert truth["author"] is None
    for mark in ('<time title="سبتمبر 4, 2025 9:05AM" datetime="2025-09-04T06:05:00+00:00">',
                 '">الأسعار والتسويق</h2>', '<div class="js-embed embedResponsive" '
                 'data-embedjson="', "?v=2021.009", '<span class="Count">2</span> '):
        assert mark in html, mark
    assert CHROME | {"2025/09/04", "ابن_البحيرة", "إيتاي البارود", "في اقتصاد وأسعار",
                     "يا ترى الأسعار دي هتكفي المزارع ولا لأ؟ شاركونا رأيكم.",
                     "https://www.elbeheira-news.example/agri/2025/09/cotton-auctions-start",
                     "Tagged: القطن البحيرة الزراعة", "Dr.Hany.Agri",
                     "أسعار الأسمدة في الجمعيات الزراعية هذا الشهر", "+19 زوار"} <= chrome
    body = truth["body"]
    assert body.startswith("بدأ مزارعو القطن في عدد من قرى مراكز دمنهور")
    assert body.endswith("لتفادي تكدس المحصول في الحقول.") and body.count("\n\n") == 5
    assert "\n\nالأسعار والتسويق\n\n" in body and "شاركونا" not in body
