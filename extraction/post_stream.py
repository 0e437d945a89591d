"""Pages that show a stream of posts and name one of them: the story is that post alone.

Telegram's web preview of a channel post (`t.me/s/<channel>/<post>`) serves the channel's
card (name, counters, description) and the posts around the one named by `<body
data-post="<channel>/<post>">`; `<title>` and `og:title` are the channel's. The named post's
message text is the article block, its bold first line the headline, its own `<time
datetime>` the publication, its hashtag links the tags.

A forum topic (phpBB's prosilver and the styles built on it) is the same kind of page: its
posts are elements of class `post`, each with its text in a `content` element; the first post
is the story (a member's news item), its subject (`h3`) the headline, its `<time datetime>`
the publication, its poster's user name the author; replies, profiles and signatures are not
the story. Pure: (tree) in, the post out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from lxml import etree
from lxml.html import HtmlElement

from extraction.textnorm import fold_space

_MESSAGE = etree.XPath("//*[contains(concat(' ', normalize-space(@class), ' '), "
                       "' tgme_widget_message ')][@data-post = $post]")
_TEXT = etree.XPath(".//*[contains(concat(' ', normalize-space(@class), ' '), "
                    "' tgme_widget_message_text ')]")
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


_HAS_CONTENT = "contains(concat(' ', normalize-space(@class), ' '), ' content ')"
_FORUM_POSTS = etree.XPath("//*[contains(concat(' ', normalize-space(@class), ' '), ' post ')]"
                          f"[.//*[{_HAS_CONTENT}]]")
_CONTENT = etree.XPath(f".//*[{_HAS_CONTENT}]")
_POST_TIME = etree.XPath(".//time[@datetime]")
# phpBB's "username" / "username-coloured" link of the post's poster.
_POSTER = etree.XPath(".//*[starts-with(@class, 'username')]")
# A topic shows its first post and at least one reply.
_FORUM_MIN_POSTS = 2


def named_post(tree: HtmlElement, classes: Iterable[str] | None = None) -> Post | None:
    """The post the page names (see the module doc), or None on any other page. `classes`,
    the page's distinct class values if the caller has them, spare a page whose classes name
    no post and no content the walk for a forum topic."""
    body = tree.find("body")
    name = body.get("data-post") if body is not None else None
    if not name:
        if classes is not None and not _names_posts(classes):
            return None
        return _first_forum_post(tree)
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


def _names_posts(classes: Iterable[str]) -> bool:
    tokens = {token for value in classes for token in value.split()}
    return "post" in tokens and "content" in tokens


def _first_forum_post(tree: HtmlElement) -> Post | None:
    """The first post of a forum topic: posts of class `post` (none inside another), each with
    one `content` element."""
    found = _FORUM_POSTS(tree)
    if len(found) < _FORUM_MIN_POSTS:
        return None
    posts = [post for post in found
             if not any(other is not post and post in other.iterdescendants() for other in found)]
    if len(posts) < _FORUM_MIN_POSTS:
        return None
    texts = [_CONTENT(post) for post in posts]
    if any(len(found) != 1 for found in texts):
        return None
    first = posts[0]
    subject = first.find(".//h3")
    time = next(iter(_POST_TIME(first)), None)
    poster = next(iter(_POSTER(first)), None)
    return Post(texts[0][0], fold_space(subject.text_content()) or None if subject is not None
                else None, time.get("datetime") if time is not None else None, (),
                fold_space(poster.text_content()) or None if poster is not None else None)
