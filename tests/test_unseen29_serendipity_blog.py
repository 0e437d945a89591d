"""Traits of the serendipity_blog family (s9y 2.x, Bulletproof template, Amman commentary)."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "serendipity_blog"
HOST = "https://s9y-nabd-alrai.example"
COMMON = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"',
          '<meta name="Powered-By" content="Serendipity v.2.4.0" />',
          "templates/bulletproof/base.css", "purple_style.css", '<div id="skiplinks"><ul>',
          '<div id="sitenav" class="snabove">', 'id="serendipityQuickSearchTermField"',
          '<div id="serendipity_banner">', 'class="threeside layout3sbs_left"',
          'class="serendipity_calendar"', '<td id="today" scope="col" colspan="7">',
          '<ul id="serendipity_categories_list"', "container_serendipity_plugin_archives",
          '<div id="content" class="threemain layout3sbs_content hfeed">',
          "<!-- ENTRIES START -->", '<div class="hentry serendipity_Entry_Date">',
          '<h3 class="serendipity_date"><abbr class="published"',
          '<h4 class="entry-title serendipity_title">',
          '<div class="entry-content serendipity_entry_body">',
          "<div class='serendipity_entryFooter belowentry'>", '<address class="author">',
          '<div class="serendipity_freeTag">', '<div class="serendipity_freeTag_related">',
          "<rdf:RDF", '<div class="serendipity_comments serendipity_section_trackbacks">',
          '<div class="serendipity_comments serendipity_section_comments">',
          '<form id="serendipity_comment_CommentForm"', '<select id="serendipity_replyTo"',
          '<ul id="serendipity_syndication_list" class="plainList">',
          '<div id="serendipity_credit_line">بواسطة <a href="http://www.s9y.org">s9y</a>')
CHROME = {"الرئيسية", "من نحن", "كتّاب المدونة", "الأرشيف", "اتصل بنا", "نبض الرأي", "التقويم",
          "أقسام", "شؤون محلية", "البرلمان والأحزاب", "اقتصاد سياسي", "الإقليم", "مقالات ضيوف",
          "جميع التصانيف", "ارشيف", "القديم ...", "روابط تعقيبات", "تعقب رابط معين لهذه المشاركة",
          "تعليقات", "عرض التعليقات بصيغة (خطي | متسلسل)", "اضافة تعليق", "الاسم",
          "البريد الإلكتروني", "ردا على", "تذكر المعلومات؟", "[ المستوى الأعلى ]",
          "ستخضع التعليقات للمراجعة قبل ظهورها.", "عن المدونة", "أحدث التدوينات", "منشور",
          "RSS 2.0 feed", "ATOM 1.0 feed", "Skip to blog entries",
          "بواسطة s9y – Template by Bulletproof development team.",
          "جميع الحقوق محفوظة © نبض الرأي. الآراء الواردة في المقالات تعبر عن أصحابها.",
          "تدوينات ذات صلة بالكلمات الدلالية:"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    chrome = set(truth["must_not_contain"])
    assert chrome >= CHROME, (n, CHROME - chrome)
    return html, truth, chrome


def test_unseen29_traits_serendipity_blog() -> None:
    # page 1: columnist, image with caption, bold phrase, 3 comments and a trackback
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "الثلاثاء, تشرين الثاني 19. 2024"
    assert truth["published"] == "2024-11-19" and truth["author"] == "مازن الخطيب"
    for mark in ("<title>البرلمان الجديد أمام اختبار الأحزاب: هل تصمد القوائم الوطنية بعد دورتها "
                 "الأولى؟ - نبض الرأي</title>",
                 '<abbr class="published" title="2024-11-19T21:40:00+03">الثلاثاء, تشرين الثاني '
                 "19. 2024</abbr>", '<a class="homelink1" href="' + HOST + '/">البرلمان الجديد',
                 f'{HOST}/archives/412-albarlaman-aljadid-amam-ikhtibar-alahzab.html',
                 '<div class="serendipity_imageComment_center" style="width: 640px">',
                 "<!-- s9ymdb:87 -->", '<div class="serendipity_imageComment_txt">',
                 "<strong>الانضباط الحزبي</strong>", "تعليقات (3)</a>", "تعقيبات (1)</a>",
                 '<span class="comment_source_date">2024-11-19 22:15</span>',
                 "<b>Weblog:</b> مدونة حبر على ورق", "comment_evenbox"):
        assert mark in html, mark
    assert "serendipity_entry_extended" not in html and "لا تعليقات" not in html
    assert {"جانب من الجلسة الافتتاحية لمجلس النواب في العبدلي",
            "نشر بواسطة مازن الخطيب في البرلمان والأحزاب في 21:40 | تعليقات (3) | تعقيبات (1)",
            "الكلمات الدلالية لهذه التدوينة: مجلس النواب، الأحزاب السياسية، قانون الانتخاب",
            "عتبة الحسم وما بعدها", "تشرين الثاني '24", "الجمعة تشرين الثاني 22 2024",
            "تشرين الثاني 2024", "#1 سامر العلي في 2024-11-19 22:15 (رد)",
            "#3: خالد ع. في 2024-11-20 07:40",
            "جربنا الوعود قبل ذلك، ننتظر الأفعال لا المقالات.",
            "الأحزاب تحت القبة: ملاحظات أولية", "Weblog: مدونة حبر على ورق",
            "تعقب: تشرين الثاني 20, 09:12"} <= chrome
    body = truth["body"]
    assert body.startswith("دخلت الأحزاب الأردنية قبة البرلمان هذه المرة من الباب العريض")
    assert body.endswith("وسيكون الخاسر الأكبر مشروع التحديث السياسي برمته.")
    assert body.count("\n\n") == 4 and "العبدلي" not in body

    # page 2: editorial posted at 00:40 Amman time, nl2br paragraphs, inline link, no comments
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "الثلاثاء, شباط 4. 2025"
    assert truth["published"] == "2025-02-04" and truth["author"] is None
    for mark in ('<abbr class="published" title="2025-02-04T00:40:00+03">الثلاثاء, شباط  4. '
                 "2025</abbr>", f'<a href="{HOST}/archives/377-taqrir-diwan-almuhasaba.html">'
                 "تقرير ديوان المحاسبة الأخير</a>", "بنحو الثلث، في وقت", "<br />\n<br />\n",
                 '<a href="' + HOST + '/archives/2025/02/04.html">4</a>',
                 '<div class="serendipity_center nocomments">لا تعليقات</div>',
                 "لا يوجد روابط تعقيب", "تعليقات (0)</a>"):
        assert mark in html, mark
    assert "<p>" not in html.split("serendipity_entry_body")[1].split("</div>")[0]
    assert "serendipity_imageComment" not in html and "comment_source_date" not in html
    assert {"نشر بواسطة هيئة التحرير في شؤون محلية في 00:40 | تعليقات (0) | تعقيبات (0)",
            "لا تعليقات", "لا يوجد روابط تعقيب", "شباط '25", "الأربعاء شباط 5 2025",
            "مجالس المحافظات بين الصلاحيات والتمويل"} <= chrome
    body = truth["body"]
    assert body.startswith("أقرت الحكومة هذا الأسبوع مخصصات مجالس المحافظات")
    assert body.endswith("مجرد هيئات استشارية بكلفة انتخابات كاملة.") and body.count("\n\n") == 3
    assert "هيئة التحرير" in body and "نشر بواسطة" not in body

    # page 3: admin account, body plus extended entry with an h3 subheading, one comment
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "الأحد, حزيران 22. 2025"
    assert truth["published"] == "2025-06-22" and truth["author"] is None
    for mark in ('<div class="serendipity_entry_extended"><a id="extended"></a><h3>ما الذي نعرفه '
                 "عن العقود؟</h3>", '<abbr class="published" title="2025-06-22T18:05:00+03">',
                 "تعليقات (1)</a>", '<option value="4251">#1: م. رائد الزعبي في 2025-06-22 '
                 "19:40</option>"):
        assert mark in html, mark
    assert "serendipity_imageComment" not in html and "<strong>" not in html
    assert {"نشر بواسطة نبض الرأي في اقتصاد سياسي في 18:05 | تعليقات (1) | تعقيبات (0)",
            "#1 م. رائد الزعبي في 2025-06-22 19:40 (رد)", "حزيران '25",
            "الثلاثاء تموز 1 2025", "الاقتراض الخارجي إلى أين؟",
            "ملخص من صفحتين لمشروع بثلاثة مليارات؟ هذا وحده يكفي للقلق."} <= chrome
    body = truth["body"]
    assert body.startswith("وقعت الحكومة الأسبوع الماضي اتفاقيات التمويل الأخيرة")
    assert body.endswith("ونشر العقود كاملة هو الخطوة الأولى نحو بناء الثقة.")
    assert body.count("\n\n") == 4 and "\n\nما الذي نعرفه عن العقود؟\n\n" in body
