"""Traits of the plone6_gov_news family (unseen19): a Tunisian ministry's Plone 6 Classic news
item through the Barceloneta Diazo theme: sorted body classes, the offcanvas global nav, the
schema.org breadcrumbs, the hidden social-tags-body copy of the lead, section-byline with the
site's dd/mm/yyyy dates, the documentDescription lead, the lead image, keywords, related items,
document actions, the news and static portlets and the doormat footer."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "plone6_gov_news"
HOST = "https://plone-gov.example"
COMMON = ('<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" lang="ar" xml:lang="ar">',
          '<meta name="generator" content="Plone - https://plone.org/" />',
          '<meta property="og:type" content="website" />', '<meta name="DC.type" content="News '
          'Item" />', 'data-bundle="diazo"', "/++theme++barceloneta/css/barceloneta.min.css",
          "/++webresource++fed1f233-5888-5282-956c-f4e82a740844/++plone++static/bundle-plone/",
          '<body class="col-content col-two frontend icons-on portaltype-news-item section-'
          "actualites site-mes template-newsitem_view thumbs-on userrole-anonymous "
          'viewpermission-view" id="visual-portal-wrapper" dir="rtl"',
          '<div class="outer-wrapper">\n    <header id="content-header">',
          '<div id="portal-anontools"><ul class="list-inline">',
          'id="portal-globalnav-wrapper"', '<ul class="navbar-nav me-auto" id="portal-globalnav">'
          '<li class="index_html nav-item"><a href="https://plone-gov.example" class="state-None '
          'nav-link">الرئيسية</a></li>', '<input id="navitem-ministere" type="checkbox" '
          'class="opener" />', '<li class="actualites nav-item"><a href="https://plone-gov.'
          'example/actualites" class="state-published nav-link">المستجدات</a></li>',
          '<div id="portal-searchbox" class="d-flex flex-column position-relative">',
          '<div id="viewlet-above-content"><nav id="portal-breadcrumbs"',
          '<ol class="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList">',
          '<span id="social-tags-body" itemscope itemtype="http://schema.org/WebPage" '
          'style="display: none">', '<div id="viewlet-below-content-title"><section '
          'id="section-byline">', '<span class="documentPublished">\n      <span>نُشر</span> ',
          '<p class="documentDescription lead">', '<section id="section-text">\n    <div '
          'id="parent-fieldname-text" class="">', '<section id="section-category">',
          '<header class="card-title section-heading d-none">الكلمات الدلالية</header>',
          '<div id="viewlet-below-content"><section id="section-document-actions">',
          '<li id="document-action-print">', '<aside id="portal-column-two" role="complementary">',
          '<div class="card portlet portletNews">', '<time class="portletItemDetails">',
          'class="card portlet portletStaticText', '<div class="doormat row">',
          '<ul class="actions-site_actions">', "_paq.push(['setSiteId', '3']);")
CHROME = {"تسجيل الدخول", "الرئيسية", "عن الوزارة", "تقديم الوزارة", "الجامعات والمؤسسات",
          "البحث والتجديد", "المستجدات", "الخدمات عن بعد", "ابحث في الموقع", "بحث متقدم…",
          "الكلمات الدلالية", "إجراءات الوثيقة", "طباعة", "أرسل هذا", "أخبار",
          "للمزيد من الاخبار...", "روابط مفيدة", "بوابة التوجيه الجامعي", "العنوان",
          "شارع أولاد حفوز، 1030 تونس", "البريد: contact@plone-gov.example", "روابط سريعة",
          "تابعونا على", "© 2025 وزارة التعليم العالي والبحث العلمي – جميع الحقوق محفوظة",
          "Powered by Plone & Python", "خريطة الموقع", "امكانية البلوغ", "اتصل بنا"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    assert "application/ld+json" not in html and "published_time" not in html
    assert "datetime=" not in html and "documentByLine" not in html
    return html, truth, set(truth["must_not_contain"])


def test_unseen19_traits_plone6_gov_news() -> None:
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "29/07/2024"
    assert truth["published"] == "2024-07-29" and truth["author"] == "سنية الطرابلسي"
    for mark in ("<title>إطلاق منصة رقمية موحدة لتسجيل الطلبة الجدد بالمؤسسات الجامعية عن بعد — "
                 "وزارة التعليم العالي والبحث العلمي</title>",
                 '<meta name="DC.date.created" content="2024-07-29T09:53:00+01:00" />',
                 '<meta name="DC.date.modified" content="2024-07-31T15:27:00+01:00" />',
                 '<a class="btn btn-sm btn-outline-primary" href="https://plone-gov.example/author/'
                 's.trabelsi">سنية الطرابلسي</a>', "<span>29/07/2024</span>,\n    </span>",
                 '<span class="documentModified">\n      <span>آخر تعديل</span> <span>31/07/2024'
                 "</span>",
                 '<section id="section-leadimage">\n  <figure class="newsImageContainer">',
                 '<figcaption class="figure-caption">الوزير خلال الندوة الصحفية',
                 '<meta property="og:image:width" content="1200" />',
                 '<a href="https://etudiant.plone-gov.example/" data-linktype="external" data-val='
                 '"https://etudiant.plone-gov.example/">بوابة الخدمات الرقمية للطلبة</a>',
                 "<h3>ما الذي يتغير بالنسبة إلى الطلبة؟</h3>",
                 "<strong>إجباريا لجميع الطلبة الجدد</strong>", '<section id="section-related">',
                 '<header class="section-heading">محتوى ذو صلة</header>'):
        assert mark in html, mark
    assert "<iframe" not in html
    assert CHROME | {"بواسطة سنية الطرابلسي", "نُشر 29/07/2024", "آخر تعديل 31/07/2024",
                     "الوزير خلال الندوة الصحفية المخصصة للإعلان عن المنصة بمقر الوزارة (خلية "
                     "الإعلام والاتصال)", "رقمنة الإدارة", "السنة الجامعية 2024-2025",
                     "محتوى ذو صلة", "ضبط رزنامة العودة الجامعية وتوزيع العطل",
                     "تنظيم الأيام الوطنية للبحث العلمي بمدينة العلوم", "27/07/2024"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلنت وزارة التعليم العالي والبحث العلمي، صباح اليوم الاثنين، عن")
    assert body.endswith("على عينة من ثلاثة آلاف طالب بجامعتي المنستير وقابس.")
    assert body.count("\n\n") == 6 and "\n\nما الذي يتغير بالنسبة إلى الطلبة؟\n\n" in body
    assert "بواسطة" not in body and "خلية الإعلام" not in body

    # published 00:35 Tunis time (+01:00): the byline shows 24/02/2025; never modified since
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "24/02/2025"
    assert truth["published"] == "2025-02-24" and truth["author"] is None
    for mark in ('<meta name="DC.date.created" content="2025-02-24T00:04:00+01:00" />',
                 '<meta name="DC.date.valid_range" content="2025/02/24 - " />',
                 "<span>24/02/2025</span>\n    </span>\n</section>",
                 'href="https://plone-gov.example/author/cellule.com">خلية الإعلام والاتصال</a>',
                 '<meta property="og:image" content="https://plone-gov.example/@@site-logo/'
                 'logo-mes.png" />', '<div id="viewlet-above-content-body"></div>',
                 '<div id="parent-fieldname-text" class=""><p>ويأتي هذا القرار'):
        assert mark in html, mark
    assert "documentModified" not in html and "section-leadimage" not in html
    assert "section-related" not in html and "<strong>" not in html and "<h3>" not in html
    assert CHROME | {"بواسطة خلية الإعلام والاتصال", "نُشر 24/02/2025", "منح دراسية",
                     "مدارس المهندسين", "دليل إجراءات الترشح للمنح الجامعية بالخارج",
                     "الإعلان عن نتائج المنح الوطنية للماجستير", "22/02/2025"} <= chrome
    assert not any(line.startswith("آخر تعديل") for line in chrome)
    body = truth["body"]
    assert body.startswith("قررت وزارة التعليم العالي والبحث العلمي تمديد آجال الترشح لمنح")
    assert body.endswith("لا يقل عن 14 من 20 في السنتين الأخيرتين.") and body.count("\n\n") == 3

    # modified the same afternoon: both byline dates read 12/11/2024; image without caption
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "12/11/2024"
    assert truth["published"] == "2024-11-12" and truth["author"] is None
    for mark in ('<span class="documentModified">\n      <span>آخر تعديل</span> <span>12/11/2024'
                 "</span>", '<section id="section-leadimage">',
                 "<strong>32 باحثا من ثلاث مدارس للمهندسين</strong>",
                 '<p><iframe src="https://www.youtube.com/embed/Hk3w8Vd1QpA" width="560" '
                 'height="314" allowfullscreen="allowfullscreen"></iframe></p>',
                 '<section id="section-related">'):
        assert mark in html, mark
    assert "figcaption" not in html and "etudiant.plone-gov.example" not in html
    assert CHROME | {"بواسطة خلية الإعلام والاتصال", "نُشر 12/11/2024", "آخر تعديل 12/11/2024",
                     "طاقات متجددة", "الجامعة والمحيط الاقتصادي",
                     "إطلاق طلب عروض لمشاريع البحث الموحدة 2025", "10/11/2024"} <= chrome
    body = truth["body"]
    assert body.startswith("وقعت جامعة صفاقس، اليوم الثلاثاء، اتفاقية شراكة مع القطب التكنولوجي")
    assert body.endswith("على أن يفتح أبوابه أمام الباحثين في خريف السنة نفسها.")
    assert body.count("\n\n") == 4 and "youtube" not in body
