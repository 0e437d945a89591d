"""The traits the gdocs_published_statement family is there for: a Jordanian NGO's statements
as Google Docs serves a Doc "published to the web" (banner, header with the file name, generated
c-classes, rtl paragraphs split into spans, spacers); the truth is the date typed in the Doc."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "gdocs_published_statement"
SHELL = ('<div id="banner"><div id="publish-banner" role="banner">',
         '<div id="publish-banner-text">Published using Google Docs</div>',
         '">Report abuse</a>', '">Learn more</a>',
         'href="https://docs.google.com/abuse?id=e/2PACX-1v',
         '<div id="header"><div id="title">',
         '<div id="interval"><span>Updated automatically every 5 minutes</span></div>',
         '<div id="contents"><style type="text/css">@import url(https://themes.googleusercontent',
         'ol{margin:0;padding:0}table td,table th{padding:0}', '<meta property="og:site_name" '
         'content="Google Docs">', 'kix-favicon', "var _docs_flag_initialData=")
BANNER = {"Published using Google Docs", "Report abuse", "Learn more",
          "Updated automatically every 5 minutes",
          "المكتب الإعلامي – ملتقى الأغوار للتنمية الريفية"}


def test_unseen13_traits_gdocs_published_statement() -> None:
    html, truth = _page(NAME, 1)
    chrome = set(truth["must_not_contain"])
    assert truth["published_shown"] == "14/3/2024"
    assert truth["published"] == "2024-03-14" and truth["author"] is None
    assert "/document/d/e/2PACX-1v" in truth["url"] and truth["url"].endswith("/pub")
    for mark in (*SHELL, '<div class="c5 doc-content">',
                 '<p class="c2 title" dir="rtl" id="h.gjdgxs">',
                 '<ul class="c14 lst-kix_37bh2g3ixj2k-0 start">',
                 '<li class="c4 c3 li-bullet-0" dir="rtl">',
                 ".lst-kix_37bh2g3ixj2k-0>li:before{content:",
                 '<p class="c2 c15" dir="rtl"><span class="c8"></span></p>',
                 '<p class="c4" dir="rtl"><span class="c13">دير علا –</span><span class="c8"> أطلق',
                 '<span class="c8 c0">ويتضمن ثلاثة محاور رئيسية:</span>',
                 '<span class="c13">المهندس خالد العبادي</span>',
                 '<a class="c12" href="https://www.google.com/url?q=https://forms.ghor-forum.example/'
                 "irrigation-2024&amp;sa=D&amp;source=editors&amp;ust=",
                 'href="mailto:media@ghor-forum.example"'):
        assert mark in html, mark
    assert "<table" not in html and "<img" not in html and "application/ld+json" not in html
    assert html.count('<p class="c2 c15" dir="rtl"><span class="c8"></span></p>') == 6
    assert "<title>بيان صحفي - برنامج الري الموفر - 14-3-2024</title>" in html
    assert BANNER | {"بيان صحفي - برنامج الري الموفر - 14-3-2024", "التاريخ: 14/3/2024",
                     "ملتقى الأغوار للتنمية الريفية – جمعية أهلية غير ربحية",
                     "دير علا – محافظة البلقاء – المملكة الأردنية الهاشمية | هاتف: 05 357 2284",
                     "بيان صحفي", "- انتهى -",
                     "للتواصل الإعلامي: 0795550142 – media@ghor-forum.example"} <= chrome
    assert truth["body"].startswith("دير علا – أطلق ملتقى الأغوار للتنمية الريفية")
    assert truth["body"].endswith("علما بأن المقاعد محدودة.") and truth["body"].count("\n\n") == 5

    html, truth = _page(NAME, 2)
    chrome = set(truth["must_not_contain"])
    assert truth["published_shown"] == "الأحد 9 حزيران 2024"
    assert truth["published"] == "2024-06-09" and truth["author"] == "دانة الصمادي"
    for mark in (*SHELL, '<div class="c2 doc-content">',
                 '<h1 class="c10" dir="rtl" id="h.33ittd6itybe">',
                 '<span class="c7">إعداد: </span><span class="c11">دانة الصمادي</span>',
                 '<span class="c7">الكريمة، </span><span class="c11">الأحد 9 حزيران 2024</span>',
                 '<p class="c13 c8" dir="rtl"><span class="c11"></span></p>',
                 '<span style="overflow: hidden; display: inline-block; margin: 0.00px 0.00px;',
                 '<img alt="" src="https://lh7-rt.googleusercontent.com/docsz/AD_4nX',
                 "&quot;سلة الغور&quot;</a>", '<span class="c7">أم محمد الدبابسة</span>'):
        assert mark in html, mark
    assert "<ul" not in html and "<table" not in html and 'class="c2 title"' not in html
    assert BANNER | {"خبر - وحدة الألبان في الكريمة (نشرة 23)", "الكريمة، الأحد 9 حزيران 2024",
                     "ملتقى الأغوار للتنمية الريفية – نشرة أخبار الملتقى – العدد 23",
                     "إعداد: دانة الصمادي", "تصوير: المكتب الإعلامي للملتقى",
                     "عضوات في الجمعية التعاونية خلال تجهيز أول دفعة من إنتاج وحدة الألبان "
                     "في الكريمة"} <= chrome
    assert "- انتهى -" not in chrome
    assert truth["body"].startswith("افتتحت جمعية سيدات الكريمة التعاونية")
    assert truth["body"].endswith("من أسر ذات دخل محدود.") and truth["body"].count("\n\n") == 5

    html, truth = _page(NAME, 3)
    chrome = set(truth["must_not_contain"])
    assert truth["published_shown"] == "22 تشرين الأول/أكتوبر 2024"
    assert truth["published"] == "2024-10-22" and truth["author"] is None
    for mark in (*SHELL, '<div class="c0 doc-content">',
                 '<a id="t.0"></a><table class="c17"><tr class="c8"><td class="c18" colspan="1" '
                 'rowspan="1">',
                 '<a id="t.1"></a><table class="c17"><tr class="c10"><td class="c5" colspan="1" '
                 'rowspan="1"><p class="c15" dir="rtl"><span class="c4">ويطالب الملتقى',
                 '<p class="c1 title" dir="rtl" id="h.7jjwjg87bzzd">',
                 '<p class="c1 subtitle" dir="rtl" id="h.6oq8brl8g10w">',
                 'width: 94.00px; height: 94.00px;"><img alt=""',
                 '<span class="c2">ملتقى الأغوار للتنمية الريفية</span>',
                 "وتزويدها ب</span><span class=\"c13\"><a class=\"c3\" href=\"https://www.google.com/"
                 "url?q=https://drive.google.com/drive/folders/"):
        assert mark in html, mark
    assert html.count("<table") == 2 and html.count("url?q=https://docs.google.com/document") == 3
    assert BANNER - {"المكتب الإعلامي – ملتقى الأغوار للتنمية الريفية"} | {
        "بيان 11-2024 - حصص مياه الري", "دير علا في 22 تشرين الأول/أكتوبر 2024",
        "بيان رقم (11/2024)", "الهيئة الإدارية – ملتقى الأغوار للتنمية الريفية",
        "مسجلة لدى وزارة التنمية الاجتماعية برقم 2147 | ص.ب 117 دير علا 18211",
        "بيان صادر عن الهيئة الإدارية لملتقى الأغوار للتنمية الريفية", "- انتهى -",
        "بيانات سابقة للملتقى:", "الملتقى يدعو إلى جدولة قروض صغار المزارعين المتعثرين"} <= chrome
    assert truth["body"].startswith("تابع ملتقى الأغوار للتنمية الريفية بقلق بالغ")
    assert truth["body"].endswith("نتائج الرصد الميداني أولا بأول.")
    assert truth["body"].count("\n\n") == 4
