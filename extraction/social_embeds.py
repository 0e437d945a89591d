"""Posts a story quotes by embedding them (Facebook, X/Twitter, Instagram), and the lines
their embed code leaves when read as text.

A statement published on a social network is often the story itself ("وقال الجهاز في بيان
نشره على صفحته: ..." then the embedded post). trafilatura drops Facebook's and Instagram's
embed blocks whole, so their paragraphs go back after the paragraph that introduces them.
What the embed code adds around the quoted text is no text: the tweet's signature line
("— UNSMIL (@UNSMILibya) May 12, 2024"), a bare short link ("https://t.co/..."), Facebook's
"Posted by ... on ..." line, a video embed's title line ("فيديو.. ...") and its watch label
("شاهد: ...").
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from extraction.document import Document
from extraction.selectors import compiled, text_of
from extraction.textnorm import fold_space

EMBEDS = ('.fb-post', 'blockquote.twitter-tweet', 'blockquote.instagram-media',
          'blockquote[class*="fb-xfbml"]')
_EMBED_SELECTOR = ", ".join(EMBEDS)
# A class word every EMBEDS selector requires (checked against the page's class values before
# the selectors walk the page: most pages embed nothing).
EMBED_CLASS_WORDS: tuple[str, ...] = ("fb-post", "twitter-tweet", "instagram-media", "fb-xfbml")
_PARAGRAPH_MIN_WORDS = 5

# "— UNSMIL (@UNSMILibya) May 12, 2024": a tweet's signature.
TWEET_SIGNATURE = re.compile(r"^[—–-]\s*[^()]{1,80}\(@\w{1,30}\)\s*.{0,40}$")
# A short link alone, or trailing a quoted post: t.co, pic.twitter.com, fb.watch, bit.ly.
SHORT_LINK = re.compile(r"\s*(?:https?://)?(?:t\.co|pic\.twitter\.com|fb\.watch|bit\.ly)/\S+\s*$")
# What every SHORT_LINK match holds (tested first: the pattern is tried at every position).
SHORT_LINK_HOSTS: tuple[str, ...] = ("t.co/", "pic.twitter.com/", "fb.watch/", "bit.ly/")
POSTED_BY = re.compile(r"^Posted by .{1,120} on .{1,60}$")
# "فيديو.. طوابير ...", "بالفيديو | ...": the title line of an embedded video.
VIDEO_TITLE = re.compile(r"^(?:فيديو|بالفيديو|فيديوجراف|انفوجراف|إنفوجراف)"
                         r"\s*(?:\.{2,}|:|\||-|–)\s*\S")
_VIDEO_TITLE_MAX_WORDS = 25
# "شاهد: لحظة توقيع المذكرة", "شاهد مقتطفات من الحوار على قناتنا": the label over or under a
# video. Not "شاهد عيان ..." (a witness): a colon or a word for footage must follow.
WATCH_LABEL = re.compile(r"^(?:شاهد|شاهدوا|شاهدي)(?:\s*[:：]|\s+(?:الفيديو|بالفيديو|فيديو|"
                         r"مقتطفات|مقطع|المقطع|لقطات|اللقطات|تسجيل|البث))\s*\S")
_WATCH_LABEL_MAX_WORDS = 12


# A reply under a social post, addressed to its account: "@almaidan شكرا للمتابعة الدائمة".
REPLY_LINE = re.compile(r"^@[A-Za-z0-9_.]+(?:@[A-Za-z0-9.-]+)?\s+\S")


def is_embed_line(line: str) -> bool:
    """A line the embed code of a post or video left: a signature, a short link, "Posted by
    ...", a video title, a watch label ("شاهد: ..."); or a reply to a post's account."""
    line = line.strip()
    return bool(TWEET_SIGNATURE.match(line) or SHORT_LINK.fullmatch(line) or REPLY_LINE.match(line)
                or POSTED_BY.match(line)
                or (VIDEO_TITLE.match(line) and len(line.split()) <= _VIDEO_TITLE_MAX_WORDS)
                or (WATCH_LABEL.match(line) and len(line.split()) <= _WATCH_LABEL_MAX_WORDS))


def without_short_link(line: str) -> str:
    """A quoted post's line without the short link the embed appends to it."""
    if not any(host in line for host in SHORT_LINK_HOSTS):
        return line
    return SHORT_LINK.sub("", line) if not SHORT_LINK.fullmatch(line) else line


def embedded_posts(tree: HtmlElement) -> list[tuple[str | None, list[str]]]:
    """Each embedded post: the text of the paragraph just before it (None when there is
    none) and the post's own paragraphs (embed lines left out), in page order."""
    posts = []
    embeds = compiled(_EMBED_SELECTOR)(tree)
    outer = set(embeds)
    for embed in embeds:
        if any(a in outer for a in embed.iterancestors()):
            continue  # the blockquote inside Facebook's .fb-post: one post
        texts = [t for t in (fold_space(text_of(p)) for p in embed.iter("p"))
                 if len(t.split()) >= _PARAGRAPH_MIN_WORDS and not is_embed_line(t)]
        if texts:
            posts.append((_text_before(embed), [without_short_link(t) for t in texts]))
    return posts


def _text_before(embed: HtmlElement) -> str | None:
    for el in embed.itersiblings(preceding=True):
        if isinstance(el.tag, str) and (text := fold_space(text_of(el))):
            return text
    parent = embed.getparent()
    return _text_before(parent) if parent is not None and parent.tag != "body" else None


# The end of a paragraph that introduces the post after it: a colon ("وقال في بيان نشره على
# صفحته:"), or one of these words among its last few ("... وغرد قائلا", "في تغريدة له").
# A post after a paragraph that ends its own sentence is an illustration beside the story
# (an outlet's promotional tweet), not a statement it quotes.
_INTRODUCING = frozenset({"تغريدة", "تغريدته", "غرد", "وغرد", "غردت", "وغردت", "منشور", "منشورا",
                          "قائلا", "قائلاً", "قائلة", "التالي", "التالية", "نصه", "نصها"})
_INTRODUCING_LAST_WORDS = 5


def introduces(paragraph: str) -> bool:
    """Whether `paragraph` introduces the embedded post that follows it."""
    text = paragraph.rstrip()
    if text.endswith((":", "：")):
        return True
    return any(w.strip(".،,") in _INTRODUCING for w in text.split()[-_INTRODUCING_LAST_WORDS:])


def with_embedded_posts(paragraphs: list[str], doc: Document) -> list[str]:
    """The paragraphs with each embedded post's paragraphs that are missing put back after
    the paragraph that introduces the post (nothing is put back when that paragraph is not
    in the text), and those of a post that no paragraph introduces left out."""
    out = list(paragraphs)
    if not any(doc.matches(f'[class*="{word}"]') for word in EMBED_CLASS_WORDS):
        return out
    for before, texts in embedded_posts(doc.tree):
        if before is None or not introduces(before):
            out = [p for p in out if p not in texts]
            continue
        missing = [t for t in texts if t not in out]
        if before in out and missing:
            at = out.index(before) + 1
            out[at:at] = missing
    return out
