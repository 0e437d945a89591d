"""Appeals to the reader standing as paragraphs inside the text: donation boxes ("ادعم
صحافتنا المستقلة", "نعتمد على دعم قرائنا ..."), page-feedback questions ("هل كان المحتوى
مفيدًا؟", "شكرًا لك على ملاحظاتك")."""

from __future__ import annotations

import re

from extraction.spelling import fold, fold_all

# A donation appeal joins a support verb to what the outlet calls its own: "ادعم صحافتنا",
# "نعتمد على دعم قرائنا", "تبرعك يضمن استقلالنا". Ours-words keep news about donations out.
SUPPORT_WORDS: tuple[str, ...] = ("ادعم", "ادعموا", "ادعمنا", "ادعمونا", "دعم", "دعمكم", "دعمك",
                                  "ساهم", "ساهموا", "مساهمتك", "تبرع", "تبرعوا", "تبرعك")
# ("عملنا", "استقلالنا" are left out: an official's quoted "ادعموا عملنا" is news.)
OURS_WORDS: tuple[str, ...] = ("صحافتنا", "قرائنا", "قراءنا", "متابعينا")
# Buttons of those boxes, standing alone.
APPEAL_BUTTONS: tuple[str, ...] = ("ساهم الآن", "تبرع الآن", "ادعمنا", "ادعمنا الآن", "ادعمونا",
                                   "اشترك الآن", "ساهم معنا")
_APPEAL_MAX_WORDS = 30
# "هل كان المحتوى مفيدًا؟", "هل كانت هذه الصفحة مفيدة؟ نعم لا", and the thanks after a vote.
FEEDBACK_OPENERS: tuple[str, ...] = ("هل كان", "هل كانت", "هل وجدت")
FEEDBACK_SUBJECTS: tuple[str, ...] = ("المحتوى", "الصفحة", "المقال", "الخبر", "المعلومات",
                                      "المعلومة", "الموضوع")
THANKS_CUES: tuple[str, ...] = ("ملاحظاتك", "ملاحظاتكم", "تقييمك", "تقييمكم", "رأيك", "رأيكم")
# The vote's buttons, standing alone, and its tally on Saudi government portals (the Digital
# Government Authority's pattern): "87% من المستخدمين قالوا نعم من 312 تقييمًا".
FEEDBACK_BUTTONS: tuple[str, ...] = ("نعم", "لا")
FEEDBACK_TALLY_CUES: tuple[str, ...] = ("قالوا نعم", "من المستخدمين وجدوا")
_FEEDBACK_MAX_WORDS = 12

_SUPPORT = fold_all(SUPPORT_WORDS)
_OURS = fold_all(OURS_WORDS)
_BUTTONS = fold_all(APPEAL_BUTTONS)
_OPENERS = tuple(fold(o) for o in FEEDBACK_OPENERS)
_SUBJECTS = tuple(fold(s) for s in FEEDBACK_SUBJECTS)
_THANKS = tuple(fold(c) for c in THANKS_CUES)
_FEEDBACK_BUTTONS = fold_all(FEEDBACK_BUTTONS)
_TALLY = tuple(fold(c) for c in FEEDBACK_TALLY_CUES)
_PUNCTUATION = " .،:!؟?"


# A call that opens with the imperative: "ادعم الصحافة الفلسطينية المستقلة" (journalism
# named), "اشترك في النشرة الأسبوعية لتصلك ..." (a newsletter named). News text does not open
# a paragraph so.
IMPERATIVE_SUPPORT: tuple[str, ...] = ("ادعم", "ادعموا", "ساهم", "ساهموا", "تبرع", "تبرعوا")
JOURNALISM_WORDS: tuple[str, ...] = ("الصحافة", "صحافة", "الصحافه")
IMPERATIVE_SUBSCRIBE: tuple[str, ...] = ("اشترك", "اشتركوا", "اشتركي", "سجل", "سجلوا")
NEWSLETTER_WORDS: tuple[str, ...] = ("النشرة", "نشرتنا", "النشرات", "بريدك")
_IMPERATIVE_SUPPORT = fold_all(IMPERATIVE_SUPPORT)
_JOURNALISM = fold_all(JOURNALISM_WORDS)
_IMPERATIVE_SUBSCRIBE = fold_all(IMPERATIVE_SUBSCRIBE)
_NEWSLETTER = fold_all(NEWSLETTER_WORDS)


# A call to write in, with the address or account ("@"): "راسلنا على hackathon@... لننشر
# تجربتك".
WRITE_TO_US: tuple[str, ...] = ("راسلنا", "راسلونا", "تواصل معنا", "تواصلوا معنا", "اكتب لنا",
                                "اكتبوا لنا", "أرسل لنا", "أرسلوا لنا", "شاركنا", "شاركونا")
_WRITE_TO_US = fold_all(WRITE_TO_US)
# A newsletter's note to a reader it was forwarded to, inviting them to subscribe.
FORWARDED_CUES: tuple[str, ...] = ("وصلتك هذه الرسالة", "وصلتك هذه النشرة", "من صديق",
                                   "أرسلها لك", "حولها لك")
_FORWARDED = fold_all(FORWARDED_CUES)


def _imperative_call(words: list[str]) -> bool:
    """"ادعم الصحافة ..." or "اشترك في النشرة ...": an imperative first word and its object."""
    first, rest = words[0], set(words[1:])
    return ((first in _IMPERATIVE_SUPPORT and bool(_JOURNALISM & rest))
            or (first in _IMPERATIVE_SUBSCRIBE and bool(_NEWSLETTER & rest)))


# A call to sign in before commenting: "سجّل الدخول أو أنشئ حساباً للتعليق." (folded).
_SIGN_IN_TO_COMMENT = re.compile(r"^(?:يجب (?:عليك )?)?(?:سجل|تسجيل|قم بتسجيل) الدخول[^.؟!]{0,40}?"
                                 r"(?:للتعليق|لاضافة تعليق|لكتابة تعليق)\s*\.?$")


def is_appeal(key: str) -> bool:
    """A donation appeal, its button, a newsletter's call (also to a reader it was forwarded
    to), a call to write in to an address, or a page-feedback question, button, tally or
    thanks (`key`: the line folded and stripped)."""
    if key.strip(_PUNCTUATION) in _BUTTONS or key.strip() in _FEEDBACK_BUTTONS:
        return True  # a feedback button bare: "نعم." may be an answer
    if _SIGN_IN_TO_COMMENT.match(key):
        return True
    parts = key.split()
    if len(parts) > _APPEAL_MAX_WORDS:
        return False  # every check below takes shorter lines
    words = [w.strip(_PUNCTUATION).removeprefix("و") for w in parts]
    if len(words) <= _FEEDBACK_MAX_WORDS and "%" in key and any(c in key for c in _TALLY):
        return True
    if words and len(words) <= _APPEAL_MAX_WORDS and _imperative_call(words):
        return True
    if len(words) <= _APPEAL_MAX_WORDS and "اشتراك" in key and any(c in key for c in _FORWARDED):
        return True  # "إذا وصلتك هذه الرسالة من صديق، يمكنك الاشتراك من هنا"
    if "@" in key and len(words) <= _APPEAL_MAX_WORDS and any(c in key for c in _WRITE_TO_US):
        return True  # "راسلنا على <address> ...": the site asks for the readers' mail
    if len(words) <= _APPEAL_MAX_WORDS and _OURS.intersection(words) and _SUPPORT.intersection(
            w.removeprefix("ل").removeprefix("ب") for w in words):
        return True
    if len(words) > _FEEDBACK_MAX_WORDS:
        return False
    if key.startswith(_OPENERS) and "مفيد" in key and any(s in key for s in _SUBJECTS):
        return True
    return key.startswith("شكرا") and any(c in key for c in _THANKS)


# A closing question to the readers, a poster's or a blog's ("ما رأيكم؟ هل ...؟",
# "شاركونا رأيكم في التعليقات"): plural address, so an interviewer's "ما رأيك ...؟" stays.
READER_QUESTION_OPENERS: tuple[str, ...] = (
    "ما رأيكم", "برأيكم", "في رأيكم", "شاركونا", "هل تتفقون", "هل توافقون", "ما تعليقكم",
    "ما توقعاتكم", "أخبرونا", "اكتبوا لنا",
    # The same asked in the dialects forum members write in, or of their own tries.
    "شلون تشوفون", "شنو رأيكم", "شو رأيكم", "شو رايكم", "ايش رأيكم", "وش رأيكم", "كيف تشوفون",
    "هل جرب أحد", "هل جربتم", "هل جرب أحدكم")
# A poster's wait for the readers' answers closes such a question: "بانتظار تجاربكم".
READER_WAITS: tuple[str, ...] = ("بانتظار تجاربكم", "بانتظار آرائكم", "بانتظار ردودكم",
                                 "بانتظار تعليقاتكم")
_READER_QUESTION_MAX_WORDS = 25
_READER_OPENERS = tuple(fold(o) for o in READER_QUESTION_OPENERS)
_READER_WAITS = tuple(fold(w) for w in READER_WAITS)
_READER_CLOSERS = tuple(fold(c) for c in ("شاركونا رأيكم", "شاركونا آراءكم", "ما رأيكم"))


def is_reader_question(line: str) -> bool:
    """A short line that opens by asking the readers (READER_QUESTION_OPENERS) and ends with
    a question mark, points to the comments or waits for their answers (READER_WAITS); only
    the text's last line is asked."""
    key = fold(line.strip())
    if len(key.split()) > _READER_QUESTION_MAX_WORDS:
        return False
    if not key.startswith(_READER_OPENERS):
        # A question that closes with the call: "... هتكفي المزارع ولا لأ؟ شاركونا رأيكم."
        return ("؟" in key or "?" in key) and key.rstrip(" .!؟?").endswith(_READER_CLOSERS)
    return (key.rstrip(" .!").endswith(("؟", "?")) or "تعليق" in key
            or any(wait in key for wait in _READER_WAITS))


# A poster's sign-off under a reposted story ("ودمتم سالمين", "تحياتي للجميع"): greetings a
# member writes, never a story's words.
POSTER_CLOSINGS: tuple[str, ...] = (
    "ودمتم سالمين", "ودمتم بخير", "ودمتم بود", "دمتم بخير", "دمتم سالمين", "تحياتي",
    "مع تحياتي", "والسلام عليكم", "والله الموفق", "ولكم جزيل الشكر")
_CLOSING_MAX_WORDS = 20
_CLOSINGS = tuple(fold(c) for c in POSTER_CLOSINGS)


def is_poster_closing(line: str) -> bool:
    """A short line holding a poster's sign-off (POSTER_CLOSINGS)."""
    key = fold(line.strip())
    return len(key.split()) <= _CLOSING_MAX_WORDS and any(c in key for c in _CLOSINGS)


# A poster's prayer under the story copied in ("اللهم احفظ العراق وأهله"): a short line that
# opens with a supplication; only the text's last lines are asked.
PRAYER_OPENERS: tuple[str, ...] = ("اللهم", "نسأل الله", "نسأل المولى", "ندعو الله")
_PRAYER_MAX_WORDS = 10
_PRAYERS = tuple(fold(o) for o in PRAYER_OPENERS)


def is_poster_prayer(line: str) -> bool:
    """A short line that opens with a supplication (PRAYER_OPENERS)."""
    key = fold(line.strip())
    return len(key.split()) <= _PRAYER_MAX_WORDS and key.startswith(_PRAYERS)


# An editor's note pointing the reader to another part of the site, above or under the text
# ("هذه المادة جزء من ملفنا ... تجدون بقية حلقاته في صفحة الأعداد", "ملحوظة:" / "الصور الكاملة
# في قسم معرض الصور بالموقع"): the site named as its own, and a pointer to the reader.
SITE_SELF_WORDS: tuple[str, ...] = ("بالموقع", "موقعنا", "بموقعنا", "لموقعنا", "ملفنا", "أرشيفنا")
POINTER_CUES: tuple[str, ...] = ("تجدون", "ستجدون", "تجدونها", "يمكنكم", "طالعوا", "تابعوا",
                                 "شاهدوا", "زوروا", "في قسم", "في صفحة")
NOTE_LABELS: tuple[str, ...] = ("ملحوظة", "ملاحظة", "تنويه", "ملاحظة المحرر", "ملاحظة هامة")
_POINTER_MAX_WORDS = 25
_SELF = fold_all(SITE_SELF_WORDS)
_POINTERS = tuple(fold(c) for c in POINTER_CUES)
_NOTE_LABELS = fold_all(NOTE_LABELS)


def is_site_pointer(line: str) -> bool:
    """A short editor's note that sends the reader elsewhere on the site (SITE_SELF_WORDS
    and a POINTER_CUES cue); only the text's first and last lines are asked."""
    key = fold(line.strip())
    words = [w.strip(_PUNCTUATION + "«»") for w in key.split()]
    return (len(words) <= _POINTER_MAX_WORDS and bool(_SELF.intersection(words))
            and any(cue in key for cue in _POINTERS))


def is_note_label(line: str) -> bool:
    """"ملحوظة:" standing alone: the label of the note under it."""
    return fold(line.strip()).rstrip(" :：").strip() in _NOTE_LABELS
