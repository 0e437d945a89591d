"""An Arabic tech and science news blog ("مدوّنات تقنية", Saudi, Asia/Riyadh +03:00) built
with Hexo 7.3 and the NexT 8.18 theme (Gemini scheme), static on GitHub Pages, permalinks from
hexo-abbrlink (`/posts/<number>/`). Head as NexT prints it: the `Hexo 7.3.0` generator meta,
NexT favicons, `/css/main.css`, an Arabic Google font, Font Awesome / animate.css from cdnjs
with SRI, the `next-config` JSON scripts (main, page, calendar), Hexo's `open_graph()` output
(description = first 200 characters of the stripped content; `og:locale` printed empty since
Hexo knows no territory for "ar"; `article:published_time` in UTC via toISOString; sorted
`article:tag`), canonical, `<title>` "headline | site", gtag, hexo-generator-feed's atom link.
No JSON-LD: NexT prints microdata only. Body: `div.headband`, `main.main` > `div.column` with
`header.header` (brand, `nav.site-nav` with ar.yml's untranslated "Home", the local-search
popup) and the Gemini sidebar (`sidebar-toggle`, `aside.sidebar` > `div.sidebar-inner` with
"المحتويات"/"عام", `div.post-toc` holding Hexo's toc() list "1. ..." with percent-encoded
hrefs when the post has headings, else `sidebar-overview-active` and an empty panel; the site
overview: author, description, post/category/tag counts, social links, CC badge, blogroll).
Then `div.main-inner.post.posts-expand` > `div.post-block` > `article.post-content` (itemtype
Article, lang="ar"): `link itemprop="mainEntityOfPage"`, hidden author/publisher spans,
`h1.post-title.rtl`, `div.post-meta-container` > `div.post-meta` with `span.post-meta-item`s
in NexT's Arabic ("نُشر في" + `<time title="أُنشأ: ..." itemprop="dateCreated datePublished"
datetime="...+03:00">YYYY-MM-DD</time>`; "عُدل في" on page 1 only, page 2 being edited the
same day and page 3 never; the category; "عدد الحروف في المقال:"; "زمن القراءة ≈"), and
`div.post-body.rtl` with hexo-renderer-marked output: `<p>`s, `h2` with `a.headerlink` (ids
slugized, Arabic kept), a raw `<figure>` with figcaption and a `<blockquote>` on page 1, a link
(Hexo's external_link filter: `target="_blank" rel="noopener"`) on pages 2-3, bold on page 2,
a one-line `figure.highlight.bash` table with gutter on page 3. After the body: the "مقالات
مشابهة" related list, then `footer.post-footer`: the reward box ("تبرّع"), `div.post-copyright`
(page 1's guest writer under ar.yml's untranslated "Written by:", else "مؤلف المقال:" with the
site author; "رابط المقال:"; "حقوق الملكية:" with ar.yml's license line, "حميع" typo and all),
the follow-me strip, `div.post-tags` ("# tag"), `div.post-nav` (older/newer titles); the
utterances container (empty without JS); the site footer (years, total symbols and time,
"تطبيق الموقع Hexo & NexT.Gemini"), back-to-top "0%", the noscript warning. Page 2 was posted
at 00:40 local time: every UTC machine date says the day before; the reader sees 2024-09-03.
All of it is chrome except the post body (code line included: the reader must run it)."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

from .base import Article, Page, e

NAME = "hexo_next_blog"
HELD_OUT = True
SET = "unseen17"
FAMILY = ("Hexo 7 + NexT 8 Gemini static blog post: post-block microdata, post-meta-container "
          "times, marked post-body with headerlinks, TOC sidebar, reward, post-copyright, "
          "tags, post-nav")
HOST = "https://mudawwanat-taqniya.example"
SITE = "مدوّنات تقنية"
SUBTITLE = "أخبار التقنية والعلوم بالعربية"
AUTHOR = "فريق مدوّنات تقنية"
DESCRIPTION = "مدوّنة عربية مستقلة تتابع أخبار التقنية والعلوم وتشرحها بلغة واضحة"
MENU = (("home", "/", "fa fa-home", "Home"), ("categories", "/categories/", "fa fa-th",
        "التصنيفات"), ("tags", "/tags/", "fa fa-tags", "الوسوم"),
        ("archives", "/archives/", "fa fa-archive", "الأرشيفات"),
        ("about", "/about/", "fa fa-user", "معلومات"))
SOCIAL = (("GitHub", "https://github.com/mudawwanat-taqniya", "fab fa-github"),
          ("X", "https://x.com/mudawwanat_tq", "fab fa-x-twitter"),
          ("Telegram", "https://t.me/mudawwanat_tq", "fab fa-telegram"),
          ("RSS", "/atom.xml", "fa fa-rss"))
BLOGROLL_TITLE = "مواقع صديقة"
BLOGROLL = (("مرصد الفلك العربي", "https://marsad-falak.example/"),
            ("نشرة المطورين العرب", "https://nashrat-dev.example/"))
STATE = (("posts", "/archives/", "148", "المقالات"),
         ("categories", "/categories/", "9", "التصنيفات"), ("tags", "/tags/", "213", "الوسوم"))
REWARD_NOTE = "هل أفادك المقال؟ ادعم استمرار المدوّنة بما تستطيع"
REWARD = (("PayPal", "/images/paypal.png"), ("Bitcoin", "/images/bitcoin.png"))
FOLLOW = "مرحباً بك حيثُ أنشر أيضاً"
LICENSE = "حميع المقالات في هذه المدوّنة منشورة تحت رخصة {} إلا عند التنويه بخلافه."
CC_URL = "https://creativecommons.org/licenses/by-nc-sa/4.0/deed.ar"
COPYRIGHT = "© 2019 – 2025 " + AUTHOR
TOTALS = ("مُجمل عدد الحروف: 596k", "مُجمل زمن القراءة ≈ 12:25")
POWERED = "تطبيق الموقع Hexo & NexT.Gemini"
NOSCRIPT = "Theme NexT works best with JavaScript enabled"
CDN = "https://cdnjs.cloudflare.com/ajax/libs"
LOCAL = timedelta(hours=3)
# per page: last edit (None: never), heading / quote / code indices, figure after, link, bold
UPDATED = {1: "2024-05-13T09:10:00+03:00", 2: "2024-09-03T08:15:00+03:00", 3: None}
HEADINGS = {1: (3, 6), 2: (3,), 3: ()}
QUOTE = {1: 5}
CODE = {3: 4}
FIGURE = {1: (0, "samar-lab.jpg")}
LINKS = {2: (1, "نشرة أمنية", "https://wasl-app.example/security/2024-09"),
         3: (2, "صفحة النشرات الأمنية",
             "https://www.mozilla.org/ar/security/advisories/mfsa2025-12/")}
BOLD = {2: (1, "4.12.3")}
POST_NAV = {1: ("أداة جديدة من غوغل تترجم لغة الإشارة إلى نص مكتوب",
                "هل تحتاج فعلا إلى هاتف بذاكرة 16 غيغابايت؟"),
            2: ("أسبوع الأمن السيبراني: ملخص أهم الثغرات والتحديثات",
                "إطلاق أول قمر صناعي طلابي لرصد الغبار في شبه الجزيرة العربية"),
            3: ("لينكس في المدارس: تجربة توزيعة عربية للطلاب",
                "باحثون يرصدون نجما نيوترونيا يدور بسرعة قياسية")}
RELATED_DAYS = (9, 26, 47)
EXT = ' rel="noopener me" target="_blank"'
ICON = '<span class="post-meta-item-icon">\n        <i class="{}"></i>\n      </span>'


def _local(moment: datetime) -> datetime:
    return moment.astimezone(UTC) + LOCAL


def _day(moment: datetime) -> str:
    return f"{_local(moment):%Y-%m-%d}"


def _full(moment: datetime) -> str:
    return f"{_local(moment):%Y-%m-%d %H:%M:%S}"


def _iso(moment: datetime) -> str:
    """moment(post.date).format() in the site's Asia/Riyadh."""
    return f"{_local(moment):%Y-%m-%dT%H:%M:%S}+03:00"


def _utc(moment: datetime) -> str:
    """Date.prototype.toISOString()."""
    return f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%S}.000Z"


def _slugize(text: str) -> str:
    """hexo-util slugize(): runs of space and ASCII punctuation to "-"; Arabic kept."""
    return re.sub(r"[\s~`!@#$%^&*()\-_+=\[\]{}|\\;:\"'<>,.?/]+", "-", text).strip("-")


def _hexo_escape(text: str) -> str:
    for old, new in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"),
                     ("'", "&#39;"), ("`", "&#96;"), ("/", "&#x2F;"), ("=", "&#x3D;")):
        text = text.replace(old, new)
    return text


def _inline(n: int, k: int, text: str) -> str:
    html = e(text)
    if n in LINKS and LINKS[n][0] == k:
        words = e(LINKS[n][1])
        html = html.replace(words, f'<a target="_blank" rel="noopener" href="{LINKS[n][2]}">'
                                   f"{words}</a>", 1)
    if n in BOLD and BOLD[n][0] == k:
        html = html.replace(e(BOLD[n][1]), f"<strong>{e(BOLD[n][1])}</strong>", 1)
    return html


def _content(article: Article, n: int, url_path: str) -> tuple[str, list[str]]:
    """post.content as hexo-renderer-marked writes it, and the headings for the TOC."""
    out, heads = [], []
    for k, text in enumerate([article.lead, *article.paragraphs]):
        if k in HEADINGS[n]:
            hid = e(_slugize(text))
            heads.append(text)
            out.append(f'<h2 id="{hid}"><a href="#{hid}" class="headerlink" title="{e(text)}">'
                       f"</a>{e(text)}</h2>")
        elif QUOTE.get(n) == k:
            out.append(f"<blockquote>\n<p>{_inline(n, k, text)}</p>\n</blockquote>")
        elif CODE.get(n) == k:
            code = e(text).replace("sudo", '<span class="built_in">sudo</span>')
            out.append('<figure class="highlight bash"><table><tr><td class="gutter"><pre>'
                       '<span class="line">1</span><br></pre></td><td class="code"><pre>'
                       f'<span class="line">{code}</span><br></pre></td></tr></table></figure>')
        else:
            out.append(f"<p>{_inline(n, k, text)}</p>")
        if n in FIGURE and FIGURE[n][0] == k:
            out.append(f'<figure><img src="{url_path}{FIGURE[n][1]}" alt="{e(article.caption)}">'
                       f"<figcaption>{e(article.caption)}</figcaption></figure>")
    return "\n".join(out) + "\n", heads


def _count(article: Article, n: int) -> tuple[str, str]:
    """hexo-word-counter's symbolsCount / symbolsTime (awl 4, wpm 200, "دقائق.")."""
    chars = len(article.body) + (len(article.caption) if n in FIGURE else 0)
    shown = f"{round(chars / 100) / 10:g}k" if chars > 999 else str(chars)
    return shown, f"{max(1, round(chars / 800))} دقائق."


def _sidebar(heads: list[str]) -> str:
    active = "sidebar-nav-active sidebar-toc-active" if heads else "sidebar-overview-active"
    items = "".join(f'<li class="nav-item nav-level-2"><a class="nav-link" href="#'
                    f'{quote(_slugize(h), safe="-_.!~*()")}"><span class="nav-number">{k}.'
                    f'</span> <span class="nav-text">{e(h)}</span></a></li>'
                    for k, h in enumerate(heads, 1))
    toc = f'\n            <div class="post-toc animated"><ol class="nav">{items}</ol></div>' \
        if heads else ""
    state = "\n".join(f'      <div class="site-state-item site-state-{key}">\n          <a href='
                      f'"{path}">\n        <span class="site-state-item-count">{count}</span>\n'
                      f'        <span class="site-state-item-name">{label}</span></a>\n      </div>'
                      for key, path, count, label in STATE)
    social = "\n".join(
        f'      <span class="links-of-author-item">\n        <a href="{link}" title="{name} → '
        f'{link}"{"" if link.startswith("/") else EXT}>'
        f'<i class="{icon} fa-fw"></i>{name}</a>\n      </span>' for name, link, icon in SOCIAL)
    roll = "\n".join(f'        <li class="links-of-blogroll-item">\n          <a href="{link}" '
                     f'title="{link}" rel="noopener" target="_blank">{name}</a>\n        </li>'
                     for name, link in BLOGROLL)
    return f"""
  <div class="toggle sidebar-toggle" role="button">\n    <span class="toggle-line"></span>\n    <span class="toggle-line"></span>\n    <span class="toggle-line"></span>
  </div>\n\n  <aside class="sidebar">\n\n    <div class="sidebar-inner {active}">\n      <ul class="sidebar-nav">\n        <li class="sidebar-nav-toc">\n          المحتويات\n        </li>
        <li class="sidebar-nav-overview">\n          عام\n        </li>\n      </ul>\n\n      <div class="sidebar-panel-container">\n        <!--noindex-->
        <div class="post-toc-wrap sidebar-panel">{toc}\n        </div>\n        <!--/noindex-->\n\n        <div class="site-overview-wrap sidebar-panel">
          <div class="site-author animated" itemprop="author" itemscope itemtype="http://schema.org/Person">\n    <img class="site-author-image" itemprop="image" alt="{AUTHOR}"\n      src="/images/avatar.png">
  <p class="site-author-name" itemprop="name">{AUTHOR}</p>\n  <div class="site-description" itemprop="description">{DESCRIPTION}</div>\n</div>\n<div class="site-state-wrap animated">
  <nav class="site-state">\n{state}\n  </nav>\n</div>\n  <div class="links-of-author animated">\n{social}\n  </div>\n  <div class="cc-license animated" itemprop="license">
    <a href="{CC_URL}" class="cc-opacity" rel="noopener" target="_blank"><img src="{CDN}/creativecommons-vocabulary/2020.11.3/assets/license_badges/small/by_nc_sa.svg" alt="Creative Commons"></a>
  </div>\n    <div class="links-of-blogroll animated">\n      <div class="links-of-blogroll-title"><i class="fa fa-globe fa-fw"></i>\n        {BLOGROLL_TITLE}\n      </div>
      <ul class="links-of-blogroll-list">\n{roll}\n      </ul>\n    </div>\n        </div>\n      </div>\n    </div>\n  </aside>
"""


def _meta(article: Article, n: int, count: str, minutes: str) -> str:
    moment, title, updated = article.moment, f"أُنشأ: {_full(article.moment)}", ""
    if UPDATED[n]:
        when = datetime.fromisoformat(UPDATED[n])
        if _day(when) == _day(moment):
            title += f" / عُدل: {_local(when):%H:%M:%S}"
        else:
            updated = (f'\n    <span class="post-meta-item">\n      '
                       f'{ICON.format("far fa-calendar-check")}\n      <span class="post-meta-'
                       f'item-text">عُدل في</span>\n      <time title="عُدل: {_full(when)}" '
                       f'itemprop="dateModified" datetime="{_iso(when)}">{_day(when)}</time>\n'
                       f"    </span>")
    return f"""<div class="post-meta">
    <span class="post-meta-item">\n      {ICON.format("far fa-calendar")}\n      <span class="post-meta-item-text">نُشر في</span>\n\n      <time title="{title}" itemprop="dateCreated datePublished" datetime="{_iso(moment)}">{_day(moment)}</time>
    </span>{updated}\n    <span class="post-meta-item">\n      {ICON.format("far fa-folder")}\n      <span class="post-meta-item-text">في</span>\n        <span itemprop="about" itemscope itemtype="http://schema.org/Thing">
          <a href="/categories/{quote(_slugize(article.section))}/" itemprop="url" rel="index"><span itemprop="name">{e(article.section)}</span></a>\n        </span>
    </span>\n    <span class="post-meta-break"></span>\n    <span class="post-meta-item" title="عدد الحروف في المقال">\n      {ICON.format("far fa-file-word")}
      <span class="post-meta-item-text">عدد الحروف في المقال: </span>\n      <span>{count}</span>\n    </span>\n    <span class="post-meta-item" title="زمن القراءة">
      {ICON.format("far fa-clock")}\n      <span class="post-meta-item-text">زمن القراءة &asymp;</span>\n      <span>{minutes}</span>\n    </span>\n</div>
"""


def _post_footer(article: Article, n: int, url: str) -> tuple[str, list[str]]:
    lines, related = ["مقالات مشابهة"], []
    for k, title in enumerate(article.related):
        day = _day(article.moment - timedelta(days=RELATED_DAYS[k], hours=5 * k))
        lines += [day, title]
        related.append(f'    <li class="popular-posts-item">\n      <a class="popular-posts-link" '
                       f'href="/posts/{int(article.slug) - 911 * (k + 1)}/" rel="bookmark">\n'
                       f'        <time class="popular-posts-time">{day}</time>\n        <br>\n'
                       f"      {e(title)}\n      </a>\n    </li>")
    rewards = "\n".join(f'      <div>\n        <img src="{src}" alt="{AUTHOR} {label}">\n'
                        f"        <span>{label}</span>\n      </div>" for label, src in REWARD)
    label = "Written by" if article.author else "مؤلف المقال"
    writer = e(article.author) if article.author else AUTHOR
    cc = (f'<a href="{CC_URL}" rel="noopener" target="_blank"><i class="fab fa-fw '
          f'fa-creative-commons"></i>BY-NC-SA</a>')
    follow = "\n".join(
        f'      <div class="social-item">\n          <a target="_blank" class="social-link" '
        f'href="{link}">\n            <span class="icon">\n              <i class="{icon}"></i>\n'
        f'            </span>\n\n            <span class="label">{name}</span>\n          </a>\n'
        f"      </div>" for name, link, icon in SOCIAL[1:])
    tags = "".join(f'\n              <a href="/tags/{quote(_slugize(t))}/" rel="tag"># {e(t)}</a>'
                   for t in article.tags)
    older, newer = POST_NAV[n]
    base = int(article.slug)
    lines += [f"{label}: {article.author or AUTHOR}", f"رابط المقال: {url}",
              "حقوق الملكية: " + LICENSE.format("BY-NC-SA"), REWARD_NOTE, "تبرّع",
              *(label for label, _ in REWARD), FOLLOW, *(s[0] for s in SOCIAL[1:]),
              *(f"# {t}" for t in article.tags), older, newer]
    return f"""  <div class="links-of-blogroll-title"><i class="fa fa-signs-post fa-fw"></i>
    مقالات مشابهة\n  </div>\n  <ul class="popular-posts">\n{chr(10).join(related)}\n  </ul>\n\n    <footer class="post-footer">\n          <div class="reward-container">
  <div>{REWARD_NOTE}</div>\n  <button onclick="document.querySelector('.post-reward').classList.toggle('active');">\n    تبرّع\n  </button>\n  <div class="post-reward">\n{rewards}\n\n  </div>
</div>\n\n          <div class="post-copyright">\n<ul>\n  <li class="post-copyright-author">\n      <strong>{label}: </strong>{writer}\n  </li>\n  <li class="post-copyright-link">
      <strong>رابط المقال: </strong>\n      <a href="{url}" title="{e(article.headline)}">{url}</a>\n  </li>\n  <li class="post-copyright-license">\n      <strong>حقوق الملكية: </strong>{LICENSE.format(cc)}\n  </li>
</ul>\n</div>\n\n          <div class="followme">\n  <span>{FOLLOW}</span>\n\n  <div class="social-list">\n{follow}\n  </div>\n</div>\n\n          <div class="post-tags">{tags}
          </div>\n\n          <div class="post-nav">\n            <div class="post-nav-item">\n                <a href="/posts/{base - 377}/" rel="prev" title="{e(older)}">
                  <i class="fa fa-chevron-left"></i> {e(older)}\n                </a>\n            </div>\n            <div class="post-nav-item">\n                <a href="/posts/{base + 419}/" rel="next" title="{e(newer)}">
                  {e(newer)} <i class="fa fa-chevron-right"></i>\n                </a>\n            </div>\n          </div>
    </footer>""", lines


def _config(url: str, path: str, headline: str) -> str:
    main = {"hostname": HOST.removeprefix("https://"), "root": "/", "images": "/images",
            "scheme": "Gemini", "darkmode": False, "version": "8.18.2", "exturl": False,
            "sidebar": {"position": "right", "display": "post", "padding": 18, "offset": 12},
            "copycode": {"enable": True, "style": "mac"},
            "fold": {"enable": False, "height": 500},
            "bookmark": {"enable": False, "color": "#222", "save": "auto"},
            "mediumzoom": False, "lazyload": False, "pangu": False,
            "comments": {"style": "tabs", "active": None, "storage": True, "lazyload": False,
                         "nav": None}, "stickytabs": False,
            "motion": {"enable": True, "async": False, "transition": {
                "menu_item": "fadeInDown", "post_block": "fadeIn", "post_header": "fadeInDown",
                "post_body": "fadeInDown", "coll_header": "fadeInLeft",
                "sidebar": "fadeInUp"}}, "prism": False,
            "i18n": {"placeholder": "بحث...",
                     "empty": "We didn't find any results for the search: ${query}",
                     "hits_time": "${hits} results found in ${time} ms",
                     "hits": "${hits} results found"}, "path": "/search.xml",
            "localsearch": {"enable": True, "trigger": "auto", "top_n_per_article": 1,
                            "unescape": False, "preload": False}}
    page = {"sidebar": "", "isHome": False, "isPost": True, "lang": "ar", "comments": True,
            "permalink": url, "path": path, "title": headline}

    def dump(value: object) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    return (f'<script class="next-config" data-name="main" type="application/json">{dump(main)}'
            '</script><script src="/js/config.js"></script>', '<script class="next-config" '
            f'data-name="page" type="application/json">{dump(page)}</script>')


def render(article: Article, n: int) -> Page:
    moment, path = article.moment, f"posts/{article.slug}/"
    url = f"{HOST}/{path}"
    content, heads = _content(article, n, "/" + path)
    count, minutes = _count(article, n)
    shown = _day(moment)
    page = Page(url=url, html="", shown_date=shown)
    # the last menu item runs into the search item, the two sidebar tabs into each other
    page.add(SITE, SUBTITLE, *(m[3] for m in MENU[:-1]), f"{MENU[-1][3]} بحث",
             "المحتويات عام",
             *(f"{k}. {h}" for k, h in enumerate(heads, 1)), AUTHOR, DESCRIPTION,
             *(f"{c} {label}" for *_, c, label in STATE), *(s[0] for s in SOCIAL),
             BLOGROLL_TITLE, *(name for name, _ in BLOGROLL), f"نُشر في {shown}",
             f"في {article.section}", f"عدد الحروف في المقال: {count}",
             f"زمن القراءة ≈ {minutes}")
    updated = datetime.fromisoformat(UPDATED[n]) if UPDATED[n] else moment
    if _day(updated) != shown:
        page.add(f"عُدل في {_day(updated)}")
    if n in FIGURE:
        page.add(article.caption)
    footer, lines = _post_footer(article, n, url)
    page.add(*lines, COPYRIGHT, *TOTALS, POWERED, "0%", NOSCRIPT)
    description = _hexo_escape(re.sub(r"<[^>]+>", "", content)[:200].strip()).replace("\n", " ")
    image = f"{url}{FIGURE[n][1]}" if n in FIGURE else ""
    og = "\n".join(filter(None, (
        f'<meta name="description" content="{description}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{_hexo_escape(article.headline)}">',
        f'<meta property="og:url" content="{url}">',
        f'<meta property="og:site_name" content="{SITE}">',
        f'<meta property="og:description" content="{description}">',
        '<meta property="og:locale">', image and f'<meta property="og:image" content="{image}">',
        f'<meta property="article:published_time" content="{_utc(moment)}">',
        f'<meta property="article:modified_time" content="{_utc(updated)}">',
        f'<meta property="article:author" content="{AUTHOR}">',
        *(f'<meta property="article:tag" content="{_hexo_escape(t)}">'
          for t in sorted(article.tags)), '<meta name="twitter:card" content="summary">',
        image and f'<meta name="twitter:image" content="{image}">')))
    main_cfg, page_cfg = _config(url, path, article.headline)
    menu = "".join(f'<li class="menu-item menu-item-{key}"><a href="{href}" rel="section"><i '
                   f'class="{icon} fa-fw"></i>{label}</a></li>' for key, href, icon, label in MENU)
    title = e(article.headline)
    toggle = '\n        <span class="toggle-line"></span>' * 3
    page.html = f"""<!DOCTYPE html>
<html lang="ar">\n<head>\n  <meta charset="UTF-8">\n<meta name="viewport" content="width=device-width">\n<meta name="theme-color" content="#222">\n<meta name="generator" content="Hexo 7.3.0">
\n  <link rel="preconnect" href="https://fonts.googleapis.com" crossorigin>\n  <link rel="preconnect" href="https://cdnjs.cloudflare.com" crossorigin>\n  <link rel="apple-touch-icon" sizes="180x180" href="/images/apple-touch-icon-next.png">
  <link rel="icon" type="image/png" sizes="32x32" href="/images/favicon-32x32-next.png">\n  <link rel="icon" type="image/png" sizes="16x16" href="/images/favicon-16x16-next.png">
  <link rel="mask-icon" href="/images/logo.svg" color="#222">\n\n<link rel="stylesheet" href="/css/main.css">\n\n<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Noto+Naskh+Arabic:300,300italic,400,400italic,700,700italic%7CNoto+Kufi+Arabic:300,300italic,400,400italic,700,700italic&display=swap&subset=latin,latin-ext">
\n<link rel="stylesheet" href="{CDN}/font-awesome/6.4.0/css/all.min.css" integrity="sha256-HtsXJanqjKTc8vVQjO4YMhiqFoXkfBsjBWcX91T1jr8=" crossorigin="anonymous">
  <link rel="stylesheet" href="{CDN}/animate.css/3.1.1/animate.min.css" integrity="sha256-PR7ttpcvz8qrF57fur/yAx1qXMFJeJFiA6pSzWi0OIE=" crossorigin="anonymous">
\n{main_cfg}\n\n    {og}\n\n\n<link rel="canonical" href="{url}">\n\n\n{page_cfg}\n\n<script class="next-config" data-name="calendar" type="application/json">""</script>
<title>{title} | {SITE}</title>\n\n\n  <script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2M4TNRD"></script>\n  <script class="next-config" data-name="google_analytics" type="application/json">{{"tracking_id":"G-7QK2M4TNRD","only_pageview":false,"measure_protocol_api_secret":null}}</script>
  <script src="/js/third-party/analytics/google-analytics.js"></script>\n\n  <noscript>\n    <link rel="stylesheet" href="/css/noscript.css">\n  </noscript>
<link rel="alternate" href="/atom.xml" title="{SITE}" type="application/atom+xml">\n</head>\n\n<body itemscope itemtype="http://schema.org/WebPage" class="use-motion">
  <div class="headband"></div>\n\n  <main class="main">\n    <div class="column">\n      <header class="header" itemscope itemtype="http://schema.org/WPHeader"><div class="site-brand-container">
  <div class="site-nav-toggle">\n    <div class="toggle" aria-label="تشغيل شريط التصفح" role="button">{toggle}\n    </div>\n  </div>\n\n  <div class="site-meta">
\n    <a href="/" class="brand" rel="start">\n      <i class="logo-line"></i>\n      <p class="site-title">{SITE}</p>\n      <i class="logo-line"></i>\n    </a>
      <p class="site-subtitle" itemprop="description">{SUBTITLE}</p>\n  </div>\n\n  <div class="site-nav-right">\n    <div class="toggle popup-trigger" aria-label="بحث" role="button">\n        <i class="fa fa-search fa-fw fa-lg"></i>\n    </div>
  </div>\n</div>\n\n\n\n<nav class="site-nav">\n  <ul class="main-menu menu">{menu}\n      <li class="menu-item menu-item-search">\n        <a role="button" class="popup-trigger"><i class="fa fa-search fa-fw"></i>بحث\n        </a>
      </li>\n  </ul>\n</nav>\n\n\n\n  <div class="search-pop-overlay">\n    <div class="popup search-popup"><div class="search-header">\n  <span class="search-icon">\n    <i class="fa fa-search"></i>\n  </span>
  <div class="search-input-container">\n    <input autocomplete="off" autocapitalize="off" maxlength="80"\n           placeholder="بحث..." spellcheck="false"
           type="search" class="search-input">\n  </div>\n  <span class="popup-btn-close" role="button">\n    <i class="fa fa-times-circle"></i>\n  </span>
</div>\n<div class="search-result-container no-result">\n  <div class="search-result-icon">\n    <i class="fa fa-spinner fa-pulse fa-5x"></i>\n  </div>
</div>\n\n    </div>\n  </div>\n\n</header>\n        {_sidebar(heads)}\n    </div>\n\n    <div class="main-inner post posts-expand">\n\n\n  \n\n\n<div class="post-block">\n  \n  \n
  <article itemscope itemtype="http://schema.org/Article" class="post-content" lang="ar">\n    <link itemprop="mainEntityOfPage" href="{url}">\n\n    <span hidden itemprop="author" itemscope itemtype="http://schema.org/Person">
      <meta itemprop="image" content="/images/avatar.png">\n      <meta itemprop="name" content="{AUTHOR}">\n      <meta itemprop="description" content="{DESCRIPTION}">
    </span>\n\n    <span hidden itemprop="publisher" itemscope itemtype="http://schema.org/Organization">\n      <meta itemprop="name" content="{SITE}">
    </span>\n      <header class="post-header">\n        <h1 class="post-title rtl" itemprop="name headline">{title}\n        </h1>\n\n        <div class="post-meta-container">
          {_meta(article, n, count, minutes)}\n        </div>\n      </header>\n\n    \n    \n    \n    <div class="post-body rtl" itemprop="articleBody">{content}
    </div>\n\n    \n    \n    \n{footer}\n  </article>\n</div>\n\n\n\n\n<div class="comments utterances-container"></div>\n<script>\n  window.addEventListener('tabs:register', () => {{
    let {{ activeClass }} = CONFIG.comments;\n    if (CONFIG.comments.storage) {{\n      activeClass = localStorage.getItem('comments_active') || activeClass;
    }}\n    if (activeClass) {{\n      const activeTab = document.querySelector(`a[href="#comment-${{activeClass}}"]`);\n      if (activeTab) {{\n        activeTab.click();
      }}\n    }}\n  }});\n</script>\n</div>\n  </main>\n\n  <footer class="footer">\n    <div class="footer-inner">\n\n<div class="copyright">\n  &copy; 2019 – \n  <span itemprop="copyrightYear">2025</span>
  <span class="with-love">\n    <i class="fa fa-heart"></i>\n  </span>\n  <span class="author" itemprop="copyrightHolder">{AUTHOR}</span>\n</div>\n<div class="wordcount">
  <span class="post-meta-item">\n    <span class="post-meta-item-icon">\n      <i class="fa fa-chart-line"></i>\n    </span>\n      <span>مُجمل عدد الحروف: </span>
    <span title="مُجمل عدد الحروف">596k</span>\n  </span>\n  <span class="post-meta-item">\n    <span class="post-meta-item-icon">\n      <i class="fa fa-coffee"></i>\n    </span>
      <span>مُجمل زمن القراءة &asymp;</span>\n    <span title="مُجمل زمن القراءة">12:25</span>\n  </span>\n</div>\n  <div class="powered-by">تطبيق الموقع <a href="https://hexo.io/" rel="noopener" target="_blank">Hexo</a> & <a href="https://theme-next.js.org/" rel="noopener" target="_blank">NexT.Gemini</a>
  </div>\n\n    </div>\n  </footer>\n\n  \n  <div class="back-to-top" role="button" aria-label="Back to top">\n    <i class="fa fa-arrow-up fa-lg"></i>\n    <span>0%</span>
  </div>\n\n<noscript>\n  <div class="noscript-warning">{NOSCRIPT}</div>\n</noscript>\n\n\n  <script src="{CDN}/animejs/3.2.1/anime.min.js" integrity="sha256-XL2inqUJaslATFnHdJOi9GfQ60on8Wx1C2H8DYiN1xY=" crossorigin="anonymous"></script>
<script src="/js/comments.js"></script><script src="/js/utils.js"></script><script src="/js/motion.js"></script><script src="/js/sidebar.js"></script><script src="/js/next-boot.js"></script>
\n  <script src="{CDN}/hexo-generator-searchdb/1.4.1/search.js" integrity="sha256-1kfA5uHPf65M5cphT2dvymhkuyHPQp5A53EGZOnOLmc=" crossorigin="anonymous"></script>
<script src="/js/third-party/search/local-search.js"></script>\n\n\n\n<script class="next-config" data-name="utterances" type="application/json">{{"enable":true,"repo":"mudawwanat-taqniya/comments","issue_term":"pathname","theme":"github-light"}}</script>
<script src="/js/third-party/comments/utterances.js"></script>\n\n</body>\n</html>
"""
    return page
