"""Traits of the held-out Discuz! X3.4 forum thread family (unseen25)."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "discuz_forum_thread"
HOST = "https://discuz-khaleej.example"
COMMON = ('<meta name="generator" content="Discuz! X3.4" />', "data/cache/style_1_common.css",
          "style_1_forum_viewthread.css", "var STYLEID = '1', STATICURL = 'static/'",
          '<body id="nv_forum" class="pg_viewthread"', '<div id="toptb" class="cl">',
          'id="lsform"', '<div id="nv">', '<div id="scbar" class="cl">',
          '<div id="pt" class="bm cl">', '<div id="pgt" class="pgs mbm cl ">',
          '<div id="postlist" class="pl bm">', '<span id="thread_subject">',
          'class="plhin"', '<td class="pls" rowspan="2">', '<div class="tns xg2">',
          '<td class="t_f" id="postmessage_', '<div class="t_fsz">', '<div class="ptg mbm mtn">',
          '<div id="p_btn" class="mtw mbm hm cl">', '<h3 class="pbm mbm bbda">المواضيع ذات الصلة',
          '<div class="po hin">', '<a class="replyadd"', '<div id="f_pst" class="pl bm bmw">',
          '<div id="ft" class="wp cl">', "<em>X3.4</em>", '<div id="scrolltop">',
          "<em>1</em><sup>#</sup>")
CHROME = {"منتدى الخليج الإخباري", "الأخبار المحلية", "أخبار الخليج", "تنقل سريع", "المنتدى",
          "الأكثر بحثاً:", "مشاهدة:", "رد:", "[نسخ الرابط للاقتباس]", "المواضيع ذات الصلة",
          "تبليغ", "معارضة", "رسالة", "المواضيع", "النقاط", "نمط القراءة فقط",
          "Archiver", "نسخة الجوال", "غرفة العقوبات", "Powered by Discuz! X3.4",
          "Copyright © 2001-2020, Tencent Cloud.", "الرجوع للأعلى",
          "يجب عليك تسجيل الدخول قبل إضافة رد دخول | تسجيل"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    assert "application/ld+json" not in html and "og:title" not in html
    return html, truth, set(truth["must_not_contain"])


def test_unseen25_traits_discuz_forum_thread() -> None:
    # page 1: edited note, attachment image with hidden tip and caption, bold, source, 2 pages
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "2024-3-4 10:22:12"
    assert truth["published"] == "2024-03-04" and truth["author"] is None
    assert truth["url"] == f"{HOST}/thread-48213-1-1.html"
    for mark in ('<em id="authorposton144650">تم نشره منذ 2024-3-4 10:22:12</em>',
                 '<i class="pstatus"> آخر تعديل لهذه المشاركة بواسطة abu_rashid في 2024-3-4 '
                 "10:31 </i>", "<ignore_js_op>", 'id="aimg_9031_menu"',
                 '<font color="#808080">ألواح الطاقة الشمسية المحيطة', "<strong>أول محطة",
                 '<font color="#0000ff">المصدر: صحيفة الخليج اليوم</font>', "[منقول]</a>",
                 '<div class="pg"><strong>1</strong><a href="thread-48213-2-1.html">2</a>',
                 '<div class="sign" style="max-height:100px;maxHeightIE:100px;">',
                 "GMT+4, 2024-3-7 11:44"):
        assert mark in html, mark
    assert CHROME | {"abu_rashid", "عرض مشاركات abu_rashid", "تم نشره منذ 2024-3-4 10:22:12",
                     "تم نشره منذ 2024-3-5 11:27:33", "المصدر: صحيفة الخليج اليوم",
                     "ألواح الطاقة الشمسية المحيطة بمحطة التحلية الجديدة في الحمرية",
                     "آخر تعديل لهذه المشاركة بواسطة abu_rashid في 2024-3-4 10:31",
                     "الشارقة, تحلية المياه, الطاقة الشمسية", "المفضلة9 نشر أعجبني12",
                     "اللهم احفظ الإمارات وأهلها", "/ 2 صفحات", "التالي",
                     "GMT+4, 2024-3-7 11:44", "(184.62 KB, التحميلات: 17)",
                     "الله يعطيك العافية على النقل يا أبو راشد", "موافقة 2"} <= chrome
    body = truth["body"]
    assert body.startswith("بدأت هيئة كهرباء ومياه وغاز الشارقة أمس الأحد")
    assert body.endswith("والإبلاغ عن أي تسربات عبر مركز الاتصال.") and body.count("\n\n") == 5
    assert "المصدر" not in body and "تعديل" not in body

    # page 2: 00:40 GMT+4 (UTC is the day before), byline, inline link, quote, one page
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "2024-9-15 00:40:12"
    assert truth["published"] == "2024-09-15" and truth["author"] == "محمد الظاهري"
    for mark in ("<strong>كتب: محمد الظاهري - صحيفة الساحل</strong><br />",
                 '<a href="https://darb.example/" target="_blank">تطبيق دربي</a>',
                 '<div class="quote"><blockquote>', "bin_sultan نشر في 2024-9-15 00:40",
                 'المصدر: <a href="https://alsahel-news.example/uae/51087" target="_blank">'):
        assert mark in html, mark
    assert '<div class="pg">' not in html and "pstatus" not in html and "ignore_js_op" not in html
    assert CHROME | {"كتب: محمد الظاهري - صحيفة الساحل", "bin_sultan نشر في 2024-9-15 00:40",
                     "المصدر: https://alsahel-news.example/uae/51087", "المفضلة نشر أعجبني5",
                     "العين, المواصلات العامة, الحافلات", "GMT+4, 2024-9-17 11:52",
                     "من لا يشكر الناس لا يشكر الله"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلن مركز النقل المتكامل في أبوظبي إطلاق ستة خطوط")
    assert body.endswith("أو زيادة عدد الرحلات وفق الإقبال الفعلي.") and body.count("\n\n") == 4
    assert "كتب:" not in body and "المصدر" not in body

    # page 3: subheading in <font size="4">, "منقول", the starter answers ("الكاتب"), 3 pages
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "2025-1-21 16:05:12"
    assert truth["published"] == "2025-01-21" and truth["author"] is None
    for mark in ('<strong><font size="4">نصائح للسائقين</font></strong>',
                 '<font color="#808080">منقول</font>', "ico_lz.png", "&nbsp;الكاتب",
                 '<span title="الإجمالي 3 صفحات"> / 3 صفحات</span>'):
        assert mark in html, mark
    assert CHROME | {"منقول", "الكاتب", "rak_rain", "تم نشره منذ 2025-1-21 20:25:40",
                     "رأس الخيمة في القلب", "الطقس, رأس الخيمة, الأمطار", "/ 3 صفحات",
                     "انتبهوا على العيال وابعدوهم عن الأودية.",
                     "GMT+4, 2025-1-23 20:42"} <= chrome
    body = truth["body"]
    assert body.startswith("توقع المركز الوطني للأرصاد هطول أمطار متفرقة")
    assert body.endswith("التي ينشرها المركز عبر موقعه وحساباته.") and body.count("\n\n") == 4
    assert "\n\nنصائح للسائقين\n\n" in body and "منقول" not in body
