"""Traits of the held-out moodle_site_news family (Moodle 4.1 Boost, site news discussion)."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "moodle_site_news"
HOST = "https://moodle-univ-iq.example"
COMMON = ('<html  dir="rtl" lang="ar" xml:lang="ar">', '<meta name="keywords" content="moodle, ',
          f"{HOST}/theme/styles.php/boost/1709876543_1/all-rtl", "M.cfg = {",
          '<body  id="page-mod-forum-discuss" class="format-site  path-mod path-mod-forum',
          "notloggedin uses-drawers", 'id="theme_boost-drawers-blocks"',
          'class=" block_news_items block  card mb-3"', 'class=" block_calendar_upcoming block',
          '<nav class="moremenu navigation">', '<div id="usernavigation"',
          '<header id="page-header" class="header-maxwidth d-print-none">',
          '<ol class="breadcrumb">', '<div class="secondary-navigation d-print-none">',
          "<h2>أخبار الجامعة</h2><h3 class=\"discussionname\">",
          '<div class="discussion-nav clearfix"><ul><li class="prev-discussion">',
          'class="custom-select singleselect" name="mode"',
          'class="d-flex border p-2 mb-2 forumpost focus-target  firstpost starter"',
          '<div id="post-content-', 'class="post-content-container">',
          'data-region="post-actions-container"', '<footer id="page-footer" class="footer-popover',
          '<div>Powered by <a href="https://moodle.com">Moodle</a></div>')
CHROME = {"مودل جامعة الحضر", "منصة التعليم الإلكتروني في جامعة الحضر", "أخبار الجامعة",
          "الصفحة الرئيسية", "موقع الجامعة", "دليل الطالب", "الدعم الفني", "المزيد", "دخول",
          "العربية \u200e(ar)\u200e", "English \u200e(en)\u200e", "انتقل إلى المحتوى الرئيسي",
          "فتح درج القوالب", "البحث في المنتديات", "المنتدى", "وضع العرض", "عرض الردود بشكل متداخل",
          "الرابط الثابت", "رد", "آخر الأخبار", "تخطي آخر الأخبار", "مواضيع أقدم ...",
          "الأحداث القادمة", "لا توجد أحداث قادمة", "روابط مهمة", "المكتبة الافتراضية",
          "إعلام الجامعة", "وثائق Moodle لهذه الصفحة", "أنت لم تسجل دخولك بعد. (دخول)",
          "ملخص الاحتفاظ بالبيانات", "احصل على تطبيق الهاتف المحمول", "Powered by Moodle"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    for absent in ("og:title", "application/ld+json", "article:published_time", "datetime="):
        assert absent not in html, (n, absent)
    chrome = set(truth["must_not_contain"])
    assert chrome >= CHROME, (n, CHROME - chrome)
    return html, truth, chrome


def test_unseen23_traits_moodle_site_news() -> None:
    # page 1: office account, Atto image with a caption paragraph, bold figure, signature, tags
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "الاثنين، 4 مارس 2024، 10:15 ص"
    assert truth["published"] == "2024-03-04" and truth["author"] is None
    for mark in ("<title>مودل جامعة الحضر: جامعة الحضر تفتتح مؤتمرها العلمي الدولي الثالث",
                 "بواسطة إعلام الجامعة - <time>الاثنين، 4 مارس 2024، 10:15 ص</time></address>",
                 'class="img-fluid atto_image_button_text-bottom"><br></p><p dir="rtl" style='
                 '"text-align: center;"><em>جانب من جلسة افتتاح المؤتمر',
                 "<strong>186 بحثا</strong>", '<p dir="rtl" style="text-align: justify;">',
                 '<strong>شعبة الإعلام والاتصال الحكومي</strong></p>',
                 '<div class="tag_list hideoverlimit "><b class="accesshide">الوسوم:</b>',
                 '<li class="next-discussion">'):
        assert mark in html, mark
    assert "mediaplugin" not in html and "attachedimages" not in html
    assert {"بواسطة إعلام الجامعة - الاثنين، 4 مارس 2024، 10:15 ص", "الاثنين، 4 مارس 2024، 10:15 ص",
            "جانب من جلسة افتتاح المؤتمر على قاعة ابن الأثير في رئاسة الجامعة",
            "شعبة الإعلام والاتصال الحكومي", "الوسوم:", "مؤتمرات دولية", "الموارد المائية",
            "10 مارس، 09:30", "7 مارس، 12:00",
            "وفد من وزارة التعليم العالي يطلع على سير الامتحانات الإلكترونية في كلية الهندسة",
            "ورشة تدريبية لأعضاء الهيئة التدريسية عن إعداد الاختبارات على المنصة"} <= chrome
    body = truth["body"]
    assert body.startswith("افتتحت جامعة الحضر صباح اليوم الاثنين أعمال مؤتمرها العلمي")
    assert body.endswith("الجهات الحكومية المعنية بإدارة المياه في المحافظة.")
    assert body.count("\n\n") == 5 and "شعبة الإعلام" not in body and "جانب من" not in body

    # page 2: a named staff member posts (the only byline), inline portal link, image attachment
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "الأحد، 16 يونيو 2024، 8:10 م"
    assert truth["published"] == "2024-06-16" and truth["author"] == "حيدر عبد الأمير الساعدي"
    for mark in ("بواسطة حيدر عبد الأمير الساعدي - <time>الأحد، 16 يونيو 2024، 8:10 م</time>",
                 '<a href="https://postgrad.univ-hatra.example/apply" target="_blank">البوابة '
                 "الإلكترونية للدراسات العليا</a>", '<div class="attachedimages">',
                 'alt="المرفق ملصق_التقديم_2024.jpg"', '<li class="next-discussion">'):
        assert mark in html, mark
    assert "tag_list" not in html and "<em>" not in html and "mediaplugin" not in html
    assert {"بواسطة حيدر عبد الأمير الساعدي - الأحد، 16 يونيو 2024، 8:10 م",
            "حيدر عبد الأمير الساعدي", "22 يونيو، 09:30",
            "إعلان نتائج الامتحانات النهائية للمراحل المنتهية في كليات الجامعة"} <= chrome
    assert "الوسوم:" not in chrome
    body = truth["body"]
    assert body.startswith("أعلنت جامعة الحضر فتح باب التقديم الإلكتروني لقبول الطلبة")
    assert body.endswith("في إعلان لاحق على هذه المنصة وعلى صفحة الجامعة الرسمية.")
    assert body.count("\n\n") == 3

    # page 3: newest post (no next discussion), h4 subheading, YouTube mediaplugin, PDF attachment
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "الأحد، 12 يناير 2025، 8:45 ص"
    assert truth["published"] == "2025-01-12" and truth["author"] is None
    for mark in ("<h4>مواعيد الحملة وأماكنها</h4>",
                 '<div class="mediaplugin mediaplugin_youtube d-block">',
                 "https://www.youtube.com/embed/Qm7tRz0LhWc",
                 'aria-label="المرفق استمارة_المتبرع.pdf"',
                 "/f/pdf\" /> استمارة_المتبرع.pdf", 'class="badge badge-info ">التبرع بالدم</a>'):
        assert mark in html, mark
    assert '<li class="next-discussion">' not in html and "<em>" not in html
    assert {"استمارة_المتبرع.pdf", "التبرع بالدم", "كليات المجموعة الطبية", "18 يناير، 09:30",
            "بواسطة إعلام الجامعة - الأحد، 12 يناير 2025، 8:45 ص",
            "افتتاح مختبر المحاكاة السريرية في كلية الطب بتمويل من الجامعة"} <= chrome
    assert "بدء التسجيل في دورة الإسعافات الأولية لطلبة المرحلة الأولى" not in chrome
    body = truth["body"]
    assert body.startswith("أطلقت كلية الطب في جامعة الحضر صباح اليوم الأحد حملة تطوعية")
    assert body.endswith("وتناول وجبة خفيفة قبل الحضور.") and body.count("\n\n") == 3
    assert "\n\nمواعيد الحملة وأماكنها\n\n" in body
