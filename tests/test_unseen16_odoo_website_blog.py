"""The traits the unseen16 family odoo_website_blog is there for: a Saudi chamber of commerce's
news on the Odoo 17 Website Blog app: the RTL `ar-001` page with Odoo's generator meta, naive UTC
`article:published_time`, `/web/assets` bundles and `__session_info__`, the `o_header_standard`
navbar with the `js_language_selector`, the full-width record cover holding
`h1#o_wblog_post_name` and the subtitle, the body as editor snippets inside
`.o_wblog_post_content_field.o_wblog_read_text`, the tags strip, the sidebar (author, Babel's
Arabic long date in Riyadh time, share links, tags, blogs, archive select), the read-next cover
and the `o_footer` with its copyright and "مشغل بواسطة" line."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "odoo_website_blog"
COMMON = ('<meta name="generator" content="Odoo">', '<meta property="og:type" content="article">',
          '<meta name="twitter:card" content="summary_large_image">',
          '<meta property="og:site_name" content="غرفة الشمال للتجارة والصناعة">',
          'web.assets_frontend.rtl.min.css">', 'web.assets_frontend_minimal.min.js"',
          '<script id="web.layout.odooscript" type="text/javascript">',
          'odoo.__session_info__ = {"is_admin": false',
          '"bundle_params": {"lang": "ar_001", "website_id": 1}',
          '<div id="wrapwrap" class="   o_rtl">',
          '<header id="top" data-anchor="true" data-name="Header" class="  o_header_standard">',
          '<ul id="top_menu" role="menu" class="nav navbar-nav top_menu o_menu_loading me-auto">',
          '<a role="menuitem" href="/blog" class="nav-link active"><span>المركز الإعلامي</span>',
          '<div class="js_language_selector  dropdown d-print-none">',
          'data-url_code="en" title="English (US)">', 'class="o_header_mobile_buttons_wrap',
          '<div id="wrap" class="js_blog website_blog">', '<section id="o_wblog_post_top">',
          'class="o_record_cover_container d-flex flex-column h-100',
          '<div class="o_record_cover_component o_record_cover_image "',
          '<div class="o_wblog_post_title  ">', '<h1 id="o_wblog_post_name"',
          '<div id="o_wblog_post_subtitle"', '<div class="mx-auto o_wblog_read_with_sidebar">',
          '<div id="o_wblog_post_content" class="o_container_small mx-0 w-100 flex-shrink-0">',
          '<nav aria-label="التتبع" class="breadcrumb flex-nowrap',
          'class="o_wblog_post_content_field   o_wblog_read_text"><section class="s_text_block',
          '<div class="o_wblog_post_tags css_editable_mode_hidden text-muted">',
          '<a class="badge border me-1 post_link"', '<div id="o_wblog_post_sidebar">',
          'class="img img-fluid rounded-circle o_wblog_author_avatar_date me-2"',
          '<div class="o_wblog_social_links d-flex flex-wrap mx-n1 o_not_editable">',
          '<select name="archive" oninput="location = this.value;" class="form-select">',
          '<option unselected="true" value="/blog/', '<div id="o_wblog_next_container"',
          'title="قراءة التالي"', 'class="o_footer o_colored_level o_cc "',
          '<span class="o_footer_copyright_name me-2">حقوق النشر © غرفة الشمال للتجارة والصناعة',
          '<div class="o_brand_promotion">', 'src="/web/static/img/odoo_logo_tiny.png"')
CHROME = {"التخطي إلى المحتوى", "الرئيسية", "عن الغرفة", "خدمات المنتسبين", "المركز الإعلامي",
          "الفعاليات", "اتصل بنا", "الْعَرَبيّة", "English (US)", "تسجيل الدخول", "تواصل معنا",
          "كافة المدونات", "شارك هذا المنشور", "علامات التصنيف", "مدوناتنا", "الأرشيف",
          "-- كافة التواريخ", "روابط مهمة", "دليل المنتسبين", "سياسة الخصوصية",
          "media@ghurfat-altijara.example", "+966 14 662 1000",
          "حقوق النشر © غرفة الشمال للتجارة والصناعة", "مشغل بواسطة",
          "أنشئ موقعاً إلكترونياً مجانياً"}


def _common(n: int) -> tuple[str, dict, set]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    assert "قراءة التالي" not in truth["must_not_contain"]  # a title attribute only
    return html, truth, set(truth["must_not_contain"])


def test_unseen16_traits_odoo_website_blog() -> None:
    html, truth, chrome = _common(1)
    assert html.startswith('<!DOCTYPE html>\n<html lang="ar-001" dir="rtl" data-website-id="1" '
                           'data-main-object="blog.post(41,)">')
    assert truth["published_shown"] == "12 مايو 2024"
    assert truth["published"] == "2024-05-12" and truth["author"] == "ريم العنزي"
    for mark in ('<meta property="article:published_time" content="2024-05-12 07:30:00">',
                 '<meta name="keywords" content="منتدى الشمال،',
                 '/blog/news-1/north-investment-forum-2024-41">',
                 '<span>ريم العنزي</span>\n                    <small>12 مايو 2024</small>',
                 'data-snippet="s_image_text"', 'data-original-id="2230"',
                 '<p class="text-center mt-2"><em><font class="text-600">جانب من الجلسة',
                 'عروض عن <b>38 فرصة استثمارية</b> جاهزة',
                 '<blockquote class="s_blockquote s_blockquote_classic blockquote o_animable',
                 '<div class="s_blockquote_content o_cc1">\n                <p>«ما تحقق',
                 'id="o_wblog_post_content_jump"', '<optgroup label="2025">'):
        assert mark in html, mark
    assert CHROME | {"12 مايو 2024", "ريم العنزي", "مايو 2024", "فبراير 2025", "الأخبار",
                     "في الأخبار", "التقارير الاقتصادية",
                     "38 فرصة استثمارية في الطاقة والتعدين والخدمات اللوجستية على طاولة المستثمرين",
                     "الغرفة تستقبل وفدا من رجال الأعمال الأردنيين لبحث فرص التبادل التجاري",
                     "لقاءات ثنائية مع 30 شركة أردنية في مقر الغرفة بعرعر",
                     "جانب من الجلسة الختامية لمنتدى الشمال للاستثمار في مركز المعارض بعرعر. "
                     "تصوير: وحدة التصوير بالغرفة"} <= chrome
    body = truth["body"]
    assert body.startswith("اختتم منتدى الشمال للاستثمار أعمال دورته الثالثة في مدينة عرعر")
    assert body.endswith("فرص الاستثمار في الزراعة والصناعات التحويلية.")
    assert body.count("\n\n") == 6 and "\n\n«ما تحقق في هذه الدورة" in body
    assert "تصوير" not in body

    html, truth, chrome = _common(2)
    # posted at 00:40 Riyadh time: the meta's naive UTC time is on the 2nd, the page shows the 3rd
    assert truth["published_shown"] == "3 سبتمبر 2024"
    assert truth["published"] == "2024-09-03" and truth["author"] is None
    for mark in ('data-main-object="blog.post(57,)"',
                 '<meta property="article:published_time" content="2024-09-02 21:40:00">',
                 '<link rel="canonical" href="https://ghurfat-altijara.example/blog/news-1/57">',
                 '<span>المركز الإعلامي</span>\n                    <small>3 سبتمبر 2024</small>',
                 'قبل <b>ستة أشهر على الأقل</b>، داعين',
                 '<p><br></p>\n    </div>\n</section></div>',
                 'بعنوان "الاستعداد لمرحلة الربط والتكامل"', 'cover_auto o_record_has_cover'):
        assert mark in html, mark
    assert "<img src=\"/web/image/2" not in html and "s_blockquote" not in html
    assert "o_wblog_post_content_jump" not in html and "keywords" not in html
    assert CHROME | {"3 سبتمبر 2024", "سبتمبر 2024", "ورش العمل", "في الأخبار",
                     "مواعيد الدوام الصيفي لفروع الغرفة في المحافظات",
                     "مختصون يشرحون متطلبات المرحلة الثانية للمنشآت الصغيرة والمتوسطة"} <= chrome
    body = truth["body"]
    assert body.startswith("نظمت الغرفة أمس الاثنين ورشة عمل تعريفية")
    assert body.endswith("ورشة مماثلة في محافظة رفحاء خلال الشهر الجاري.")
    assert body.count("\n\n") == 3 and 120 <= len(body.split()) <= 130

    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "27 يناير 2025"
    assert truth["published"] == "2025-01-27" and truth["author"] is None
    for mark in ('data-main-object="blog.post(63,)"',
                 '<meta property="article:published_time" content="2025-01-27 10:05:00">',
                 '<li class="breadcrumb-item"><a href="/blog/reports-2">التقارير الاقتصادية</a>',
                 '<div>في <a href="/blog/reports-2"><b>التقارير الاقتصادية</b></a></div>',
                 '<h3>قطاع التجزئة في الصدارة</h3>',
                 '<a href="https://business.sa/" target="_blank">منصة المركز السعودي للأعمال</a>',
                 '<p style="text-align: justify;">', 'alt="إنفوغرافيك السجلات التجارية الجديدة"',
                 '<span>المركز الإعلامي</span>\n                    <small>27 يناير 2025</small>'):
        assert mark in html, mark
    assert "<em><font" not in html and "s_blockquote" not in html
    assert CHROME | {"27 يناير 2025", "يناير 2025", "أبريل 2024", "مؤشرات اقتصادية",
                     "في التقارير الاقتصادية", "الأخبار",
                     "مؤشر ثقة قطاع الأعمال في المنطقة يسجل أعلى مستوى منذ عامين",
                     "التقرير الربعي لمركز المعلومات والدراسات بالغرفة"} <= chrome
    assert "مايو 2024" not in chrome  # the reports blog's archive has its own months
    body = truth["body"]
    assert body.startswith("أظهر التقرير الاقتصادي الربعي الذي أصدره مركز المعلومات")
    assert body.endswith("لا تباشر نشاطها الفعلي خلال الأشهر الستة الأولى.")
    assert body.count("\n\n") == 5 and "\n\nقطاع التجزئة في الصدارة\n\n" in body
