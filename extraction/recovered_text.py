"""What trafilatura drops when it finds no content element and recovers a page's loose
paragraphs (recover_wild_text takes `<p>`, not headings or bare text): the subheadings
between them, and the text lines around them that no `<p>` holds (`<br><br>` paragraphs in a
layout table's cell before the `<p>`s)."""

from __future__ import annotations

from itertools import pairwise

from lxml import etree
from lxml.html import HtmlElement

from extraction.block_lines import block_lines
from extraction.boilerplate import fold, is_boilerplate_line, is_tail_opener
from extraction.selectors import BLOCK_TAGS, text_of
from extraction.textnorm import END_STOPS, fold_space

# A subheading has at most this many words.
_SUBHEADING_MAX_WORDS = 15


def with_subheadings(lines: list[str], tree: HtmlElement) -> list[str]:
    """`lines` with the subheadings trafilatura dropped put back: an `<h2>`-`<h4>` whose
    nearest siblings with text, before and after it, are two consecutive lines. trafilatura
    drops them when it finds no content element and recovers the page's loose paragraphs
    (recover_wild_text takes `<p>`, not headings)."""
    at = {line: i for i, line in enumerate(lines) if line}
    inserts: list[tuple[int, str]] = []
    for heading in tree.iter("h2", "h3", "h4"):
        text = text_of(heading)
        if not text or text in at or len(text.split()) > _SUBHEADING_MAX_WORDS:
            continue
        before = at.get(_sibling_text(heading, before=True))
        after = at.get(_sibling_text(heading, before=False))
        if (before is not None and after == before + 1
                # a "اقرأ أيضا" heading would end the text it sits in
                and not is_tail_opener(text, key := fold(text))
                and not is_boilerplate_line(text, key)):
            inserts.append((after, text))
    if not inserts:
        return lines
    lines = list(lines)
    for index, text in sorted(inserts, reverse=True):
        lines.insert(index, text)
    return lines


# The elements trafilatura recovers as paragraphs (recover_wild_text).
_PARAGRAPHS = frozenset({"p", "blockquote", "pre"})


def _sibling_text(el: HtmlElement, before: bool) -> str:
    """The text of the nearest sibling with text, when it is a paragraph (spacers skipped;
    any other element, a wrapper of the whole page perhaps, is not read). A heading that
    opens its block follows the last paragraph of the block before (e107's extended text
    opening with its subheading after the main text's block)."""
    sibling = _nearest(el, before)
    parent = el.getparent()
    if sibling is None and before and parent is not None:
        block = _nearest(parent, before)
        if block is not None:  # itself when a paragraph
            sibling = next(reversed(list(block.iter(*_PARAGRAPHS))), None)
    return text_of(sibling) if sibling is not None and sibling.tag in _PARAGRAPHS else ""


def _nearest(el: HtmlElement, before: bool) -> HtmlElement | None:
    """The nearest sibling of `el` with text, before or after it."""
    sibling = el.getprevious() if before else el.getnext()
    while sibling is not None and (not isinstance(sibling.tag, str)
                                   or not sibling.text_content().strip()):
        sibling = sibling.getprevious() if before else sibling.getnext()
    return sibling


# A loose line put back before the text has begun is a paragraph's worth of words; once it
# has, a short line (a subheading) comes back too.
_LOOSE_MIN_WORDS = 8


def with_loose_lines(lines: list[str], tree: HtmlElement) -> list[str]:
    """`lines` with the text lines trafilatura dropped put back: where the first paragraph it
    kept sits in an element with loose text of its own, that element's lines (block_lines)
    that come before the last kept one, in their order, from the first that is kept or of
    _LOOSE_MIN_WORDS words on (a short line above the text, a toolbar's, stays out)."""
    kept = {line for line in lines if line}
    first = next((line for line in lines if line), None)
    paragraph = next((p for p in tree.iter("p") if first and fold_space(p.text_content())
                      == first), None)
    container = paragraph.getparent() if paragraph is not None else None
    if container is None or not _has_loose_text(container):
        return lines  # paragraphs only: trafilatura read the element whole, or chose to drop
                      # its other paragraphs, which this does not second-guess
    ordered = block_lines(container)
    last = max((i for i, line in enumerate(ordered) if line in kept), default=-1)
    merged: list[str] = []
    for line in ordered[:last + 1]:
        # From the first kept or paragraph-long line on, every line up to the last kept one.
        if merged or line in kept or len(line.split()) >= _LOOSE_MIN_WORDS:
            merged.append(line)
    inside = [line for line in merged if line in kept]
    if not inside or len(inside) == len(merged):
        return lines
    start, end = lines.index(inside[0]), lines.index(inside[-1])
    return lines[:start] + merged + lines[end + 1:]


def _has_loose_text(el: HtmlElement) -> bool:
    """Whether `el` holds text of a paragraph's length outside its child elements."""
    return any(len(text.split()) >= _LOOSE_MIN_WORDS
               for text in (el.text or "", *(child.tail or "" for child in el)))


# Marks no sentence opens with: a line starting with one is the rest of the line before it.
_CONTINUATION_MARKS = ("،", "؛", ",", ";", ".", ")", "»")
_INLINE_MAX_WORDS = 6
# Words no sentence ends with: a line ending with one goes on in the next, short, line (the
# link or bold phrase trafilatura set apart: "... بواسطة" / "wadinet").
_DANGLING = frozenset({"إلى", "في", "من", "على", "عن", "مع", "حول", "لدى", "نحو", "بواسطة"})


_OPENERS = {")": "(", "»": "«"}


def _closes_open(line: str, mark: str) -> bool:
    """Whether a line opening with `mark` can continue `line`: a closing bracket or quote
    only closes one `line` left open (PHP-Fusion's "» نشر من قبل ..." under the headline
    opens a line of its own)."""
    opener = _OPENERS.get(mark)
    return opener is None or line.count(opener) > line.count(mark)


def rejoined(lines: list[str]) -> list[str]:
    """`lines` with the pieces trafilatura cut from one run of text put back together: in a
    `<br>` paragraph it writes a bold phrase on a line of its own ("... ارتفع من ألفي ريال
    إلى" / "أربعة آلاف ريال" / "، وهو مبلغ ..."). A phrase of at most six words after a line
    ending with a word no sentence ends with joins it; a line opening with a continuation
    mark joins the line before it, and so does that line when it is such a phrase after a
    line that ends without a stop."""
    out: list[str] = []
    for line in lines:
        if (out and out[-1] and line and len(line.split()) <= _INLINE_MAX_WORDS
                and out[-1].rsplit(" ", 1)[-1] in _DANGLING):
            out[-1] = f"{out[-1]} {line}"
            continue
        if not (line.startswith(_CONTINUATION_MARKS) and out and out[-1]
                and _closes_open(out[-1], line[0])):
            out.append(line)
            continue
        if (len(out) > 1 and out[-2] and len(out[-1].split()) <= _INLINE_MAX_WORDS
                and not out[-2].endswith(END_STOPS)):
            out[-2:] = [f"{out[-2]} {out[-1]}"]
        out[-1] = f"{out[-1]}{line}"
    return out


# At most this many pieces are looked for in one paragraph.
_RUN_MAX_PIECES = 4
# The inline elements a cut comes at.
_INLINE_TAGS = ("strong", "b", "a", "em", "i", "span", "u", "font")
# A line break or block-level element inside: the element holds more than one run of text.
_BROKEN = etree.XPath("boolean(.//*[" + " or ".join(
    f"self::{tag}" for tag in sorted({"br", *BLOCK_TAGS})) + "])")


def with_runs_rejoined(lines: list[str], tree: HtmlElement) -> list[str]:
    """`lines` with a paragraph trafilatura cut at a bold phrase or link (when the paragraph
    is a `<div>`'s text it writes the phrase on a line of its own) put back together: two to
    _RUN_MAX_PIECES consecutive lines, the first without an end stop, whose text joined is
    exactly the text of one element holding inline markup and nothing else."""
    pieces = {piece for a, b in pairwise(lines) if a and b and not a.endswith(END_STOPS)
              for piece in (a, b)}
    if not pieces:
        return lines
    starts = {piece.split(" ", 1)[0] for piece in pieces}
    runs: set[str] = set()
    holders: set[HtmlElement] = set()
    for inline in tree.iter(_INLINE_TAGS):
        head = (inline.text or "").split(None, 1)
        if head and head[0] not in starts:
            continue  # its text opens with no piece's first word (menus, links: most)
        holder = inline.getparent()
        if (holder is None or holder in holders
                or fold_space(inline.text_content()) not in pieces):
            continue  # only a piece's own element can be where a cut came
        holders.add(holder)
        if not _BROKEN(holder):
            runs.add(fold_space(holder.text_content()))
    if not runs:
        return lines
    out: list[str] = []
    i = 0
    while i < len(lines):
        line, taken = lines[i], 1
        if line and not line.endswith(END_STOPS):
            for k in range(min(_RUN_MAX_PIECES, len(lines) - i), 1, -1):
                if (all(lines[i:i + k]) and (joined := " ".join(lines[i:i + k])) in runs
                        and not any(map(is_boilerplate_line, lines[i:i + k]))):
                    line, taken = joined, k  # a label and a dateline stay two lines
                    break
        out.append(line)
        i += taken
    return out
