"""The article text: from the site's article block, else trafilatura plus Arabic cleanup,
else the text embedded as data (JSON-LD, __NEXT_DATA__). Each step returns what it found."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from extraction.appeal_lines import (
    is_note_label,
    is_poster_prayer,
    is_reader_question,
    is_site_pointer,
)
from extraction.arabic_blocks import block_links
from extraction.article_header import (
    header_lead_texts,
    headline_header_texts,
    in_meta_row,
    is_header_dek,
    meta_rows,
)
from extraction.boilerplate import (
    fold,
    is_boilerplate_line,
    is_tail_opener,
    source_of,
    tags_of_line,
    without_read_more_label,
)
from extraction.boxes import box_texts
from extraction.byline_lines import (
    closing_byline,
    is_edit_note,
    is_office_signoff,
    signoff_author,
)
from extraction.byline_markup import byline_texts
from extraction.document import Document
from extraction.embedded import embedded_paragraphs
from extraction.fact_cards import without_cards
from extraction.language import detect_language
from extraction.latin_labels import is_latin_tail_opener
from extraction.leads import is_header_lead, missing_lead
from extraction.links import absolute, caption_texts
from extraction.recovered_text import (
    rejoined,
    with_loose_lines,
    with_runs_rejoined,
    with_subheadings,
)
from extraction.selectors import text_of
from extraction.social_embeds import with_embedded_posts, without_short_link
from extraction.text_cell import cell_lines
from extraction.textnorm import fold_space
from extraction.top_lines import top_byline, top_dateline
from extraction.trafilatura_text import trafilatura_text

Language = tuple[str | None, float | None]
# Lines shorter than this after a list opener are the list's items (headlines), not text.
LIST_ITEM_MAX_WORDS = 25
NO_LANGUAGE: Language = (None, None)


@dataclass(frozen=True)
class Text:
    """What the text steps found: paragraphs, the source line's source, the language, and
    (trafilatura path) the links and tags of the Arabic read-more / related / tag blocks, and
    the dateline that opened the text (left out of the paragraphs)."""

    paragraphs: list[str]
    source: str | None = None
    language: Language = NO_LANGUAGE
    links: list[dict[str, str]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    # Which step gave the paragraphs (record field `text_origin`, docs/record.md).
    origin: str = "block"
    dateline: str | None = None
    # The writer a byline line above the text named (the line left the paragraphs).
    byline: str | None = None

    @property
    def words(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)


def clean_paragraphs(lines: list[str], title: str | None,
                     link_titles: set[str] = frozenset(),
                     structural: bool = True) -> tuple[list[str], str | None]:
    """Article paragraphs (each once, in order) and the source named by a source line.

    `link_titles` (folded) are titles of related links: a paragraph that is one of them goes.
    A tail opener ("الأكثر قراءة", "مقالات ذات صلة" ...) ends the text once it has begun;
    before any text it opens a list whose short lines are skipped. Not `structural`: the
    opener line alone goes (line rules only).
    """
    paragraphs: list[str] = []
    keys: list[str] = []  # each paragraph's fold(), for the pull-quote check
    source: str | None = None
    seen: set[str] = {fold_space(title)} if title else set()
    in_list = False
    source_at: int | None = None  # paragraphs before a source line under the text
    for line in lines:
        if not line:
            continue
        key = fold(line)
        if is_tail_opener(line, key) or is_edit_note(line) or is_latin_tail_opener(line):
            if not structural:
                continue
            if paragraphs:
                break
            # A most-read / related list before any text: a sidebar that comes first in the
            # DOM (right-to-left layouts). Its items go; the article follows it.
            in_list = True
            continue
        if in_list and len(line.split()) < LIST_ITEM_MAX_WORDS:
            continue
        in_list = False
        named = source_of(line)
        if named is not None:
            source = source or named
            if len(paragraphs) >= _SOURCE_END_AFTER:
                source_at = len(paragraphs)
        elif (line not in seen and (bare := _unmarked(line)) not in seen
              and not is_boilerplate_line(line, key)
              and (bare == line or not is_boilerplate_line(bare))
              and _title_key(line, key) not in link_titles):
            seen.add(line)
            paragraphs.append(line)
            keys.append(key)
    if source_at is not None and _poster_notes(paragraphs[source_at:]):
        del paragraphs[source_at:], keys[source_at:]
    return (without_pull_quotes(paragraphs, keys) if structural else paragraphs), source


def _drop_site_pointers(paragraphs: list[str]) -> None:
    """Drops the editor's notes above and under the text that point elsewhere on the site,
    with the "ملحوظة:" label over the last one."""
    if paragraphs and is_site_pointer(paragraphs[0]):
        paragraphs.pop(0)
    if paragraphs and is_site_pointer(paragraphs[-1]):
        paragraphs.pop()
        if paragraphs and is_note_label(paragraphs[-1]):
            paragraphs.pop()


# A source line under at least this many paragraphs ends a reposted story: the at most
# _NOTE_MAX_LINES short lines after it are the poster's own ("نسأل الله التوفيق ...").
_SOURCE_END_AFTER = 2
_NOTE_MAX_LINES = 2
_NOTE_MAX_WORDS = 12


def _poster_notes(lines: list[str]) -> bool:
    """Whether the lines after a closing source line are a poster's few short lines."""
    return 0 < len(lines) <= _NOTE_MAX_LINES and all(
        len(line.split()) <= _NOTE_MAX_WORDS for line in lines)


# A pull quote repeats a phrase of the text in a box of its own: 5 to 40 words, lifted out
# of a paragraph at least this many times its length (a paragraph that only adds a clause to
# another is text written twice, which the page shows twice).
PULL_QUOTE_WORDS = range(5, 41)
PULL_QUOTE_SHARE = 0.7
_QUOTE_MARKS = " \"'«»“”.،"


def without_pull_quotes(paragraphs: list[str], folded: list[str] | None = None) -> list[str]:
    """The paragraphs without those that repeat a phrase of another, longer one (`folded`:
    their fold(), if the caller has it)."""
    folded = [fold(p) for p in paragraphs] if folded is None else folded
    keys = [k.strip(_QUOTE_MARKS) for k in folded]
    return [p for i, (p, key) in enumerate(zip(paragraphs, keys, strict=True))
            if len(key.split()) not in PULL_QUOTE_WORDS
            or not any(j != i and len(key) <= PULL_QUOTE_SHARE * len(other) and key in other
                       for j, other in enumerate(keys))]


_BULLETS = "-•·* "


def _title_key(line: str, key: str) -> str:
    """The fold() of `line` without the bullet or emoji mark it may open with (`key`:
    fold(line)): "🔹 <title>" under "اقرأ أيضا:" is that link's title."""
    bare = _unmarked(line)
    if bare != line:
        return fold(bare.lstrip(_BULLETS))
    return key if line[0] not in _BULLETS else fold(line.lstrip(_BULLETS))


def after_headline(lines: list[str], title: str | None) -> list[str]:
    """The lines after the headline's first line when what comes before it is page chrome:
    a table layout read whole (menus, tickers, a most-read box above the article) puts the
    headline mid-text. Kept whole when the headline is absent, first, or followed by less
    text than precedes it (a headline repeated in a card near the end)."""
    if not title:
        return lines
    headline = fold_space(title)
    # ": <headline>": the headline after its category link, split from it ("أخبار الوادي").
    at = next((i for i, line in enumerate(lines)
               if line == headline or line.lstrip(":： ") == headline), None)
    if not at:
        return lines
    before = sum(len(line.split()) for line in lines[:at])
    after = sum(len(line.split()) for line in lines[at + 1:])
    return lines[at + 1:] if before < after else lines


# A dateline set just above the headline ("عمّان في 5/6/2024", then the headline): read among
# this many lines over it when the headline cut what came before.
_ABOVE_HEADLINE_LINES = 2


def _above(every: list[str], kept: list[str]) -> list[str]:
    """The last _ABOVE_HEADLINE_LINES non-empty lines before the headline, when after_headline
    cut the lines above it, else none."""
    if len(kept) == len(every):
        return []
    cut = [line for line in every[:len(every) - len(kept) - 1] if line]
    return cut[-_ABOVE_HEADLINE_LINES:]


def _unmarked(line: str) -> str:
    """The line without the emoji or symbol marks it opens with ("🔴 <headline>") and
    without the "- " trafilatura writes before a list item ("- 1245 مشاهدة")."""
    start = 0
    while start < len(line) and (line[start].isspace()
                                 or unicodedata.category(line[start]) in _MARKS):
        start += 1
    return line[start + 2:] if line.startswith(LIST_ITEM_MARK, start) else line[start:]


_MARKS = frozenset({"So", "Sk", "Mn", "Cf"})  # symbols, emoji variation selectors, joiners
LIST_ITEM_MARK = "- "


# ---------------------------------------------------------------- trafilatura + Arabic rules

def generic_text(doc: Document, title: str | None, summary: str | None,
                 known_urls: set[str]) -> Text:
    """trafilatura's paragraphs; on Arabic pages cleaned of boilerplate, whose data is kept
    (links not in `known_urls`, tags). The language is decided on trafilatura's text: any
    other language gets that text unchanged."""
    text = trafilatura_text(doc)
    language = detect_language(text) if text.strip() else NO_LANGUAGE
    if language[0] != "ar":
        return Text([line for line in text.split("\n") if line.strip()], language=language)
    every = with_runs_rejoined(rejoined(with_subheadings(with_loose_lines(
        [fold_space(line) for line in text.split("\n")], doc.tree), doc.tree)), doc.tree)
    lines = after_headline(every, title)
    if len(lines) < len(every):  # a page read whole: its story may be one cell of a table
        lines = cell_lines(doc.tree, lines)
    links, titles, block_tags = arabic_block_links(doc, known_urls)
    titles |= {fold(c) for c in (*caption_texts(doc), *box_texts(doc, lines))}
    paragraphs, source = clean_paragraphs(lines, title, titles)
    paragraphs = without_byline_lines(paragraphs, byline_texts(doc))
    paragraphs = with_embedded_posts([without_short_link(p) for p in paragraphs], doc)
    origin = "trafilatura"
    if _far_below(paragraphs, lines):
        # A block opener misread before the text (or mid-text) cut most of it: trafilatura's
        # lines with the line rules only, said in the record.
        lines_only, source = clean_paragraphs(lines, title, titles, structural=False)
        if _count(lines_only) > _count(paragraphs):
            paragraphs, origin = lines_only, "trafilatura_lines"
    lead = missing_lead(doc.tree, summary, paragraphs, title)
    if lead:
        paragraphs.insert(0, lead)
    rows = meta_rows(doc.tree, title) if paragraphs else []
    paragraphs = [p for p in paragraphs if not (rows and in_meta_row(p, rows))]
    header = headline_header_texts(doc.tree) if paragraphs else set()
    dropped = None
    while paragraphs and paragraphs[0] in header:
        dropped = paragraphs.pop(0)  # the standfirst, kicker or byline beside the headline
    if (dropped and paragraphs and is_header_lead(dropped, paragraphs[0])
            and dropped in header_lead_texts(doc.tree)):
        paragraphs.insert(0, dropped)
    elif len(paragraphs) > 1 and is_header_dek(doc.tree, paragraphs[0], paragraphs[1]):
        paragraphs.pop(0)  # a dek under the headline, out of the text's element
    while paragraphs and (is_reader_question(paragraphs[-1]) or is_poster_prayer(paragraphs[-1])):
        paragraphs.pop()  # the poster's "ما رأيكم؟", "اللهم ..." under a reposted story
    _drop_site_pointers(paragraphs)
    paragraphs = without_cards(paragraphs)
    signed = signoff_author(paragraphs[-1]) if paragraphs else None
    if signed or (paragraphs and is_office_signoff(paragraphs[-1])):
        paragraphs.pop()
    tags = block_tags or list(dict.fromkeys(t for line in lines for t in tags_of_line(line)))
    return Text(paragraphs, source, language, links, tags, origin,
                top_dateline(lines) or top_dateline(_above(every, lines)),
                top_byline(lines) or signed or closing_byline(lines, paragraphs))


_META_LINE_MAX_WORDS = 20


def without_byline_lines(paragraphs: list[str], bylines: list[str]) -> list[str]:
    """The paragraphs without a short line that starts with a byline element's text
    ("بغداد/ حيدر الربيعي الأحد 13 تشرين الأول 2024": byline and date read as one line)."""
    if not bylines:
        return paragraphs
    keys = tuple(fold(b) for b in bylines)
    return [p for p in paragraphs
            if len(p.split()) > _META_LINE_MAX_WORDS or not fold(p).startswith(keys)]


# Never far below trafilatura: our text under this share of its words, on a text of at
# least this many words, is taken with the line rules only.
GUARD_SHARE = 0.5
GUARD_MIN_WORDS = 100


def _count(paragraphs: list[str]) -> int:
    return sum(len(p.split()) for p in paragraphs)


def _far_below(paragraphs: list[str], trafilatura: list[str]) -> bool:
    total = _count(trafilatura)
    return total >= GUARD_MIN_WORDS and _count(paragraphs) < GUARD_SHARE * total


def arabic_block_links(doc: Document, known_urls: set[str]
                       ) -> tuple[list[dict[str, str]], set[str], list[str]]:
    """Links of read-more / related / most-read blocks (each URL once, none of `known_urls`),
    the folded titles of every block link, and the names of tag blocks."""
    seen = set(known_urls)
    links: list[dict[str, str]] = []
    titles: set[str] = set()
    tags: list[str] = []
    for kind, link in block_links(doc.tree, doc.attribute_values):
        title = without_read_more_label(text_of(link))
        if title:
            titles.add(fold(title))
        if kind == "tags":
            tags.append(title.lstrip("#"))
            continue
        target = absolute(link.get("href"), doc.url) if title else None
        if target and target not in seen:
            seen.add(target)
            links.append({"url": target, "title": title, "kind": kind})
    return links, titles, list(dict.fromkeys(t for t in tags if t))


# ---------------------------------------------------------------- text embedded as data

# The embedded text replaces the visible one that is a teaser of it (the lead, a first
# paragraph or two) when it is at least this many times longer.
_TEASER_RATIO = 1.5


def embedded_text(doc: Document, title: str | None, found: Text) -> Text:
    """The embedded text's paragraphs when the page gave none, gave the same text as one
    block (trafilatura reads JSON-LD articleBody too, but loses its paragraph breaks), or
    gave only a teaser of it (every visible paragraph is in it, and it is much longer);
    else `found` unchanged."""
    lines = embedded_paragraphs(doc.tree, doc.ld)
    embedded, source = clean_paragraphs(lines, title)
    if not embedded or not _is_teaser(found.paragraphs, embedded):
        return found
    return Text(embedded, found.source or source, detect_language("\n\n".join(embedded)),
                found.links, found.tags, "embedded", found.dateline or top_dateline(lines))


def _is_teaser(paragraphs: list[str], embedded: list[str]) -> bool:
    """Whether the visible `paragraphs` are (part of) the embedded text: none, one block
    holding all of it, or a much shorter run of its own paragraphs."""
    if not paragraphs:
        return True
    whole = fold_space(" ".join(embedded))
    if paragraphs == [whole]:
        return True
    visible_words = sum(len(p.split()) for p in paragraphs)
    return (len(whole.split()) >= _TEASER_RATIO * visible_words
            and all(fold_space(p) in whole for p in paragraphs))
