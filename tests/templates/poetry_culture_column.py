"""The culture pages of a Damascus literary monthly ("مجلة مدارات الثقافية") on Drupal 10
with a Bootstrap Barrio subtheme ("madarat"): columns and reviews on poetry whose text quotes
verses. The head: `<title>` "headline | مجلة مدارات الثقافية", metatag output (canonical,
shortlink, og:*, `article:published_time` in Drupal's `html_datetime` form "+0300" without the
colon, twitter card), the Drupal 10 Generator/MobileOptimized/HandheldFriendly metas, the
schema_metatag JSON-LD (`@graph` with one Article, pretty-printed), Barrio's extra
x-ua-compatible and second viewport meta, the aggregated `css_*.css?delta=N&language=ar&theme=
madarat&include=...` sheets. The body (`layout-one-sidebar layout-sidebar-second page-node-N
path-node node--type-article`): the skip link, Barrio's `#page-wrapper > #page > header#header`
with `nav#navbar-top` (today's date in Levantine months, the secondary menu, the search form)
and `nav#navbar-main` (branding block with slogan, the main menu with a visually hidden
heading), the breadcrumb region (`ol.breadcrumb` > `li.breadcrumb-item`), then
`main#content.main-content.col.order-first`: the page-title block (`h1.title` >
`span.field--name-title`), `article.node.node--type-article.node--view-mode-full` with the
section link and `<time datetime="...Z">` in UTC while the text is local +03:00 ("الأحد 14
نيسان 2024 - 10:30"; page 2 was posted at 00:40, so its UTC instant is the day before), the
column name, `field--name-field-writer` (inline label "بقلم", pages 1 and 3 only), the issue
field, the body (`clearfix text-formatted field field--name-body ...`), tags under "كلمات
مفتاحية" (Barrio's `<div class='field__items'>`), the statistics counter; then a share block,
`block-views-block-related-articles-block-1` ("مقالات ذات صلة", titles with dates) and, when
there is a writer, `block-views-block-writer-columns-block-1` ("مقالات أخرى للكاتب");
`#sidebar_second` holds the current issue, the most-read view and the newsletter form; the
footer has "عن المجلة", a footer menu and the copyright lines.
The verses: each quoted block is one body paragraph whose printed lines are joined by single
spaces. Page 1 (a column, CKEditor 5 markup) prints one verse on one line with "..." between
the hemistichs in `<p class="text-align-center"><strong>`, then two verses on two
`<br />`-separated lines; it bolds a name, links «واحر قلباه» inline and ends the body field
with the writer's bio line "* كاتب وناقد من سوريا..." (chrome). Page 2 (an unsigned review,
pasted from Word: `<p dir="RTL" style="text-align:justify">`) has the book cover as a
`figure.caption.caption-img` with figcaption after the lead, an `<h3>` subheading, one verse
block in a `<blockquote>` and one in `<p dir="RTL" style="text-align:center"><em>` with `<br>`
lines, then a "book card" text field (chrome). Page 3 (a heritage column) prints three
classical verses in a two-cell-per-row table (hemistich split with a tatweel "قيـ / ـسَ"),
Word footnote markers `<sup><a href="#_ftn1">[1]</a></sup>` after two paragraphs' last
stop, the footnotes under an `<hr>` (chrome) and the bio in its own field (chrome)."""

from __future__ import annotations

import json
from datetime import UTC, timedelta

from .base import LEVANTINE, Article, Page, e, rotate, weekday

NAME = "poetry_culture_column"
HELD_OUT = True
SET = "unseen13"
FAMILY = ("Drupal 10 + Bootstrap Barrio subtheme, a Syrian literary monthly: poetry columns and"
          " reviews quoting verses (centred br lines, blockquote, two-cell table), writer bio,"
          " footnotes, related and writer's-columns views blocks")
HOST = "https://madarat-thaqafia.example"
SITE = "مجلة مدارات الثقافية"
SLOGAN = "مجلة ثقافية شهرية تصدر في دمشق"
SKIP = "التجاوز إلى المحتوى الرئيسي"
TOP_MENU = (("من نحن", "about"), ("أسرة التحرير", "editorial-board"),
            ("الأعداد السابقة", "issues"), ("اتصل بنا", "contact"))
MAIN_MENU = (("الرئيسية", ""), ("ديوان مدارات", "poetry"), ("سرد", "fiction"), ("نقد", "criticism"),
             ("تراث", "turath"), ("إصدارات", "books"), ("مسرح وسينما", "stage-screen"),
             ("فنون تشكيلية", "visual-arts"), ("حوارات", "interviews"))
PATHS = dict(MAIN_MENU)
FOOTER_MENU = ("من نحن", "شروط النشر", "سياسة الخصوصية", "اتصل بنا")
ABOUT = ("مدارات مجلة ثقافية شهرية تعنى بالأدب والفكر والفنون، صدر عددها الأول في دمشق عام "
         "2009، وتنشر نسختها الرقمية مجانا.")
COPYRIGHT = "© 2024 مجلة مدارات الثقافية. جميع الحقوق محفوظة."
DISCLAIMER = "الآراء الواردة في المقالات تعبر عن وجهات نظر كتابها ولا تمثل بالضرورة رأي المجلة."
NEWSLETTER = ("النشرة البريدية", "اشترك ليصلك العدد الجديد من مدارات فور صدوره",
              "البريد الإلكتروني")
MOST_READ = (
    "نزار قباني في دمشق: البيت الذي صار متحفا", "عشر روايات سورية تركت أثرها في العقد الأخير",
    "الترجمة الأدبية بين الأمانة والخيانة الجميلة", "حوار مع ناقد شاب عن مستقبل قصيدة النثر",
    "معرض الكتاب في بغداد: أرقام وملاحظات", "المسرح القومي يستعيد «الملك هو الملك»",
    "الخط العربي في اللوحة المعاصرة", "شعراء المعلقات كما لم نقرأهم في المدرسة")
WRITER_COLUMNS = {
    1: ("البحتري وصورة الإيوان المهجور", "في مديح القراءة البطيئة",
        "هل يحتاج الشعر إلى منبر؟"),
    3: ("ابن الرومي وفن الهجاء الساخر", "المقامة بوصفها سردا عربيا أول",
        "خزائن الكتب في بغداد العباسية")}
# Per page: column, issue, view count, share/print, bio, book card.
COLUMN = {1: "نوافذ", 3: "مرايا التراث"}
ISSUE = {1: "211 – نيسان 2024", 2: "212 – أيار 2024", 3: "216 – أيلول 2024"}
VIEWS = {1: 1245, 2: 642, 3: 3817}
BIO = {1: "* كاتب وناقد من سوريا، صدر له «ظلال القصيدة» و«مدن الكلام».",
       3: "* أكاديمي وباحث من العراق، يدرّس الأدب العباسي في جامعة الكوفة."}
BOOK_CARD = ("الكتاب: ملح على نافذة الفرات (شعر)", "المؤلفة: سلمى الراوي",
             "الناشر: دار المنارة الجديدة – دمشق", "عدد الصفحات: 126 من القطع المتوسط")
FOOTNOTES = {3: ((0, "ديوان «سقط الزند»، طبعة دار صادر، بيروت."),
                 (2, "للتوسع ينظر: طه حسين، «تجديد ذكرى أبي العلاء»."))}
# (page, paragraph index) -> how the verse block is printed and its printed lines.
VERSES = {
    (1, 1): ("center", ("الخيلُ والليلُ والبيداءُ تعرفني ... والسيفُ والرمحُ والقرطاسُ والقلمُ",)),
    (1, 3): ("center", ("يا أعدلَ الناسِ إلا في معاملتي ... فيكَ الخصامُ وأنتَ الخصمُ والحكمُ",
                        "أنا الذي نظرَ الأعمى إلى أدبي ... وأسمعتْ كلماتي مَن به صممُ")),
    (2, 4): ("quote", ("كلَّ مساءٍ", "أفتحُ النافذةَ للنهرِ", "فيدخلُ حاملاً وجهَ أمي",
                       "ويخرجُ مالحاً كالدمع")),
    (2, 6): ("word", ("أيتها الشرفةُ", "لا تصدقي الياسمينَ", "فهو يبتسمُ للعابرين جميعاً",
                      "ولا يحفظُ أسماءَهم")),
    (3, 1): ("table", ("غيرُ مُجدٍ في ملّتي واعتقادي", "نوحُ باكٍ ولا ترنّمُ شادِ",
                       "وشبيهٌ صوتُ النعيِّ إذا قيـ", "ـسَ بصوتِ البشيرِ في كلِّ نادِ",
                       "خفّفِ الوطءَ ما أظنُّ أديمَ الـ", "أرضِ إلا من هذه الأجسادِ")),
}
SUBHEAD = {(2, 2)}
BOLD = {(1, 2): "سيف الدولة الحمداني"}
LINK = {(1, 5): ("«واحر قلباه»", "/ar/turath/3980")}
PARA_OPEN = {1: "<p>", 2: '<p dir="RTL" style="text-align:justify">',
             3: '<p style="text-align:justify">'}
LOCAL = timedelta(hours=3)


def _local(moment):
    return moment.astimezone(UTC) + LOCAL


def _day(moment) -> str:
    local = _local(moment)
    return f"{local.day} {LEVANTINE[local.month - 1]} {local.year}"


def _shown(moment) -> str:
    local = _local(moment)
    return f"{weekday(local)} {_day(moment)} - {local:%H:%M}"


def _verse(n: int, k: int, text: str) -> str:
    kind, lines = VERSES[(n, k)]
    if " ".join(lines) != text:
        raise ValueError(f"verse lines of page {n} paragraph {k} do not match the story")
    if kind == "center":
        return '<p class="text-align-center"><strong>' + "<br />\n".join(map(e, lines)) + (
            "</strong></p>")
    if kind == "quote":
        return '<blockquote>\n<p dir="RTL">' + "<br>\n".join(map(e, lines)) + "</p>\n</blockquote>"
    if kind == "word":
        return ('<p dir="RTL" style="text-align:center"><em>' + "<br>\n".join(map(e, lines))
                + "</em></p>")
    rows = "".join(f"""		<tr>
			<td style="width:50%">{e(a)}</td>
			<td style="width:50%">{e(b)}</td>
		</tr>
""" for a, b in zip(lines[::2], lines[1::2], strict=True))
    return (f'<table align="center" border="0" cellpadding="4" cellspacing="0" class="poem"'
            f' style="width:90%">\n	<tbody>\n{rows}	</tbody>\n</table>')


def _body(article: Article, n: int) -> str:
    out = []
    notes = dict(FOOTNOTES.get(n, ()))
    marks = {k: i for i, k in enumerate(notes, 1)}
    for k, text in enumerate((article.lead, *article.paragraphs)):
        if (n, k) in VERSES:
            out.append(_verse(n, k, text))
            continue
        if (n, k) in SUBHEAD:
            out.append(f"<h3>{e(text)}</h3>")
            continue
        html = e(text)
        if (n, k) in BOLD:
            words = e(BOLD[(n, k)])
            html = html.replace(words, f"<strong>{words}</strong>", 1)
        if (n, k) in LINK:
            words, href = LINK[(n, k)]
            html = html.replace(e(words), f'<a href="{href}">{e(words)}</a>', 1)
        if k in marks:
            i = marks[k]
            html += f'<sup><a href="#_ftn{i}" name="_ftnref{i}" title="">[{i}]</a></sup>'
        out.append(PARA_OPEN[n] + html + "</p>")
        if n == 2 and k == 0:
            out.append(f"""<figure role="group" class="caption caption-img align-left">
<img alt="{e(article.caption)}" data-entity-type="file" data-entity-uuid="5b1c0e3a-9f4d-4c2b-a1e7-{article.slug}0d2f6c11" src="/sites/default/files/inline-images/milh-cover.jpg" width="320" height="480" loading="lazy">
<figcaption>{e(article.caption)}</figcaption>
</figure>""")
    if n == 1:
        out.append(f"<p><em>{e(BIO[1])}</em></p>")
    if notes:
        out.append('<div>&nbsp;\n<hr align="right" size="1" width="33%" />')
        for i, text in enumerate(notes.values(), 1):
            out.append(f'<div id="ftn{i}">\n<p><a href="#_ftnref{i}" name="_ftn{i}" title="">'
                       f"[{i}]</a> {e(text)}</p>\n</div>")
        out.append("</div>")
    return "\n\n".join(out)


def _field(name: str, kind: str, label: str | None, items: list[str], inline=True) -> str:
    cls = f"field field--name-{name} field--type-{kind}"
    if label is None and len(items) == 1:
        return f'<div class="{cls} field--label-hidden field__item">{items[0]}</div>'
    inner = "\n".join(f'      <div class="field__item">{i}</div>' for i in items)
    if len(items) > 1:
        inner = f"    <div class='field__items'>\n{inner}\n    </div>"
    where = "inline clearfix" if inline else "above"
    return (f'<div class="{cls} field--label-{where}">\n    <div class="field__label">{label}'
            f"</div>\n{inner}\n  </div>")


def _block(bid: str, cls: str, title: str, content: str, attrs: str = "") -> str:
    """A block as Barrio's block.html.twig prints it (its blank lines keep their spaces)."""
    h2 = f"  <h2>{title}</h2>\n    " if title else "\n    "
    ident = bid if bid.startswith("block-views") else f"block-madarat-{bid}"
    return (f'<div{attrs} class="{cls}" id="{ident}">\n  \n  {h2}\n      <div class="content">\n'
            f"      {content}\n    </div>\n  </div>\n")


def _text(body: str) -> str:
    return f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>'


def _menu(bid: str, label: str, items: list[str], hidden: bool = True, extra: str = "") -> str:
    cls = ' class="visually-hidden"' if hidden else ""
    return (f'<nav role="navigation" aria-labelledby="block-madarat-{bid}-menu" id="block-madarat-{bid}" class="block block-menu navigation menu--{bid}">\n            \n'
            f'  <h2{cls} id="block-madarat-{bid}-menu">{label}</h2>\n  \n\n        <ul class="clearfix nav{extra}">\n'
            + "\n".join(items) + "\n        </ul>\n  </nav>\n")


def _view(view: str, title: str, rows: list[tuple[str, str, tuple[str, str]]]) -> str:
    items = []
    for t, href, (iso, day) in rows:
        created = (f'<div class="views-field views-field-created"><span class="field-content"><time datetime="{iso}" class="datetime">{day}</time>\n</span></div>'
                   if day else "")
        items.append(f'    <div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{href}" hreflang="ar">{e(t)}</a></span></div>{created}</div>')
    slug = view.replace("_", "-")
    dom = f"{sum(map(ord, view + title)) * 7919:012d}"
    inner = (f'<div><div class="view view-{slug} view-id-{view} view-display-id-block_1 js-view-dom-id-{dom}a1f3c">\n  \n    \n      \n      <div class="view-content">\n'
             + "\n".join(items) + "\n      </div>\n    \n</div>\n</div>\n")
    return _block(f"block-views-block-{slug}-block-1", f"views-element-container block block-views block-views-block{slug}-block-1", title, inner)


SHARE = (("facebook", "https://www.facebook.com/sharer/sharer.php?u="),
         ("twitter", "https://twitter.com/intent/tweet?url="), ("whatsapp", "https://wa.me/?text="))
SPRITE = "/modules/contrib/better_social_sharing_buttons/assets/dist/sprites/social-icons--no-color.svg"
SEARCH = """<form action="/ar/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form form-row">
  <fieldset class="js-form-item js-form-type-search form-type-search js-form-item-keys form-item-keys form-no-label mb-3">\n          <label for="edit-keys" class="visually-hidden">بحث</label>\n                    <input title="أدخل الكلمات التي تريد البحث عنها." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-control" />\n  </fieldset>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper mb-3" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="بحث" class="button js-form-submit form-submit btn btn-primary" />\n</div>\n</form>
"""
INCLUDE = "eJyFjlEKwzAMQy-U1kcKTqsmhiQ2trtu2x8YaDzTb-Eng5PpJZCgTqlMw9M8BYzGn5wlcYTNbprnAQ1S"


def _newsletter(url: str) -> str:
    return f"""<form action="{url}" method="post" id="simplenews-subscriptions-block-madarat" accept-charset="UTF-8">
<div id="edit-message" class="js-form-item js-form-type-item form-type-item form-no-label mb-3">\n        {NEWSLETTER[1]}\n        </div>\n<div class="js-form-item js-form-type-email form-type-email js-form-item-mail form-item-mail mb-3">
          <label for="edit-mail" class="js-form-required form-required">{NEWSLETTER[2]}</label>\n                    <input data-drupal-selector="edit-mail" type="email" id="edit-mail" name="mail" value="" size="60" maxlength="254" class="form-email required form-control" required="required" />\n        </div>\n<input data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" name="op" value="اشترك" class="button js-form-submit form-submit btn btn-primary" />
</form>
"""


def render(article: Article, n: int) -> Page:
    moment = article.moment
    nid = article.slug
    section_path = PATHS[article.section]
    url = f"{HOST}/ar/{section_path}/{nid}"
    shown = _shown(moment)
    page = Page(url=url, html="", shown_date=shown)
    today = _local(moment) + timedelta(days=3, hours=2)
    today_line = f"{weekday(today)} {_day(today)}"
    page.add(SKIP, today_line, "القائمة الثانوية", *(t for t, _ in TOP_MENU), "بحث", SITE,
             SLOGAN, "القائمة الرئيسية", *(t for t, _ in MAIN_MENU), article.section, shown)
    top = [f'<li class="nav-item"><a href="/ar/{p}" class="nav-link" data-drupal-link-system-path="node/{12 + k}">{t}</a></li>'
           for k, (t, p) in enumerate(TOP_MENU)]
    main_menu = []
    for k, (t, p) in enumerate(MAIN_MENU):
        on = t == article.section
        target = f"taxonomy/term/{3 + k}" if p else "&lt;front&gt;"
        main_menu.append(f'              <li class="nav-item{" menu-item--active-trail" if on else ""}">\n'
                         f'                <a href="/ar/{p}" class="nav-link{" active" if on else ""} nav-link--ar-{p or "front"}" data-drupal-link-system-path="{target}">{t}</a>\n              </li>')
    fields = []
    if n in COLUMN:
        page.add(COLUMN[n])
        fields.append(_field("field-column", "entity-reference", None,
                             [f'<a href="/ar/columns/{n * 7}" hreflang="ar">{COLUMN[n]}</a>']))
    if article.author:
        page.add("بقلم", article.author)
        fields.append(_field("field-writer", "entity-reference", "بقلم",
                             [f'<a href="/ar/writers/{300 + int(nid) % 97}" hreflang="ar">{e(article.author)}</a>']))
    page.add("العدد", ISSUE[n])
    fields.append(_field("field-issue", "entity-reference", "العدد", [ISSUE[n]]))
    fields.append(_text(_body(article, n)))
    if n == 1:
        page.add(BIO[1])
    if n == 2:
        page.add(article.caption, "بطاقة الكتاب", *BOOK_CARD)
        card = "<br>\n".join(map(e, BOOK_CARD))
        fields.append(f'<div class="clearfix text-formatted field field--name-field-book-card field--type-text-long field--label-above">\n    <div class="field__label">بطاقة الكتاب</div>\n              <div class="field__item"><p>{card}</p></div>\n          </div>')
    if n == 3:
        page.add(BIO[3], *(f"[{i}] {t}" for i, (_, t) in enumerate(FOOTNOTES[3], 1)))
        fields.append(_field("field-writer-bio", "string", None, [e(BIO[3])]))
    tags = [f'<a href="/ar/taxonomy/term/{40 + k * 13 + n}" hreflang="ar">{e(t)}</a>'
            for k, t in enumerate(article.tags)]
    fields.append(_field("field-tags", "entity-reference", "كلمات مفتاحية", tags, inline=False))
    counter = f"{VIEWS[n]} مشاهدة"
    page.add("كلمات مفتاحية", *article.tags, counter, "شارك المقال", "طباعة", "مقالات ذات صلة")
    related = []
    for k, title in enumerate(article.related):
        when = moment - timedelta(days=9 + 23 * k, hours=5 * k)
        page.add(title, _day(when))
        related.append((title, f"/ar/{section_path}/{int(nid) - 31 * (k + 1)}",
                        (f"{when.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}", _day(when))))
    blocks = [_view("related_articles", "مقالات ذات صلة", related)]
    if n in WRITER_COLUMNS:
        page.add("مقالات أخرى للكاتب", *WRITER_COLUMNS[n])
        blocks.append(_view("writer_columns", "مقالات أخرى للكاتب",
                            [(t, f"/ar/{section_path}/{int(nid) - 57 * (k + 2)}", ("", ""))
                             for k, t in enumerate(WRITER_COLUMNS[n])]))
    most = rotate(MOST_READ, 2 * n, 5)
    issue_line = f"العدد {ISSUE[n]}"
    page.add("العدد الجديد", issue_line, "تصفح العدد", "الأكثر قراءة", *most, *NEWSLETTER,
             "عن المجلة", ABOUT, "روابط", *FOOTER_MENU, COPYRIGHT, DISCLAIMER)
    node = f"""<article data-history-node-id="{nid}" class="node node--type-article node--promoted node--view-mode-full clearfix">
  <header>\n          <div class="node__meta">\n        <span class="node__section"><a href="/ar/{section_path}" hreflang="ar">{article.section}</a></span>\n        <span class="node__date"><time datetime="{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}">{shown}</time>
</span>\n      </div>\n      </header>\n  <div class="node__content clearfix">
    {chr(10).join(fields)}\n  <div class="node__links">\n    <ul class="links inline"><li class="statistics-counter">{counter}</li></ul>  </div>\n  </div>
</article>
"""
    buttons = "\n".join(f'    <a href="{base}{url}" target="_blank" title="{k.title()}" aria-label="{k.title()}" class="social-sharing-buttons-button share-{k}" rel="noopener"><svg aria-hidden="true" width="32px" height="32px" style="border-radius:3px;"><use href="{SPRITE}#{k}" /></svg></a>'
                        for k, base in SHARE)
    share = f'<div class="share-label">شارك المقال</div>\n<div class="social-sharing-buttons">\n{buttons}\n</div>\n<a href="/ar/print/node/{nid}" class="print-link">طباعة</a>'
    title = f'\n  <h1 class="title"><span class="field field--name-title field--type-string field--label-hidden">{e(article.headline)}</span>\n</h1>\n\n'
    crumbs = f"""
  <nav role="navigation" aria-label="breadcrumb" style="">\n    <ol class="breadcrumb">\n                <li class="breadcrumb-item">\n          <a href="/ar">الرئيسية</a>
        </li>\n                      <li class="breadcrumb-item">\n          <a href="/ar/{section_path}">{article.section}</a>\n        </li>
              </ol>\n  </nav>
"""
    cover = f"/ar/issues/{ISSUE[n][:3]}"
    issue = f'<p><img src="/sites/default/files/issues/cover-{ISSUE[n][:3]}.jpg" alt="" width="240" height="330" loading="lazy"></p>\n<p>{issue_line}</p>\n<p><a href="{cover}">تصفح العدد</a></p>'
    sidebar = "".join((
        _block("currentissue", "block block-block-content block-block-content8c2d4e61-0a9b-4f57-b3c8-6d1e2f7a9b40", "العدد الجديد", _text(issue)),
        _view("most_read", "الأكثر قراءة", [(t, f"/ar/node/{3900 + 17 * k}", ("", "")) for k, t in enumerate(most)]),
        _block("newsletter", "simplenews-subscriptions-block-madarat block block-simplenews block-simplenews-subscription-block", NEWSLETTER[0], _newsletter(url))))
    footer_menu = [f'<li class="nav-item"><a href="/ar/page/{k + 2}" class="nav-link">{t}</a></li>' for k, t in enumerate(FOOTER_MENU)]
    bottom = _text(f'<p class="text-align-center">{COPYRIGHT}</p>\n<p class="text-align-center"><small>{DISCLAIMER}</small></p>')
    page.html = _head(article, n, url) + f"""
  <body class="layout-one-sidebar layout-sidebar-second page-node-{nid} path-node node--type-article">\n    <a href="#main-content" class="visually-hidden-focusable">\n      {SKIP}\n    </a>
    {chr(10)}      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n    <div id="page-wrapper">\n  <div id="page">\n    <header id="header" class="header" role="banner" aria-label="ترويسة الموقع">
                      <nav class="navbar navbar-dark bg-dark" id="navbar-top">\n                    <div class="container">\n                        <section class="region region-secondary-menu">\n    {_block("todaydate", "block block-block-content block-block-content3f1a6c2e-77b0-4d1e-9c55-2a8e4f0b6d19", "", _text(f'<span class="today-date">{today_line}</span>'))}{_menu("secondary-menu", "القائمة الثانوية", top)}
  </section>\n                              <div class="form-inline navbar-form ms-auto">\n                    <section class="region region-top-header-form">\n    {_block("search-form", "search-block-form block block-search block-search-form-block", "", SEARCH, ' data-drupal-selector="search-block-form" role="search"')}
  </section>\n                </div>\n                                </div>\n                    </nav>
                <nav class="navbar navbar-dark bg-primary navbar-expand-lg" id="navbar-main">\n                    <div class="container">\n                          <div id="block-madarat-site-branding" class="block block-system block-system-branding-block">\n        <a href="/ar" title="الرئيسية" rel="home" class="navbar-brand">
              <img src="/themes/custom/madarat/logo.svg" alt="الرئيسية" class="img-fluid d-inline-block align-top" />\n            {SITE}\n    </a>\n        <div class="d-inline-block align-top site-name-slogan">
      {SLOGAN}\n    </div>\n  </div>\n                          <button class="navbar-toggler collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#CollapsingNavbar" aria-controls="CollapsingNavbar" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
                <div class="collapse navbar-collapse justify-content-end" id="CollapsingNavbar">\n                                      {_menu("main", "القائمة الرئيسية", main_menu, extra=" navbar-nav")}\n                                                    </div>\n                                                  </div>
                    </nav>\n          </header>\n            <div id="main-wrapper" class="layout-main-wrapper clearfix">\n              <div id="main" class="container">
            {_block("breadcrumbs", "block block-system block-system-breadcrumb-block", "", crumbs)}\n          <div class="row row-offcanvas row-offcanvas-left clearfix">\n              <main class="main-content col order-first" id="content" role="main">\n                <section class="section">
                  <a href="#main-content" id="main-content" tabindex="-1"></a>\n                    <div data-drupal-messages-fallback class="hidden"></div>{_block("page-title", "block block-core block-page-title-block", "", title)}{_block("content", "block block-system block-system-main-block", "", node)}{_block("sharebuttons", "block block-better-social-sharing-buttons block-social-sharing-buttons-block", "", share)}{"".join(blocks)}\n                </section>\n              </main>
                                      <div class="sidebar_second sidebar col-md-4 order-last" id="sidebar_second">\n                <aside class="section" role="complementary">\n                    {sidebar}\n                </aside>
              </div>\n                      </div>\n        </div>\n          </div>
        <footer class="site-footer">\n              <div class="container">\n                      <div class="site-footer__top clearfix">\n                <section class="region region-footer-first">
    {_block("aboutmag", "block block-block-content block-block-content1e4b7a90-3c2d-4f6e-8a1b-5d9c0e2f4a77", "عن المجلة", _text(f"<p>{ABOUT}</p>"))}\n  </section>\n                <section class="region region-footer-second">\n    {_menu("footer", "روابط", footer_menu, hidden=False)}
  </section>\n            </div>\n                                <div class="site-footer__bottom">\n                <section class="region region-footer-fifth">
    {_block("copyright", "block block-block-content block-block-content0b7e2c59-44f1-4a8d-9e3b-7c6a5d4f3e21", "", bottom)}\n  </section>\n            </div>\n                  </div>
          </footer>\n  </div>\n</div>\n  </div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{_settings(nid)}</script>\n<script src="/sites/default/files/js/js_Rk8vT1qWc3nYb5LpXe2sA9dF7gHjM0zUoI4nT6rEyKc.js?scope=footer&amp;delta=0&amp;language=ar&amp;theme=madarat&amp;include={INCLUDE}"></script>\n\n  </body>
</html>
"""
    return page


def _settings(nid: str) -> str:
    return json.dumps({
        "path": {"baseUrl": "/", "pathPrefix": "ar/", "currentPath": f"node/{nid}",
                 "currentPathIsAdmin": False, "isFront": False, "currentLanguage": "ar"},
        "pluralDelimiter": "\u0003", "suppressDeprecationErrors": True,
        "ajaxPageState": {"libraries": INCLUDE, "theme": "madarat", "theme_token": None},
        "statistics": {"data": {"nid": nid}, "url": "/core/modules/statistics/statistics.php"},
        "user": {"uid": 0, "permissionsHash": "8e0a2b1f9c4d7e36a5b0c1d2e3f4a5b6c7d8e9f0"}},
        separators=(",", ":")).replace("/", "\\/")


def _head(article: Article, n: int, url: str) -> str:
    """metatag + schema_metatag + core head, Barrio's two extra metas, the aggregated CSS."""
    local = _local(article.moment)
    created = f"{local:%Y-%m-%dT%H:%M:%S}+0300"
    changed = f"{local + timedelta(hours=2, minutes=14):%Y-%m-%dT%H:%M:%S}+0300"
    desc = " ".join(article.lead.split()[:28]) + "..."
    ld = {"@type": "Article", "@id": url, "headline": article.headline, "name": article.headline,
          "description": desc, "datePublished": created, "dateModified": changed,
          "isAccessibleForFree": "True"}
    if article.author:
        ld["author"] = {"@type": "Person", "name": article.author}
    ld["publisher"] = {"@type": "Organization", "@id": f"{HOST}/", "name": SITE,
                       "logo": {"@type": "ImageObject", "url": f"{HOST}/themes/custom/madarat/logo.png"}}
    ld["mainEntityOfPage"] = url
    ld_json = json.dumps({"@context": "https://schema.org", "@graph": [ld]}, ensure_ascii=False,
                         indent=4)
    image = ("/sites/default/files/inline-images/milh-cover.jpg" if n == 2
             else "/themes/custom/madarat/images/og-default.jpg")
    author = f'<meta property="article:author" content="{e(article.author)}" />\n' if article.author else ""
    tags = "".join(f'<meta property="article:tag" content="{e(t)}" />\n' for t in article.tags)
    css = "".join(f'<link rel="stylesheet" media="all" href="/sites/default/files/css/css_{h}.css?delta={d}&amp;language=ar&amp;theme=madarat&amp;include={INCLUDE}" />\n'
                  for d, h in enumerate(("q3Tn0bW8vC2mKx7dYpL1sR9aEoJ4hG6uF5iZcN-MxQw",
                                         "0aV9rT2yHk4LmPz8sD3fGq1wXe7cB6nJ5uIoRtYlKcE")))
    headline = e(article.headline)
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl" prefix="og: https://ogp.me/ns#">\n  <head>\n    <meta charset="utf-8" />\n<script async src="https://www.googletagmanager.com/gtag/js?id=G-MD4R7T2QXS"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments)}};gtag("js", new Date());gtag("config", "G-MD4R7T2QXS", {{"groups":"default","page_placeholder":"PLACEHOLDER_page_location"}});</script>\n<meta name="description" content="{e(desc)}" />\n<link rel="canonical" href="{url}" />\n<link rel="shortlink" href="{HOST}/ar/node/{article.slug}" />
<meta property="og:site_name" content="{SITE}" />\n<meta property="og:type" content="article" />\n<meta property="og:url" content="{url}" />\n<meta property="og:title" content="{headline}" />
<meta property="og:description" content="{e(desc)}" />\n<meta property="og:image" content="{HOST}{image}" />\n{author}<meta property="article:section" content="{e(article.section)}" />\n{tags}<meta property="article:published_time" content="{created}" />
<meta property="article:modified_time" content="{changed}" />\n<meta name="twitter:card" content="summary_large_image" />\n<meta name="twitter:title" content="{headline}" />\n<meta name="twitter:site" content="@madarat_mag" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />\n<meta name="MobileOptimized" content="width" />\n<meta name="HandheldFriendly" content="true" />\n<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<script type="application/ld+json">{ld_json}</script>\n<meta http-equiv="x-ua-compatible" content="ie=edge" />\n<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" />\n<link rel="icon" href="/themes/custom/madarat/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" hreflang="ar" href="{url}" />\n\n    <title>{headline} | {SITE}</title>\n    {css}<link rel="stylesheet" media="all" href="https://fonts.googleapis.com/css2?family=Amiri:wght@400;700&amp;family=Noto+Kufi+Arabic:wght@400;600&amp;display=swap" />
\n    <script src="/sites/default/files/js/js_Wm2cX4tQe9bRk1LpYv7sN3dF0gHjA5zUoI8nT6rEyBc.js?scope=header&amp;delta=0&amp;language=ar&amp;theme=madarat&amp;include={INCLUDE}"></script>
  </head>"""
