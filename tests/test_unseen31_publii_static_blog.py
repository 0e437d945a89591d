"""Traits of the publii_static_blog family (unseen31): a Rabat journalist's blog built with
Publii on its stock Mercury theme: the head Publii's helpers write (generator meta, og/twitter
tags, the one-object `Article` JSON-LD with `+01:00` times), `header.js-top` with the
`navbar` menu and search, `header.hero` with `p.post__meta` (moment's `ar-ma` months, a
`time` attribute without offset), the featured image, `post__entry`, `post__footer` with
`post__last-updated`, `post__tag`, `post__share`, `post__nav`, `post__bio`, `post__related`,
the Disqus comments block, the custom banner, `footer.footer` and the GDPR cookie popup."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "publii_static_blog"
HOST = "https://publii-rabat-notes.example"
COMMON = ('<!DOCTYPE html>\n<html lang="ar" dir="rtl">',
          '<meta name="generator" content="Publii Open-Source CMS for Static Site">',
          '<meta property="og:type" content="article" />',
          '<meta name="twitter:site" content="@dafatir_rabat" />',
          f'<link rel="alternate" type="application/atom+xml" href="{HOST}/feed.xml"',
          f'<link rel="stylesheet" href="{HOST}/assets/css/style.css?v=',
          '<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article",',
          '<div class="container">\n    <header class="js-top">', '<a class="logo" href=',
          '<nav class="navbar js-navbar">', 'class="navbar__toggle js-navbar__toggle"',
          '<ul class="navbar__menu">', '<div class="top__search">',
          '<article class="post  u-wrapper">', '<header class="hero">',
          '<p class="post__meta">', '<h1 class="post__title">', '<div class="post__entry">',
          '<footer class="post__footer">', '<div class="post__last-updated">',
          '<div class="post__footer__col">', '<ul class="post__tag">',
          '<div class="post__share">', 'class="js-share facebook"', '<nav class="post__nav">',
          '<div class="post__nav__prev">', '<div class="post__bio">',
          '<div class="post__related">', '<div class="post__related__wrap">',
          '<div class="comments u-wrapper">', '<div id="disqus_thread"></div>',
          '<div class="banner banner--after-post">', '<footer class="footer">',
          '<div class="footer__copyright">', '<div class="footer__social">',
          "/assets/js/scripts.min.js?v=", 'class="cookie-popup js-cookie-popup',
          'type="gdpr-blocker/analytics"')
CHROME = {"دفاتر الرباط", "القائمة", "الرئيسية", "مجتمع", "ثقافة", "أسفار",
          "حوارات", "عن المدونة", "بقلم", "بتاريخ", "المقال السابق", "مقالات ذات صلة",
          "التعليقات", "ملفات تعريف الارتباط", "حفظ الإعدادات", "سياسة الخصوصية",
          "هل لديك قصة من الرباط أو سلا تستحق أن تُروى؟ راسلوني على "
          "souad@publii-rabat-notes.example"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen31_traits_publii_static_blog() -> None:
    # page 1: featured figure with caption and credit, a quote the text introduces
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "22 أكتوبر 2024"
    assert truth["published"] == "2024-10-22" and truth["author"] == "سعاد الإدريسي"
    for mark in ('"datePublished":"2024-10-22T11:40+01:00"',
                 '"dateModified":"2024-10-23T09:15+01:00"',
                 '<time datetime="2024-10-22T11:40">\n                                        '
                 "22 أكتوبر 2024", '<figure class="post__featured-image page-width">',
                 "(تصوير: سعاد الإدريسي)</figcaption>", "<blockquote>\n<p>&quot;لم نكن نريد",
                 '<div class="post__nav__next">', f'href="{HOST}/authors/souad-idrissi/"',
                 f'<meta property="og:image" content="{HOST}/media/posts/27/'
                 'bibliotheque-oudaya.jpg"/>', "© 2024 دفاتر الرباط"):
        assert mark in html, mark
    assert "post__video" not in html and "<h2>" not in html.split("post__entry")[1][:4000]
    assert CHROME | {"سعاد الإدريسي", "22 أكتوبر 2024", "آخر تحديث: 23 أكتوبر 2024",
                     "بقلم سعاد الإدريسي بتاريخ 22 أكتوبر 2024", "مكتبات",
                     "قاعة المطالعة بعد الترميم، وقد استعادت سقفها الخشبي المنقوش (تصوير: "
                     "سعاد الإدريسي)", "المقال التالي",
                     "سوق الغزل في سلا: نساء يحرسن آخر المغازل اليدوية",
                     "جولة في دروب المدينة العتيقة للرباط قبل شروق الشمس", "10 أكتوبر 2024",
                     "مقهى في سلا يحول طابقه العلوي إلى قاعة للقراءة"} <= chrome
    body = truth["body"]
    assert body.startswith("أعادت المكتبة الصغيرة المطلة على مصب أبي رقراق")
    assert body.endswith("في محاولة لربط جيل جديد بذاكرة الحي وحكاياته.")
    assert body.count("\n\n") == 5 and '\n\n"لم نكن نريد مكتبة جديدة' in body

    # page 2: the desk account's brief at 00:35 Rabat time (UTC: the day before), no image
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "6 فبراير 2025"
    assert truth["published"] == "2025-02-06" and truth["author"] is None
    for mark in ('"datePublished":"2025-02-06T00:35+01:00"', '<time datetime="2025-02-06T00:35">',
                 'title="تحرير المدونة">تحرير المدونة</a>', f'href="{HOST}/authors/tahrir/"',
                 f'<meta property="og:image" content="{HOST}/media/website/dafatir-logo.png"/>'):
        assert mark in html, mark
    for absent in ("post__featured-image", "post__video", "<blockquote>", "figcaption>فيديو",
                   'class="lazyload" data-src="'):
        assert absent not in html, absent
    assert CHROME | {"تحرير المدونة", "6 فبراير 2025", "آخر تحديث: 6 فبراير 2025",
                     "المقال التالي", "محطة الرباط المدينة في حلتها الجديدة",
                     "الترامواي يمدد ساعات عمله خلال عطلة نهاية الأسبوع",
                     "© 2025 دفاتر الرباط. جميع الحقوق محفوظة لسعاد الإدريسي."} <= chrome
    body = truth["body"]
    assert body.startswith("أعلنت الشركة المفوض لها تدبير النقل الحضري")
    assert body.endswith("خاصة في ساعات الصباح الأولى.")
    assert body.count("\n\n") == 4 and 120 <= len(body.split()) <= 128

    # page 3: May ("ماي"), uncaptioned featured image, an h2 subheading, a YouTube embed,
    # the latest post (no next link)
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "18 ماي 2025"
    assert truth["published"] == "2025-05-18" and truth["author"] == "سعاد الإدريسي"
    for mark in ('"datePublished":"2025-05-18T16:05+01:00"',
                 '<div class="post__featured-image page-width">', "<h2>بين القنطرة والمجداف</h2>",
                 '<figure class="post__video"><iframe loading="lazy"',
                 "youtube-nocookie.com/embed/Zr4bQ7mKx2E",
                 "<figcaption>فيديو: رحلة العبور في قارب الحاج أحمد، صباح يوم سبت</figcaption>"):
        assert mark in html, mark
    assert '<div class="post__nav__next">' not in html
    assert '<figure class="post__featured-image' not in html
    assert html.index("في أحسن الأحوال.</p>") < html.index("post__video") \
        < html.index("<p>ولا يملك أغلب الفلايكية")
    assert "سلا" not in chrome and "أبي رقراق" not in chrome  # tags the body holds
    assert CHROME | {"18 ماي 2025", "آخر تحديث: 20 ماي 2025", "مهن تقليدية",
                     "فيديو: رحلة العبور في قارب الحاج أحمد، صباح يوم سبت",
                     "ملاح سلا القديم: ذاكرة حي على ضفة النهر",
                     "صيادو مصب أبي رقراق يشكون تراجع الأسماك"} <= chrome
    body = truth["body"]
    assert body.startswith("على ضفة وادي أبي رقراق، قرب باب المريسة في سلا")
    assert body.endswith('"النهر لا يعرف الترامواي، يعرف فقط من يحترمه".')
    assert body.count("\n\n") == 7 and "\n\nبين القنطرة والمجداف\n\n" in body
    assert "فيديو" not in body and 225 <= len(body.split()) <= 250
