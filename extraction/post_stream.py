"""Pages that show a stream of posts and name one of them: the story is that post alone.

Telegram's web preview of a channel post (`t.me/s/<channel>/<post>`) serves the channel's
card (name, counters, description) and the posts around the one named by `<body
data-post="<channel>/<post>">`; `<title>` and `og:title` are the channel's. The named post's
message text is the article block, its bold first line the headline, its own `<time
datetime>` the publication, its hashtag links the tags.

A forum topic is the same kind of page: its posts are elements of the forum engine's post
class, each with its text in one element of the engine's text class (FORUM_ENGINES: phpBB's
prosilver, XenForo 1 and 2, vBulletin 4 and 5, MyBB, Invision, FluxBB), or schema.org microdata
Comment items with their `itemprop="text"` (NodeBB, any theme that marks posts so); the first
post is the story (a member's news item), its subject the headline, its `<time datetime>` the
publication, its poster's user name the author; replies, profiles and signatures are not the
story.
Pure: (tree) in, the post out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from lxml import etree
from lxml.html import HtmlElement

from extraction.arabic_dates import parse_visible_date
from extraction.textnorm import fold_space


def _has_class(token: str) -> str:
    """An XPath test: the element's class attribute holds `token` as a whole word."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {token} ')"


_MESSAGE = etree.XPath(f"//*[{_has_class('tgme_widget_message')}][@data-post = $post]")
_TEXT = etree.XPath(f".//*[{_has_class('tgme_widget_message_text')}]")
_TIME = etree.XPath(".//*[contains(@class, 'tgme_widget_message_date')]//time[@datetime]")
_HASHTAG = etree.XPath(".//a[starts-with(normalize-space(.), '#')]")


@dataclass(frozen=True)
class Post:
    """The named post: its message text element and what it says of itself."""

    text: HtmlElement
    headline: str | None
    published: str | None
    hashtags: tuple[str, ...]
    author: str | None = None  # a forum post's poster


# (post class, text class) of the common forum engines' topic pages.
FORUM_ENGINES: tuple[tuple[str, str], ...] = (
    ("post", "content"),  # phpBB 3 prosilver and the styles built on it
    ("message--post", "bbWrapper"),  # XenForo 2
    ("message", "messageText"),  # XenForo 1
    ("postcontainer", "postcontent"),  # vBulletin 4
    ("b-post", "js-post__content-text"),  # vBulletin 5
    ("post", "post_body"),  # MyBB
    ("cPost", "ipsType_richText"),  # Invision Community
    ("blockpost", "postmsg"),  # FluxBB and PunBB
)


_ENGINE_PATHS = tuple(
    (post, text, etree.XPath(f"//*[{_has_class(post)}][.//*[{_has_class(text)}]]"),
     etree.XPath(f".//*[{_has_class(text)}]"))
    for post, text in FORUM_ENGINES)
# Posts marked by schema.org microdata (NodeBB's Harmony theme, and any engine's theme that
# marks them so): Comment or DiscussionForumPosting items, each with its `itemprop="text"`.
_MICRODATA_POSTS = etree.XPath(
    "//*[@itemscope][contains(@itemtype, 'Comment') or contains(@itemtype, "
    "'DiscussionForumPosting')][.//*[@itemprop='text']]")
_MICRODATA_TEXT = etree.XPath(".//*[@itemprop='text']")
_MICRODATA_MARK = 'itemprop="text"'
# A text in microdata that may be the page's own article: a CreativeWork's "text", an
# Article's "articleBody".
_MICRODATA_ARTICLE_TEXT = etree.XPath(".//*[@itemprop='text' or @itemprop='articleBody']")
_POST_TIME = etree.XPath(".//time[@datetime]")
# The poster's user-name link: class "username" (XenForo, vBulletin's "username online"),
# "username-coloured" (phpBB); not vBulletin's "username_container", which holds its menu.
_POSTER = etree.XPath(f".//*[{_has_class('username')} or starts-with(@class, 'username-')]")
# The post's subject: phpBB's `h3`, vBulletin's `h2.title`.
_SUBJECT = etree.XPath(".//*[self::h2 or self::h3]")
# FluxBB's post header "#1 <time>" above the subject's `h3`: no subject.
_POST_NUMBER = re.compile(r"#\d+\b")
# A signature is the poster's, under every post; its text element is not the post's.
_SIGNATURE = "signature"
_FORUM_MIN_POSTS = 2


def named_post(tree: HtmlElement, classes: Iterable[str] | None = None,
               raw: str | None = None) -> Post | None:
    """The post the page names (see the module doc), or None on any other page. `classes`,
    the page's distinct class values if the caller has them, spare a page whose classes name
    no post and no content the walk for a forum topic; `raw`, the page's text, one whose
    markup has no `itemprop="text"` the walk for microdata posts."""
    body = tree.find("body")
    name = body.get("data-post") if body is not None else None
    if not name:
        tokens = ({token for value in classes for token in value.split()}
                  if classes is not None else None)
        found = _first_forum_post(tree, tokens)
        if found is None and (raw is None or _MICRODATA_MARK in raw):
            posts = _MICRODATA_POSTS(tree)
            found = _first_post(posts, _MICRODATA_TEXT, innermost=True)
            if found is not None and _longer_text_outside(tree, posts, found.text):
                return None  # an article with its comments marked up (GeneratePress,
                             # Textpattern)
        return found
    message = next(iter(_MESSAGE(tree, post=name)), None)
    text = next(iter(_TEXT(message)), None) if message is not None else None
    if text is None:
        return None
    time = next(iter(_TIME(message)), None)
    return Post(text, _headline(text), time.get("datetime") if time is not None else None,
                tuple(dict.fromkeys(fold_space(a.text_content())[1:] for a in _HASHTAG(text)
                                    if len(a.text_content().strip()) > 1)))


def _headline(text: HtmlElement) -> str | None:
    """The bold line the message opens with ("🔴 <b>headline</b>"), when it has one."""
    bold = text.find("b")
    if bold is None:
        bold = text.find("strong")
    if bold is None or any(char.isalnum() for char in text.text or ""):
        return None  # no bold, or words before it (an emoji mark may stand there)
    return fold_space(bold.text_content()) or None


def _first_forum_post(tree: HtmlElement, tokens: set[str] | None) -> Post | None:
    """The first post of a forum topic, by the first engine whose posts (none inside
    another) are at least _FORUM_MIN_POSTS, each with one text element outside its
    signature. `tokens`, the page's class words if known: an engine whose two classes are
    not among them is not walked for."""
    for post_class, text_class, posts_path, text_path in _ENGINE_PATHS:
        if tokens is not None and not (post_class in tokens and text_class in tokens):
            continue
        found = _first_post(posts_path(tree), text_path)
        if found is not None:
            return found
    return None


def _first_post(found: list[HtmlElement], text_path: etree.XPath,
                innermost: bool = False) -> Post | None:
    """The first of `found` posts, none inside another (`innermost`: none holding another,
    as a microdata topic item holds its post items)."""
    if len(found) < _FORUM_MIN_POSTS:
        return None
    posts = [post for post in found if not any(
        other is not post and (other in post.iterdescendants() if innermost
                               else post in other.iterdescendants()) for other in found)]
    if len(posts) < _FORUM_MIN_POSTS:
        return None
    texts = [[el for el in text_path(post) if not _in_signature(el, post)] for post in posts]
    if any(len(held) != 1 for held in texts):
        return None
    first, text = posts[0], texts[0][0]
    subject = next((h for h in _SUBJECT(first) if text not in h.iterancestors()
                    and "author" not in (h.get("class") or "").lower()  # Invision's name h3
                    and (title := fold_space(h.text_content()))
                    and not _POST_NUMBER.match(title)), None)
    time = next(iter(_POST_TIME(first)), None)
    poster = next(iter(_POSTER(first)), None)
    return Post(text, fold_space(subject.text_content()) if subject is not None else None,
                time.get("datetime") if time is not None else _numbered_date(first), (),
                fold_space(poster.text_content()) or None if poster is not None
                else _microdata_author(first))


def _numbered_date(post: HtmlElement) -> str | None:
    """The date a post's numbered header prints when no `<time>` marks it (FluxBB's "#1
    2024-11-03 14:20:37"); None for a relative one ("#1 اليوم 01:10:12")."""
    for heading in _SUBJECT(post):
        text = fold_space(heading.text_content())
        if _POST_NUMBER.match(text):
            return parse_visible_date(text)
    return None


def _longer_text_outside(tree: HtmlElement, posts: list[HtmlElement], text: HtmlElement) -> bool:
    """Whether an `itemprop="text"` or `"articleBody"` element outside every post, or the
    paragraphs of one element outside them, hold more words than `text`: the page's own
    article (a theme marking its `entry-content` so, a BlogPosting's body, Blocksy's
    unmarked `entry-content` over its microdata comments), the posts its comments."""
    words = len(text.text_content().split())
    held = {el for post in posts for el in post.iter()}  # kept: lxml reuses live proxies
    if any(el not in held and len(el.text_content().split()) > words
           for el in _MICRODATA_ARTICLE_TEXT(tree)):
        return True
    outside: Counter[HtmlElement] = Counter()
    for paragraph in tree.iter("p"):
        if paragraph not in held:
            outside[paragraph.getparent()] += len(paragraph.text_content().split())
    return bool(outside) and max(outside.values()) > words


# A post's author in microdata (NodeBB: `<div itemprop="author"><meta itemprop="name" ...>`).
_AUTHOR_NAME = etree.XPath(".//*[@itemprop='author']//*[@itemprop='name']")


def _microdata_author(post: HtmlElement) -> str | None:
    el = next(iter(_AUTHOR_NAME(post)), None)
    return fold_space(el.get("content") or el.text_content()) or None if el is not None else None


def _in_signature(el: HtmlElement, post: HtmlElement) -> bool:
    """Whether `el` is or sits in a signature element of `post` (FluxBB's signature is a
    "postsignature postmsg": a text element itself)."""
    for ancestor in (el, *el.iterancestors()):
        if ancestor is post:
            return False
        # Invision marks it in `data-role="memberSignature"`, not in its classes.
        if any(_SIGNATURE in (ancestor.get(a) or "").lower() for a in ("class", "data-role")):
            return True
    return False
