"""Traits of the wp_soledad_magazine family (WordPress + Soledad + Yoast, Kuwaiti magazine)."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "wp_soledad_magazine"
HOST = "https://soledad-mag-kw.example"
COMMON = ('<!DOCTYPE html>\n<html dir="rtl" lang="ar">',
          "<!-- This site is optimized with the Yoast SEO plugin v23.4",
          '<meta property="og:locale" content="ar_AR" />',
          '<script type="application/ld+json" class="yoast-schema-graph">',
          "wp-content/themes/soledad/main.css?ver=8.4.5", "themes/soledad/rtl.css?ver=8.4.5",
          "soledad-ver-8-4-5", 'class="wrapper-boxed header-style-header-6',
          '<header id="header" class="header-header-6 has-bottom-line"',
          '<ul id="menu-main-menu" class="menu">', '<nav id="sidebar-nav" class="header-6"',
          '<div class="penci-single-wrapper">', '<div class="penci-single-block">',
          '<div class="container penci-breadcrumb single-breadcrumb">',
          '<span><a class="crumb" href="' + HOST + '/">الرئيسية</a></span><i class="penci-faicon '
          'fa fa-angle-right" ></i>', 'container container-single penci_sidebar right-sidebar',
          '<div class="header-standard header-classic single-header">',
          '<div class="penci-standard-cat penci-single-cat"><span class="cat">',
          '<h1 class="post-title single-post-title entry-title">',
          '<div class="penci-hide-tagupdated">', '<div class="post-box-meta-single">',
          '<span class="author-post byline"><span class="author vcard">بقلم ',
          '<div class="post-entry blockquote-style-1">',
          '<div class="inner-post-entry entry-content" id="penci-post-entry-inner">',
          '<div class="penci-single-link-pages">', '<div class="post-tags">',
          "tags-share-box single-post-share tags-share-box-s1", '<span class="dt-share">Facebook',
          '<div class="post-author abio-style-1', '<div class="post-pagination">',
          '<div class="prev-post-title"><span>المقال السابق</span></div>',
          '<div class="post-related">', '<h4 class="post-box-title">قد يعجبك أيضاً</h4>',
          'class="item-related swiper-slide"', '<div id="respond" class="comment-respond">',
          '<div id="sidebar" class="penci-sidebar-right penci-sidebar-content',
          '<h3 class="widget-title penci-border-arrow"><span class="inner-arrow">أحدث المقالات',
          '<ul id="penci-latestwg-', '<div class="footer-instagram footer-instagram-html">',
          '<div id="sb_instagram" class="sbi', '<footer id="footer-section"',
          '<div id="footer-copyright">', "var ajax_var_penci", "js/libs-script.min.js?ver=8.4.5")
CHROME = {"الرئيسية", "ثقافة", "موضة", "مذاقات", "سفر", "صحة وجمال", "مجتمع", "مجلة ليوان",
          "مجلة كويتية للثقافة ونمط الحياة", "Facebook", "Twitter", "Pinterest", "Whatsapp",
          "Email", "Instagram", "Youtube", "المقال السابق", "المقال التالي", "قد يعجبك أيضاً",
          "اترك تعليقاً", "إلغاء الرد", "عن المجلة", "تابعونا", "أحدث المقالات", "الأكثر قراءة",
          "تابعوا @liwan.mag", "تابعنا على إنستغرام", "العودة للأعلى",
          "دليلك إلى أجمل المقاهي المختصة في منطقة الشامية",
          "كيف تختارين ألوان العباءة المناسبة لبشرتك؟"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen24_traits_wp_soledad_magazine() -> None:
    # page 1: named writer, captioned featured image, bold phrase, h2 subheading, 2 comments
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "12 مارس 2024"
    assert truth["published"] == "2024-03-12" and truth["author"] == "نوف العنزي"
    for mark in ("<title>مصممات كويتيات يعدن السدو إلى الواجهة في معرض &quot;خيوط البادية&quot; "
                 "بالشويخ - مجلة ليوان</title>",
                 '<meta property="article:published_time" content="2024-03-12T08:20:00+00:00" />',
                 '"datePublished": "2024-03-12T08:20:00+00:00"',
                 '<time class="entry-date published" datetime="2024-03-12T11:20:00+03:00">12 مارس '
                 "2024</time>", f'href="{HOST}/author/nouf-alenezi/">نوف العنزي</a>',
                 '<div class="penci-featured-caption">قطعة سدو معاصرة',
                 "<strong>الطلب على القطع المنسوجة يدويا تضاعف</strong>",
                 '<h2 class="wp-block-heading">من الخيمة إلى غرفة الجلوس</h2>',
                 '<h4 class="post-box-title">2 تعليقات</h4>', '<div class="thecomment">',
                 "والحوار...</a></h3>", "© 2024 مجلة ليوان."):
        assert mark in html, mark
    assert "wp-block-image" not in html and "article:modified_time" not in html
    assert CHROME | {"بقلم نوف العنزي", "نوف العنزي", "12 مارس 2024", "2 تعليقات",
                     "قطعة سدو معاصرة بألوان الأحمر والأسود من أعمال المشاركات في المعرض",
                     "كيف تحولت الدواوين القديمة إلى مساحات للقراءة والحوار...", "أم فهد",
                     "12 مارس 2024 - 12:55 م", "الحرف التقليدية",
                     "موسم التخييم يعود إلى الصبية مع اشتراطات جديدة",
                     "© 2024 مجلة ليوان. جميع الحقوق محفوظة."} <= chrome
    body = truth["body"]
    assert body.startswith("افتتح في منطقة الشويخ مساء الأحد معرض \"خيوط البادية\"")
    assert body.endswith("والدخول مجاني لجميع الزوار.") and body.count("\n\n") == 6
    assert "\n\nمن الخيمة إلى غرفة الجلوس\n\n" in body and "بقلم" not in body

    # page 2: staff account, 00:50 Kuwait time (Yoast's UTC instant is 20 August), no image
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "21 أغسطس 2024"
    assert truth["published"] == "2024-08-21" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2024-08-20T21:50:00+00:00" />',
                 '<time class="entry-date published" datetime="2024-08-21T00:50:00+03:00">21 '
                 "أغسطس 2024</time>", f'href="{HOST}/author/liwan-team/">فريق التحرير</a>',
                 f'<a href="{HOST}/go/restaurant-week/" target="_blank" rel="noopener">اللجنة '
                 "المنظمة للأسبوع</a>", '<span class="single-comment-o"><i class="penci-faicon fa '
                 'fa-comment-o" ></i>0 تعليقات</span>'):
        assert mark in html, mark
    for absent in ('<div class="post-image">', 'id="comments"', "penci-featured-caption",
                   "og:image", "article:modified_time"):
        assert absent not in html, absent
    assert CHROME | {"بقلم فريق التحرير", "فريق التحرير", "21 أغسطس 2024", "0 تعليقات",
                     "مقاه مختصة جديدة على شاطئ الشويخ", "حساب هيئة تحرير مجلة ليوان."} <= chrome
    body = truth["body"]
    assert body.startswith("تنطلق بعد غد الجمعة فعاليات أسبوع المطاعم المحلية")
    assert body.endswith("خصوصا في عطلتي نهاية الأسبوع.") and body.count("\n\n") == 3

    # page 3: staff account, uncaptioned featured image, in-content figure, edited next day
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "27 يناير 2025"
    assert truth["published"] == "2025-01-27" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2025-01-27T14:45:00+00:00" />',
                 '<meta property="article:modified_time" content="2025-01-28T17:55:00+00:00" />',
                 '<div class="post-image">', '<figure class="wp-block-image size-large">',
                 '<figcaption class="wp-element-caption">تصميم من المجموعة يحمل نقشا',
                 '<h4 class="post-box-title">1 تعليق</h4>', "© 2025 مجلة ليوان."):
        assert mark in html, mark
    assert "penci-featured-caption" not in html and "<strong>" not in html
    assert CHROME | {"بقلم فريق التحرير", "27 يناير 2025", "1 تعليق", "سارة م.",
                     "تصميم من المجموعة يحمل نقشا مأخوذا عن باب خشبي في حي شرق",
                     "المعطف الأخضر رائع، متى يتوفر في المتجر؟", "مصممون كويتيون",
                     "© 2025 مجلة ليوان. جميع الحقوق محفوظة."} <= chrome
    body = truth["body"]
    assert body.startswith("كشفت دار الأزياء الكويتية \"نقش\" عن مجموعتها الشتوية")
    assert body.endswith("بالتعاون مع باحثين في التراث العمراني.") and body.count("\n\n") == 3
    assert "تصميم من المجموعة" not in body
