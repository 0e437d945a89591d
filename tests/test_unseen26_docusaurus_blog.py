"""Traits of the docusaurus_blog family (unseen26): the Arabic (`/ar/`, RTL) blog of a Tunisian
civic-tech association built with Docusaurus 3.4: react-helmet head with a UTC
`article:published_time`, navbar with locale dropdown and DocSearch, the blog sidebar, the
BlogPosting microdata article (headline, `time[itemprop=datePublished]` in Arabic-Indic
digits, reading time, avatar authors), `#__blog-post-container.markdown`, the tags/edit
footer, `pagination-nav`, an optional table of contents and the dark footer."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "docusaurus_blog"
HOST = "https://docusaurus-madani.example"
COMMON = ('<!doctype html>\n<html lang="ar" dir="rtl" class="blog-wrapper blog-post-page '
          'plugin-blog plugin-id-default" data-has-hydrated="false">',
          '<meta name="generator" content="Docusaurus v3.4.0">',
          '<meta data-rh="true" name="docusaurus_locale" content="ar">',
          '<meta data-rh="true" property="og:type" content="article">',
          'hreflang="x-default">', 'href="/ar/blog/rss.xml" title="مدني RSS Feed">',
          '<script src="/ar/assets/js/main.e41b7d09.js" defer="defer"></script>',
          '<body class="navigation-with-keyboard">',
          'document.documentElement.setAttribute("data-theme",t)',
          '<a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">انتقل إلى '
          'المحتوى الرئيسي</a>', '<nav aria-label="Main" class="navbar navbar--fixed-top">',
          '<b class="navbar__title text--truncate">مدني</b>', 'class="iconLanguage_nlXk"',
          'class="DocSearch DocSearch-Button" aria-label="بحث"',
          '<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0">'
          '<div class="container margin-vert--lg"><div class="row"><aside class="col col--3">'
          '<nav class="sidebar_re4s thin-scrollbar" aria-label="أحدث مشاركات المدونة">'
          '<div class="sidebarItemTitle_pO2u margin-bottom--md">أحدث المقالات</div>',
          '<a aria-current="page" class="sidebarItemLink_mo7H sidebarItemLinkActive_I1ZP"',
          '<main class="col col--7" itemscope="" itemtype="https://schema.org/Blog"><article '
          'itemprop="blogPost" itemscope="" itemtype="https://schema.org/BlogPosting">',
          '<h1 class="title_f1Hy" itemprop="headline">',
          '<div class="container_mt6G margin-vert--md"><time datetime="',
          '<div id="__blog-post-container" class="markdown" itemprop="articleBody">',
          '<footer class="row docusaurus-mt-lg blogPostFooterDetailsFull_mRVl"><div class="col">'
          '<b>الوسوم:</b><ul class="tags_jXut padding--none margin-left--sm">',
          'class="theme-edit-this-page"', '<nav class="pagination-nav docusaurus-mt-lg" '
          'aria-label="التنقل في صفحة مقالات المدونة">', '<div class="pagination-nav__sublabel">'
          'مقالات أقدم</div>', '<footer class="footer footer--dark">',
          '<div class="footer__title">تابعونا</div>')
CHROME = {"انتقل إلى المحتوى الرئيسي", "المدونة", "المنصّات", "المشاريع", "من نحن", "ادعمنا",
          "Français", "English", "GitHub", "بحث", "أحدث المقالات", "الوسوم:", "تعديل هذه الصفحة",
          "مقالات أقدم", "الجمعية", "مواردنا", "بوابتنا للبيانات", "فريقنا", "التقارير السنوية",
          "واجهة برمجة التطبيقات", "رخصة إعادة الاستخدام", "تابعونا", "فيسبوك"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen26_traits_docusaurus_blog() -> None:
    # page 1: date-only front matter (UTC midnight), avatar author, figure, h2 and a TOC
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "١٢ مارس ٢٠٢٤"
    assert truth["published"] == "2024-03-12" and truth["author"] == "أميرة الزغلامي"
    for mark in (f'<link data-rh="true" rel="canonical" href="{HOST}/ar/blog/2024/03/12/'
                 'budgets-municipaux-350">',
                 '<meta data-rh="true" property="article:published_time" '
                 'content="2024-03-12T00:00:00.000Z">',
                 '<time datetime="2024-03-12T00:00:00.000Z" itemprop="datePublished">'
                 "١٢ مارس ٢٠٢٤</time> · <!-- -->2 دقائق قراءة</div>",
                 'class="avatar__photo-link"><img class="avatar__photo"',
                 '<div class="avatar__intro" itemprop="author" itemscope="" '
                 'itemtype="https://schema.org/Person"><div class="avatar__name">',
                 '<span itemprop="name">أميرة الزغلامي</span>',
                 "<figcaption>فريق الجمعية خلال جلسة تنظيف بيانات الميزانيات",
                 '<h2 class="anchor anchorWithStickyNavbar_LWe7" id="ماذا-تكشف-الأرقام">ماذا '
                 'تكشف الأرقام؟<a href="#ماذا-تكشف-الأرقام" class="hash-link"',
                 '<ul class="table-of-contents table-of-contents__left-border">',
                 "pagination-nav__link--prev", "حقوق النشر © 2024 جمعية مدني"):
        assert mark in html, mark
    assert CHROME | {"١٢ مارس ٢٠٢٤", "2 دقائق قراءة", "مدني", "العربية", "أميرة الزغلامي",
                     "منسقة مشروع الميزانية المفتوحة", "مقالات أحدث", "بوابتنا للبيانات",
                     "فريق الجمعية خلال جلسة تنظيف بيانات الميزانيات في مقرها بتونس العاصمة",
                     "كيف تقرأ ميزانية بلديتك في عشر دقائق؟", "الميزانيات البلدية",
                     "دليل مبسط لتقديم مطلب نفاذ إلى المعلومة"} <= chrome
    body = truth["body"]
    assert body.startswith("أتمت جمعيتنا تجميع الميزانيات المصادق عليها لـ350 بلدية تونسية")
    assert body.endswith("حال نشرها من قبل دائرة المحاسبات.") and body.count("\n\n") == 6
    assert "\n\nماذا تكشف الأرقام؟\n\n" in body and "فريق الجمعية" not in body

    # page 2: front matter with a time (18:30 Tunis = 17:30Z), no author, bold, link, chart
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "٢٤ سبتمبر ٢٠٢٤"
    assert truth["published"] == "2024-09-24" and truth["author"] is None
    for mark in ('content="2024-09-24T17:30:00.000Z">',
                 '<time datetime="2024-09-24T17:30:00.000Z" itemprop="datePublished">'
                 "٢٤ سبتمبر ٢٠٢٤</time> · <!-- -->1 دقائق قراءة</div></header>",
                 "وكانت <strong>الوزارات ذات الصبغة الاجتماعية</strong> الأسرع",
                 'على <a href="https://data.docusaurus-madani.example/ar/dataset/nifadh-2024" '
                 'target="_blank" rel="noopener noreferrer">بوابة البيانات المفتوحة</a>',
                 'src="https://datawrapper.dwcdn.net/Xk2p9/1/"', "pagination-nav__link--prev"):
        assert mark in html, mark
    for absent in ("avatar__intro", "<figure>", "table-of-contents", "theme-admonition",
                   "article:author"):
        assert absent not in html, absent
    assert CHROME | {"٢٤ سبتمبر ٢٠٢٤", "1 دقائق قراءة", "مقالات أحدث", "الشفافية",
                     "أطلقنا نسخة جديدة من منصة تتبع الوعود الانتخابية"} <= chrome
    body = truth["body"]
    assert body.startswith("وجهنا خلال الأشهر الستة الماضية 212 مطلب نفاذ إلى المعلومة")
    assert body.endswith("وتاريخ إيداعه وتاريخ الرد إن وجد.") and body.count("\n\n") == 4

    # page 3: newest post (no newer link), author without avatar, info admonition (chrome)
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "٢٠ يناير ٢٠٢٥"
    assert truth["published"] == "2025-01-20" and truth["author"] == "ياسين بن عمر"
    for mark in ('<time datetime="2025-01-20T00:00:00.000Z" itemprop="datePublished">',
                 '<div class="avatar margin-bottom--sm"><div class="avatar__intro" '
                 'itemprop="author"', '<span itemprop="name">ياسين بن عمر</span>',
                 '<div class="theme-admonition theme-admonition-info admonition_xJq3 alert '
                 'alert--info">', "حقوق النشر © 2025 جمعية مدني"):
        assert mark in html, mark
    for absent in ("pagination-nav__link--prev", "avatar__photo", "<figure>",
                   "table-of-contents", "<iframe"):
        assert absent not in html, absent
    assert CHROME | {"٢٠ يناير ٢٠٢٥", "ياسين بن عمر", "مسؤول برامج التكنولوجيا المدنية",
                     "شاركنا فكرتك", "هل تعمل على أداة مدنية تعتمد على البيانات المفتوحة؟ "
                     "راسلنا على hackathon@docusaurus-madani.example لننشر تجربتك في المدونة.",
                     "تقريرنا السنوي 2024: عام من العمل على شفافية الجماعات المحلية"} <= chrome
    assert "مقالات أحدث" not in chrome and "مدني" not in chrome
    body = truth["body"]
    assert body.startswith("اختتمت مساء الأحد بمدينة صفاقس الدورة الثالثة من هاكاثون")
    assert body.endswith("وربطها مباشرة بمنظومات النشر الخاصة بها.") and body.count("\n\n") == 4
    assert "شاركنا" not in body and "hackathon@" not in body
