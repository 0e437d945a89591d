"""A Mauritanian bilingual (Arabic / French) news portal on a hand-made PHP CMS: a French top bar
("Version française", "À propos", "Contact"), the Arabic menu, a "آخر الأخبار / Dernières
nouvelles" strip, the sidebar ("الأكثر قراءة | Les plus lus") before the article in the DOM,
the headline in `h2.titre`, "بقلم: <name>" when a writer signs, the Arabic date
("الاثنين 13 مايو 2024 - 14:25", Nouakchott is UTC) with the French one beside it ("Publié le
13/05/2024 à 14h25") and a reading count, the text as CKEditor pasted it from Word
(`<p dir="RTL" style="text-align: justify;"><span style=...>`), the "نواكشوط - الوسيط:"
dateline opening the lead (the story's own words), "شارك / Partager", "مواضيع ذات صلة", a
Facebook comments box and a bilingual footer. `article:published_time` on pages 1 and 3 only."""

from __future__ import annotations

from .base import MONTHS, Article, Page, e, weekday

NAME = "mr_bilingual_portal"
HELD_OUT = True
SET = "unseen6"
FAMILY = "Mauritanian Arabic/French PHP portal: French chrome, sidebar first, Word-pasted spans"
HOST = "https://www.alwasit.example.mr"
SITE = "الوسيط"
TOP_FR = ("Version française", "À propos", "Contact", "Publicité")
MENU = ("الرئيسية", "أخبار", "تقارير", "مقابلات", "اقتصاد", "تعليم", "ثقافة", "رياضة",
        "آراء", "الولايات")
LATEST = (
    "الرئيس يستقبل وفدا من البنك الدولي",
    "انطلاق حملة التلقيح ضد الحصبة في الحوضين",
    "Le gouvernement adopte le projet de loi sur la décentralisation",
    "تعيينات جديدة في مجلس الوزراء",
)
MOST_READ = (
    "ارتفاع أسعار اللحوم في أسواق نواكشوط",
    "نتائج مسابقة اكتتاب الأساتذة المتعاقدين",
    "La SNIM annonce une hausse de sa production",
    "انقطاع الكهرباء عن أحياء في مقاطعة عرفات",
    "وزير الصحة يزور مستشفى الصداقة",
    "موجة حر تضرب الولايات الشرقية",
)
FOOTER = f"© 2024 {SITE} - Al Wasit. Tous droits réservés - جميع الحقوق محفوظة"


def mauritanian_dates(moment) -> tuple[str, str]:
    arabic = f"{weekday(moment)} {moment.day} {MONTHS[moment.month - 1]} {moment.year} - {moment:%H:%M}"
    return arabic, f"Publié le {moment:%d/%m/%Y} à {moment:%H}h{moment:%M}"


def render(article: Article, n: int) -> Page:
    moment = article.moment
    news_id = 48200 + 733 * n
    url = f"{HOST}/ar/node/{news_id}"
    shown, french = mauritanian_dates(moment)
    page = Page(url=url, html="", shown_date=shown)
    reads = f"عدد القراءات: {2314 + 1207 * n}"
    most = MOST_READ[n - 1:n + 3]
    page.add(" | ".join(TOP_FR), " ".join(MENU), "آخر الأخبار / Dernières nouvelles", *LATEST,
             "الأكثر قراءة | Les plus lus", *most, french, reads, article.caption,
             "شارك / Partager", "مواضيع ذات صلة", *article.related, "تعليقات فيسبوك", FOOTER)
    byline = ""
    if article.author:
        page.add(f"بقلم: {article.author}")
        byline = f'<span class="auteur">بقلم: {e(article.author)}</span>'
    body = "\n".join(f'<p dir="RTL" style="text-align: justify;"><span style="font-size:18px;"><span style="font-family:Arial,Helvetica,sans-serif;">{e(p)}</span></span></p>\n<p dir="RTL" style="text-align: justify;">&nbsp;</p>'
                     for p in (article.lead, *article.paragraphs))
    meta = (f'<meta property="article:published_time" content="{moment:%Y-%m-%dT%H:%M:%S}+00:00" />'
            if n != 2 else "")
    top = " | ".join(f'<a href="{HOST}/fr/{k}">{t}</a>' for k, t in enumerate(TOP_FR))
    menu = "\n".join(f'<li><a href="{HOST}/ar/taxonomy/term/{k}">{m}</a></li>' for k, m in enumerate(MENU))
    latest = "\n".join(f'<li><a href="{HOST}/ar/node/{news_id + 3 + k}">{e(t)}</a></li>' for k, t in enumerate(LATEST))
    most_html = "\n".join(f'<li><a href="{HOST}/ar/node/{news_id - 300 - k}">{e(t)}</a></li>' for k, t in enumerate(most))
    related = "\n".join(f'<li><a href="{HOST}/ar/node/{news_id - 41 * (k + 1)}">{e(t)}</a></li>' for k, t in enumerate(article.related))
    page.html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="ar" dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{e(article.headline)} | Al Wasit - {SITE}</title>
<meta name="keywords" content="{e(", ".join(article.tags))}" />
<meta property="og:title" content="{e(article.headline)}" />
<meta property="og:image" content="{HOST}/uploads/images/{news_id}.jpg" />
{meta}
<link rel="alternate" hreflang="fr" href="{HOST}/fr/" />
<link href="{HOST}/css/style_ar.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="topbar"><div class="wrap">{top}</div></div>
<div id="header"><div class="wrap"><a href="{HOST}/ar/"><img src="{HOST}/images/logo_bilingue.png" alt="{SITE} - Al Wasit" /></a></div></div>
<div id="menu"><ul class="wrap">{menu}</ul></div>
<div id="flash"><div class="wrap"><b>آخر الأخبار / Dernières nouvelles</b><ul>{latest}</ul></div></div>
<div id="page" class="wrap">
<div id="colonne_gauche">
<div class="bloc"><h3 class="bloc_titre">الأكثر قراءة | Les plus lus</h3><ul class="liste">
{most_html}
</ul></div>
<div class="pub"><a href="{HOST}/pub/click/17"><img src="{HOST}/pub/banner_300x250.gif" alt="" /></a></div>
</div>
<div id="contenu">
<div class="article">
<div class="rubrique"><a href="{HOST}/ar/taxonomy/term/{n + 3}">{e(article.section)}</a></div>
<h2 class="titre">{e(article.headline)}</h2>
<div class="infos">{byline}
<span class="date">{shown}</span>
<span class="date_fr">{french}</span>
<span class="lectures">{reads}</span></div>
<div class="image"><img src="{HOST}/uploads/images/{news_id}.jpg" alt="" width="620" /><div class="legende">{e(article.caption)}</div></div>
<div class="texte">
{body}
</div>
<div class="partage"><b>شارك / Partager</b> <a href="https://www.facebook.com/sharer/sharer.php?u={url}"><img src="{HOST}/images/fb.png" alt="Facebook" /></a> <a href="https://twitter.com/share?url={url}"><img src="{HOST}/images/tw.png" alt="Twitter" /></a></div>
<div class="lies"><h4>مواضيع ذات صلة</h4><ul>
{related}
</ul></div>
<div class="commentaires"><h4>تعليقات فيسبوك</h4><div class="fb-comments" data-href="{url}" data-width="100%" data-numposts="5"></div></div>
</div>
</div>
</div>
<div id="footer"><div class="wrap">{FOOTER}</div></div>
<div id="fb-root"></div><script async defer crossorigin="anonymous" src="https://connect.facebook.net/fr_FR/sdk.js#xfbml=1&amp;version=v18.0"></script>
</body>
</html>
"""
    return page
