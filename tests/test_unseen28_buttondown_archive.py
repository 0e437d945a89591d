"""Traits of the buttondown_archive family (unseen28): an Arabic weekly newsletter on the
Egyptian economy in Buttondown's web archive (modern theme, English Buttondown strings): the
header navigation, the `<date>` frontmatter in Cairo time, `h1.subject`, `div.email-content`
with the writer's `<div dir="rtl">`, related emails, the subscribe card, comments, the share
grid and the "Powered by Buttondown" footer."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "buttondown_archive"
HOST = "https://buttondown-nashra.example"
COMMON = ('<!DOCTYPE html>\n<html lang="en">', '<link rel="alternate" type="application/rss+xml" '
          f'title="ميزان" href="{HOST}/mizan/rss">', "subscriber_facing-modern-",
          '<div class="app-container">', '<div class="header-navigation-container">',
          '<a class="header-brand" href="', 'class="header-navigation-link archive-search-trigger"',
          "header-navigation-link--subscribe", '<div class="email-body-container">\n        '
          '<article class="email-body">', '<h1 class="subject">',
          '<div class="email-content">\n<div dir="rtl">', '<div class="related-emails-widget">',
          '<h3 class="related-emails-title">Read more:</h3>', '<li class="related-email">',
          '<div class="subscribe-form" id="subscribe-form">',
          f'action="{HOST}/api/emails/embed-subscribe/mizan"',
          '<div class="comments" id="comments">',
          '<div class="archive__social-share-link-container">',
          'class="archive__social-share-link"',
          '<div class="footer">\n    Powered by <a href="https://buttondown.com/refer/mizan">')
CHROME = {"عن ميزان", "ادعم النشرة", "Archives", "Search", "Subscribe", "Read more:",
          "Don't miss what's next. Subscribe to ميزان:", "Email address (required)",
          "Add a comment:", "Comment and Subscribe", "Share this email:", "Share on Facebook",
          "Share on LinkedIn", "Share on Hacker News", "Share on Bluesky",
          "Powered by Buttondown, the easiest way to start and grow your newsletter.",
          "ميزان نشرة أسبوعية مستقلة عن الاقتصاد المصري. إذا وصلتك هذه الرسالة من صديق، يمكنك "
          "الاشتراك من هنا."}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen28_traits_buttondown_archive() -> None:
    # page 1: photo with caption, <h2> subheading, the editor's sign-off, two comments
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "March 12, 2024"
    assert truth["published"] == "2024-03-12" and truth["author"] == "منى الشاذلي"
    for mark in ("<date>March 12, 2024</date>",
                 '<meta property="article:published_time" content="2024-03-12T05:00:00+00:00">',
                 '<meta name="twitter:card" content="summary_large_image">',
                 '<figure data-full-width="false"><img class="newsletter-image"',
                 "<h2>ماذا يقول المصنعون؟</h2>", "<p>منى الشاذلي، محررة ميزان</p>\n<hr>",
                 '<h4 class="comments-header">Join the discussion:</h4>',
                 '<span class="comment-date">March 13, 2024, midnight</span>'):
        assert mark in html, mark
    assert CHROME | {"March 12, 2024", "منى الشاذلي، محررة ميزان", "Join the discussion:",
                     "معرض للأجهزة المنزلية في شارع عبد العزيز بوسط القاهرة، مطلع مارس 2024",
                     "ميزان 111: خمسة أسئلة عن قرار تحرير سعر الصرف", "March 5, 2024",
                     "أحمد فوزي", "March 12, 2024, morning", "Reply", "Report"} <= chrome
    body = truth["body"]
    assert body.startswith("تراجع سعر الدولار في السوق الموازية خلال الأسابيع الثلاثة")
    assert body.endswith("نتابع أسعار السيارات، حيث الصورة أكثر تعقيدا.")
    assert body.count("\n\n") == 5 and "\n\nماذا يقول المصنعون؟\n\n" in body
    assert "محررة" not in body and "Subscribe" not in body

    # page 2: sent 01:15 Cairo summer time: the UTC instant is 4 July; inline link, no comments
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "July 5, 2024"
    assert truth["published"] == "2024-07-05" and truth["author"] is None
    for mark in ("<date>July 5, 2024</date>",
                 '<meta property="article:published_time" content="2024-07-04T22:15:00+00:00">',
                 '<a href="https://mizan-news.example/docs/min-wage-decree-2024.pdf" '
                 'target="_blank">نص القرار وجداول الاستثناءات</a>'):
        assert mark in html, mark
    for absent in ("<figure", "Join the discussion:", "buttondown-button", "<blockquote>"):
        assert absent not in html, absent
    assert CHROME | {"July 5, 2024", "ميزان 126: من يدفع فاتورة تخفيف الأحمال؟"} <= chrome
    body = truth["body"]
    assert body.startswith("رفع المجلس القومي للأجور الحد الأدنى لأجور العاملين")
    assert body.endswith("وما يصل فعلا إلى جيوب العمال.") and body.count("\n\n") == 3

    # page 3: bold figure, central bank quote in a blockquote, call-to-action button, a comment
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "January 14, 2025"
    assert truth["published"] == "2025-01-14" and truth["author"] is None
    for mark in ("<date>January 14, 2025</date>", "<strong>24.1 في المئة</strong>",
                 "<blockquote>\n<p>تتوقع اللجنة أن يواصل التضخم",
                 '<a class="buttondown-button" href="', "subscriber_facing-modern-5d2f9a61.css",
                 '<span class="comment-date">January 15, 2025, midnight</span>'):
        assert mark in html, mark
    assert CHROME | {"January 14, 2025", "اقرأ بيان الجهاز المركزي للإحصاء كاملا",
                     "مع التحية، فريق تحرير ميزان", "طارق سليمان", "Join the discussion:",
                     "January 15, 2025, midnight"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلن الجهاز المركزي للتعبئة العامة والإحصاء يوم الجمعة")
    assert body.endswith("قد تعيد المعدل إلى الارتفاع سريعا.") and body.count("\n\n") == 5
    assert "\n\nتتوقع اللجنة أن يواصل التضخم" in body and "اقرأ بيان" not in body
