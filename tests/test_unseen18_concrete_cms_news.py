"""Traits of the concrete_cms_news family (unseen18): a Concrete CMS 9 university news entry
with the ccm-page wrapper, the page-title byline (local long date, "بقلم ..." on pages 1 and
3), content/image/youtube blocks, share and tags blocks, the next/previous wrapper, the
"أخبار أخرى" page list, the date navigation and Elemental's footer."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "concrete_cms_news"
HOST = "https://jamiat-alnakheel.example"
COMMON = ('<!DOCTYPE html>\n<html lang="ar" dir="rtl">',
          '<meta http-equiv="content-type" content="text/html; charset=UTF-8"/>',
          '<meta name="generator" content="Concrete CMS"/>',
          'var CCM_DISPATCHER_FILENAME = "/index.php";', 'var CCM_ACTIVE_LOCALE = "ar_EG";',
          '<meta property="og:type" content="article" />',
          '<link href="/concrete/css/features/imagery/frontend.css?ccm_nocache=',
          'page-type-blog-entry page-template-blog-entry">',
          f'<a href="{HOST}/" id="header-site-title">جامعة النخيل الأهلية</a>',
          '<nav class="ccm-responsive-navigation original"><ul>',
          f'<li class="nav-path-selected"><a href="{HOST}/news" target="_self" '
          'class="nav-path-selected">الأخبار</a></li>',
          '<form action="https://jamiat-alnakheel.example/search" method="get" '
          'class="ccm-search-block-form">',
          '<ol class="breadcrumb"><li class="breadcrumb-item">',
          '<div class="col-sm-8 col-content">\n                <div '
          'class="ccm-block-page-title-byline">\n    <h1 class="page-title">',
          '<h5>شارك هذه الصفحة</h5>', '<div class="ccm-block-share-this-page">\n    '
          '<ul class="list-inline">', 'aria-label="WhatsApp"><i class="fab fa-whatsapp"',
          '<div class="ccm-block-tags-wrapper">', '<h5>الوسوم</h5>',
          '<span class="ccm-block-tags-tag label">',
          '<div class="ccm-block-next-previous-wrapper">', '<h5>المقال السابق</h5>',
          '<p class="ccm-block-next-previous-parent-link">',
          '<div class="ccm-block-page-list-wrapper">', '<h5>أخبار أخرى</h5>',
          '<div class="ccm-block-page-list-date">', '</div><!-- end .ccm-block-page-list-pages -->',
          '<footer id="footer-theme">', 'class="ccm-block-social-links">',
          '<footer id="concrete5-brand">', 'Built with <a href="https://www.concretecms.org" '
          'class="Concrete CMS" rel="nofollow">ConcreteCMS</a>.',
          '<span id="ccm-account-menu-container"></span>')
CHROME = {"الرئيسية", "عن الجامعة", "الكليات", "القبول", "الأبحاث", "الأخبار", "اتصل بنا",
          "شارك هذه الصفحة", "الوسوم", "المقال السابق", "العودة إلى الأخبار", "أخبار أخرى",
          "المركز الإعلامي – جامعة النخيل الأهلية",
          "© 2025 جامعة النخيل الأهلية. جميع الحقوق محفوظة.", "الخريجون", "الوظائف",
          "خريطة الموقع", "سياسة الخصوصية",
          "طريق القاهرة – الإسكندرية الصحراوي، الكيلو 28، الجيزة", "الخط الساخن: 19723",
          "media@jamiat-alnakheel.example", "Built with ConcreteCMS.", "تسجيل الدخول"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    assert "application/ld+json" not in html and "published_time" not in html
    assert "datetime=" not in html
    return html, truth, set(truth["must_not_contain"])


def test_unseen18_traits_concrete_cms_news() -> None:
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "12 مايو 2024"
    assert truth["published"] == "2024-05-12" and truth["author"] == "منى عبد الرحيم"
    for mark in ('<div class="ccm-page ccm-page-id-4127 page-type-blog-entry',
                 "var CCM_CID = 4127;", "<title>جامعة النخيل الأهلية :: جامعة النخيل الأهلية "
                 "تفتتح مركزا لأبحاث تحلية المياه بالطاقة الشمسية</title>",
                 '<span class="page-date">\n    12 مايو 2024    </span>',
                 '<span class="page-author">\n    بقلم منى عبد الرحيم    </span>',
                 '<picture><!--[if IE 9]>', 'media="(min-width: 900px)" '
                 'class="ccm-image-block img-fluid bID-1433">',
                 'alt="الوحدة التجريبية للتحلية" class="ccm-image-block img-fluid bID-1433">'
                 "</picture>", 'ccm-custom-style-main-1434 news-image-caption"',
                 "<p><em>رئيس الجامعة ونائب الوزير", '<h5>المقال التالي</h5>',
                 '<div class="ccm-block-date-navigation-wrapper">',
                 'class="ccm-block-date-navigation-date-selected"',
                 '<meta property="og:image" content="https://jamiat-alnakheel.example/'
                 'application/files/3917/1550/2841/desalination-unit.jpg" />'):
        assert mark in html, mark
    assert "youtubeBlock" not in html and "<h3>" not in html
    assert CHROME | {"12 مايو 2024", "بقلم منى عبد الرحيم", "رئيس الجامعة ونائب الوزير يتفقدان "
                     "الوحدة التجريبية للتحلية خلال حفل الافتتاح (تصوير: وحدة التصوير بالجامعة)",
                     "مراكز بحثية", "مياه الشرب", "المقال التالي",
                     "ندوة حول مستقبل الزراعة الذكية في مصر بكلية العلوم",
                     "الجامعة تعلن مواعيد امتحانات الفصل الدراسي الثاني",
                     "كلية الهندسة تستضيف المؤتمر الدولي الخامس للمواد المتقدمة",
                     "10 مايو 2024 في 10:30 ص", "الأرشيف", "جميع الأخبار", "مايو 2024",
                     "فبراير 2024"} <= chrome
    body = truth["body"]
    assert body.startswith("افتتحت جامعة النخيل الأهلية صباح اليوم الأحد مركز أبحاث تحلية")
    assert body.endswith("قبل تعميم التجربة على مناطق أخرى.") and body.count("\n\n") == 6
    assert "تصوير" not in body and "بقلم" not in body

    # posted at 23:45 Cairo winter time (+02:00): the page shows 3 December
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "3 ديسمبر 2024"
    assert truth["published"] == "2024-12-03" and truth["author"] is None
    for mark in ('<div class="ccm-page ccm-page-id-4391 page-type-blog-entry',
                 '<span class="page-date">\n    3 ديسمبر 2024    </span>\n\n    </div>',
                 '<div class="ccm-custom-style-container ccm-custom-style-main-1588 news-body"'
                 '\n            >\n    <p>أعلن قطاع الدراسات العليا', '<h5>المقال التالي</h5>'):
        assert mark in html, mark
    assert "page-author" not in html and "<picture>" not in html and "youtubeBlock" not in html
    assert "ccm-block-date-navigation" not in html and "og:image" not in html
    assert not any(line.startswith("بقلم") for line in chrome)
    assert CHROME | {"3 ديسمبر 2024", "منح دراسية", "دراسات عليا", "شراكات دولية",
                     "طلاب الصيدلة يشاركون في قافلة طبية بمحافظة الفيوم",
                     "بدء التسجيل في دورات اللغة الألمانية لطلاب المنح",
                     "تكريم أوائل الخريجين في حفل التخرج السنوي",
                     "1 ديسمبر 2024 في 10:45 م"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلن قطاع الدراسات العليا بجامعة النخيل الأهلية فتح باب التقديم")
    assert body.endswith("وتعلن النتائج النهائية في مارس.") and body.count("\n\n") == 3

    # posted at 00:20 Cairo time: the newest entry, so no "next" link; the media office owns it
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "19 فبراير 2025"
    assert truth["published"] == "2025-02-19" and truth["author"] is None
    for mark in ('<div class="ccm-page ccm-page-id-4518 page-type-blog-entry',
                 '<span class="page-author">\n    بقلم المركز الإعلامي    </span>',
                 "الذي يحمل اسم <strong>«نسمة»</strong>، على المركز الأول",
                 'على <a href="https://github.com/nakheel-fcai/nasma" target="_blank">منصة '
                 "GitHub</a> ليستفيد", "<h3>كيف يعمل التطبيق؟</h3>",
                 '<div id="youtube1704" class="youtubeBlock youtubeBlockResponsive16by9">\n\t\t'
                 '<iframe class="youtube-player"  src="//www.youtube.com/embed/q8Rz1XhV2aE?hl=ar'
                 '&rel=0" frameborder="0" allowfullscreen></iframe>',
                 'class="ccm-block-date-navigation-date-selected">فبراير 2025</a>'):
        assert mark in html, mark
    assert "المقال التالي" not in html and "ccm-block-next-previous-next-link" not in html
    assert "<picture>" not in html
    assert CHROME | {"19 فبراير 2025", "بقلم المركز الإعلامي", "تطبيقات ذكية", "جودة البيئة",
                     "وحدة ضمان الجودة تنظم لقاء مفتوحا مع أعضاء هيئة التدريس",
                     "الجامعة تستقبل وفدا من جامعة لشبونة لبحث تبادل الطلاب",
                     "16 فبراير 2025 في 11:20 م", "الأرشيف", "ديسمبر 2024",
                     "نوفمبر 2024"} <= chrome
    body = truth["body"]
    assert body.startswith("طور فريق من طلاب كلية الحاسبات والذكاء الاصطناعي بجامعة النخيل")
    assert body.endswith("لتغطي محافظة القليوبية.") and body.count("\n\n") == 5
    assert "\n\nكيف يعمل التطبيق؟\n\n" in body and "على منصة GitHub ليستفيد" in body
