"""Traits of the drupal_thunder_publisher family (Drupal 10 Thunder, Barrio subtheme)."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "drupal_thunder_publisher"
COMMON = ('<!DOCTYPE html>\n<html lang="ar" dir="rtl">',
          '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />',
          '"@graph": [', '"@type": "NewsArticle"', "?delta=0&amp;language=ar&amp;theme=raseef",
          '<a href="#main-content" class="visually-hidden-focusable skip-link">',
          "<div class=\"dialog-off-canvas-main-canvas\" data-off-canvas-main-canvas>",
          '<header id="header" class="header" role="banner"', 'id="navbar-main"',
          '<ul class="clearfix nav navbar-nav">', '<ol class="breadcrumb">',
          '<li class="breadcrumb-item"><a href="/">الرئيسية</a></li>',
          '<main class="main-content col" id="content" role="main">',
          'class="node node--type-article node--view-mode-full clearfix"',
          '<span class="field field--name-title field--type-string field--label-hidden">',
          "field--name-field-teaser-text", "field--name-field-paragraphs",
          "paragraph paragraph--type--text paragraph--view-mode--default",
          "field--name-field-tags", '<div class="shariff"', "view-id-related_articles",
          "block-simplenews-subscription-block", '<footer class="site-footer">',
          'data-drupal-selector="drupal-settings-json"')
CHROME = {"تجاوز إلى المحتوى الرئيسي", "مجلة الرصيف", "أسبوعية لبنانية مستقلة", "سياسة",
          "اقتصاد", "مجتمع", "ثقافة", "رياضة", "أرشيف الأعداد", "الرئيسية", "شارك المقال",
          "مقالات ذات صلة", "الأكثر قراءة", "النشرة الأسبوعية", "البريد الإلكتروني", "اشترك",
          "النسخة الورقية", "اطلب اشتراكك", "من نحن", "أسرة التحرير", "اتصل بنا",
          "سياسة الخصوصية", "مدعوم من دروبال", "Main navigation"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen26_traits_drupal_thunder_publisher() -> None:
    # page 1: byline, media image with caption and copyright, pull quote, inline link
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "الجمعة، 8 تشرين الثاني 2024"
    assert truth["published"] == "2024-11-08" and truth["author"] == "جنى الحاج"
    for mark in ("<title>مكتبات طرابلس تعود إلى الحياة | مجلة الرصيف</title>",
                 '<meta property="article:published_time" content="2024-11-08T10:00:00+0200" />',
                 '<time datetime="2024-11-08T08:00:00Z" class="datetime">',
                 'class="username">جنى الحاج</a>', "paragraph--type--image",
                 "media media--blazy media--image", "field--name-field-description",
                 '<div class="field field--name-field-copyright field--type-string '
                 'field--label-hidden field__item">© وسام الأيوبي</div>',
                 "paragraph--type--quote", '<a href="/tags/al-jamia-al-lubnania">'):
        assert mark in html, mark
    assert "twitter-tweet" not in html and "instagram-media" not in html
    assert CHROME | {"العدد 612", "بقلم جنى الحاج", "جنى الحاج", "مجتمع",
                     "متطوعون يرتّبون رفوف مكتبة حي التبانة قبل افتتاحها", "© وسام الأيوبي",
                     "الجمعة، 8 تشرين الثاني 2024", "ثقافة القراءة", "العمل التطوعي",
                     "متطوعون شباب أعادوا فهرسة تسعة آلاف كتاب، والتمويل يبقى السؤال المعلّق",
                     "© 2024 مجلة الرصيف. جميع الحقوق محفوظة."} <= chrome
    body = truth["body"]
    assert body.startswith("عادت ثلاث مكتبات عامة صغيرة في أحياء التبانة")
    assert body.endswith("اللازمون لإدارتها.") and body.count("\n\n") == 5
    assert body.count("لم نكن نملك سوى المفاتيح") == 1 and "©" not in body

    # page 2: 00:45 Beirut summer time: the <time> datetime is UTC, the day before
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "الجمعة، 5 تموز 2024"
    assert truth["published"] == "2024-07-05" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2024-07-05T00:45:00+0300" />',
                 '<time datetime="2024-07-04T21:45:00Z" class="datetime">الجمعة، 5 تموز 2024',
                 "paragraph--type--twitter", '<blockquote class="twitter-tweet" '
                 'data-conversation="none" lang="ar"><a href="https://twitter.com/EnergyMinLB/',
                 "platform.twitter.com/widgets.js"):
        assert mark in html, mark
    for absent in ("paragraph--type--image", "node__author", "paragraph--type--quote"):
        assert absent not in html, absent
    assert CHROME | {"العدد 594", "أزمة الطاقة", "بيروت الكبرى", "الجمعة، 28 حزيران 2024",
                     "أصحاب المولدات يرفعون التعرفة مع ارتفاع سعر المازوت"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلنت وزارة الطاقة والمياه جدولا جديدا")
    assert body.endswith("وفق سعر المازوت في السوق.") and body.count("\n\n") == 4

    # page 3: child channel breadcrumb, subheading, bold, Instagram embed and link paragraph
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "الجمعة، 14 آذار 2025"
    assert truth["published"] == "2025-03-14" and truth["author"] is None
    for mark in ('<li class="breadcrumb-item"><a href="/taxonomy/term/6">ثقافة</a></li>',
                 '<li class="breadcrumb-item"><a href="/taxonomy/term/14">سينما ومسرح</a></li>',
                 '<meta property="article:modified_time" content="2025-03-16T21:20:00+0200" />',
                 "<h2>أفلام عن البحر والذاكرة</h2>", "<strong>الدورة الحادية عشرة</strong>",
                 "paragraph--type--instagram", '<blockquote class="instagram-media"',
                 "paragraph--type--link", "field--name-field-link"):
        assert mark in html, mark
    assert "node__author" not in html and "twitter-tweet" not in html
    assert CHROME | {"العدد 628", "سينما ومسرح", "مهرجانات", "سينما مستقلة", "جنوب لبنان",
                     "مشاهدة هذا المنشور على Instagram",
                     "البرنامج الكامل للعروض على موقع المهرجان",
                     "© 2025 مجلة الرصيف. جميع الحقوق محفوظة."} <= chrome
    body = truth["body"]
    assert body.startswith("افتتحت في مدينة صور مساء الخميس الدورة الحادية عشرة")
    assert body.endswith("في حفل الختام مساء الإثنين.") and body.count("\n\n") == 5
    assert "\n\nأفلام عن البحر والذاكرة\n\n" in body and "Instagram" not in body
