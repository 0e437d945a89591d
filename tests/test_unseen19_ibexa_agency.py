"""Traits of the ibexa_agency family (unseen19): an Algerian state agency on eZ Platform 2.5
whose Twig templates keep ezwebin's markup: div#page, #topmenu, #path, the border-box around
content-view-full/class-article, attribute-intro/attribute-body fields (ezxmltext on the old page
1, saveHTML-entity ezrichtext on pages 2-3), the ez-embed image, eztags, the legacy print and
tip-a-friend links, the related objectrelationlist, the "آخر الأخبار" line views and the footer."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "ibexa_agency"
HOST = "https://ibexa-agency.example"
COMMON = ('<!DOCTYPE html>\n<html lang="ar_SA" dir="rtl">',
          '<meta property="og:locale" content="ar_AR" />',
          '<link rel="stylesheet" href="/assets/build/app.8c1d2e4f.css" />',
          'stylesheets/print.css" media="print" />', '<script type="application/ld+json">',
          '"@type": "NewsArticle"', '<!-- Complete page area: START -->',
          '<div id="page" class="nosidemenu extrainfo section_id_1 subtree_level_0_node_id_2',
          '<li class="current_siteaccess">', '<a href="/tz/">ⵜⴰⵎⴰⵣⵉⵖⵜ</a>',
          '<label for="searchtext" class="hide">نص البحث:</label>',
          '<div class="topmenu-design">', '<li id="node_id_72" class="lastli"><div><a href="/ar/'
          'Multimedia"><span>صور وفيديو</span></a></div></li>',
          '<span class="path-separator">/</span>',
          '<div class="border-tl"><div class="border-tr"><div class="border-tc"></div></div></div>',
          '<div class="content-view-full">\n    <div class="class-article">',
          '<div class="attribute-header">\n            <h1>', '<div class="attribute-byline">',
          '<p class="date"><span class="label">نشر في:</span> ', '<div class="attribute-intro">',
          '<div class="attribute-body">', '<span class="tags-label">الكلمات المفتاحية:</span>',
          '<a href="/ar/tags/view/', '<div class="addthis_toolbox addthis_default_style',
          '<a href="/ar/layout/set/print/', '<a href="/ar/content/tipafriend/',
          '<ul class="ezobjectrelationlist-field"><li><div class="content-view-embed">',
          '<div class="attribute-header"><h2>آخر الأخبار</h2></div>\n'
          '<div class="content-view-line">',
          '<div id="footer">\n    <address>', 'addthis_widget.js#pubid=')
CHROME = {"العربية", "Français", "English", "ⵜⴰⵎⴰⵣⵉⵖⵜ", "خريطة الموقع", "الأرشيف", "RSS",
          "نص البحث:", "تجاوز إلى المحتوى الرئيسي", "الرئيسية", "أخبار وطنية", "اقتصاد", "العالم",
          "ثقافة وفنون", "مجتمع", "رياضة", "ملفات", "صور وفيديو", "نشر في:", "الكلمات المفتاحية:",
          "شارك:", "نسخة للطباعة", "أرسل لصديق", "مواضيع ذات صلة", "آخر الأخبار",
          "وكالة الأنباء الوطنية", "7، شارع الإخوة بوعدو، بئر مراد رايس، الجزائر العاصمة",
          "الهاتف: 40 12 56 023 - الفاكس: 41 12 56 023", "من نحن", "اتصل بنا",
          "الخدمات الإخبارية", "شروط الاستخدام"}
# "الجزائر - " as saveHTML() prints it: decimal character references, the ASCII left alone
ALGIERS = "&#1575;&#1604;&#1580;&#1586;&#1575;&#1574;&#1585; - "


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    assert "?>" not in html and "datetime=" not in html and "<time" not in html
    return html, truth, set(truth["must_not_contain"])


def test_unseen19_traits_ibexa_agency() -> None:
    # an old article still in ezxmltext: raw UTF-8, the old field_attributes trailing space
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "17 نوفمبر 2019 - 10:45"
    assert truth["published"] == "2019-11-17" and truth["author"] == "كريمة بن عيسى"
    for mark in ("<title>انطلاق أول شحنة من تمور دقلة نور نحو أسواق جنوب شرق آسيا من ميناء "
                 "سكيكدة / اقتصاد / وكالة الأنباء الوطنية</title>",
                 '<p class="author"><span class="label">بقلم:</span> <ul class="ezauthor-field">'
                 '<li><a href="mailto:k.benaissa%40ibexa-agency.example">كريمة بن عيسى</a></li>',
                 '<div class="attribute-image">\n            <figure class="ezimage-field">'
                 '<img src="'
                 '/var/site/storage/images/_aliases/large/2/0/9/9/2/29902-1-ara-SA/tmour-skikda.jpg"',
                 'height="480" width="770" /></figure>', '<div class="caption"><p>حاويات مبردة',
                 '<div class="ezxmltext-field" ><p>بسكرة - انطلقت صباح اليوم الأحد',
                 'من تمور "دقلة نور" موجهة', '<a href="https://www.commerce-exterieur.example/" '
                 'target="_blank">الوكالة الوطنية لترقية التجارة الخارجية</a>',
                 '<li id="node_id_60" class="selected"><div><a href="/ar/Economie">',
                 '<meta property="article:published_time" content="2019-11-17T10:45:00+01:00" />',
                 '"datePublished": "2019-11-17T09:45:00Z"', '"@type": "Person"',
                 '<meta name="twitter:card" content="summary_large_image" />',
                 '<span class="label">عدد المشاهدات:</span> 3127'):
        assert mark in html, mark
    assert "ezrichtext-field" not in html and "&#1" not in html and "الأكثر قراءة" not in html
    assert "ez-embed-type-image" not in html and "breaking-news" not in html
    assert CHROME | {"بقلم:", "كريمة بن عيسى", "17 نوفمبر 2019 - 10:45", "الأحد 17 نوفمبر 2019",
                     "حاويات مبردة محملة بتمور دقلة نور بميناء سكيكدة قبيل شحنها (تصوير: و.أ.و)",
                     "تصدير خارج المحروقات", "عدد المشاهدات:", "3127", "17/11/2019 - 12:10",
                     "© 2019 وكالة الأنباء الوطنية. جميع الحقوق محفوظة",
                     "معرض دولي للتمور بمدينة بسكرة بمشاركة 120 عارضا"} <= chrome
    assert "تمور" not in chrome and "بسكرة" not in chrome  # tags the story itself uses
    body = truth["body"]
    assert body.startswith("بسكرة - انطلقت صباح اليوم الأحد من ميناء سكيكدة أول شحنة")
    assert body.endswith("خلال الفترة نفسها من العام الماضي.") and body.count("\n\n") == 6
    assert "تصوير" not in body and "بقلم" not in body

    # ezrichtext through saveHTML(): entities, a <h3>, bold words, an image embed with a caption
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "12 ماي 2024 - 14:35"
    assert truth["published"] == "2024-05-12" and truth["author"] is None
    for mark in ('<div class="attribute-intro">\n            <div class="ezrichtext-field"><p>'
                 + ALGIERS, '<div  class="align-center ez-embed-type-image">\n    \n'
                 '<div class="content-view-embed">\n    <div class="class-image">',
                 '<figure class="ezimage-field"><img src="/var/site/storage/images/_aliases/medium/'
                 '8/8/3/6/6/66388-1-ara-SA/dar-sidi-ramdane.jpg" alt="دار عتيقة بحي سيدي رمضان" '
                 'height="400" width="600" /></figure>', '<div class="attribute-caption">'
                 '<div class="ezrichtext-field"><p>&#1608;&#1575;&#1580;&#1607;&#1577; ',
                 "</div>\n</div>\n</div><h3>&#1581;&#1585;&#1601;&#1610;&#1608;&#1606; ",
                 "<strong>&#1581;&#1585;&#1601;&#1610;&#1610;&#1606; ", "&#1548;",
                 '<p class="modified"><span class="label">آخر تحديث:</span> '
                 '12 ماي 2024 - 16:10</p>',
                 '<li id="node_id_64" class="selected"><div><a href="/ar/Culture">',
                 '"datePublished": "2024-05-12T13:35:00Z"', '"@type": "Organization"',
                 '<div class="attribute-header"><h2>الأكثر قراءة</h2></div>'):
        assert mark in html, mark
    assert "ezauthor-field" not in html and "ezxmltext" not in html and "og_image" not in html
    assert "attribute-counter" not in html and "حرفيون من أبناء الحي" not in html
    assert CHROME | {"12 ماي 2024 - 14:35", "آخر تحديث:", "12 ماي 2024 - 16:10", "التراث المادي",
                     "واجهة إحدى الدور العتيقة المعنية بالترميم في حي سيدي رمضان", "الأكثر قراءة",
                     "الأحد 12 ماي 2024", "12/05/2024 - 17:00",
                     "© 2024 وكالة الأنباء الوطنية. جميع الحقوق محفوظة",
                     "إطلاق أشغال ترميم اثنتي عشرة دارا عتيقة بقصبة الجزائر"} <= chrome
    assert not any(line.startswith("بقلم") for line in chrome)
    body = truth["body"]
    assert body.startswith("الجزائر - أشرفت وزيرة الثقافة والفنون، اليوم الأحد، على انطلاق")
    assert body.endswith("إلى سكانها الأصليين بعد إعادة تأهيلها.") and body.count("\n\n") == 4
    assert "\n\nحرفيون من أبناء الحي\n\n" in body and "تشغل حرفيين مختصين في البناء" in body
    assert "واجهة إحدى الدور" not in body

    # posted at 00:20 Algiers time: the JSON-LD's UTC date is the day before; no image at all
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "19 فيفري 2025 - 00:20"
    assert truth["published"] == "2025-02-19" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2025-02-19T00:20:00+01:00" />',
                 '"datePublished": "2025-02-18T23:20:00Z"',
                 '<p class="date"><span class="label">نشر في:</span> 19 فيفري 2025 - 00:20</p>',
                 '<div id="today-date">الأربعاء 19 فيفري 2025</div>',
                 '<div id="breaking-news"><a href="/ar/National">عاجل: ',
                 '<li id="node_id_58" class="selected firstli">',
                 '<div class="ezrichtext-field"><p>' + ALGIERS,
                 '<p class="date">19/02/2025 - 06:45</p>',
                 '<span class="label">عدد المشاهدات:</span> 842'):
        assert mark in html, mark
    assert "ezimage-field" not in html and "attribute-image" not in html and "<h3>" not in html
    assert "<strong>" not in html.split('<div class="attribute-body">')[1].split("</div>")[0]
    assert CHROME | {"19 فيفري 2025 - 00:20", "الأربعاء 19 فيفري 2025", "الأحوال الجوية",
                     "الحماية المدنية", "842", "19/02/2025 - 06:45",
                     "© 2025 وكالة الأنباء الوطنية. جميع الحقوق محفوظة",
                     "عاجل: انقطاع مؤقت للكهرباء في عدد من الأحياء الشرقية"} <= chrome
    assert "نشرية خاصة" not in chrome
    body = truth["body"]
    assert body.startswith("الجزائر - توقعت مصالح الديوان الوطني للأرصاد الجوية")
    assert body.endswith("عند الضرورة أو في حالة الخطر.") and body.count("\n\n") == 3
    assert 120 <= len(body.split()) <= 130
