"""The table cell that holds a table layout's story, when trafilatura read the whole page.

An old portal (PHP-Nuke, a hand-made table theme) sets its story as one run of text in one
cell, paragraphs split by `<br><br>`, between cells of blocks: menus, polls, "who's online",
the rating box, other stories of the section, comments. trafilatura then finds no article
element and returns every cell in page order. The headline marks where the story starts
(body.after_headline); this marks where it ends: the lines after the headline that lie in the
innermost cell holding the first long paragraph are the story, the rest are the blocks
around it. Kept whole unless that cell holds most of the long paragraphs' words (a layout
with each paragraph in a row of its own has no one cell of the text).
"""

from __future__ import annotations

from lxml.html import HtmlElement

from extraction.textnorm import fold_space

# A paragraph of text, not a block's line: at least this many words.
LONG_LINE_WORDS = 20
# The cell must hold at least this share of the long lines' words after the headline.
CELL_MIN_SHARE = 0.6
_PROBE_CHARS = 60


def cell_lines(tree: HtmlElement, lines: list[str]) -> list[str]:
    """`lines` (trafilatura's, after the headline) without those from the first long line on
    that are outside the innermost `<td>` holding it, read in the cell's order, when that
    cell holds CELL_MIN_SHARE of the long lines' words; else `lines` unchanged."""
    long_lines = [line for line in lines if len(line.split()) >= LONG_LINE_WORDS]
    if not long_lines:
        return lines
    probe = long_lines[0][:_PROBE_CHARS]
    holding = [text for text in (fold_space(td.text_content()) for td in tree.iter("td"))
               if probe in text]
    if not holding:
        return lines
    cell = min(holding, key=len)  # the innermost: nested cells' texts hold theirs
    total = sum(len(line.split()) for line in long_lines)
    inside = sum(len(line.split()) for line in long_lines if line in cell)
    if inside < CELL_MIN_SHARE * total:
        return lines
    start = lines.index(long_lines[0])
    kept, at = lines[:start], 0  # the header's lines (date, byline) may sit in cells of theirs
    for line in lines[start:]:  # in the cell's order: a short line ("3", a label) read past
        found = cell.find(line, at) if line else at
        if found >= 0:
            kept.append(line)
            at = found + len(line)
    return kept
