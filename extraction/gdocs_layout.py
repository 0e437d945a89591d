"""Google Docs documents "published to the web" (docs.google.com/document/d/e/.../pub), read
as the document they are: small outlets, unions and NGOs publish statements so.

The page is the Docs viewer: a banner ("Published using Google Docs"), the file's name as
`<title>`, og:title and a header line, then `<div id="contents">` holding the document in
generated classes (`<p class="c3"><span class="c1">...`), spacer paragraphs and tables. The
file's name is not the headline; the document's own title is (its "Title" style, `p.title`,
else its first heading). Rebuilt here as plain HTML for the rest of the extraction:
- the lines above the title (letterhead, date line) and the short lines between it and the
  first paragraph of text (subtitle, "بيان صحفي", byline, date line) are the `<header>`;
- the short lines after the last paragraph of text (signature, contacts, links to earlier
  statements) are the `<footer>`;
- a short line under a paragraph that is only an image is its caption;
- lists stay lists, a table's rows are paragraphs, spacers go.
"""

from __future__ import annotations

from html import escape

from lxml.html import HtmlElement

from extraction.arabic_dates import split_visible_dates
from extraction.selectors import row_text, text_of

SITE_NAME = "Google Docs"
# A paragraph of text, not a heading, date line or signature: at least this many words.
TEXT_MIN_WORDS = 12
_CAPTION_MAX_WORDS = 25
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def is_published_doc(tree: HtmlElement, metas: dict[str, str]) -> bool:
    """A Google Docs document published to the web: the viewer's site name and contents."""
    return metas.get("og:site_name") == SITE_NAME and _content(tree) is not None


def _content(tree: HtmlElement) -> HtmlElement | None:
    contents = tree.find(".//div[@id='contents']")
    if contents is None:
        return None
    return next((el for el in contents.iter("div")
                 if "doc-content" in (el.get("class") or "").split()), None)


# The viewer's metas that still hold for the document (og:title is the file's name).
KEPT_METAS: tuple[str, ...] = ("description", "og:description", "og:image", "og:url",
                               "og:locale")


def semantic_html(tree: HtmlElement, metas: dict[str, str]) -> str | None:
    """The document as `<header>` (with its title as `<h1>`), text and `<footer>` HTML (the
    KEPT_METAS of the viewer's `metas` in its head), or None when it has no title or no
    paragraph of text."""
    content = _content(tree)
    if content is None:
        return None
    blocks = [b for b in (_block(el) for el in content if isinstance(el.tag, str)) if b]
    title_at = next((i for i, (kind, _text, el) in enumerate(blocks)
                     if "title" in (el.get("class") or "").split()), None)
    if title_at is None:
        title_at = next((i for i, (kind, _t, _e) in enumerate(blocks) if kind in _HEADINGS),
                        None)
    texts = [i for i, (kind, text, _e) in enumerate(blocks)
             if kind == "p" and len(text.split()) >= TEXT_MIN_WORDS]
    if title_at is None or not texts or texts[-1] < title_at:
        return None
    first = next(i for i in texts if i > title_at)
    last = texts[-1]
    title = blocks[title_at][1]
    header = [*blocks[:title_at], *blocks[title_at + 1:first]]
    kept = "".join(f'<meta {"property" if key.startswith("og:") else "name"}="{key}" '
                   f'content="{escape(metas[key])}">' for key in KEPT_METAS if key in metas)
    parts = ['<html><head><meta charset="utf-8">', kept, f"<title>{escape(title)}</title></head>",
             "<body><article><header>", f"<h1>{escape(title)}</h1>",
             *(_header_line(text) for _kind, text, _el in header if _kind != "img"),
             "</header>"]
    previous = ""
    for kind, text, el in blocks[first:last + 1]:
        if kind == "img":
            parts.append(f"<figure>{_image(el)}</figure>")
        elif previous == "img" and len(text.split()) <= _CAPTION_MAX_WORDS:
            parts[-1] = parts[-1].replace("</figure>", f"<figcaption>{escape(text)}</figcaption>"
                                                       "</figure>")
            kind = "caption"
        else:
            parts.append(_element(kind, text))
        previous = kind
    parts += ["<footer>", *(f"<p>{escape(text)}</p>" for kind, text, _e in blocks[last + 1:]
                            if kind != "img"), "</footer></article></body></html>"]
    return "".join(parts)


def _block(el: HtmlElement) -> tuple[str, str, HtmlElement] | None:
    """(kind, text, element) of one child of the document: its tag ("p", a heading, "ul",
    "ol", "table") or "img" for a paragraph that only holds an image; None for a spacer."""
    if el.tag in ("ul", "ol"):
        items = [text_of(li) for li in el.iter("li")]
        return (el.tag, "\n".join(i for i in items if i), el) if any(items) else None
    if el.tag == "table":
        rows = [row_text(tr) for tr in el.iter("tr")]
        return ("table", "\n".join(r for r in rows if r), el) if any(rows) else None
    text = text_of(el)
    if not text:
        return ("img", "", el) if el.find(".//img") is not None else None
    return (el.tag if el.tag in _HEADINGS else "p", text, el)


def _image(el: HtmlElement) -> str:
    img = el.find(".//img")
    src = img.get("src") if img is not None else None
    return f'<img src="{escape(src)}">' if src else ""


def _header_line(text: str) -> str:
    """A header line; one holding a date ("الكريمة، الأحد 9 حزيران 2024") is the document's
    date line, marked so for the date reading."""
    date_class = ' class="date"' if split_visible_dates(text)[0] else ""
    return f"<p{date_class}>{escape(text)}</p>"


def _element(kind: str, text: str) -> str:
    if kind in ("ul", "ol"):
        items = "".join(f"<li>{escape(line)}</li>" for line in text.split("\n"))
        return f"<{kind}>{items}</{kind}>"
    if kind == "table":
        return "".join(f"<p>{escape(line)}</p>" for line in text.split("\n"))
    tag = kind if kind in _HEADINGS else "p"
    return f"<{tag}>{escape(text)}</{tag}>"
