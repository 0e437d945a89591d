"""The headline out of a page's title: without the site's name before or after it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import SplitResult, urlsplit

from lxml import etree
from lxml.html import HtmlElement

from extraction.byline_lines import names_host
from extraction.selectors import text_of
from extraction.textnorm import fold_space
from extraction.title_affixes import AFFIX_MAX_WORDS, SPACED_SEPARATOR

TITLE_SEPARATORS: tuple[str, ...] = ("-", "|", "–", "—", ":", "«", "»")
# Elements that may show the headline on pages without <h1> (old portals: <font><b>, <td>).
_HEADLINE_TAGS = ("h1", "h2", "h3", "b", "strong", "font", "td", "div", "span", "p")


# Labels forums and old portals print before the headline in its own element.
HEADLINE_LABELS: tuple[str, ...] = ("عنوان الموضوع", "الموضوع", "موضوع", "العنوان", "عنوان الخبر")


def without_label(headline: str) -> str:
    """The headline without a "الموضوع:" label before it."""
    for label in HEADLINE_LABELS:
        rest = headline.removeprefix(label).lstrip()
        if rest != headline and rest[:1] in (":", "："):
            return rest[1:].strip() or headline
    return headline


def publisher_names(metas: Mapping[str, str], ld: Iterable[dict[str, Any]]) -> set[str]:
    """The names the page gives its publisher (og:site_name, application-name, JSON-LD
    `publisher`): a body line that is only one of them is the logo's text, not the article's."""
    names = {metas.get("og:site_name"), metas.get("application-name")}
    for obj in ld:
        publisher = obj.get("publisher")
        for one in publisher if isinstance(publisher, list) else [publisher]:
            if isinstance(one, dict) and isinstance(one.get("name"), str):
                names.add(one["name"])
    return {fold_space(name) for name in names if name and fold_space(name)}


# A site's front page: what the logo's link points to.
_HOME_PATHS = frozenset({"", "/", "/index.php", "/index.html", "/index.htm", "/default.aspx"})


# Links that carry a name in their title or their image's alt: a logo among them.
_NAMED_LINKS = etree.XPath("//a[@href and (@title or img[@alt])]")


def logo_names(tree: HtmlElement, url: str) -> set[str]:
    """The titles and image alts of the links to the site's front page (the logo's link,
    "نبض الشمال" on XOOPS' `headerlogo`): the name the site shows itself by."""
    host = urlsplit(url).hostname
    names: set[str] = set()
    for link in _NAMED_LINKS(tree):
        try:
            href = urlsplit(link.get("href", ""))
        except ValueError:  # "http://[x": no address at all
            continue
        # "" is the page itself, unless a host is given ("https://host")
        if _front_page(href) and (href.path or href.netloc) and href.hostname in (None, host):
            names.update(fold_space(name) for name in (
                link.get("title") or "", *(img.get("alt") or "" for img in link.findall("img"))))
    return {name for name in names if name and len(name.split()) <= AFFIX_MAX_WORDS}


def names_site(name: str, tree: HtmlElement, url: str) -> bool:
    """Whether a name is the site's own: its host written out (`names_host`) or the name its
    logo shows (`logo_names`); the publisher, no writer."""
    return names_host(name, url) or fold_space(name) in logo_names(tree, url)


def is_logo_heading(heading: HtmlElement) -> bool:
    """An `<h1>` that is only a link to the site's front page (SMF's `h1.forumtitle`, a theme's
    logo): the site's name, not the headline."""
    links = heading.findall(".//a")
    if len(links) != 1 or text_of(links[0]) != text_of(heading):
        return False
    return _front_page(urlsplit(links[0].get("href") or "#"))


def _front_page(href: SplitResult) -> bool:
    """Whether a link's address points to the site's front page: a home path (`_HOME_PATHS`),
    no query, no fragment."""
    return not href.query and not href.fragment and href.path in _HOME_PATHS


def title_site_names(page_title: str, headline: str | None) -> set[str]:
    """The other part of a `<title>` of two, one the headline ("وادي حضرموت نت" in "وادي حضرموت
    نت - <headline>"): the name the site titles its pages with. A title of more parts may
    name the writer beside the headline ("<headline> - د. منى القاسم | الوطن العربي")."""
    if not headline or headline == page_title:
        return set()
    parts = [fold_space(part) for part in SPACED_SEPARATOR.split(page_title)]
    if len(parts) != 2 or headline not in parts:
        return set()
    site = parts[1] if parts[0] == headline else parts[0]
    return {site} if site and len(site.split()) <= AFFIX_MAX_WORDS else set()


def without_names(title: str, names: Iterable[str]) -> str:
    """The title without one of the publisher's names before or after it ("<headline> -
    اقتصاد الجزائر" with og:site_name "اقتصاد الجزائر": OceanWP's headline is no `<h1>`)."""
    for name in names:
        for separator in TITLE_SEPARATORS:
            for rest in (title.removesuffix(f" {separator} {name}"),
                         title.removeprefix(f"{name} {separator} ")):
                if rest != title and len(rest.split()) >= 2:
                    return rest.strip()
    return title


def without_site_name(tree: HtmlElement, title: str) -> str:
    """The headline when the title is an <h1> plus " - Site name"."""
    for heading in tree.iter("h1"):
        text = text_of(heading)
        rest = title[len(text):].strip() if text and title.startswith(text) else ""
        if rest and rest[0] in TITLE_SEPARATORS:
            return text
    return title


_PAGE_NAME_MAX_WORDS = 5
_HEADLINE_MIN_WORDS = 6
_NAV_LINKS = etree.XPath(".//nav//a")


def menu_named(tree: HtmlElement, title: str) -> str:
    """The page's one <h1> when the meta title is only the page's name in the site's menu
    (Google Sites: og:title "دورة صناعة الألبان", a link of the <nav>, above the headline "سنابل
    الخير تختتم دورة لتدريب 40 سيدة ..."): a short title, a headline of at least six words and
    twice its length; else the title."""
    words = len(title.split())
    if words > _PAGE_NAME_MAX_WORDS:
        return title
    headings = tree.findall(".//h1")
    if len(headings) != 1:
        return title
    headline = text_of(headings[0])
    if len(headline.split()) < max(_HEADLINE_MIN_WORDS, 2 * words) or not any(
            text_of(link) == title for link in _NAV_LINKS(tree)):
        return title
    return headline


# A social account as a page names it: "صحيفة الميدان (@almaidan@mastodon.example)".
_ACCOUNT_TITLE = re.compile(r"\(@[\w.-]+(?:@[\w.-]+)?\)\s*$")
# A social post's page title: '<name>: "<the post's opening…>" - <instance>' (Mastodon),
# '<name> on X: "<post>" / X'.
_QUOTED_POST = re.compile(r'^[^"“]{1,80}:\s*["“](?P<opening>[^"”]{8,}?)(?:…|\.\.\.)?["”]')
_POST_HEADLINE_MAX_WORDS = 25


def quoted_post_headline(tree: HtmlElement, page_title: str) -> str | None:
    """The first paragraph of a social post, as its headline, when the page's `<title>`
    quotes the post's opening and that paragraph is a headline's length (outlets post the
    headline first, then the story), else None."""
    quoted = _QUOTED_POST.match(page_title)
    if quoted is None:
        return None
    opening = fold_space(quoted["opening"])
    body = tree.find("body")
    first = next((text for p in (body if body is not None else tree).iter("p")
                  if (text := fold_space(p.text_content())).startswith(opening)), None)
    if first is None or len(first.split()) > _POST_HEADLINE_MAX_WORDS:
        return None
    return first


# An article's <h1> of fewer words is a section's name ("الأخبار"), not a headline.
_SHOWN_HEADLINE_MIN_WORDS = 5


def shared_title_headline(tree: HtmlElement, og_title: str, page_title: str,
                          names: Iterable[str] = ()) -> str | None:
    """The headline an og:title gives: without the site's name (beside the `<h1>`, or one of
    the publisher's `names`), the menu's item it shortens (menu_named); or the sole <h1> of
    the page, inside its `<article>`, when that headline is another and the title shows
    nowhere on the page: a title for search engines and shares (Thunder's SEO title), not the
    one a reader reads. An og:title naming an account ("<name> (@handle)": a social post's
    page) gives none; the post's opening the `<title>` quotes may (quoted_post_headline)."""
    if _ACCOUNT_TITLE.search(og_title):
        return quoted_post_headline(tree, page_title)
    title = menu_named(tree, without_site_name(tree, without_names(og_title, names)))
    headings = tree.findall(".//h1")
    if len(headings) != 1 or next(headings[0].iterancestors("article"), None) is None:
        return title
    headline = text_of(headings[0])
    if (not headline or headline == title
            or len(headline.split()) < _SHOWN_HEADLINE_MIN_WORDS):
        return title
    body = tree.find("body")
    return title if body is None or title in fold_space(body.text_content()) else headline


def shown_part(tree: HtmlElement, title: str) -> str:
    """The part of a "<site> :: <headline>" title that the page shows as an element's whole
    text (its headline; of several shown, the longest: a site name printed under its logo is
    shorter); the title unchanged when no part is shown on its own."""
    parts = [p for p in (fold_space(part) for part in SPACED_SEPARATOR.split(title)) if p]
    if len(parts) < 2:
        return title
    wanted = {p for p in parts if len(p.split()) >= 3}  # a headline, not a site name
    starts = {p[:12] for p in wanted}
    longest = max(wanted, key=len, default="")
    shown = ""
    body = tree.find("body")
    for el in (body if body is not None else tree).iter(*_HEADLINE_TAGS):
        # text_of only for elements whose text begins like a part: the walk stays linear.
        lead = fold_space(el.text or (el[0].text if len(el) else "") or "")
        if lead[:12] in starts and (text := text_of(el)) in wanted and len(text) > len(shown):
            shown = text
            if text == longest:
                break
        elif (after := _after_category_link(el)) in wanted and len(after) > len(shown):
            shown = after
    return shown or title


def titled_heading(tree: HtmlElement, heading: str, page_title: str) -> str:
    """`heading` (the page's headline element's text), or the part of the `<title>` another
    heading shows when the `<title>` does not hold `heading` at all: Moodle's `<h1>` is the
    site's full name, its `<title>` "<site>: <discussion>" and the discussion's `<h3>` the
    headline."""
    if not page_title or heading in page_title:
        return heading
    spaced = page_title.replace(": ", " : ", 1)  # "<site>: <headline>", colon unspaced before
    shown = shown_part(tree, spaced)
    return shown if shown != spaced else heading


_CATEGORY_MARKS = ":： -–—|"


def _after_category_link(el: HtmlElement) -> str:
    """The text after an element's only child, a category link, and its colon ("<a>أخبار
    الوادي</a>: <headline>", PHP-Nuke's story title); "" for any other element."""
    if len(el) != 1 or el[0].tag != "a" or (el.text or "").strip() or not el[0].tail:
        return ""
    return fold_space(el[0].tail).lstrip(_CATEGORY_MARKS)


# A document kind, not a headline: the <title> a Word file saved as HTML carries.
GENERIC_TITLES: frozenset[str] = frozenset({
    "بيان صحفي", "بيان", "بيان إعلامي", "بيان صحافي", "خبر صحفي", "تصريح صحفي", "بلاغ صحفي",
    "بلاغ", "Untitled", "Document"})
_BOLD_HEADLINE_WORDS = range(4, 31)
_TEXT_WORDS = 20
_BOLD = etree.XPath(".//b[not(ancestor::b or ancestor::strong)]"
                    " | .//strong[not(ancestor::b or ancestor::strong)]")


def page_headline(tree: HtmlElement, page_title: str) -> str | None:
    """The headline a page's <title> gives (`shown_part`); on a page whose title is missing or
    only a document kind ("بيان صحفي"), its bold headline, else that title."""
    if page_title and page_title not in GENERIC_TITLES:
        return shown_part(tree, page_title)
    return bold_headline(tree) or page_title or None


def bold_headline(tree: HtmlElement) -> str | None:
    """The headline of a page with no title, heading or meta title (a Word document saved as
    HTML): the last paragraph set wholly in bold, of 4 to 30 words, above the text (the first
    paragraph of 20 words or more not in bold; a letterhead's bold lines come before the
    headline); None when no text follows."""
    body = tree.find("body")
    headline = None
    for para in (body if body is not None else tree).iter("p"):
        text = fold_space(para.text_content())
        words = len(text.split())
        if not words:
            continue
        bold = fold_space(" ".join(b.text_content() for b in _BOLD(para)))
        if bold.replace(" ", "") == text.replace(" ", ""):
            if words in _BOLD_HEADLINE_WORDS:
                headline = text
        elif words >= _TEXT_WORDS:
            return headline
    return None
