"""Traits of the held-out GeneratePress + GenerateBlocks + Rank Math family (unseen24)."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "wp_generatepress_blog"
HOST = "https://gp-tech-eg.example"
COMMON = ('<!DOCTYPE html>\n<html dir="rtl" lang="ar">',
          "<!-- Search Engine Optimization by Rank Math - https://rankmath.com/ -->",
          "<!-- /Rank Math WordPress SEO plugin -->",
          '<meta property="og:locale" content="ar_AR" />',
          '<script type="application/ld+json" class="rank-math-schema">', '#richSnippet"',
          '<meta name="twitter:label1" content="كُتب بواسطة" />',
          "wp-content/themes/generatepress/assets/css/main.min.css",
          "wp-content/uploads/generateblocks/style-", "single-post postid-",
          "right-sidebar nav-below-header separate-containers",
          '<a class="screen-reader-text skip-link" href="#content" title="انتقل إلى المحتوى">',
          '<header class="site-header" id="masthead" aria-label="الموقع"',
          '<div class="inside-header grid-container">',
          '<p class="main-title" itemprop="headline">',
          '<nav class="main-navigation sub-menu-left" id="site-navigation"',
          '<span class="gp-icon icon-menu-bars">', '<ul id="menu-main" class=" menu sf-menu">',
          '<div class="site grid-container container hfeed" id="page">',
          '<main class="site-main" id="main">', '<div class="inside-article">',
          '<header class="entry-header">\n\t\t\t\t<nav aria-label="breadcrumbs" '
          'class="rank-math-breadcrumb"><p><a href="' + HOST + '">الرئيسية</a><span '
          'class="separator"> &raquo; </span>', '<h1 class="entry-title" itemprop="headline">',
          '<div class="entry-meta">\n\t\t\t<span class="posted-on">',
          '<span class="byline">بواسطة <span class="author vcard" itemprop="author"',
          '<div class="entry-content" itemprop="text">',
          '<footer class="entry-meta" aria-label="بيانات المقالة">',
          '<span class="screen-reader-text">التصنيفات </span>',
          '<span class="screen-reader-text">الوسوم </span>',
          '<nav id="nav-below" class="post-navigation" aria-label="المقالات">',
          "gb-query-loop-wrapper", '<div class="comments-area">',
          '<h3 id="reply-title" class="comment-reply-title">اترك تعليقاً',
          '<div class="widget-area sidebar is-right-sidebar" id="right-sidebar">',
          '<h2 class="widget-title">أحدث المقالات</h2>', "widget_categories", "gb-button-text",
          '<footer class="site-info" aria-label="الموقع"', "&bull; بُني باستخدام <a href="
          '"https://generatepress.com" itemprop="url">GeneratePress</a>')
CHROME = {"انتقل إلى المحتوى", "تك مصر", "أخبار التقنية والاتصالات في مصر", "القائمة",
          "أخبار التقنية", "هواتف وأجهزة", "تطبيقات", "اتصالات وإنترنت", "شركات ناشئة",
          "مراجعات", "شروحات", "بواسطة", "مقالات ذات صلة", "اترك تعليقاً", "البحث عن:",
          "أحدث المقالات", "التصنيفات", "تابعنا", "أخبار التقنية (412)", "فيسبوك", "تيليجرام",
          "عن تك مصر", "روابط مهمة", "سياسة الخصوصية", "أعلن معنا",
          "احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة "
          "المقبلة في تعليقي."}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen24_traits_wp_generatepress_blog() -> None:
    # page 1: named writer, summer time (+03:00), TOC, gb-headline subheads, captioned figure
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "16 مايو، 2024"
    assert truth["published"] == "2024-05-16" and truth["author"] == "ياسمين عبد الحميد"
    for mark in ('<meta property="article:published_time" content="2024-05-16T14:20:00+03:00" />',
                 '<span class="posted-on"><time class="entry-date published" datetime="2024-05-'
                 '16T14:20:00+03:00" itemprop="datePublished">16 مايو، 2024</time></span>',
                 '<span class="author-name" itemprop="name">ياسمين عبد الحميد</span>',
                 '<div class="featured-image  page-header-image-single ">',
                 '<div class="wp-block-rank-math-toc-block" id="rank-math-toc"><h2>جدول المحتويات'
                 '</h2><nav><ul><li class=""><a href="#طاقة-إنتاجية-وفرص-عمل">',
                 'gb-headline-text" id="التصدير-إلى-الأسواق-الأفريقية">التصدير إلى الأسواق '
                 "الأفريقية</h2>", '<figcaption class="wp-element-caption">خط التجميع الأول',
                 '<h3 class="comments-title">\n\t\t\t3 أفكار على “', '<ol class="children">',
                 "comment-author-yasmine bypostauthor", "&copy; 2024 تك مصر"):
        assert mark in html, mark
    assert '<time class="updated"' not in html and "og:updated_time" not in html
    assert CHROME | {"16 مايو، 2024", "ياسمين عبد الحميد", "16 مايو، 2024 بواسطة ياسمين عبد الحميد",
                     "جدول المحتويات", "خط التجميع الأول في المصنع خلال جولة تفقدية للصحفيين "
                     "بالسخنة", "الرئيسية » أخبار التقنية » مصنع لتجميع الهواتف المحمولة في "
                     "المنطقة الاقتصادية لقناة السويس يبدأ الإنتاج بطاقة مليوني جهاز سنويا",
                     "التصنيفات أخبار التقنية", "أحمد فتحي", "16 مايو، 2024 في 3:55 م",
                     "هل يوجد ضمان محلي على هذه الأجهزة؟", "الوسوم صناعة الإلكترونيات، المنطقة "
                     "الاقتصادية لقناة السويس، الهواتف المحمولة",
                     "حوافز ضريبية جديدة لشركات تصنيع الإلكترونيات محليا",
                     "© 2024 تك مصر • بُني باستخدام GeneratePress"} <= chrome
    body = truth["body"]
    assert body.startswith("بدأ مصنع جديد لتجميع الهواتف المحمولة في المنطقة الصناعية")
    assert body.endswith("فاتورة الاستيراد التي تجاوزت ملياري دولار العام الماضي.")
    assert body.count("\n\n") == 7 and "\n\nطاقة إنتاجية وفرص عمل\n\n" in body
    assert "جدول المحتويات" not in body and "بواسطة" not in body

    # page 2: staff account, posted 00:50 in winter (+02:00), edited next day: hidden updated
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "13 يناير، 2025"
    assert truth["published"] == "2025-01-13" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2025-01-13T00:50:00+02:00" />',
                 '<meta property="og:updated_time" content="2025-01-14T10:15:00+02:00" />',
                 '<span class="posted-on"><time class="updated" datetime="2025-01-14T10:15:00+02:'
                 '00" itemprop="dateModified">14 يناير، 2025</time><time class="entry-date '
                 'published" datetime="2025-01-13T00:50:00+02:00" itemprop="datePublished">13 '
                 "يناير، 2025</time>", ".posted-on .updated{display:none;}",
                 f'<a class="url fn n" href="{HOST}/author/editorial/"', "&copy; 2025 تك مصر"):
        assert mark in html, mark
    for absent in ("featured-image", 'id="rank-math-toc"', "<figure", 'class="comment-list"',
                   "og:image"):
        assert absent not in html, absent
    assert CHROME | {"13 يناير، 2025", "14 يناير، 2025", "فريق التحرير",
                     "13 يناير، 2025 بواسطة فريق التحرير",
                     "الوسوم الإنترنت الأرضي، حماية المستخدمين، تنظيم الاتصالات",
                     "كيف تقيس سرعة الإنترنت المنزلي بدقة قبل تقديم شكوى؟"} <= chrome
    body = truth["body"]
    assert body.startswith("ألزم الجهاز القومي لتنظيم الاتصالات شركات الإنترنت الأرضي")
    assert body.endswith("لضمان عدم تكرار الأعطال الواسعة مستقبلا.") and body.count("\n\n") == 3

    # page 3: named writer, bold company name, inline link, GB "اقرأ أيضًا" box, one comment
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "27 أكتوبر، 2024"
    assert truth["published"] == "2024-10-27" and truth["author"] == "كريم منصور"
    for mark in ('<meta property="article:published_time" content="2024-10-27T09:10:00+03:00" />',
                 '<time class="updated" datetime="2024-10-27T11:15:00+03:00" itemprop="dateModif'
                 'ied">27 أكتوبر، 2024</time>', "&quot;<strong>قسطها</strong>&quot;",
                 f'نشر <a href="{HOST}/startups/h1-funding-report/">تقرير يرصد تراجع حجم '
                 "الاستثمارات</a> في", '<div class="gb-container gb-container-7c2e91a4">\n<p '
                 'class="gb-headline gb-headline-b51f0d3e gb-headline-text"><strong>اقرأ أيضًا:'
                 "</strong>", '<h3 class="comments-title">\n\t\t\tفكرة واحدة على “',
                 '<div class="featured-image  page-header-image-single ">'):
        assert mark in html, mark
    assert "rank-math-toc\"" not in html and "<figcaption" not in html
    assert html.index("تسدد على ستة أشهر.</p>") < html.index("gb-container-7c2e91a4") \
        < html.index("<p>ويأتي الإعلان بعد أسابيع")
    assert CHROME | {"27 أكتوبر، 2024", "كريم منصور", "27 أكتوبر، 2024 بواسطة كريم منصور",
                     "اقرأ أيضًا: البنك المركزي يصدر ضوابط جديدة لخدمات الشراء الآن والدفع "
                     "لاحقا", "محمد رشاد", "27 أكتوبر، 2024 في 1:30 م",
                     "التصنيفات شركات ناشئة"} <= chrome
    body = truth["body"]
    assert body.startswith('أعلنت شركة "قسطها" المصرية الناشئة، العاملة في مجال الشراء الآن')
    assert body.endswith("وهو شرط أساسي لعمل منصات التقسيط الرقمية في مصر.")
    assert body.count("\n\n") == 4 and "اقرأ أيضًا" not in body
