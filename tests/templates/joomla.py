"""A Sudanese portal on Joomla 3 with JoomShaper's Helix3 framework: module positions
(`sp-top-bar`, `sp-left` before `sp-component`, `sp-right`), the popular and latest-news
modules, the article as `item-page` with `<dl class="article-info">` (author, category,
`<time itemprop="datePublished">`, hits) above an `<h2 itemprop="name">` title, the print and
e-mail icons, `itemprop="articleBody"`, Joomla tags, the prev/next pager and a JComments
form with its policy."""

from __future__ import annotations

from datetime import timedelta

from .base import MONTHS, Article, Page, day_month_year, e, rotate, weekday

NAME = "joomla"
HELD_OUT = True
SET = "fresh"
FAMILY = "Joomla 3 + Helix3 (Sudan): article-info dl, articleBody, print/email icons, JComments"
HOST = "https://www.sudan-alghad.example"
SITE = "سودان الغد"
POPULAR = (
    "ارتفاع أسعار الخبز في ولاية الخرطوم للمرة الثالثة",
    "وزارة التربية تعلن جدول امتحانات الشهادة الثانوية",
    "عودة الرحلات الجوية بين بورتسودان والقاهرة",
    "بنك السودان المركزي يحدد سعرا تأشيريا جديدا للدولار",
    "الأمطار تغمر عشرات المنازل في ولاية نهر النيل",
    "الهلال يتعادل سلبيا في دوري أبطال إفريقيا",
    "توزيع مساعدات غذائية على الأسر النازحة في القضارف",
)
LATEST = (
    "وزير المالية يبحث مع البنك الإفريقي تمويل مشروعات الطاقة",
    "افتتاح جسر جديد على النيل الأزرق",
    "نقابة الأطباء تطالب بتوفير الأدوية المنقذة للحياة",
    "مهرجان ثقافي للتراث السوداني في مدينة كسلا",
    "تحسن الإمداد الكهربائي في عدد من الأحياء",
)
POLICY = ("الآراء الواردة في التعليقات تعبر عن أصحابها، ويحتفظ الموقع بحق عدم نشر التعليقات التي "
          "تتضمن ألفاظا نابية أو إساءة لأشخاص أو جهات")
FOOTER = f"© 2024 {SITE}. جميع الحقوق محفوظة."


def _mod(title: str, css: str, titles: list[str], start: int) -> str:
    items = "\n".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="/index.php/news/{start + k}" itemprop="url"><span itemprop="name">{e(t)}</span></a></li>'
        for k, t in enumerate(titles))
    return (f'<div class="sp-module "><h3 class="sp-module-title">{title}</h3>'
            f'<div class="sp-module-content"><ul class="{css} mod-list">\n{items}\n</ul></div></div>')


def render(article: Article, n: int) -> Page:
    moment = article.moment
    today = moment + timedelta(hours=20)
    slug = article.slug
    page = Page(url=f"{HOST}/index.php/{'economy' if n < 3 else 'health'}/{slug}",
                html="", shown_date=day_month_year(moment))
    popular, latest = rotate(POPULAR, n * 2, 5), rotate(LATEST, n, 4)
    author = article.author or "سونا"
    top = f"{weekday(today)}، {today.day} {MONTHS[today.month - 1]} {today.year}"
    hits = 1840 + n * 537
    prev_title, next_title = latest[3], popular[4]
    page.add(top, "الرئيسية أخبار اقتصاد صحة مقالات تحقيقات", "أنت هنا:", "الأكثر قراءة",
             *popular, "أحدث الأخبار", *latest, "إعلان", author, article.section,
             day_month_year(moment), f"الزيارات: {hits}", "طباعة", "البريد الإلكتروني",
             article.caption, "السابق", "التالي", "التعليقات", "لا توجد تعليقات حتى الآن",
             "أضف تعليق", "الاسم (مطلوب)", "البريد الإلكتروني (لن يظهر)", POLICY, FOOTER,
             "من نحن", "اتصل بنا", "أعلن معنا")
    text = "\n".join(f"<p>{e(p)}</p>" for p in (article.lead, *article.paragraphs))
    tags = "".join(f'<li class="tag-{4 + k} tag-list{k}" itemprop="keywords"><a href="/index.php/component/tags/tag/t{4 + k}" class="label label-info">{e(t)}</a></li>'
                   for k, t in enumerate(article.tags))
    link = f"{HOST}/index.php/news/{slug}"
    page.html = f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ar-aa" lang="ar-aa" dir="rtl">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="{page.url}" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="keywords" content="{e("، ".join(article.tags))}" />
<meta name="author" content="{e(author)}" />
<meta property="og:url" content="{page.url}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{e(article.headline)}" />
<meta property="og:description" content="{e(article.lead[:150])}" />
<meta name="description" content="{e(article.lead[:150])}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{e(article.headline)}</title>
<link href="/templates/shaper_helix3/images/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/templates/shaper_helix3/css/bootstrap.min.css" rel="stylesheet" type="text/css" />
<link href="/templates/shaper_helix3/css/template.css" rel="stylesheet" type="text/css" />
<link href="/templates/shaper_helix3/css/rtl.css" rel="stylesheet" type="text/css" />
<link href="/components/com_jcomments/tpl/default/style.css?v=3002" rel="stylesheet" type="text/css" />
<script src="/media/jui/js/jquery.min.js?5f2a4cd0c7fea68c7ec7a0b51e84fb2c" type="text/javascript"></script>
<script src="/components/com_jcomments/js/jcomments-v2.3.js?v=12" type="text/javascript"></script>
</head>
<body class="site com-content view-article no-layout no-task itemid-{110 + n} ar-aa rtl  sticky-header layout-fluid off-canvas-menu-init">
<div class="body-wrapper"><div class="body-innerwrapper">
<section id="sp-top-bar"><div class="container"><div class="row">
<div id="sp-top1" class="col-sm-6 col-md-6"><div class="sp-column "><div class="sp-module "><div class="sp-module-content"><div class="custom"><p>{top}</p></div></div></div></div></div>
<div id="sp-top2" class="col-sm-6 col-md-6"><div class="sp-column "><ul class="social-icons"><li><a target="_blank" href="https://www.facebook.com/sudanalghad"><i class="fa fa-facebook"></i></a></li><li><a target="_blank" href="https://twitter.com/sudanalghad"><i class="fa fa-twitter"></i></a></li></ul></div></div>
</div></div></section>
<header id="sp-header"><div class="container"><div class="row">
<div id="sp-logo" class="col-xs-8 col-sm-3 col-md-3"><div class="sp-column "><a class="logo" href="/"><h1><img class="sp-default-logo" src="/images/logo.png" alt="{SITE}"></h1></a></div></div>
<div id="sp-menu" class="col-xs-4 col-sm-9 col-md-9"><div class="sp-column "><div class="sp-megamenu-wrapper"><ul class="sp-megamenu-parent menu-slide-down hidden-sm hidden-xs">
<li class="sp-menu-item"><a href="/">الرئيسية</a></li>
<li class="sp-menu-item current-item active"><a href="/index.php/news">أخبار</a></li>
<li class="sp-menu-item"><a href="/index.php/economy">اقتصاد</a></li>
<li class="sp-menu-item"><a href="/index.php/health">صحة</a></li>
<li class="sp-menu-item"><a href="/index.php/opinion">مقالات</a></li>
<li class="sp-menu-item"><a href="/index.php/reports">تحقيقات</a></li>
</ul></div></div></div>
</div></div></header>
<section id="sp-page-title"><div class="row"><div id="sp-title" class="col-sm-12 col-md-12"><div class="sp-column "><div class="sp-module "><div class="sp-module-content">
<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">
<li>أنت هنا: &#160;</li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/" class="pathway"><span itemprop="name">الرئيسية</span></a><span class="divider"> / </span><meta itemprop="position" content="1"></li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active"><span itemprop="name">{e(article.headline)}</span><meta itemprop="position" content="2"></li>
</ul></div></div></div></div></div></section>
<section id="sp-main-body"><div class="container"><div class="row">
<div id="sp-left" class="col-sm-3 col-md-3"><div class="sp-column custom-class">
{_mod("الأكثر قراءة", "mostread", popular, 47100 + n * 9)}
</div></div>
<div id="sp-component" class="col-sm-6 col-md-6"><div class="sp-column "><div id="system-message-container"></div>
<article class="item item-page" itemscope itemtype="http://schema.org/Article">
<meta itemprop="inLanguage" content="ar-AA" />
<div class="entry-image full-image"> <img src="/images/news/{moment:%Y}/{slug}.jpg" alt="" itemprop="image"/> <p class="img_caption">{e(article.caption)}</p></div>
<div class="entry-header has-post-format">
<span class="post-format"><i class="fa fa-thumb-tack"></i></span>
<dl class="article-info">
<dt class="article-info-term"></dt>
<dd class="createdby" itemprop="author" itemscope itemtype="http://schema.org/Person">
<i class="fa fa-user"></i>
<span itemprop="name" data-toggle="tooltip" title="كتب بواسطة ">{e(author)}</span>	</dd>
<dd class="category-name">
<i class="fa fa-folder-open-o" data-toggle="tooltip" title="الفئة: "></i>
<a href="/index.php/{'economy' if n < 3 else 'health'}" itemprop="genre">{e(article.section)}</a>	</dd>
<dd class="published">
<i class="fa fa-calendar-o" data-toggle="tooltip" title="تاريخ النشر "></i>
<time datetime="{article.published}" itemprop="datePublished">
{day_month_year(moment)}	</time>
</dd>
<dd class="hits">
<span class="fa fa-eye"></span>
<meta itemprop="interactionCount" content="UserPageVisits:{hits}" />
الزيارات: {hits}	</dd>
</dl>
<h2 itemprop="name">
{e(article.headline)}	</h2>
</div>
<div class="icons">
<div class="btn-group pull-right">
<button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-{slug.split("-")[0]}" aria-label="أدوات المستخدم" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">
<span class="icon-cog" aria-hidden="true"></span>
<span class="caret" aria-hidden="true"></span>
</button>
<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{slug.split("-")[0]}">
<li class="print-icon"> <a href="{link}?tmpl=component&amp;print=1&amp;layout=default" title="طباعة المقال &lt; {e(article.headline)} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow">			<span class="icon-print" aria-hidden="true"></span>
طباعة	</a> </li>
<li class="email-icon"> <a href="/index.php/component/mailto/?tmpl=component&amp;template=shaper_helix3&amp;link=0f{n}c2" title="أرسل الرابط لصديق" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow">			<span class="icon-envelope" aria-hidden="true"></span>
البريد الإلكتروني	</a> </li>
</ul>
</div>
</div>
<div itemprop="articleBody">
{text}
</div>
<div class="article-footer-wrap"><div class="article-footer-top">
<div class="tags">
<ul class="tags inline">{tags}</ul>
</div>
<div class="helix-social-share"><div class="helix-social-share-icon"><ul>
<li><div class="facebook" data-toggle="tooltip" data-placement="top" title="Share On Facebook"><a class="facebook" onClick="window.open('https://www.facebook.com/sharer.php?u={page.url}','Facebook','width=600,height=300'); return false;" href="https://www.facebook.com/sharer.php?u={page.url}"><i class="fa fa-facebook"></i></a></div></li>
<li><div class="twitter" data-toggle="tooltip" data-placement="top" title="Share On Twitter"><a class="twitter" onClick="window.open('https://twitter.com/share?url={page.url}','Twitter share','width=600,height=300'); return false;" href="https://twitter.com/share?url={page.url}"><i class="fa fa-twitter"></i></a></div></li>
</ul></div></div>
</div></div>
<ul class="pager pagenav">
<li class="previous"><a class="hasTooltip" title="{e(prev_title)}" aria-label="السابق: {e(prev_title)}" href="/index.php/news/prev-{n}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">السابق</span></a></li>
<li class="next"><a class="hasTooltip" title="{e(next_title)}" aria-label="التالي: {e(next_title)}" href="/index.php/news/next-{n}" rel="next"><span aria-hidden="true">التالي</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>
</ul>
<script type="text/javascript">
<!--
var jcomments=new JComments({slug.split("-")[0]}, 'com_content','/index.php/component/jcomments/');
jcomments.setList('comments-list');
//-->
</script>
<div id="jc">
<div id="comments"><h4>التعليقات</h4><p class="jc-no-comments">لا توجد تعليقات حتى الآن</p></div>
<a id="addcomments" href="#addcomments"></a>
<form id="comments-form" name="comments-form" action="javascript:void(null);">
<h4>أضف تعليق</h4>
<p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1" /><label for="comments-form-name">الاسم (مطلوب)</label></span></p>
<p><span><input id="comments-form-email" type="text" name="email" value="" size="22" tabindex="2" /><label for="comments-form-email">البريد الإلكتروني (لن يظهر)</label></span></p>
<p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></span></p>
<div class="comments-policy">{POLICY}</div>
<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7" onclick="jcomments.saveComment();return false;" title="إرسال (Ctrl+Enter)">إرسال</a></div></div></div>
<div><input type="hidden" name="object_id" value="{slug.split("-")[0]}" /><input type="hidden" name="object_group" value="com_content" /></div>
</form>
</div>
</article>
</div></div>
<div id="sp-right" class="col-sm-3 col-md-3"><div class="sp-column class2">
{_mod("أحدث الأخبار", "latestnews", latest, 49000 + n * 5)}
<div class="sp-module "><div class="sp-module-content"><div class="bannergroup"><div class="banneritem"><span class="banner-label">إعلان</span><a href="/index.php/component/banners/click/{n}" target="_blank" rel="noopener noreferrer"><img src="/images/banners/side-300x250.gif" alt="" width="300" height="250" /></a></div></div></div></div>
</div></div>
</div></div></section>
<footer id="sp-footer"><div class="container"><div class="row">
<div id="sp-footer1" class="col-sm-12 col-md-12"><div class="sp-column "><span class="sp-copyright">{FOOTER}</span>
<ul class="nav menu"><li class="item-140"><a href="/index.php/about">من نحن</a></li><li class="item-141"><a href="/index.php/contact">اتصل بنا</a></li><li class="item-142"><a href="/index.php/advertise">أعلن معنا</a></li></ul></div></div>
</div></div></footer>
</div></div>
</body>
</html>
"""
    return page
