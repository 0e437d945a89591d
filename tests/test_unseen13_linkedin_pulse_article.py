"""The traits the LinkedIn Pulse family is there for, as LinkedIn's guest frontend prints an
Arabic article to a logged-out visitor: the truth is the day each page shows, the author the
name on the author card."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "linkedin_pulse_article"


def test_unseen13_traits_linkedin_pulse_article() -> None:
    html, truth = _page(NAME, 1)
    chrome = set(truth["must_not_contain"])
    assert truth["published_shown"] == "Feb 18, 2024"
    assert truth["published"] == "2024-02-18" and truth["author"] == "ريم عبدالله الشمري"
    for mark in ('<html class="cls-fix-enabled" lang="en">', '<body dir="ltr">',
                 '<meta name="litmsProfileName" content="article-ssr-frontend">',
                 '<div class="contextual-sign-in-modal"', "artdeco-global-alert--COOKIE_CONSENT",
                 '<main class="main article-main" id="main-content" role="main">',
                 '<article class="article-main__content">', '<figure class="cover-img">',
                 '<header class="article-main__header">', '<h1 class="pulse-title',
                 '<div class="publisher-author-card" data-test-id="publisher-author-card">',
                 '<h3 class="base-main-card__title', "<time>Published Feb 18, 2024</time>",
                 '<div data-test-id="article-content-blocks">',
                 '<div class="article-main__content" data-test-id="publishing-text-block">',
                 '<h2 data-test-id="pulse-publishing-h1">', "<ul>", "<p>\n          <!----><br>",
                 '<div class="inline-articles my-3" data-test-id="inline-articles">',
                 '"@type": "Article"', '"datePublished": "2024-02-18T06:40:00.000+00:00"',
                 '"publisher": {"@type": "Organization", "name": "LinkedIn"',
                 'data-test-id="social-actions__reaction-count">86</span>',
                 '<footer class="li-footer', "/pulse/%D9%82%D8%B1%D8%A7%D8%A1%D8%A9-"):
        assert mark in html, mark
    assert html.count('data-test-id="publishing-text-block"') == 9  # 7 blocks, 2 spacers
    assert "comments__comment" not in html and "publishing-image-block" not in html
    assert {"Agree & Join LinkedIn", "Sign in to view more content", "Skip to main content",
            "Top Content", "Join now", "Report this article", "ريم عبدالله الشمري",
            "محللة أسواق الطاقة | كاتبة في الاقتصاد الخليجي", "8,917 followers", "+ Follow",
            "Published Feb 18, 2024", "Recommended by LinkedIn", "سامي الحربي 1 year ago",
            "أسعار النفط والفائدة الأمريكية: علاقة معقدة", "86", "12 Comments", "Like",
            "Share", "To view or add a comment, sign in", "More articles by ريم عبدالله الشمري",
            "Jan 21, 2024", "Others also viewed", "Explore topics", "Soft Skills",
            "LinkedIn © 2024", "Community Guidelines", "العربية (Arabic)",
            "الهيدروجين الأخضر في الخليج بين الطموح وحسابات الكلفة"} <= chrome
    assert truth["body"].startswith("يدخل سوق النفط الربع الثاني من العام")
    assert "\n\nثلاثة مؤشرات ينبغي رصدها\n\n" in truth["body"]  # the h2 is body
    assert "\n\nسعر التعادل المالي لكل دولة" in truth["body"]  # so are the bullets
    assert truth["body"].endswith("وتأجيل بعض المشروعات غير العاجلة.")
    assert truth["body"].count("\n\n") == 8

    html, truth = _page(NAME, 2)
    chrome = set(truth["must_not_contain"])
    # the Arabic interface, no JSON-LD: the visible date is the only one on the page
    assert truth["published_shown"] == "5 يونيو 2024"
    assert truth["published"] == "2024-06-05" and truth["author"] == "عمر الزعبي"
    for mark in ('<html class="cls-fix-enabled" lang="ar">', '<body dir="rtl">',
                 '<meta name="locale" content="ar_AE">', "<time>تاريخ النشر: 5 يونيو 2024</time>",
                 'data-test-id="publishing-image-block"',
                 'data-test-id="publishing-image-block-caption"',
                 '<a href="https://www.linkedin.example/redir/redirect?url=https%3A%2F%2F',
                 "data-tracking-will-navigate data-test-link>هيئة تنشيط السياحة<!----></a>",
                 '<span class="font-[700]">نقلا مجانيا من عمّان</span>'):
        assert mark in html, mark
    assert "application/ld+json" not in html and "cover-img" not in html
    assert "Others also viewed" not in html and "inline-articles" not in html
    assert {"الموافقة والانضمام إلى LinkedIn", "سجّل الدخول لعرض المزيد من المحتوى",
            "تخطي إلى المحتوى الرئيسي", "الإبلاغ عن هذا المقال", "عمر الزعبي", "2,145 متابع",
            "+ متابعة", "تاريخ النشر: 5 يونيو 2024",
            "جانب من منتجعات الشاطئ الشرقي للبحر الميت مطلع حزيران",
            "41", "3 تعليقات", "أعجبني", "مشاركة", "لعرض تعليق أو إضافته، سجّل الدخول",
            "المزيد من المقالات بقلم عمر الزعبي", "14 مايو 2024", "عرض كل المقالات",
            "استكشف الموضوعات", "LinkedIn © 2024", "عناصر التحكم للضيوف"} <= chrome
    assert truth["body"].startswith("أطلقت جمعية الفنادق الأردنية بالتعاون مع هيئة تنشيط السياحة")
    assert truth["body"].endswith("قبل ذروة الحر.") and truth["body"].count("\n\n") == 3

    html, truth = _page(NAME, 3)
    chrome = set(truth["must_not_contain"])
    assert truth["published_shown"] == "Nov 12, 2024"
    assert truth["published"] == "2024-11-12" and truth["author"] == "هبة عبد الرازق"
    for mark in ('<figure class="cover-img">', '"datePublished": "2024-11-12T08:15:00.000+00:00"',
                 '"commentCount": "2"', "/feed/hashtag/?keywords=%D8%A7%D9%84%D8%A7",
                 "data-test-link>#الطاقة<!----></a>",
                 'class="attributed-text-segment-list__content'):
        assert mark in html, mark
    assert html.count('data-test-id="comments__comment"') == 2
    assert "<h2 data-test-id=" not in html and "<ul>\n" not in html
    assert {"#الاقتصاد #الطاقة #مصر", "#مصر", "هبة عبد الرازق", "5,302 followers",
            "Published Nov 12, 2024", "127", "2 Comments", "أيمن فؤاد", "محلل مالي أول", "1w",
            "5 Reactions", "Reply", "شكرا على الطرح الواضح. هل هناك تقديرات لأثر ذلك على دعم "
            "الوقود في الموازنة؟", "More articles by هبة عبد الرازق", "Sep 17, 2024",
            "14 Comments", "إيرادات قناة السويس وحسابات البحر الأحمر", "خالد فرج 3mo"} <= chrome
    assert truth["body"].startswith("تتجه مصر إلى شتاء جديد")
    assert truth["body"].endswith("وتعود مخاوف انقطاع التيار إلى الواجهة.")
    assert truth["body"].count("\n\n") == 4 and "#" not in truth["body"]
