"""The traits the unseen14 family phpbb_board_news is there for: an Arabic phpBB 3.3 board
(prosilver, RTL, the Arabic language pack) whose news forum has staff post stories as topics:
the first post's BBCode output is the story, while profiles, replies (one quoting the story),
signatures, the edit notice, similar topics, jumpbox and online list are chrome; the board's
Arabic date format (untranslated am/pm, "إبريل") against the UTC `<time datetime>`."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "phpbb_board_news"
COMMON = ('<html dir="rtl" lang="ar">', "phpBB style name: prosilver",
          "./styles/prosilver/theme/bidi.css",
          '<body id="phpbb" class="nojs notouch section-viewtopic rtl ">',
          '<div id="page-body" class="page-body" role="main">', '<h2 class="topic-title">',
          '<div class="action-bar bar-top">', '<div class="action-bar bar-bottom">',
          '<div class="pagination">', 'class="post has-profile bg2"',
          'class="post has-profile bg1"', '<div class="postbody">', '<dl class="postprofile"',
          '<dd class="profile-rank">', '<dd class="profile-joined"><strong>اشترك في:</strong>',
          '<h3 class="first">', '<p class="author">',
          '<span class="responsive-hide">بواسطة <strong>', '<div class="content">',
          'class="signature"', 'itemtype="https://schema.org/BreadcrumbList"',
          '<div class="jumpbox dropdown-container', '<div class="stat-block online-list">',
          '<div class="rules">', "<br>\n<br>\n")
CHROME = {"منتديات واحة الأحساء", "فهرس المنتدى", "الأقسام العامة", "الأخبار", "أضف رد جديد",
          "قوانين المنتدى", "المشرفون: ناصر الملحم،أبو ريان", "مواضيع مشابهة", "الانتقال إلى",
          "العودة إلى ”الأخبار“", "الموجودون الآن", "جميع الأوقات تستخدم التوقيت العالمي+03:00",
          "بدعم من phpBB® Forum Software © phpBB Limited", "الترجمة برعاية المنتديات العربية"}


def test_unseen14_traits_phpbb_board_news() -> None:
    html, truth = _page(NAME, 1)
    chrome = set(truth["must_not_contain"])
    for mark in (*COMMON,
                 '<time datetime="2024-03-09T07:15:00+00:00">السبت 9 مارس 2024 10:15 am</time>',
                 '<img src="https://i.imgur.com/k3Rw9Qd.jpeg" class="postimage" alt="صورة">'
                 '<br>\n<em class="text-italics">',
                 'بدأت <strong class="text-strong">أمانة الأحساء</strong> صباح',
                 'class="postlink">بيان نشرته على حسابها الرسمي</a>',
                 "&amp;sid=8f3c2a91d04b6e7f5a1c9d2e3b4f6a70",
                 '<blockquote cite="./viewtopic.php?p=30117', "</a> كتب: <a href=",
                 'style="color: #00AA00;" class="username-coloured">ناصر الملحم</a>',
                 "4 مشاركات\n\t\t\t\t\t\t\t&bull; صفحة <strong>1</strong> من <strong>1</strong>"):
        assert mark in html, mark
    assert html.count('class="post has-profile') == 4 and 'class="notice"' not in html
    assert truth["published_shown"] == "السبت 9 مارس 2024 10:15 am"
    assert truth["published"] == "2024-03-09" and truth["author"] == "ناصر الملحم"
    assert CHROME | {"صورة من موقع المشروع صباح اليوم، بعدسة العضو أبو خالد", "مشرف قسم الأخبار",
                     "مشاركات: 2314", "اشترك في: الثلاثاء 3 مايو 2016 9:12 pm", "مكان: الهفوف",
                     "مشاركة بواسطة ناصر الملحم » السبت 9 مارس 2024 10:15 am",
                     "رد: أمانة الأحساء تبدأ تنفيذ ممشى بطول أربعة كيلومترات في حي الراشدية",
                     "قسم الأخبار – منتديات واحة الأحساء | لأي ملاحظة على الخبر راسلني على الخاص",
                     "ناصر الملحم كتب: السبت 9 مارس 2024 10:15 am", "4 مشاركات • صفحة 1 من 1",
                     "المتصفحون للمنتدى الآن: ناصر الملحم،أم جود و 7 زوار",
                     "ممشى حي المزروعية: ملاحظات الأهالي بعد شهر من الافتتاح"} <= chrome
    body = truth["body"]
    assert body.startswith("بدأت أمانة الأحساء صباح اليوم السبت أعمال تنفيذ ممشى")
    assert body.endswith("عبر الرقم الموحد 940 أو تطبيق بلدي.") and body.count("\n\n") == 6

    html, truth = _page(NAME, 2)
    chrome = set(truth["must_not_contain"])
    # posted 00:40 in the board's +03:00: the page shows 18 November, its datetime the 17th
    assert ('<time datetime="2024-11-17T21:40:00+00:00">الاثنين 18 نوفمبر 2024 12:40 am</time>'
            in html)
    assert truth["published_shown"] == "الاثنين 18 نوفمبر 2024 12:40 am"
    assert truth["published"] == "2024-11-18" and truth["author"] is None
    for mark in (*COMMON, '<span style="color:#BF0000"><strong class="text-strong">عاجل</strong>'
                 "</span><br>\n<br>\nأعلنت", '<div class="notice">',
                 "<br /><strong>السبب:</strong> <em>إضافة رقم الدفاع المدني</em>"):
        assert mark in html, mark
    assert "sid=" not in html and "<blockquote" not in html
    assert html.count('class="post has-profile') == 3
    assert CHROME | {"عاجل", "نسأل الله أن يجعلها أمطار خير وبركة، ودمتم سالمين.",
                     "السبب: إضافة رقم الدفاع المدني", "مشرف عام", "3 مشاركات • صفحة 1 من 1",
                     "آخر تعديل بواسطة أبو ريان في الاثنين 18 نوفمبر 2024 6:05 am، "
                     "تم التعديل مرة واحدة.",
                     "مشاركة بواسطة فهد العمير » الاثنين 18 نوفمبر 2024 12:52 am",
                     "المتصفحون للمنتدى الآن: لا يوجد أعضاء مسجلين متصلين و 23 زائرًا",
                     "سبحان الله وبحمده، سبحان الله العظيم"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلنت الإدارة العامة للتعليم بمحافظة الأحساء تعليق الدراسة")
    assert body.endswith("والتواصل مع الرقم 998 عند الحاجة إلى المساعدة.")
    assert body.count("\n\n") == 3

    html, truth = _page(NAME, 3)
    chrome = set(truth["must_not_contain"])
    assert truth["published_shown"] == "الثلاثاء 22 إبريل 2025 7:30 pm"
    assert truth["published"] == "2025-04-22" and truth["author"] is None
    for mark in (*COMMON, '<span data-s9e-mediaembed="youtube"',
                 "https://www.youtube.com/embed/Qx7mV2cKp4E",
                 '<span style="font-size:120%;line-height:116%"><strong class="text-strong">'
                 "مراحل المشروع</strong></span>",
                 'المصدر: <a href="https://spa-news.example/ar/2291044" class="postlink">'
                 "وكالة الأنباء السعودية</a></div>",
                 '<li class="arrow next"><a class="button button-icon-only"', "start=6",
                 'style="color: #AA0000;" class="username-coloured">إدارة المنتدى</a>'):
        assert mark in html, mark
    assert html.index("data-s9e-mediaembed") < html.index("مراحل المشروع</strong>")
    assert html.count('class="post has-profile') == 6 and "صفحة <strong>1</strong>" not in html
    assert CHROME | {"المصدر: وكالة الأنباء السعودية", "9 مشاركات", "التالي", "المدير العام",
                     "إدارة المنتدى كتب: الثلاثاء 22 إبريل 2025 7:30 pm",
                     "مشاركة بواسطة إدارة المنتدى » الثلاثاء 22 إبريل 2025 7:30 pm",
                     "ثمانية عشر شهر مدة معقولة إذا التزموا فيها.",
                     "المتصفحون للمنتدى الآن: بو عبدالله،Hassan.Q،تراثي وزائران"} <= chrome
    body = truth["body"]
    assert body.startswith("بدأت هيئة التراث أعمال ترميم سوق القيصرية التاريخي")
    assert body.endswith("أعيد بعده بناء أجزاء واسعة منه وفق تصميمه الأصلي.")
    assert body.count("\n\n") == 5
    assert "\n\nمراحل المشروع\n\nوتبدأ المرحلة الأولى" in body and "المصدر" not in body
