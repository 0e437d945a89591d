"""Traits of the held-out grav_blog family (Grav CMS + Quark, a Chefchaouen newsletter-blog)."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "grav_blog"
COMMON = ('<!DOCTYPE html>\n<html lang="ar">\n<head>\n    <meta charset="utf-8">',
          '<meta name="generator" content="GravCMS" />',
          '<link href="/user/themes/quark/css-compiled/spectre.min.css" type="text/css" '
          'rel="stylesheet">', "/user/plugins/markdown-notices/assets/notices.css",
          '<script src="/system/assets/jquery/jquery-3.x.min.js"></script>',
          '<body id="top" class="header-fixed header-animated header-dark header-transparent '
          'sticky-footer">', '<div id="header" class="section">',
          '<div class="navbar-section logo">', '<div class="navbar-section desktop-menu">',
          '<nav class="dropmenu animated">', '<a href="/blog" class="active">\n          المدونة\n',
          '<div id="body-wrapper" class="section blog-listing">',
          '<div id="breadcrumbs" itemscope itemtype="http://data-vocabulary.org/Breadcrumb">'
          '<a href="/" itemprop="url"><span itemprop="title">الرئيسية</span></a>',
          '<div id="item" class="column col-9 col-md-12">', '<div class="content-item h-entry">',
          '<div class="e-content">', '<span class="blog-date">\n',
          '<time class="dt-published" datetime="', '<i class="fa fa-calendar"></i> ',
          '<a class="label label-rounded label-secondary p-category" href="/blog/tag:',
          '<p class="prev-next text-center">', '<i class="fa fa-angle-left"></i> Previous Post</a>',
          '<div id="sidebar" class="column col-3 col-md-12">', '<div class="search-wrapper">',
          "<h4>Related Posts</h4>\n    <ul class=\"related-pages menu\">", "<h4>Popular Tags</h4>",
          "<h4>Archives</h4>", '<span class="archive_date">June 2025 </span>',
          '<div class="sidebar-content syndicate">', '<div id="footer" class="section bg-gray">',
          "by <a href=\"https://trilby.media\">Trilby Media</a>.</p>",
          '<nav class="overlay-menu">', '<ul class="tree">',
          '<script src="/user/themes/quark/js/site.js"></script>')
CHROME = {"الرئيسية", "المدونة", "أعداد النشرة", "من نحن", "راسلونا", "Previous Post",
          "Related Posts", "Popular Tags", "Archives", "Syndicate", "النشرة الأسبوعية",
          "كل جمعة صباحا: أخبار الشاون وقراها في رسالة واحدة إلى بريدكم.", "اشتركوا مجانا",
          "السياحة الجبلية", "التراث المعماري", "3 June 2025", "6 November 2024", "4 July 2024",
          "Atom 1.0", "RSS", "© 2025 رسالة الشاون — نشرة محلية مستقلة من شفشاون",
          "Grav was with by Trilby Media."}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    assert "application/ld+json" not in html and "article:published_time" not in html
    assert 'dir="rtl"' not in html
    return html, truth, set(truth["must_not_contain"])


def test_unseen20_traits_grav_blog() -> None:
    # page 1: hero image (title as <h1> in #blog-hero, empty <h2>), byline, link and bold
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "12/11/2024"
    assert truth["published"] == "2024-11-12" and truth["author"] == "خديجة الوزاني"
    for mark in ("<title>جماعة شفشاون تعتمد توزيع الماء بالتناوب في أحياء المدينة العتيقة بعد "
                 "تراجع صبيب رأس الماء | رسالة الشاون</title>",
                 '<meta property="og:type" content="article" />',
                 '<meta name="twitter:card" content="summary_large_image" />',
                 '<div id="blog-hero" class="section modular-hero hero text-light title-h1h2 '
                 'overlay-dark-gradient hero-large "', "</h1>\n            <h2></h2>",
                 '<time class="dt-published" datetime="2024-11-12T09:30:00+01:00">\n'
                 '                    <i class="fa fa-calendar"></i> 12/11/2024',
                 "<p><em>بقلم: خديجة الوزاني</em></p>", "منذ سنوات.</p>\n\n<p>وبحسب <a href=\"",
                 "balagh-jamaa.pdf\">بلاغ الجماعة</a>",
                 "<strong>من السادسة صباحا إلى الثانية زوالا</strong>",
                 "Next Post <i class=\"fa fa-angle-right\"></i></a>"):
        assert mark in html, mark
    assert '<div class="content-title text-center">' not in html and "<img alt=" not in html
    assert CHROME | {"12/11/2024", "بقلم: خديجة الوزاني", "Next Post", "تدبير الماء",
                     "الخدمات الجماعية", "الجفاف",
                     "سقايات المدينة العتيقة: من يتكفل بصيانتها؟"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلنت جماعة شفشاون، مساء الاثنين، اعتماد برنامج")
    assert body.endswith("من الآبار المحيطة بالمدينة قبل حلول صيف السنة المقبلة.")
    assert body.count("\n\n") == 4 and "بقلم" not in body

    # page 2: Ramadan (Morocco on +00:00), no author, image + <em> caption, newsletter plug
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "08/03/2025"
    assert truth["published"] == "2025-03-08" and truth["author"] is None
    for mark in ('<div class="content-title text-center">\n            <h2 class="p-name mt-0">'
                 '<a href="/blog/bab-el-ain-ramadan-cheese-sellers" class="u-url">',
                 '<time class="dt-published" datetime="2025-03-08T21:15:00+00:00">',
                 '<meta name="description" content="نشرة محلية مستقلة تصدر كل جمعة من شفشاون',
                 '<p><img alt="بائعات قادمات', 'src="/images/9/4/e/2/0/',
                 "<p><em>بائعات قادمات من دواوير قبيلة الأخماس",
                 '<a href="/newsletter">اشتركوا من هنا</a>.</em></p>'):
        assert mark in html, mark
    for absent in ('id="blog-hero"', "og:title", 'name="author"', "notices yellow"):
        assert absent not in html, absent
    assert "</p>\n\n<p>" not in html.split('<div class="e-content">')[1].split("</div>")[0]
    assert CHROME | {"08/03/2025", "Next Post", "رمضان", "النساء القرويات",
                     "بائعات قادمات من دواوير قبيلة الأخماس يعرضن الجبن البلدي والخبز المنزلي "
                     "في الفضاء المؤقت قرب باب العين",
                     "هذه المادة من عدد الجمعة من نشرتنا البريدية. للتوصل بالعدد المقبل، "
                     "اشتركوا من هنا."} <= chrome
    body = truth["body"]
    assert body.startswith("خصصت السلطات المحلية بشفشاون، منذ اليوم الأول من الشهر الفضيل")
    assert body.endswith("وعدت الجماعة بدراسته في دورتها المقبلة.") and body.count("\n\n") == 3
    assert "نشرتنا" not in body and "قبيلة الأخماس" not in body

    # page 3: 00:25 local (+01:00), writer only in <meta name="author">, notice, video, <h3>
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "03/06/2025"
    assert truth["published"] == "2025-06-03" and truth["author"] == "يوسف الخمليشي"
    for mark in ('<meta name="author" content="يوسف الخمليشي" />',
                 '<time class="dt-published" datetime="2025-06-03T00:25:00+01:00">',
                 '<div class="notices yellow">\n<p>هذه المادة جزء من ملفنا الصيفي',
                 "youtube.com/embed/qT7mJ2vZk8c", "<h3>ماذا يعني القرار للمرشدين والزوار؟</h3>",
                 "موجات الحر.</p>\n\n<p>ويشمل"):
        assert mark in html, mark
    assert html.count("يوسف الخمليشي") == 1 and "Next Post" not in html
    assert CHROME | {"03/06/2025", "منتزه تلاسمطان", "حرائق الغابات",
                     "هذه المادة جزء من ملفنا الصيفي «الشاون في مواجهة الحرائق». تجدون بقية "
                     "حلقات الملف في صفحة الأعداد.",
                     "صيف 2024: ثلاثة حرائق أتت على 400 هكتار من الغابة"} <= chrome
    assert "Next Post" not in chrome
    body = truth["body"]
    assert body.startswith("قررت المديرية الإقليمية للمياه والغابات بشفشاون")
    assert body.endswith("عبر الرقم الأخضر للوقاية المدنية.") and body.count("\n\n") == 7
    assert "\n\nماذا يعني القرار للمرشدين والزوار؟\n\n" in body and "ملفنا" not in body
