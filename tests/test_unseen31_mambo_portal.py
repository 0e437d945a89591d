"""Traits of the mambo_portal family (unseen31): an old Sudanese news portal on Mambo 4.6:
the `<?xml?>` prolog, `mosShowHead()` metas (Generator "Mambo", `<base href>`), the table
template (header, top bar with the visit date and `mainlevel-nav` menu, `pathway`, left and
right `moduletable` columns: `mainlevel` menu, login, poll, `latestnews`, `mostread`, who is
online), `HTML_content::show` (`contentpaneopen`, `contentheading`, PDF/print/e-mail
`buttonheading` icons, mosvote, `span.small` author line, `createdate`, `modifydate`),
mosimage, `pagenav`, the back button, `mod_related_items` and the Mambo footer line."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "mambo_portal"
HOST = "https://mambo-sudan-akhbar.example"
COMMON = ('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 '
          'Transitional//EN"', '<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="ar"',
          '<meta name="Generator" content="Mambo - Copyright 2000 - 2008 Mambo Foundation Inc.',
          f'<base href="{HOST}/" />', "templates/akhbar_sd/css/template_css.css",
          "index2.php?option=com_rss&amp;feed=RSS2.0&amp;no_html=1",
          '<table width="950" border="0" align="center" cellpadding="0" cellspacing="0" '
          'class="main">', 'class="mainlevel-nav" >', '<span class="pathway"><a href="'
          f'{HOST}/index.php" class="pathway">الرئيسية</a>', 'alt="arrow"',
          '<table cellpadding="0" cellspacing="0" class="moduletable_menu">',
          '<table cellpadding="0" cellspacing="0" class="moduletable">',
          '<th valign="top">', 'class="mainlevel" id="active_menu">',
          '<form action="' f'{HOST}/index.php" method="post" name="login" >',
          'id="mod_login_username"', 'class="poll">', '<table class="pollstableborder"',
          '<ul class="latestnews">', '<li class="latestnews">', 'class="latestnews">',
          '<ul class="mostread">', 'class="mostread">', 'class="moduletable_ads">',
          '<table class="contentpaneopen">', '<td class="contentheading" width="100%">',
          '<td align="right" width="100%" class="buttonheading">',
          "index2.php?option=com_content&amp;do_pdf=1&amp;id=",
          "images/M_images/pdf_button.png", "images/M_images/printButton.png",
          "images/M_images/emailButton.png", "&amp;task=emailform&amp;id=",
          "&amp;pop=1&amp;page=0&amp;Itemid=", '<div class="content_rating">',
          '<div class="content_vote">', 'name="submit_vote"',
          '<td width="70%" align="left" valign="top" colspan="2">\n\t\t\t\t<span class="small">',
          '<td valign="top" colspan="2" class="createdate">',
          '<span class="article_seperator">&nbsp;</span>', '<th class="pagenav_prev">',
          '<div class="back_button">', "href='javascript:history.go(-1)'",
          "is Free Software released under the GNU/GPL License.", "urchin.js")
CHROME = {"القائمة الرئيسية", "الرئيسية", "أخبار محلية", "سياسة", "مقالات الرأي",
          "أرشيف الأخبار", "مواقع سودانية", "اتصل بنا", "من نحن", "أعلن معنا", "خريطة الموقع",
          "دخول الأعضاء", "اسم المستخدم", "كلمة المرور", "تذكرني", "نسيت كلمة المرور؟",
          "سجل الآن", "استطلاع الرأي", "كيف تقيم خدمة الكهرباء في منطقتك خلال هذا الشهر؟",
          "انقطاعات متقطعة", "آخر الأخبار", "الأكثر قراءة", "المتواجدون الآن", "تقييم القراء:",
          "ضعيف", "ممتاز", "< السابق", "[ رجوع ]", "مواضيع ذات صلة",
          "Mambo is Free Software released under the GNU/GPL License."}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    for absent in ("og:", "twitter:", "application/ld+json", "<article", "<time"):
        assert absent not in html, (n, absent)
    return html, truth, set(truth["must_not_contain"])


def test_unseen31_traits_mambo_portal() -> None:
    # page 1: a reporter's story, {mosimage} with its caption, modified the next day
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "السبت, 09 مارس 2024 11:20"
    assert truth["published"] == "2024-03-09" and truth["author"] == "عثمان الطيب"
    for mark in (f"{HOST}/index.php?option=com_content&amp;task=view&amp;id=4812&amp;Itemid=27",
                 "<title>أخبار السودان - انطلاق موسم تسويق الصمغ العربي",
                 '<meta name="author" content="عثمان الطيب" />',
                 "كتب بواسطة عثمان الطيب\t\t\t\t</span>",
                 "السبت, 09 مارس 2024 11:20\t\t\t\t</td>",
                 '<div class="mosimage"  style="border-width: 0px; float: right;',
                 '<div class="mosimage_caption" style="width: 260px; text-align: center;" '
                 'align="center">عمال يفرزون الصمغ العربي في ساحة بورصة الأبيض</div></div><p',
                 '<td colspan="2" align="left" class="modifydate">\n\t\t\t\tآخر تحديث ( الأحد, '
                 "10 مارس 2024 )", '<th class="pagenav_next">', "التالي &gt;</a>",
                 "&nbsp;/&nbsp;7</div>", "حقوق النشر © 2024 أخبار السودان. جميع الحقوق محفوظة."):
        assert mark in html, mark
    assert "<br />\n<br />" not in html and "<blockquote>" not in html
    assert CHROME | {"عثمان الطيب", "كتب بواسطة عثمان الطيب", "السبت, 09 مارس 2024 11:20",
                     "عمال يفرزون الصمغ العربي في ساحة بورصة الأبيض", "اقتصاد",
                     "آخر تحديث ( الأحد, 10 مارس 2024 )", "الاثنين, 11 مارس 2024", "التالي >",
                     "يوجد حاليا 38 زائر متصل", "/ 7",
                     "تراجع أسعار السمسم في سوق القضارف مع بداية الحصاد",
                     "جامعة الخرطوم تعلن نتائج القبول للعام الدراسي الجديد"} <= chrome
    body = truth["body"]
    assert body.startswith("انطلق يوم الخميس الماضي موسم تسويق الصمغ العربي في بورصة مدينة الأبيض")
    assert body.endswith("ويدخل الصمغ في صناعات الأغذية والمشروبات والأدوية.")
    assert body.count("\n\n") == 5 and "عمال يفرزون" not in body

    # page 2: SUNA copy at 01:10 Khartoum time (23:10 UTC the day before), <br /> paragraphs
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "السبت, 17 أغسطس 2024 01:10"
    assert truth["published"] == "2024-08-17" and truth["author"] is None
    for mark in (f"{HOST}/index.php?option=com_content&amp;task=view&amp;id=4836&amp;Itemid=26",
                 '<meta name="author" content="سونا" />', "كتب بواسطة سونا\t\t\t\t</span>",
                 "السبت, 17 أغسطس 2024 01:10\t\t\t\t</td>",
                 '<td valign="top" colspan="2">\n\t\t\tعطبرة (سونا) - سجلت مناسيب',
                 "مساء الجمعة.<br />\n<br />\nوأوضحت الوزارة",
                 "للخطر.<br />\n\t\t\t</td>", "التالي &gt;</a>", "&nbsp;/&nbsp;2</div>"):
        assert mark in html, mark
    for absent in ("class=\"mosimage", "images/stories/", 'class="modifydate"', "<p",
                   "<blockquote>", ", النيل"):
        assert absent not in html, absent
    assert "سونا" not in chrome  # the dateline in the lead holds it
    assert CHROME | {"كتب بواسطة سونا", "السبت, 17 أغسطس 2024 01:10", "التالي >",
                     "يوجد حاليا 51 زائر متصل",
                     "انهيار عشرات المنازل في قرى الولاية الشمالية بسبب السيول"} <= chrome
    body = truth["body"]
    assert body.startswith("عطبرة (سونا) - سجلت مناسيب نهر النيل ارتفاعا ملحوظا")
    assert body.endswith("إلى جانب توزيع أكياس الرمل على الأسر في القرى الأكثر تعرضا للخطر.")
    assert body.count("\n\n") == 3 and 120 <= len(body.split()) <= 128

    # page 3: caption-less image, a <strong> subheading, a quote the text introduces, no next
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "الأحد, 03 نوفمبر 2024 14:45"
    assert truth["published"] == "2024-11-03" and truth["author"] == "آمنة عبد الرحيم"
    for mark in ("كتب بواسطة آمنة عبد الرحيم\t\t\t\t</span>",
                 'suakin_gate.jpg" width="240" height="180" align="left" hspace="6" alt="صورة"',
                 "<p><strong>ورش لتدريب الحرفيين</strong></p>",
                 'وأضاف بابكر:</p>\n<blockquote><p>"لا نريد أن نرمم الجدران فقط',
                 "آخر تحديث ( الاثنين, 04 نوفمبر 2024 )", "&nbsp;/&nbsp;11</div>",
                 'class="mainlevel" id="active_menu">ثقافة وتراث</a>'):
        assert mark in html, mark
    for absent in ('class="mosimage', "pagenav_next", "التالي &gt;"):
        assert absent not in html, absent
    assert CHROME | {"آمنة عبد الرحيم", "كتب بواسطة آمنة عبد الرحيم", "ثقافة وتراث",
                     "الأحد, 03 نوفمبر 2024 14:45", "آخر تحديث ( الاثنين, 04 نوفمبر 2024 )",
                     "الاثنين, 04 نوفمبر 2024", "يوجد حاليا 44 زائر متصل",
                     "باحثون يوثقون النقوش الصخرية في صحراء بيوضة"} <= chrome
    body = truth["body"]
    assert body.startswith("بدأت الهيئة العامة للآثار والمتاحف بالتعاون مع حكومة ولاية البحر")
    assert body.endswith("جولات تعريفية لتلاميذ المدارس في مدينتي سواكن وبورتسودان.")
    assert body.count("\n\n") == 7 and 225 <= len(body.split()) <= 250
    assert "\n\nورش لتدريب الحرفيين\n\n" in body and "وأضاف بابكر:\n\n\"لا نريد" in body
