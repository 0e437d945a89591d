"""Traits of the django_cms_ngo family (unseen22): a Lebanese NGO's news on django CMS with the
djangocms-blog apphook, as an anonymous visitor gets it: no toolbar markup, django-meta's
one-line head with Django's UTC datetimes ("2024-04-16 06:30:00+00:00") and the schema.org
`html_extra` scope on `<html>`, the stock `language_chooser`, `show_menu` and `show_breadcrumb`
templates, djangocms-blog's `post_detail.html` / `blog_meta.html` ("by", Django's Arabic date
with "إبريل", categories and tags lists), the content placeholder's plugins (CKEditor text,
djangocms-picture figure, djangocms-link button, djangocms-video iframe), the latest-entries and
categories plugins in the sidebar, and the footer static placeholder."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "django_cms_ngo"
HOST = "https://djangocms-ngo-lb.example"
SITE = "جمعية بيادر للتنمية الريفية"
COMMON = ('<!DOCTYPE html>\n<html lang="ar" dir="rtl"  itemscope '
          'itemtype="http://schema.org/Article" >',
          '<meta property="og:type" content="Article">',
          f'<meta property="og:site_name" content="{SITE}">',
          '<meta property="og:locale" content="ar"><meta name="twitter:domain" '
          'content="djangocms-ngo-lb.example"><meta name="twitter:card" content="summary">',
          f'title="مواضيع المدونة على {SITE}" href="/ar/news/feed/">',
          '<ul class="language-chooser list-inline">\n<li class="lang active"><a href="/ar/news/',
          '<li class="lang"><a href="/en/news/">English</a></li>',
          '<li class="lang"><a href="/fr/news/">Français</a></li>',
          '<li class="">\n\t<a href="/ar/">الرئيسية</a>\n\t\n</li>',
          '<li class="ancestor">\n\t<a href="/ar/news/">الأخبار</a>\n\t\n    <ul>',
          '<li class="sibling">\n\t<a href="/ar/news/category/health/">الصحة</a>',
          '<a href="/ar/news/">الأخبار</a> <span class="separator">&raquo;</span>',
          '<div class="app app-blog">\n    <article id="post-',
          'class="post-item post-detail"><header><h2>', '</h2><ul class="post-detail"><li>\n',
          '<ul class="post-detail tags"><li class="category_1"><a href="/ar/news/category/',
          '<li class="tag_1"><a href="/ar/news/tag/%D8', 'class="blog-tag blog-tag-',
          "</header>", '<div class="blog-content"><p>', "</div>\n    \n    \n</article>",
          '<div class="share-bar"><div class="share-buttons"><span class="share-label">',
          '<div class="plugin plugin-blog"><div class="blog-latest-entries"><article '
          'id="post-news-', 'class="post-item"><header><h3><a href="/ar/news/',
          '<div class="blog-lead"><p>',
          '<footer class="read-more"><a href="/ar/news/',
          '<div class="plugin plugin-blog"><h3>الأقسام</h3><ul class="blog-categories">',
          "<span>(\n                    \n", 'name="csrfmiddlewaretoken"',
          '<footer class="site-footer">')
CHROME = {"العربية", "English", "Français", "تبرّع الآن", "الرئيسية", "من نحن", "مشاريعنا",
          "الأخبار", "التقارير", "تطوّع معنا", "اتصل بنا", "المياه والزراعة", "التعليم",
          "تمكين المرأة", "الإغاثة", "الصحة", "شارك الخبر:", "فيسبوك", "إكس", "واتساب",
          "آخر الأخبار", "read more »", "الأقسام", "المياه والزراعة ( 14 articles )",
          "الإغاثة ( 17 articles )", "الصحة ( 6 articles )", SITE, "سياسة الخصوصية",
          "التقارير السنوية", "فرص العمل", "اشترك في نشرتنا الشهرية", "اشترك",
          "بيروت – بدارو، شارع سامي الصلح، بناية الفردوس، الطابق الثالث",
          "هاتف: 01 388 214 | بريد: info@djangocms-ngo-lb.example"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    for absent in ("cms-toolbar", "cms-plugin", "cms_plugin", "application/ld+json"):
        assert absent not in html, (n, absent)
    return html, truth, set(truth["must_not_contain"])


def test_unseen22_traits_django_cms_ngo() -> None:
    # page 1: author, Django's "إبريل", picture plugin with caption, subheading and bold words
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "16 إبريل، 2024"
    assert truth["published"] == "2024-04-16" and truth["author"] == "ريم شمعون"
    assert truth["url"] == f"{HOST}/ar/news/2024/04/16/akkar-solar-irrigation-pumps/"
    for mark in ("<title>تشغيل ست مضخات ري بالطاقة الشمسية في قرى سهل عكار لخدمة 420 مزارعاً"
                 f" | {SITE}</title>",
                 '<meta property="article:published_time" content="2024-04-16 06:30:00+00:00">',
                 '<meta itemprop="datePublished" content="2024-04-16 06:30:00+00:00">',
                 f'<meta property="article:author" content="{HOST}/ar/news/author/rim.chamoun/">',
                 '<meta property="article:tag" content="مشاريع الري">',
                 '<li class="selected">\n\t<a href="/ar/news/category/water-agriculture/">',
                 '<span class="active">المياه والزراعة</span>',
                 '<li>\n        by <a href="/ar/news/author/rim.chamoun/">ريم شمعون</a></li><li>\n'
                 "        16 إبريل، 2024\n    </li></ul>",
                 'class="blog-categories-14">المياه والزراعة</a></li><li class="tag_1">',
                 "مداخيلهم.</p>\n\n\n\n\n    <figure>", 'class="img-fluid align-center"\n>',
                 "<figcaption>مزارعون يتفقدون ألواح مضخة الري في بلدة ببنين (تصوير: جاد عيسى)"
                 "</figcaption>\n    </figure>\n\n\n\n<p>وتتوزع",
                 "</p>\n\n<h3>كلفة الري تنخفض إلى النصف</h3>\n\n<p>",
                 "<strong>اشتراك شهري رمزي</strong>", "&copy; 2024 " + SITE):
        assert mark in html, mark
    for absent in ('property="og:image"', '<div class="blog-visual">', "<iframe"):
        assert absent not in html, absent
    assert CHROME | {"16 إبريل، 2024", "by ريم شمعون", "الطاقة المتجددة", "الأمن الغذائي",
                     "مشاريع الري", "مزارعون يتفقدون ألواح مضخة الري في بلدة ببنين (تصوير: جاد "
                     "عيسى)", "ورشة تدريبية حول تقنيات الري بالتنقيط لمزارعي وادي خالد",
                     "by هلا ضاهر", "12 إبريل، 2024", "25 مارس، 2024",
                     "تدريب ميداني لثلاثين مزارعاً على تركيب شبكات التنقيط وصيانتها.",
                     f"© 2024 {SITE}. جميع الحقوق محفوظة."} <= chrome
    body = truth["body"]
    assert body.startswith("أنهت جمعية بيادر تركيب ست مضخات للري تعمل بالطاقة الشمسية")
    assert body.endswith("بالتنسيق مع مؤسسة مياه لبنان الشمالي ووزارة الزراعة.")
    assert body.count("\n\n") == 6 and "\n\nكلفة الري تنخفض إلى النصف\n\n" in body
    assert "تصوير" not in body and "by " not in body

    # page 2: wire-style post at 00:35 Beirut winter time: the UTC meta and the permalink say 13
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "14 يناير، 2025"
    assert truth["published"] == "2025-01-14" and truth["author"] is None
    assert truth["url"] == f"{HOST}/ar/news/2025/01/13/dafa-winter-campaign-north-bekaa/"
    for mark in ('<meta property="article:published_time" content="2025-01-13 22:35:00+00:00">',
                 f'<link rel="canonical" href="{HOST}/ar/news/2025/01/13/dafa-winter-campaign-'
                 'north-bekaa/"/>',
                 '</h2><ul class="post-detail"><li>\n        14 يناير، 2025\n    </li></ul>',
                 '<li class="selected">\n\t<a href="/ar/news/category/relief/">الإغاثة</a>',
                 '<span class="active">الإغاثة</span>',
                 'خلال الأسابيع المقبلة.</p>\n<a href="/ar/donate/dafa/" class="btn btn-primary '
                 'btn-lg">\n    تبرّع لحملة «دفء» الشتوية\n</a></div>', "&copy; 2025 " + SITE):
        assert mark in html, mark
    for absent in ('property="article:author"', "<figure>", '<div class="blog-visual">',
                   'property="og:image"', "<strong>"):
        assert absent not in html, absent
    assert CHROME | {"14 يناير، 2025", "حملة الشتاء", "المساعدات العينية", "بعلبك الهرمل",
                     "تبرّع لحملة «دفء» الشتوية", "by سامر الحاج", "31 ديسمبر، 2024",
                     "إطلاق خط ساخن لتلقي طلبات المساعدة من العائلات النازحة",
                     f"© 2025 {SITE}. جميع الحقوق محفوظة."} <= chrome
    assert "13 يناير، 2025" not in html
    body = truth["body"]
    assert body.startswith("بدأت فرق جمعية بيادر أمس الاثنين توزيع مازوت التدفئة")
    assert body.endswith("أكثر من 600 عائلة تحتاج إلى مساعدة عاجلة خلال الأسابيع المقبلة.")
    assert body.count("\n\n") == 3 and "تبرّع" not in body

    # page 3: main image in blog-visual, inline link, &nbsp;, a video plugin between two texts
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "20 يونيو، 2024"
    assert truth["published"] == "2024-06-20" and truth["author"] == "لينا أبو حمدان"
    for mark in ('<meta property="article:published_time" content="2024-06-20 12:10:00+00:00">',
                 f'<meta property="og:image" content="{HOST}/media/filer_public/',
                 '<meta property="og:image:width" content="1600">',
                 '</header><div class="blog-visual"><img src="/media/filer_public_thumbnails/'
                 'filer_public/', '__640x360_q85_crop_subsampling-2_upscale.jpg" alt="" '
                 'width="640" height="360" /></div>',
                 'by <a href="/ar/news/author/lina.abouhamdan/">لينا أبو حمدان</a></li><li>\n'
                 "        20 يونيو، 2024\n", '<span class="active">تمكين المرأة</span>',
                 "38&nbsp;امرأة", '<a href="https://kheirat-barouk.example/shop/" target="_blank">'
                 "متجر إلكتروني أطلقته التعاونية</a>",
                 '</p>\n\n    \n    <iframe src="https://www.youtube.com/embed/Qm7pZ2vK8sE?rel=0"',
                 'allowfullscreen="true"></iframe>\n    \n\n<p>وتأمل'):
        assert mark in html, mark
    assert "<figcaption>" not in html and "<strong>" not in html
    assert CHROME | {"20 يونيو، 2024", "by لينا أبو حمدان", "التعاونيات الزراعية",
                     "ريادة الأعمال النسائية", "جبل لبنان",
                     "سوق المزارعين الشهري يعود إلى ساحة دير القمر",
                     "تمكين المرأة ( 11 articles )",
                     f"© 2024 {SITE}. جميع الحقوق محفوظة."} <= chrome
    body = truth["body"]
    assert body.startswith("افتتحت تعاونية «خيرات الباروك» النسائية في قضاء الشوف")
    assert body.endswith("وأن تستوعب عشرين عضوة جديدة قبل نهاية العام.")
    assert body.count("\n\n") == 4 and "38 امرأة" in body
