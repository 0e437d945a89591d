"""Traits of the movabletype_column family (unseen32): a Kuwaiti columnist's blog on Movable
Type Pro 7.9 with the Classic Blog theme translated by hand into Arabic: the XHTML head with
MT's generator, styles.css, mt.js, the trackback RDF and hand-added og meta (UTC `Z` time),
`#header-name`, `entry-asset` with `asset-name`, the `asset-meta` byline ("بواسطة ... في
dd/mm/YYYY HH:MM", +03:00), `asset-body` / `asset-more`, `entry-categories`, `entry-tags`, the
MT comments (English `%x %X` dates) and `comments-form`, the `#beta` widgets and `#footer`."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "movabletype_column"
HOST = "https://mt-kuwait-column.example"
COMMON = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"',
          'id="sixapart-standard" dir="rtl" lang="ar"',
          '<meta name="generator" content="Movable Type Pro 7.9.8" />',
          f'<link rel="stylesheet" href="{HOST}/styles.css" type="text/css" />',
          f'<script type="text/javascript" src="{HOST}/mt.js"></script>',
          'xmlns:trackback="http://madskills.com/public/xml/rss/module/trackback/"',
          '<body id="classic_blog" class="mt-entry-archive layout-wt">',
          '<div id="container">', '<div id="container-inner">',
          f'<div id="header-name"><a href="{HOST}/" accesskey="1">ديوانية الرأي</a></div>',
          '<div id="header-description">', '<div id="content">', '<div id="alpha-inner">',
          'class="entry-asset asset hentry"', '<div class="asset-header">',
          '<h1 id="page-title" class="asset-name entry-title">', '<div class="asset-meta">',
          '<span class="byline">', '<abbr class="published" title="',
          '<span class="separator">|</span>', '<div class="asset-content entry-content">',
          '<div class="asset-body">', '<div class="asset-footer">',
          '<div class="entry-categories">',
          '<h4>التصنيفات<span class="delimiter">:</span></h4>', '<div class="entry-tags">',
          '<h4>الوسوم<span class="delimiter">:</span></h4>', "mt-search.cgi?tag=",
          '<div id="comments" class="comments">', 'id="comments-form"',
          'onsubmit="return mtCommentOnSubmit(this)"', 'id="comment-bake-cookie"',
          'mtAttachEvent("load", mtEntryOnLoad);', '<div id="beta">',
          '<div class="widget-about-this-page widget">',
          '<div class="widget-archive widget-archive-category widget">',
          '<div class="widget-archive widget-archive-monthly widget">',
          '<div class="widget-tag-cloud widget">', 'class="rank-1 widget-list-item"',
          '<h3 class="widget-header">المشاركات الأخيرة</h3>',
          '<div class="widget-syndication widget">', '<div class="widget-powered widget">',
          '<div id="footer">', 'يعمل بنظام <a href="https://www.movabletype.org/">')
CHROME = {"ديوانية الرأي", "مقالات عبدالعزيز المطيري في الشأن الكويتي العام", "التصنيفات:",
          "الوسوم:", "تدوينات ذات صلة", "اترك تعليقاً", "الاسم", "البريد الإلكتروني",
          "تذكر معلوماتي؟", "التعليق (يمكنك استخدام وسوم HTML للتنسيق)", "بحث",
          "عن هذه التدوينة", "الصفحات", "عن الكاتب", "التصنيفات", "مقالات (214)",
          "الأرشيف الشهري", "سحابة الوسوم", "الديوانيات", "المشاركات الأخيرة",
          "اشترك في خلاصة هذه المدونة", "يعمل بنظام Movable Type Pro",
          "تجد أحدث المحتوى في الصفحة الرئيسية أو في الأرشيف لتصفح كل المحتوى."}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen32_traits_movabletype_column() -> None:
    # page 1: the columnist's column, an mt-figure with caption, an h3 in asset-more, 3 comments
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "18/11/2024 09:30"
    assert truth["published"] == "2024-11-18" and truth["author"] == "عبدالعزيز المطيري"
    for mark in ('<meta property="article:published_time" content="2024-11-18T06:30:00Z" />',
                 '<abbr class="published" title="2024-11-18T09:30:00+03:00">18/11/2024 09:30',
                 'dc:date="2024-11-18T09:30:00+03:00"', '<figure class="mt-figure mt-image-center"',
                 "<figcaption>أعمال البنية التحتية", '<div id="more" class="asset-more">',
                 "<h3>بدل الإيجار لا يكفي</h3>", '<h2 class="comments-header">3 تعليقات</h2>',
                 "mtReplyCommentOnClick(", "ردا على <a href=", "og:image",
                 '<abbr class="published" title="2024-11-18T11:02:00+03:00">November 18, 2024 '
                 "11:02 AM</abbr>", '<link rel="next bookmark"', "November 2024 ("):
        assert mark in html, mark
    assert "<iframe" not in html and "<blockquote" not in html
    assert CHROME | {"عبدالعزيز المطيري", "بواسطة عبدالعزيز المطيري في 18/11/2024 09:30",
                     "18/11/2024 09:30", "3 تعليقات", "مقالات", "الرعاية السكنية",
                     "أعمال البنية التحتية في أحد قطاعات مدينة المطلاع السكنية",
                     "المطلاع: مدينة تنتظر سكانها", "أبو مشعل", "سارة", "تعليق من أبو مشعل",
                     "November 18, 2024 11:02 AM", "التدوينة السابقة:", "التدوينة التالية:",
                     "عن النقد والمجاملة", "جميع الحقوق محفوظة © 2008-2024 ديوانية الرأي",
                     "تحتوي هذه الصفحة على تدوينة واحدة كتبها عبدالعزيز المطيري نشرت في "
                     "18/11/2024 09:30."} <= chrome
    body = truth["body"]
    assert body.startswith("بلغ عدد الطلبات الإسكانية المتراكمة لدى المؤسسة العامة")
    assert body.endswith("يستحق أن يكون أول بند في أولويات الحكومة لا آخره.")
    assert body.count("\n\n") == 6 and "\n\nبدل الإيجار لا يكفي\n\n" in body
    assert 225 <= len(body.split()) <= 250 and "البنية التحتية" not in body

    # page 2: a KUNA item by an account without a display name, at 00:40 Kuwait time: UTC is
    # the day before; no image, no extended entry, a source credit line, no comments
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "14/01/2025 00:40"
    assert truth["published"] == "2025-01-14" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2025-01-13T21:40:00Z" />',
                 '<span class="byline">\n                                            <abbr '
                 'class="published" title="2025-01-14T00:40:00+03:00">14/01/2025 00:40</abbr>',
                 '<p style="text-align: left;"><strong>المصدر: وكالة الأنباء الكويتية (كونا)'
                 "</strong></p>", '<a href="' + HOST + '/2025/01/rain_forecast.html#comments">'
                 "لا توجد تعليقات</a>", "<p>الكويت - 14 - 1 (كونا) -- توقعت", "January 2025 ("):
        assert mark in html, mark
    for absent in ("بواسطة", '<div id="more"', "og:image", '<h2 class="comments-header">',
                   '<div class="comment" id=', "<figure"):
        assert absent not in html, absent
    assert CHROME | {"14/01/2025 00:40", "لا توجد تعليقات", "أخبار منقولة", "الطقس",
                     "المصدر: وكالة الأنباء الكويتية (كونا)", "أمطار الخير تعيد الحياة إلى البر",
                     "تحتوي هذه الصفحة على تدوينة واحدة نشرت في 14/01/2025 00:40.",
                     "بداية عام ونهاية صبر",
                     "طابور الرعاية السكنية... اثنا عشر عاما من الانتظار"} <= chrome
    body = truth["body"]
    assert body.startswith("الكويت - 14 - 1 (كونا) -- توقعت إدارة الأرصاد الجوية")
    assert body.endswith("جاهزية فرقها للتعامل مع أي طارئ.")
    assert body.count("\n\n") == 3 and 120 <= len(body.split()) <= 128
    assert "المصدر:" not in body

    # page 3: a guest writer, a blockquote the text introduces, a YouTube iframe with a caption
    # paragraph in asset-more, one comment, no next entry
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "11/08/2025 20:15"
    assert truth["published"] == "2025-08-11" and truth["author"] == "منى العنزي"
    for mark in ('<meta property="article:published_time" content="2025-08-11T17:15:00Z" />',
                 "youtube.com/embed/Kw7pQ2sL9dE", "<blockquote>\n<p>نحن لا نعلمهم",
                 '<p style="text-align: center;"><em>مشاهد من استقبال سفن الغوص',
                 '<h2 class="comments-header">تعليق واحد</h2>',
                 '<div id="more" class="asset-more">', "August 11, 2025 9:10 PM"):
        assert mark in html, mark
    assert "<figure" not in html and '<link rel="next bookmark"' not in html
    assert "التدوينة التالية:" not in html
    assert html.index("أمام الجمهور.</p>") < html.index("<iframe") < html.index("<p>وأتمنى")
    assert CHROME | {"منى العنزي", "بواسطة منى العنزي في 11/08/2025 20:15", "تعليق واحد",
                     "تراث", "التراث الكويتي", "بوفيصل", "August 11, 2025 9:10 PM",
                     "مشاهد من استقبال سفن الغوص في يوم القفال العام الماضي",
                     "النهام: صوت السفينة الذي لا يغيب",
                     "جميع الحقوق محفوظة © 2008-2025 ديوانية الرأي",
                     "العطلة الصيفية بين السفر والبقاء"} <= chrome
    body = truth["body"]
    assert body.startswith("أبحرت صباح السبت الماضي سفن رحلة الغوص السنوية")
    assert body.endswith("وكيف صبر أهله على شظف العيش.")
    assert body.count("\n\n") == 5 and "يوم القفال العام الماضي" not in body
    assert "فقال:\n\nنحن لا نعلمهم صيد اللؤلؤ" in body
