"""Traits of the dotclear_blog family (unseen32): a Tunisian journalist's blog on Dotclear 2
with the Berlingot theme: the Dublin Core and socialMeta head (+01:00 times), the trackback
RDF comment, `#page` > `#top` (simpleMenu `#topnav`), `#prelude`, `#wrapper` > `#main` with
`#breadcrumb`, `#navlinks`, `div.post` (`h2.post-title`, `p.post-info` "Par ..., <date>,
HH:MM - <category> - Lien permanent" with Tunisian month names, `ul.post-tags`,
`post-excerpt`, `post-content`), relatedEntries, `#attachments`, `#comments` (dl), the
comment form, `#pings`, `#ping-url`, `#comments-feed`, `#sidebar` (`#blognav`, `#blogextra`
widgets) and `#footer` ("Propulsé par Dotclear"); French template strings beside the
blogger's Arabic widget titles."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "dotclear_blog"
HOST = "https://dotclear-tunis-carnet.example"
COMMON = ('<!DOCTYPE html>\n<html lang="ar" dir="rtl">', '<body class="dc-post">',
          '<link rel="schema.dc" href="http://purl.org/dc/elements/1.1/" />',
          '<meta name="dc.type" content="text" />', "<!-- socialMeta -->",
          f'<link rel="contents" href="{HOST}/archive" title="Archives" />',
          f"{HOST}/themes/berlingot/style.css", f"{HOST}/themes/berlingot/rtl.css",
          f"{HOST}/index.php?pf=post.js", 'id="dc_post_remember_str-data"',
          "trackback:ping=", '<div id="page">', '<div id="top" class="top" role="banner">',
          '<p id="blogdesc">', '<ul id="topnav" class="supranav simple-menu">',
          '<span class="simple-menu-label">', '<p id="prelude" class="skip-links"',
          '<div id="wrapper">', '<div id="main" role="main">',
          f'<p id="breadcrumb"><a id="bc-home" href="{HOST}/">Accueil</a> &rsaquo; ',
          '<div id="content">', '<p id="navlinks">', 'class="prev">&#171; ',
          'class="post" role="article">', '<h2 class="post-title">', '<p class="post-info">Par ',
          ">Lien permanent</a>", '<ul class="post-tags">', 'rel="tag">',
          '<div class="post-content">', '<div class="relatedEntries"><h3>تدوينات ذات صلة</h3>',
          '<form action="', 'id="comment-form" role="form">',
          "<h3>Ajouter un commentaire</h3>", '<label for="c_name">Nom ou pseudo&nbsp;:</label>',
          '<p class="form-help">', '<p id="ping-url">URL de rétrolien&nbsp;: ',
          '<p id="comments-feed"><a class="feed"', '<div id="sidebar" role="complementary">',
          '<div id="blognav">', '<div class="widget search" id="search">',
          '<div class="widget navigation" role="navigation">', '<div class="widget categories">',
          '<div class="widget tags">', '<div id="blogextra">', '<div class="widget lastposts">',
          '<div class="widget lastcomments">', '<div class="widget syndicate">',
          '<div class="widget links">', '<div id="footer" role="contentinfo">',
          'Propulsé par <a href="https://dotclear.org/">Dotclear</a>')
CHROME = {"كرّاس تونس", "مدونة الصحفية هالة العياري: مجتمع واقتصاد وثقافة من الجهات التونسية",
          "Accueil", "من أنا", "الأرشيف", "اتصل بي", "Aller au contenu", "Aller au menu",
          "Aller à la recherche", "Par", "Lien permanent", "تدوينات ذات صلة",
          "Ajouter un commentaire", "Nom ou pseudo", "Adresse email", "Site web (facultatif)",
          "Commentaire", "URL de rétrolien", "Fil des commentaires de ce billet", "Rechercher",
          "تصفّح", "Archives", "التصنيفات", "اقتصاد (38)", "الوسوم", "Tous les mots-clés",
          "آخر التدوينات", "Derniers commentaires", "S'abonner", "Fil des billets",
          "Fil des commentaires", "روابط", "Nawaat", "Propulsé par", "Dotclear",
          "المخابز الصغيرة بين نقص الفارينة وارتفاع الكلفة",
          "Le code HTML est affiché comme du texte et les adresses web sont automatiquement "
          "transformées."}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen32_traits_dotclear_blog() -> None:
    # page 1: figure with figcaption, an h3 subheading, three comments (one by the blogger), a ping
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "الثلاثاء 19 نوفمبر 2024"
    assert truth["published"] == "2024-11-19" and truth["author"] == "هالة العياري"
    for mark in ('<meta name="date" content="2024-11-19T10:40:00+01:00" />',
                 '<meta name="dc.date" content="2024-11-19T10:40:00+01:00" />',
                 f'Par <a href="{HOST}/pages/A-propos">هالة العياري</a>, الثلاثاء 19 نوفمبر '
                 "2024, 10:40", '<figure style="margin: 0 auto; display: table;">',
                 "<figcaption>مواطنون ينتظرون وصول شاحنة الحليب",
                 "<h3>ما الذي تغير هذا العام؟</h3>",
                 '<div id="comments">', '<dt id="c4123" class="me odd">', 'class="next">',
                 '<div id="pings">', "<h3>Ils ont publié sur le même sujet</h3>",
                 'class="ping-number">1.</a>', '<meta property="og:image"',
                 "© 2024 هالة العياري - جميع الحقوق محفوظة"):
        assert mark in html, mark
    assert 'class="post-excerpt"' not in html and 'id="attachments"' not in html
    assert "<iframe" not in html and "<blockquote" not in html
    assert CHROME | {"هالة العياري", "الثلاثاء 19 نوفمبر 2024", "10:40", "القدرة الشرائية",
                     "مواطنون ينتظرون وصول شاحنة الحليب أمام محل بقالة في حي الحبيب بصفاقس",
                     "Commentaires", "محمد علي", "Karim B.", "Le الثلاثاء 19 نوفمبر 2024, 12:15",
                     "Ils ont publié sur le même sujet",
                     "مدونة فلاح من الساحل", "أزمة الحليب كما يراها المربي",
                     "موسم الزيتون: أجور القاطفات لا تتبع الأسعار",
                     "جولة في سوق الحوت بصفاقس قبل رأس العام"} <= chrome
    body = truth["body"]
    assert body.startswith("عادت طوابير الحليب إلى محلات البقالة في مدينة صفاقس")
    assert body.endswith("في انتظار شاحنة قد لا تأتي.")
    assert body.count("\n\n") == 6 and "\n\nما الذي تغير هذا العام؟\n\n" in body
    assert 225 <= len(body.split()) <= 250 and "شاحنة الحليب أمام محل" not in body

    # page 2: TAP wire by the shared account at 00:35 Tunis (UTC: the day before), a PDF
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "الأربعاء 8 جانفي 2025"
    assert truth["published"] == "2025-01-08" and truth["author"] is None
    for mark in ('<meta name="date" content="2025-01-08T00:35:00+01:00" />',
                 '<p class="post-info">Par فريق الكرّاس, الأربعاء 8 جانفي 2025, 00:35',
                 '<div id="attachments">', "<h3>Pièces jointes</h3>",
                 'title="bulletin-suivi-inm-20250108.pdf (182.4 Ko)"',
                 '<meta name="twitter:card" content="summary" />', "<p>تونس (وات) - أصدر"):
        assert mark in html, mark
    for absent in ("<figure", '<div id="comments">', '<div id="pings">', "og:image",
                   'class="post-excerpt"', "<blockquote", "<iframe"):
        assert absent not in html, absent
    assert CHROME | {"فريق الكرّاس", "الأربعاء 8 جانفي 2025", "00:35", "Pièces jointes",
                     "نشرة المتابعة الصادرة عن المعهد", "الطقس", "الرصد الجوي",
                     "دفاتر سفر: يوم في سوق الأربعاء بجندوبة",
                     "عمال الحضائر في سيدي بوزيد ينتظرون تسوية وضعيتهم"} <= chrome
    body = truth["body"]
    assert body.startswith("تونس (وات) - أصدر المعهد الوطني للرصد الجوي نشرة متابعة")
    assert body.endswith("مذكرة بالرقم الأخضر 198 للتبليغ عن أي طارئ.")
    assert body.count("\n\n") == 3 and 120 <= len(body.split()) <= 128

    # page 3: the lead as the excerpt, a quote the text introduces, a YouTube iframe, one comment
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "الأحد 2 مارس 2025"
    assert truth["published"] == "2025-03-02" and truth["author"] == "هالة العياري"
    for mark in ('<meta name="date" content="2025-03-02T18:15:00+01:00" />',
                 '<div class="post-excerpt"><p>تنطلق فرقة &quot;ركح الشمال&quot;',
                 "<blockquote><p>نحن نكتب عن هؤلاء الشبان",
                 "youtube-nocookie.com/embed/p7KdR2xWq4E",
                 "<p><em>مقتطف من تمارين الفرقة بدار الثقافة بالكاف (فيديو: ركح الشمال)</em></p>",
                 '<dt id="c4551" class="odd first">', "Le الأحد 2 مارس 2025, 21:15"):
        assert mark in html, mark
    assert 'class="next">' not in html and "<figure" not in html
    assert html.index('class="post-excerpt"') < html.index('class="post-content"')
    assert html.index("فأجاب:</p>") < html.index("<blockquote>") < html.index("<iframe") \
        < html.index("<p>وتعتمد الفرقة")
    assert CHROME | {"هالة العياري", "الأحد 2 مارس 2025", "18:15", "مسرح", "سلوى",
                     "مقتطف من تمارين الفرقة بدار الثقافة بالكاف (فيديو: ركح الشمال)",
                     "شاهدت العرض في الدهماني، بكت نصف القاعة. شكرا لأنك كتبت عنه.",
                     "أيام قرطاج المسرحية: جمهور الجهات يطالب بنصيبه من العروض"} <= chrome
    body = truth["body"]
    assert body.startswith("تنطلق فرقة \"ركح الشمال\" المستقلة من مدينة الكاف")
    assert body.endswith("مع العائلات التي روت قصصها.")
    assert body.count("\n\n") == 5 and "تمارين الفرقة" not in body
    assert "\n\nنحن نكتب عن هؤلاء الشبان،" in body
    assert 128 < len(body.split()) < 225
