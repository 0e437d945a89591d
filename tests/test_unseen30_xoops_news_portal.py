"""Traits of the xoops_news_portal family (XOOPS 2.5 News module, default-theme layout)."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "xoops_news_portal"
HOST = "https://xoops-nabd-alshamal.example"
COMMON = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"',
          '<meta name="generator" content="XOOPS"/>', f'href="{HOST}/xoops.css"/>',
          f'{HOST}/include/xoops.js', f'href="{HOST}/language/arabic/style.css"',
          f'{HOST}/modules/news/backendt.php?topicid=', '<body id="news" class="ar">',
          '<tr id="header"><td id="headerlogo">', '<td id="leftcolumn">',
          '<td id="centercolumn">', '<td id="rightcolumn">',
          '<div class="blockTitle">القائمة الرئيسية</div>', '<div id="mainmenu">',
          '<a class="menuMain maincurrent"', '<div class="blockTitle">دخول الأعضاء</div>',
          '<div class="blockTitle">آخر الأخبار</div>',
          '<div class="blockTitle">من المتواجدون</div>',
          '<marquee behavior="scroll"', '<div id="content"><div class="news-article">',
          '<div class="marg2 pad2"><div class="item">', '<div class="itemHead">',
          '<span class="itemTitle">', '<h6><i></i></h6>', '<div class="itemInfo">',
          '<span class="itemPoster">نشرت بواسطة ', '<span class="itemStats">',
          '<div class="itemBody">', '<div class="itemText">', '<div class="itemFoot">',
          '/modules/news/print.php?storyid=', 'نسخة للطباعة</a>', 'أرسل هذا الخبر لصديق</a>',
          '<span class="tagbar-title">الكلمات الدلالية:</span>', '<th>أخبار أخرى</th>',
          '<div class="head item-bookmarkme-title">', '<select size="1" name="com_mode"',
          '<option value="nest">إختر</option>', 'name="com_order"',
          'التعليقات تخص صاحبها ولا تخص ادارة الموقع', 'id="commentfastform"',
          '<tr id="footerbar">', "Powered by XOOPS &#169; 2001-")
CHROME = {"القائمة الرئيسية", "الرئيسية", "الأخبار", "أرسل خبرا", "الأرشيف", "المنتديات",
          "دخول الأعضاء", "اسم المستخدم :", "كلمة المرور :", "سجل الآن!", "بحث متقدم",
          "آخر الأخبار", "من المتواجدون", "المزيد", "المزيد من أخبار هذا الكاتب",
          "نسخة للطباعة", "أرسل هذا الخبر لصديق", "ملف PDF", "قيّم هذا الخبر",
          "الكلمات الدلالية:", "الخبر السابق", "أخبار أخرى", "أضف هذا الخبر إلى:", "عرض افقي",
          "عرض منفصل", "إختر", "الأقدم أولا", "الأحدث أولا", "أضف تعليق",
          "التعليقات تخص صاحبها ولا تخص ادارة الموقع"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    chrome = set(truth["must_not_contain"])
    assert chrome >= CHROME, CHROME - chrome
    return html, truth, chrome


def test_unseen30_traits_xoops_news_portal() -> None:
    # page 1: named reporter as poster, editor photo with caption, <p>s, two flat comments
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "2024/3/12 9:05"
    assert truth["published"] == "2024-03-12" and truth["author"] == "سامر الحسين"
    for mark in ("<title>بلدية إربد الكبرى تبدأ إعادة تأهيل سوق الخضار المركزي بكلفة 3.2 مليون "
                 "دينار - محليات - الأخبار - نبض الشمال</title>",
                 '<span class="itemPostDate">في 2024/3/12 9:05</span>',
                 '<div class="itemText"><div style="text-align: center;"><img src="',
                 '<span style="font-size: 11px; color: #666666;">واجهة سوق الخضار',
                 '<p style="text-align: justify;">بدأت بلدية إربد الكبرى',
                 '<option value="flat" selected>', '<option value="0" selected>',
                 '<th class="width20">الكاتب</th>', '<div class="comUserRankText">',
                 '<span class="comUserStatCaption">الانضمام:</span> 2023/11/2', 'الخبر التالي</a>'):
        assert mark in html, mark
    assert {"محليات", "نشرت بواسطة سامر الحسين في 2024/3/12 9:05 (1523 قراءة)",
            "واجهة سوق الخضار المركزي في إربد قبل بدء أعمال التأهيل", "التقييم: 7.75 (4)",
            "rami.irbid", "زائر", "بتاريخ: 2024/3/12 12:20",
            "رد: بلدية إربد الكبرى تبدأ إعادة تأهيل سوق الخضار المركزي بكلفة 3.2 مليون دينار",
            "أخيرا! السوق كان يغرق كل شتاء، نتمنى الالتزام بالمدة المعلنة.", "الخبر التالي",
            "البلديات", "الأسواق الشعبية", "2024/3/9 - مجلس محافظة إربد يقر خطة الطرق الزراعية "
            "للعام الحالي", "جميع الحقوق محفوظة لموقع نبض الشمال © 2024"} <= chrome
    body = truth["body"]
    assert body.startswith("بدأت بلدية إربد الكبرى صباح أمس الاثنين")
    assert body.endswith("في ساعات الفجر الأولى.") and body.count("\n\n") == 5
    assert "واجهة سوق" not in body and "نشرت بواسطة" not in body

    # page 2: posted 00:35 local by the staff account; dobr text split by <br /> pairs
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "2024/8/6 0:35"
    assert truth["published"] == "2024-08-06" and truth["author"] is None
    for mark in ('<span class="itemPoster">نشرت بواسطة هيئة التحرير </span>',
                 "في لواء عجلون.<br />\n<br />\nويضم المركز",
                 'rel="external">موقعها الإلكتروني</a>', "topic5.gif"):
        assert mark in html, mark
    for absent in ('<p style="text-align: justify;">', 'class="comTitle"', "<h3>"):
        assert absent not in html, absent
    assert {"صحة ومجتمع", "نشرت بواسطة هيئة التحرير في 2024/8/6 0:35 (688 قراءة)",
            "محافظة عجلون", "الخبر التالي"} <= chrome
    body = truth["body"]
    assert body.startswith("افتتح وزير الصحة مساء أمس الاثنين")
    assert body.endswith("المعمول به حاليا.") and body.count("\n\n") == 3

    # page 3: subheading, bold, YouTube iframe, one comment newest first, no next link
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "2025/1/19 17:40"
    assert truth["published"] == "2025-01-19" and truth["author"] is None
    for mark in ("<h3>ماذا يعني ذلك للمزارعين؟</h3>", "<strong>تبعث على التفاؤل</strong>",
                 "youtube.com/embed/q7Rk2mWb0sE", '<option value="1" selected>',
                 '<div class="comText">الحمد لله'):
        assert mark in html, mark
    assert "الخبر التالي" not in html
    assert {"زراعة ومياه", "نشرت بواسطة هيئة التحرير في 2025/1/19 17:40 (941 قراءة)",
            "abu_omar", "من: الشونة الشمالية", "التقييم: 9.00 (2)",
            "جميع الحقوق محفوظة لموقع نبض الشمال © 2025"} <= chrome
    body = truth["body"]
    assert body.startswith("ارتفع مخزون سد وادي العرب في لواء بني كنانة")
    assert body.endswith("قد يرفع المخزون أكثر.") and body.count("\n\n") == 5
    assert "\n\nماذا يعني ذلك للمزارعين؟\n\n" in body
