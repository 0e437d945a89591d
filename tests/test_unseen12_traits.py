"""The traits the unseen12 families are there for, as their sites print them (the truth is
the day each page shows): a Gulf municipality's DotNetNuke news, an Iraqi Joomla + K2 site, a
news story posted in a Discourse forum's crawler view."""

from __future__ import annotations

from tests.test_templates import _page


def test_unseen12_traits_dnn_municipality() -> None:
    html, truth = _page("dnn_municipality", 1)
    chrome = set(truth["must_not_contain"])
    assert truth["published_shown"] == "الأحد 8 شعبان 1445هـ الموافق 18 فبراير 2024م"
    assert truth["published"] == "2024-02-18" and truth["author"] is None
    for mark in ('<form method="post" action="/ar/News/ArticleId/4821" id="Form"',
                 'id="__VIEWSTATE"', 'id="__VIEWSTATEGENERATOR"', 'id="__EVENTVALIDATION"',
                 'id="__dnnVariable"', '<div class="DnnModule DnnModule-DNN_News DnnModule-512">',
                 'id="dnn_dnnBREADCRUMB_lblBreadCrumb"',
                 'id="dnn_ctr512_ViewNews_lblTitle" class="Head"',
                 'class="Normal NewsContent"', '<p style="text-align: justify;">',
                 "&nbsp;</p>", "<p>&nbsp;</p>",
                 'class="DnnModule DnnModule-DNN_News DnnModule-515"',
                 'alt="رؤية المملكة 2030"', 'class="ImageCaption"'):
        assert mark in html, mark
    assert "application/ld+json" not in html
    assert {"الأحد 8 شعبان 1445هـ الموافق 18 فبراير 2024م", "عدد المشاهدات: 1,204",
            "آخر تحديث للصفحة: 27/02/2024", "أخبار ذات صلة", "هل كانت هذه الصفحة مفيدة؟",
            "تكبير الخط", "تصغير الخط", "التباين", "طباعة", "نسخ الرابط", "English",
            "المركز الإعلامي", "الأخبار", "12/02/2024", "الرقم الموحد: 940",
            "جميع الحقوق محفوظة لأمانة الأحساء © 2024",
            "أحد المراقبين الصحيين خلال جولة تفتيشية على مستودع للمواد الغذائية في الهفوف",
            } <= chrome
    assert truth["body"].startswith("نفذت أمانة الأحساء ممثلة في الإدارة العامة لصحة البيئة")
    assert truth["body"].endswith("بالمواقع المخصصة لهم.") and truth["body"].count("\n\n") == 3
    html, truth = _page("dnn_municipality", 2)
    chrome = set(truth["must_not_contain"])
    assert truth["published_shown"] == "الإثنين 18 ذو الحجة 1445 هـ الموافق 24 يونيو 2024 م"
    assert truth["published"] == "2024-06-24" and truth["author"] is None
    assert "ImageCaption" not in html and "__EVENTVALIDATION" not in html
    assert '<p style="text-align: justify;"><strong>أنهت أمانة الأحساء' in html
    assert {"عدد المشاهدات: 683", "آخر تحديث للصفحة: 27/06/2024", "المشاريع"} <= chrome
    assert truth["body"].startswith("أنهت أمانة الأحساء") and truth["body"].endswith("الرقم 940.")
    html, truth = _page("dnn_municipality", 3)
    chrome = set(truth["must_not_contain"])
    assert truth["published_shown"] == "الأحد 19 ربيع الأول 1446هـ الموافق 22 سبتمبر 2024م"
    assert truth["published"] == "2024-09-22" and truth["author"] is None
    assert '<span style="font-size:16px;">أكملت أمانة الأحساء' in html
    assert {"01:05 م", "عدد المشاهدات: 2,917", "آخر تحديث للصفحة: 08/10/2024"} <= chrome
    assert truth["body"].startswith("أكملت أمانة الأحساء استعداداتها")
    assert truth["body"].endswith("رؤية المملكة 2030.") and truth["body"].count("\n\n") == 5


def test_unseen12_traits_joomla_k2_iraq() -> None:
    html, truth = _page("joomla_k2_iraq", 1)
    chrome = set(truth["must_not_contain"])
    assert truth["published_shown"] == "الثلاثاء, 12 آذار/مارس 2024 09:40"
    assert truth["published"] == "2024-03-12" and truth["author"] is None
    for mark in ('<div id="k2Container" class="itemView">', '<span class="itemDateCreated">',
                 '<h2 class="itemTitle">', '<div class="itemIntroText">',
                 '<div class="itemFullText">', '<span class="itemImageCaption">',
                 '<span class="itemImageCredits">', '<div class="itemTagsBlock">',
                 '<div class="itemRelated">', '<div class="itemNavigation">',
                 '<ul class="newsflash-horiz mod-list">', 'class="k2ItemsBlock most-read"',
                 '<meta name="generator" content="Joomla! - Open Source Content Management" />',
                 '<meta name="author" content="Super User" />'):
        assert mark in html, mark
    assert "application/ld+json" not in html and "itemAuthor" not in html
    assert "قراءة <b>2417</b> مرات" in html
    assert "<strong>بغداد - واع:</strong> أعلنت وزارة الموارد المائية" in html
    assert {"الأربعاء 13 آذار 2024", "الثلاثاء, 12 آذار/مارس 2024 09:40", "قراءة 2417 مرات",
            "المصدر: وكالة الأنباء العراقية (واع)", "حجم الخط", "طباعة", "البريد الإلكتروني",
            "الوسوم", "مواد أخرى في هذه الفئة", "« السابق", "التالي »", "الأكثر قراءة",
            "أنت هنا:", "أرشيف", "جانب من سد الموصل بعد موجة الأمطار الأخيرة",
            "جميع الحقوق محفوظة © 2024 شبكة الرافدين الإخبارية"} <= chrome
    assert truth["body"].startswith("بغداد - واع: أعلنت وزارة الموارد المائية")
    assert truth["body"].endswith("خلال الموسم الصيفي.") and truth["body"].count("\n\n") == 4

    html, truth = _page("joomla_k2_iraq", 2)
    chrome = set(truth["must_not_contain"])
    assert truth["published_shown"] == "الثلاثاء, 23 تموز/يوليو 2024 14:15"
    assert truth["published"] == "2024-07-23" and truth["author"] == "حيدر الكعبي"
    assert '<span class="itemAuthor">' in html and "كتبه&nbsp;" in html
    assert '<a rel="author" href="/index.php/reports/itemlist/user/62-' in html
    assert '<span class="itemDateModified">' in html
    assert {"كتبه", "آخر تعديل في الثلاثاء, 23 تموز/يوليو 2024 16:02", "قراءة 6385 مرات",
            "الأربعاء 24 تموز 2024", "تصوير: مصطفى جاسم"} <= chrome
    assert truth["body"].startswith("مع تجاوز درجات الحرارة حاجز الخمسين مئوية في البصرة")
    assert truth["body"].endswith("الإشعاع الشمسي في العراق.")

    html, truth = _page("joomla_k2_iraq", 3)
    chrome = set(truth["must_not_contain"])
    assert truth["published_shown"] == "الأحد, 06 تشرين الأول/أكتوبر 2024 11:05"
    assert truth["published"] == "2024-10-06" and truth["author"] is None
    assert "itemImageBlock" not in html and "<p>&nbsp;</p>" in html
    assert '<p dir="rtl" style="text-align: justify;">' in html and 'name="author"' not in html
    assert {"الاثنين 7 تشرين الأول 2024", "قراءة 973 مرات", "نشر في", "اقتصاد"} <= chrome
    assert truth["body"].startswith("بغداد - واع: حددت وزارة الزراعة")
    assert truth["body"].endswith("مع بداية الموسم.")


DISCOURSE = "discourse_news_topic"


def test_unseen12_traits_discourse_news_topic() -> None:
    html, truth = _page(DISCOURSE, 1)
    chrome = set(truth["must_not_contain"])
    assert truth["published_shown"] == "19 فبراير 2024, 10:25ص"
    assert truth["published"] == "2024-02-19" and truth["author"] == "سارة القحطاني"
    for mark in ('<body class="crawler ">', '<div id="main-outlet" class="wrap" role="main">',
                 '<div id="topic-title">', '<a href="/t/topic/18452">',
                 "itemtype='http://schema.org/DiscussionForumPosting' "
                 "class='topic-body crawler-post'",
                 "<div class='crawler-post-meta'>", "class='post-time'",
                 "<meta itemprop='datePublished' content='2024-02-19T07:25:00Z'>",
                 "<div class='post' itemprop='text'>", "<span class='post-likes'>7 إعجابات</span>",
                 '<aside class="onebox allowlistedgeneric"', "<nav class='crawler-nav'>",
                 '"@type": "DiscussionForumPosting"', 'content="Discourse 3.2.1',
                 '<meta property="article:published_time" content="2024-02-19T07:25:00+00:00" />'):
        assert mark in html, mark
    assert html.count("class='topic-body crawler-post'") == 4
    assert {"بقلم: سارة القحطاني – صحيفة الأفق الرقمي", "المصدر: صحيفة الأفق الرقمي",
            "tariq_alharbi", "(طارق الحربي)", "أخبار", "الأمن-السيبراني", "faisal_sec",
            "19 فبراير 2024, 11:20ص", "4 إعجابات", "alufuq-digital.example",
            "3200 طالب في أكبر مسابقة جامعية للأمن السيبراني", "مواضيع ذات صلة", "المشاهدات",
            "1.2k", "الصفحة الرئيسية", "شروط الخدمة",
            "مدعوم بواسطة Discourse، ويُفضَّل تصفحه مع تفعيل JavaScript"} <= chrome
    assert truth["body"].startswith("انطلقت في الرياض أمس الأحد التصفيات الأولى")
    assert truth["body"].endswith("في جهات حكومية وشركات تقنية.")
    html, truth = _page(DISCOURSE, 2)
    chrome = set(truth["must_not_contain"])
    # posted at 01:40 in +03:00: the page's day is 2 July, the UTC instant is 1 July
    assert truth["published_shown"] == "2 يوليو 2024, 1:40ص"
    assert truth["published"] == "2024-07-02" and truth["author"] is None
    assert "<time datetime='2024-07-01T22:40:00Z' class='post-time'>" in html
    assert "onebox" not in html and '<aside class="quote no-group"' in html
    assert '<a href="https://alufuq-digital.example/tag/payments"' in html
    assert {"nawaf.dev", "nawaf.dev:", "sultan_pay", "المصدر: صحيفة الأفق الرقمي",
            "ما رأيكم في تكرار هذه الأعطال؟ هل حصل معكم شيء مشابه أمس؟"} <= chrome
    assert truth["body"].startswith("تعطلت خدمات الدفع الإلكتروني")
    assert truth["body"].endswith("دفعة واحدة.")
    html, truth = _page(DISCOURSE, 3)
    chrome = set(truth["must_not_contain"])
    assert truth["published_shown"] == "12 نوفمبر 2024, 6:05م"
    assert truth["published"] == "2024-11-12" and truth["author"] is None
    assert "بقلم" not in html and "<strong>سحاب الشرق للحوسبة</strong>" in html
    assert html.index('<aside class="onebox') < html.index("<p>بدأت شركة")
    assert html.count("class='topic-body crawler-post'") == 5
    assert {"m_alshehri", "khalid_ops", "@m_alshehri ننتظر التفاصيل عن الربط مع مزودي الاتصالات.",
            "ما رأيكم؟ هل سينعكس هذا على أسعار الاستضافة محليا؟", "12 إعجابًا",
            "مركز بيانات جديد في الدمام باستثمارات 2.6 مليار ريال"} <= chrome
    assert truth["body"].startswith('بدأت شركة "سحاب الشرق للحوسبة"')
    assert truth["body"].endswith("إلى مراكز احتياطية قريبة.")
