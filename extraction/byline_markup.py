"""Where pages without site rules put the writer's name: byline markup of the common CMSs."""

from __future__ import annotations

from extraction.document import Document
from extraction.selectors import text_of

# Most specific first: schema.org microdata, rel=author, then class words (WordPress
# "author-name", Drupal "field-name-field-author", "writer").
BYLINE_MARKUP: tuple[str, ...] = (
    '[itemprop="author"] [itemprop="name"]', 'a[rel="author"]', '[itemprop="author"]',
    '[class*="author-name"]', '[class*="author"]', '[class*="writer"]', '[class*="byline"]',
    # Class and id matches are case-sensitive: ASP.NET and older portals write "NewsAuthor",
    # "lblAuthor", "Writer".
    '[class*="Author"]', '[id*="Author"]', '[id*="author"]', '[class*="Writer"]',
    # French-built portals of the Maghreb and Mauritania: "auteur".
    '[class*="auteur"]',
)
# The poster of a forum thread (vBulletin, phpBB): the first post's user name.
FORUM_POSTER = '[class*="username"]'
GENERIC_BYLINE: tuple[str, ...] = (*BYLINE_MARKUP, FORUM_POSTER)
_BYLINE_MAX_WORDS = 8


def byline_texts(doc: Document) -> list[str]:
    """The short texts of the page's byline elements, in page order: a body line that starts
    with one is the byline (often read with the date beside it), not text."""
    texts: list[str] = []
    for css in BYLINE_MARKUP:  # a forum poster's name opens replies, not a byline line
        for el in doc.matches(css):
            text = text_of(el)
            if text and 2 <= len(text.split()) <= _BYLINE_MAX_WORDS and text not in texts:
                texts.append(text)
    return texts
