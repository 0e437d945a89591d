"""What the spider hands to the pipelines: article records with how they were fetched, and
pages that gave none."""

from __future__ import annotations

from dataclasses import dataclass, field

from extraction.record import Article


@dataclass
class CrawledArticle:
    """What the spider hands to the pipelines: the record plus how it was fetched."""

    article: Article
    discovered_via: str  # rss | sitemap | listing
    http_status: int = 200
    etag: str | None = None
    http_last_modified: str | None = None
    # warc_file / warc_offset / warc_length / warc_digest of the response record, if captured.
    capture: dict[str, object] = field(default_factory=dict)


@dataclass
class Revisit:
    """A re-fetch of a known article that brought no new text: 304, or 404/410 (removed)."""

    site: str
    article_id: str
    url: str
    removed: bool


@dataclass
class PageOutcome:
    """An article URL that gave no article (why: a status or a failure reason)."""

    url: str
    site: str
    outcome: str


@dataclass
class DiscoveryPage:
    """A feed, listing or sitemap of URLs read whole, with what makes the next request for it
    conditional (ETag, Last-Modified)."""

    url: str
    site: str
    kind: str  # rss | listing | urlset
    etag: str | None
    last_modified: str | None
    # A sub-sitemap's <lastmod> in the index that named it (ISO 8601), when it gave one.
    lastmod: str | None = None
