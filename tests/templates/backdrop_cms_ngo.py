"""An Egyptian civil-society organisation's news on Backdrop CMS 1.x ("مؤسسة ضفاف للتنمية
وحقوق الإنسان", Cairo), a node of the core "post" type as the Basis theme serves it inside the
Basis copy of the Moscone Flipped layout. The head is Backdrop's own: `<meta charset>`, the
shortcut icon, viewport, `Generator` "Backdrop CMS 1 (https://backdropcms.org)", canonical and
shortlink, a few Metatag (contrib) tags (description, og:site_name/title/url/description/type,
og:image on page 1; no published time, no JSON-LD), the aggregated `files/css/css_*.css` and
`files/js/js_*.js` files and the `window.Backdrop = {settings: ...}` script; `<title>` is
"headline | site". The body (`html not-front logged-out page-node page-node-<nid>` and Basis'
`update-*` classes) holds `div.layout--moscone-flipped.layout`: `#skip-link`, `header.l-header`
with the system header block (`header-identity-wrapper`, site name in `<strong>`, slogan) and
the main menu block (the Basis menu toggle, `ul.menu-dropdown`), then `div.l-wrapper`:
`div.l-top` with the breadcrumb block (`nav.breadcrumb` > `ol`), `div.l-wrapper-inner` with
`div.l-page-title` (`h1.page-title` = headline), `div.l-middle.row` with `main.l-content` and
`div.l-sidebar`. The main-content block prints no wrapper (block--system--main.tpl.php), so the
node `article.node.node-post.view-mode-full` sits straight in `main`: `<footer><p
class="submitted">أرسلها <user> في <date></p></footer>` (the default medium format "D, m/d/Y -
H:i", month first, localised weekday, site time Africa/Cairo with summer time), `div.content`
with `field-name-body` (`field-item even`), `field-name-field-tags` ("الوسوم:" label above) and,
on page 2, a file field. Page 1: a CKEditor captioned image (`figure.caption.caption-img`) inside
the body, a bolded phrase, an `<h3>` subheading (text), two comments and the comment form.
Page 2: a statement posted at 00:50 summer time by the "إعلام المؤسسة" account (no writer named),
an inline link, a PDF attachment, comments closed. Page 3: an embedded YouTube iframe between
paragraphs, one comment and the form. Below the node a views block "قد يهمك أيضا" (the related
titles); the sidebar has the search form, a "أحدث الأخبار" views block (titles and short dates),
an "عن المؤسسة" text block and a follow block; `footer.l-footer` has the footer menu, the
address/copyright block and Basis' "Powered by Backdrop CMS" block. All of that is chrome."""

from __future__ import annotations

from datetime import timedelta

from .base import Article, Page, e

NAME = "backdrop_cms_ngo"
HELD_OUT = True
SET = "unseen27"
FAMILY = "Backdrop CMS 1.x Basis theme NGO post: moscone-flipped layout, submitted line with month-first medium date, body/tags fields, views blocks, comments"
HOST = "https://backdrop-ngo.example"
SITE = "مؤسسة ضفاف للتنمية وحقوق الإنسان"
SLOGAN = "من أجل مجتمع عادل ومشاركة حقيقية"
DAYS = ("إثنين", "ثلاثاء", "أربعاء", "خميس", "جمعة", "سبت", "أحد")
MENU = (("/", "الرئيسية"), ("/about", "من نحن"), ("/programs", "برامجنا"),
        ("/news", "الأخبار"), ("/reports", "تقارير ودراسات"), ("/contact", "اتصل بنا"))
SECTIONS = {"أخبار المؤسسة": "news", "بيانات": "statements", "فعاليات": "events"}
USERS = {1: ("mona-abdelhamid", "منى عبد الحميد"), 2: ("media-team", "إعلام المؤسسة"),
         3: ("karim-elshazly", "كريم الشاذلي")}
RECENT = ("بدء التسجيل في منحة دعم المبادرات الشبابية بالصعيد",
          "تقرير ربع سنوي: مؤشرات الوصول إلى خدمات الصحة الإنجابية",
          "قافلة قانونية مجانية لاستخراج الأوراق الثبوتية في الفيوم",
          "لقاء تشاوري مع المجالس المحلية حول موازنة المشاركة",
          "المؤسسة تنعى الناشطة الحقوقية سعاد منصور")
ABOUT = ("مؤسسة أهلية مصرية مشهرة برقم 4812 لسنة 2009، تعمل في مجالات التنمية المجتمعية "
         "وحقوق الإنسان وتمكين النساء والشباب في محافظات الصعيد.")
FOLLOW = (("https://www.facebook.com/dafaf.ngo", "فيسبوك"), ("https://x.com/dafaf_ngo", "إكس"),
          ("https://www.youtube.com/@dafafngo", "يوتيوب"))
FOOTER_MENU = (("/privacy", "سياسة الخصوصية"), ("/volunteer", "تطوع معنا"),
               ("/donate", "ادعم عملنا"), ("/rss.xml", "RSS"))
ADDRESS = "12 شارع قصر النيل، وسط البلد، القاهرة — هاتف: 0223945510"
CAPTION_FILE = "minya-training-2024.jpg"
BOLD = {1: (2, "منصة مصر الرقمية")}
LINKED = {2: (1, "نتائج الحصر الأولي", "/reports/aswan-floods-2024")}
SUBHEAD = {1: 3}  # paragraph index printed as <h3>
FIGURE_BEFORE = {1: 1}
VIDEO_AFTER = {3: 2}
COMMENTS = {
    1: (("أم ياسين", 95, "ربنا يبارك فيكم، بنتي اتسجلت في مجموعة البرجاية والبداية ممتازة."),
        ("حسام رجب", 310, "هل يوجد برنامج مماثل لقرى مركز ملوي؟")),
    3: (("د. نادية فهمي", 240, "ملتقى مهم، وأتمنى نشر أوراق الجلسات كاملة على الموقع."),),
}
FORM = ("أضف تعليقًا جديدًا", "اسمك", "البريد الإلكتروني", "التعليق", "حفظ", "معاينة",
        "لن يظهر المحتوى في هذا الحقل للعامة.")
FORM_TEXT = (*FORM[:4], FORM[6])  # the buttons' labels are input values, not text
ATTACH = ("بيان-سيول-أسوان-أغسطس-2024.pdf", "(214.6 كيلوبايت)")


def _medium(moment) -> str:
    """Backdrop's default medium date 'D, m/d/Y - H:i', weekday translated."""
    return f"{DAYS[moment.weekday()]}, {moment:%m/%d/%Y - %H:%M}"


def _short(moment) -> str:
    return f"{moment:%m/%d/%Y - %H:%M}"


def _body(article: Article, n: int) -> str:
    paras = [article.lead, *article.paragraphs]
    out = []
    for k, text in enumerate(paras):
        if FIGURE_BEFORE.get(n) == k:
            out.append(f'<figure class="caption caption-img align-center"><img '
                       f'src="{HOST}/files/inline-images/{CAPTION_FILE}" data-file-id="{818 + n}" '
                       f'width="800" height="533" alt="{e(article.caption)}" />'
                       f'<figcaption>{e(article.caption)}</figcaption></figure>')
        html = e(text)
        if n in BOLD and BOLD[n][0] == k:
            html = html.replace(BOLD[n][1], f"<strong>{BOLD[n][1]}</strong>")
        if n in LINKED and LINKED[n][0] == k:
            words, path = LINKED[n][1], LINKED[n][2]
            html = html.replace(words, f'<a href="{HOST}{path}">{words}</a>')
        out.append(f"<h3>{html}</h3>" if SUBHEAD.get(n) == k else f"<p>{html}</p>")
        if VIDEO_AFTER.get(n) == k:
            out.append('<p><iframe width="560" height="315" '
                       'src="https://www.youtube.com/embed/q7Zr2LmVx0c" title="YouTube video '
                       'player" frameborder="0" allowfullscreen=""></iframe></p>')
    return "\n".join(out)


def _comments(page: Page, article: Article, n: int) -> str:
    if n not in COMMENTS:
        return ""
    items = []
    for k, (who, minutes, text) in enumerate(COMMENTS[n]):
        when = article.moment + timedelta(minutes=minutes)
        page.add(who, _medium(when), text, "رد")
        items.append(f"""<a id="comment-{2300 + 10 * n + k}"></a>
<article class="comment comment-by-anonymous {'odd' if k % 2 == 0 else 'even'} clearfix" role="article">
    <header class="comment-header">
    <div class="attribution">
      <div class="submitted">
        <p class="commenter-name"><span class="username">{e(who)} (غير مُتحقق)</span></p>
      </div>
    </div> <!-- /.attribution -->
  </header> <!-- /.comment-header -->

  <div class="comment-text">

    <div class="comment-title comment-title-hidden">
      <span class="comment-time">{_medium(when)}</span>
      <a class="comment-permalink" href="/comment/{2300 + 10 * n + k}#comment-{2300 + 10 * n + k}"></a>
    </div>

    <div class="content">
      <div class="field field-name-comment-body field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even"><p>{e(text)}</p></div></div></div>    </div> <!-- /.content -->

    <footer class="comment-footer">
      <nav><ul class="links inline"><li class="comment-reply first last"><a href="/comment/reply/{article.slug}/{2300 + 10 * n + k}">رد</a></li></ul></nav>
    </footer> <!-- /.comment-footer -->

  </div> <!-- /.comment-text -->
</article>""")
        page.add(f"{who} (غير مُتحقق)")
    page.add("التعليقات", *FORM_TEXT)
    return f"""
    <section class="comments">
              <h2 class="title">التعليقات</h2>
        {chr(10).join(items)}

              <h2 class="title comment-form">{FORM[0]}</h2>
        <form class="comment-form user-info-from-cookie" action="/comment/reply/{article.slug}" method="post" id="comment-form" accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-name">
  <label for="edit-name">{FORM[1]} </label>
 <input type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" />
</div>
<div class="form-item form-type-email form-item-mail">
  <label for="edit-mail">{FORM[2]} </label>
 <input type="email" id="edit-mail" name="mail" value="" size="30" maxlength="64" class="form-email" />
<div class="description">{FORM[6]}</div>
</div>
<div class="field-type-text-long field-name-comment-body field-widget-text-textarea form-wrapper" id="edit-comment-body"><div class="form-item form-type-textarea form-item-comment-body-und-0-value">
  <label for="edit-comment-body-und-0-value">{FORM[3]} <span class="form-required" title="هذا الحقل مطلوب.">*</span></label>
 <div class="form-textarea-wrapper"><textarea class="text-full form-textarea required" id="edit-comment-body-und-0-value" name="comment_body[und][0][value]" cols="60" rows="5"></textarea></div>
</div>
</div><input type="hidden" name="form_build_id" value="form-{article.slug}Xq1bT0aPz" />
<input type="hidden" name="form_id" value="comment_node_post_form" />
<div class="form-actions" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="{FORM[4]}" class="button-primary form-submit" /><input type="submit" id="edit-preview" name="op" value="{FORM[5]}" class="form-submit" /></div></div></form>    </section>"""


def _li(items: list[str]) -> str:
    last = len(items) - 1
    return "\n".join(f'<li class="{"first" if k == 0 else ""}{" last" if k == last else ""}'
                     f' leaf">{item}</li>'.replace('class=" ', 'class="')
                     for k, item in enumerate(items))


def _views(rows: list[str], view: str) -> str:
    count = len(rows)
    out = []
    for k, row in enumerate(rows, 1):
        cls = f"views-row views-row-{k} views-row-{'odd' if k % 2 else 'even'}"
        cls += " views-row-first" if k == 1 else ""
        cls += " views-row-last" if k == count else ""
        out.append(f'          <li class="{cls}">{row}</li>')
    return f"""<div class="view view-{view} view-id-{view.replace('-', '_')} view-display-id-block view-dom-id-{"7c1e04b9" if view == "recent-posts" else "d35a82f0"}a1c">
      <div class="view-content">
      <div class="item-list">    <ul>
{chr(10).join(out)}
      </ul></div>    </div>
</div>"""


def render(article: Article, n: int) -> Page:
    moment = article.moment
    nid = article.slug
    url = f"{HOST}/{SECTIONS[article.section]}/{nid}"
    shown = _medium(moment)
    page = Page(url=url, html="", shown_date=shown)
    login, user = USERS[n]
    submitted = f"أرسلها {user} في {shown}"
    page.add(SITE, SLOGAN, "القائمة", *(label for _, label in MENU), "الرئيسية", article.section,
             submitted, user, "الوسوم:", *article.tags)
    active = ' class="active"'
    menu = _li([f'<a href="{path}"{active if path == "/news" else ""}>{label}</a>'
                for path, label in MENU])
    tags = "".join(f'<div class="field-item {"even" if k % 2 == 0 else "odd"}"><a href="/tags/'
                   f'{e(t.replace(" ", "-"))}">{e(t)}</a></div>'
                   for k, t in enumerate(article.tags))
    attach = ""
    if n == 2:
        page.add(" ".join(ATTACH), "مرفقات:")
        attach = f"""<div class="field field-name-field-attachments field-type-file field-label-above"><div class="field-label">مرفقات:&nbsp;</div><div class="field-items"><div class="field-item even"><span class="file"><img class="file-icon" alt="PDF icon" title="application/pdf" src="{HOST}/core/modules/file/icons/application-pdf.png" /> <a href="{HOST}/files/statements/{ATTACH[0]}" type="application/pdf; length=219750">{ATTACH[0]}</a> {ATTACH[1]}</span></div></div></div>"""
    page.add("قد يهمك أيضا", *article.related)
    related = _views([f'<div class="views-field views-field-title">        <span class="field-content">'
                      f'<a href="/news/{int(nid) - 7 * (k + 1)}">{e(t)}</a></span>  </div>'
                      for k, t in enumerate(article.related)], "related-posts")
    recent_rows = []
    for k, title in enumerate(RECENT[n - 1:] + RECENT[:n - 1]):
        when = moment - timedelta(days=3 + 5 * k, hours=2 * k)
        page.add(title, _short(when))
        recent_rows.append(f'<div class="views-field views-field-title">        <span class="field-'
                           f'content"><a href="/news/{int(nid) - 2 - k}">{e(title)}</a></span>  </div>\n'
                           f'  <div class="views-field views-field-created">        <span class="field-'
                           f'content">{_short(when)}</span>  </div>')
    page.add("بحث", "أحدث الأخبار", "عن المؤسسة", ABOUT, "اقرأ المزيد عنا", "تابعونا",
             *(label for _, label in FOLLOW), *(label for _, label in FOOTER_MENU), ADDRESS,
             f"© {moment.year} {SITE}. جميع الحقوق محفوظة.", "Powered by Backdrop CMS")
    if n == 1:
        page.add(article.caption)
    comments = _comments(page, article, n)
    plain = " ".join([article.lead, *article.paragraphs])
    desc = plain[:240].rsplit(" ", 1)[0] + "…"
    og_image = (f'<meta property="og:image" content="{HOST}/files/inline-images/{CAPTION_FILE}" />\n'
                if n == 1 else "")
    css = ("5Hq0bK3_nW8xT1vZ", "5Hq0bK3_nW8xT1vZ", "rA9dE2mQ7cY4uL0s")[n - 1]
    js = ("Qm2pX7_kF3wL9tDe", "Qm2pX7_kF3wL9tDe", "b8Ns4Vj1oT6yGhZr")[n - 1]
    follow = _li([f'<a href="{href}" rel="nofollow">{label}</a>' for href, label in FOLLOW])
    footer_menu = _li([f'<a href="{path}">{label}</a>' for path, label in FOOTER_MENU])
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
  <head>
    <meta charset="utf-8" />
<link rel="shortcut icon" href="{HOST}/files/favicon_0.png" type="image/png" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="description" content="{e(desc)}" />
<meta name="Generator" content="Backdrop CMS 1 (https://backdropcms.org)" />
<link rel="canonical" href="{url}" />
<link rel="shortlink" href="{HOST}/node/{nid}" />
<meta property="og:site_name" content="{SITE}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:title" content="{e(article.headline)}" />
<meta property="og:description" content="{e(desc)}" />
{og_image}    <title>{e(article.headline)} | {SITE}</title>
    <link rel="stylesheet" href="{HOST}/files/css/css_{css}Ae3vQ.css" media="all" />
<link rel="stylesheet" href="{HOST}/files/css/css_Wb7fN1xHk2oPq_rtl3LmC9dY.css" media="all" />
<link rel="stylesheet" href="{HOST}/files/css/css_tD0gU8aHs5Kc1ZxIy4MwVe.css" media="all" />
<link rel="stylesheet" href="{HOST}/files/css/css_jL3nR6Qp0vYb9XcA2sTk.css" media="all and (min-width: 48em)" />
    <script>window.Backdrop = {{settings: {{"basePath":"\\/","pathPrefix":"","drupalCompatibility":true,"jsEnabledClass":"js","ajaxPageState":{{"theme":"basis","theme_token":"kV2-{nid}xPqT9s","js":{{"core\\/misc\\/jquery.js":1,"core\\/misc\\/backdrop.js":1,"core\\/themes\\/basis\\/js\\/script.js":1}}}}}}}};</script>
<script src="{HOST}/files/js/js_{js}Rw1c.js"></script>
<script src="{HOST}/files/js/js_pY3cV0nL8sKq2ZmBd5TxE.js"></script>
  </head>
  <body class="html not-front logged-out page-node page-node-{nid} update-1-23 update-1-28-4 update-1-30 update-1-31-5">
    <div class="layout--moscone-flipped layout">
  <div id="skip-link">
    <a href="#main-content" class="element-invisible element-focusable">التجاوز إلى المحتوى الرئيسي</a>
  </div>
      <header class="l-header" role="banner" aria-label="ترويسة الموقع">
      <div class="l-header-inner container container-fluid">
        <div class="block block-system-header">
  <div class="block-content">
  <div class="header-identity-wrapper">
              <div class="header-site-name-wrapper">
                    <a href="/" title="الرئيسية" class="header-site-name-link" rel="home">
                          <div class="header-logo-wrapper">
                <img src="{HOST}/files/dafaf-logo.png" alt="الرئيسية" class="header-logo"  width="120" height="64" />
              </div>
                                      <strong>{SITE}</strong>
                      </a>
        </div>
                    <div class="header-site-slogan">{SLOGAN}</div>
        </div>
  </div>
</div>
<nav class="block block-system-main-menu block-menu" role="navigation">
  <div class="block-content">
    <input id="menu-toggle-state" class="menu-toggle-state element-invisible" type="checkbox" aria-controls="menu-toggle-state" /><label class="menu-toggle-button" for="menu-toggle-state">القائمة<span class="menu-toggle-button-icon"></span><span class="menu-toggle-assistive-text element-invisible">إظهار/إخفاء القائمة</span></label><ul class="menu-dropdown menu" data-menu-style="dropdown" data-clickdown="0" data-collapse="default" data-menu-toggle-id="menu-toggle-state">{menu}
</ul>  </div>
</nav>
      </div>
    </header>
  <div class="l-wrapper">
          <div class="l-top">
        <div class="block block-system-breadcrumb">
  <div class="block-content">
    <nav class="breadcrumb" aria-label="توجيه الموقع"><ol><li><a href="/">الرئيسية</a></li><li><a href="/{SECTIONS[article.section]}">{article.section}</a></li></ol></nav>  </div>
</div>
      </div>
    <div class="l-wrapper-inner container container-fluid">
      <div class="l-page-title">
        <a id="main-content"></a>
                          <h1 class="page-title">{e(article.headline)}</h1>
                      </div>
      <div class="l-middle row">
        <main class="l-content col-md-9" role="main" aria-label="المحتوى الرئيسي">
          <article id="node-{nid}" class="node node-post node--type-post view-mode-full node--view-mode-full promoted clearfix">
      <footer>
            <p class="submitted">أرسلها <a href="/users/{login}" title="عرض ملف المستخدم." class="username">{user}</a> في {shown}</p>
    </footer>
  <div class="content">
    <div class="field field-name-body field--name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even">{_body(article, n)}
</div></div></div>{attach}<div class="field field-name-field-tags field--name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">الوسوم:&nbsp;</div><div class="field-items">{tags}</div></div>  </div>
  {comments}
</article>
<div class="block block-views-related-posts-block">
  <h2 class="block-title">قد يهمك أيضا</h2>
  <div class="block-content">
    {related}  </div>
</div>
        </main>
        <div class="l-sidebar l-sidebar-first col-md-3">
          <div class="block block-search-form">
  <div class="block-content">
    <form class="search-block-form" action="/search/node" method="post" id="search-block-form" accept-charset="UTF-8" role="search"><div><div class="container-inline">
      <h2 class="element-invisible">نموذج البحث</h2>
    <div class="form-item form-type-search form-item-search-block-form">
  <label class="element-invisible" for="edit-search-block-form--2">بحث </label>
 <input title="أدخل الكلمات التي تريد البحث عنها." placeholder="بحث" type="search" id="edit-search-block-form--2" name="search_block_form" value="" size="15" maxlength="128" class="form-search" />
</div>
<div class="form-actions" id="edit-actions--2"><input type="submit" id="edit-submit--2" name="op" value="بحث" class="form-submit" /></div><input type="hidden" name="form_id" value="search_block_form" />
</div>
</div></form>  </div>
</div>
<div class="block block-views-recent-posts-block">
  <h2 class="block-title">أحدث الأخبار</h2>
  <div class="block-content">
    {_views(recent_rows, "recent-posts")}  </div>
</div>
<div class="block block-block-about-dafaf">
  <h2 class="block-title">عن المؤسسة</h2>
  <div class="block-content">
    <p>{ABOUT}</p>
<p><a href="/about">اقرأ المزيد عنا</a></p>
  </div>
</div>
<div class="block block-block-follow-us">
  <h2 class="block-title">تابعونا</h2>
  <div class="block-content">
    <ul>{follow}</ul>
  </div>
</div>
        </div>
      </div><!-- /.l-middle -->
    </div><!-- /.l-wrapper-inner -->
  </div><!-- /.l-wrapper -->
      <footer class="l-footer"  role="footer">
      <div class="l-footer-inner container container-fluid">
        <nav class="block block-system-footer-menu block-menu" role="navigation">
  <div class="block-content">
    <ul class="menu">{footer_menu}
</ul>  </div>
</nav>
<div class="block block-block-footer-address">
  <div class="block-content">
    <p>{ADDRESS}</p>
<p>© {moment.year} {SITE}. جميع الحقوق محفوظة.</p>
  </div>
</div>
<div class="block block-system-powered-by">
<div class="drop-lounging"></div>
  <div class="block-content">
    <span>Powered by <a href="https://backdropcms.org">Backdrop CMS</a></span><svg width="24" viewBox="0 0 256 256" class="icon icon--backdrop-logo" aria-hidden="true"><path d="M128 8a120 120 0 1 0 0 240a120 120 0 1 0 0-240z"/></svg>  </div>
</div>
      </div>
    </footer>
  </div><!-- /.layout--moscone-flipped -->
        <script src="{HOST}/files/js/js_fT9oW2gU5aKr8Dn1.js"></script>
  </body>
</html>
"""
    # The site's name, tag names and the one-word "رد" also occur in some stories' text: a
    # line the body holds is no evidence of chrome, so it is not listed.
    body = " ".join(article.body.split())
    page.chrome = [line for line in page.chrome if line not in body]
    return page
