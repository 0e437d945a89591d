"""Traits of the google_sites_page family (unseen19): a Jordanian NGO's new Google Sites site,
one page per news post, with the obfuscated Sites markup (yaqOZd sections, tyJCtd text boxes,
zfr3Q CDt4Ke paragraphs), the top navigation listing the post pages, hand-typed dates in three
places, no JSON-LD, and the Sites footer bar."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "google_sites_page"
HOST = "https://google-sites-ngo.example"
NEWS = "/view/sanabel-irbid/%D8%A7%D9%84%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1"
COMMON = ('<!DOCTYPE html><html lang="ar" itemscope itemtype="http://schema.org/WebPage"><head>',
          "var DOCS_timing={}; DOCS_timing['sl']=new Date().getTime();",
          '<link rel="icon" href="https://ssl.gstatic.com/atari/images/public/favicon.ico">',
          '<meta property="og:type" content="website">',
          '<link rel="stylesheet" href="https://www.gstatic.com/_/atari/_/ss/k=atari.vw.',
          '<style jsname="ptDGoc"', "_at_config = [null,", "window.globals = {",
          '<body dir="rtl" itemscope itemtype="http://schema.org/WebPage" id="yDmH0d" '
          'css="yDmH0d">',
          '<div jsname="LwH6nd" class="ndJi5d snByac" aria-hidden="true">البحث في هذا الموقع</div>',
          '<header id="atIdViewHeader"><div class="BbxBP HP6J1d K5Zlne"',
          'data-top-navigation="true"', '<nav class="JzO0Vc" jsname="ihoMLd"',
          '<nav class="plFg0c" jscontroller="HXO1uc"',
          '<ul jsname="waIgnc" class="K1Ci7d oXBWEc jYxBte">',
          '<span class="QTKDff">سنابل الخير | إربد</span>',
          'data-level="2">دفء الشتاء 2025</a>', '<ul class="VcS63b">',
          '<div role="main" tabindex="-1" class="UtePc RCETm" dir="rtl">',
          'class="yaqOZd LB7kq cJgDec nyKByd O13XJf"',
          '<h1 id="h.p_ID_13" dir="rtl" class="zfr3Q duRjpb CDt4Ke" style="text-align: center;">'
          '<span class=" Rn3Z1b C9DxTc">',
          '<div class="mYVXT"><div class="LS81yb VICjCf" tabindex="-1">',
          '<div class="JNdkSc-SmKAyb"><div class="" jscontroller="sGwD4d"',
          '<div class="tyJCtd mGzaTb baZpAe"><p dir="rtl" class="zfr3Q CDt4Ke"',
          '<span class="C9DxTc" style="font-family: \'Arial\'; font-size: 13pt;',
          'class="zfr3Q OmQG5e CDt4Ke" tabindex="-1">', 'aria-label="نسخ رابط العنوان"',
          '<ul class="n8H08c UVNKR"', '<li dir="rtl" class="zfr3Q TYR86d eD0Rn"',
          '<footer jsname="yePe5c" class="yxgWrb " aria-hidden="false">',
          'class="zfr3Q CDt4Ke TMjjoe"', 'class="dZA9kd ynRLnc" data-last-updated-at-time="',
          'class="LqzjUe ynRLnc"', '<div class="iBkmkf"><span>تم تحديث الصفحة</span> <span '
          'jsname="CFIm1b" class="dji00c"', 'jsname="V2zOu" aria-disabled="false" '
          'tabindex="0">Google Sites</div>', 'data-abuse-proto="%.@.null,&quot;',
          'tabindex="0">الإبلاغ عن إساءة الاستخدام</div>', 'id="base-js"')
CHROME = {"البحث في هذا الموقع", "سنابل الخير | إربد", "الرئيسية", "من نحن", "مشاريعنا",
          "الأخبار", "تطوع معنا", "اتصل بنا", "دفء الشتاء 2025", "برنامج المهارات الرقمية",
          "الحقيبة المدرسية", "دورة صناعة الألبان", "مذكرة تفاهم مع اليرموك",
          "اليوم الطبي في حوارة", "بازار رمضان 2023", "اقرأ أيضاً",
          "جمعية سنابل الخير للتنمية المجتمعية – مسجلة لدى وزارة التنمية الاجتماعية برقم 1187",
          "إربد – شارع الهاشمي – مقابل مجمع النقابات المهنية", "هاتف: 027245190",
          "sanabel.irbid@gmail.com", "© جميع الحقوق محفوظة لجمعية سنابل الخير",
          "تم تحديث الصفحة", "Google Sites", "الإبلاغ عن إساءة الاستخدام"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    for absent in ("application/ld+json", "published_time", "<time", "datetime=", "<article"):
        assert absent not in html, (n, absent)
    # Sites serves the page on one line (only og:description carries newlines)
    assert html.split("<body", 1)[1].count("\n") == 0
    return html, truth, set(truth["must_not_contain"])


def test_unseen19_traits_google_sites_page() -> None:
    # the date in its own text box, weekday first; a picture with a caption box; a writer's line
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "الأحد 17 آذار 2024"
    assert truth["published"] == "2024-03-17" and truth["author"] == "رنا الخطيب"
    assert truth["url"] == (HOST + NEWS + "/%D8%AF%D9%88%D8%B1%D8%A9-%D8%B5%D9%86%D8%A7%D8%B9"
                            "%D8%A9-%D8%A7%D9%84%D8%A3%D9%84%D8%A8%D8%A7%D9%86")
    for mark in ("<title>سنابل الخير | إربد - دورة صناعة الألبان</title>",
                 '<meta property="og:title" content="دورة صناعة الألبان">',
                 '<meta property="og:description" content="\nالأحد 17 آذار 2024\nاختتمت',
                 '<meta property="og:image" content="https://lh3.googleusercontent.com/sitesv/',
                 'data-level="2">دورة صناعة الألبان</a>',
                 'data-last-updated-at-time="1710854100000"',
                 '<span class="C9DxTc" style="color: #7f6000; font-size: 10pt; font-weight: 700;">'
                 "الأحد 17 آذار 2024</span>", "وتضمنت جل</span><span class=\"C9DxTc\"",
                 '<p dir="rtl" class="zfr3Q CDt4Ke"><br></p>',
                 '<div class="t3iYD"><img src="https://lh3.googleusercontent.com/sitesv/',
                 'class="CENy8b" role="img"', "font-style: italic; color: #666666;\">المتدربات",
                 "إعداد: رنا الخطيب - وحدة الإعلام</span>",
                 '<p>العودة إلى صفحة الأخبار</p>'):
        assert mark in html, mark
    assert "JYVBee" not in html.split('<div role="main"')[1] and "XqQF9c\" href=\"https://www"\
        ".google.com" not in html
    assert CHROME | {"الأحد 17 آذار 2024", "إعداد: رنا الخطيب - وحدة الإعلام",
                     "المتدربات خلال إحدى الجلسات العملية في مطبخ الجمعية بالرمثا",
                     "#سنابل_الخير #تمكين_المرأة #الرمثا", "العودة إلى صفحة الأخبار",
                     "بازار رمضان الخيري يجمع منتجات 60 أسرة منتجة في إربد",
                     "يوم طبي مجاني يخدم 300 مراجع في بلدة حوارة",
                     "الجمعية توقع مذكرة تفاهم مع جامعة اليرموك لتدريب المتطوعين"} <= chrome
    body = truth["body"]
    assert body.startswith("اختتمت جمعية سنابل الخير للتنمية المجتمعية يوم الخميس الماضي")
    assert body.endswith("لتوريد منتجاتهن إلى المحال التجارية في اللواء.")
    assert body.count("\n\n") == 4 and "إعداد" not in body and "#" not in body

    # the date typed as d/m/yyyy atop the story box; a subheading, bold words, a form button
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "27/10/2024"
    assert truth["published"] == "2024-10-27" and truth["author"] is None
    for mark in ("<title>سنابل الخير | إربد - برنامج المهارات الرقمية</title>",
                 '<span class="C9DxTc" style="color: #666666; font-size: 10pt;">تاريخ النشر: '
                 "27/10/2024</span>", "يستهدف <strong>مئة وعشرين طالبا وطالبة</strong> من",
                 '<div id="h.7a0e5b13c8d2f946_b4" class="CobnVe aP9Z7e"></div>'
                 '<h2 id="h.7a0e5b13c8d2f946_b4" dir="rtl" class="zfr3Q JYVBee CDt4Ke" '
                 'tabindex="-1">',
                 "font-weight: 700;\">مواعيد التسجيل وشروطه</span></div></h2>",
                 '<div role="presentation" class="U26fgb L7IXhc htnAL QmpIrf M9Bg4d"',
                 '<a class="FKF6mc TpQm9d QmpIrf" href="https://www.google.com/url?q=https%3A%2F%2F'
                 'forms.gle%2FLq7vB2nXc9RkT4sZ8&amp;sa=D&amp;sntz=1&amp;usg=',
                 '<div class="NsaAfc"><p>سجّل الآن عبر النموذج الإلكتروني</p></div>',
                 'data-last-updated-at-time="1730055900000"'):
        assert mark in html, mark
    assert "og:image" not in html and "t3iYD" not in html and "إعداد: " not in html
    assert "العودة إلى صفحة الأخبار" not in html and "background-image" not in html
    assert CHROME | {"تاريخ النشر: 27/10/2024", "سجّل الآن عبر النموذج الإلكتروني",
                     "للاستفسار: 0796418233 (هاتف وواتساب)",
                     "توزيع 500 حقيبة مدرسية على طلبة الأسر العفيفة مع بداية العام "
                     "الدراسي"} <= chrome
    body = truth["body"]
    assert body.startswith("أطلقت جمعية سنابل الخير للتنمية المجتمعية، بالتعاون مع مديرية")
    assert body.endswith("عند اختتام البرنامج في شباط المقبل خلال حفل يقام في مركز اللواء.")
    assert body.count("\n\n") == 6 and "\n\nمواعيد التسجيل وشروطه\n\n" in body
    assert "تاريخ النشر" not in body

    # the date under the headline in the header; picture beside the text, a redirect link
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "5 كانون الثاني 2025"
    assert truth["published"] == "2025-01-05" and truth["author"] is None
    for mark in ("<title>سنابل الخير | إربد - دفء الشتاء 2025</title>",
                 'aria-selected="true" href="' + NEWS + "/%D8%AF%D9%81%D8%A1-%D8%A7%D9%84%D8%B4"
                 '%D8%AA%D8%A7%D8%A1-2025"', "</span></h1><p dir=\"rtl\" class=\"zfr3Q CDt4Ke\" "
                 'style="text-align: center;"><span class="C9DxTc" style="font-size: 11pt; '
                 'font-style: italic;">5 كانون الثاني 2025</span></p>',
                 '<div class="tyJCtd baZpAe"><div class="t3iYD"><img',
                 'font-weight: 700;">350 مدفأة غاز</span>',
                 '<span class="C9DxTc aw5Odc" style="font-family: \'Arial\'; font-size: 13pt; '
                 'font-variant: normal; vertical-align: baseline; text-decoration: underline;">'
                 '<a class="XqQF9c" href="https://www.google.com/url?q=https%3A%2F%2Fforms.gle%2F'
                 'dF4wQm8xZt2kN7yR9&amp;sa=D&amp;sntz=1&amp;usg=AOvVaw0k3JrTq8xWm2Lp5nYhZc4E" '
                 'target="_blank">صفحة التبرع الخاصة بالحملة</a></span>',
                 '<meta property="og:image" content="',
                 'data-last-updated-at-time="1736148600000"'):
        assert mark in html, mark
    assert "إعداد: " not in html and "JYVBee" not in html.split('<div role="main"')[1]
    assert CHROME | {"5 كانون الثاني 2025", "#دفء_الشتاء #سنابل_الخير #إربد",
                     "العودة إلى صفحة الأخبار"} <= chrome
    body = truth["body"]
    assert body.startswith("بدأت جمعية سنابل الخير للتنمية المجتمعية صباح اليوم الأحد توزيع")
    assert body.endswith("أو التواصل مع مقر الجمعية في شارع الهاشمي خلال ساعات الدوام الرسمي.")
    assert body.count("\n\n") == 3 and "زيارة صفحة التبرع الخاصة بالحملة أو" in body
