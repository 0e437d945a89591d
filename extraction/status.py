"""Whether a parsed page is an article, and if not, what it is (docs/record.md `status`)."""

from __future__ import annotations

from itertools import islice

from lxml.html import HtmlElement

from extraction.dates import meta_content
from extraction.document import Document
from extraction.pagekind import LOGIN_WALL_MAX_WORDS, is_challenge, is_login_wall, is_not_found
from extraction.selectors import first, text_of
from extraction.textnorm import fold_space


def page_status(doc: Document, body: str, word_count: int, has_block: bool,
                article_id: str | None, identifies_articles: bool) -> str:
    """`ok`, or why the page is no article: blocked, login_wall, not_found, empty,
    not_article. `identifies_articles`: the site tells its article URLs (an article URL
    without an id is then no article)."""
    tree = doc.tree
    page_title = fold_space(tree.findtext(".//title") or "")
    heading_el = first(tree, ("h1",))
    heading = text_of(heading_el) if heading_el is not None else ""
    if is_challenge(doc.raw, page_title, word_count):
        return "blocked"
    if _is_login_wall(tree, doc.raw, word_count):
        return "login_wall"
    if (not has_block or word_count < 80) and is_not_found(page_title, heading):
        return "not_found"
    if not body:
        looks_like_article = has_block or article_id is not None
        return "empty" if looks_like_article or _has_article_markup(doc) else "not_article"
    if identifies_articles and article_id is None:
        return "not_article"
    return "ok"


def _is_login_wall(tree: HtmlElement, raw: str, word_count: int) -> bool:
    """pagekind.is_login_wall on the text of the boxes around password fields, read only on
    a page short enough to be a wall."""
    if word_count > LOGIN_WALL_MAX_WORDS:
        return False
    boxes = _password_boxes(tree)
    return is_login_wall(raw, " ".join(boxes), bool(boxes), word_count)


_CHROME: frozenset[str] = frozenset({"header", "nav", "footer", "aside"})
# The box around a password field: its form and up to this many ancestors above it, while
# they hold at most _BOX_MAX_WORDS words.
_BOX_LEVELS = 1
_BOX_MAX_WORDS = 120


def _password_boxes(tree: HtmlElement) -> list[str]:
    """The texts of the boxes around the page's password fields outside header, nav, footer
    and side columns: where a wall says what it withholds. A sign-in box in a side column
    (PHP-Fusion's login panel) or a "log in to rate" note elsewhere on the page is no wall."""
    boxes = []
    for field in tree.iter("input"):
        if (field.get("type") or "").strip().lower() != "password":
            continue
        if any(a.tag in _CHROME for a in field.iterancestors()):
            continue
        box = field
        for ancestor in islice(field.iterancestors(), _BOX_LEVELS + 1):  # the form, 1 more
            if ancestor.tag == "body" or len(ancestor.text_content().split()) > _BOX_MAX_WORDS:
                break
            box = ancestor
        boxes.append(box.text_content())
    return boxes


def _has_article_markup(doc: Document) -> bool:
    og_type = next((fold_space(v) for v in meta_content(doc.metas, ("og:type",))
                    if fold_space(v)), "")
    return og_type.lower() == "article" or bool(doc.ld)
