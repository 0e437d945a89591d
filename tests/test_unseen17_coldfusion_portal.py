"""The traits the unseen17 family coldfusion_portal is there for: an old Lebanese news portal on
Adobe ColdFusion: blank CF lines before an XHTML 1.0 Transitional doctype, Dreamweaver template
markers and MM_ helpers, `details.cfm?id=&cat=` URLs with CFID/CFTOKEN on every internal link,
nested tables with `spacer.gif` and `<font face="Tahoma">`, a top bar with the crawl day (not the
story's), a marquee ticker, "آخر الأخبار" / "الأكثر قراءة" / "استفتاء" boxes, the dd/mm/yyyy
"تاريخ النشر" row in Beirut time, `td.newsbody` (`<br /><br />` runs, `<p>`, Word-pasted
`p.MsoNormal`), the cfform comment validator and a cfimage captcha."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "coldfusion_portal"
COMMON = ('\n\t\n\t\t\n\n\t\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
          '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
          '<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="ar"><!-- InstanceBegin '
          'template="/Templates/main.dwt.cfm" codeOutsideHTMLIsLocked="false" -->',
          "<title>بوابة اليوم :: ", "function MM_preloadImages() { //v3.0",
          "function MM_openBrWindow(theURL,winName,features) { //v2.0",
          '<script type="text/javascript" src="/CFIDE/scripts/cfform.js"></script>',
          "    _CF_checkcommentForm = function(_CF_this)",
          "if( !_CF_hasValue(_CF_this['visitor_name'], \"TEXT\", false ) )",
          'onsubmit="return _CF_checkcommentForm(this)"', '<link rel="image_src" href="',
          'href="/rss/rss.cfm?cat=0"', '<meta property="og:type" content="article" />',
          '<img src="/images/spacer.gif" width="1" height="8" border="0" alt="" />',
          '<font face="Tahoma" size="2">', 'onload="MM_preloadImages(',
          "this.setHomePage('https://www.bawabat-alyawm.example/')",
          'classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000"',
          '<marquee direction="right" scrollamount="3"', '<td class="boxtitle" bgcolor="#990000"',
          '<td class="newstitle"><font face="Tahoma" size="4" color="#990000"><b>',
          '<td class="newsbody" id="newsbody" valign="top"><font face="Tahoma" size="2">',
          '<div class="addthis_toolbox addthis_default_style">',
          '<img src="/CFFileServlet/_cf_captcha/_captcha_img', "ga.js",
          "<!-- InstanceEndEditable -->", "<!-- InstanceEnd --></html>")
CHROME = {"بوابة اليوم", "موقع إخباري لبناني مستقل", "اجعلها صفحتك الرئيسية", "أضف إلى المفضلة",
          "آخر الأخبار", "الأكثر قراءة", "استفتاء", "نعم، أؤيد", "نتائج الاستفتاء",
          "أسعار العملات", "القائمة البريدية", "أنت هنا:", "طباعة", "أرسل لصديق", "حجم الخط:",
          "كلمات مفتاحية:", "شارك:", "أخبار ذات صلة", "أضف تعليقك", "رمز التحقق:",
          "(لن يتم نشره)", "تصميم وبرمجة: الرؤية للحلول الرقمية", "عربي ودولي", "مقالات ورأي",
          "التعليقات المنشورة تعبر عن آراء أصحابها ولا تعبر بالضرورة عن رأي الموقع"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    chrome = set(truth["must_not_contain"])
    assert chrome >= CHROME, CHROME - chrome
    return html, truth, chrome


def test_unseen17_traits_coldfusion_portal() -> None:
    html, truth, chrome = _common(1)
    # the top bar prints the day the page was served, six days after the story
    assert truth["published_shown"] == "12/09/2024 - 14:30"
    assert truth["published"] == "2024-09-12" and truth["author"] is None
    assert truth["url"] == "https://www.bawabat-alyawm.example/news/details.cfm?id=48213&cat=1"
    for mark in ('<font face="Tahoma" size="1" color="#FFFFFF">&nbsp;الأربعاء 18 أيلول 2024</font>',
                 '<b>تاريخ النشر:</b> 12/09/2024 - 14:30 &nbsp;|&nbsp; عدد القراءات: 2417',
                 '<a href="/index.cfm?CFID=1843207&amp;CFTOKEN=59384712">',
                 "/news/print.cfm?id=48213&amp;CFID=1843207&amp;CFTOKEN=59384712",
                 '<table align="left" border="0" cellspacing="0" cellpadding="3" width="310" '
                 'class="newsimg">', '<td class="imgcaption" bgcolor="#EEEEEE">',
                 'content="https://www.bawabat-alyawm.example/uploads/news/2024/9/48213_b.jpg"',
                 "خمسة دولارات، في حين تخطت كلفة إنتاجه أربعة دولارات بحسب تقديرات تعاونيات "
                 "المنطقة.<br />\n<br />\nويقدر",
                 '<br />\n<b><font color="#990000">كلفة الإنتاج تتضاعف</font></b><br />\n<p>ويقول',
                 '<td class="commentname" bgcolor="#EEEEEE">'):
        assert mark in html, mark
    assert 'class="writer"' not in html and "MsoNormal" not in html
    assert {"الأربعاء 18 أيلول 2024", "تاريخ النشر: 12/09/2024 - 14:30", "عدد القراءات: 2417",
            "مزارع يقطف التفاح في أحد بساتين القبيات (أرشيف)", "تعليقات القراء (3)",
            "أبو جورج - القبيات", "14/09/2024 08:12", "(08/09/2024)", "القطاع الزراعي",
            "عاجل: زحمة سير خانقة على أوتوستراد جونية باتجاه بيروت", "لبنان",
            "جميع الحقوق محفوظة © 2024 بوابة اليوم",
            "وزير الزراعة يبحث مع وفد أردني تسهيل عبور الشاحنات المبردة"} <= chrome
    assert "التفاح" not in chrome  # a tag the story itself uses
    body = truth["body"]
    assert body.startswith("بدأ مزارعو التفاح في جرود عكار هذا الأسبوع موسم القطاف")
    assert body.endswith("للمزارعين الصغار المنتسبين إلى التعاونيات.") and body.count("\n\n") == 6
    assert "\n\nكلفة الإنتاج تتضاعف\n\n" in body and "أرشيف" not in body

    html, truth, chrome = _common(2)
    # winter: Beirut on +02:00; served the same morning, so the top bar shows the story's day
    assert truth["published_shown"] == "03/02/2025 - 09:15"
    assert truth["published"] == "2025-02-03" and truth["author"] is None
    for mark in ('&nbsp;الاثنين 3 شباط 2025</font>', "<b>تاريخ النشر:</b> 03/02/2025 - 09:15",
                 '<font face="Tahoma" size="2">\n<b>بيروت - 3 شباط 2025</b><br />\n'
                 '<p align="justify">أعلنت', "<strong>ما بين ثماني ساعات وعشر ساعات يوميا</strong>",
                 '<a href="/news/details.cfm?id=51302&amp;cat=4&amp;CFID=2210954&amp;'
                 'CFTOKEN=17720385" class="inlink">برنامج التقنين المعتمد</a>',
                 "fuseaction=poll.results&amp;pollid=42&amp;CFID=2210954&amp;CFTOKEN=17720385",
                 'content="https://www.bawabat-alyawm.example/images/logo_fb.jpg"'):
        assert mark in html, mark
    assert 'class="newsimg"' not in html and 'class="commentname"' not in html
    assert {"بيروت - 3 شباط 2025", "الاثنين 3 شباط 2025", "تاريخ النشر: 03/02/2025 - 09:15",
            "تعليقات القراء (0)", "لا توجد تعليقات على هذا الخبر. كن أول من يعلق!",
            "هل تتوقع تحسنا في التغذية الكهربائية هذا الشتاء؟", "الفيول أويل", "(30/01/2025)",
            "جميع الحقوق محفوظة © 2025 بوابة اليوم"} <= chrome
    assert "لبنان" not in chrome and "الكهرباء" in chrome  # a story word; a tag it never uses
    body = truth["body"]
    assert body.startswith("أعلنت مؤسسة كهرباء لبنان في بيان صدر صباح اليوم الاثنين")
    assert body.endswith("حملة نزع التعديات على الشبكة ستستمر في مختلف المناطق.")
    assert body.count("\n\n") == 4 and "شباط" not in body

    html, truth, chrome = _common(3)
    # uploaded with the print edition at 00:35 Beirut time (+03:00): the local day is the 14th
    assert truth["published_shown"] == "14/06/2024 - 00:35"
    assert truth["published"] == "2024-06-14" and truth["author"] == "ريما عيسى"
    for mark in ('<td class="writer"><font face="Tahoma" size="2" color="#990000"><b>بقلم: '
                 'ريما عيسى</b></font></td>', '<meta name="author" content="ريما عيسى" />',
                 '&nbsp;الأحد 16 حزيران 2024</font>', "<b>تاريخ النشر:</b> 14/06/2024 - 00:35",
                 '<p class="MsoNormal" dir="RTL" style="margin: 0cm 0cm 0pt; text-align: justify; '
                 'direction: rtl; unicode-bidi: embed"><span lang="AR-LB" style="font-size: 14pt; '
                 'font-family: &quot;Simplified Arabic&quot;">افتتح',
                 "<o:p></o:p></span></p>", '&quot;Simplified Arabic&quot;">&nbsp;</span></p>'):
        assert mark in html, mark
    assert 'class="newsimg"' not in html and "<strong>" not in html
    assert {"بقلم: ريما عيسى", "الأحد 16 حزيران 2024", "تاريخ النشر: 14/06/2024 - 00:35",
            "تعليقات القراء (1)", "فادي - الميناء", "الخط العربي", "(10/06/2024)",
            "عاجل: الدفاع المدني يخمد حريقا في أحراج القبيات"} <= chrome
    body = truth["body"]
    assert body.startswith('افتتح مساء أمس في قاعة الرابطة الثقافية في طرابلس معرض "حروف من نور"')
    assert body.endswith("حتى الثامنة مساء، والدخول مجاني.") and body.count("\n\n") == 3
    assert "بقلم" not in body and len(body.split()) < 130
