"""Interface labels in English on Arabic pages.

Platforms that serve writers in every language (LinkedIn, Medium, Substack, Tumblr, hosted
blogs) print their own labels in English around an Arabic text: "Recommended by LinkedIn",
"Related posts", "Leave a comment". A paragraph that is only one of them is chrome; one that
merely contains such words (a quoted English title, a line of code) is matched by nothing here.
"""

from __future__ import annotations

import re

_PLATFORM = r"(?-i:[A-Z][\w.]*(?: [A-Z][\w.]*)?)"  # a capitalised name: "LinkedIn"
LATIN_LABEL = re.compile(
    r"^\s*(?:recommended(?: for you| by " + _PLATFORM + r"| from " + _PLATFORM + r")?"
    r"|(?:more|trending) (?:from|on) " + _PLATFORM +
    r"|related (?:posts|articles|stories|content)|you (?:may|might) also like"
    r"|read (?:more|next)|share(?: this(?: post| article| story)?)?|leave a (?:comment|reply)"
    r"|\d* ?comments?|sponsored|subscribe(?: now)?|follow us|show more|see more"
    r"|forwarded from [^\n]{1,60})"
    r"\s*[:.…]*\s*$",
    re.IGNORECASE,
)


# A blog engine's post line left in English: "Posted in بنوك, اقتصاد محلي on Mar 14, 2024."
# (RainLab.Blog's partial), "Posted on May 2, 2024 by ...", "Filed under: ...".
LATIN_POST_LINE = re.compile(r"^\s*(?:posted|published|filed)\s+(?:in|on|by|under)\b[^\n]{1,150}$",
                             re.IGNORECASE)


def is_latin_label(line: str) -> bool:
    """True when the whole paragraph is one English interface label or post line."""
    return LATIN_LABEL.match(line) is not None or LATIN_POST_LINE.match(line) is not None


# The English headings a hosted blog prints under the text, after which nothing is the
# post's: its newsletter box, its comments, the writer's card, more of the blog's posts.
LATIN_TAIL_OPENER = re.compile(
    r"^\s*(?:subscribe to (?:our|the|my) newsletter|comments? \(\d+\)|\d+ comments?"
    r"|leave a (?:comment|reply)|written by|more (?:articles|stories|posts)"
    r"|related (?:posts|articles|stories)|you (?:may|might) also like"
    # A journal's sidebar module over the writer's bio (LiveJournal's "Profile").
    r"|profile|about (?:me|the author))\s*[:.…]*\s*$",
    re.IGNORECASE,
)


def is_latin_tail_opener(line: str) -> bool:
    """True when the paragraph is one of those headings (LATIN_TAIL_OPENER)."""
    return LATIN_TAIL_OPENER.match(line) is not None
