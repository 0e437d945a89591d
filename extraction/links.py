"""Links an article points to: related-article blocks and photos, made absolute."""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urljoin, urlsplit, urlunsplit

from lxml import etree
from lxml.html import HtmlElement
from lxml.html import defs as html_defs

from extraction.block_lines import block_lines
from extraction.boilerplate import SOURCE_LINE_STARTS, is_caption_line, source_of
from extraction.document import Document
from extraction.selectors import first, select, text_of, text_start
from extraction.textnorm import END_STOPS, fold_space

READ_MORE_LABELS: tuple[str, ...] = ("إقرأ المزيد", "اقرأ المزيد", "إقرأ أيضاً", "اقرأ أيضاً",
                                     "إقرأ أيضا", "اقرأ أيضا")
_PLACEHOLDER_SUFFIXES: tuple[str, ...] = ("blank.gif", "spacer.gif", "1x1.gif", "pixel.gif")


# An address already absolute and plain, which urljoin and urlsplit would give back as it is
# (they cost 30 µs a link): a lowercase http(s) scheme, a host, no fragment, no dot segment,
# no empty query, nothing to strip.
_PLAIN_ABSOLUTE = re.compile(r"https?://[^\s/?#\\]+(?:/(?!\.\.?(?:/|$))[^\s/?#\\]*)*"
                             r"(?:\?[^\s#]+)?")


def absolute(href: str | None, base: str) -> str | None:
    """`href` resolved against `base`, without its fragment; None unless it is http(s)."""
    if not href or not href.strip():
        return None
    if _PLAIN_ABSOLUTE.fullmatch(href):
        return href
    parts = urlsplit(urljoin(base, href.strip()))
    if parts.scheme not in ("http", "https"):
        return None
    return urlunsplit(parts._replace(fragment=""))


def block_links(tree: HtmlElement, page_url: str, own_urls: set[str | None],
                blocks: Sequence[tuple[str, Sequence[str]]],
                link_title: Sequence[str]) -> list[dict[str, str]]:
    """Links inside the (kind, selectors) blocks, in page order, each URL once; a link in
    blocks of several kinds takes the last kind listed."""
    kinds: dict[HtmlElement, str] = {}
    for kind, selectors in blocks:
        for block in select(tree, selectors):
            for link in block.iter("a"):
                kinds[link] = kind
    links: list[dict[str, str]] = []
    seen = {u for u in own_urls if u}
    for link in tree.iter("a"):
        kind = kinds.get(link)
        target = absolute(link.get("href"), page_url) if kind else None
        if target and target not in seen:
            seen.add(target)
            links.append({"url": target, "title": _title(link, link_title), "kind": kind})
    return links


_SOURCE_START = max(map(len, SOURCE_LINE_STARTS))
# The <p>, <div> and <span> holding a link whose text may be a source line, in page order:
# their text holds "مصدر" (libxml2 tests it faster than Python reads each block), or it may
# and text_of does not show it: a script, style or template inside (text_of skips their text).
_SOURCE_LINE_CANDIDATES = etree.XPath(
    "descendant-or-self::*[self::p or self::div or self::span][.//a]"
    "[contains(string(.), 'مصدر') or .//script or .//style or .//template]")
# Every element's string(.) is a run of its root's, so on a page whose text never holds the
# word only the second half can hold: the blocks above a script, style or template, found
# from those few elements up instead of by reading every block's whole text.
_PAGE_TEXT = etree.XPath("string()")
_ABOVE_HIDDEN_TEXT = etree.XPath(
    "(descendant::script | descendant::style | descendant::template)"
    "/ancestor::*[self::p or self::div or self::span][.//a]")


def source_links(tree: HtmlElement, page_url: str,
                 own_urls: set[str | None]) -> list[dict[str, str]]:
    """Links inside source lines ("المصدر: <a href=...>RT</a>"): the page credits the
    article it copies (kind `source`), each URL once."""
    links: list[dict[str, str]] = []
    seen = {u for u in own_urls if u}
    for paragraph in source_lines(tree):
        for link in paragraph.findall(".//a"):
            target = absolute(link.get("href"), page_url)
            if target and target not in seen:
                seen.add(target)
                links.append({"url": target, "title": text_of(link), "kind": "source"})
    return links


def source_lines(tree: HtmlElement) -> list[HtmlElement]:
    """The <p>, <div> and <span> elements holding a link whose text is a source line, with
    at most three children, in page order."""
    return [paragraph for paragraph in _source_line_candidates(tree)
            if len(paragraph) <= 3
            and text_start(paragraph, _SOURCE_START).startswith(SOURCE_LINE_STARTS)
            and source_of(text_of(paragraph)) is not None]


def _source_line_candidates(tree: HtmlElement) -> list[HtmlElement]:
    """What _SOURCE_LINE_CANDIDATES selects in `tree`."""
    if tree.getparent() is None and "مصدر" not in _PAGE_TEXT(tree):
        return _ABOVE_HIDDEN_TEXT(tree)  # from the root, its ancestors are all inside it
    return _SOURCE_LINE_CANDIDATES(tree)


def _title(link: HtmlElement, link_title: Sequence[str]) -> str:
    titled = first(link, link_title)
    text = text_of(titled if titled is not None else link)
    for label in READ_MORE_LABELS:
        text = text.removeprefix(label).strip()
    return text


def photos(scope: HtmlElement, page_url: str, photo: Sequence[str], caption: Sequence[str],
           credit: Sequence[str]) -> list[dict[str, str | None]]:
    """Every `photo` element's image with its caption and credit, each URL once."""
    images: list[dict[str, str | None]] = []
    seen: set[str] = set()
    for el in select(scope, photo):
        src = absolute(_image_src(el), page_url)
        if src and src not in seen:
            seen.add(src)
            images.append({"url": src, "caption": _text(first(el, caption)),
                           "credit": _text(first(el, credit))})
    return images


# Elements holding a photo's caption on the common CMSs (class and id matches are
# case-sensitive, hence both spellings).
CAPTIONS: tuple[str, ...] = ("figcaption", '[class*="caption"]', '[class*="Caption"]',
                             '[id*="Caption"]', '[id*="caption"]')
_CAPTION_MAX_WORDS = 40
# A pull quote's box (WordPress "wp-block-pullquote", Bootstrap themes' "pull-quote"): a
# phrase of the text set apart, often reworded, so no longer a copy the text check finds.
PULL_QUOTES: tuple[str, ...] = ('[class*="pullquote"]', '[class*="pull-quote"]',
                                '[class*="pull_quote"]')


def caption_texts(doc: Document) -> set[str]:
    """The short texts of the page's caption elements and pull quotes (the box's and each of
    its blocks': the quote without its credit line), and of paragraphs that hold a photo and
    a short line under it (old hand-written pages: `<p><img><br><font>caption</font>`), and
    of blocks holding a caption over its photo credit: when trafilatura reads one as a
    paragraph, it is a caption and not article text."""
    texts = [text_of(el) for el in doc.matches_any(CAPTIONS)]
    for box in doc.matches_any(PULL_QUOTES):
        texts += [text_of(box), *(text_of(child) for child in box.iterchildren()
                                  if isinstance(child.tag, str))]
    for media in doc.tree.iter("iframe", "video"):
        texts.append(_italic_under(media))
    holders = {br.getparent() for br in doc.tree.iter("br")} - {None}
    texts += [caption for holder in holders if (caption := _credited_line(holder))]
    for img in doc.tree.iter("img"):
        if _photo_paragraph(img):
            texts.append(text_of(img.getparent()))
        texts.append(_italic_under(img))
        # A photo's title or alt text written out under it (the Rossiya Segodnya CMS's
        # caption line repeats the image's title); a file name is one word.
        texts += [fold_space(value) for attr in ("title", "alt")
                  if len((value := img.get(attr) or "").split()) >= _NAMED_MIN_WORDS]
    return {t for t in texts if t and len(t.split()) <= _CAPTION_MAX_WORDS}


_NAMED_MIN_WORDS = 3
_MEDIA_WRAPPERS = frozenset({"a", "span", "div", "p", "figure"})
_CAPTION_RUNS = frozenset({"i", "em", "small"})


def _italic_under(media: HtmlElement) -> str:
    """The italic or small-print line right under a photo or video: in text parted by <br>
    (a forum post's BBCode "[img]...[/img]" then "[i]caption[/i]"), or as the paragraph after
    the media's own paragraph or figure (`<p><iframe></p><p><em>caption</em></p>`,
    `<figure><img></figure><p><small>caption</small></p>`); else ""."""
    el = media
    while ((parent := el.getparent()) is not None
           and (parent.tag in _MEDIA_WRAPPERS or parent.tag not in html_defs.tags)
           and all(child is el or child.tag == "br" or _hidden(child) for child in parent)
           and not (parent.text_content().strip() and _shown_text(parent).strip())):
        el = parent  # the media's own wrappers (XenForo's bbImageWrapper, a link, a <p>; an
                     # editor's trailing <br> beside it: Moodle's Atto `<p><img><br></p>`;
                     # a custom element with a hidden download tip: Discuz's <ignore_js_op>)
    if (el.tail or "").strip():
        return ""
    line = el.getnext()
    while line is not None and line.tag == "br" and not (line.tail or "").strip():
        line = line.getnext()
    while (line is not None and line.tag in ("p", "div") and len(line) == 1
           and not (line.text or "").strip()):
        line = line[0]  # the caption's own paragraph, in its own boxes (Google Sites)
    if line is None or not _caption_run(line) or (line.tail or "").strip():
        return ""
    after = line.getnext()
    return text_of(line) if after is None or after.tag == "br" else ""


def _credited_line(holder: HtmlElement) -> str:
    """The caption of a block that holds two lines parted by <br>: a line with no end stop
    and under it a photo credit ("تصوير: ..."), as page builders print a caption under a
    photo in a block of its own (Tilda's text record after an image record); else ""."""
    if len(holder.text_content().split()) > _CAPTION_MAX_WORDS + _CREDIT_WORDS:
        return ""  # a block of text, not a caption: no need to read its lines
    lines = block_lines(holder)
    if len(lines) != 2 or lines[0].endswith(END_STOPS) or not is_caption_line(lines[1]):
        return ""
    return lines[0]


# A photo credit's words at most ("تصوير: محمود عبد الحميد").
_CREDIT_WORDS = 8
_PHOTO_MIN_PIXELS = 100
_PHOTO_HOLDERS = frozenset({"p", "center", "td"})


_ITALIC_STYLE = re.compile(r"font-style\s*:\s*italic", re.IGNORECASE)
# A grey colour (BBCode's [color=gray], an old editor's <font color="#808080">): red, green
# and blue alike.
_GREY = re.compile(r"gr[ae]y|silver|dimgr[ae]y|#([0-9a-f])\1\1|#([0-9a-f]{2})\2\2", re.IGNORECASE)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none", re.IGNORECASE)


def _caption_run(el: HtmlElement) -> bool:
    """<i>, <em>, <small>, a <span> set in italics by its style, or a <font> in grey."""
    if el.tag == "font":
        return bool(_GREY.fullmatch((el.get("color") or "").strip()))
    return el.tag in _CAPTION_RUNS or (el.tag == "span"
                                       and bool(_ITALIC_STYLE.search(el.get("style") or "")))


def _hidden(el: HtmlElement) -> bool:
    return isinstance(el.tag, str) and bool(_HIDDEN_STYLE.search(el.get("style") or ""))


def _shown_text(el: HtmlElement) -> str:
    """`el`'s text without its hidden children's."""
    return (el.text or "") + "".join(("" if _hidden(child) else child.text_content())
                                     + (child.tail or "") for child in el)


def _photo_paragraph(img: HtmlElement) -> bool:
    """An <img> that is a photo (not an icon or emoji: no size under _PHOTO_MIN_PIXELS) as
    a direct child of a <p>, <center> or table cell that holds no other block."""
    holder = img.getparent()
    if holder is None or holder.tag not in _PHOTO_HOLDERS:
        return False
    sizes = [img.get(a, "") for a in ("width", "height")]
    if any(v.isdigit() and int(v) < _PHOTO_MIN_PIXELS for v in sizes):
        return False
    if "emoji" in (img.get("class") or "") or "smiley" in (img.get("class") or ""):
        return False
    return not any(el.tag in ("p", "div", "table", "ul", "ol") for el in holder.iterdescendants())


def _text(el: HtmlElement | None) -> str | None:
    return (text_of(el) or None) if el is not None else None


def _image_src(photo: HtmlElement) -> str | None:
    imgs = list(photo.iter("img"))
    for attr in ("data-src", "data-original", "data-lazy-src"):
        for img in imgs:
            if img.get(attr):
                return img.get(attr)
    for img in imgs:
        src = (img.get("src") or "").strip()
        if src and not src.startswith("data:") and not src.endswith(_PLACEHOLDER_SUFFIXES):
            return src
    return None
