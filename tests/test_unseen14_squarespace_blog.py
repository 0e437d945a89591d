"""The traits the unseen14 family squarespace_blog is there for: a Beirut culture and
photojournalism magazine on Squarespace 7.1 with the site language left at en-GB, blog post
pages whose text is split over several sqs-block-html blocks around image, quote and video
blocks, a post date printed without its year ("10 Apr", the year only in metas and JSON-LD),
English platform strings ("Written By", "Previous"/"Next"), an author profile, item pagination
and a footer with a latest-posts summary block and a newsletter block."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "squarespace_blog"
COMMON = ('<!-- This is Squarespace. -->', 'lang="en-GB"', "Static.SQUARESPACE_CONTEXT = {",
          '"timeZone":"Asia/Beirut"', '"templateVersion":"7.1"',
          "<!-- End of Squarespace Headers -->", '<div class="header-display-mobile"',
          '<div class="header-nav-item header-nav-item--collection',
          '<div class="blog-item-wrapper">', '<article class="entry h-entry hentry ',
          '<div class="blog-item-top-wrapper">', '<div class="blog-item-title">',
          '<h1 class="entry-title entry-title--large p-name" data-content-field="title">',
          '<div class="blog-item-content-wrapper">', '<div class="blog-item-content e-content">',
          '<div class="sqs-layout sqs-grid-12 columns-12" data-layout-label="Post Body"',
          '<div class="sqs-block html-block sqs-block-html"', '<div class="sqs-block-content">',
          '<div class="sqs-html-content" data-sqsp-text-block-content>',
          '<p class="" style="white-space:pre-wrap;">',
          '<div class="blog-item-author-profile-wrapper">',
          '<section id="itemPagination" class="item-pagination item-pagination--prev-next"',
          '<div class="sqs-block newsletter-block sqs-block-newsletter"',
          'class="summary-metadata-item summary-metadata-item--date"',
          '<footer class="sections" id="footer-sections" data-footer-sections>',
          '"@type":"Article"')
FOOTER = {"المجلة", "قصص مصوّرة", "السينما والفيديو", "أخبار", "ادعم منظور", "Previous", "Next",
          "منظور", "مجلة مستقلة للثقافة والتصوير الصحفي، تصدر من بيروت منذ 2019.", "أحدث المواد",
          "ثلاث نساء وثلاثة أجيال في معمل صابون عائلي بصيدا", "20 Nov 2024", "2 Nov 2024",
          "النشرة البريدية", "اشترك", "يمكنك إلغاء الاشتراك في أي وقت.",
          "© 2024 منظور. جميع الحقوق محفوظة."}


def test_unseen14_traits_squarespace_blog() -> None:
    html, truth = _page(NAME, 1)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    # the 7.1 post date: text and datetime both "10 Apr"; the year only in the metas
    assert truth["published_shown"] == "10 Apr"
    assert truth["published"] == "2024-04-10" and truth["author"] == "رنا الحاج"
    assert ('<time class="dt-published blog-meta-item blog-meta-item--date" datetime="10 Apr" '
            'pubdate data-content-field="published-on">\n            <span>10 Apr</span>') in html
    assert '<meta itemprop="datePublished" content="2024-04-10T11:30:00+0300"/>' in html
    assert '"datePublished":"2024-04-10T11:30:00+0300"' in html
    assert html.count('<div class="sqs-block html-block sqs-block-html"') == 3 + 2  # + footer
    assert html.index("sqs-block-html") < html.index("sqs-block-image") < html.index(
        "ويُعرض العمل على ألواح خشبية")
    for mark in ('<div class="sqs-block image-block sqs-block-image',
                 '<figcaption class="image-caption-wrapper">',
                 "<strong>اقرأ أيضاً:</strong> <a href=",
                 '<div class="blog-item-injection" data-blog-item-injection>',
                 '<div class="blog-item-comments">', '<div class="author-bio">',
                 'Written By <a href="/journal?author='):
        assert mark in html, mark
    assert FOOTER | {"Written By رنا الحاج", "رنا الحاج", "10 Apr", "الصيد البحري",
                     "مصوّرة صحفية من صيدا، تعمل على مشاريع طويلة الأمد عن البحر والعمل والهجرة.",
                     "صياد يرتّب شباكه عند الفجر في ميناء صور القديم",
                     "تصوير: جاد عيسى / مشروع «أهل البحر»", "اقرأ أيضاً:",
                     "دليل قصير لقراءة الصورة الصحفية", "شارك هذه القصة", "نسخ الرابط",
                     "مصوّرات من عمّان يوثّقن أسواق وسط البلد قبل ترميمها",
                     "حكايات الخبز في أفران طرابلس القديمة",
                     "منحة «عدسات محلية» تفتح باب الترشح لمصوّرين شباب من لبنان والأردن"} <= chrome
    body = truth["body"]
    assert body.startswith("انطلق هذا الأسبوع معرض «أهل البحر» المتنقل")
    assert body.endswith("يجري العمل على تأسيسه في صور.") and body.count("\n\n") == 5

    html, truth = _page(NAME, 2)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    # posted 00:20 Beirut time (22:20 UTC the day before): every date on the page is local
    assert truth["published_shown"] == "2 Nov"
    assert truth["published"] == "2024-11-02" and truth["author"] is None
    assert 'datetime="2 Nov"' in html and '"datePublished":"2024-11-02T00:20:00+0200"' in html
    assert 'Written By <a href="/news?author=' in html and '"timeZoneAbbr":"EET"' in html
    for mark in ('<div class="sqs-block quote-block sqs-block-quote"', "<span>“</span>",
                 '<figcaption class="source">— لينا حداد',
                 "أعلنت مبادرة <strong>«عدسات محلية»</strong>",
                 '<a href="https://adasat-mahalliya.example/apply" target="_blank">'
                 "الموقع الإلكتروني للمبادرة</a>"):
        assert mark in html, mark
    assert html.index('class="sqs-block quote-block') < html.index("ويشترط أن يكون المتقدم")
    assert "blog-item-comments" not in html and "mz-share" not in html and "author-bio" not in html
    assert "sqs-block-image" not in html and "sqs-block-video" not in html
    assert FOOTER | {"Written By فريق منظور", "فريق منظور", "2 Nov", "منح ثقافية",
                     "أن يصوّر الشباب أحياءهم بعيونهم، بدل أن ينتظروا من يأتي من الخارج "
                     "ليرويها عنهم",
                     "— لينا حداد، منسقة «عدسات محلية»",
                     "ورشة مجانية في صيدا لتعليم الطباعة اليدوية للصور"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلنت مبادرة «عدسات محلية» فتح باب الترشح")
    assert body.endswith("على المكتبات العامة والمدارس.") and body.count("\n\n") == 3

    html, truth = _page(NAME, 3)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    # December 2023: no year anywhere the reader looks, only in the metas and the JSON-LD
    assert truth["published_shown"] == "18 Dec"
    assert truth["published"] == "2023-12-18" and truth["author"] == "كريم منصور"
    assert '<meta itemprop="datePublished" content="2023-12-18T19:45:00+0200"/>' in html
    for mark in ('<div class="sqs-block video-block sqs-block-video"',
                 'data-provider-name="YouTube"', '<div class="video-caption-wrapper">',
                 '<h3 style="white-space:pre-wrap;">ذاكرة مشتركة بين مدينتين</h3>',
                 '<div class="blog-item-comments">', '<div class="author-bio">'):
        assert mark in html, mark
    assert html.index("sqs-block-video") < html.index("ذاكرة مشتركة بين مدينتين")
    assert "sqs-block-image" not in html and "sqs-block-quote" not in html
    assert FOOTER | {"Written By كريم منصور", "18 Dec", "سينما مستقلة",
                     "المقطع الدعائي للفيلم — إنتاج «بحر للأفلام»، طرابلس",
                     "سينما الحمرا: جولة مصوّرة في صالات بيروت المغلقة",
                     "حوار مع مصممة ملصقات الأفلام العربية القديمة"} <= chrome
    body = truth["body"]
    assert body.startswith("افتتح فيلم «الصالة الأخيرة» للمخرجة اللبنانية ريم عيتاني")
    assert body.endswith("تاريخ صالات العرض في شمال لبنان.") and body.count("\n\n") == 7
    assert "\n\nذاكرة مشتركة بين مدينتين\n\nوخلال النقاش" in body
