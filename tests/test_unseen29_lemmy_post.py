"""Traits of the lemmy_post family (unseen29): an Arabic Lemmy instance (lemmy-ui 0.19 SSR)
post page in the news community !akhbar: `window.isoData` in the head, the post listing
printed twice (mobile and desktop copies), a relative `moment-time` whose absolute UTC time
lives only in its tooltip, the markdown body in `article#postContent > div.md-div`, the
threaded `ul.comments` tree and the community sidebar with badges and moderators."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "lemmy_post"
HOST = "https://lemmy-akhbar-alnas.example"
COMMON = ('<html lang="ar" dir="rtl">', "<script nonce=", "window.isoData = {",
          '"routeData":{"postRes":{"data":{"post_view":', '<meta name="Description" '
          'content="Lemmy">', '<link rel="manifest" href="/manifest.webmanifest" />',
          '<link rel="stylesheet" type="text/css" href="/css/themes/browser.css"/>',
          "<div id='root'><div id=\"app\" class=\"lemmy-site\">",
          '<nav class="navbar navbar-expand-md navbar-light p-0 px-3 container-lg" id="navbar">',
          '<div class="post container-lg"><div class="row"><main class="col-12 col-md-8 '
          'col-lg-9 mb-3"><div class="post-listing mt-2"><div class="d-block d-sm-none">',
          '<div class="d-none d-sm-block"><article class="row post-container">',
          '<div class="vote-bar small text-center">', "text-muted post-score",
          '<h1 class="h5 d-inline text-break">', "<!----> <!---->إلى<!----> ",
          '<a class="community-link " title="أخبار" href="/c/akhbar">',
          '<span class="mx-1 badge text-bg-light">العربية</span>',
          '<span class="moment-time pointer unselectable" data-tippy-content="',
          'GMT+00:00">', '<article id="postContent" class="col-12 card my-2 p-2"><div '
          'class="md-div">', '<div class="post-comment-container">',
          '<ul class="comments border-top border-light"',
          '<li class="comment list-unstyled"><article id="comment-',
          'class="details comment-node py-2 border-top border-light"',
          '<div class="comment-content"><div class="md-div">',
          '<div class="community-sidebar"><aside class="mb-3"><div id="sidebarContainer">',
          '<section id="sidebarInfo" class="card border-secondary mb-3">',
          '<ul class="badges my-1 list-inline">',
          '<a class="badge text-bg-primary" href="/modlog/7">سجل الإشراف</a>',
          '<span class="nav-link">BE: 0.19.3</span>',
          "<script defer src='/static/1b5a7c2e/js/client.js'></script>")
CHROME = {"أخبار الناس", "المجتمعات", "إنشاء منشور", "تسجيل الدخول", "إنشاء حساب", "العربية",
          "يجب عليك تسجيل الدخول للتعليق", "الشريط الجانبي", "الرائج", "الأحدث", "الدردشة",
          "!akhbar@lemmy-akhbar-alnas.example", "اشترك", "سجل الإشراف", "المشرفون:", "هالة",
          "أبو فراس", "BE: 0.19.3", "join-lemmy.org", "تخطي إلى المحتوى",
          "مجتمع لنشر الأخبار المحلية من المحافظات الأردنية بصياغة الخبر."}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen29_traits_lemmy_post() -> None:
    # page 1: image post (pictrs thumbnail), photo and italic caption in the body, bold phrase
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "منذ 5 ساعات"
    assert truth["published"] == "2024-03-18" and truth["author"] is None
    for mark in ("<title>افتتاح سوق أسبوعي للمزارعين في إربد يبيع الخضار والألبان مباشرة "
                 "للمستهلكين - أخبار الناس</title>", '"published":"2024-03-18T11:20:00.',
                 'data-tippy-content="الاثنين، 18 مارس 2024 في 11:20:00 ص GMT+00:00">منذ 5 '
                 "ساعات</span>", '<meta property="og:image" content="'
                 f'{HOST}/pictrs/image/9c4f2e1a', 'class="thumbnail rounded overflow-hidden',
                 '<div class="col-3 mobile-thumbnail-container">',
                 '<p><img src="' + HOST + '/pictrs/image/9c4f2e1a-7b3d-4c6e-a8f0-2d5b1e9c7a34'
                 '.jpeg" alt="صورة" />\n<em>جانب من السوق',
                 "<strong>كل يوم اثنين من السابعة صباحا حتى الثانية ظهرا</strong>",
                 'aria-label="الناشر" data-tippy-content="الناشر">الناشر</span>',
                 '<ul class="comments ms-1 border-top border-light"'):
        assert mark in html, mark
    assert "card-title" not in html and "<h3>" not in html and "كتب:" not in html
    assert CHROME | {"منذ 5 ساعات", "إربد اليوم إلى أخبار", "4473", "44", "الناشر",
                     "جانب من السوق صباح الافتتاح في ساحة البلدية القديمة", "أم يزن",
                     "14•منذ 4 ساعات", "2.3K مشترك", "31 مستخدم / يوم",
                     "الجبنة البلدية خلصت قبل ما أوصل 😅"} <= chrome
    body = truth["body"]
    assert body.startswith("افتتحت بلدية إربد الكبرى صباح اليوم الاثنين سوقا أسبوعيا")
    assert body.endswith("التي تحمل البضائع من القرى.") and body.count("\n\n") == 4
    assert "جانب من السوق" not in body and "**" not in body

    # page 2: text post, "كتب:" byline line, inline link, h3 subheading, three-level thread
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "منذ يومين"
    assert truth["published"] == "2024-08-06" and truth["author"] == "سامر الخطيب"
    for mark in ('"published":"2024-08-06T06:05:00.', "<p><strong>كتب: سامر الخطيب</strong></p>",
                 '<a href="https://ywc-water.example/ar/distribution" rel="nofollow">جدول '
                 "التوزيع المحدث</a>", "<h3>معاناة في ذروة الحر</h3>",
                 '<a class="person-listing d-inline-flex align-items-baseline text-info" '
                 'title="samer_k" href="/u/samer_k"><span>سامر الخطيب</span></a>',
                 '"body":"**كتب: سامر الخطيب**', "### معاناة في ذروة الحر",
                 'id="comment-1177904"', "border-left: 2px solid rgba(46,204,113,1)"):
        assert mark in html, mark
    assert "og:image" not in html and "thumbnail rounded" not in html
    assert CHROME | {"منذ يومين", "كتب: سامر الخطيب", "سامر الخطيب إلى أخبار", "4865", "81",
                     "4•منذ يوم واحد", "عنا في معصوم لسا ما وصلت لليوم.", "2.9K مشترك"} <= chrome
    body = truth["body"]
    assert body.startswith("بدأت المياه تعود تدريجيا منذ فجر اليوم الثلاثاء")
    assert body.endswith("ومحاسبة المقصرين في الرقابة على المقاولين.")
    assert body.count("\n\n") == 6 and "\n\nمعاناة في ذروة الحر\n\n" in body
    assert "كتب:" not in body

    # page 3: link post to a local paper (hostname line, metadata card), "المصدر:" at the end
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "منذ 40 دقيقة"
    assert truth["published"] == "2025-01-27" and truth["author"] is None
    for mark in ('"published":"2025-01-27T16:40:00.', '<a class="link-dark" href="https://'
                 'alshamal-today.example/local/2025/01/27/yarmouk-exams"',
                 '<div class="card d-none d-sm-block border-secondary mb-3">',
                 '<h5 class="card-title d-inline">', "card-text small text-muted md-div",
                 '"embed_title":"اليرموك تؤجل امتحانات منتصف الفصل أسبوعا"',
                 "<p><em>المصدر: صحيفة الشمال اليوم</em></p>"):
        assert mark in html, mark
    assert "<strong>" not in html and "mobile-thumbnail-container" not in html
    assert CHROME | {"منذ 40 دقيقة", "عين على اليرموك إلى أخبار", "alshamal-today.example",
                     "اليرموك تؤجل امتحانات منتصف الفصل أسبوعا", "المصدر: صحيفة الشمال اليوم",
                     "القرار يشمل جميع الكليات والدوام عن بعد يومي الثلاثاء والأربعاء",
                     "7•منذ 25 دقيقة", "3•منذ 8 دقائق", "2190", "19"} <= chrome
    body = truth["body"]
    assert body.startswith("قررت جامعة اليرموك تأجيل امتحانات منتصف الفصل الدراسي الثاني")
    assert body.endswith("خلال ساعات الليل.") and body.count("\n\n") == 3
    assert "المصدر" not in body
