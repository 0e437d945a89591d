"""A Jordanian independent journalist's blog ("دفاتر مستقلة") on a single-user WriteFreely
instance with a custom domain, one post page as `templates/collection-post.tmpl` serves it.
The head: `<html lang="ar" dir="rtl">` (page 2's post has no RTL flag set, so WriteFreely
prints `dir="auto"` on the html element and the blog title), `<title>` "headline &mdash; دفاتر
مستقلة", `/css/write.css`, `meta name="generator" content="WriteFreely"`, `meta name="title"`,
the 140-rune summary with "..." as description / twitter / og description, `meta name="author"`
holding the blog's name (not a person), `meta itemprop="datePublished"` with the bare UTC day,
the "Views" twitter label on posts read more than once, og:image (the post's image or the blog
avatar), `og:updated_time` and `article:published_time` in UTC ("...Z"), the
`fediverse:creator` / `rel="me"` verification, the collection's custom CSS and the
highlight.js loader script. No JSON-LD, no breadcrumbs, no sidebars. The body:
`<body id="post">`, `#overlay`, a `header` whose `h1#blog-title` links the blog name
(`h-card p-author`) and whose `nav` lists the pinned pages ("عن المدونة", "سياسة التصحيح",
"تواصل آمن", run together without spaces), then
`<article id="post-body" class="norm h-entry ">` (page 3 uses the "sans" font) with the
headline in `h2#title.p-name.dated` (the only h1 is the blog name), the date as
`<time class="dt-published" datetime="...Z" pubdate itemprop="datePublished" content="2024-05-12
08:30:00 +0000 UTC">May 12, 2024</time>` (English month, the UTC day: WriteFreely stores and
prints UTC; the writer is in Amman, +03:00, but nothing on the page says so, so the truth is
the UTC day the page shows; page 2 was posted at 00:40 Amman time on 3 September, and the page
shows and the truth takes September 2, 2024), then `div.e-content`: blackfriday markdown
paragraphs, the hashtags line the writer ends each post with (`a.hashtag` with
`span.p-category`, chrome), and the collection's post signature appended inside the e-content
(`<hr>`, the blog blurb with the fediverse handle, the secure-contact line: chrome). Page 1
adds an image paragraph with an italic caption paragraph, a `## ` subheading (`h2` with an
Arabic auto id), a blockquote and a bold "اقرأ أيضا:" list of three earlier posts (chrome);
page 2 links a phrase inline, bolds a phrase and ends with the italic sign-off "ليلى حداد –
إربد" (the only page naming her: the author); page 3 is a guest post that opens with the
italic "تدوينة ضيف بقلم الصحفي سامر خوري" (author) and bolds a phrase. After the article:
the email subscription form ("Enter your email to subscribe to updates.") and the branding
footer "published with write freely", then localdate.js, the unpin script and the web-font
loader."""

from __future__ import annotations

from datetime import UTC

from .base import Article, Page, e

# Go templates leave whitespace-only and tab+space lines; written here as ␉ (tab) and ␠
# (space) and restored in render().

NAME = "writefreely_post"
HELD_OUT = True
SET = "unseen18"
FAMILY = ("WriteFreely single-user blog post (collection-post.tmpl): h1 blog title, h2#title "
          "p-name, UTC dt-published 'May 12, 2024', sparse e-content with hashtags and an "
          "in-content post signature, email subscribe, branding footer")
HOST = "https://dafatir-mustaqilla.example"
BLOG = "دفاتر مستقلة"
HANDLE = "@dafatir@dafatir-mustaqilla.example"
PINNED = (("about", "عن المدونة"), ("corrections", "سياسة التصحيح"), ("contact", "تواصل آمن"))
SIGNATURE = (f"{BLOG} مدونة صحفية مستقلة من عمّان، بلا إعلانات ولا ممولين. تابعوها من أي "
             f"حساب في الفديفرس: {HANDLE}")
SIG_HTML = (f"<p><em>{BLOG}</em> مدونة صحفية مستقلة من عمّان، بلا إعلانات ولا ممولين. تابعوها "
            f"من أي حساب في الفديفرس: <strong>{HANDLE}</strong></p>")
CONTACT = "للتواصل وإرسال الوثائق بأمان: صفحة التواصل الآمن"
CONTACT_HTML = (f'<p>للتواصل وإرسال الوثائق بأمان: <a href="{HOST}/contact" rel="nofollow">'
                f"صفحة التواصل الآمن</a></p>")
SUBSCRIBE = "Enter your email to subscribe to updates."
BRANDING = "published with write freely"
READ_ALSO = "اقرأ أيضا:"
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
# page -> (font, direction, views, slug)
SETUP = {1: ("norm", "rtl", 2318, "mzariu-al-aghwar"),
         2: ("norm", "auto", 845, "ijarat-al-sakan-al-tullabi-irbid"),
         3: ("sans", "rtl", 1, "sawt-al-janoub-ma-an")}
IMAGE = {1: ("https://i.snap.as/Xq3mT9kD.jpg", "قناة الملك عبدالله قرب دير علا")}
HEADING = {1: 2}  # page -> index of the body paragraph written as "## ..."
QUOTE = {1: 4}  # page -> index of the body paragraph written as "> ..."
LINKED = {2: (1, "إعلانات جمعتها",
              "https://docs.google.com/spreadsheets/d/1Irbid-rents-2024-hK7q/edit")}
BOLD = {2: (2, "تأخر افتتاح السكن الجامعي الجديد"), 3: (2, "سبعة موظفين")}
SIGN_OFF = {2: "ليلى حداد – إربد"}
GUEST = {3: "تدوينة ضيف بقلم الصحفي سامر خوري"}
RELATED_SLUGS = ("sad-al-malik-talal", "al-souq-al-markazi", "abar-al-mafraq")


def _shown(moment) -> str:
    """`monday.Format(p.Created, "January 2, 2006")`: the English long date of the UTC day."""
    utc = moment.astimezone(UTC)
    return f"{MONTHS_EN[utc.month - 1]} {utc.day}, {utc.year}"


def _anchor(text: str) -> str:
    """blackfriday's SanitizedAnchorName: letters and digits kept, runs of others to "-"."""
    out, dash = [], False
    for ch in text:
        if ch.isalnum():
            if dash and out:
                out.append("-")
            out.append(ch)
            dash = False
        else:
            dash = True
    return "".join(out)


def _summary(parts: list[str]) -> str:
    """shortPostDescription: the first 137 runes of the plain content plus "...""."""
    text = "\n\n".join(parts)
    if len(text) > 140:
        return (text[:137].replace("\n", " ") + "...").strip()
    return text.replace("\n", " ").strip()


def _content(article: Article, n: int, page: Page) -> str:
    blocks = []
    if n in GUEST:
        blocks.append(f"<p><em>{e(GUEST[n])}</em></p>")
        page.add(GUEST[n])
    texts = [article.lead, *article.paragraphs]
    for k, text in enumerate(texts):
        html = e(text)
        if n in LINKED and LINKED[n][0] == k:
            words = e(LINKED[n][1])
            html = html.replace(words, f'<a href="{LINKED[n][2]}" rel="nofollow">{words}</a>', 1)
        if n in BOLD and BOLD[n][0] == k:
            words = e(BOLD[n][1])
            html = html.replace(words, f"<strong>{words}</strong>", 1)
        if HEADING.get(n) == k:
            blocks.append(f'<h2 id="{_anchor(text)}">{html}</h2>')
        elif QUOTE.get(n) == k:
            blocks.append(f"<blockquote><p>{html}</p></blockquote>")
        else:
            blocks.append(f"<p>{html}</p>")
        if k == 0 and n in IMAGE:
            src, alt = IMAGE[n]
            blocks.append(f'<p><img src="{src}" alt="{e(alt)}"></p>')
            blocks.append(f"<p><em>{e(article.caption)}</em></p>")
            page.add(article.caption)
    if n == 1:
        items = "\n".join(f'<li><a href="{HOST}/{slug}" rel="nofollow">{e(title)}</a></li>'
                          for slug, title in zip(RELATED_SLUGS, article.related, strict=True))
        blocks.append(f"<p><strong>{READ_ALSO}</strong></p>")
        blocks.append(f"<ul>{items}</ul>")
        page.add(READ_ALSO, *article.related)
    if n in SIGN_OFF:
        blocks.append(f"<p><em>{e(SIGN_OFF[n])}</em></p>")
        page.add(SIGN_OFF[n])
    tags = " ".join(f'<a href="{HOST}/tag:{t}" class="hashtag" rel="nofollow"><span>#</span>'
                    f'<span class="p-category">{t}</span></a>' for t in article.tags)
    blocks.append(f"<p>{tags}</p>")
    page.add(" ".join(f"#{t}" for t in article.tags))
    blocks += ["<hr>", SIG_HTML, CONTACT_HTML]
    return "\n\n".join(blocks) + "\n"


HIGHLIGHT = """<script>
  // TODO: this feels more like a mutation observer
  addEventListener('DOMContentLoaded', function () {
    var hlbaseUri = "/js/";
    var lb = document.querySelectorAll("code[class^='language-']");


    // Custom aliasmap
    var aliasmap = {
      "elisp"      : "lisp",
      "emacs-lisp" : "lisp",
      "c"          : "cpp",
      "cc"         : "cpp",
      "sh"         : "bash",
      "js"         : "javascript",
      "html"       : "xml"
    };

    // Given a set of nodes, run highlighting on them
    function highlight(nodes) {
      for (i=0; i < nodes.length; i++) {
          hljs.highlightBlock(nodes[i]);
      }
    }

    // We don't have to do anything if there are no language blocks
    if (lb.length > 0) {
      // We have blocks to be highlighted, so we load css
      var st = document.createElement('link');
      st.rel = "stylesheet";
      st.href = "/css/lib/atom-one-light.min.css";
      document.head.appendChild(st);
    }
  });
</script>"""

TAIL = """	<script src="/js/localdate.js"></script>
	<script type="text/javascript">

var pinning = false;
function unpinPost(e, postID) {
	e.preventDefault();
	if (pinning) {
		return;
	}
	pinning = true;

	var $header = document.getElementsByTagName('header')[0];
	var callback = function() {
		// Hide current page
		var $pinnedNavLink = $header.getElementsByTagName('nav')[0].querySelector('.pinned.selected');
		$pinnedNavLink.style.display = 'none';
	};

	var $pinBtn = $header.getElementsByClassName('unpin')[0];
	$pinBtn.innerHTML = '...';

	var http = new XMLHttpRequest();
	var url = "/api/collections/dafatir/unpin";
	var params = [ { "id": postID } ];
	http.open("POST", url, true);
	http.setRequestHeader("Content-type", "application/json");
	http.send(JSON.stringify(params));
};

	try { // Fonts
␉  WebFontConfig = {
		custom: { families: [ 'Lora:400,700:latin', 'Open+Sans:400,700:latin' ], urls: [ '/css/fonts.css' ] }
␉  };
␉  (function() {
		var wf = document.createElement('script');
		wf.src = '/js/webfont.js';
		wf.type = 'text/javascript';
		wf.async = 'true';
		var s = document.getElementsByTagName('script')[0];
		s.parentNode.insertBefore(wf, s);
␉  })();
	} catch (e) { /* ¯\\_(ツ)_/¯ */ }
	</script>
</html>"""

STYLE = ("body#post article, #blog-title, .e-content blockquote { font-family: \"Noto Naskh "
         "Arabic\", \"Amiri\", serif; line-height: 1.9; }\n"
         "body#post article .e-content img { border-radius: 4px; }\n"
         "#emailsub p { font-family: \"Open Sans\", sans-serif; }")


def render(article: Article, n: int) -> Page:
    font, direction, views, slug = SETUP[n]
    url = f"{HOST}/{slug}"
    utc = article.moment.astimezone(UTC)
    shown = _shown(article.moment)
    page = Page(url=url, html="", shown_date=shown)
    page.add(BLOG, *(label for _, label in PINNED), shown)
    content = _content(article, n, page)
    page.add(SIGNATURE, CONTACT, SUBSCRIBE, BRANDING)
    created8601 = f"{utc:%Y-%m-%dT%H:%M:%SZ}"
    created = f"{utc:%Y-%m-%d %H:%M:%S} +0000 UTC"
    parts = ([GUEST[n]] if n in GUEST else []) + [article.lead, *article.paragraphs]
    summary = e(_summary(parts))
    title = e(article.headline)
    image = IMAGE[n][0] if n in IMAGE else f"{HOST}/img/avatars/d.png"
    views_meta = (f'<meta name="twitter:label1" value="Views">\n\t\t<meta name="twitter:data1" '
                  f'value="{views:,}">' if views > 1 else "")
    og_image = (f'<meta property="og:image" content="{image}" />' if n in IMAGE
                else f'<meta property="og:image" content="{image}">')
    pinned = "".join(f'<a class="pinned" href="{HOST}/{path}">{label}</a>'
                     for path, label in PINNED)
    page.html = f"""<!DOCTYPE HTML>
<html lang="ar" dir="{direction}">
	<head prefix="og: http://ogp.me/ns# article: http://ogp.me/ns/article#">
		<meta charset="utf-8">

		<title>{title} &mdash; {BLOG}</title>
␉␉
		<link rel="stylesheet" type="text/css" href="/css/write.css" />
		<link rel="shortcut icon" href="/favicon.ico" />
		<meta name="viewport" content="width=device-width, initial-scale=1.0" />
␉␉
		<link rel="canonical" href="{url}" />
		<meta name="generator" content="WriteFreely">
		<meta name="title" content="{title} &mdash; {BLOG}">
		<meta name="description" content="{summary}">
		{views_meta}
		<meta name="author" content="{BLOG}" />
		<meta itemprop="description" content="{summary}">
		<meta itemprop="datePublished" content="{utc:%Y-%m-%d}" />
		<meta name="twitter:card" content="summary">
		<meta name="twitter:description" content="{summary}">
		<meta name="twitter:title" content="{title} &mdash; {BLOG}">
		<meta name="twitter:image" content="{image}">
		<meta property="og:title" content="{title}" />
		<meta property="og:description" content="{summary}" />
		<meta property="og:site_name" content="{BLOG}" />
		<meta property="og:type" content="article" />
		<meta property="og:url" content="{url}" />
		<meta property="og:updated_time" content="{created8601}" />
		{og_image}
		<meta property="article:published_time" content="{created8601}">
␉␉
		<meta name="fediverse:creator" content="@laila_haddad@mastodon.example">
		<link rel="me" href="https://mastodon.example/@laila_haddad" />
		<style type="text/css">{STYLE}</style>

␉␉

		<!-- Add highlighting logic -->
		{HIGHLIGHT}

	</head>
	<body id="post">
␉␉
		<div id="overlay"></div>

		<header>
		<h1 dir="{direction}" id="blog-title"><a rel="author" href="/" class="h-card p-author">{BLOG}</a></h1>
			<nav>
␉␉␉␉
				{pinned}
␉␉␉␉
␉␉␉␉
			</nav>
		</header>
␉␉
␉␉
		<article id="post-body" class="{font} h-entry "><h2 id="title" class="p-name dated">{title}</h2><time class="dt-published" datetime="{created8601}" pubdate itemprop="datePublished" content="{created}">{shown}</time><div class="e-content">{content}</div></article>

␉␉
		<div id="emailsub">
␠␠␠␠␠␠␠␠␠␠␠␠
			<form method="post" action="/api/collections/dafatir/email/subscribe">
				<input type="hidden" name="slug" value="{slug}" />
				<input type="hidden" name="web" value="1" />
				<p>{SUBSCRIBE}</p> <div style="position: absolute; left: -5000px;" aria-hidden="true"><input type="email" name="fake_email" tabindex="-1" value="" /><input type="password" name="fake_password" tabindex="-1" placeholder="password" autocomplete="new-password" /></div>
				<input type="email" name="email" placeholder="me@example.com" />
				<input type="submit" id="subscribe-btn" value="Subscribe" />
			</form>
			<script type="text/javascript">
                var $form = document.getElementById('emailsub').getElementsByTagName('form')[0];
                $form.onsubmit = function() {{
                    var $sub = document.getElementById('subscribe-btn');
                    $sub.disabled = true;
                    $sub.value = 'Subscribing...';
                }}
			</script>
␠␠␠␠␠␠␠␠␠␠␠␠
		</div>
␠␠␠␠

␉␉
		<footer dir="ltr"><hr><nav><p style="font-size: 0.9em">published with <a href="https://writefreely.org">write freely</a></p></nav></footer>
␉␉
	</body>
␉
␉
{TAIL}"""
    page.html = page.html.replace("␉", "\t").replace("␠", " ")
    return page
