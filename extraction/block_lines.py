"""An element's text as the lines a reader sees: block elements' texts, and the loose text
between them parted at <br> and at block edges."""

from __future__ import annotations

from collections.abc import Iterator

from lxml.html import HtmlElement

from extraction.selectors import BLOCK_TAGS, text_of
from extraction.textnorm import fold_space

_BLOCKS: frozenset[str] = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre"})


def block_lines(container: HtmlElement) -> list[str]:
    """The lines of `container` in order: each outermost block element's text, and the loose
    text between them (text and inline markup, as a forum post's BBCode writes its text around
    a heading or an image) parted at <br> and at the edges of other block-level elements. A
    walk with its own stack: a page may nest elements past Python's recursion limit."""
    lines: list[str] = []
    run: list[str] = [container.text or ""]

    def flush() -> None:
        lines.extend(line for line in (fold_space(part) for part in "".join(run).split("\n"))
                     if line)
        run.clear()

    stack: list[tuple[Iterator[HtmlElement], HtmlElement | None]] = [(iter(container), None)]
    while stack:
        children, owner = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if owner is not None:  # the end of an inline or other block-level element
                run.extend((_edge(owner), owner.tail or ""))
        elif not isinstance(child.tag, str) or child.tag in _SKIPPED:
            run.append(child.tail or "")
        elif child.tag in _BLOCKS:
            flush()
            lines.append(text_of(child))
            run.append(child.tail or "")
        elif child.tag == "br":
            run.extend(("\n", child.tail or ""))
        else:
            run.extend((_edge(child), child.text or ""))
            stack.append((iter(child), child))
    flush()
    return [line for line in lines if line]


def _edge(el: HtmlElement) -> str:
    return "\n" if el.tag in BLOCK_TAGS else ""


_SKIPPED = frozenset({"script", "style", "template"})
