"""Traits of the modx_portal family (unseen18): a MODX Revolution + pdoTools news portal of the
Syrian diaspora ("صدى المهجر", Istanbul, +03:00) with a Bootstrap 3 RTL template: `<base href>`,
`assets/templates/sada/` and `assets/components/tickets/` paths, pdoMenu's one-line navbar,
pdoCrumbs' `ol.breadcrumb`, the `article-meta` line with publishedon as dd.mm.yyyy, the
introtext as `p.lead`, TinyMCE `[[*content]]`, tagLister links, pdoResources related and
most-read lists, Tickets comments and guest form."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "modx_portal"
COMMON = ('<!DOCTYPE html>\n<html lang="ar" dir="rtl">',
          '<base href="https://sada-almahjar.example/" />',
          '<link rel="stylesheet" href="assets/templates/sada/css/bootstrap.min.css">',
          '<link rel="stylesheet" href="assets/templates/sada/css/bootstrap-rtl.min.css">',
          '<link rel="stylesheet" href="/assets/components/tickets/css/web/default.css" '
          'type="text/css" />\n<script type="text/javascript">TicketsConfig = {"ctx":"web",',
          '<meta property="og:type" content="article" />',
          '<nav class="navbar navbar-default" role="navigation">',
          '<span class="sr-only">القائمة</span>',
          '<ul class="nav navbar-nav"><li class="first"><a href="/" >الرئيسية</a></li>'
          '<li class="active"><a href="news/" >أخبار</a></li><li><a href="opinion/" >رأي</a>',
          '<li class="last"><a href="contacts.html" >اتصل بنا</a></li></ul>',
          '<ol class="breadcrumb"><li><a href="/">الرئيسية</a></li>\n<li><a href="news/">أخبار'
          '</a></li>', '<div class="col-md-8">\n            <article class="article-full">',
          '<h1 class="article-title">', '<div class="article-meta">',
          '<span class="views"><i class="fa fa-eye"></i> ', '<p class="lead">',
          '<div class="article-content">', 'class="tl-tag">', '<div class="share-box">',
          '<h3 class="section-title">مواد ذات صلة</h3>', '<div class="comments">',
          '<div id="comments-wrapper">\n        <ol class="comment-list" id="comments">',
          '<form id="comment-form" action="" method="post" class="well">',
          '<h4 class="widget-title">الأكثر قراءة</h4>', '<aside class="col-md-4 sidebar">',
          '<script type="text/javascript" src="/assets/components/tickets/js/web/default.js">'
          '</script>\n</body>')
CHROME = {"صدى المهجر", "موقع إخباري مستقل يصدر من إسطنبول", "القائمة", "الرئيسية", "أخبار",
          "رأي", "تحقيقات", "ثقافة", "فيديو", "اتصل بنا", "الوسوم:", "شارك الخبر:", "فيسبوك",
          "تويتر", "واتساب", "تيليغرام", "طباعة", "مواد ذات صلة", "الأكثر قراءة", "آخر الأخبار",
          "تابعونا", "يوتيوب", "من نحن", "سياسة الخصوصية", "أعلن معنا", "أضف تعليقاً", "الاسم",
          "البريد الإلكتروني",
          "صدى المهجر منبر مستقل يتابع شؤون السوريين في بلدان اللجوء والاغتراب",
          "© 2016 - 2025 صدى المهجر. جميع الحقوق محفوظة"}


def test_unseen18_traits_modx_portal() -> None:
    html, truth = _page(NAME, 1)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    assert truth["published_shown"] == "12.05.2024"
    assert truth["published"] == "2024-05-12" and truth["author"] is None
    for mark in ('<span class="date"><i class="fa fa-calendar"></i> 12.05.2024</span>\n'
                 '                <span class="views"><i class="fa fa-eye"></i> 2417</span>',
                 '<meta property="article:published_time" content="2024-05-12T14:30:00+0300" />',
                 '<li class="active">غرفة تجارة غازي عنتاب تمدد مهلة ترخيص الورش السورية',
                 '<p><img class="img-responsive" src="assets/images/news/2024/05/gaziantep-'
                 'workshop.jpg" alt="عمال في إحدى ورش الخياطة',
                 '<p style="text-align: center;"><em>عمال في إحدى ورش الخياطة',
                 '<p style="text-align: justify;">وقال مسؤول في الغرفة',
                 "<h3>مهلة حتى نهاية آب</h3>",
                 'المنشور على <a href="https://www.gto.example.tr/duyurular" target="_blank" '
                 'rel="noopener">الموقع الرسمي للغرفة</a>،',
                 '<h3 class="title">التعليقات (<span id="comment-total">2</span>)</h3>',
                 '<span class="ticket-comment-author">أبو خالد</span>\n            <span '
                 'class="ticket-comment-createdon">13.05.2024 09:20</span>'):
        assert mark in html, mark
    assert "بقلم" not in html and "<iframe" not in html and "اقرأ أيضاً" not in html
    assert CHROME | {"المهجر", "12.05.2024", "2417", "ورش النسيج", "السوريون في تركيا",
                     "عمال في إحدى ورش الخياطة بحي شاهين بيه في غازي عنتاب (صدى المهجر)",
                     "ارتفاع إيجارات المحال في أسواق غازي عنتاب القديمة", "09.05.2024",
                     "التعليقات (2)", "أبو خالد", "13.05.2024 09:20", "#", "↓",
                     "هل يشمل التمديد الورش المسجلة باسم شريك تركي؟", "18.05.2024"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلنت غرفة التجارة في ولاية غازي عنتاب جنوبي تركيا تمديد المهلة")
    assert body.endswith("ويضطرون إلى دفع مبالغ كبيرة لوسطاء لا يملكون أي صفة قانونية.")
    assert body.count("\n\n") == 6 and "\n\nمهلة حتى نهاية آب\n\n" in body
    assert "صدى المهجر" not in body

    html, truth = _page(NAME, 2)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    # posted at 00:20 Istanbul time: the UTC day is 2 September, the page shows the 3rd
    assert truth["published_shown"] == "03.09.2024"
    assert truth["published"] == "2024-09-03" and truth["author"] == "ريم الحسن"
    for mark in ('<span class="date"><i class="fa fa-calendar"></i> 03.09.2024</span>\n'
                 '                <span class="author"><i class="fa fa-pencil"></i> بقلم: '
                 'ريم الحسن</span>',
                 '<meta property="article:published_time" content="2024-09-03T00:20:00+0300" />',
                 "خلال <strong>ستة أشهر بدلا من عامين</strong> في المتوسط.</p>",
                 "وقال الطبيب السوري <strong>مازن العلي</strong>، الذي",
                 "اعتماد إجراءات مماثلة.&nbsp;</p>\n<p>&nbsp;</p>\n<p>ويبلغ",
                 '<h3 class="title">التعليقات (<span id="comment-total">0</span>)</h3>',
                 '<ol class="comment-list" id="comments"></ol>'):
        assert mark in html, mark
    assert "img-responsive\" src=\"assets/images/news" not in html and "<h3>" not in html
    assert "ticket-comment-author" not in html and "<iframe" not in html
    assert CHROME | {"المهجر", "03.09.2024", "1388", "بقلم: ريم الحسن", "التعليقات (0)",
                     "أطباء سوريون يؤسسون رابطة مهنية في هانوفر", "21.08.2024",
                     "الأطباء في ألمانيا", "09.09.2024"} <= chrome
    body = truth["body"]
    assert body.startswith("أقرت وزارة الشؤون الاجتماعية والصحة في ولاية سكسونيا السفلى")
    assert body.endswith("ما يجعلهم أكبر مجموعة من الأطباء الأجانب في البلاد.")
    assert body.count("\n\n") == 4 and "ريم الحسن" not in body

    html, truth = _page(NAME, 3)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    assert truth["published_shown"] == "19.01.2025"
    assert truth["published"] == "2025-01-19" and truth["author"] is None
    for mark in ('<span class="date"><i class="fa fa-calendar"></i> 19.01.2025</span>',
                 '<meta property="article:published_time" content="2025-01-19T09:45:00+0300" />',
                 '<li><a href="news/syria/">سوريا</a></li>',
                 '<p><iframe src="https://www.youtube.com/embed/Xk2vP0qL9sA" width="560" '
                 'height="315" frameborder="0" allowfullscreen="allowfullscreen"></iframe></p>',
                 '<p><strong>اقرأ أيضاً:</strong> <a href="news/2025/01/5301.html">مدارس حلب '
                 "تستقبل مئات الطلاب العائدين</a></p>\n                </div>",
                 '<h3 class="title">التعليقات (<span id="comment-total">3</span>)</h3>',
                 '<span class="ticket-comment-createdon">20.01.2025 10:45</span>'):
        assert mark in html, mark
    assert "بقلم" not in html and "<h3>" not in html and "<em>" not in html
    assert CHROME | {"سوريا", "19.01.2025", "905", "تعليم العائدين",
                     "اقرأ أيضاً: مدارس حلب تستقبل مئات الطلاب العائدين",
                     "مدارس حلب تستقبل مئات الطلاب العائدين", "التعليقات (3)", "محمد ق.",
                     "19.01.2025 11:20", "الموقع لا يفتح من خارج سوريا، أرجو التأكد.",
                     "25.01.2025"} <= chrome
    body = truth["body"]
    assert body.startswith("أطلقت وزارة التربية في دمشق منصة إلكترونية تتيح للطلاب العائدين")
    assert body.endswith("في وقت تتوقع فيه الوزارة عودة عشرات آلاف الطلاب قبل نهاية العام الدراسي.")
    assert body.count("\n\n") == 3 and "اقرأ أيضاً" not in body
