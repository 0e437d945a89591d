"""Traits of the nodebb_topic family (unseen18): a NodeBB v3 / Harmony neighbourhood forum in
Amman whose topic's first post is a local news item, as the browser holds the page after
NodeBB's client filled the timeago anchors (relative Arabic text within the 30-day cutoff, the
Amman locale string past it, the UTC ISO instant in `title`). No generator meta, no JSON-LD;
the footer widget says times are Amman time (UTC+3), so the truth is the Amman day."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "nodebb_topic"
COMMON = ('<!DOCTYPE html>\n<html lang="ar" data-dir="rtl" style="direction: rtl;">\n<head>',
          '<meta name="viewport" content="width&#x3D;device-width, initial-scale&#x3D;1.0" />',
          '<meta property="og:site_name" content="منتدى الحي" />',
          '<meta property="og:type" content="article" />',
          '<meta property="article:section" content="أخبار الحي" />',
          '<link rel="stylesheet" type="text/css" href="/assets/client-rtl.css?v=4a1b2c9e0f3" />',
          "var config = JSON.parse('{\"relative_path\":\"\"",
          '"timeagoCutoff":30,"userLang":"ar"', 'template-topic page-topic-category-4 page-topic-'
          'category-أخبار-الحي parent-category-4 page-status-200 theme-harmony user-guest '
          'skin-noskin">', '<nav class="text-dark bg-light sidebar sidebar-left vh-100',
          '<span class="nav-text small visible-open fw-semibold">الفئات</span>',
          '<h1 class="fs-6 fw-bold text-body mb-0">منتدى الحي</h1>',
          '<ol class="breadcrumb justify-content-center mb-2" itemscope="itemscope" '
          'itemprop="breadcrumb" itemtype="http://schema.org/BreadcrumbList">',
          '<li component="breadcrumb/current" itemscope="itemscope"',
          'itemscope itemtype="https://schema.org/DiscussionForumPosting">',
          '<h1 component="post/header" class="tracking-tight fw-semibold fs-3 mb-0 text-break ">'
          '\n\t\t\t\t\t<span class="topic-title" component="topic/title">',
          'component="topic/tags" class="lh-1 tags tag-list d-flex flex-wrap hidden-xs '
          'hidden-empty gap-2"><a href="/tags/', '<span class="badge tag tag-class-',
          '<span component="topic/post-count" title="',
          '<a component="topic/reply/guest" href="/login" class="d-flex gap-2 align-items-center '
          'fw-semibold btn btn-sm btn-primary ms-auto">يجب عليك تسجيل الدخول للرد</a>',
          '<ul component="topic" class="posts timeline list-unstyled mt-sm-2 p-0 py-3"',
          '<li component="post" class="pt-4   topic-owner-post" data-index="0" data-pid="',
          '<a component="post/anchor" data-index="0" id="1"></a>',
          '<div class="content text-break" component="post/content" itemprop="text">',
          'component="post/vote-count" data-votes="', 'title="اقتبس"', 'title="رد"',
          '<span class="visually-hidden">', '<div class="pagination-block d-none d-lg-block',
          '<div data-widget-area="footer">', '<h5 class="card-header">مواضيع مقترحة</h5>',
          '<ul class="suggested-topics">', '<p>جميع الأوقات المعروضة بتوقيت عمّان (UTC+3)</p>',
          '<div component="toaster/tray/reconnect" class="alert alert-danger reconnect-alert hide"',
          '<script defer src="/assets/nodebb.min.js?v=4a1b2c9e0f3"></script>')
CHROME = {"منتدى الحي", "الفئات", "حديث", "وسم", "الأكثر شهرة", "المستخدمين", "المجموعات",
          "Collapse", "بحث", "تسجيل", "الصفحة الرئيسية", "أخبار الحي", "ترتيب حسب",
          "من الأقدم إلى الأحدث", "يجب عليك تسجيل الدخول للرد", "مواضيع مقترحة",
          "جميع الأوقات المعروضة بتوقيت عمّان (UTC+3)", "© 2024 منتدى الحي", "شروط الاستخدام",
          "منتدى الحي — مساحة لأهالي أحياء عمّان لتبادل الأخبار المحلية والخدمات", "#1", "#2",
          "Looks like your connection to منتدى الحي was lost, please wait while we try to "
          "reconnect."}


def _common(n: int) -> tuple[str, dict, set]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    assert 'name="generator"' not in html and "application/ld+json" not in html
    chrome = set(truth["must_not_contain"])
    assert chrome >= CHROME, CHROME - chrome
    return html, truth, chrome


def test_unseen18_traits_nodebb_topic() -> None:
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "منذ 3 أيام"
    assert truth["published"] == "2024-05-12" and truth["author"] == "سامر الخطيب"
    for mark in ('<meta property="article:published_time" content="2024-05-12T09:30:00.000Z" />',
                 '<title>أمانة عمّان تفتتح حديقة جديدة في جبل النزهة على مساحة 12 دونما | منتدى '
                 'الحي</title>', '<link rel="author" href="https://muntada-alhay.example/user/'
                 'samer-khatib" />', '<meta property="og:image" content="https://muntada-alhay.'
                 'example/assets/uploads/files/1715506201794-hadiqa-jabal-alnuzha.jpg" />',
                 'data-username="samer_khatib" data-uid="7">سامر الخطيب</a>',
                 '<span class="badge-text align-text-bottom">مراسلو الحي</span>',
                 '<span class="text-muted">wrote <a href="/post/5521" class="timeago text-muted" '
                 'title="2024-05-12T09:30:00.000Z" datetime="2024-05-12T09:30:00.000Z">منذ 3 أيام'
                 '</a></span>', 'class=" img-fluid img-markdown" /></p>\n<p><em>بوابة الحديقة',
                 "إضافة إلى <strong>مظلات خشبية</strong> ومقاعد",
                 '<div component="post/signature" data-uid="7" class="text-xs text-muted mt-2">',
                 'component="post/reply-count/text" data-replies="1">1 رد</span>',
                 'replied to <a component="post/parent" data-topid="5521" href="/post/5521">سامر '
                 'الخطيب</a> <a href="/post/5530"',
                 '@samer_khatib</a> قال في <a href="/post/5521">',
                 "<blockquote>\n<p>ستفتح أبوابها يوميا من السادسة صباحا حتى العاشرة ليلا</p>\n"
                 "</blockquote>", 'class="pagination-container mt-3 hidden"'):
        assert mark in html, mark
    assert chrome >= {"بوابة الحديقة الجديدة صباح يوم الافتتاح (تصوير: سامر الخطيب)",
                      "wrote منذ 3 أيام", "replied to سامر الخطيب منذ يوم واحد",
                      "wrote منذ 20 ساعة", "سامر الخطيب", "مراسلو الحي", "غير متصل", "1 رد",
                      "آخر رد منذ يوم واحد", "4 المشاركات", "214 المشاهدات", "حدائق",
                      "@samer_khatib قال في أمانة عمّان تفتتح حديقة جديدة في جبل النزهة على "
                      "مساحة 12 دونما:", "منذ 4 أيام", "1 / 4",
                      "📍 مراسل متطوع في جبل النزهة — أرسلوا لي أخبار شارعكم عبر الرسائل الخاصة",
                      "شكوى جماعية من تكرار انقطاع الكهرباء في شارع الأمير حسن"}
    body = truth["body"]
    assert body.startswith("افتتحت أمانة عمّان الكبرى صباح اليوم الأحد حديقة عامة جديدة")
    assert body.endswith("لغرس مئتي شتلة زيتون وليمون.") and body.count("\n\n") == 5
    assert "تصوير" not in body and "قال في" not in body

    html, truth, chrome = _common(2)
    # posted at 21:40 UTC on 2 September, 00:40 on 3 September in Amman (UTC+3)
    assert truth["published_shown"] == "منذ 20 ساعة"
    assert truth["published"] == "2024-09-03" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2024-09-02T21:40:00.000Z" />',
                 'title="2024-09-02T21:40:00.000Z" datetime="2024-09-02T21:40:00.000Z">منذ 20 '
                 'ساعة</a>', "<h3>مواعيد الضخ الجديدة</h3>\n<p>وبحسب الجدول المنشور على <a "
                 'href="https://www.miyahuna.example/schedule/2024-09" rel="nofollow ugc">موقع '
                 "الشركة</a>،", 'data-username="abu_rakan" data-uid="31">abu_rakan</a>',
                 '<span class="visually-hidden">المتواجدون حاليًّا</span>',
                 'data-tag="مياه">مياه</span></a>'):
        assert mark in html, mark
    assert "og:image" not in html and "img-markdown" not in html and "<blockquote>" not in html
    assert "post/signature" not in html and "badge-text" not in html
    assert chrome >= {"wrote منذ 20 ساعة", "wrote منذ 19 ساعة", "replied to abu_rakan منذ 12 "
                      "ساعة", "wrote منذ ساعتين", "abu_rakan", "م. صهيب", "96 المشاهدات",
                      "منذ يومين", "متى تنتهي أعمال الحفريات في شارع الجيش؟"}
    body = truth["body"]
    assert body.startswith("أعلنت شركة مياهنا عن تعديل جدول ضخ المياه لمناطق ماركا الشمالية")
    assert body.endswith("التي يزداد فيها الضغط على الشبكة.") and body.count("\n\n") == 4
    assert "\n\nمواعيد الضخ الجديدة\n\n" in body

    html, truth, chrome = _common(3)
    # past the 30-day cutoff the client prints toLocaleString("ar") in Amman time
    assert truth["published_shown"] == "20 فبراير 2024، 7:15 م"
    assert truth["published"] == "2024-02-20" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2024-02-20T16:15:00.000Z" />',
                 '<meta property="article:modified_time" content="2024-03-05T09:00:00.000Z" />',
                 '<span class="text-muted">wrote on <a href="/post/4410" class="timeago text-muted"'
                 ' title="2024-02-20T16:15:00.000Z" datetime="2024-02-20T16:15:00.000Z">20 فبراير '
                 '2024، 7:15 م</a></span>', 'title="2024-02-23T21:10:00.000Z" datetime="2024-02-23'
                 'T21:10:00.000Z">24 فبراير 2024، 12:10 ص</a>',
                 '<li class="page-item page active" ><a class="page-link rounded fw-secondary px-3"'
                 ' href="?page=1" data-page="1">1</a></li>',
                 '<a class="page-link" href="#">1 / 2</a>',
                 "<blockquote>\n<p>مع تخصيص ساعات للمراجعين دون موعد</p>\n</blockquote>"):
        assert mark in html, mark
    assert "منذ" not in html.split('<ul component="topic"')[1].split("</ul>")[0]
    assert chrome >= {"wrote on 20 فبراير 2024، 7:15 م", "replied to nazzal_news on 21 فبراير "
                      "2024، 8:40 ص", "replied to أم أحمد on 24 فبراير 2024، 12:10 ص",
                      "آخر رد 21 فبراير 2024، 8:40 ص", "1.4k المشاهدات", "9 المشاركات", "1 / 2",
                      "1 / 9", "5 مارس 2024، 12:00 م", "nazzal_news", "د. نور", "غير متواجد",
                      "أين أجد صيدلية مناوبة بعد منتصف الليل في نزال؟"}
    body = truth["body"]
    assert body.startswith("افتتحت وزارة الصحة مساء الثلاثاء مركز نزال الصحي الشامل")
    assert body.endswith("للحصول على رقم الدور.") and body.count("\n\n") == 6
