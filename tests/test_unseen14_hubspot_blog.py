"""The traits the unseen14 family hubspot_blog is there for: a Dubai fintech's Arabic newsroom
on HubSpot CMS, its story inside `span#hs_cos_wrapper_post_body` among HubSpot's wrappers
(drag-and-drop rows, menu, blog subscribe form, post listing and filter, cookie banner), an
image caption and a CTA button written inside the post body, and HubSpot's raw UTC datetime
against the Dubai day the reader sees."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "hubspot_blog"
COMMON = ('<html lang="ar" dir="rtl">', '<meta name="generator" content="HubSpot"></head>',
          'hs-blog-post hs-content-path-ar-news-', 'hs-blog-id-98234117650',
          '<div class="header-container-wrapper">', '<div class="body-container-wrapper">',
          '<div class="footer-container-wrapper">',
          'class="row-fluid-wrapper row-depth-1 row-number-1 "',
          'class="hs-menu-wrapper active-branch flyouts hs-menu-flow-horizontal"',
          'class="hs-menu-children-wrapper"', 'hs_cos_wrapper_type_module widget-type-logo',
          'widget-type-blog_content', '<h1 class="blog-post__title"><span id="hs_cos_wrapper_name"',
          '<div class="blog-post__meta">', 'class="blog-post__timestamp">',
          '<span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field '
          'hs_cos_wrapper_type_rich_text"', '<div class="blog-post__tags">',
          'class="blog-post__tag-link"', 'hs_cos_wrapper_type_social_sharing',
          'class="blog-recent-posts__post"', 'widget-type-blog_subscribe',
          'class="hs-form stacked hs-form-private', 'hs_cos_wrapper_type_post_listing',
          'hs_cos_wrapper_type_post_filter',
          '<span class="filter-link-count" dir="ltr">(31)</span>',
          'hs_cos_wrapper_type_rich_text" style="" data-hs-cos-general-type="widget"',
          '<!-- HubSpot performance collection script -->', 'id="hs-script-loader"',
          '_hsq.push(["setContentType", "blog-post"]);', '<div id="hs-eu-cookie-confirmation"',
          '"@type" : "BlogPosting"')
CHROME = {"الحلول", "بوابة الدفع الإلكتروني", "محفظة وصلة", "تسجيل الدخول", "افتح حسابك",
          "الرئيسية", "غرفة الأخبار", "آخر أخبار وصلة باي وبياناتها الصحفية وتحديثات منتجاتها",
          "الوسوم:", "شارك الخبر", "أخبار ذات صلة", "اقرأ المزيد", "اشترك في أخبار وصلة باي",
          "البريد الإلكتروني",
          "يمكنك إلغاء الاشتراك في أي وقت. لمزيد من المعلومات، راجع سياسة الخصوصية.",
          "الأكثر قراءة", "المواضيع", "بيانات صحفية (31)", "عرض الكل", "للتواصل الإعلامي",
          "media@waslapay.example", "+971 4 555 0192", "مركز المساعدة", "الشروط والأحكام",
          "© 2024 وصلة باي. جميع الحقوق محفوظة.", "قبول", "رفض",
          "إعدادات ملفات تعريف الارتباط",
          "وصلة باي ش.ذ.م.م مرخصة من مصرف الإمارات العربية المتحدة المركزي لتقديم تسهيلات "
          "القيم المخزنة"}


def test_unseen14_traits_hubspot_blog() -> None:
    html, truth = _page(NAME, 1)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    assert truth["published_shown"] == "12 مارس 2024"
    assert truth["published"] == "2024-03-12" and truth["author"] == "ريم الشامسي"
    assert '<time datetime="2024-03-12 06:15:00" class="blog-post__timestamp">' in html
    assert '"datePublished" : "2024-03-12T06:15:00.000Z"' in html
    for mark in ('<span class="blog-post__author-label">بقلم</span>',
                 'class="blog-post__author-name" href="/ar/news/author/reem-alshamsi">ريم الشامسي',
                 "<strong>ترخيص تسهيلات القيم المخزنة</strong>", "</p>\n<!--more-->\n<p>",
                 "/hs-fs/hubfs/Newsroom/2024/waslapay-svf-licence-ceo.jpg?width=1200",
                 '<p style="font-size: 13px; text-align: center;"><em>سالم الكتبي، المؤسس',
                 "<h2>إطلاق تجريبي في الربع الثاني</h2>", 'href="https://www.centralbank.ae/ar/',
                 'class="lang_switcher_link" data-language="en"', 'hreflang="en"',
                 '<div class="blog-post__author-bio">'):
        assert mark in html, mark
    # the caption sits inside the post body, between two story paragraphs
    body_html = html.split('id="hs_cos_wrapper_post_body"')[1].split("</span>\n</div>")[0]
    assert "<em>سالم الكتبي، المؤسس" in body_html
    assert CHROME | {"بقلم", "ريم الشامسي", "12 مارس 2024", "دقيقتان للقراءة", "English",
                     "سالم الكتبي، المؤسس والرئيس التنفيذي لوصلة باي، خلال الإعلان عن الترخيص "
                     "في دبي",
                     "نبذة عن الكاتبة", "تراخيص", "المحافظ الإلكترونية", "إعلانات الشركة",
                     "وصلة باي تفتتح مكتبها الجديد في مركز دبي المالي العالمي",
                     "27 فبراير 2024"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلنت شركة وصلة باي للتقنيات المالية، ومقرها دبي")
    assert body.endswith("للشركات الصغيرة والمتوسطة.") and body.count("\n\n") == 6
    assert "\n\nإطلاق تجريبي في الربع الثاني\n\nوتعتزم الشركة" in body

    html, truth = _page(NAME, 2)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    # posted 00:40 Dubai time: the page shows 21 May, HubSpot's UTC datetime says 20 May
    assert truth["published_shown"] == "21 مايو 2024"
    assert truth["published"] == "2024-05-21" and truth["author"] is None
    assert '<time datetime="2024-05-20 20:40:00" class="blog-post__timestamp">' in html
    assert '"datePublished" : "2024-05-20T20:40:00.000Z"' in html and '"author"' not in html
    assert "blog-post__author" not in html and "lang_switcher" not in html and "<em>" not in html
    for mark in ("<title>وصلة باي تضيف سداد رسوم الخدمات الحكومية إلى تطبيقها | وصلة باي</title>",
                 '<div class="blog-post__featured-image"><img', "بيومين.&nbsp;</p>",
                 '<span class="hs-cta-wrapper" id="hs-cta-wrapper-5c1e9a70',
                 'class="cta_button "', 'title="حمّل التطبيق الآن">حمّل التطبيق الآن</a>'):
        assert mark in html, mark
    assert html.index("ويمكن تحديثه مباشرة") < html.index("hs-cta-wrapper") < html.index(
        '<div class="blog-post__tags">')
    assert CHROME | {"21 مايو 2024", "دقيقة واحدة للقراءة", "حمّل التطبيق الآن", "أخبار المنتجات",
                     "تحديثات التطبيق", "سداد الرسوم", "4 مايو 2024",
                     "خمس ميزات جديدة في تطبيق وصلة باي هذا الربيع"} <= chrome
    body = truth["body"]
    assert body.startswith("أضافت وصلة باي خدمة جديدة إلى تطبيقها")
    assert body.endswith("من متجري التطبيقات.") and body.count("\n\n") == 4

    html, truth = _page(NAME, 3)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    assert truth["published_shown"] == "3 سبتمبر 2024"
    assert truth["published"] == "2024-09-03" and truth["author"] is None
    assert '<time datetime="2024-09-03 10:30:00" class="blog-post__timestamp">' in html
    assert "featured-image\"><img" not in html and "<!--more-->" not in html
    for mark in ('<p style="text-align: justify;">وقعت وصلة باي اتفاقية شراكة',
                 '<div class="hs-embed-wrapper" data-service="youtube"',
                 "<blockquote>\n<p>«ما زال نحو ثلث طلبات", '<p style="text-align: justify;"><span>',
                 'class="hs-cta-img"', 'alt="سجّل متجرك مجانا"'):
        assert mark in html, mark
    assert html.index("بدء التشغيل.</p>") < html.index("hs-embed-wrapper") < html.index(
        "<blockquote>")
    assert CHROME | {"3 سبتمبر 2024", "شراكات", "الدفع عند الاستلام", "الخدمات اللوجستية",
                     "التجارة الإلكترونية", "14 أغسطس 2024", "شراكات (17)",
                     "تقرير: نمو المدفوعات الرقمية للمتاجر الصغيرة في الإمارات"} <= chrome
    assert "سجّل متجرك مجانا" not in chrome  # the image CTA's words are only its alt text
    body = truth["body"]
    assert body.startswith("وقعت وصلة باي اتفاقية شراكة مع شركة مسار للتوصيل السريع")
    assert body.endswith("في الربع الأول من عام 2025.") and body.count("\n\n") == 5
    assert "\n\n«ما زال نحو ثلث طلبات المتاجر الإلكترونية" in body
