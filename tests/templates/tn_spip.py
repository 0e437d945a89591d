"""A Tunisian news site on SPIP 3 (a Sarka/Escal-like squelette): `spip.php?articleNNN`
URLs, the `arbo` breadcrumb, a `cartouche` with the headline and `<p class="info-publi">`
holding SPIP's `<abbr class="published" title="...Z">` (the date in UTC, shown in the
Tunisian month names: "18 جويلية 2024", "20 أوت 2024", "4 جوان 2024"), the writer in
`vcard author` (وات for the agency's dispatches), the lead as `<div class="chapo">` and the
text as `<div class="texte entry-content">`, then the portfolio of images and the attached
documents list, mots-clés, "مقالات ذات صلة", the forum link, a "في نفس الركن" aside, the
French/Arabic header and SPIP's footer ("Plan du site", "Se connecter", "RSS 2.0")."""

from __future__ import annotations

from datetime import UTC, timedelta

from .base import MAGHREB, Article, Page, e, rotate, weekday

NAME = "tn_spip"
HELD_OUT = True
SET = "unseen3"
FAMILY = "Tunisian SPIP 3: chapo lead, texte entry-content, abbr.published UTC, جويلية/أوت"
HOST = "https://www.bawabet-carthage.example"
SITE = "بوابة قرطاج"
MENU = ("الرئيسية", "وطنية", "جهات", "اقتصاد", "دولية", "رياضة", "ثقافة", "رأي")
SAME_SECTION = (
    "البنك المركزي يبقي على نسبة الفائدة المديرية دون تغيير",
    "ارتفاع مداخيل السياحة بنسبة 8 بالمائة إلى موفى جويلية",
    "الحكومة تصادق على مشروع قانون المالية التعديلي",
    "صفاقس: انطلاق موسم جني اللوز وسط تراجع في الأسعار",
    "القصرين: تدشين مستشفى جهوي جديد بطاقة 200 سرير",
    "سوسة: حملة لمراقبة الأسعار في الأسواق البلدية",
    "المعهد الوطني للإحصاء: نسبة التضخم تتراجع إلى 7 بالمائة",
)
PORTFOLIO = {"48213": ("مركز تجميع الحبوب بمجاز الباب", "شاحنات في انتظار التفريغ"),
             "48577": ("وحدة الغسل بالمظيلة", "قطار لنقل الفسفاط بمحطة المتلوي"),
             "47890": ("أشغال إصلاح القناة الرئيسية",)}
DOCUMENTS = {"48213": ("بلاغ ديوان الحبوب حول تقدم التجميع", "PDF", "245.3 كيلوبايت"),
             "48577": ("مؤشرات نشاط الشركة للسداسي الأول", "PDF", "1.2 ميغابايت"),
             "47890": ("بلاغ الشركة الوطنية لاستغلال وتوزيع المياه", "PDF", "98.6 كيلوبايت")}
FOOTER = f"© 2024 {SITE} - جميع الحقوق محفوظة"


def tunisian_date(moment) -> str:
    return f"{moment.day} {MAGHREB[moment.month - 1]} {moment.year}"


def render(article: Article, n: int) -> Page:
    moment = article.moment
    shown = tunisian_date(moment)
    number = article.slug
    page = Page(url=f"{HOST}/spip.php?article{number}", html="", shown_date=shown)
    utc = moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    today = moment + timedelta(days=2)
    top = f"{weekday(today)} {tunisian_date(today)}"
    writer = article.author or "وات"
    same = rotate(SAME_SECTION, n * 2, 4)
    pictures = PORTFOLIO[number]
    document = DOCUMENTS[number]
    doc_line = f"{document[0]} ({document[1]} - {document[2]})"
    page.add(top, "Version française", "الرئيسية وطنية جهات اقتصاد دولية رياضة ثقافة رأي",
             "بحث", f"الرئيسية > {article.section}", shown, f"بقلم {writer}", article.caption,
             "ألبوم الصور", *pictures, "الوثائق المرفقة", doc_line, "الكلمات المفاتيح",
             "مقالات ذات صلة", *article.related, "أضف تعليقا", "في نفس الركن", *same,
             "Plan du site", "Se connecter", "اتصل بنا", "RSS 2.0", "Site réalisé avec SPIP",
             FOOTER)
    text = "\n\n".join(f"<p>{e(p)}</p>" for p in article.paragraphs)
    tags = ", ".join(f'<a href="spip.php?mot{140 + 7 * k}" rel="tag">{e(t)}</a>'
                     for k, t in enumerate(article.tags))
    related = "\n".join(f'<li><a href="spip.php?article{int(number) - 35 * (k + 1)}">{e(t)}</a></li>'
                        for k, t in enumerate(article.related))
    portfolio = "\n".join(
        f'<li><a href="IMG/jpg/{number}-{k + 1}.jpg" type="image/jpeg" rel="documents_portfolio-a{number}-r" title="{e(t)}" class="mediabox"><img src="local/cache-vignettes/L150xH100/{number}-{k + 1}-2b7e4.jpg" width="150" height="100" alt="" /></a><span class="titre">{e(t)}</span></li>'
        for k, t in enumerate(pictures))
    same_html = "\n".join(f'<li><a href="spip.php?article{int(number) + 3 + k}">{e(t)}</a></li>'
                          for k, t in enumerate(same))
    menu = "\n".join(f'<li class="item"><a href="spip.php?rubrique{k + 1}">{label}</a></li>'
                     for k, label in enumerate(MENU))
    page.html = f"""<!DOCTYPE html>
<html dir="rtl" lang="ar" class="rtl ar no-js">
<head>
<script type='text/javascript'>/*<![CDATA[*/(function(H){{H.className=H.className.replace(/\\bno-js\\b/,'js')}})(document.documentElement);/*]]>*/</script>
<title>{e(article.headline)} - {SITE}</title>
<meta name="description" content="{e(article.lead[:180])}" />
<link rel="canonical" href="{page.url}" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="alternate" type="application/rss+xml" title="النشر" href="spip.php?page=backend" />
<link rel="stylesheet" href="squelettes/css/style.css?1712345678" type="text/css" />
<link rel="stylesheet" href="plugins-dist/mediabox/colorbox/black-striped/colorbox.css" type="text/css" media="all" />
<meta name="generator" content="SPIP 3.2.19 [25232]" />
<meta property="og:title" content="{e(article.headline)}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{page.url}" />
<meta property="og:image" content="{HOST}/IMG/arton{number}.jpg" />
</head>
<body class="page_article">
<div class="page">
<div class="header" id="header">
<div class="topbar"><span class="date-du-jour">{top}</span> <a class="lang" href="https://fr.bawabet-carthage.example/" hreflang="fr">Version française</a></div>
<a rel="start home" href="{HOST}/" title="الرئيسية" class="accueil"><img class="spip_logo" src="IMG/siteon0.png" alt="{SITE}" width="260" height="70" /></a>
<div class="nav clearfix" id="nav"><ul>
{menu}
</ul></div>
<div class="formulaire_spip formulaire_recherche" id="formulaire_recherche"><form action="spip.php?page=recherche" method="get"><label for="recherche">بحث</label> <input type="search" class="search text" size="10" name="recherche" id="recherche" /></form></div>
</div>
<div class="main">
<div class="wrapper hfeed">
<div class="content hentry" id="content">
<p class="arbo"><a href="{HOST}/">الرئيسية</a> &gt; <a href="spip.php?rubrique{3 + n}">{e(article.section)}</a> &gt; <strong class="on">{e(article.headline)}</strong></p>
<div class="cartouche">
<img class="spip_logo spip_logos" src="local/cache-vignettes/L640xH400/arton{number}-5c1d0.jpg" width="640" height="400" alt="" />
<p class="legende">{e(article.caption)}</p>
<h1 class="titre h1 entry-title">{e(article.headline)}</h1>
<p class="info-publi"><abbr class="published" title="{utc}">{shown}</abbr><span class="sep">, </span><span class="auteurs">بقلم <span class="vcard author"><a class="url fn spip_in" href="spip.php?auteur{len(writer) + 3}">{e(writer)}</a></span></span></p>
</div>
<div class="chapo surlignable"><p>{e(article.lead)}</p></div>
<div class="texte entry-content surlignable clearfix">{text}</div>
<div class="documents documents_portfolio">
<h2>ألبوم الصور</h2>
<ul>
{portfolio}
</ul>
</div>
<div class="documents documents_joints">
<h2>الوثائق المرفقة</h2>
<ul class="spip_documents">
<li><a href="IMG/pdf/{number}-doc.pdf" type="application/pdf" class="spip_doc_titre">{e(document[0])}</a> <small class="info_document">({document[1]} - {document[2]})</small></li>
</ul>
</div>
<div class="mots-cles"><h2>الكلمات المفاتيح</h2><p>{tags}</p></div>
<div class="menu articles-lies"><h2>مقالات ذات صلة</h2><ul class="spip">
{related}
</ul></div>
<a href="#forum" name="forum" id="forum"></a>
<div class="forum-repondre"><a href="spip.php?page=forum&amp;id_article={number}" rel="noindex nofollow">أضف تعليقا</a></div>
</div>
<div class="aside">
<div class="menu"><h2>في نفس الركن</h2><ul>
{same_html}
</ul></div>
</div>
</div>
</div>
<div class="footer clearfix" id="footer">
<p class="colophon">{FOOTER}</p>
<p class="generer_url"><a href="spip.php?page=plan" rel="contents">Plan du site</a> <span class="sep"> | </span><a href="spip.php?page=login&amp;url=spip.php%3Farticle{number}" rel="nofollow" class="login_modal">Se connecter</a> <span class="sep"> | </span><a href="spip.php?page=contact">اتصل بنا</a> <span class="sep"> | </span><a href="spip.php?page=backend" rel="alternate" title="ملف الموقع RSS">RSS 2.0</a></p>
<small class="generator"><a href="https://www.spip.net/" rel="generator" title="Site réalisé avec SPIP" class="spip_out">Site réalisé avec SPIP</a></small>
</div>
</div>
<script type="text/javascript" src="prive/javascript/jquery.js?1712345678"></script>
<script type="text/javascript" src="plugins-dist/mediabox/javascript/jquery.colorbox.js?1712345678"></script>
</body>
</html>
"""
    return page
