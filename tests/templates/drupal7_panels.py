"""A Kuwaiti daily on Drupal 7 with Panels and Views: the XHTML+RDFa doctype, Drupal.settings,
a breaking-news block, breadcrumbs ("الرئيسية » محليات"), the node laid out as panel panes
(`panel-pane pane-node-title`, `pane-node-created`, `pane-entity-field pane-node-body` ...)
in a two-column panel with a "آخر الأخبار" Views block before the node and "الأكثر قراءة"
after it, the text in `field-name-body > field-items > field-item` (`property="content:encoded"`),
the date as Date module's `<span class="date-display-single" property="dc:date">` printed in
Drupal's translated long format ("الأربعاء, يونيو 12, 2024 - 10:45": the English field order
with Arabic names), an image caption field, taxonomy links, service_links share icons,
a related-news view pane, and core comments with the comment form. Wire stories carry
"المصدر: كونا" in place of the writer."""

from __future__ import annotations

import json
from datetime import timedelta

from .base import MONTHS, Article, Page, e, rotate, weekday

NAME = "drupal7_panels"
HELD_OUT = True
SET = "unseen3"
FAMILY = "Kuwaiti daily on Drupal 7 + Panels/Views: pane-* divs, field-name-body, date-display-single"
HOST = "https://www.alshiraa-kw.example"
SITE = "الشراع"
LATEST = (
    ("وزير النفط يتفقد مصفاة الزور الجديدة", "09:40"),
    ("الداخلية: تحويلات مرورية على الدائري الخامس ليلا", "09:15"),
    ("جامعة الكويت تعلن مواعيد التسجيل للفصل الصيفي", "08:50"),
    ("ارتفاع مؤشرات البورصة في مستهل التعاملات", "08:30"),
    ("هيئة الزراعة تطلق حملة لتشجير الطرق السريعة", "08:05"),
    ("ضبط 14 مخالفا لقانون الإقامة في الفروانية", "07:45"),
    ("الأرصاد: رياح شمالية غربية نشطة على البلاد", "07:20"),
)
MOST_READ = (
    "التربية تحسم موعد بدء العام الدراسي المقبل",
    "ديوان الخدمة: زيادة بدل الإيجار للموظفين المتزوجين",
    "القرض الإسكاني: 70 ألف دينار للمستحقين بدءا من العام المقبل",
    "الإعلان عن أسماء المقبولين في البعثات الخارجية",
    "منع دخول الشاحنات إلى المدن في أوقات الذروة",
    "البلدية تغلق 12 مطعما مخالفا في حولي",
    "المنتخب الأول يبدأ معسكره الخارجي استعدادا للتصفيات",
)
BREAKING = (
    "عاجل: مجلس الوزراء يعقد اجتماعه الأسبوعي ظهر اليوم",
    "عاجل: تعطيل العمل في الجهات الحكومية يوم الأحد المقبل",
    "عاجل: الطيران المدني يعلن تشغيل المبنى الجديد للمطار جزئيا",
)
COMMENTS = (  # two per page, in page order
    ("أبو خالد", "نتمنى أن لا يتأخر التنفيذ كما حصل في المطلاع، الشباب ينتظرون بيوتهم من سنين."),
    ("بو عبدالله", "شكرا للجريدة على المتابعة، ونرجو نشر المخطط كاملا حتى يطلع عليه الناس."),
    ("متابع", "الله يعين الناس على الحر، والكهرباء ما تتحمل كل سنة أكثر من اللي قبلها."),
    ("فهد", "أين مشاريع الطاقة الشمسية التي وعدونا بها منذ عشر سنوات؟"),
    ("أم محمد", "الله يحفظ رجال الجمارك ويحمي بلادنا من هذه السموم."),
    ("مواطنة", "كل الشكر والتقدير لرجال الجمارك على هذا الإنجاز."),
)
SHARE = ("فيسبوك", "تويتر", "واتساب", "طباعة", "أرسل لصديق")
MENU = ("الرئيسية", "محليات", "برلمان", "اقتصاد", "دوليات", "رياضة", "ثقافة وفنون", "مقالات",
        "الجريدة PDF")
FOOTER_MENU = ("من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية")
FOOTER = f"جميع الحقوق محفوظة © 2024 جريدة {SITE} الكويتية"
DAYS = {"الاثنين": "الإثنين"}  # Drupal 7's Arabic translation spells Monday with hamza


ACTIVE = ' class="active"'


def _position(k: int, count: int) -> str:
    return ("first " if k == 0 else "") + ("last " if k == count - 1 else "")


def _term(k: int) -> str:
    return "" if k == 0 else f"taxonomy/term/{k + 3}"


def drupal_date(moment) -> str:
    """Drupal 7's long format 'l, F j, Y - H:i' as translated: the English order kept."""
    day = weekday(moment)
    return f"{DAYS.get(day, day)}, {MONTHS[moment.month - 1]} {moment.day}, {moment.year} - {moment:%H:%M}"


def render(article: Article, n: int) -> Page:
    moment = article.moment
    shown = drupal_date(moment)
    node = int(article.slug)
    alias = f"{HOST}/node/{node}"
    page = Page(url=alias, html="", shown_date=shown)
    latest = sorted(rotate(LATEST, n * 2, 5), key=lambda row: row[1], reverse=True)
    most = rotate(MOST_READ, n * 3, 5)
    breaking = BREAKING[n % len(BREAKING)]
    comments = COMMENTS[(n - 1) * 2:(n - 1) * 2 + 2]
    comment_times = [drupal_date(moment + timedelta(hours=2 + 3 * k, minutes=17 * k))
                     for k in range(len(comments))]
    submitted = [f"أرسلت بواسطة {who} (غير متحقق) في {when}"
                 for (who, _), when in zip(comments, comment_times, strict=True)]
    byline = f"كتب: {article.author}" if article.author else "المصدر: كونا"
    breadcrumb = f"الرئيسية » {article.section}"
    page.add("تجاوز إلى المحتوى الرئيسي", breaking, " ".join(MENU), "أنت هنا", breadcrumb,
             "آخر الأخبار", *[f"{t} {c}" for t, c in latest], shown, byline, article.caption,
             "الكلمات الدلالية", *SHARE, "أخبار ذات صلة", *article.related,
             f"التعليقات ({len(comments)})", *submitted, *[c[1] for c in comments], "رد",
             "أضف تعليقا جديدا", "الاسم", "التعليق *", "الأكثر قراءة", *most,
             "إعلان", " ".join(FOOTER_MENU), FOOTER)
    body = "\n".join(f"<p>{e(p)}</p>" for p in (article.lead, *article.paragraphs))
    settings = {"basePath": "/", "pathPrefix": "", "ajaxPageState": {
        "theme": "shiraa", "theme_token": f"Xk2{node:x}Qa9", "js": {
            "misc/jquery.js": 1, "misc/jquery.once.js": 1, "misc/drupal.js": 1,
            "sites/all/modules/panels/js/panels.js": 1}},
        "googleanalytics": {"trackOutbound": 1, "trackMailto": 1, "trackDownload": 1},
        "statistics": {"data": {"nid": str(node)}, "url": "/modules/statistics/statistics.php"}}
    menu = "\n".join(
        f'<li class="{_position(k, len(MENU))}leaf"><a href="/{_term(k)}"{ACTIVE if label == article.section else ""}>{e(label)}</a></li>'
        for k, label in enumerate(MENU))
    latest_rows = "\n".join(
        f'<div class="views-row views-row-{k + 1} views-row-{"odd" if k % 2 == 0 else "even"}{" views-row-first" if k == 0 else ""}">\n'
        f'  <div class="views-field views-field-title"><span class="field-content"><a href="/node/{node + 40 + k}">{e(t)}</a></span></div>\n'
        f'  <div class="views-field views-field-created"><span class="field-content">{c}</span></div></div>'
        for k, (t, c) in enumerate(latest))
    most_rows = "\n".join(
        f'<li class="views-row views-row-{k + 1} views-row-{"odd" if k % 2 == 0 else "even"}">\n'
        f'  <div class="views-field views-field-title"><span class="field-content"><a href="/node/{node - 900 - 37 * k}">{e(t)}</a></span></div></li>'
        for k, t in enumerate(most))
    tags = "\n".join(
        f'<li class="taxonomy-term-reference-{k}" rel="dc:subject"><a href="/taxonomy/term/{880 + 11 * k}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">{e(t)}</a></li>'
        for k, t in enumerate(article.tags))
    share = "\n".join(
        f'<a href="{href}" title="{label}" class="service-links-{cls}" rel="nofollow"><img typeof="foaf:Image" src="/sites/all/modules/service_links/images/{cls}.png" alt="{label}" /></a> <span class="sl-label">{label}</span>'
        for label, cls, href in (
            (SHARE[0], "facebook", f"https://www.facebook.com/sharer.php?u={alias}"),
            (SHARE[1], "twitter", f"https://twitter.com/share?url={alias}"),
            (SHARE[2], "whatsapp", f"whatsapp://send?text={alias}"),
            (SHARE[3], "print", f"/print/{node}"),
            (SHARE[4], "forward", f"/forward?path=node/{node}")))
    related = "\n".join(
        f'<div class="views-row views-row-{k + 1}"><span class="field-content"><a href="/node/{node - 211 * (k + 1)}">{e(t)}</a></span></div>'
        for k, t in enumerate(article.related))
    comment_html = "\n".join(
        f'<a id="comment-{node * 10 + k}"></a>\n<div class="comment comment-by-anonymous {"odd" if k % 2 == 0 else "even"} clearfix" about="/comment/{node * 10 + k}#comment-{node * 10 + k}" typeof="sioc:Post sioct:Comment">\n'
        f'  <div class="attribution"><div class="submitted"><span property="dc:date dc:created" content="{(moment + timedelta(hours=2 + 3 * k, minutes=17 * k)).isoformat()}" datatype="xsd:dateTime">{e(line)}</span></div></div>\n'
        f'  <div class="content"><span rel="sioc:reply_of" resource="/node/{node}" class="rdf-meta element-hidden"></span><div class="field field-name-comment-body field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded"><p>{e(said)}</p></div></div></div></div>\n'
        f'  <ul class="links inline"><li class="comment-reply first last"><a href="/comment/reply/{node}/{node * 10 + k}">رد</a></li></ul>\n</div>'
        for k, ((_, said), line) in enumerate(zip(comments, submitted, strict=True)))
    author_pane = (
        f'<div class="panel-pane pane-entity-field pane-node-field-writer"><div class="pane-content"><div class="field field-name-field-writer field-type-text field-label-inline clearfix"><div class="field-label">كتب:&nbsp;</div><div class="field-items"><div class="field-item even">{e(article.author)}</div></div></div></div></div>'
        if article.author else
        '<div class="panel-pane pane-entity-field pane-node-field-source"><div class="pane-content"><div class="field field-name-field-source field-type-text field-label-inline clearfix"><div class="field-label">المصدر:&nbsp;</div><div class="field-items"><div class="field-item even">كونا</div></div></div></div></div>')
    page.html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ar" version="XHTML+RDFa 1.0" dir="rtl"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/terms/"
  xmlns:foaf="http://xmlns.com/foaf/0.1/"
  xmlns:og="http://ogp.me/ns#"
  xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"
  xmlns:sioc="http://rdfs.org/sioc/ns#"
  xmlns:sioct="http://rdfs.org/sioc/types#"
  xmlns:skos="http://www.w3.org/2004/02/skos/core#"
  xmlns:xsd="http://www.w3.org/2001/XMLSchema#">

<head profile="http://www.w3.org/1999/xhtml/vocab">
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="{HOST}/sites/all/themes/shiraa/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="description" content="{e(article.lead[:200])}" />
<meta name="generator" content="Drupal 7 (http://drupal.org)" />
<link rel="canonical" href="{alias}" />
<link rel="shortlink" href="{alias}" />
<meta property="og:site_name" content="جريدة {SITE}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{alias}" />
<meta property="og:title" content="{e(article.headline)}" />
<meta property="og:image" content="{HOST}/sites/default/files/styles/large/public/news/{moment:%Y/%m}/{node}.jpg" />
  <title>{e(article.headline)} | جريدة {SITE}</title>
  <style type="text/css" media="all">
@import url("{HOST}/modules/system/system.base-rtl.css?sf3k1x");
@import url("{HOST}/sites/all/modules/panels/css/panels.css?sf3k1x");
@import url("{HOST}/sites/all/modules/views/css/views-rtl.css?sf3k1x");
@import url("{HOST}/sites/all/themes/shiraa/css/style-rtl.css?sf3k1x");
</style>
  <script type="text/javascript" src="{HOST}/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="{HOST}/misc/drupal.js?sf3k1x"></script>
<script type="text/javascript" src="{HOST}/sites/all/modules/panels/js/panels.js?sf3k1x"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {json.dumps(settings)});
//--><!]]>
</script>
</head>
<body class="html not-front not-logged-in no-sidebars page-node page-node- page-node-{node} node-type-article i18n-ar rtl" >
  <div id="skip-link">
    <a href="#main-content" class="element-invisible element-focusable">تجاوز إلى المحتوى الرئيسي</a>
  </div>
    <div id="page-wrapper"><div id="page">
  <div id="header"><div class="section clearfix">
    <a href="/" title="الرئيسية" rel="home" id="logo"><img src="{HOST}/sites/all/themes/shiraa/logo.png" alt="الرئيسية" /></a>
    <div class="region region-header">
  <div id="block-block-3" class="block block-block breaking-news">
    <div class="content"><marquee direction="right" scrollamount="3"><a href="/node/{node + 55}">{e(breaking)}</a></marquee></div>
  </div>
</div>
  </div></div>
  <div id="navigation"><div class="section">
    <h2 class="element-invisible">القائمة الرئيسية</h2><ul id="main-menu" class="links inline clearfix menu">
{menu}
</ul>  </div></div>
  <div id="breadcrumb"><h2 class="element-invisible">أنت هنا</h2><div class="breadcrumb"><a href="/">الرئيسية</a> » <a href="/taxonomy/term/4">{e(article.section)}</a></div></div>
  <div id="main-wrapper"><div id="main" class="clearfix">
    <div id="content" class="column"><div class="section">
      <a id="main-content"></a>
      <div class="region region-content">
  <div id="block-system-main" class="block block-system">
    <div class="content">
<div class="panel-display panel-2col-stacked clearfix" id="page-node-article">
  <div class="panel-col-top panel-panel">
    <div class="inside"><div class="panel-pane pane-node-title">
  <div class="pane-content">
    <h1>{e(article.headline)}</h1>  </div>
</div>
</div>
  </div>
  <div class="center-wrapper">
    <div class="panel-col-first panel-panel">
      <div class="inside"><div class="panel-pane pane-views pane-latest-news">
  <h2 class="pane-title">آخر الأخبار</h2>
  <div class="pane-content">
    <div class="view view-latest-news view-id-latest_news view-display-id-block_1 view-dom-id-{node % 9973:x}">
      <div class="view-content">
{latest_rows}
    </div>
    </div>  </div>
</div>
</div>
    </div>
    <div class="panel-col-last panel-panel">
      <div class="inside"><div class="panel-pane pane-node-created">
  <div class="pane-content">
    <span class="date-display-single" property="dc:date" datatype="xsd:dateTime" content="{moment.isoformat()}">{shown}</span>  </div>
</div>
<div class="panel-separator"></div>{author_pane}
<div class="panel-separator"></div><div class="panel-pane pane-entity-field pane-node-field-image">
  <div class="pane-content">
    <div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even" rel="og:image rdfs:seeAlso" resource="{HOST}/sites/default/files/styles/large/public/news/{moment:%Y/%m}/{node}.jpg"><img typeof="foaf:Image" src="{HOST}/sites/default/files/styles/large/public/news/{moment:%Y/%m}/{node}.jpg" width="640" height="400" alt="" /></div></div></div><div class="field field-name-field-image-caption field-type-text field-label-hidden"><div class="field-items"><div class="field-item even">{e(article.caption)}</div></div></div>  </div>
</div>
<div class="panel-separator"></div><div class="panel-pane pane-entity-field pane-node-body">
  <div class="pane-content">
    <div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{body}
</div></div></div>  </div>
</div>
<div class="panel-separator"></div><div class="panel-pane pane-entity-field pane-node-field-tags">
  <h2 class="pane-title">الكلمات الدلالية</h2>
  <div class="pane-content">
    <div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-hidden"><ul class="links">
{tags}
</ul></div>  </div>
</div>
<div class="panel-separator"></div><div class="panel-pane pane-block pane-service-links-service-links">
  <div class="pane-content">
    <div class="service-links">
{share}
</div>  </div>
</div>
<div class="panel-separator"></div><div class="panel-pane pane-views-panes pane-related-news-panel-pane-1">
  <h2 class="pane-title">أخبار ذات صلة</h2>
  <div class="pane-content">
    <div class="view view-related-news view-id-related_news view-display-id-panel_pane_1">
      <div class="view-content">
{related}
    </div>
    </div>  </div>
</div>
<div class="panel-separator"></div><div class="panel-pane pane-node-comments">
  <div class="pane-content">
    <div id="comments" class="comment-wrapper">
  <h2 class="title">التعليقات ({len(comments)})</h2>
{comment_html}
  </div>
  </div>
</div>
<div class="panel-separator"></div><div class="panel-pane pane-node-comment-form">
  <div class="pane-content">
    <h2 class="title comment-form">أضف تعليقا جديدا</h2>
<form class="comment-form" action="/comment/reply/{node}" method="post" id="comment-form" accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-name">
  <label for="edit-name">الاسم </label>
 <input type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" />
</div>
<div class="field-type-text-long field-name-comment-body field-widget-text-textarea form-wrapper" id="edit-comment-body"><div class="form-item form-type-textarea form-item-comment-body-und-0-value">
  <label for="edit-comment-body-und-0-value">التعليق <span class="form-required" title="هذا الحقل مطلوب.">*</span></label>
 <div class="form-textarea-wrapper resizable"><textarea class="text-full form-textarea required" id="edit-comment-body-und-0-value" name="comment_body[und][0][value]" cols="60" rows="5"></textarea></div>
</div></div><input type="hidden" name="form_build_id" value="form-{node:x}aQ3vLr0" />
<input type="hidden" name="form_id" value="comment_node_article_form" />
<div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="حفظ" class="form-submit" /><input type="submit" id="edit-preview" name="op" value="معاينة" class="form-submit" /></div></div></form>  </div>
</div>
</div>
    </div>
  </div>
  <div class="panel-col-bottom panel-panel">
    <div class="inside"><div class="panel-pane pane-views pane-most-read">
  <h2 class="pane-title">الأكثر قراءة</h2>
  <div class="pane-content">
    <div class="view view-most-read view-id-most_read view-display-id-block_1">
      <div class="view-content">
      <div class="item-list"><ol>
{most_rows}
</ol></div>    </div>
    </div>  </div>
</div>
<div class="panel-separator"></div><div class="panel-pane pane-block pane-block-7 ad-block">
  <div class="pane-content">
    <div class="ad-label">إعلان</div><div id="div-gpt-ad-1471{n}-0" style="width:300px;height:250px"></div>  </div>
</div>
</div>
  </div>
</div>
    </div>
  </div>
  </div>
    </div></div>
  </div></div>
  <div id="footer"><div class="section">
    <div class="region region-footer">
  <div id="block-menu-menu-footer" class="block block-menu"><div class="content"><ul class="menu">
{chr(10).join(f'<li class="leaf"><a href="/page/{k + 1}">{label}</a></li>' for k, label in enumerate(FOOTER_MENU))}
</ul></div></div>
  <div id="block-block-1" class="block block-block"><div class="content"><p>{FOOTER}</p></div></div>
</div>
  </div></div>
</div></div>
  <script type="text/javascript" src="{HOST}/sites/all/modules/google_analytics/googleanalytics.js?sf3k1x"></script>
</body>
</html>
"""
    return page
