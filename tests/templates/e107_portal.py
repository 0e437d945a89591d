"""An Arabic regional news portal for southern Iraq ("صوت الجنوب": البصرة، ذي قار، ميسان) on
e107 v2 with a bootstrap3-derived RTL theme, its news items as e107's news plugin serves them
(`news.php?extend.<id>` on pages 1 and 3, the SEF `news/<category_sef>/<news_sef>` route on
page 2). The head is e107's `header_default.php`: `<html dir='rtl' lang="ar">`,
`<meta charset='utf-8' />`, the meta that `news::setNewsFrontMeta()` registers (og:type
article, twitter:card, the editor's meta description, og:image of the news thumbnail,
`og:updated_time` as a bare Unix stamp and `article:modified_time`, both "30 minutes ago" at
the visit, not the story's; `article:section`, `article:published_time` as PHP `date('c')` in
the server's +03:00, `keywords` and one `article:tag` each), `<title>headline - صوت الجنوب</title>`,
the e107_web CSS/JS with e107's `<!-- footer_*_css -->` markers. The body: `<body id="page-top"
class="jumbotron_sidebar_right">`, the inverse fixed navbar with `{NAVIGATION=main}`
(`ul.nav.navbar-nav.nav-main`) and the guest usernav ("تسجيل" / "دخول"), a bootstrap
`ol.breadcrumb`, then the `col-md-8` column with the news view template: `div.view-item`,
`h2.news-title` (linked), the meta row (glyph user + poster's username link, glyph time +
`NEWSDATE=short` in the site's format "06 أيار 2024 - 09:40", zero-padded, Iraqi month names),
tags and category links, `div.body` with the main image span (`news-images-main`, page 1),
an empty `p.lead` (no summary), `div.text-justify` (the body), the empty `news-videos-1` and
image rows, and `div.body-extended` (page 3 splits its text there, with an `<h3>` subheading);
then the options btn-group (comment count, print, share), `NEWSRELATED` ("مواضيع ذات صلة")
and `NEWSNAVLINK` ("رجوع"), and e107 comments (caption "التعليقات", the guest form,
`ul.media-list#comments-container` items with username, relative date, text, thumbs and
"رد"); page 2's comments are off. Page 1 links a phrase inline; page 2 has a TinyMCE
`<figure class="image">` with a caption inside the text and bold words; the poster is the
reporter on page 1 only ("المحرر" on 2 and 3). The sidebar (`SETSTYLE=menu`: bootstrap panels
with `<!-- tablestyle: ... -->` comments): search, login, "أخبار أخرى" carousel, "آخر الأخبار"
with comment counts, a poll, "المتواجدون الآن" (guests, members, a record date). Footer: the
footer navigation, the usernav again and the site disclaimer with e107's "Proudly powered by"
line. Everything but the story's paragraphs is chrome."""

from __future__ import annotations

from datetime import datetime

from .base import LATEST, LEVANTINE, Article, Page, e

NAME = "e107_portal"
HELD_OUT = True
SET = "unseen29"
FAMILY = "e107 v2 news portal (bootstrap3 RTL theme): news.php?extend / SEF news view-item, NEWSDATE short, panels menus (other/latest news, login, poll, online), e107 comments"
HOST = "https://e107-sawt-aljanoub.example"
SITE = "صوت الجنوب"
CATS = {"البصرة": (2, "basra"), "ذي قار": (3, "thi-qar"), "ميسان": (4, "maysan")}
NAV = (("الرئيسية", "/index.php"), ("البصرة", "/news.php?list.2"), ("ذي قار", "/news.php?list.3"),
       ("ميسان", "/news.php?list.4"), ("اقتصاد", "/news.php?list.5"),
       ("رياضة", "/news.php?list.6"), ("اتصل بنا", "/contact.php"))
FOOTER_NAV = (("من نحن", "/page.php?id=1"), ("أعلن معنا", "/page.php?id=2"),
              ("سياسة الخصوصية", "/page.php?id=3"), ("اتصل بنا", "/contact.php"))
POSTERS = {1: (7, "حسين الساعدي"), 2: (2, "المحرر"), 3: (2, "المحرر")}
SEF = {2: "hawr-al-hammar-drought-buffalo"}
VISIT = {1: "2024-05-09T11:20:00+03:00", 2: "2024-08-13T15:05:00+03:00",
         3: "2025-01-24T08:50:00+03:00"}
LINKED = {1: (2, "الحكومة المحلية مطلع العام الجاري", "/news.php?extend.4090")}
BOLD = {2: (2, "أكثر من ثلاثمئة رأس من الجاموس")}
# page 3: paragraphs from index 3 sit in div.body-extended; that paragraph is an <h3>
EXTENDED_FROM, SUBHEAD = {3: 3}, {3: 3}
OTHER_SUMMARIES = ("عرض الموازنة الاتحادية على مجلس النواب وسط مطالب بزيادة حصة المحافظات",
                   "إغلاق ثلاث طرق ريفية في قضاء الزبير بعد هطول أمطار غزيرة",
                   "المشروع يقام على مساحة ألفي دونم قرب طريق السماوة")
COMMENTS = {
    1: (("أبو_مرتضى", "منذ 3 أيام", 4, "خطوة ممتازة، نتمنى أن تصل المياه إلى السيبة والفاو أيضا."),
        ("زهراء البصرية", "منذ 3 أيام", 2, "المهم الصيانة بعد الافتتاح، المحطات السابقة توقفت بعد سنة."),
        ("علي الحلفي", "منذ يومين", 0, "متى يتم الربط بالشبكة؟ قرية حمدان تنتظر منذ سنوات.")),
    3: (("سجاد_العماري", "منذ 5 أيام", 6, "السوق رجع أجمل من قبل، الله يرحم أيام زمان."),),
}
POLL_Q = "هل تحسنت الخدمات في محافظتك خلال العام الماضي؟"
POLL_OPTS = ("نعم، بشكل واضح", "تحسن طفيف", "لم يتغير شيء", "تراجعت")
POLL_VOTES = {1: "1284", 2: "2210", 3: "3177"}
ONLINE = {1: ("37", "2", "412 في 14 آذار 2024", "1906", "سجاد_البصري"),
          2: ("58", "1", "530 في 02 تموز 2024", "2034", "مهند.ن"),
          3: ("44", "3", "611 في 11 كانون الأول 2024", "2290", "سجاد_العماري")}
OTHER_CAPTION = ("<div class='inline-text'>أخبار أخرى <div class=\"btn-group pull-right\">"
                 '<a class="btn btn-mini btn-xs btn-default" href="#otherNews" data-slide="prev">‹</a> '
                 '<a class="btn btn-mini btn-xs btn-default" href="#otherNews" data-slide="next">›</a>'
                 "</div></div>")
DISCLAIMER = "© {year} صوت الجنوب - جميع الحقوق محفوظة"
POWERED = "Proudly powered by e107 Bootstrap CMS which is released under the terms of the GNU GPL License."


def _short(moment: datetime) -> str:
    """The site's short date pref "%d %B %Y - %H:%M" with the Arabic pack's Iraqi months."""
    return f"{moment:%d} {LEVANTINE[moment.month - 1]} {moment.year} - {moment:%H:%M}"


def _panel(menu_id: str, caption: str, text: str) -> str:
    return f"""<!-- tablestyle: style=menu id={menu_id} -->

<div class="panel panel-default">
      <div class="panel-heading">{caption}</div>
      <div class="panel-body">
       {text}
      </div>
    </div>"""


def _paragraphs(article: Article, n: int) -> list[str]:
    out = []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        html = e(text)
        if n in LINKED and LINKED[n][0] == k:
            _, words, href = LINKED[n]
            html = html.replace(e(words), f'<a href="{HOST}{href}">{e(words)}</a>')
        if n in BOLD and BOLD[n][0] == k:
            html = html.replace(e(BOLD[n][1]), f"<strong>{e(BOLD[n][1])}</strong>")
        out.append(f"<h3>{html}</h3>" if SUBHEAD.get(n) == k else f"<p>{html}</p>")
    return out


def _comments(n: int, url: str, news_id: str, page: Page) -> str:
    if n not in COMMENTS:
        return ""
    items = []
    for k, (user, when, likes, text) in enumerate(COMMENTS[n]):
        cid = int(news_id) * 3 + k
        page.add(user, when, text)
        items.append(f"""<li id="comment-{cid}" class="media">
        <div class="media-object comment-box-left pull-left span1">
            <div class="comment-avatar center"><img class="img-rounded user-avatar" alt="" src="{HOST}/e107_images/generic/blank_avatar.jpg" width="90" height="90" /></div>
        </div>
        <div class="media-body comment-box-right ">
            <div class="row">
                    <div class="comment-box-username span2 col-xs-6 col-sm-6 col-md-6">{e(user)}</div>
                    <div class="comment-box-date span2 col-xs-6 col-sm-6  col-md-6 text-right text-muted"><small><span class='e-date' data-livestamp='{cid}'>{when}</span></small></div>
            </div>
            <div class="row-fluid">
                <div class="span12 col-xs-12 comment-text" id="comment-{cid}-edit" contentEditable="false" >
                    <p>
                        {e(text)}<br />
                    </p>
                </div>
            </div>
            <div class="row">
                <div class="comment-status span2 col-sm-12 col-md-6"></div>
                    <div class="comment-moderate span6 col-sm-12 col-md-6 text-right"><div class='e-rate-thumb e-rate-comments'><a class='e-rate-thumb e-rate-up' href='{HOST}/rate.php?table=comments&amp;id={cid}&amp;type=up' title='أعجبني'><i class='fa fa-thumbs-o-up'></i></a> <small class='e-rate-up'>{likes}</small></div> <span class='comment-reply'><a class='e-comment-reply' data-type='news' data-target='{HOST}/comment.php' href='#' id='e-comment-reply-{cid}'>رد</a></span>  </div>
            </div>
        </div>
    </li>""")
    page.add("التعليقات", "إضافة تعليق")
    return f"""<!-- tablestyle: style=default id=comment -->
<h2 class="caption">التعليقات</h2>
            <div id='e-comment-form' class='comment-box'>
    <form method='post' action='{e(url)}' id='dataform' >
    <div class='media comment-box comment-box-form clearfix'>
        <div class='comment-box-left media-object pull-left' >
        <div class="comment-avatar center"><img class="img-rounded user-avatar" alt="" src="{HOST}/e107_images/generic/blank_avatar.jpg" width="90" height="90" /></div>
        </div>
        <div class='media-body comment-box-right text-left' >
            <div class='P10'>
                <input class='tbox form-control comment author' type='text' name='author_name' placeholder='الاسم' value='' maxlength='100' />
                <textarea name='comment' rows='5' cols='10' class='tbox form-control comment-input' placeholder='اكتب تعليقك هنا'></textarea>
            <div id='commentformbutton'>
                <input type='submit' id='e-comment-submit' name='commentsubmit' data-target='{HOST}/comment.php?ajax_used=1&amp;mode=submit' data-pid='0' data-sort='desc' data-container='comments-container' data-input='comment-input' data-type='news' data-itemid='{news_id}' class='button btn btn-primary e-comment-submit pull-right' value='إضافة تعليق' />
                <span id='e-comment-submit-label' class='hidden'>إضافة تعليق</span>
            </div>
            </div>
        </div>
    </div>
    <div class='clear_b'><!-- --></div>
    <hr>
    </form>
</div>
<ul class='media-list' id='comments-container'>
{chr(10).join(items)}
</ul> <div style="padding:10px 0px"></div>
            """


def render(article: Article, n: int) -> Page:
    moment = article.moment
    nid = article.slug
    cat_id, cat_sef = CATS[article.section]
    url = (f"{HOST}/news/{cat_sef}/{SEF[n]}" if n in SEF else f"{HOST}/news.php?extend.{nid}")
    shown = _short(moment)
    page = Page(url=url, html="", shown_date=shown)
    body_text, visit = " ".join(article.body.split()), datetime.fromisoformat(VISIT[n])
    modified = visit.timestamp() - 1800
    user_id, poster = POSTERS[n]
    paras = _paragraphs(article, n)
    cut = EXTENDED_FROM.get(n, len(paras))
    main_image = ""
    if n == 1:
        main_image = (f'<span class="news-images-main pull-left col-xs-12 col-sm-6 col-md-6">'
                      f"<a href='{e(url)}'><img class=\"news_image news-image img-responsive "
                      f'img-fluid img-rounded rounded news-image-1" '
                      f'src="{HOST}/thumb.php?src=e_MEDIA_IMAGE%2F2024-05%2Fabulkhasib_station.jpg'
                      f'&amp;w=900&amp;h=600" alt="abulkhasib_station.jpg" '
                      f'srcset="{HOST}/thumb.php?src=e_MEDIA_IMAGE%2F2024-05%2Fabulkhasib_station'
                      f'.jpg&amp;w=1800&amp;h=1200 1800w" width="900" height="600"  /></a></span>')
    if n == 2:
        fig = (f'<figure class="image"><img src="{HOST}/e107_media/5f1c0a2be4/images/2024-08/'
               f'jbayish_buffalo.jpg" alt="" width="800" height="533" />'
               f"<figcaption>{e(article.caption)}</figcaption></figure>")
        paras.insert(1, fig)
        cut += 1
        page.add(article.caption)
    tags = ", ".join(f"<a href='{HOST}/news.php?tag={e(t).replace(' ', '-')}'>{e(t)}</a>"
                     for t in article.tags)
    n_comments = len(COMMENTS.get(n, ()))
    comment_link = ("" if n not in COMMENTS else
                    f'<a title="التعليقات" class="btn btn-default" href="{e(url)}#comments-container">'
                    f"<i class='fa fa-comments'></i> {n_comments}</a>")
    related = "".join(f"<li><a href='{HOST}/news.php?extend.{int(nid) - 17 * (k + 1)}'>{e(t)}</a></li>"
                      for k, t in enumerate(article.related))
    active = ' class="active"'
    nav = "\n".join(f'<li{active if label == article.section else ""}>'
                    f'<a  role="button" href="{HOST}{href}" title="">{label}</a> </li>'
                    for label, href in NAV)
    footer_nav = "\n".join(f'<li><a  role="button" href="{HOST}{href}" title="">{label}</a> </li>'
                           for label, href in FOOTER_NAV)
    start = (n * 3) % len(LATEST)
    latest = [LATEST[(start + k) % len(LATEST)] for k in range(5)]
    others = latest[:3]
    other_items = "".join(f"""<div class="item {'active' if k == 0 else ''}">
            <img class='news_image img-responsive' src='{HOST}/thumb.php?src=e_IMAGE%2Fgeneric%2Fnomedia.png&amp;w=400&amp;h=200' alt='' />
      <h3>{e(t)}</h3>
      <p>{e(OTHER_SUMMARIES[k])}</p>
      <p class="text-right"><a class="btn btn-primary btn-othernews" href="{HOST}/news.php?extend.{int(nid) - 3 - k}">اقرأ المزيد &raquo;</a></p>
    </div>""" for k, t in enumerate(others))
    latest_items = "".join(f'<li><a class="e-menu-link newsmonths" href="{HOST}/news.php?extend.'
                           f'{int(nid) - 1 - k}">{e(t)} ({(k * 2 + n) % 5})</a></li>'
                           for k, t in enumerate(latest))
    guests, members, record, total, newest = ONLINE[n]  # the online menu's counts
    poll_opts = "".join(f"<div class='radio'><label><input type='radio' name='votea' value='{k + 1}' /> "
                        f"{o}</label></div>" for k, o in enumerate(POLL_OPTS))
    disclaimer = DISCLAIMER.format(year=visit.year)
    page.add(SITE, "تسجيل", "دخول", *(label for label, _ in NAV), "الرئيسية", "الأخبار",
             article.section, poster, shown, *article.tags, "مشاركة", "مواضيع ذات صلة",
             *article.related, "رجوع", "بحث", "تسجيل الدخول", "تذكرني", "نسيت كلمة المرور؟",
             "أخبار أخرى", *others, *OTHER_SUMMARIES, "اقرأ المزيد »", "آخر الأخبار", *latest,
             "استطلاع رأي", POLL_Q, *POLL_OPTS, "تصويت", f"عدد الأصوات: {POLL_VOTES[n]}",
             "المتواجدون الآن", f"ضيوف: {guests}", f"أعضاء: {members}",
             f"أكبر تواجد: {record}", f"عدد الأعضاء: {total}", f"أحدث الأعضاء: {newest}",
             *(label for label, _ in FOOTER_NAV), disclaimer, POWERED)
    comments = _comments(n, url, nid, page)
    page.chrome = [c for c in dict.fromkeys(page.chrome) if c not in body_text]
    og_image = (f'<meta property="og:image" content="{HOST}/media/img/w-1200/2024-05/'
                f'abulkhasib_station.jpg" />\n<meta property="og:image:width" content="1200" />\n'
                f'<meta name="twitter:image" content="{HOST}/media/img/w-1200/2024-05/'
                f'abulkhasib_station.jpg" />\n<meta name="twitter:card" content="summary_large_image" />\n'
                if n == 1 else "")
    desc = e(" ".join(article.lead.split()[:22]) + "...")
    keywords = ",".join(article.tags)
    article_tags = "\n".join(f'<meta property="article:tag" content="{e(t)}" />'
                             for t in article.tags)
    modified_c = datetime.fromtimestamp(modified, visit.tzinfo).isoformat()
    page.html = f"""<!doctype html>
<html dir='rtl' lang="ar">
<head>
<meta charset='utf-8' />
<meta property="og:type" content="article" />
<meta name="twitter:card" content="summary" />
<meta name="description" content="{desc}" />
<meta property="og:description" content="{desc}" />
<meta name="twitter:description" content="{desc}" />
{og_image}<meta property="og:updated_time" content="{int(modified)}" />
<meta property="article:section" content="{e(article.section)}" />
<meta property="article:published_time" content="{moment.isoformat()}" />
<meta property="article:modified_time" content="{modified_c}" />
<meta name="keywords" content="{e(keywords)}" />
{article_tags}
<meta property="og:title" content="{e(article.headline)}" />
<meta property="og:url" content="{e(url)}" />
<meta property="og:site_name" content="{SITE}" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="canonical" href="{e(url)}" />
<title>{e(article.headline)} - {SITE}</title>
<link rel="alternate" type="application/rss+xml" title="{SITE} أخبار" href="{HOST}/feed/news/rss/" />
<link  rel="stylesheet" media="all" property="stylesheet" type="text/css" href="{HOST}/e107_web/lib/bootstrap/3/css/bootstrap.min.css?1716201130" />
<link  rel="stylesheet" media="all" property="stylesheet" type="text/css" href="{HOST}/e107_web/lib/font-awesome/4.7.0/css/font-awesome.min.css?1716201130" />
<!-- footer_other_css -->
<link  rel="stylesheet" media="all" property="stylesheet" type="text/css" href="{HOST}/e107_web/js/core/all.jquery.css?1716201130" />
<link  rel="stylesheet" media="all" property="stylesheet" type="text/css" href="{HOST}/e107_web/css/e107.css?1716201130" />
<!-- footer_core_css -->
<link  rel="stylesheet" media="all" property="stylesheet" type="text/css" href="{HOST}/e107_plugins/social/css/fontello.css?1716201130" />
<!-- footer_plugin_css -->
<link  rel="stylesheet" media="all" property="stylesheet" type="text/css" href="{HOST}/e107_themes/sawt/style.css?1716201130" />
<link  rel="stylesheet" media="all" property="stylesheet" type="text/css" href="{HOST}/e107_themes/sawt/rtl.css?1716201130" />
<!-- footer_theme_css -->
<script type='text/javascript' src='{HOST}/e107_web/lib/jquery/3.6.0/jquery.min.js?1716201130'></script>
<link rel='icon' href='{HOST}/e107_themes/sawt/favicon.ico' type='image/x-icon' />
<link rel='shortcut icon' href='{HOST}/e107_themes/sawt/favicon.ico' type='image/xicon' />
</head>
<body id="page-top" class="jumbotron_sidebar_right"  >
<div class="navbar navbar-inverse navbar-fixed-top" role="navigation">
      <div class="container">
        <div class="navbar-header">
          <button type="button" class="navbar-toggle" data-toggle="collapse" data-target=".navbar-collapse">
            <span class="sr-only">Toggle navigation</span>
            <span class="icon-bar"></span>
            <span class="icon-bar"></span>
            <span class="icon-bar"></span>
          </button>
          <a class="navbar-brand" href="{HOST}/">{SITE}</a>
        </div>
        <div class="navbar-collapse collapse navbar-left">
            <ul class="nav navbar-nav nav-main">
{nav}
</ul>
             <ul class="nav navbar-nav navbar-right">
            <li><a href="{HOST}/signup.php">تسجيل</a></li>
            <li class="divider-vertical"></li>
            <li class="dropdown"><a class="dropdown-toggle" href="#" data-toggle="dropdown">دخول <strong class="caret"></strong></a></li>
        </ul>
        </div><!--/.navbar-collapse -->
      </div>
    </div>
<!--- Optional custom header template controlled by theme_shortcodes -->
<div class="container breadcrumb-container"><ol class="breadcrumb">
<li><a href="{HOST}/">الرئيسية</a></li><li><a href="{HOST}/news.php">الأخبار</a></li><li class="active"><a href="{HOST}/news.php?list.{cat_id}">{e(article.section)}</a></li>
</ol></div>
<!-- Page Content -->
    <div class="container">
        <div class="row">
               <div class="col-xs-12 col-md-8">
    <div class="view-item">
        <h2 class="news-title"><a href="{e(url)}">{e(article.headline)}</a></h2>
        <hr class="news-heading-sep">
             <div class="row">
                <div class="col-md-6"><small><i class='glyphicon glyphicon-user'></i> &nbsp;<a href='{HOST}/user.php?id.{user_id}'>{e(poster)}</a> &nbsp; <i class='glyphicon glyphicon-time'></i> &nbsp;{shown} </small></div>
                <div class="col-md-6 text-right options"><small><i class='glyphicon glyphicon-tags'></i> &nbsp;{tags} &nbsp; <i class='glyphicon glyphicon-folder-open'></i> &nbsp;<a  href='{HOST}/news.php?list.{cat_id}'>{e(article.section)}</a> </small></div>
            </div>
        <hr>
        <div class="body">
            {main_image}
             <p class="lead"></p>
              <div class="text-justify">
            {chr(10).join(paras[:cut])}
            </div>
            <div class="news-videos-1">
            </div>
            <br />
            <div class="row  news-images-1">
                <div class="col-md-6"></div>
                <div class="col-md-6"></div>
            </div>
            <div class="row news-images-2">
                <div class="col-md-6"></div>
                <div class="col-md-6"></div>
            </div>
           <div class="body-extended text-justify">
                {chr(10).join(paras[cut:])}
            </div>
        </div>
        <hr>
        <div class="options hidden-print ">
            <div class="btn-group">{comment_link}<a class="btn btn-default e-tip" href="{HOST}/print.php?news.{nid}" title="طباعة"><i class='glyphicon glyphicon-print'></i></a><div class="btn-group dropup social-share"><button class="btn btn-default dropdown-toggle" data-toggle="dropdown"><i class="fa fa-share-alt"></i> مشاركة <span class="caret"></span></button><ul class="dropdown-menu"><li><a class="e-tip social-share" target="_blank" title="فيسبوك" href="https://www.facebook.com/sharer.php?u={e(url)}"><i class="e-social-facebook"></i></a></li><li><a class="e-tip social-share" target="_blank" title="تويتر" href="https://twitter.com/intent/tweet?url={e(url)}"><i class="e-social-twitter"></i></a></li><li><a class="e-tip social-share" target="_blank" title="واتساب" href="whatsapp://send?text={e(url)}"><i class="e-social-whatsapp"></i></a></li></ul></div></div>
        </div>
    </div>
    <hr />
    <div class='e-related clearfix hidden-print'><hr><h4>مواضيع ذات صلة</h4><ul class='e-related'>{related}</ul></div>
    <hr>
    <ul class="pagination hidden-print">
              <li class="page-item"><a class="page-link" href="{HOST}/news.php">رجوع</a></li>
        </ul>
{comments}
             </div>
            <div id="sidebar" class="col-xs-12 col-md-4">
                {_panel("search", "بحث", f"<form class='form-inline' method='get' action='{HOST}/search.php'><div class='input-group'><input class='search form-control' type='text' name='q' size='20' value='' maxlength='50' placeholder='كلمة البحث' /><span class='input-group-btn'><button class='btn btn-default' type='submit' name='s' value='1'><i class='fa fa-search'></i></button></span></div></form>")}
{_panel("login", "تسجيل الدخول", f"<form method='post' action='{e(url)}' onsubmit='hashLoginPassword(this);return true' ><div class='form-group'><input class='form-control tbox login user' type='text' name='username' placeholder='اسم المستخدم' /></div><div class='form-group'><input class='form-control tbox login pass' type='password' name='userpass' placeholder='كلمة المرور' /></div><div class='checkbox'><label><input type='checkbox' name='autologin' value='1' /> تذكرني</label></div><button class='btn btn-primary button' type='submit' name='userlogin'>دخول</button> <a class='btn btn-default' href='{HOST}/signup.php'>تسجيل</a><p><small><a href='{HOST}/fpw.php'>نسيت كلمة المرور؟</a></small></p></form>")}
{_panel("other_news", OTHER_CAPTION, f"<div id='otherNews' data-interval='false' class='carousel slide othernews-block'><div class='carousel-inner'>{other_items}</div></div>")}
{_panel("news_latest", "آخر الأخبار", f'<ul class="nav nav-list news-menu-latest">{latest_items}</ul>')}
{_panel("poll", "استطلاع رأي", f"<form method='post' action='{e(url)}' id='poll_menu'><div class='poll-question'><strong>{POLL_Q}</strong></div>{poll_opts}<div class='poll-button'><button type='submit' class='btn btn-primary button' name='pollvote'>تصويت</button></div><div class='poll-total'><small>عدد الأصوات: {POLL_VOTES[n]}</small></div></form>")}
{_panel("online_extended", "المتواجدون الآن", f"<ul class='list-unstyled online-menu'><li>ضيوف: {guests}</li><li>أعضاء: {members}</li><li>أكبر تواجد: {record}</li><li>عدد الأعضاء: {total}</li><li>أحدث الأعضاء: <a href='{HOST}/user.php?id.{int(total) + 3}'>{newest}</a></li></ul>")}
            </div>
      </div>
    </div>
<!-- Footer -->
<footer>
    <div class="container">
        <div class="row">
            <div>
                <div class="col-lg-6">
                    <ul class="nav navbar-nav nav-footer">
{footer_nav}
</ul>
                </div>
                <div class="col-lg-6 text-right">
                    <p class="xurl-social-icons hidden-print"><a rel="external" href="https://www.facebook.com/sawtaljanoub" class="e-tip social-icon social-facebook" title="Facebook"><span class="fa fa-facebook fa-2x"></span></a> <a rel="external" href="https://twitter.com/sawtaljanoub" class="e-tip social-icon social-twitter" title="Twitter"><span class="fa fa-twitter fa-2x"></span></a></p>
                </div>
            </div>
            <div>
                <div id="sitedisclaimer" class="col-lg-12 text-center">
                    <small >{disclaimer}<br />Proudly powered by <a href="https://e107.org">e107 Bootstrap CMS</a> which is released under the terms of the GNU GPL License.</small>
                </div>
            </div>
        </div>     <!-- /row -->
    </div> <!-- /container -->
</footer>
<script type='text/javascript' src='{HOST}/e107_web/lib/bootstrap/3/js/bootstrap.min.js?1716201130'></script>
<script type='text/javascript' src='{HOST}/e107_web/js/core/front.jquery.js?1716201130'></script>
<script type='text/javascript' src='{HOST}/e107_web/js/core/all.jquery.js?1716201130'></script>
<script type='text/javascript'>
var e107 = e107 || {{'settings': {{}}, 'behaviors': {{}}}};
jQuery.extend(e107.settings, {{"basePath":"\\/"}});
$('.e-tip').tooltip({{container: 'body'}});
</script>
<!-- 0.1872 / 0.0361 / 4.1 MB -->
</body>
</html>
"""
    return page
