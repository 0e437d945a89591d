"""The traits the unseen15 family xenforo2_thread is there for: a Gulf news forum on XenForo 2.2
(Arabic pack, RTL) where staff repost a news story as the first post of a thread: the story as
`<br />`-separated BBCode lines inside `bbWrapper`, among XenForo's user cells, attribution,
signature, reactions, quoting replies, share buttons, similar threads, forum statistics and
footer; the poster is not the story's writer (only page 1 names one, in a "كتب:" line), and the
forum's +0300 `time.u-dt` against the UTC JSON-LD date (page 2 was posted at 00:40)."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "xenforo2_thread"
COMMON = ('<html id="XF" lang="ar-SA" dir="RTL"', 'data-app="public"',
          'data-template="thread_view"', 'class="has-no-js template-thread_view"',
          '<body data-template="thread_view">', '<header class="p-header" id="header">',
          '<nav class="p-nav">', '<div class="p-sectionLinks">', '<ul class="p-breadcrumbs "',
          '<ul class="p-breadcrumbs p-breadcrumbs--bottom"', '<div class="p-body-header">',
          '<h1 class="p-title-value">', '<div class="p-description">',
          '<span class="u-srOnly">كاتب الموضوع</span>', '<span class="js-tagList">',
          '<div class="block block--messages"', '<div class="block-container lbContainer"',
          '<div class="block-body js-replyNewMessageContainer">',
          '<article class="message   message-staffPost   message-threadStarterPost '
          'message--post js-post js-inlineModContainer  "',
          '<div class="message-cell message-cell--user">', '<div class="message-userExtras">',
          "<dt>التسجيل</dt>", "<dt>المشاركات</dt>",
          '<header class="message-attribution message-attribution--split">',
          '<article class="message-body js-selectToQuote">', '<div class="bbWrapper">',
          '<div class="js-selectToQuoteEnd">&nbsp;</div>', '<aside class="message-signature">',
          '<footer class="message-footer">',
          '<div class="reactionsBar js-reactionsList is-active">',
          '<span class="u-srOnly">التفاعلات:</span>',
          'class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch"',
          'class="bbCodeBlock-sourceJump"', '<div class="blockMessage blockMessage--none">',
          '<span class="shareButtons-label">مشاركة:</span>',
          'data-widget-definition="xfes_similar_threads"',
          '<h3 class="block-header">المواضيع المشابهة</h3>', 'class="structItem structItem--thread',
          'data-widget-definition="forum_statistics"', '<footer class="p-footer" id="footer">',
          'Community platform by XenForo<sup>&reg;</sup> <span class="copyright">&copy; '
          "2010-2024 XenForo Ltd.</span>", 'id="_xfClientLoadTime"',
          '<script type="application/ld+json">', '"@type": "DiscussionForumPosting"')
CHROME = {"الرئيسية", "المنتديات", "ما الجديد", "الأعضاء", "مشاركات جديدة", "البحث في المنتديات",
          "تسجيل الدخول", "تسجيل", "بحث", "القائمة", "الأقسام الإخبارية",
          "الأخبار السياسية والمحلية", "كاتب الموضوع", "تاريخ البدء", "الوسوم", "التسجيل",
          "المشاركات", "مستوى التفاعل", "طاقم الإدارة", "#1", "#2", "#4", "التفاعلات:",
          "قسم الأخبار: ننقل لكم الخبر من مصادره الموثوقة، والنقاش مفتوح بما لا يخالف القوانين",
          "يجب عليك تسجيل الدخول أو التسجيل للرد هنا.", "مشاركة:", "Facebook", "WhatsApp",
          "البريد الإلكتروني", "رابط", "المواضيع المشابهة", "الردود", "المشاهدات",
          "إحصائيات المنتدى", "أحدث عضو", "عبدالعزيز_ش", "1,212,954", "النمط الافتراضي",
          "العربية (AR)", "اتصل بنا", "الشروط والقوانين", "سياسة الخصوصية", "مساعدة", "RSS",
          "Community platform by XenForo® © 2010-2024 XenForo Ltd.",
          "جافا سكربت معطل. للحصول على تجربة أفضل، الرجاء تمكين جافا سكربت في المتصفح "
          "قبل المتابعة."}


def _common(n: int) -> tuple[str, dict, set]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, mark
    assert html.count('<article class="message ') >= 4
    assert html.index('class="p-title-value"') < html.index("js-replyNewMessageContainer")
    chrome = set(truth["must_not_contain"])
    assert any(len(line.split()) > 60 for line in chrome)  # a long reply, chrome too
    return html, truth, chrome


def test_unseen15_traits_xenforo2_thread() -> None:
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "12 مايو 2024"
    assert truth["published"] == "2024-05-12" and truth["author"] == "فهد المطيري"
    assert ('<time  class="u-dt" dir="auto" datetime="2024-05-12T14:30:00+0300" '
            'data-time="1715513400" data-date-string="12 مايو 2024" data-time-string="2:30 م" '
            'title="12 مايو 2024 في 2:30 م" itemprop="datePublished">12 مايو 2024</time>') in html
    assert '"datePublished": "2024-05-12T11:30:00+00:00"' in html
    for mark in ('<div class="bbWrapper"><b>كتب: فهد المطيري</b><br />',
                 '<div class="bbImageWrapper  js-lbImage" title="cabinet-48213.jpg"',
                 'class="bbImage"', "<i>جانب من الاجتماع الأسبوعي لمجلس الوزراء في قصر بيان</i>",
                 '<h3 class="bbHeading">ربط إلكتروني بين الجهات</h3>',
                 "<b>وزارة الشؤون الاجتماعية والهيئة العامة للقوى العاملة وبلدية الكويت</b>",
                 '<span style="font-size: 12px">المصدر: صحيفة الديرة اليوم</span></div>',
                 'class="pageNav-jump pageNav-jump--next"', "<bdi>بوخالد</bdi>، <bdi>ابن الديرة"
                 "</bdi> و 9 آخرين</a>", 'data-content-selector="#post-4821301">أبو فيصل قال:</a>'):
        assert mark in html, mark
    assert CHROME | {"كتب: فهد المطيري", "المصدر: صحيفة الديرة اليوم",
                     "جانب من الاجتماع الأسبوعي لمجلس الوزراء في قصر بيان", "12 مايو 2024",
                     "13 مايو 2024", "أبو فيصل", "مشرف قسم الأخبار", "14,208", "بوخالد",
                     "بوخالد، ابن الديرة و 9 آخرين", "أبو فيصل قال:", "انقر للتوسيع...",
                     "التالي", "1 من 2", "قرارات مجلس الوزراء", "الدورة المستندية",
                     "متى ينتهي الزحام في إدارات الهجرة؟ نقاش مفتوح"} <= chrome
    assert any(line.startswith("الفكرة ممتازة لكن خلونا نكون واقعيين") for line in chrome)
    body = truth["body"]
    assert body.startswith("أقر مجلس الوزراء الكويتي في اجتماعه الأسبوعي خطة وطنية")
    assert body.endswith("والعقبات التي تواجه التنفيذ.") and body.count("\n\n") == 6
    assert "\n\nربط إلكتروني بين الجهات\n\nوبحسب الخطة" in body
    assert "كتب:" not in body and "المصدر" not in body

    html, truth, chrome = _common(2)
    # posted 00:40 in the forum's +0300: the page shows 3 September, the JSON-LD says the 2nd
    assert truth["published_shown"] == "3 سبتمبر 2024"
    assert truth["published"] == "2024-09-03" and truth["author"] is None
    assert 'datetime="2024-09-03T00:40:00+0300" data-time="1725313200"' in html
    assert '"datePublished": "2024-09-02T21:40:00+00:00"' in html
    assert "bbImage" not in html and "bbHeading" not in html and "pageNav" not in html
    assert "كتب:" not in html and '"name": "news_desk"' in html
    for mark in ('<a href="https://www.gcc-sg.example/ar/visa" target="_blank" class="link '
                 'link--external" rel="nofollow ugc noopener">المنصة الإلكترونية الموحدة</a>',
                 'المصدر: <a href="https://nabd-alkhaleej.example/news/51877"',
                 "حساب الأخبار الرسمي"):
        assert mark in html, mark
    assert CHROME | {"المصدر: وكالة نبض الخليج للأنباء", "3 سبتمبر 2024", "news_desk",
                     "نوره_الكويت و طلال77", "news_desk قال:", "التأشيرة الخليجية",
                     "هل ستشمل التأشيرة الموحدة المقيمين في دول المجلس؟"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلنت الأمانة العامة لمجلس التعاون لدول الخليج العربية")
    assert body.endswith("من شركات الطيران والفنادق.") and body.count("\n\n") == 3

    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "19 نوفمبر 2024"
    assert truth["published"] == "2024-11-19" and truth["author"] is None
    assert 'datetime="2024-11-19T21:15:00+0300"' in html
    assert '"datePublished": "2024-11-19T18:15:00+00:00"' in html
    assert "bbImage" not in html and "pageNav" not in html and "link--external" not in html
    assert '<div class="bbWrapper"><b>نقلا عن صحيفة الشرق العماني:</b><br />' in html
    assert ('<div class="bbMediaWrapper" data-media-site-id="youtube" '
            'data-media-key="q7Rk2mWb0tE">') in html
    assert (html.index("ولت تدريبه.<br />") < html.index("bbMediaWrapper")
            < html.index("وأوضح أن الوظائف المستهدفة"))
    assert ("لوظائف الموانئ؟</div>" in html and "التوطين" in chrome)
    assert CHROME | {"نقلا عن صحيفة الشرق العماني:", "19 نوفمبر 2024", "سالم البلوشي",
                     "مشرف عام", "سالم البلوشي قال:", "مطر الحارثي، بوخالد و 4 آخرين",
                     "برأيكم، هل تكفي تسعة أشهر من التدريب لتأهيل الشباب لوظائف الموانئ؟",
                     "ميناء الدقم يستقبل أول خط ملاحي مباشر إلى شرق أفريقيا"} <= chrome
    body = truth["body"]
    assert body.startswith("أطلقت وزارة العمل في سلطنة عمان اليوم الثلاثاء")
    assert body.endswith("في مقدمة محركات التنويع الاقتصادي.") and body.count("\n\n") == 4
    assert "برأيكم" not in body and "نقلا عن" not in body
