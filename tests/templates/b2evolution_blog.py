"""A Jordanian civic-affairs blog ("حوار مدني") on b2evolution 7 with the stock
`bootstrap_blog_skin` (right sidebar, RTL), a single item page (`disp=single`) as the skin serves
it to a logged-out visitor at `/blog/<urltitle>`. The head: `<title>` "headline - حوار مدني",
the `b2evolution 7.2.5-stable` generator meta, description/keywords (the tags), the Open Graph
tags b2evo prints for an item (no published time, no JSON-LD), RSS/Atom/RSD links, jQuery and
Bootstrap from `rsc/ext/`, `bootstrap-b2evo_base.bmin.css` and the skin's `style.min.css`.
The body (`<body class="... rtl coll_3 disp_single ...">`) is `div.container` with the skin's
`<header class="row">`: the "Page Top" container (user links) and the "Header" container
(`widget_core_coll_title` h1 and `widget_core_coll_tagline`), the "Menu" container as
`ul.nav.nav-tabs` of `widget_core_basic_menu_link` items, then `<main>`: the
`item_prevnext_links` pager ("« title" / "title »"; the newest post has no next link), and the
`_item_block`: `div.evo_content_block > article.evo_post.evo_content_block` with
`div.evo_post_title > h1` and `div.small.text-muted > div.widget_core_item_info_line`
("نُشرت بواسطة <login span> بتاريخ 14 آذار 2024 في <category links>": the locale prints the
day with Levantine month names, and this line is the only date of the item on the page; page 2
was posted at 00:35 local time, so a UTC reader would be a day early). Then the "Item Single"
container: `widget_core_item_content` (`section.evo_post__full`: page 1 has the teaser image
`div.evo_post_images > figure.evo_image_block` with `figcaption.evo_image_legend`, then
`div.evo_post__full_text.clearfix` with the renderer's `<p>`s; page 2 links a phrase and bolds
another; page 3 has an `<h3>` subheading and a video plugin `div.videoblock` iframe), the
empty `widget_core_item_attachments`, `widget_core_item_tags` (`nav.small.post_tags`,
"الوسوم: a, b, c") and `widget_core_coll_related_post_list` ("تدوينات ذات صلة").
Page 1 names its writer (user "سلمى الحداد"); pages 2 and 3 are posted by the blog's
"هيئة التحرير" account (no person, author `-`). Feedback: `h3.evo_comment__list_title`
with the count ("تعليقان" / "3 تعليقات"), `article.evo_comment.panel` comments ("تعليق من:
<name>", `evo_comment_text`, footer "date @ time"), and the "أضف تعليقاً" form; page 3's
comments are closed ("التعليقات مغلقة لهذه التدوينة."). The `aside.col-md-3` sidebar holds
panels: `coll_search_form`, `coll_category_list` (with counts), `coll_post_list`
("أحدث التدوينات"), the Archives plugin (`widget_plugin_evo_Arch`, months with counts) and
`coll_xml_feeds`; the footer: a free-text widget, the footer line (©, "اتصل", "مساعدة", the
credits) and the "Powered by b2evolution" image. All of that is chrome."""

from __future__ import annotations

from datetime import timedelta

from .base import LEVANTINE, Article, Page, e

NAME = "b2evolution_blog"
HELD_OUT = True
SET = "unseen30"
FAMILY = "b2evolution 7 bootstrap_blog_skin item page: evo_post, item_info_line with Levantine date, item widgets (content, tags, related), evo_comment feedback and form, sidebar panels"
HOST = "https://b2evo-hiwar-madani.example"
BLOG = f"{HOST}/blog/"
SITE = "حوار مدني"
TAGLINE = "مدونة مستقلة في الشأن العام والحكم المحلي في الأردن"
VERSION = "7.2.5-stable"
SKIN = f"{HOST}/skins/bootstrap_blog_skin/"
URLTITLES = {1: "zarqa-budget-hearings", 2: "voter-lists-objections",
             3: "access-to-information-memo"}
EDITORS = {1: ("salma.haddad", "سلمى الحداد", 4), 2: ("hiwar_editor", "هيئة التحرير", 2),
           3: ("hiwar_editor", "هيئة التحرير", 2)}
CATEGORIES = (("local-governance", "شؤون البلديات", 18), ("elections", "الانتخابات والمشاركة", 11),
              ("access-to-info", "الحق في المعلومة", 7), ("rights", "حقوق وحريات", 9),
              ("notes", "دفتر الملاحظات", 5))
MENU = (("", "الرئيسية"), ("local-governance/", "شؤون البلديات"),
        ("elections/", "الانتخابات والمشاركة"), ("about", "عن المدونة"), ("contact", "تواصل معنا"))
EXTRA_CAT = {1: "notes"}
RECENT = ("جلسة المجلس البلدي في السلط تنتهي بلا نصاب للمرة الثالثة",
          "خريطة تفاعلية لمراكز الاقتراع في العاصمة",
          "ملاحظات أولية على مسودة نظام الجمعيات المعدل",
          "أسئلة مفتوحة حول عطاءات النقل العام في عمّان",
          "لماذا لا تنشر البلديات محاضر جلساتها؟",
          "حصاد أسبوع: ثلاث قضايا تستحق المتابعة")
PREVNEXT = {1: ("ورقة نقاش: نحو لامركزية لا تقتصر على الانتخاب", "كيف تقرأ موازنة بلديتك في عشر دقائق؟"),
            2: ("لجان الأحياء في إربد تطالب بنشر عقود النظافة", "خريطة تفاعلية لمراكز الاقتراع في العاصمة"),
            3: ("حصاد أسبوع: ثلاث قضايا تستحق المتابعة", "")}
COMMENTS = {
    1: (("أبو فراس", 95, "شاركت في الجلسة، والنقاش كان جادا، لكن الوقت المخصص للمداخلات لم يكفِ."),
        ("رنا م.", 610, "هل ستنشرون محضر الجلسة؟ نريد أن نعرف أي المقترحات سيؤخذ بها فعلا."),
        ("سلمى الحداد", 680, "سنتابع ذلك مع البلدية وننشر المحضر فور حصولنا عليه.")),
    2: (("محمد العمري", 540, "جربت خدمة الرسائل النصية ووصلني الرد خلال دقيقة، شكرا على التوضيح."),
        ("هالة", 1020, "اسم والدتي غير موجود رغم أنها صوتت في الانتخابات الماضية، ما العمل؟")),
    3: (),
}
ARCHIVE_COUNTS = (4, 3, 5, 2, 6, 3)
FORM_LINES = ("أضف تعليقاً", "الاسم", "البريد الإلكتروني", "موقعك على الإنترنت", "التعليق",
              "لن يُعرض بريدك الإلكتروني على هذا الموقع.", "سيُعرض رابط موقعك مع تعليقك.",
              "تذكّر اسمي وبريدي الإلكتروني ورابط موقعي",
              "تخضع التعليقات للمراجعة قبل نشرها.")
CLOSED = "التعليقات مغلقة لهذه التدوينة."
FREE_TEXT = "حوار مدني مساحة مستقلة لا تتبع أي جهة حكومية أو حزبية، والآراء المنشورة تعبر عن كتّابها."
SIDEBAR_TITLES = ("بحث", "التصنيفات", "أحدث التدوينات", "الأرشيف", "خلاصات XML")


def _date(moment) -> str:
    return f"{moment.day} {LEVANTINE[moment.month - 1]} {moment.year}"


def _comments_title(count: int) -> str:
    return {1: "تعليق واحد", 2: "تعليقان"}.get(count, f"{count} تعليقات")


def _paragraphs(article: Article, n: int) -> str:
    paras = [e(p) for p in (article.lead, *article.paragraphs)]
    out = []
    for k, text in enumerate(paras):
        if n == 2 and k == 0:
            text = text.replace("أربعة عشر يوما", "<strong>أربعة عشر يوما</strong>")
        if n == 2 and k == 1:
            text = text.replace("موقعها الإلكتروني", '<a href="https://iec-jordan.example/voters"'
                                ' class="extlink" target="_new">موقعها الإلكتروني</a>')
        if n == 3 and text == "أبرز التعديلات المقترحة":
            out.append(f"<h3>{text}</h3>")
            continue
        out.append(f"<p>{text}</p>")
        if n == 3 and k == 1:
            out.append('<div class="videoblock"><iframe id="ytplayer" type="text/html" '
                       'width="560" height="315" src="//www.youtube.com/embed/Qm7tR2xLp0c" '
                       'allowfullscreen="allowfullscreen" frameborder="0"></iframe></div>')
    return "\n".join(out)


def _comment(pid: int, cid: int, name: str, when, text: str, user: bool) -> str:
    who = (f'<span class="login user nowrap" rel="bubbletip_user_4"><span '
           f'class="identity_link_username">{e(name)}</span></span>' if user else
           f'<span class="user anonymous" rel="bubbletip_comment_{cid}">{e(name)}</span>')
    return f"""<a id="c{cid}"></a><article class="evo_comment panel panel-default vs_published" id="comment_{cid}"><div class="panel-heading"><h4 class="evo_comment_title panel-title"><a href="{BLOG}{URLTITLES[pid]}#c{cid}" title="رابط دائم لهذا التعليق" class="evo_comment_type permalink_right" rel="nofollow">تعليق</a> من: {who} </h4></div><div class="panel-body"><span class="evo_comment_avatar"></span><div class="evo_comment_text"><p>{e(text)}</p></div><footer class="evo_comment_footer clear text-muted"><small><span class="pull-left">{_date(when)} @ {when:%H:%M}</span><div class="action_btn_group"><span class="btn-group"></span></div></small></footer></div></article>"""


def _form(post_id: int) -> str:
    f = FORM_LINES
    return f"""<!-- form to add a comment -->
<a id="form_p{post_id}"></a><div class="panel panel-default comment_form"><div class="panel-heading"><h3>{f[0]}</h3></div><div class="panel-body">
<form id="evo_comment_form_id_{post_id}" class="evo_form evo_comment_form bComment" method="post" action="{HOST}/htsrv/comment_post.php" enctype="multipart/form-data">
<input type="hidden" name="comment_item_ID" value="{post_id}" />
<input type="hidden" name="redirect_to" value="{BLOG}{URLTITLES.get(post_id, '')}" />
<div class="form-group" id="ffield_g"><label for="g" class="control-label col-sm-3">{f[1]}:</label><div class="controls col-sm-9"><input type="text" name="g" id="g" class="form_text_input form-control" maxlength="100" size="40" value="" /></div></div>
<div class="form-group" id="ffield_i"><label for="i" class="control-label col-sm-3">{f[2]}:</label><div class="controls col-sm-9"><input type="email" name="i" id="i" class="form_text_input form-control" maxlength="255" size="40" value="" /> <span class="help-inline">{f[5]}</span></div></div>
<div class="form-group" id="ffield_o"><label for="o" class="control-label col-sm-3">{f[3]}:</label><div class="controls col-sm-9"><input type="url" name="o" id="o" class="form_text_input form-control" maxlength="255" size="40" value="" /> <span class="help-inline">{f[6]}</span></div></div>
<div class="form-group" id="ffield_p"><label for="p" class="control-label col-sm-3">{f[4]}:</label><div class="controls col-sm-9"><textarea name="p" id="p" class="form_textarea_input form-control autocomplete_usernames" rows="10" cols="40"></textarea></div></div>
<div class="form-group" id="ffield_comment_cookies"><div class="controls col-sm-9 col-sm-offset-3"><label class="checkbox-inline"><input type="checkbox" name="comment_cookies" id="comment_cookies" value="1" checked="checked" /> {f[7]}</label></div></div>
<div class="form-group"><div class="controls col-sm-9 col-sm-offset-3"><p class="evo_comment_form__moderation">{f[8]}</p><input type="submit" name="submit_comment_post_{post_id}[preview]" class="preview btn-info btn" value="معاينة" /> <input type="submit" name="submit_comment_post_{post_id}[save]" class="submit SaveButton btn btn-primary" value="أرسل التعليق" /></div></div>
</form></div></div>"""


def _panel(wi_class: str, title: str, body: str) -> str:
    return (f'<div class="panel panel-default evo_widget widget_{wi_class}"><div class="panel-heading">'
            f'<h4 class="panel-title">{title}</h4></div><div class="panel-body">{body}</div></div>')


def _sidebar(n: int, moment) -> tuple[str, list[str]]:
    lines = list(SIDEBAR_TITLES)
    search = (f'<form action="{BLOG}" method="get" class="search compact_search_form"><div '
              'class="input-group"><input type="text" name="s" size="25" value="" class="search_'
              'field SearchField form-control" title="أدخل نصاً للبحث" /><span class="input-group-btn">'
              '<input type="submit" name="submit" class="search_submit submit btn btn-primary" '
              'value="ابحث" /></span></div><input type="hidden" name="disp" value="search" /></form>')
    cats = []
    for slug, label, count in CATEGORIES:
        count += n
        cats.append(f'<li><a href="{BLOG}{slug}/">{label}</a> <span class="notes">({count})</span></li>')
        lines += [label, f"({count})"]
    recent = [t for t in RECENT if t not in PREVNEXT[n]][n - 1:n + 4]
    lines += recent
    months = []
    for k, count in enumerate(ARCHIVE_COUNTS):
        year, month = moment.year, moment.month - k
        while month < 1:
            year, month = year - 1, month + 12
        label = f"{LEVANTINE[month - 1]} {year}"
        months.append(f'<li><a href="{BLOG}{year}/{month:02d}/" rel="nofollow">{label}</a> '
                      f'<span class="dimmed">({count})</span></li>')
        lines += [label, f"({count})"]
    lines += ["RSS 2.0", "Atom", "ما هي خلاصة RSS؟"]
    html = "\n".join((
        _panel("core_coll_search_form", SIDEBAR_TITLES[0], search),
        _panel("core_coll_category_list", SIDEBAR_TITLES[1],
               '<ul class="chapters_list">' + "".join(cats) + "</ul>"),
        _panel("core_coll_post_list", SIDEBAR_TITLES[2], "<ul>" + "".join(
            f'<li><a href="{BLOG}?p={300 + 17 * k}">{e(t)}</a></li>' for k, t in enumerate(recent))
            + "</ul>"),
        _panel("plugin_evo_Arch", SIDEBAR_TITLES[3], '<ul class="archive_list">' + "".join(months)
               + '</ul><a href="' + BLOG + '?disp=arcdir" class="btn btn-default btn-xs">…</a>'),
        _panel("core_coll_xml_feeds", SIDEBAR_TITLES[4],
               f'<ul><li><a href="{BLOG}?tempskin=_rss2" title="RSS 2.0">RSS 2.0</a></li>'
               f'<li><a href="{BLOG}?tempskin=_atom" title="Atom">Atom</a></li></ul>'
               '<div class="notes"><a href="https://b2evolution.net/man/what-is-rss">'
               "ما هي خلاصة RSS؟</a></div>")))
    return html, lines


def render(article: Article, n: int) -> Page:
    moment = article.moment
    post_id = int(article.slug)
    url = BLOG + URLTITLES[n]
    shown = _date(moment)
    page = Page(url=url, html="", shown_date=shown)
    _login, name, user_id = EDITORS[n]
    cat_slug = next(s for s, label, _ in CATEGORIES if label == article.section)
    cats = [(cat_slug, article.section)]
    if n in EXTRA_CAT:
        cats.append(next((s, label) for s, label, _ in CATEGORIES if s == EXTRA_CAT[n]))
    cat_links = ", ".join(f'<a href="{BLOG}{s}/" title="تصفح التصنيف">{label}</a>' for s, label in cats)
    info = f"نُشرت بواسطة {name} بتاريخ {shown} في {', '.join(label for _, label in cats)}"
    tags_line = "الوسوم: " + ", ".join(article.tags)
    page.add(SITE, TAGLINE, "تسجيل الدخول", "إنشاء حساب", *(label for _, label in MENU),
             *(t for t in PREVNEXT[n] if t), info, shown, name, tags_line, "تدوينات ذات صلة",
             *article.related)
    prev, nxt = PREVNEXT[n]
    pager = (f'<nav><ul class="pager"><li class="previous"><a href="{BLOG}?p={post_id - 9}">'
             f'&laquo; {e(prev)}</a></li>')
    if nxt:
        pager += f'<li class="next"><a href="{BLOG}?p={post_id + 7}">{e(nxt)} &raquo;</a></li>'
    pager += "</ul></nav>"
    images = ""
    if article.caption != "-":
        page.add(article.caption)
        src = f"{HOST}/media/blogs/hiwar/quick-uploads/p{post_id}/zarqa-hearing.jpg"
        images = (f'<div class="evo_post_images"><figure class="evo_image_block"><a href="{src}" '
                  f'rel="lightbox[p{post_id}]" id="link_{post_id * 3}"><img title="" alt="" '
                  f'src="{HOST}/media/blogs/hiwar/quick-uploads/p{post_id}/_evocache/'
                  'zarqa-hearing.jpg/fit-1280x720.jpg?mtime=1710400812" width="1280" height="720" '
                  f'class="img-responsive" /></a><figcaption class="evo_image_legend">'
                  f"{e(article.caption)}</figcaption></figure></div>")
    comments = COMMENTS[n]
    if comments:
        title = _comments_title(len(comments))
        page.add(title, "تعليق", "من:", *FORM_LINES)
        items = []
        for k, (who, minutes, text) in enumerate(comments):
            when = moment + timedelta(minutes=minutes)
            items.append(_comment(n, post_id * 10 + k, who, when, text, who == name))
            page.add(who, f"{_date(when)} @ {when:%H:%M}", text)
        feedback = (f'<a id="feedbacks"></a>\n<div class="clearfix"></div><h3 class="evo_comment__'
                    f'list_title">{title}</h3>\n\n' + "\n".join(items) + "\n\n" + _form(post_id))
    else:
        page.add(CLOSED)
        feedback = f'<div class="evo_comment_closed"><p class="alert alert-info">{CLOSED}</p></div>'
    side, side_lines = _sidebar(n, moment)
    page.add(*side_lines, FREE_TEXT, f"هذه المدونة ©{moment.year} بواسطة {SITE}", "اتصل",
             "مساعدة", "blog software", "web hosting")
    related = "".join(f'<li><a href="{BLOG}?p={post_id - 31 * (k + 1)}">{e(t)}</a></li>'
                      for k, t in enumerate(article.related))
    desc = e(article.lead[:160].rsplit(" ", 1)[0] + "…")
    og_image = (f'<meta property="og:image" content="{HOST}/media/blogs/hiwar/quick-uploads/p'
                f'{post_id}/zarqa-hearing.jpg" />\n\t' if images else "")
    menu = "\n".join(f'<li class="{"active " if path == f"{cat_slug}/" else ""}evo_widget '
                     f'widget_core_basic_menu_link"><a href="{BLOG}{path}">{label}</a></li>'
                     for path, label in MENU)
    page.html = f"""<!DOCTYPE html>
<html lang="ar-JO" dir="rtl">
<head>
	<meta charset="utf-8">
	<meta http-equiv="X-UA-Compatible" content="IE=edge">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<base href="{SKIN}">
	<meta name="robots" content="index,follow" />
	<title>{e(article.headline)} - {SITE}</title>
	<meta name="description" content="{desc}" />
	<meta name="keywords" content="{e(', '.join(article.tags))}" />
	<meta property="og:title" content="{e(article.headline)}" />
	<meta property="og:url" content="{url}" />
	<meta property="og:description" content="{desc}" />
	<meta property="og:site_name" content="{SITE}" />
	{og_image}<meta name="twitter:card" content="summary_large_image" />
	<meta name="generator" content="b2evolution {VERSION}" /> <!-- Please leave this for stats -->
	<link rel="canonical" href="{url}" />
	<link rel="alternate" type="application/rss+xml" title="RSS 2.0" href="{BLOG}?tempskin=_rss2" />
	<link rel="alternate" type="application/atom+xml" title="Atom" href="{BLOG}?tempskin=_atom" />
	<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{HOST}/xmlsrv/rsd.php?blog=3" />
	<script type="text/javascript" src="{HOST}/rsc/ext/jquery-3.4.1.min.js?v={VERSION}"></script>
	<script type="text/javascript" src="{HOST}/rsc/ext/bootstrap/js/bootstrap.min.js?v={VERSION}"></script>
	<link type="text/css" rel="stylesheet" href="{HOST}/rsc/ext/bootstrap/css/bootstrap.min.css?v={VERSION}" />
	<link type="text/css" rel="stylesheet" href="{HOST}/rsc/css/font-awesome.min.css?v={VERSION}" />
	<link type="text/css" rel="stylesheet" href="{HOST}/rsc/build/bootstrap-b2evo_base.bmin.css?v={VERSION}" />
	<link type="text/css" rel="stylesheet" href="{SKIN}style.min.css?v={VERSION}+7.2.5" />
	<script type="text/javascript">
	/* <![CDATA[ */
	var evo_init_datepicker = {{"selector":".form_date_input"}};
	var b2evo_item_ID = {post_id};
	/* ]]> */
	</script>
	<style type="text/css">
	body.rtl .evo_post__full_text {{ text-align: right; }}
	</style>
</head>

<body class="unknown_device unknown_browser rtl coll_3 disp_single posttype_post item_{post_id} loggedout">

<div class="container">


<header class="row">

	<div class="coll-xs-12 coll-sm-12 col-md-4 col-md-push-8">
		<div class="evo_container evo_container__page_top">
		<div class="evo_widget widget_core_user_links"><ul><li><a href="{HOST}/htsrv/login.php?redirect_to={url}" class="login_link">تسجيل الدخول</a></li><li><a href="{HOST}/htsrv/register.php?source=user_links" class="register_link">إنشاء حساب</a></li></ul></div>		</div>
	</div><!-- .col -->

	<div class="coll-xs-12 col-sm-12 col-md-8 col-md-pull-4">
		<div class="evo_container evo_container__header">
		<div class="evo_widget widget_core_coll_title"><h1><a href="{BLOG}">{SITE}</a></h1></div><div class="evo_widget widget_core_coll_tagline">{TAGLINE}</div>		</div>
	</div><!-- .col -->

</header><!-- .row -->


<nav class="row">

	<div class="col-md-12">
		<ul class="nav nav-tabs evo_container evo_container__menu">
		{menu}
		</ul>
	</div><!-- .col -->

</nav><!-- .row -->


<div class="row">

	<div class="col-md-9">

		<main><!-- This is were a link like "Jump to main content" would land -->

		<!-- ================================= START OF MAIN AREA ================================== -->

		{pager}

		<div class="evo_content_block">
<article id="item_{post_id}" class="evo_post evo_content_block evo_post__ptyp_post evo_post__published" lang="ar-JO">

	<header>
	<div class="evo_post_title"><h1>{e(article.headline)}</h1></div>
	<div class="small text-muted">
	<div class="evo_widget widget_core_item_info_line">نُشرت بواسطة <span class="login user nowrap" rel="bubbletip_user_{user_id}"><span class="identity_link_username">{name}</span></span> بتاريخ {shown} في {cat_links} </div>	</div>
		</header>

			<div class="evo_container evo_container__item_single">
		<div class="evo_widget widget_core_item_content"><section class="evo_post__full">{images}<div class="evo_post__full_text clearfix">
{_paragraphs(article, n)}
</div></section></div><div class="evo_widget widget_core_item_attachments"></div><div class="evo_widget widget_core_item_tags"><nav class="small post_tags">الوسوم: {", ".join(f'<a rel="tag" href="{BLOG}tag/{e(t)}">{e(t)}</a>' for t in article.tags)}</nav></div><div class="evo_widget widget_core_coll_related_post_list"><h3>تدوينات ذات صلة</h3><ul>{related}</ul></div>		</div>

	<footer>

		<nav class="post_comments_link">
				</nav>
	</footer>

	{feedback}

</article>

</div>
		</main>

	</div><!-- .col -->


	<aside class="col-md-3">
		<!-- =================================== START OF SIDEBAR =================================== -->
		<div class="evo_container evo_container__sidebar">
		{side}
		</div>

		<div class="evo_container evo_container__sidebar2">
				</div>
	</aside><!-- .col -->

</div><!-- .row -->


<footer class="row">

	<!-- =================================== START OF FOOTER =================================== -->
	<div class="col-md-12 center">

		<div class="evo_container evo_container__footer">
		<div class="evo_widget widget_core_free_html"><p>{FREE_TEXT}</p></div>		</div>

		<p>
			هذه المدونة ©{moment.year} بواسطة {SITE} &bull;
			<a href="{BLOG}?disp=msgform&amp;recipient_id=1&amp;redirect_to={url}" title="أرسل رسالة إلى مالك هذه المدونة..." class="contact_link">اتصل</a> &bull;  <a href="{BLOG}?disp=help" title="مساعدة">مساعدة</a>
			&bull; <a href="https://b2evolution.net/" title="b2evolution CMS">blog software</a> &bull; <a href="https://b2evolution.net/web-hosting/cheap-hosting/" title="Cheap hosting">web hosting</a> 		</p>

		<div class="powered_by">
	<a href="https://b2evolution.net/" title="Powered by b2evolution" target="_blank">
		<img src="{HOST}/rsc/img/powered-by-b2evolution-120t.gif" alt="Powered by b2evolution" width="120" height="32" border="0" />
	</a>
</div>	</div><!-- .col -->

</footer><!-- .row -->


</div><!-- .container -->


<script type="text/javascript">jQuery( function () {{ jQuery( '[data-toggle="tooltip"]' ).tooltip() }} )</script>
</body>
</html>
"""
    return page
