"""Whether a parsed page is an article, and if not, what it is (docs/record.md `status`)."""

from __future__ import annotations

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
    """pagekind.is_login_wall, walking the page for its main text only when it is read: on a
    page short enough to be a wall, beside a password field (the walk costs ~1 ms a page)."""
    if word_count > LOGIN_WALL_MAX_WORDS:
        return False
    password = any((el.get("type") or "").strip().lower() == "password"
                   for el in tree.iter("input"))
    return is_login_wall(raw, _main_text(tree) if password else "", password, word_count)


_CHROME: frozenset[str] = frozenset({"header", "nav", "footer"})


def _main_text(tree: HtmlElement) -> str:
    """The page's text outside header, nav and footer (where sign-in links always are)."""
    body = tree.find("body")
    root = tree if body is None else body
    parts: list[str] = []
    stack = [root]
    while stack:
        el = stack.pop()
        if el is not root and el.tail:
            parts.append(el.tail)
        if not isinstance(el.tag, str) or el.tag in _CHROME or el.tag in ("script", "style"):
            continue
        if el.text:
            parts.append(el.text)
        stack.extend(el)
    return " ".join(parts)


def _has_article_markup(doc: Document) -> bool:
    og_type = next((fold_space(v) for v in meta_content(doc.metas, ("og:type",))
                    if fold_space(v)), "")
    return og_type.lower() == "article" or bool(doc.ld)
