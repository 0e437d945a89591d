"""The article record: the contract between extraction and the archive (see docs/record.md)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

from extraction.title_affixes import Affix

STATUS_OK = "ok"
# Every status extraction can give (docs/record.md); only `ok` is stored.
STATUSES: frozenset[str] = frozenset({
    STATUS_OK, "blocked", "login_wall", "not_found", "not_article", "empty", "not_html",
    # The page nests deeper than the parser reads (extraction/document.py): its end is cut.
    "truncated"})


@dataclass
class Article:
    """One page turned into an article record; `status` says whether it is one."""

    url: str
    site: str
    status: str = STATUS_OK
    canonical_url: str | None = None
    article_id: str | None = None
    title: str | None = None
    summary: str | None = None
    body: str = ""
    author: str | None = None
    published: str | None = None
    modified: str | None = None
    # The Hijri date shown for the publication, as shown ("12 رجب 1446هـ").
    published_hijri: str | None = None
    section: str | None = None
    section_name: str | None = None
    tags: list[str] = field(default_factory=list)
    source: str | None = None
    images: list[dict[str, str | None]] = field(default_factory=list)
    related: list[dict[str, str]] = field(default_factory=list)
    language: str | None = None
    language_confidence: float | None = None
    word_count: int = 0
    content_hash: str | None = None
    # The step that gave the body: block, trafilatura, trafilatura_lines, embedded.
    text_origin: str | None = None
    # Transient, never stored (not in RECORD_FIELDS): what a site template did to the page
    # (extraction/site_template.py). The keys of the body's lines before removal (empty when
    # no template was given), lines removed, and whether the template would have emptied
    # the body (it was then kept whole).
    template_keys: tuple[str, ...] = field(default=(), repr=False)
    template_removed: int = 0
    template_kept_whole: bool = False
    # The page's own title (og:title, else <title>) and the parts of it learning counts
    # (extraction/title_affixes.py); whether a learned affix came off the title.
    page_title: str | None = field(default=None, repr=False)
    title_affixes: tuple[Affix, ...] = field(default=(), repr=False)
    title_trimmed: bool = False
    # Invalid bytes of the page's charset decoded as U+FFFD (extraction/decoding.py).
    decode_repaired: int = 0

    @property
    def ok(self) -> bool:
        return self.status == STATUS_OK

    def to_dict(self) -> dict[str, Any]:
        """The record in the documented field order (what `archive extract` prints, and what
        the archive stores): transient fields left out."""
        data = asdict(self)
        return {name: data[name] for name in RECORD_FIELDS}


RECORD_FIELDS: tuple[str, ...] = (
    "url", "canonical_url", "site", "article_id", "title", "summary", "body", "author",
    "published", "modified", "published_hijri", "section", "section_name", "tags", "source",
    "images", "related", "language", "language_confidence", "word_count", "content_hash",
    "text_origin", "status",
)
TRANSIENT_FIELDS: tuple[str, ...] = ("template_keys", "template_removed", "template_kept_whole",
                                     "page_title", "title_affixes", "title_trimmed",
                                     "decode_repaired")
assert set(RECORD_FIELDS) | set(TRANSIENT_FIELDS) == {f.name for f in fields(Article)}
