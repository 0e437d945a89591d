"""Traits of the invision_forum_topic family (unseen22): an Iraqi forum on Invision Community
4.x where a member reposts a news story: IPS includeMeta head, css_built stylesheets,
`ipsSettings` script and PHP-style JSON-LD (DiscussionForumPosting with "+0000" dates), the
guest user bar, navBar, `ipsBreadcrumb`, `ipsPageHeader` with `h1.ipsType_pageTitle`, tags,
byline and follow button, the hidden "المشاركات المُوصى بها" block, `article.cPost` posts with
`cAuthorPane`, `ipsComment_meta` times (UTC `datetime`, Baghdad day in Arabic-Indic digits
and Iraqi month names), `data-role="commentContent"` CKEditor HTML, reaction blurbs,
signatures, share menus, the guest "انضم إلى النقاش" reply box, the "محتوى مشابه" widget and
the Invision footer."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "invision_forum_topic"
HOST = "https://ips-forum-iq.example"
COMMON = ('<html lang="ar-IQ" dir="rtl">', '\t\t\t\t<meta property="og:type" content="website">',
          '<meta property="og:locale" content="ar_IQ">',
          "/uploads/css_built_3/341e4a57816af3ba440d891ca87450ff_framework.css?v=",
          "var ipsSettings = {",
          "ips.setSetting( 'date_format', jQuery.parseJSON('\"dd\\/mm\\/yy\"') );",
          "<script type='application/ld+json'>", '"@type": "DiscussionForumPosting"',
          '"@type": "BreadcrumbList"', "<body class='ipsApp ipsApp_front ipsJS_none ipsClearfix'",
          "data-pageController='topic'", "<div id='ipsLayout_header' class='ipsClearfix'>",
          "<ul id='elUserNav' class='ipsList_inline cSignedOut ipsResponsive_showDesktop'>",
          "<nav class='ipsBreadcrumb ipsBreadcrumb_top ipsFaded_withHover'>",
          "<nav class='ipsBreadcrumb ipsBreadcrumb_bottom ipsFaded_withHover'>",
          "<div class='ipsPageHeader ipsResponsive_pull ipsBox ipsPadding sm:ipsPadding:half "
          "ipsMargin_bottom'>", "<h1 class='ipsType_pageTitle ipsContained_container'>",
          "<ul class='ipsTags ipsList_inline ' >", "class='ipsRecommendedComments ipsHide'>",
          "<h2 class='ipsType_sectionHead ipsType_large ipsType_bold ipsMargin_bottom'>"
          "المشاركات المُوصى بها</h2>", '<div id="elPostFeed" data-role=\'commentFeed\'',
          "class='cPost ipsBox ipsResponsive_pull  ipsComment  ipsComment_parent ipsClearfix",
          "<aside class='ipsComment_author cAuthorPane ipsColumn ipsColumn_medium "
          "ipsResponsive_hidePhone'>", "<h3 class='ipsType_sectionHead cAuthorPane_author "
          "ipsType_blendLinks ipsType_break'><strong>", "<div class='ipsComment_meta ipsType_light "
          "ipsFlex ipsFlex-ai:center ipsFlex-jc:between ipsFlex-fd:row-reverse'>",
          "<div data-role='commentContent' class='ipsType_normal ipsType_richText "
          "ipsPadding_bottom ipsContained'", "<ul class='ipsReact_reactions'>",
          "<div data-role=\"memberSignature\"", "class='ipsPadding ipsHide cPostShareMenu'",
          "<div data-role='replyArea' class='cTopicPostArea ipsBox ipsResponsive_pull ipsPadding",
          "<h2 class='ipsType_sectionHead'>انضم إلى النقاش</h2>",
          "data-blockID='app_core_relatedContent_", "<h3 class='ipsType_reset ipsWidget_title'>"
          "محتوى مشابه</h3>", "<span class=\"ipsPager_type\">الذهاب إلى قائمة المواضيع</span>",
          "<a rel='nofollow' title='Invision Community' href='https://www.invisioncommunity.com/'>"
          "Powered by Invision Community</a>", "<div id='elGuestTerms'")
CHROME = {"الانتقال إلى المحتوى", "مستخدم مسجل؟ تسجيل الدخول", "إنشاء حساب", "تصفح", "المنتديات",
          "النشاطات", "كل النشاطات", "الرئيسية", "الأقسام العامة", "مشاركة", "المتابعين",
          "الرد على هذا الموضوع", "بدء موضوع جديد", "المشاركات المُوصى بها", "اقتباس",
          "رابط المشاركة", "المشاركة خارجياً", "الذهاب إلى قائمة المواضيع", "انضم إلى النقاش",
          "يمكنك النشر الآن والتسجيل لاحقاً. إذا كان لديك حساب، سجّل دخولك الآن لتنشر باسم حسابك.",
          "ملاحظة: ستحتاج مشاركتك إلى موافقة المشرف قبل أن تظهر.", "أضف ردًا على هذا الموضوع...",
          "محتوى مشابه", "سياسة الخصوصية", "ملفات تعريف الارتباط", "Powered by Invision Community",
          "© 2009 - 2025 منتديات شبكة الرافدين", "معلومات هامة", "أوافق",
          "غير مستحسن على أجهزة الكمبيوتر المشتركة"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    assert truth["url"].startswith(f"{HOST}/topic/") and truth["url"].endswith("/")
    assert html.count("<article  id='elComment_") == {1: 4, 2: 3, 3: 4}[n]
    return html, truth, set(truth["must_not_contain"])


def test_unseen22_traits_invision_forum_topic() -> None:
    # page 1: bold headline atop the post, attachment image with a grey caption line, bold
    # phrase, "المصدر:" link, a member with a signature; no writer named
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "١٦ نيسان ٢٠٢٤"
    assert truth["published"] == "2024-04-16" and truth["author"] is None
    for mark in (f"{HOST}/topic/18734-%D8%A7%D9%81%D8%AA%D8%AA%D8%A7%D8%AD-",
                 "<title>افتتاح جسر الشهداء في الموصل أمام حركة السيارات بعد ثلاث سنوات من أعمال "
                 "التأهيل - أخبار العراق - منتديات شبكة الرافدين</title>",
                 "<time datetime='2024-04-16T07:20:00Z' title='١٦/٤/٢٠٢٤ ١٠:٢٠ ص' "
                 "data-short='١ سنة'>١٦ نيسان ٢٠٢٤</time>",
                 '"datePublished": "2024-04-16T07:20:00+0000"',
                 "<p>\n\t<strong>افتتاح جسر الشهداء في الموصل",
                 'class="ipsAttachLink ipsAttachLink_image"',
                 'src="//ips-forum-iq.example/applications/core/interface/js/spacer.png"',
                 '<em><span style="color:#7f8c8d;">جانب من حركة السيارات',
                 "<strong>ثلاث فضاءات</strong>",
                 'المصدر: <a href="https://ninawa-news.example/local/2024/04/shuhada-bridge" '
                 'rel="external nofollow">', "<span>9</span>", "\\u0627\\u0641\\u062a\\u062a"):
        assert mark in html, mark
    assert "ipsEmbeddedVideo" not in html and "blockquote" not in html and "(معدل)" not in html
    assert CHROME | {"جانب من حركة السيارات على جسر الشهداء صباح يوم الافتتاح",
                     "المصدر: شبكة نينوى الإخبارية", "بواسطة ابو يوسف الموصلي",
                     "١٦ نيسان ٢٠٢٤ في أخبار العراق", "نشر ١٦ نيسان ٢٠٢٤", "أخبار الموصل",
                     "جسور نينوى", "أعضاء مميزون", "المحافظة: نينوى", "﴿ وَقُل رَّبِّ زِدْنِي عِلْمًا ﴾",
                     "حيدر الكعبي، ام زهراء و 11 آخرين", "ابو يوسف الموصلي و 3 آخرين",
                     "الحمد لله أخيراً رجع الجسر، عبرته العصر والطريق صار أسهل بكثير من قبل.",
                     "صور الجسر العتيق بعد التأهيل وقبل التدمير",
                     "بواسطة ام زهراء، ٥ آذار ٢٠٢٤"} <= chrome
    body = truth["body"]
    assert body.startswith("افتتحت الحكومة المحلية في نينوى، صباح الثلاثاء، جسر الشهداء")
    assert body.endswith("يتوقع إنجازها بالكامل قبل نهاية عام 2026.") and body.count("\n\n") == 5
    assert "المصدر" not in body and "جانب من حركة" not in body

    # page 2: posted 00:40 Baghdad, so every UTC stamp says 7 January; inline link, YouTube
    # embed, "منقول", a reply quoting a story sentence
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "٨ كانون الثاني ٢٠٢٥"
    assert truth["published"] == "2025-01-08" and truth["author"] is None
    for mark in ("<time datetime='2025-01-07T21:40:00Z' title='٨/١/٢٠٢٥ ١٢:٤٠ ص' "
                 "data-short='١ سنة'>"
                 "٨ كانون الثاني ٢٠٢٥</time>", '"datePublished": "2025-01-07T21:40:00+0000"',
                 '<a href="https://meteo-iq.example/forecast/daily" rel="external nofollow">الهيئة '
                 "العامة للأنواء الجوية والرصد الزلزالي</a>", '<div class="ipsEmbeddedVideo" '
                 'contenteditable="false">', 'data-embed-src="https://www.youtube.com/embed/',
                 "<p>\n\tمنقول\n</p>", '<blockquote class="ipsQuote" data-ipsquote=""',
                 '<div class="ipsQuote_contents ipsClearfix" data-gramm="false">'):
        assert mark in html, mark
    assert "ipsAttachLink" not in html and "تقرير:" not in html
    assert CHROME | {"منقول", "نور الهدى قال:", "بواسطة نور الهدى", "نشر ٨ كانون الثاني ٢٠٢٥",
                     "الطقس", "موجة البرد", "اللهم احفظ العراق وأهله", "مهند العبيدي",
                     "الله يستر على أهلنا بالقرى الجبلية، البرد هناك ما ينطاق."} <= chrome
    assert not {c for c in chrome if "ثلاث درجات تحت الصفر" in c}
    body = truth["body"]
    assert body.startswith("توقعت الهيئة العامة للأنواء الجوية والرصد الزلزالي")
    assert body.endswith("اعتبارا من يوم الأحد المقبل.") and body.count("\n\n") == 3
    assert "منقول" not in body

    # page 3: byline naming the writer, sized bold subheading, the poster's question, an edit
    # line with its reason, a moderator poster and a mention reply
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "٢ تشرين الأول ٢٠٢٤"
    assert truth["published"] == "2024-10-02" and truth["author"] == "زينب الربيعي"
    for mark in ("<p>\n\t<strong>تقرير: زينب الربيعي – صحيفة الفرات اليوم</strong>\n</p>",
                 '<strong><span style="font-size:18px;">أسعار مرتفعة ومخاوف من التسويق'
                 "</span></strong>",
                 "<time datetime='2024-10-02T14:05:00Z'", "<strong>تم التعديل في <time datetime="
                 "'2024-10-02T15:20:00Z'", "<li data-role='group'>المشرفون</li>",
                 'data-mentionid="917"', ">@ابو مصطفى النجفي</a> موضوع مفيد"):
        assert mark in html, mark
    assert "ipsAttachLink" not in html and "ipsEmbeddedVideo" not in html
    assert CHROME | {"تقرير: زينب الربيعي – صحيفة الفرات اليوم",
                     "شلون تشوفون الموسم هالسنة يا جماعة؟",
                     "تم التعديل في ٢ تشرين الأول ٢٠٢٤ بواسطة ابو مصطفى النجفي",
                     "إضافة اسم كاتبة التقرير", "(معدل)", "المشرفون", "زراعة الشلب",
                     "٢ تشرين الأول ٢٠٢٤ في الزراعة والاقتصاد",
                     "@ابو مصطفى النجفي موضوع مفيد، مشكورين على المتابعة.",
                     "أزمة المياه في الأهوار.. ما الحل؟"} <= chrome
    body = truth["body"]
    assert body.startswith("يستعد مزارعو قضاء المشخاب في محافظة النجف")
    assert body.endswith("بسبب بدائية وسائل التجفيف والخزن.") and body.count("\n\n") == 5
    assert "\n\nأسعار مرتفعة ومخاوف من التسويق\n\n" in body and "تقرير" not in body
