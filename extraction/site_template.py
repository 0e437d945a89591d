"""A site's learned template: body lines that recur across its pages are its boilerplate.

Pure: the template is an input of extraction, like the site profile. It is learned elsewhere
(archive/site_templates.py counts the lines of a site's pages; a line shown on enough distinct
articles becomes template) and only applied here. A line's key is a hash of its folded text
(extraction/textnorm.py `key_text`), so the template holds no text and is cheap to pass to
worker processes.

Guards: a long line (over TEMPLATE_MAX_WORDS words) never has a key (a repeated real paragraph
is not boilerplate); the page's own lead (its description) is never removed; and a template
never empties a body: if it would, the page keeps its text (`would_empty`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, NamedTuple

from extraction.textnorm import content_hash, key_text
from extraction.title_affixes import title_affixes, without_affixes

if TYPE_CHECKING:
    from extraction.record import Article

# Lines longer than this are never template keys: boilerplate boxes are short.
TEMPLATE_MAX_WORDS = 60
PARAGRAPH_BREAK = "\n\n"


@dataclass(frozen=True)
class SiteTemplate:
    """The keys of a site's boilerplate lines (empty: nothing learned yet)."""

    site: str
    keys: frozenset[str] = frozenset()
    # Keys of the site's name before or after its titles (extraction/title_affixes.py).
    title_affixes: frozenset[str] = frozenset()

    def __len__(self) -> int:
        return len(self.keys) + len(self.title_affixes)


class Cleaned(NamedTuple):
    """A body with the template's lines out: the lines kept, how many went, and whether the
    template would have removed every line (then none is removed)."""

    lines: list[str]
    removed: int
    would_empty: bool


def line_key(line: str) -> str | None:
    """The key of one body line; None for an empty line or one over TEMPLATE_MAX_WORDS."""
    text = key_text(line)
    if not text or text.count(" ") >= TEMPLATE_MAX_WORDS:
        return None
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def body_lines(body: str) -> list[str]:
    return [line for line in body.split(PARAGRAPH_BREAK) if line]


def block_keys(body: str | Sequence[str]) -> list[str]:
    """The keys of a body's lines (a body string or its lines), each once, in page order:
    what learning counts for the page."""
    lines = body_lines(body) if isinstance(body, str) else body
    return list(dict.fromkeys(k for k in map(line_key, lines) if k is not None))


def apply_template(lines: Sequence[str], template: SiteTemplate | None,
                   keep: Iterable[str | None] = ()) -> Cleaned:
    """`lines` without the template's lines; lines whose text is one of `keep` (the page's
    own lead) always stay. Never an empty result from a non-empty input."""
    if not template or not lines:
        return Cleaned(list(lines), 0, False)
    return _apply(lines, [line_key(line) for line in lines], template, keep)


def _apply(lines: Sequence[str], keys: Sequence[str | None], template: SiteTemplate,
           keep: Iterable[str | None]) -> Cleaned:
    kept_keys = {line_key(text) for text in keep if text}
    kept = [line for line, key in zip(lines, keys, strict=True)
            if key is None or key not in template.keys or key in kept_keys]
    if not kept:
        return Cleaned(list(lines), 0, True)
    return Cleaned(kept, len(lines) - len(kept), False)


def clean_body(body: str, summary: str | None, template: SiteTemplate | None) -> Cleaned:
    """apply_template on a body string (lines joined by a blank line); the summary stays."""
    return apply_template(body_lines(body), template, keep=(summary,))


def with_template(article: Article, template: SiteTemplate) -> Article:
    """The record with the template applied to its title and body (word count and content
    hash follow), carrying the page's keys before removal and what the template did
    (transient fields)."""
    lines = body_lines(article.body)
    keys = [line_key(line) for line in lines]
    page_keys = tuple(dict.fromkeys(k for k in keys if k is not None))
    seen = replace(article, template_keys=page_keys,
                   title_affixes=title_affixes(article.page_title))
    title = without_affixes(article.title, template.title_affixes)
    cleaned = (_apply(lines, keys, template, (article.summary,)) if template and lines
               else Cleaned(lines, 0, False))
    if not cleaned.removed and title == article.title:
        return replace(seen, template_kept_whole=cleaned.would_empty)
    body = PARAGRAPH_BREAK.join(cleaned.lines)
    return replace(seen, title=title, body=body, word_count=len(body.split()),
                   content_hash=content_hash(title, body), template_removed=cleaned.removed,
                   template_kept_whole=cleaned.would_empty,
                   title_trimmed=title != article.title)
