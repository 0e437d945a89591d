"""Small boxes set in or beside the text that are the site's, not the story's: a subscribe box
(a form asking for an email address, or a box headed by a call to subscribe), a poll, a
sponsored section opening with its label, a link styled as a button, a reader's comment, a
reblogger's note, a link post's preview card; and the site's header above them all (its
slogan, its search box).
Their lines are not text wherever they sit (a newsletter's web issue puts all three inside
the issue). Pure: (document) in, the boxes' lines out."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from urllib.parse import urlsplit

from lxml import etree
from lxml.html import HtmlElement

from extraction.appeal_lines import IMPERATIVE_SUBSCRIBE, IMPERATIVE_SUPPORT, is_appeal
from extraction.block_lines import block_lines
from extraction.document import Document
from extraction.spelling import fold

# Class or id words of such boxes.
BOX_CLASSES: tuple[str, ...] = ('[class*="poll"]', '[class*="subscribe"]',
                                '[class*="newsletter"]', '[class*="sponsor"]',
                                '[id*="poll"]', '[id*="subscribe"]', '[id*="newsletter"]',
                                # A reader's comment, each of a list (Jimdo's "commentstd",
                                # "com-content" under "j-comment"): the list is too long a box.
                                '[class*="comment"]',
                                # A rating widget: Mambo's "content_rating" and "content_vote"
                                # ("تقييم القراء:", "ضعيف" ... "ممتاز"), star plugins.
                                '[class*="rating"]', '[class*="vote"]')
# The label a sponsored section opens with.
SPONSOR_LABELS: tuple[str, ...] = ("برعاية", "محتوى برعاية", "محتوى ممول", "محتوى مدفوع",
                                   "إعلان ممول", "بالشراكة مع", "Sponsored", "Sponsored by",
                                   "In partnership with")
# A box holds at most this many words: a wrapper of the whole text is none.
BOX_MAX_WORDS = 60
# A call-to-action button set in the text ("تبرّع لحملة «دفء» الشتوية" as Bootstrap's
# `a.btn`): a link styled as a button is the site's, never a sentence of the story.
BUTTON_LINKS: tuple[str, ...] = ('a[class*="btn"]', 'a[class*="button"]', 'a[role="button"]')
BUTTON_MAX_WORDS = 10
# A `<header>` that does not hold the headline is the site's (logo, slogan, search, menu);
# one of more words than this wraps more than a header.
SITE_HEADER_MAX_WORDS = 150
# A Tumblr reblog trail's entries: the first is the post reblogged, each later one a
# reblogger's note on it ("ننقل الخبر عن مدونة جارتنا ...").
REBLOG_ENTRIES: tuple[str, ...] = ('[class*="reblog"]',)

_LABEL_SET = frozenset(SPONSOR_LABELS)
_APPEAL_HEADING_MAX_CHARS = 60
# Headings that may call to subscribe or support: an imperative of the two in them (libxml2
# tests that faster than Python reads every heading).
_APPEAL_HEADINGS = etree.XPath("//*[self::h2 or self::h3 or self::h4][" + " or ".join(
    f"contains(., '{verb}')" for verb in (*IMPERATIVE_SUBSCRIBE, *IMPERATIVE_SUPPORT)) + "]")
_EMAIL_INPUTS = etree.XPath("//input[@type='email' or contains(@name, 'email')]")
_LABELS = etree.XPath("//body//text()[" + " or ".join(
    f"normalize-space(.) = '{label}'" for label in SPONSOR_LABELS) + "]")


def box_texts(doc: Document, lines: Iterable[str]) -> set[str]:
    """The lines of the page's boxes (the module's list); `lines`, the text read so far, say
    whether a sponsored section's label is among them and which `<header>`s are worth
    reading."""
    boxes = [el for el in doc.matches_any(BOX_CLASSES) if _words(el) <= BOX_MAX_WORDS]
    boxes += [el for el in doc.matches_any(BUTTON_LINKS) if _words(el) <= BUTTON_MAX_WORDS]
    boxes += [el for el in doc.matches_any(REBLOG_ENTRIES)
              if _words(el) <= BOX_MAX_WORDS and _follows_its_like(el)]
    lines = list(lines)
    boxes += [el for el in doc.tree.iter("header") if el.find(".//h1") is None
              and _words(el) <= SITE_HEADER_MAX_WORDS and _holds_a_line(el, lines)]
    # A box headed by a call to subscribe or support, though it asks no address (Kadence's
    # row of "اشترك في نشرتنا الصحية", its pitch and a button link).
    for heading in _APPEAL_HEADINGS(doc.tree):
        text = " ".join(heading.text_content().split())
        if len(text) < _APPEAL_HEADING_MAX_CHARS and is_appeal(fold(text)):
            boxes.append(_widest(heading, lambda el: _words(el) <= BOX_MAX_WORDS))
    boxes += [_widest(heading, lambda el: _words(el) <= BOX_MAX_WORDS)
              for heading in _previews(doc)]
    for field in _EMAIL_INPUTS(doc.tree):
        form = next((a for a in field.iterancestors() if a.tag == "form"), None)
        if form is not None:
            boxes.append(_widest(form, lambda el: _words(el) <= BOX_MAX_WORDS))
    # The walk of every text node costs 2 ms on a real page: only when a line is a label.
    labelled = not _LABEL_SET.isdisjoint(line.strip() for line in lines)
    for label in _LABELS(doc.tree) if labelled else ():
        holder = label.getparent()
        if holder is not None:
            text = " ".join(str(label).split())
            boxes.append(_widest(holder, lambda el, text=text: _words(el) <= BOX_MAX_WORDS
                                 and " ".join(el.text_content().split()).startswith(text)))
    return {line for box in boxes for line in block_lines(box)}


# The headline's link, and headings under it that link somewhere.
_HEADLINE_LINK = etree.XPath("(//h1)[1]//a/@href")
_LINKED_HEADINGS = etree.XPath("(//h1)[1]/following::*[self::h2 or self::h3 or self::h4 or "
                               "self::h5 or self::h6][.//a[@href]]")


def _previews(doc: Document) -> list[HtmlElement]:
    """Headings of a link post's preview card: a heading that links where the headline links,
    off the site (Lemmy's card of the linked story's title and description)."""
    target = next(iter(_HEADLINE_LINK(doc.tree)), "")
    host = urlsplit(target).netloc
    if not host or host == urlsplit(doc.url).netloc:
        return []
    return [h for h in _LINKED_HEADINGS(doc.tree)
            if any(a.get("href") == target for a in h.iter("a"))]


def _holds_a_line(el: HtmlElement, lines: list[str]) -> bool:
    """Whether a line read as text is in `el`'s text (its lines are worth reading then)."""
    text = " ".join(el.text_content().split())
    return any(line and line in text for line in lines)


def _follows_its_like(el: HtmlElement) -> bool:
    """Whether the element sibling before `el` has its class (a later entry of a list)."""
    previous = el.getprevious()
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()
    return previous is not None and previous.get("class") == el.get("class")


def _widest(el: HtmlElement, fits: Callable[[HtmlElement], bool]) -> HtmlElement:
    """The outermost of `el` and its ancestors that `fits`, climbing while they do."""
    for ancestor in el.iterancestors():
        if ancestor.tag in ("body", "html") or not fits(ancestor):
            break
        el = ancestor
    return el


def _words(el: HtmlElement) -> int:
    return len(el.text_content().split())
