"""Traits of the weebly_ngo_blog family (unseen21): a Palestinian NGO's news blog on Weebly's
classic builder: editmysite.com head with og tags and no JSON-LD, the `wsite-menu-default` menu,
`table#blogTable` with the `blog-post` header (`blog-title-link`, `date-text` day-first),
`blog-content` made of `div.paragraph` blocks split by `<br /><br />`, `wsite-image`,
`wsite-youtube` and `wsite-file` elements, `blog-category`, `blog-social`, Weebly comments, the
archive/category sidebar and the Weebly footer badge."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "weebly_ngo_blog"
HOST = "https://weebly-ngo-ps.example"
COMMON = ('<html lang="ar">\n\t<head><script src="/gdpr/gdprscript.js?buildTime=1716201443',
          " - جمعية نماء للتنمية المجتمعية</title><meta property=\"og:site_name\" content=\"جمعية "
          "نماء للتنمية المجتمعية\" />",
          '<link id="wsite-base-style" rel="stylesheet" type="text/css" '
          'href="//cdn2.editmysite.com/css/sites.css?buildTime=1716201443" />',
          '_W.configDomain = "www.weebly.com";',
          "initPublishedFlyoutMenus([{", '<span class="wsite-logo">',
          "<div class=\"social\"><span class='wsite-social wsite-social-default'>",
          '<div class="nav desktop-nav"><ul class="wsite-menu-default">',
          '<li id="active" class="wsite-menu-item-wrap">\n\t\t\t<a\n\t\t\t\t\t\thref="/news.html"',
          '<div id="wsite-content" class="wsite-elements wsite-not-footer">\n<table id="blogTable"',
          '<td class="blog-body" valign="top">\n<div id="blog-post-7',
          '<div class="blog-header">\n<h2 class="blog-title">\n<a class="blog-title-link '
          'blog-link" href="//weebly-ngo-ps.example/news/',
          '<p class="blog-date">\n<span class="date-text">\n',
          '<div class="blog-separator">&nbsp;</div>\n<div class="blog-content">',
          '<p class="blog-category">الفئات: <a href="/news/category/',
          '<div class="blog-social ">\n<div class="blog-social-item blog-fb-like">',
          'class="twitter-share-button" data-count="none"', '<div class="blog-comments-bottom">',
          '<div id="commentArea">\n<div class="blog-comment-area">',
          '<h2 id="comment-form-title" class="blog-comment-title">اترك رداً.</h2>',
          '<td class="blog-sidebar" valign="top">\n<div class="column-blog">',
          '<p class="blog-archive-list">\n<a href="/news/archives/02-2025" class="blog-link">'
          "فبراير 2025</a><br />", '<p class="blog-category-list">\n<a href="/news/category/all" '
          'class="blog-link">الكل</a><br />', '<p class="blog-feed-link"><a href="/news/feed"',
          "<div class='wsite-elements wsite-footer'>", '<div id="weebly-footer-signup-container"',
          "Weebly.footer.setupContainer('cdn2.editmysite.com'",
          '<div class="w-navpane nav mobile-nav">')
CHROME = {"جمعية نماء للتنمية المجتمعية", "الرئيسية", "من نحن", "برامجنا", "الأخبار",
          "تقارير ومنشورات", "تبرّع الآن", "اتصل بنا", "Tweet", "عن الجمعية", "الأرشيف", "الفئات",
          "موجز RSS", "فبراير 2025", "مايو 2024", "الكل", "أخبار الجمعية", "الأمن المائي",
          "الخليل – شارع عين سارة، عمارة الريان، الطابق الثالث",
          "جميع الحقوق محفوظة © 2025 جمعية نماء للتنمية المجتمعية", "Powered by",
          "Create your own unique website with customizable templates.", "Get Started",
          "اترك رداً.", "الاسم (مطلوب)", "البريد الإلكتروني (لن يُنشر)", "إرسال",
          "أبلغني بالتعليقات الجديدة على هذه التدوينة عبر البريد الإلكتروني"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    for absent in ("application/ld+json", "article:published_time", 'dir="rtl"', "datePublished"):
        assert absent not in html, (n, absent)
    return html, truth, set(truth["must_not_contain"])


def test_unseen21_traits_weebly_ngo_blog() -> None:
    # page 1: bold byline paragraph, captioned photo, bold words, inline link, two comments
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "14/5/2024"
    assert truth["published"] == "2024-05-14" and truth["author"] == "رزان أبو سنينة"
    assert truth["url"] == f"{HOST}/news/4817263"
    for mark in ('<span class="date-text">\n14/5/2024\n</span>',
                 '<a class="blog-link" href="//weebly-ngo-ps.example/news/4817263#comments">2 '
                 "تعليقات</a>", '<meta property="og:description" content="بقلم: رزان أبو سنينة '
                 "احتفلت", '<meta property="og:image" content="', '<div class="blog-content">\n'
                 '<div class="paragraph" style="text-align:right;"><strong>بقلم: رزان أبو سنينة'
                 "</strong></div>", "اقتصادياً في جنوب محافظة الخليل.<br /><br />وتلقت المشاركات",
                 '<div><div class="wsite-image wsite-image-border-none " style="padding-top:10px;',
                 'alt="Picture" style="width:auto;max-width:100%" />\n</a>\n<div style="display:'
                 'block;font-size:90%">متدربات يعرضن منتجاتهن', "<strong>مؤسسة المواصفات والمقاييس "
                 "الفلسطينية</strong>", 'عبر <a href="/programs.html">صفحة المشروع</a> على',
                 "<strong>اقرأ أيضاً:</strong><br /><a href=\"/news/",
                 '<div id="2041" class="blogCommentWrap blogCommentLevel0">',
                 '<div class="blogCommentAuthor"><span class="name">سامر التميمي</span></div>',
                 '<div class="blogCommentDate">15/5/2024 09:10:27 am</div>',
                 '<div id="2044" class="blogCommentWrap blogCommentLevel1">',
                 '<a class="name" href="/">جمعية نماء للتنمية المجتمعية</a>',
                 '<span class="blog-button-inner">الرد</span>'):
        assert mark in html, mark
    assert "wsite-youtube" not in html and "wsite-file" not in html
    assert CHROME | {"14/5/2024", "2 تعليقات", "بقلم: رزان أبو سنينة",
                     "متدربات يعرضن منتجاتهن في مشغل السموع خلال حفل التخريج - تصوير: قسم الإعلام "
                     "في الجمعية", "الفئات: تمكين المرأة, التدريب المهني, التمكين الاقتصادي",
                     "اقرأ أيضاً:", "افتتاح مشغل جديد للألبان في بلدة الظاهرية", "سامر التميمي",
                     "15/5/2024 09:10:27 am", "15/5/2024 11:22:30 am", "الرد",
                     "مبادرة رائعة، نتمنى أن يشمل المشروع في الدفعة القادمة بلدة بيت أمر أيضاً."
                     } <= chrome
    body = truth["body"]
    assert body.startswith("احتفلت جمعية نماء يوم الاثنين بتخريج 86 امرأة")
    assert body.endswith("علماً أن باب التسجيل للدفعة الثانية سيفتح مطلع حزيران المقبل.")
    assert body.count("\n\n") == 5 and "بقلم" not in body and "تصوير" not in body
    assert truth["tags"] == ["تمكين المرأة", "التدريب المهني", "التمكين الاقتصادي"]

    # page 2: posted 00:35 local (+02:00), no picture, YouTube embed, hashtags, no comments
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "27/11/2024"
    assert truth["published"] == "2024-11-27" and truth["author"] is None
    for mark in ('<span class="date-text">\n27/11/2024\n</span>', ">0 تعليقات</a>",
                 '<div class="wsite-youtube" style="margin-bottom:10px;padding-top:10px;',
                 '<iframe src="//www.youtube.com/embed/Qm7vT2xLp4E?wmode=opaque" frameborder="0" '
                 "allowfullscreen></iframe>",
                 '<h2 class="wsite-content-title" style="text-align:right;">أخبار مختارة</h2>',
                 '<div class="paragraph" style="text-align:right;">#حملة_الشتاء_الدافئ',
                 '<div id="commentContainer">\n\n</div>'):
        assert mark in html, mark
    for absent in ("wsite-image", "og:image", "blogCommentWrap", "اقرأ أيضاً", "بقلم"):
        assert absent not in html, absent
    assert CHROME | {"27/11/2024", "0 تعليقات", "أخبار مختارة",
                     "حملة لترميم غرف صفية في مدرسة التواني",
                     "#حملة_الشتاء_الدافئ #نماء_للتنمية #مسافر_يطا",
                     "الفئات: الإغاثة, الأطفال, المنطقة ج"} <= chrome
    body = truth["body"]
    assert body.startswith("وزعت طواقم جمعية نماء أمس الثلاثاء 350 حقيبة شتوية")
    assert body.endswith("والمغتربين من أبناء المنطقة إلى دعم الحملة.")
    assert body.count("\n\n") == 3 and "#" not in body

    # page 3: uncaptioned photo first, pasted span, subheading, PDF download, one comment
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "18/2/2025"
    assert truth["published"] == "2025-02-18" and truth["author"] is None
    for mark in ('<span class="date-text">\n18/2/2025\n</span>', ">1 تعليق</a>",
                 '<div class="blog-content">\n<div><div class="wsite-image wsite-image-border-none',
                 '<div style="display:block;font-size:90%"></div>',
                 '<br /><br /><span style="color:rgb(42, 42, 42)">وشملت الأعمال',
                 '<h2 class="wsite-content-title" style="text-align:right;">أثر مباشر على مربي '
                 "المواشي</h2>", '<div class="wsite-file"><div class="wsite-file-inner">',
                 '<span class="wsite-file-name">wells-east-yatta-report-2025.pdf</span>',
                 'class="wsite-file-download" target="_blank">تحميل الملف</a>',
                 '<div class="blogCommentDate">20/2/2025 01:30:14 pm</div>'):
        assert mark in html, mark
    assert "wsite-youtube" not in html and "أخبار مختارة" not in html
    assert CHROME | {"18/2/2025", "1 تعليق", "wells-east-yatta-report-2025.pdf", "تحميل الملف",
                     "اقرأ أيضاً:", "نماء تنشر تقريرها السنوي لعام 2024", "أبو خليل الجبارين",
                     "20/2/2025 01:30:14 pm", "الفئات: الأمن المائي, الزراعة البعلية, المنطقة ج"
                     } <= chrome
    body = truth["body"]
    assert body.startswith("أنجزت جمعية نماء تأهيل 12 بئراً لجمع مياه الأمطار")
    assert body.endswith("بفحوص دورية بالتعاون مع سلطة المياه.") and body.count("\n\n") == 5
    assert "\n\nأثر مباشر على مربي المواشي\n\n" in body and "تحميل" not in body
