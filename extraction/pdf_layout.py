"""A PDF converted to HTML by pdf2htmlEX, read back as the document it prints.

pdf2htmlEX (official gazettes, ministries' circulars, court rulings) writes every printed line
as its own absolutely positioned `<div class="t x.. y.. fs.. ff..">`, its position and font
given by classes its stylesheet defines (`.y7{bottom:1028px}`, `.fs3{font-size:42.6px}`,
`.ff2{font-weight:bold}`). Read as HTML, a paragraph is a stack of line fragments and the
running header, page numbers and signature are lines like the text's. Here the lines are put
back together by their geometry: lines of one style whose vertical step is the style's line
spacing make a paragraph; a line that recurs on several pages (a running header or footer) or
that numbers the page is furniture; the block nearest above the first paragraph in the text's
type that is set at least as large (in bold, or larger) is the headline, what is above it the
letterhead, and the short bold lines after the text its signature. The result is plain
semantic HTML that the rest of extraction reads as any page.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from html import escape

from lxml import etree
from lxml.html import HtmlElement

from extraction.date_text import to_ascii_digits

GENERATOR = "pdf2htmlex"
_RULE = re.compile(r"\.(x|y|fs|ff)([0-9a-f]+)\{([^}]*)\}")
_VALUE = {"x": re.compile(r"left:(-?[\d.]+)px"), "y": re.compile(r"bottom:(-?[\d.]+)px"),
          "fs": re.compile(r"font-size:([\d.]+)px")}
_BOLD = re.compile(r"font-weight:(?:bold|[6-9]00)")
# A new paragraph where a line's step down is this much over the style's usual line step.
_PARAGRAPH_STEP = 1.3
# Page numbers: "الصفحة 1 من 2", "صفحة 3", "Page 2 of 5", "- 4 -", "2/5", "12".
_PAGE_NUMBER = re.compile(r"^(?:(?:ال)?صفحة|page)?\s*[-–]?\s*\d+\s*(?:(?:من|/|of)\s*\d+)?\s*[-–]?$",
                          re.IGNORECASE)
# A signature line is short: "عن الوزير وبتفويض منه", "الكاتب العام", a name.
_SIGNATURE_MAX_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?؟:؛»\")]\s*$")
_PAGES = etree.XPath("//div[@id='page-container']//div[contains(concat(' ', @class, ' '), ' pf ')]")
_TEXT_LINES = etree.XPath(".//div[contains(concat(' ', @class, ' '), ' t ')]")
_CLASS = re.compile(r"(x|y|fs|ff)([0-9a-f]+)")


@dataclass
class _Line:
    page: int
    y: float
    x: float
    size: float
    bold: bool
    text: str


@dataclass
class _Block:
    lines: list[_Line]

    @property
    def text(self) -> str:
        return " ".join(" ".join(line.text for line in self.lines).split())

    @property
    def size(self) -> float:
        return self.lines[0].size

    @property
    def bold(self) -> bool:
        return self.lines[0].bold


def is_converted(tree: HtmlElement, metas: dict[str, str]) -> bool:
    """Whether the page is pdf2htmlEX's output: its generator meta and its page container."""
    return metas.get("generator", "").lower().startswith(GENERATOR) and bool(_PAGES(tree))


def semantic_html(tree: HtmlElement, metas: dict[str, str]) -> str | None:
    """The converted PDF as `<h1>`, `<p>` and `<footer>` HTML, or None when it holds no lines
    this reading understands."""
    styles = _styles(tree)
    lines = _lines(tree, styles)
    if not lines:
        return None
    lines = _without_furniture(lines)
    blocks = _blocks(lines)
    if not blocks:
        return None
    body_size = _body_size(blocks)
    first_text = next((i for i, b in enumerate(blocks)
                       if b.size == body_size and not b.bold), None)
    if first_text is None:
        return None
    # Above the first paragraph in the text's type, a block of at least its size is larger
    # or bold: a heading.
    heading = next((i for i in range(first_text - 1, -1, -1)
                    if blocks[i].size >= body_size), None)
    end = len(blocks)
    while end > first_text + 1 and _is_signature(blocks[end - 1], body_size):
        end -= 1
    title = blocks[heading].text if heading is not None else ""
    start = heading + 1 if heading is not None else first_text
    letterhead = blocks[:heading] if heading is not None else blocks[:first_text]
    parts = ["<html><head>", "<meta charset=\"utf-8\">",
             f"<meta name=\"generator\" content=\"{escape(metas.get('generator', ''))}\">",
             f"<title>{escape(title)}</title></head><body><article><header>",
             *(f"<p>{escape(b.text)}</p>" for b in letterhead),
             f"<h1>{escape(title)}</h1></header>" if title else "</header>",
             *(_element(b, body_size) for b in blocks[start:end]),
             "<footer>", *(f"<p>{escape(b.text)}</p>" for b in blocks[end:]), "</footer>",
             "</article></body></html>"]
    return "".join(parts)


def _element(block: _Block, body_size: float) -> str:
    tag = "h2" if block.bold or block.size > body_size else "p"
    return f"<{tag}>{escape(block.text)}</{tag}>"


def _styles(tree: HtmlElement) -> dict[str, dict[str, float]]:
    """Each position and font class's value ("y7" -> 1028.0, "ff2" -> 1.0 when bold), in the
    screen stylesheet's pixels (the print one redefines them in points)."""
    found: dict[str, dict[str, float]] = {"x": {}, "y": {}, "fs": {}, "ff": {}}
    for style in tree.iter("style"):
        for kind, name, rule in _RULE.findall(style.text or ""):
            table = found[kind]
            if kind == "ff":
                table[name] = 1.0 if _BOLD.search(rule) else 0.0
            elif value := _VALUE[kind].search(rule):
                table[name] = float(value.group(1))
    return found


def _lines(tree: HtmlElement, styles: dict[str, dict[str, float]]) -> list[_Line]:
    lines: list[_Line] = []
    for number, page in enumerate(_PAGES(tree)):
        for div in _TEXT_LINES(page):
            classes = dict(_split(word) for word in (div.get("class") or "").split())
            text = " ".join(div.text_content().split())
            y = styles["y"].get(classes.get("y", ""))
            if not text or y is None:
                continue
            lines.append(_Line(page=number, y=y, x=styles["x"].get(classes.get("x", ""), 0.0),
                               size=styles["fs"].get(classes.get("fs", ""), 0.0),
                               bold=bool(styles["ff"].get(classes.get("ff", ""), 0.0)),
                               text=text))
    # Top to bottom, and on one baseline right to left (the reading order of Arabic).
    lines.sort(key=lambda line: (line.page, -line.y, -line.x))
    return lines


def _split(word: str) -> tuple[str, str]:
    match = _CLASS.fullmatch(word)
    return (match.group(1), match.group(2)) if match else (word, "")


def _without_furniture(lines: list[_Line]) -> list[_Line]:
    """The lines less page numbers and what recurs on more than one page (running headers and
    footers: their digits may change from page to page)."""
    shapes = [_shape(line.text) for line in lines]
    pages_of: dict[str, set[int]] = {}
    for line, shape in zip(lines, shapes, strict=True):
        pages_of.setdefault(shape, set()).add(line.page)
    return [line for line, shape in zip(lines, shapes, strict=True)
            if len(pages_of[shape]) < 2 and not _PAGE_NUMBER.match(to_ascii_digits(line.text))]


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", to_ascii_digits(text))


def _blocks(lines: list[_Line]) -> list[_Block]:
    """Lines joined into paragraphs: a line continues the one above when it has its style and
    steps down by the style's line spacing (its smallest step: a PDF sets a style's lines at
    one spacing, paragraphs further apart), or opens a page after a line that ends no sentence."""
    steps: dict[tuple[float, bool], list[float]] = {}
    for above, below in itertools.pairwise(lines):
        if above.page == below.page and _style(above) == _style(below) and above.y > below.y:
            steps.setdefault(_style(above), []).append(above.y - below.y)
    spacing = {style: min(found) for style, found in steps.items()}
    blocks: list[_Block] = []
    for line in lines:
        last = blocks[-1].lines[-1] if blocks else None
        if last is not None and _style(last) == _style(line) and (
                (last.page == line.page
                 and 0 < last.y - line.y <= spacing.get(_style(line), 0) * _PARAGRAPH_STEP)
                or (last.page < line.page and not _SENTENCE_END.search(last.text))):
            blocks[-1].lines.append(line)
        else:
            blocks.append(_Block([line]))
    return blocks


def _style(line: _Line) -> tuple[float, bool]:
    return line.size, line.bold


def _body_size(blocks: list[_Block]) -> float:
    """The font size most of the text is set in."""
    chars: dict[float, int] = {}
    for block in blocks:
        if not block.bold:
            chars[block.size] = chars.get(block.size, 0) + len(block.text)
    return max(chars, key=chars.get) if chars else blocks[0].size


def _is_signature(block: _Block, body_size: float) -> bool:
    return (block.bold and block.size <= body_size
            and all(len(line.text.split()) <= _SIGNATURE_MAX_WORDS for line in block.lines))
