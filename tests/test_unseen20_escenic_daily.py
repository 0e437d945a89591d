"""Traits of the escenic_daily family (unseen20): a Kuwaiti daily on the Escenic Content Engine
with the Widget Framework: XHTML doctype, head.jsp order and its whitespace-padded `<title>`,
UTC og times against a +03:00 JSON-LD, `.ece` URLs and `/incoming/article<id>.ece/ALTERNATES/`
pictures, every block a `widget <name> <view> widget-editable viziwyg-section-7
inpage-widget-<id>` div: header dateline (today's date), menu, breadcrumb, storyContent split
into title / info (byline, dateline نشر/تحديث) / lead (`h5 print-only`) / body (empty
`floatingContent-right` boxes first) / tags (plain text joined by ", "), contentActions,
relatedContents, popularList mostRead with counts, latest list, Facebook comments, footer and
the Escenic Analysis Engine client script."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "escenic_daily"
HOST = "https://escenic-daily.example"
COMMON = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"',
          '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ar" lang="ar" dir="rtl">',
          '<meta name="generator" content="Escenic Content Engine"/>',
          '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>',
          f'<link rel="stylesheet" type="text/css" href="{HOST}/skins/mirqab/css/global.css"/>',
          "/resources/js/widget-framework-util.js", '"@type": "NewsArticle"',
          " -\n    \n  جريدة المرقاب\n</title>",
          '<div class="widget dateline default widget-editable viziwyg-section-7 inpage-widget-21 '
          'noPrint">\n  <ul>\n    <li class="current first">',
          '<div class="widget menu horizontalMenu widget-editable viziwyg-section-7 '
          'inpage-widget-24 noPrint">', '<div class="col-md-8" role="main">',
          '<div class="col-md-4 lazyimage-anchor">',
          "widget storyContent article widget-editable viziwyg-section-7 inpage-widget-82 "
          "article_title", "inpage-widget-83 article_info",
          '<span class="label">نشر في:</span>', '<span class="label">تحديث:</span>',
          'inpage-widget-85 article_lead_text">\n<h5 class=" print-only">',
          'inpage-widget-84 article_body">\n<div class="floatingContent-right " '
          'style="width:140px;">', "widget contentActions default",
          '<div class="tagLabel">\n  الكلمات الدالة :\n</div>\n<div class="tagNames">',
          "widget relatedContents stories", "<h5>مواضيع ذات صلة</h5>", '<p class="dateline">',
          "widget popularList mostRead", '<div class="info title  ">', "<!-- comments -->",
          '<h5 class="widgetTitle">آخر الأخبار</h5>', "جميع الحقوق محفوظة &copy;",
          "<!-- Start Escenic Analysis Engine client script -->")
CHROME = {"ابحث", "الرئيسية", "محليات", "سياسة", "اقتصاد", "رياضة", "عربي ودولي", "مقالات",
          "منوعات", "النسخة الورقية", "نشر في:", "تحديث:", "طباعة", "أرسل لصديق",
          "تكبير الخط", "تصغير الخط", "الكلمات الدالة :", "مواضيع ذات صلة", "الأكثر قراءة",
          "آخر الأخبار", "تابعونا على", "فيسبوك", "إكس", "إنستغرام", "يوتيوب", "من نحن",
          "اتصل بنا", "أعلن معنا", "الأرشيف", "سياسة الخصوصية",
          "يومية سياسية مستقلة تصدر عن دار المرقاب للصحافة والنشر"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen20_traits_escenic_daily() -> None:
    # page 1: local story, "كتبت" byline, picture with photographer credit, bold and link
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "12 مايو 2024 10:25 ص"
    assert truth["published"] == "2024-05-12" and truth["author"] == "فاطمة العنزي"
    for mark in (f"{HOST}/local/article1571234.ece",
                 '<meta property="article:published_time" content="2024-05-12T07:25:00Z"/>',
                 '"datePublished": "2024-05-12T10:25:00+03:00"',
                 'كتبت&nbsp;<span class="authorName">فاطمة العنزي</span>',
                 "الثلاثاء 14 مايو 2024", '<li class=" active"><a href="'
                 f'{HOST}/local/">محليات</a></li>',
                 f"{HOST}/incoming/article1571230.ece/ALTERNATES/w940/ring6-cracks-jahra.jpg",
                 '<div class="widget picture article', 'class="captify-picture-article"',
                 '<div class="credits">تصوير: حمد الرشيدي</div>',
                 "<strong>كلفة المشروع تبلغ نحو 18 مليون دينار</strong>",
                 f'<a href="{HOST}/local/article1569870.ece">الجهاز المركزي للمناقصات العامة</a>',
                 '<div class="fb-comments" data-href="', "(4821)"):
        assert mark in html, mark
    assert "<h3>" not in html and "inline-image" not in html
    assert CHROME | {"الثلاثاء 14 مايو 2024", "آخر تحديث: 14 مايو 2024 02:31 ص",
                     "12 مايو 2024 10:25 ص", "12 مايو 2024 01:40 م", "كتبت فاطمة العنزي",
                     "فاطمة العنزي", "تصوير: حمد الرشيدي", "التعليقات",
                     "جانب من التشققات على الطريق الدائري السادس قرب تقاطع طريق الجهراء",
                     "وزارة الأشغال, الطرق, الدائري السادس", "09 مايو 2024 09:25 ص",
                     "نواب يطالبون بمحاسبة مقاولي الطرق على التشققات المتكررة", "(4821)",
                     "جميع الحقوق محفوظة © 2024 جريدة المرقاب"} <= chrome
    body = truth["body"]
    assert body.startswith("كشفت مصادر في وزارة الأشغال العامة أن الوزارة ستبدأ مطلع يونيو")
    assert body.endswith("للدائري الخامس وطريق الغوص خلال السنة المالية المقبلة.")
    assert body.count("\n\n") == 6 and "تصوير" not in body and "كتبت" not in body

    # page 2: KUNA wire item at 00:40 Kuwait time: the UTC og time is the day before
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "05 مارس 2024 12:40 ص"
    assert truth["published"] == "2024-03-05" and truth["author"] is None
    for mark in (f"{HOST}/politics/article1558602.ece",
                 '<meta property="article:published_time" content="2024-03-04T21:40:00Z"/>',
                 '"datePublished": "2024-03-05T00:40:00+03:00"',
                 'المصدر&nbsp;<span class="authorName">كونا</span>',
                 '"author": {"@type": "Organization", "name": "كونا"}',
                 '<div class="floatingContent-right " style="width:140px;">\n</div>\n\n\n\n'
                 "وذكرت الوزارة في بيان", "<p><strong>اقرأ أيضاً:</strong> <a href=\""
                 f'{HOST}/politics/article1556388.ece">'
                 "ولي العهد يستقبل رئيس مجلس الشورى العماني</a>"):
        assert mark in html, mark
    for absent in ('<div class="widget picture', "fb-comments", "<h3>", "<strong>كلفة"):
        assert absent not in html, absent
    assert CHROME | {"الثلاثاء 05 مارس 2024", "05 مارس 2024 12:40 ص", "05 مارس 2024 08:15 ص",
                     "المصدر كونا", "كونا", "اقرأ أيضاً:",
                     "ولي العهد يستقبل رئيس مجلس الشورى العماني",
                     "وزارة الخارجية, سلطنة عمان, مجلس التعاون", "(6130)"} <= chrome
    body = truth["body"]
    assert body.startswith("بحث وزير الخارجية مع نظيره العماني في مسقط مساء أمس الاثنين")
    assert body.endswith("بمشاركة ممثلين عن غرفتي التجارة في البلدين.")
    assert body.count("\n\n") == 3 and "اقرأ أيضاً" not in body and "كونا" not in body

    # page 3: desk story without byline, agency-credited picture, subheading, inline
    # infographic (caption only in alt/title), updated the next day
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "18 نوفمبر 2024 04:05 م"
    assert truth["published"] == "2024-11-18" and truth["author"] is None
    for mark in (f"{HOST}/economy/article1604417.ece",
                 '<meta property="article:published_time" content="2024-11-18T13:05:00Z"/>',
                 '<meta property="article:modified_time" content="2024-11-19T06:30:00Z"/>',
                 '<span class="label">تحديث:</span> 19 نوفمبر 2024 09:30 ص',
                 '<div class="credits">(أ ف ب)</div>', "<h3>الأحمدي تتصدر المحافظات</h3>",
                 '<div class="inline-image">', 'class="captify"',
                 f"{HOST}/incoming/article1604409.ece/ALTERNATES/w300/", "الأربعاء 20 نوفمبر 2024",
                 '<div class="fb-comments"'):
        assert mark in html, mark
    assert '<p class="byline">' not in html and "اقرأ أيضاً" not in html
    assert CHROME | {"الأربعاء 20 نوفمبر 2024", "18 نوفمبر 2024 04:05 م",
                     "19 نوفمبر 2024 09:30 ص", "(أ ف ب)", "التعليقات",
                     "مبان سكنية واستثمارية في منطقة السالمية", "العقار, وزارة العدل, السكن الخاص",
                     "6 شركات عقارية تعلن توزيعات نقدية عن الربع الثالث", "(3544)"} <= chrome
    assert "إنفوغرافيك: توزيع التداولات العقارية في أكتوبر حسب القطاع" not in chrome
    body = truth["body"]
    assert body.startswith("ارتفعت قيمة التداولات العقارية في الكويت خلال أكتوبر الماضي")
    assert body.endswith("تبقي الأسعار عند مستويات مرتفعة.") and body.count("\n\n") == 5
    assert "\n\nالأحمدي تتصدر المحافظات\n\n" in body and "إنفوغرافيك" not in body
