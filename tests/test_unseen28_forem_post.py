"""Traits of the forem_post family (unseen28): an Arabic developer community on Forem (the
software behind dev.to) serving a tech-news post to a logged-out reader: Forem's English UI,
the crayons topbar, the reactions rail, `crayons-article__header__meta` with "Posted on" and a
UTC `<time>` in Forem's readable date ("Mar 4 '24", no year in the current year), `crayons-tag`
links, `div#article-body`, Top comments, Read next, the author card with "More from <name>"
and the Forem footer."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "forem_post"
HOST = "https://forem-arab.example"
COMMON = ('<html lang="en">', '<meta property="forem:domain" content="forem-arab.example" />',
          '<header id="topbar" class="crayons-header topbar print-hidden">',
          '<div class="crayons-layout crayons-layout--3-cols crayons-layout--article">',
          '<div class="crayons-article-actions print-hidden">', 'id="reaction-butt-unicorn"',
          '<script type="application/ld+json">', '"@type":"Article"',
          '<article class="crayons-card crayons-article mb-4"', "lang=ar",
          '<header class="crayons-article__header" id="main-title">',
          '<div class="crayons-article__header__meta">', '<div class="spec__tags flex flex-wrap">',
          '<span class="crayons-tag__prefix">#</span>', '<div class="crayons-article__main ">',
          '<div class="crayons-article__body text-styles spec__body"', 'id="article-body">',
          '<h2 class="crayons-subtitle-1">Top comments <span class="js-comments-count"',
          'id="comment-trees-container"', "comment-wrapper--deep-0",
          '<h2 class="crayons-subtitle-1 mb-6">Read next</h2>',
          "crayons-card crayons-card--secondary branded-7", "user-metadata-details-inner",
          "crayons-link crayons-link--contentful", '<footer id="footer" class="crayons-footer')
CHROME = {"Skip to content", "Powered by Algolia", "Log in", "Create account",
          "مجتمع المطورين العرب", "Add reaction", "Unicorn", "Jump to Comments", "Save", "Boost",
          "Copy link", "Share to X", "Report Abuse", "Subscribe", "Reply", "Read next", "Follow",
          "Joined", "Code of Conduct • Report abuse", "Privacy Policy",
          "مجتمع المطورين العرب — مساحة عربية مفتوحة لمشاركة أخبار التقنية والمعرفة البرمجية",
          "Made with love and Ruby on Rails. مجتمع المطورين العرب © 2022 - 2025."}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen28_traits_forem_post() -> None:
    # page 1: member's post, cover image, subheading, edited two days later, three comments
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "Mar 4 '24"
    assert truth["published"] == "2024-03-04" and truth["author"] == "ليلى الشمري"
    for mark in ('Posted on <time datetime="2024-03-04T11:20:00Z" class="date">Mar 4 \'24</time>',
                 '"datePublished":"2024-03-04T11:20:00Z"', "• Edited on <time",
                 'class="crayons-article__cover__image"',
                 '<a name="why-dialects" href="#why-dialects">',
                 "<title>فريق أردني يطلق نموذجا لغويا مفتوح المصدر مدربا على اللهجات العربية "
                 "المحكية - مجتمع المطورين العرب</title>", 'data-comments-count="3">(3)</span>'):
        assert mark in html, mark
    assert "ltag__link" not in html and "article-body-image-wrapper" not in html
    assert CHROME | {"Posted on Mar 4 '24", "Mar 4 '24", "• Edited on Mar 6 '24", "#ذكاء",
                     "Top comments (3)", "خالد المصري", "7 likes", "More from ليلى الشمري",
                     "Location", "عمّان، الأردن", "Jan 12, 2021",
                     "هل تتوفر نسخة مكممة تعمل على ذاكرة 16 جيجابايت؟",
                     "دليل عملي لتشغيل النماذج اللغوية محليا على حاسوب محمول"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلن فريق بحثي من جامعة العلوم والتكنولوجيا الأردنية في إربد")
    assert body.endswith("لتمويل مسابقة لأفضل التطبيقات المبنية عليه.")
    assert body.count("\n\n") == 7 and "\n\nلماذا اللهجات؟\n\n" in body

    # page 2: the news-desk account, inline link and bold, body image with its caption line
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "Nov 19 '24"
    assert truth["published"] == "2024-11-19" and truth["author"] is None
    for mark in ('<time datetime="2024-11-19T06:05:00Z" class="date">Nov 19 \'24</time>',
                 '<a href="https://digital.gov.eg.example/" target="_blank" '
                 'rel="noopener noreferrer">تطبيق مصر الرقمية</a>',
                 "<strong>200 ألف مواطن</strong>",
                 'class="article-body-image-wrapper"', "<p><em>مستخدم يعرض بطاقة الهوية"):
        assert mark in html, mark
    assert "crayons-article__cover__image" not in html and "Edited on" not in html
    assert CHROME | {"نشرة المجتمع", "Nov 19 '24", "Top comments (1)", "4 likes",
                     "مستخدم يعرض بطاقة الهوية الرقمية على هاتفه خلال حفل الإطلاق في القاهرة",
                     "More from نشرة المجتمع"} <= chrome
    body = truth["body"]
    assert body.startswith("بدأت وزارة الاتصالات وتكنولوجيا المعلومات المصرية")
    assert body.endswith("بعد تقييم نتائج التجربة.") and body.count("\n\n") == 3
    assert "مستخدم يعرض" not in body

    # page 3: current year (no year printed), an embedded member post card mid-text
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "Jun 10"
    assert truth["published"] == "2025-06-10" and truth["author"] == "يوسف العنزي"
    for mark in ('<time datetime="2025-06-10T17:40:00Z" class="date-no-year">Jun 10</time>',
                 '<div class="ltag__link">', 'class="ltag__link__content"',
                 'data-comments-count="2">(2)</span>'):
        assert mark in html, mark
    assert html.index("مؤكدا أنه لم يحتفظ بأي بيانات") < html.index('<div class="ltag__link">') \
        < html.index("<p>من جهتها، أكدت الشركة")
    assert CHROME | {"Posted on Jun 10", "شرح ثغرة IDOR بأمثلة عملية من تطبيقات حقيقية",
                     "سلمان القحطاني ・ Feb 2", "#واجهات", "فاطمة الكندري", "12 likes",
                     "More from يوسف العنزي", "الكويت"} <= chrome
    body = truth["body"]
    assert body.startswith("كشف باحث أمني كويتي عن ثغرة في منصة إلكترونية")
    assert body.endswith("بدل الاعتماد على بريد الدعم العام.") and body.count("\n\n") == 4
    assert "IDOR" not in body and "سلمان" not in body
