"""Traits of the mastodon_status family (unseen27): an Arabic outlet's long post on a Mastodon
4.2 server, the public status page with the web UI drawn: Mastodon's head (title "name:
"quote…" - site", og tags with the UTC published time, initial-state JSON), the server banner
and link footer, the detailed status with the headline as the post's first paragraph, the
hashtag bar, counts, replies, the navigation pane and sign-in banner."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "mastodon_status"
HOST = "https://mastodon-akhbar.example"
COMMON = ('<body class="app-body theme-default rtl no-reduce-motion layout-single-column">',
          '<div class="notranslate app-holder" data-props="{&quot;locale&quot;:&quot;ar&quot;}" '
          'id="mastodon">', '<script id="initial-state" type="application/json">',
          '"version": "4.2.10"', 'rel="alternate" type="application/activity+json">',
          '<meta content="صحيفة الميدان (@almaidan@mastodon-akhbar.example)" property="og:title">',
          '<div class="columns-area__panels">', '<div class="server-banner">',
          '<div class="link-footer">', '<span class="version">v4.2.10</span>',
          '<div class="focusable detailed-status__wrapper detailed-status__wrapper-public"',
          '<a href="/@almaidan" class="detailed-status__display-name">',
          '<strong class="display-name__html">صحيفة الميدان</strong>',
          '<span class="display-name__account">@almaidan@mastodon-akhbar.example</span>',
          '<div class="status__content" tabindex="0"><div class="status__content__text '
          'status__content__text--visible translate" lang="ar"><p>',
          '<div class="hashtag-bar"><a href="/tags/', '<div class="detailed-status__meta">'
          '<a class="detailed-status__datetime"', '<span class="detailed-status__reblogs">',
          '<span class="detailed-status__favorites">', '<div class="detailed-status__action-bar">',
          'class="focusable status__wrapper status__wrapper-public"',
          '<div class="sign-in-banner">', '<span class="invisible">https://</span>',
          '<div aria-hidden="true" class="logo-resources" inert tabindex="-1">')
CHROME = {"ابحث", "ماستدون أخبار", "صحيفة الميدان", "@almaidan@mastodon-akhbar.example",
          "استكشف", "الموجزات الحية", "تسجيل الدخول", "أنشئ حسابًا", "سياسة الخصوصية",
          "دليل الصفحات التعريفية", "الاطلاع على الشفرة المصدرية", "v4.2.10",
          "ماستودون هو أفضل وسيلة لمواكبة الأحداث.",
          "خادم ماستدون للصحفيين والمؤسسات الإعلامية العربية، يديره متطوعون من عمّان."}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    assert "<noscript>" not in html
    return html, truth, set(truth["must_not_contain"])


def test_unseen27_traits_mastodon_status() -> None:
    # page 1: image with alt text, three replies, no byline
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "١٤ مارس ٢٠٢٤، ١٠:٢٠"
    assert truth["published"] == "2024-03-14" and truth["author"] is None
    for mark in ('<title>صحيفة الميدان: &quot;سلطة المياه تعلن جدولا جديدا لتوزيع المياه على أح'
                 '…&quot; - ماستدون أخبار</title>',
                 '<meta content="2024-03-14T07:20:00Z" property="og:published_time">',
                 '<div class="media-gallery"', 'alt="صهاريج مياه متوقفة أمام محطة ضخ في حي نزال"',
                 "summary_large_image", "<p>سلطة المياه تعلن جدولا جديدا لتوزيع المياه على أحياء "
                 "شرق عمّان</p><p>أعلنت سلطة المياه"):
        assert mark in html, mark
    assert "status-card" not in html and "عُدّل" not in html
    assert html.count('class="focusable status__wrapper') == 3
    assert CHROME | {"١٤ مارس ٢٠٢٤، ١٠:٢٠", "١٧", "٤١", "#المياه", "#عمان", "#الصيف", "العودة",
                     "التفاصيل: https://almaidan-jo.example/news/2024/03/61203", "أبو سند",
                     "@lina_k@mastodon.social", "١٥ مارس ٢٠٢٤",
                     "@almaidan شكرا للمتابعة الدائمة 👏"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلنت سلطة المياه صباح اليوم الخميس جدولا جديدا")
    assert body.endswith("تثقل كثيرا ميزانيات الأسر محدودة الدخل.") and body.count("\n\n") == 3
    assert "التفاصيل" not in body and "#" not in body

    # page 2: 00:40 Amman time, UTC the day before; an inline link; edited once; one reply
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "٠٦ أغسطس ٢٠٢٤، ٠٠:٤٠"
    assert truth["published"] == "2024-08-06" and truth["author"] is None
    for mark in ('<meta content="2024-08-05T21:40:00Z" property="og:published_time">',
                 '<a href="https://visitjordan-ar.example/offers/summer" target="_blank" '
                 'rel="nofollow noopener noreferrer" translate="no">عروض السياحة الداخلية</a>',
                 "<span>عُدّل مرةً واحدة</span>"):
        assert mark in html, mark
    assert "media-gallery" not in html and "status-card" not in html
    assert html.count('class="focusable status__wrapper') == 1
    assert CHROME | {"٠٦ أغسطس ٢٠٢٤، ٠٠:٤٠", "٦٣", "١٥٨", "عُدّل مرةً واحدة", "#الاقتصاد_الأردني",
                     "دليل البترا", "٦ أغسطس ٢٠٢٤"} <= chrome
    body = truth["body"]
    assert body.startswith("سجلت مدينة البترا الأثرية خلال شهر تموز الماضي")
    assert body.endswith('المعروف باسم "البترا ليلا" بعد تطويره.') and body.count("\n\n") == 4

    # page 3: byline line after the text, preview card, two replies (one from another server)
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "١٢ يناير ٢٠٢٥، ١٩:٠٥"
    assert truth["published"] == "2025-01-12" and truth["author"] == "ريم الحوراني"
    for mark in ('<meta content="2025-01-12T16:05:00Z" property="og:published_time">',
                 "<p>✍️ إعداد: ريم الحوراني</p><p>التفاصيل: <a href=",
                 '<a href="https://almaidan-jo.example/news/2025/01/93477" class="status-card '
                 'horizontal interactive"', '<strong class="status-card__title"'):
        assert mark in html, mark
    assert "media-gallery" not in html and html.count('class="focusable status__wrapper') == 2
    assert CHROME | {"✍️ إعداد: ريم الحوراني", "٢٩", "٩٦", "#النقل_العام", "١٢ يناير",
                     "الحافلات الكهربائية على طريق إربد – عمّان: الأسعار والمواعيد | صحيفة الميدان",
                     "@electro_jo@fosstodon.org"} <= chrome
    assert "العودة" not in chrome  # a word of the story ("قبل العودة إلى محطة الشحن")
    body = truth["body"]
    assert body.startswith("تبدأ أول حافلات كهربائية تربط مدينة إربد بالعاصمة عمّان")
    assert body.endswith("بما فيها أيام العطل الرسمية.") and body.count("\n\n") == 5
    assert "إعداد" not in body and "التفاصيل" not in body
