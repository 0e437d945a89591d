"""Traits of the zoho_sites_blog family (unseen31): the news pages of an Omani environmental
NGO on Zoho Sites: the `schemagenerator` BlogPosting JSON-LD (UTC `Z` times), the header
container with topbar, branding and `theme-menu`, the blog post header area (author, Zoho's
"dd.MM.yy hh:mm" date in Muscat time), the `blogpost-container` with the builder's
zpsection/zprow/zpelem-col/zpelement markup, the post footer area (category, tags, share),
post navigation, Zoho's comment section, the sidebar and the footer builder sections."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "zoho_sites_blog"
HOST = "https://zoho-oman-bia.example"
COMMON = ('<!DOCTYPE html><html lang="ar" dir="rtl">',
          '<script type="application/ld+json" id="schemagenerator">', '"@type": "BlogPosting"',
          "https://static.zohocdn.com/sites/zsite-core/css/zsite-core-rtl.min.css",
          "/dist/css/theme-style-rtl.css", 'window.zs_resource_type="blogpost"',
          '<div class="theme-skip-to-needed-content">',
          'data-headercontainer="zptheme-data-headercontainer"',
          'class="zpheader-style-01 theme-header-fixed theme-mobile-header-style-01"',
          '<div class="theme-header-topbar zpdark-section zpdark-section-bg">',
          'class="theme-branding-info"', '<div class="theme-navigation-and-icons">',
          '<li class="theme-menu-item theme-menu-selected"',
          '<span class="theme-menu-name" data-theme-menu-name="الأخبار">الأخبار</span>',
          'class="theme-content-area"', '<div class="theme-blog-container theme-post-active">',
          '<div class="theme-blog-part theme-blog-post-header-area">',
          '<h1 class="theme-blog-heading">', '<div class="theme-blog-author-date-container">',
          '<span class="theme-blog-author">بواسطة <a href="/blogs/author/',
          '<div class="theme-blog-part theme-blog-post-content">'
          '<div class="zpcontent-container blogpost-container ">',
          'data-element-type="section" class="zpsection ',
          'data-element-type="row" class="zprow zprow-container',
          'data-element-type="column" class="zpelem-col zpcol-12 zpcol-md-12 zpcol-sm-12',
          'data-element-type="text" class="zpelement zpelem-text "><style></style>'
          '<div class="zptext zptext-align-right " data-editor="true"><p>',
          '<div class="theme-blog-part theme-blog-post-footer-area">',
          '<span class="theme-blog-category-label">الفئة:</span>',
          '<a href="/blogs/tag/', '<div class="theme-blog-share">',
          '<div class="theme-blog-post-navigation">',
          '<div data-element-type="section" class="zpsection theme-single-blog-comment-container">',
          '<form class="theme-blog-comment-form"',
          'class="theme-sidebar-area zpcol-md-4 zpcol-sm-12"',
          '<div class="zpcontent-container sidebar-container ">',
          '<div class="theme-blog-category-container theme-blog-rss-feed">',
          'class="theme-footer-area zpdark-section zpdark-section-bg"',
          '<div class="zpcontent-container footer-container ">',
          'data-element-type="socialLinks" class="zpelement zpelem-sociallinks "',
          'class="zpelement zpelem-form "')
CHROME = {"تخطي إلى المحتوى الرئيسي", "+968 2456 7810", "info@sawn-oman.example",
          "جمعية صون البيئة العُمانية", "الرئيسية", "من نحن", "برامجنا", "الأخبار",
          "تطوع معنا", "اتصل بنا", "الفئة:", "الوسوم:", "شارك المنشور", "المنشور السابق", "بحث",
          "المنشورات الأخيرة", "الفئات", "أخبار الجمعية (31)", "اشترك في خلاصة RSS",
          "عن الجمعية", "تواصل معنا", "مسقط، سلطنة عُمان - ص.ب 1420، الرمز البريدي 130",
          "النشرة البريدية", "اشترك في نشرتنا الشهرية لتصلك أخبار البرامج وأيام التطوع.",
          "تابعنا", "سياسة الخصوصية", "شروط الاستخدام", "اترك تعليقا", "الاسم *",
          "التعليق *", "إرسال التعليق"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    assert truth["url"].startswith(f"{HOST}/blogs/post/")
    return html, truth, set(truth["must_not_contain"])


def test_unseen31_traits_zoho_sites_blog() -> None:
    # page 1: a writer's field report, in-text image with caption, a heading element, 2 comments
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "16.07.24 10:20 ص"
    assert truth["published"] == "2024-07-16" and truth["author"] == "مريم بنت سالم الحارثية"
    for mark in ('"datePublished": "2024-07-16T06:20:00Z"',
                 '<span class="theme-blog-date">16.07.24 10:20 ص</span>',
                 'data-element-type="image" class="zpelement zpelem-image "',
                 '<figcaption class="zpimage-caption zpimage-caption-align-center">'
                 '<span class="zpimage-caption-content">متطوعة تسجل بيانات عش جديد على شاطئ '
                 "رأس الحد</span>",
                 '<h2 class="zpheading zpheading-style-none zpheading-align-right " '
                 'data-editor="true">أسباب التفاؤل الحذر</h2>',
                 '<ul class="theme-blog-comment-list">', 'property="og:image"',
                 '<div class="theme-blog-post-next">', "© 2024 جمعية صون البيئة العُمانية"):
        assert mark in html, mark
    assert "zpelem-video" not in html and "<blockquote" not in html
    assert html.index("الفاشلة.</p>") < html.index("zpelem-image") \
        < html.index("أسباب التفاؤل الحذر</h2>")
    assert CHROME | {"بواسطة مريم بنت سالم الحارثية", "مريم بنت سالم الحارثية",
                     "16.07.24 10:20 ص", "الحياة الفطرية", "السلاحف البحرية", "التطوع البيئي",
                     "متطوعة تسجل بيانات عش جديد على شاطئ رأس الحد", "المنشور التالي",
                     "ورشة لطلبة المدارس حول حماية الشعاب المرجانية", "التعليقات (2)",
                     "أحمد الغيلاني", "16.07.24 02:40 م", "سلمى العامرية",
                     "زرنا رأس الجنز الأسبوع الماضي وكانت التجربة منظمة ورائعة.",
                     "دليل المتطوع الجديد في برامج الرصد الساحلي"} <= chrome
    body = truth["body"]
    assert body.startswith("رصد فريق المتطوعين التابع للجمعية")
    assert body.endswith("وتوصيات لحمايتها من التوسع العمراني.")
    assert body.count("\n\n") == 5 and "\n\nأسباب التفاؤل الحذر\n\n" in body

    # page 2: the media office's announcement at 01:40 Muscat time: UTC falls on the day before
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "21.11.24 01:40 ص"
    assert truth["published"] == "2024-11-21" and truth["author"] is None
    for mark in ('"datePublished": "2024-11-20T21:40:00Z"',
                 '<a href="/blogs/author/media-office" data-zs-author-name>المكتب الإعلامي</a>',
                 '<div class="theme-blog-no-comment">', "<h3 class=\"theme-blog-comment-heading\">"
                 "التعليقات (0)</h3>"):
        assert mark in html, mark
    for absent in ("zpelem-image", "zpelem-video", "zpelem-heading \"><style></style><h2",
                   "og:image", '<ul class="theme-blog-comment-list">'):
        assert absent not in html, absent
    assert CHROME | {"بواسطة المكتب الإعلامي", "المكتب الإعلامي", "21.11.24 01:40 ص",
                     "تنظيف الشواطئ", "لا توجد تعليقات بعد. كن أول من يعلق.",
                     "يوم مفتوح للأسر في مشتل الجمعية بالعامرات",
                     "الجمعية توقع مذكرة تعاون مع بلدية مسقط"} <= chrome
    body = truth["body"]
    assert body.startswith("تدعو الجمعية أفراد المجتمع إلى المشاركة")
    assert body.endswith("وبقايا شباك صيد جرفتها الأمواج إلى الشاطئ.")
    assert body.count("\n\n") == 4 and 120 <= len(body.split()) <= 128

    # page 3: a quote the text introduces (blockquote), a YouTube video element with a caption
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "04.02.25 04:05 م"
    assert truth["published"] == "2025-02-04" and truth["author"] == "خالد بن حمد البلوشي"
    for mark in ('"datePublished": "2025-02-04T12:05:00Z"',
                 'data-element-type="video" class="zpelement zpelem-video "',
                 "//www.youtube.com/embed/Qm7rT2vLw9A?enablejsapi=1", "<blockquote",
                 '<div class="theme-blog-post-next"></div>', "التعليقات (1)</h3>",
                 "© 2025 جمعية صون البيئة العُمانية"):
        assert mark in html, mark
    assert "zpimage-caption" not in html
    assert html.index("<blockquote") < html.index("zpelem-video") \
        < html.index("<p>وتعتمد الجمعية في متابعة")
    assert CHROME | {"بواسطة خالد بن حمد البلوشي", "04.02.25 04:05 م", "المحميات الطبيعية",
                     "التشجير", "فيديو: لقطات من يومي الغرس في محمية القرم الطبيعية",
                     "يوسف الكندي", "04.02.25 05:40 م",
                     "مبادرة تستحق الدعم، نتمنى أن تشمل خور صلالة أيضا.",
                     "الطيور المهاجرة تعود إلى خور الملح مع بداية الشتاء"} <= chrome
    body = truth["body"]
    assert body.startswith("اختتمت الجمعية أمس المرحلة الثالثة")
    assert body.endswith("مسؤولية مشتركة بين المؤسسات والأفراد.")
    assert body.count("\n\n") == 7 and '\n\n"أشجار القرم ليست مجرد غطاء أخضر' in body
    assert "فيديو:" not in body
