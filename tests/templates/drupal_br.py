"""A Drupal 7 news portal: the body field is one `field-item` whose paragraphs are `<br><br>`
runs, RDFa dates, a labelled tags field and Views blocks (most read, latest) in the sidebar.
The newsroom pastes a WhatsApp channel line at the end of the body field itself."""

from __future__ import annotations

from .base import (
    CHANNELS,
    LATEST,
    MOST_READ,
    NEWSLETTER,
    Article,
    Page,
    day_month_year,
    e,
    rotate,
    weekday,
)

NAME = "drupal_br"
HELD_OUT = False
FAMILY = "Drupal 7: body field with <br><br> paragraphs, RDFa dates, Views blocks"
HOST = "https://www.akhbar-alyawm.example"


def _view(block: str, title: str, titles: list[str], start: int) -> str:
    rows = "".join(
        f'<div class="views-row views-row-{k + 1} views-row-{"odd" if k % 2 == 0 else "even"}">'
        f'<div class="views-field views-field-title"><span class="field-content">'
        f'<a href="/node/{start + k}">{e(t)}</a></span></div></div>'
        for k, t in enumerate(titles))
    return (f'<div id="block-views-{block}-block" class="block block-views">'
            f'<h2 class="block-title">{title}</h2><div class="content"><div class="view '
            f'view-{block} view-id-{block} view-display-id-block"><div class="view-content">'
            f"{rows}</div></div></div></div>")


def render(article: Article, n: int) -> Page:
    moment = article.moment
    shown = f"{weekday(moment)}، {day_month_year(moment)} - {moment:%H:%M}"
    page = Page(url=f"{HOST}/node/{article.slug}", html="", shown_date=shown)
    most, latest = rotate(MOST_READ, 2 + n * 5, 5), rotate(LATEST, n * 2, 4)
    channel = CHANNELS[n % len(CHANNELS)]
    newsletter = NEWSLETTER[n % len(NEWSLETTER)]
    page.add(*most, *latest, channel, newsletter, article.caption, "الوسوم:",
             "أخبار اليوم - جميع الحقوق محفوظة", "مواضيع ذات صلة", *article.related)
    text = "<br><br>".join(e(p) for p in (article.lead, *article.paragraphs))
    author = (f'<div class="field field-name-field-author field-type-text field-label-hidden">'
              f'<div class="field-items"><div class="field-item even">{e(article.author)}'
              f"</div></div></div>") if article.author else ""
    tags = "".join(
        f'<div class="field-item {"even" if k % 2 == 0 else "odd"}" rel="dc:subject">'
        f'<a href="/taxonomy/term/{300 + k}" typeof="skos:Concept" property="rdfs:label '
        f'skos:prefLabel" datatype="">{e(t)}</a></div>' for k, t in enumerate(article.tags))
    related = "".join(f'<li><a href="/node/{91000 + k}">{e(t)}</a></li>'
                      for k, t in enumerate(article.related))
    page.html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ar" version="XHTML+RDFa 1.0" dir="rtl">
<head profile="http://www.w3.org/1999/xhtml/vocab">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="canonical" href="{HOST}/node/{article.slug}" />
<link rel="shortlink" href="/node/{article.slug}" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<title>{e(article.headline)} | أخبار اليوم</title>
<link type="text/css" rel="stylesheet" href="{HOST}/sites/default/files/css/css_x1.css" />
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node-
{article.slug} node-type-article i18n-ar">
<div id="skip-link"><a href="#main-content" class="element-invisible">تجاوز إلى المحتوى الرئيسي</a>
</div>
<div id="page-wrapper"><div id="page">
<div id="header"><div class="section clearfix"><a href="/" title="الرئيسية" rel="home" id="logo">\
<img src="/sites/all/themes/akhbar/logo.png" alt="الرئيسية" /></a>
<div id="main-menu" class="navigation"><ul class="links inline clearfix"><li class="menu-218 \
first"><a href="/">الرئيسية</a></li><li class="menu-301"><a href="/watani">وطني</a></li>\
<li class="menu-302"><a href="/iqtisad">اقتصاد</a></li><li class="menu-303 last">\
<a href="/thaqafa">ثقافة</a></li></ul></div></div></div>
<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
<div id="content" class="column"><div class="section">
<a id="main-content"></a>
<h1 class="title" id="page-title">{e(article.headline)}</h1>
<div class="region region-content">
<div id="block-system-main" class="block block-system"><div class="content">
<div id="node-{article.slug}" class="node node-article node-promoted clearfix" \
about="/node/{article.slug}" typeof="sioc:Item foaf:Document">
<span property="dc:title" content="{e(article.headline)}" class="rdf-meta element-hidden"></span>
<div class="submitted"><span property="dc:date dc:created" content="{article.published}" \
datatype="xsd:dateTime">{shown}</span></div>
<div class="content">
<div class="field field-name-field-image field-type-image field-label-hidden"><div \
class="field-items"><div class="field-item even" rel="og:image rdfs:seeAlso" \
resource="/sites/default/files/styles/large/public/{article.slug}.jpg"><img typeof="foaf:Image" \
src="/sites/default/files/styles/large/public/{article.slug}.jpg" width="700" height="420" \
alt="" title="{e(article.caption)}" /><div class="image-caption">{e(article.caption)}</div>\
</div></div></div>
{author}<div class="field field-name-body field-type-text-with-summary field-label-hidden">\
<div class="field-items"><div class="field-item even" property="content:encoded">{text}<br><br>\
<strong><a href="https://whatsapp.com/channel/0029Va{n}akhbar">{e(channel)}</a></strong></div>\
</div></div>
<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above">\
<div class="field-label">الوسوم:&nbsp;</div><div class="field-items">{tags}</div></div>
</div>
<div class="block block-views"><h2>مواضيع ذات صلة</h2><ul>{related}</ul></div>
</div>
</div></div></div>
</div></div>
<div id="sidebar-second" class="column sidebar"><div class="section">
<div class="region region-sidebar-second">
{_view("most-read", "الأكثر قراءة", most, 90100 + n * 13)}
{_view("latest-news", "آخر الأخبار", latest, 91500 + n * 3)}
<div id="block-simplenews-1" class="block block-simplenews"><h2>النشرة البريدية</h2>
<div class="content"><p>{e(newsletter)}</p><form action="/newsletter/subscriptions" \
method="post"><input type="text" name="mail" /><input type="submit" value="اشترك" /></form>\
</div></div>
</div></div></div>
</div></div>
<div id="footer"><div class="section">أخبار اليوم - جميع الحقوق محفوظة</div></div>
</div></div>
</body>
</html>
"""
    return page
