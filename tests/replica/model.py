"""Plain data classes describing the replica's articles and broken pages."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import quote


@dataclass(frozen=True)
class Photo:
    """A `.photo` block; style: cover (absolute data-src), lazy (data-src + noscript), noscript."""

    path: str
    caption: str | None
    credit: str | None
    style: str


@dataclass(frozen=True)
class LinkRef:
    """A link to another replica article, rendered absolute or root-relative."""

    target_id: str
    absolute: bool


@dataclass(frozen=True)
class Block:
    """One child of the article text block (a paragraph, read-more card, embed or inline photo)."""

    kind: str  # p | read_more_big | read_more_text | read_more_old | embed | photo
    parts: tuple[str, ...] = ()  # a paragraph's sentences; its text is them joined by a space
    link: LinkRef | None = None
    photo: Photo | None = None
    embed: str = ""  # youtube | telegram | twitter | instagram | tiktok | podcast
    code: str = ""
    strong: bool = False

    @property
    def text(self) -> str:
        return " ".join(self.parts)


@dataclass
class ArticleSpec:
    """Everything needed to render one article page and derive its expected record."""

    article_id: str
    section: str
    slug: str
    title: str
    lead: str
    published: str
    modified: str | None
    layout: str = "current"  # current | older | live (tests/replica/live.py)
    lang: str = "ar"
    author: str | None = None
    category_meta: bool = True
    tags: list[tuple[int, str]] = field(default_factory=list)
    source_lines: list[str] = field(default_factory=list)
    cover: Photo | None = None
    video: str | None = None
    blocks: list[Block] = field(default_factory=list)
    related: list[LinkRef] = field(default_factory=list)
    most_read: list[LinkRef] = field(default_factory=list)
    encoding: str = "utf-8"
    newline_joins: bool = False
    old: bool = False
    sources: frozenset[str] = frozenset()
    # Live layout: the first paragraph is a longer version of the lead (older pages); no
    # publish-date meta (published_time_telegram instead); linked only as /<section>/<id>.
    lead_in_text: bool = False
    telegram_date: bool = False
    id_only: bool = False

    @property
    def path(self) -> str:
        """Where the page is; the live site's article URLs have no trailing slash."""
        end = "" if self.layout == "live" else "/"
        return f"/{self.section}/{self.article_id}-{self.slug}{end}"

    @property
    def fetched_path(self) -> str:
        """The path the page is linked and fetched by."""
        return f"/{self.section}/{self.article_id}" if self.id_only else self.path

    @property
    def paragraphs(self) -> list[str]:
        """The body paragraphs in order, lead first (once)."""
        texts = [b.text for b in self.blocks if b.kind == "p"]
        return texts if self.lead_in_text else [self.lead] + texts


@dataclass(frozen=True)
class BrokenSpec:
    """A page at an article-like URL that is not a storable Arabic article."""

    article_id: str
    slug_words: str
    title: str
    outcome: str  # http_404 | http_500 | redirect | not_html | blocked | not_found | language
    kind: str  # http_404 | http_500 | redirect | pdf | ddos_200 | ddos_403 | soft_404 | english
    where: tuple[str, ...]  # sitemap-1 | sitemap-2 | listing
    lastmod: str

    @property
    def path(self) -> str:
        return f"/news/{self.article_id}-{slugify(self.slug_words)}/"


def slugify(words: str) -> str:
    """Percent-encode a few words joined by '-' the way RT slugs look."""
    return quote("-".join(words.split()), safe="-")
