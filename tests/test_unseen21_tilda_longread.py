"""Traits of the tilda_longread family (unseen21): an Emirati cultural initiative's Arabic
long-reads on Tilda (free plan): the metatextblock head and Tilda assets, `#allrecords` with the
`t-header`/`t-footer` records, a T228 menu, T758 breadcrumbs, a T396 zero-block hero artboard,
the story spread across T004 text records (two paragraphs joined by `<br /><br />` in one), lazy
tildacdn images, a T030 subheading, a T123 video embed, share / related / newsletter zero
blocks, the T420 footer, the T657 cookie bar and the "Made on Tilda" badge."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "tilda_longread"
HOST = "https://tilda-initiative-ae.example"
COMMON = ('<!DOCTYPE html> <html lang="ar"> <head>', "<!--metatextblock--> <title>",
          '<meta property="og:type" content="website" />', "<!--/metatextblock-->",
          '<link rel="dns-prefetch" href="https://ws.tildacdn.com">', "<!-- Assets -->",
          "https://neo.tildacdn.com/js/tilda-fallback-1.0.min.js",
          "https://static.tildacdn.com/css/tilda-grid-3.0.min.css",
          "https://static.tildacdn.com/ws/project7318204/tilda-blocks-page",
          "function t_onFuncLoad(funcName, okFunc, time)", "tilda-zero-1.1.min.js",
          "t-records_animated", '<body class="t-body" style="margin:0;">',
          '<div id="allrecords" class="t-records" data-hook="blocks-collection-content-node" '
          'data-tilda-project-id="7318204"', 'data-tilda-lazy="yes"',
          '<header id="t-header" class="t-records"', 'data-record-type="257"><!-- T228 -->',
          'field="menu_mob_title">القائمة</div>',
          '<ul role="list" class="t228__list t-menu__list">',
          'data-record-type="758"><!-- T758 --><div class="t758">',
          '<span class="t758__breadcrumb-divider">»</span>',
          'data-record-type="396"><!-- T396 -->', "<div class='t396'><div class=\"t396__artboard\"",
          "class='t396__elem tn-elem tn-elem__", "<h1 class='tn-atom'field='tn_text_",
          'data-record-type="106"><!-- T004 --><div class="t004"><div class="t-container ">',
          '<div field="text" class="t-text t-text_md ">', "https://thb.tildacdn.com/tild",
          "-/resize/20x/", "t396_init('", '<footer id="t-footer" class="t-records"',
          'data-record-type="420" data-bg-color="#2a2119"><!-- T420 --><div class="t420">',
          'data-record-type="657"><!-- T657 --><div class="t657 t657_closed"',
          "</div> <!--/allrecords--> <!-- Tilda copyright. Don't remove this line -->"
          '<div class="t-tildalabel " id="tildacopy" data-tilda-sign="7318204#',
          '<div class="t-tildalabel__txtleft">Made on </div>', 's.id = "tildastatscript";')
CHROME = {"القائمة", "القصص", "عن المبادرة", "أرشيف الحكايات", "شارك حكايتك", "English",
          "الرئيسية", "شارك القصة", "واتساب", "إكس", "نسخ الرابط", "قصص أخرى من رواة",
          "النشرة الشهرية", "حكاية جديدة من الإمارات تصلك أول كل شهر", "اشترك", "روابط", "من نحن",
          "فريق العمل", "الشركاء", "تواصل", "hello@tilda-initiative-ae.example",
          "دبي، الإمارات العربية المتحدة", "© 2025 مبادرة رواة. جميع الحقوق محفوظة",
          "مبادرة ثقافية مستقلة لتوثيق الحكاية الشفوية في الإمارات، تأسست في دبي عام 2021",
          "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على الموقع. بمتابعة التصفح فإنك توافق على "
          "ذلك.", "موافق", "Close", "Made on Tilda"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    for absent in ("application/ld+json", "article:published_time", "datetime=", "<time"):
        assert absent not in html, (n, absent)
    return html, truth, set(truth["must_not_contain"])


def test_unseen21_traits_tilda_longread() -> None:
    # page 1: byline, lead and date in the hero artboard; T107 image + caption record; bold words
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "14 أبريل 2024"
    assert truth["published"] == "2024-04-14" and truth["author"] == "مريم الكعبي"
    for mark in (f'<link rel="canonical" href="{HOST}/stories/ajman-dhow-makers">',
                 "<title>في أحواض عجمان.. آخر صنّاع المحامل الخشبية يورّثون الحرفة لأحفادهم | "
                 "رواة – حكايات من الإمارات</title>",
                 "field='tn_text_1713000007922'>على ضفة الخور في عجمان،",
                 "field='tn_text_1713000007923'>إعداد: مريم الكعبي</div>",
                 "field='tn_text_1713000007924'>14 أبريل 2024</div>",
                 'data-record-type="3"><!-- T107 --><div class="t107">',
                 '<img class="t-img t-width t107__width t-width_8" src="https://thb.tildacdn.com/',
                 "/-/empty/IMG_4411.jpg\" data-original=\"https://static.tildacdn.com/",
                 '<div field="text" class="t-text t-text_xs "><span style="color: rgb(122, 110, '
                 '96);">القلّاف سالم بن عبيد', "<strong>تثبيت الأضلاع وسدّ الفواصل بالقطن وزيت "
                 "السمك</strong>", "المقبلة.<br /><br />ويختم بن عبيد"):
        assert mark in html, mark
    assert "youtube.com/embed" not in html and "t030__title" not in html
    assert CHROME | {"ذاكرة المكان", "إعداد: مريم الكعبي", "14 أبريل 2024", "7 دقائق قراءة",
                     "القلّاف سالم بن عبيد يتفقد أضلاع محمل قيد البناء في ورشته على خور عجمان",
                     "تصوير: حمدان الشامسي / رواة",
                     "وسوم: الحرف التقليدية · صناعة السفن · عجمان · التراث البحري", "حِرف",
                     "خرائط الغوص القديمة: كيف عرف النواخذة مواقع الهيرات"} <= chrome
    body = truth["body"]
    assert body.startswith("على ضفة الخور في عجمان، ما زال صوت المطارق يعلو")
    assert body.endswith("لا تموت بغياب الزبائن بل بغياب من يتعلمها.") and body.count("\n\n") == 4
    assert "تصوير" not in body and "إعداد" not in body

    # page 2: date in a small T004 line, lead in an inline-sized span, T030 subheading, a link
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "الأحد 3 نوفمبر 2024"
    assert truth["published"] == "2024-11-03" and truth["author"] is None
    for mark in ('<div field="text" class="t-text t-text_xs "><span style="color: rgb(154, 91, '
                 '44);">الأحد 3 نوفمبر 2024</span>',
                 '<span style="font-size: 22px; line-height: 1.6;">في مجالس البيوت',
                 'data-record-type="33"><!-- T030 --><div class="t030">',
                 '<h2 class="t030__title t-title t-title_xs" field="title">ذاكرة لا تحتمل '
                 "التأجيل</h2>", '<a href="https://www.na.ae/ar/" target="_blank" '
                 'rel="noreferrer noopener"', ">الأرشيف والمكتبة الوطنية</a> في أبوظبي",
                 "بيتاً أو بيتين.<br /><br />ولم يقتصر التسجيل"):
        assert mark in html, mark
    for absent in ("t107", "إعداد:", "دقائق قراءة", "youtube.com/embed", "<strong>"):
        assert absent not in html, absent
    assert CHROME | {"أصوات", "الأحد 3 نوفمبر 2024", "سِيَر", "أمكنة",
                     "وسوم: الشعر النبطي · الأرشيف الصوتي · ليوا · الذاكرة الشفوية",
                     "ماذا تقول أسماء الآبار عن تاريخ الظفرة؟"} <= chrome
    body = truth["body"]
    assert body.startswith("في مجالس البيوت المتناثرة بين كثبان ليوا")
    assert body.endswith("وإن من حق صاحبتها ألا تُنسى.") and body.count("\n\n") == 6
    assert "\n\nذاكرة لا تحتمل التأجيل\n\n" in body

    # page 3 (short): dotted date in the hero, lead + first paragraph in one record, a video
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "22.01.2025"
    assert truth["published"] == "2025-01-22" and truth["author"] is None
    for mark in ("field='tn_text_1713000023762'>22.01.2025</div>",
                 "منذ قرون.<br /><br />والحضرة سياج من جريد النخل",
                 'data-record-type="131"><!-- T123 --><div class="t123">',
                 "https://www.youtube.com/embed/Qm7vT2hJk4w?rel=0"):
        assert mark in html, mark
    assert "t107" not in html and "إعداد:" not in html and "t030__title" not in html
    assert CHROME | {"مواسم", "22.01.2025", "3 دقائق قراءة", "أسواق",
                     "وسوم: الصيد التقليدي · أم القيوين · البيئة البحرية",
                     "سوق السمك في كلباء قبل الفجر"} <= chrome
    body = truth["body"]
    assert body.startswith("أعاد صيادون من أم القيوين هذا الشتاء")
    assert body.endswith("وأسماء الأسماك التي تدخل الحضرة في كل موسم.")
    assert body.count("\n\n") == 3 and len(body.split()) < 131
