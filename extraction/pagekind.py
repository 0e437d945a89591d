"""Pages that are not articles: challenges and "page not found" pages served with 200."""

from __future__ import annotations

import re

# Challenge pages are small; an article merely mentioning DDoS-Guard is not one.
_CHALLENGE_MAX_WORDS = 80
CHALLENGE_MARKERS: tuple[str, ...] = (
    "ddos-guard", "/.well-known/ddos-guard/", "cf-browser-verification", "challenge-platform",
    "cf_chl_", "checking your browser before accessing",
    "checking if the site connection is secure",
    "enable javascript and cookies to continue", "attention required! | cloudflare",
)
CHALLENGE_TITLES: tuple[str, ...] = ("ddos-guard", "just a moment...", "attention required!")
NOT_FOUND_PHRASES: tuple[str, ...] = (
    "الصفحة غير موجودة", "الصفحة المطلوبة غير موجودة", "لم يتم العثور على الصفحة",
    "هذه الصفحة غير موجودة", "الصفحة التي تبحث عنها غير موجودة", "خطأ 404",
    "page not found", "not found",
)
_NOT_FOUND_CODE = re.compile(r"(?<!\d)404(?!\d)")


def is_challenge(raw_text: str, title: str, word_count: int) -> bool:
    """A DDoS-Guard / Cloudflare interstitial instead of the page asked for."""
    lowered_title = title.strip().lower()
    if any(lowered_title.startswith(t) for t in CHALLENGE_TITLES):
        return True
    if word_count > _CHALLENGE_MAX_WORDS:
        return False
    head = raw_text[:50_000].lower()
    return any(marker in head for marker in CHALLENGE_MARKERS)


_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_SCRIPT_OR_STYLE = re.compile(r"<(script|style)\b.*?</\1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")


def html_is_challenge(html: str) -> bool:
    """is_challenge on raw HTML, without parsing it: title and word count (text outside
    tags, scripts and styles) found by pattern. For the crawler's quick look at a response."""
    head = html[:200_000]
    found = _TITLE.search(head)
    words = len(_TAG.sub(" ", _SCRIPT_OR_STYLE.sub(" ", head)).split())
    return is_challenge(head, found.group(1) if found else "", words)


def is_not_found(title: str, heading: str) -> bool:
    """A "page not found" page, judged by its <title> and first heading only."""
    for text in (title, heading):
        lowered = text.lower()
        if any(phrase in lowered for phrase in NOT_FOUND_PHRASES):
            return True
        if _NOT_FOUND_CODE.search(text) and len(text.split()) <= 6:
            return True
    return False


# Login walls and paywalls: a short page asking to sign in or subscribe instead of the text.
LOGIN_WALL_MAX_WORDS = 150
LOGIN_WALL_PHRASES: tuple[str, ...] = (
    "تسجيل الدخول", "سجل الدخول", "سجّل الدخول", "يرجى تسجيل الدخول", "سجل دخولك",
    "للمشتركين فقط", "اشترك للمتابعة", "اشترك الآن لمتابعة القراءة", "اشترك لقراءة",
    "sign in to continue", "log in to continue", "login to continue", "sign in to read",
    "subscribe to continue", "subscribe to read", "subscribers only", "create a free account",
)
# Markup that says the text is withheld (schema.org's flag, common paywall classes).
PAYWALL_MARKERS: tuple[str, ...] = (
    '"isaccessibleforfree": false', '"isaccessibleforfree":false',
    '"isaccessibleforfree": "false"', '"isaccessibleforfree":"false"',
    'class="paywall', "class='paywall", 'id="paywall', 'class="piano-paywall',
    'class="article-paywall', 'class="subscriber-only',
)


def is_login_wall(raw_text: str, main_text: str, has_password_field: bool,
                  word_count: int) -> bool:
    """A sign-in or subscribe wall: a password form with a wall phrase in the page's main
    text (outside header, nav and footer), or paywall markup, on a page with little text."""
    if word_count > LOGIN_WALL_MAX_WORDS:
        return False
    lowered_main = main_text.lower()
    if has_password_field and any(p in lowered_main for p in LOGIN_WALL_PHRASES):
        return True
    head = raw_text[:200_000].lower()
    return any(marker in head for marker in PAYWALL_MARKERS)
