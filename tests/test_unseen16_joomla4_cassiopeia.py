"""The traits the unseen16 family joomla4_cassiopeia is there for: a Jordanian local news site on
Joomla 4 with the stock Cassiopeia template (RTL): the com_content article view with its
schema.org microdata, `dl.article-info` in the ar-AA pack's words and dual month names
("03 أيلول/سبتمبر 2024", zero-padded day), tags, the pagenavigation plugin, card modules in
main-bottom and sidebar-right, mod_breadcrumbs (and its JSON-LD), and Joomla's date-based
aliases for Arabic titles (page 2's URL carries the UTC day before the day it shows)."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "joomla4_cassiopeia"
COMMON = ('<html lang="ar-aa" dir="rtl">',
          '<meta name="generator" content="Joomla! - Open Source Content Management">',
          '/media/templates/site/cassiopeia/css/template-rtl.min.css?',
          '<script type="application/json" class="joomla-script-options new">',
          '{"@context":"https://schema.org","@type":"BreadcrumbList",',
          '<body class="site com_content wrapper-static view-article no-layout no-task itemid-',
          ' has-sidebar-right rtl">',
          '<header class="header container-header full-width">',
          '<div class="site-description">', '<div class="grid-child container-nav">',
          '<ul class="mod-menu mod-menu_dropdown-metismenu metismenu mod-list ">',
          '<form class="mod-finder js-finder-searchform form-search"',
          '<div class="site-grid">', '<div class="grid-child container-component">',
          '<ol class="mod-breadcrumbs breadcrumb px-3 py-2">',
          '<li class="mod-breadcrumbs__here float-start">\n                أنت هنا: &#160;',
          '<div id="system-message-container" aria-live="polite"></div>',
          '<main>\n            <div class="com-content-article item-page" itemscope '
          'itemtype="https://schema.org/Article">\n'
          '    <meta itemprop="inLanguage" content="ar-AA">',
          '<div class="page-header">\n        <h1 itemprop="headline">',
          '<dl class="article-info text-muted">', '<dt class="article-info-term">',
          '<dd class="category-name">', '<dd class="published">', '<dd class="modified">',
          '<dd class="hits">', 'itemprop="genre">', '<ul class="tags list-inline">',
          'class="btn btn-sm btn-info">',
          '<div itemprop="articleBody" class="com-content-article__body">',
          '<nav class="pagenavigation" aria-label="التنقل بين الصفحات">',
          '<span class="icon-chevron-right" aria-hidden="true"></span> '
          '<span aria-hidden="true">السابق</span>',
          '<div class="main-bottom card ">', '<ul class="mod-relateditems relateditems mod-list">',
          '<div class="grid-child container-sidebar-right">', '<div class="sidebar-right card ">',
          '<h3 class="card-header ">الأكثر قراءة</h3>', '<ul class="mostread mod-list">',
          '<ul class="mod-articleslatest latestnews mod-list">',
          '<footer class="container-footer footer full-width">',
          '<div id="mod-custom118" class="mod-custom custom">', 'id="back-top"')
CHROME = {"أنت هنا:", "الرئيسية", "محافظات", "اتصل بنا", "بحث", "التفاصيل", "السابق", "التالي",
          "شارك الخبر", "واتساب", "أخبار ذات صلة", "الأكثر قراءة", "آخر الأخبار",
          "موقع إخباري أردني مستقل يغطي أخبار المحافظات والبلديات والخدمات",
          "جميع الحقوق محفوظة لموقع صوت البلد © 2025", "سياسة الخصوصية"}


def test_unseen16_traits_joomla4_cassiopeia() -> None:
    html, truth = _page(NAME, 1)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    assert truth["published_shown"] == "12 أيار/مايو 2024"
    assert truth["published"] == "2024-05-12" and truth["author"] == "رنا العمري"
    assert truth["url"] == "https://sawt-albalad.example/local/4821-2024-05-12-06-08-00"
    for mark in ('itemid-103 has-sidebar-right rtl">', '<meta name="author" content="رنا العمري">',
                 '<meta name="description" content="بدء مشروع استبدال خطوط المياه',
                 '<dd class="createdby" itemprop="author" itemscope '
                 'itemtype="https://schema.org/Person">',
                 'كتب بواسطة: <span itemprop="name">رنا العمري</span>',
                 '<time datetime="2024-05-12T09:30:00+03:00" itemprop="datePublished">\n'
                 '        نشر بتاريخ: 12 أيار/مايو 2024    </time>',
                 '<time datetime="2024-05-13T11:05:00+03:00" itemprop="dateModified">',
                 'content="UserPageVisits:1234">\n    الزيارات: 1234</dd>',
                 '<figure class="left item-image">', 'itemprop="image"',
                 '<figcaption class="caption">فرق الشركة خلال أعمال الحفر',
                 '<p style="text-align: justify;">بدأت شركة مياه اليرموك',
                 'عبر <a href="https://www.facebook.com/YarmoukWaterCo" target="_blank" '
                 'rel="noopener noreferrer">الصفحة الرسمية للشركة</a>،'):
        assert mark in html, mark
    assert CHROME | {"12 أيار/مايو 2024", "نشر بتاريخ: 12 أيار/مايو 2024", "13 أيار/مايو 2024",
                     "كتب بواسطة: رنا العمري", "الفئة: محليات", "الزيارات: 1234", "قطاع المياه",
                     "فرق الشركة خلال أعمال الحفر في أحد شوارع دير أبي سعيد صباح الأحد. "
                     "(صوت البلد)",
                     "2024-05-08 - بدء ضخ المياه من سد وادي العرب إلى قرى بني كنانة",
                     "المقال السابق: بلدية إربد تمدد ساعات عمل سوق الخضار المركزي في رمضان"
                     } <= chrome
    body = truth["body"]
    assert body.startswith("بدأت شركة مياه اليرموك، صباح اليوم الأحد")
    assert body.endswith("البالغة أربعة عشر شهرا.") and body.count("\n\n") == 5
    assert "صوت البلد" not in body

    html, truth = _page(NAME, 2)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    # published at 00:40 Amman time; the alias is the UTC creation time, on the 2nd
    assert truth["published_shown"] == "03 أيلول/سبتمبر 2024"
    assert truth["published"] == "2024-09-03" and truth["author"] == "محمد الخلايلة"
    assert truth["url"] == "https://sawt-albalad.example/local/4907-2024-09-02-21-31-00"
    assert "item-image" not in html and "<figcaption" not in html
    for mark in ('<meta name="description" content="صوت البلد: أخبار محلية أردنية',
                 '<time datetime="2024-09-03T00:40:00+03:00" itemprop="datePublished">\n'
                 '        نشر بتاريخ: 03 أيلول/سبتمبر 2024    </time>',
                 'كتب بواسطة: <span itemprop="name">محمد الخلايلة</span>',
                 '<div itemprop="articleBody" class="com-content-article__body">\n'
                 '        <p><strong>أعلنت بلدية الزرقاء',
                 'منذ سنوات.</strong></p> <p>وقال مدير الأشغال'):
        assert mark in html, mark
    assert CHROME | {"03 أيلول/سبتمبر 2024", "آخر تحديث: 03 أيلول/سبتمبر 2024",
                     "كتب بواسطة: محمد الخلايلة", "الزيارات: 387", "محافظة الزرقاء",
                     "المقال التالي: تأهيل حديقة الأمير هاشم في الزرقاء الجديدة قبل نهاية العام",
                     "2024-08-20 - افتتاح موقف حافلات جديد في حي معصوم"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلنت بلدية الزرقاء إغلاق مسربين من جسر الجيش")
    assert body.endswith("إلى المحلات المجاورة.") and body.count("\n\n") == 3
    assert len(body.split()) < 131

    html, truth = _page(NAME, 3)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    # the byline is hidden in the info block; Joomla's MetaAuthor still names the writer
    assert truth["published_shown"] == "21 تشرين الثاني/نوفمبر 2024"
    assert truth["published"] == "2024-11-21" and truth["author"] == "لينا الحوامدة"
    assert 'class="createdby"' not in html and "كتب بواسطة" not in html
    assert html.count("لينا الحوامدة") == 1
    for mark in ('itemid-104 has-sidebar-right rtl">',
                 '<meta name="author" content="لينا الحوامدة">',
                 '<time datetime="2024-11-21T18:15:00+03:00" itemprop="datePublished">',
                 '<time datetime="2024-11-21T17:28:00+03:00" itemprop="dateModified">',
                 'الفئة: <a href="/governorates" itemprop="genre">محافظات</a>',
                 "<p>&nbsp;</p>\n<h3>أسعار أعلى من العام الماضي</h3>",
                 "تقديم <strong>شهادة فحص مخبري</strong> من وزارة الزراعة"):
        assert mark in html, mark
    assert CHROME | {"21 تشرين الثاني/نوفمبر 2024", "الفئة: محافظات", "الزيارات: 2051",
                     "موسم الزيتون", "محافظة مادبا",
                     "2024-10-30 - مادبا: إطلاق مسار سياحي يربط المواقع الأثرية بالقرى"} <= chrome
    assert "لينا الحوامدة" not in chrome
    body = truth["body"]
    assert body.startswith("افتتح محافظ مادبا، مساء اليوم الخميس")
    assert body.endswith("بمشاركة فرق من ذيبان ومليح.") and body.count("\n\n") == 5
    assert "\n\nأسعار أعلى من العام الماضي\n\n" in body
