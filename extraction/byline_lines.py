"""Bylines written as text: "كتب - محمد عبد العزيز", "بقلم: سامر حداد", and the name in them."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from extraction.agency_lines import SOURCE_LINE

# A portal's "posted by" (XOOPS, b2evolution, Serendipity, PHP-Fusion's "نشر من قبل", Mambo's
# "كتب بواسطة"): a byline's opening and its verb.
_POSTED_BY: tuple[str, ...] = ("نشر بواسطة", "نشرت بواسطة", "نُشر بواسطة", "نُشرت بواسطة",
                               "نشر من قبل", "نشرت من قبل", "كتب بواسطة", "كتبت بواسطة")
# Words a byline opens with before the writer's name: "كتبت أسماء نصار", "بقلم: سامر حداد".
BYLINE_PREFIXES: tuple[str, ...] = ("كتب", "كتبت", "كتبه", "بقلم", "إعداد", "اعداد", "بواسطة",
                                    "تقرير", "حوار",
                                    # A blog's copyright box: "مؤلف المقال: ...", "Written by: ...".
                                    "مؤلف المقال", "كاتب المقال", "المؤلف", "الكاتب",
                                    "Written by", "Post author", "Author",
                                    # A blog engine's untranslated "by <name>" (djangocms-blog).
                                    "by", "By", *_POSTED_BY)
_DIGIT = re.compile(r"\d")
_BYLINE_SEPARATORS = " :：-–—/"
# A byline paragraph: "كتب - محمد عبد العزيز", "بقلم: سامر حداد", "كتبت أسماء نصار".
_BYLINE_NAME_MAX_WORDS = 5
_SHORT_BYLINE_MAX_WORDS = 4
_WRITING_VERBS: tuple[str, ...] = ("كتب", "كتبت", "بقلم", "بواسطة", "by", "By", *_POSTED_BY)
# The paper or desk after the name: "بقلم: سارة القحطاني – صحيفة الأفق الرقمي".
_AFFILIATION = re.compile(r"\s+[-–—]\s+")
_AFFILIATION_MAX_WORDS = 4


# What a labelled byline calls the text before "بقلم": "تدوينة ضيف بقلم ...", "مقال رأي بقلم ...".
KIND_LABELS: tuple[str, ...] = ("تدوينة", "مقال", "مقالة", "رأي", "تحليل", "قراءة", "عمود",
                                "زاوية", "دراسة", "قصة", "شهادة")
_KIND_MAX_WORDS = 2
_KINDED_BYLINE_MAX_WORDS = 9


def _kinded_name(text: str) -> str | None:
    """The name in "<kind label> [<word>] بقلم [<role>] <name>" ("تدوينة ضيف بقلم الصحفي سامر
    خوري" -> "سامر خوري"), else None. Its writer's role word goes with the label."""
    words = text.split(None, _KINDED_BYLINE_MAX_WORDS)  # more parts: a longer line
    if not words or words[0] not in KIND_LABELS or len(words) > _KINDED_BYLINE_MAX_WORDS:
        return None
    at = next((i for i, w in enumerate(words[:_KIND_MAX_WORDS + 1])
               if w.rstrip(":：") == "بقلم"), None)
    name = words[at + 1:] if at else []
    if name and name[0].removeprefix("ال") in WRITER_ROLES:
        name = name[1:]
    joined = " ".join(name).strip(" :：-–—")
    return joined if 1 <= len(joined.split()) <= _BYLINE_NAME_MAX_WORDS else None


def _without_affiliation(name: str) -> str:
    """The name before a dash and a short affiliation ("سارة القحطاني – صحيفة الأفق")."""
    parts = _AFFILIATION.split(name, maxsplit=1)
    if len(parts) == 2 and parts[0] and 1 <= len(parts[1].split()) <= _AFFILIATION_MAX_WORDS:
        return parts[0]
    return name


def author_of_byline(text: str) -> str | None:
    """The writer's name in a byline, without its opening word and colon or dash (and then
    without the paper after the name); None when empty. Without an opening word, "X - Y" is
    as likely a place and a name ("الرياض - فهد العتيبي"): kept whole."""
    text = text.strip()
    if kinded := _kinded_name(text):
        return kinded
    for prefix in sorted(BYLINE_PREFIXES, key=len, reverse=True):
        if text.startswith(prefix) and (len(text) == len(prefix)
                                        or text[len(prefix)] in _BYLINE_SEPARATORS):
            return _without_affiliation(text[len(prefix):].lstrip(_BYLINE_SEPARATORS)) or None
    return text or None


def is_byline_line(line: str) -> bool:
    """A paragraph that is only a byline: an opening word, a colon or dash, a short name; or
    "كتب"/"بقلم" and a name of at most three words; or a kind label before "بقلم" ("تدوينة ضيف
    بقلم الصحفي سامر خوري"). Not "كتب الوزير على حسابه ..."."""
    text = line.strip()
    if not text.startswith(BYLINE_PREFIXES):
        return not _DIGIT.search(text) and _kinded_name(text) is not None
    if text.rstrip(_BYLINE_SEPARATORS) in BYLINE_PREFIXES:
        return True  # the label alone, its name in an element of its own ("بقلم" / <a>name</a>)
    words = text.split()
    if not words or _DIGIT.search(text):
        return False
    for prefix in BYLINE_PREFIXES:
        rest = text[len(prefix):] if text.startswith(prefix) else None
        if not rest or rest[0] not in _BYLINE_SEPARATORS:
            continue
        name = _without_affiliation(rest.lstrip(_BYLINE_SEPARATORS)).split()
        marked = rest.lstrip(" ")[:1] in (":", "：", "-", "–", "—", "/")
        if marked and 1 <= len(name) <= _BYLINE_NAME_MAX_WORDS:
            return True
        if (prefix in _WRITING_VERBS
                and 2 <= len(words) <= _SHORT_BYLINE_MAX_WORDS + prefix.count(" ")):
            return True
    return False


_CLOSING_LINES = 3


def closing_byline(lines: list[str], paragraphs: list[str]) -> str | None:
    """The writer named by a byline among the _CLOSING_LINES non-empty lines after the text's
    last paragraph ("إعداد: رنا الخطيب - وحدة الإعلام" under a Google Sites post), else None."""
    if not paragraphs or paragraphs[-1] not in lines:
        return None
    end = len(lines) - lines[::-1].index(paragraphs[-1])
    after = [line for line in lines[end:] if line][:_CLOSING_LINES]
    return next((author_of_byline(line) for line in after if is_byline_line(line)), None)


# The editor's sign-off under a newsletter's or column's text: "ريم الحاج، محررة النشرة".
SIGNOFF_ROLES: tuple[str, ...] = (
    "محرر النشرة", "محررة النشرة", "رئيس التحرير", "رئيسة التحرير", "مدير التحرير",
    "مديرة التحرير", "محرر الموقع", "محررة الموقع", "فريق التحرير", "هيئة التحرير",
    "محرر العدد", "محررة العدد")
_SIGNOFF = re.compile(r"^(?P<name>[^\W\d_][^،,:\d]{1,40}?)\s*[،,\-–—]\s*(?P<role>[^\d]{4,30})$")
_SIGNOFF_NAME_WORDS = range(2, 5)
_EDITOR_OF = re.compile(r"(?:محرر|محررة|رئيس تحرير|رئيسة تحرير) [^\W\d_]+")
# A letter's closing salutation over a team's name: "مع التحية، فريق تحرير ميزان".
_SALUTATION = re.compile(r"^و?مع (?:خالص |أطيب )?(?:التحية|التحيات|تحياتي|تحياتنا)"
                         r"(?:[،,]\s*[^.!؟?\d]{0,40})?$")


# A reporter's sign-off: "ليلى حداد – إربد", a name, a spaced dash, the town it was filed from.
_NAME_TOWN = re.compile(r"^(?P<name>[^\W\d_]+(?: [^\W\d_]+){1,3}) [–—-] [^\W\d_]+(?: [^\W\d_]+)?$")
# First words of a body's name, not a person's: "وزارة الصحة – غزة" signs for an office.
_BODY_WORDS: tuple[str, ...] = ("وزارة", "هيئة", "مكتب", "مركز", "وكالة", "جامعة", "بلدية",
                                "مجلس", "شركة", "مؤسسة", "جمعية", "دائرة", "مديرية", "قسم")


def signoff_author(line: str) -> str | None:
    """The name in a sign-off line "<name>، <role>" (SIGNOFF_ROLES, or the editor of a named
    newsletter: "منى الشاذلي، محررة ميزان") or "<name> – <town>"
    (a person's name: its first word neither "ال..." nor an office's), else None."""
    line = " ".join(line.split()).rstrip(".")
    if (town := _NAME_TOWN.match(line)) and not town.group("name").startswith(("ال", *_BODY_WORDS)):
        return town.group("name")
    match = _SIGNOFF.match(line)
    role = match.group("role").strip() if match else ""
    if not match or (role not in SIGNOFF_ROLES and not _EDITOR_OF.fullmatch(role)):
        return None
    name = match.group("name").strip()
    return name if len(name.split()) in _SIGNOFF_NAME_WORDS else None


# A CMS's default account, shown as the author when nobody set one: Joomla's "Super User",
# WordPress's "admin". No writer.
ACCOUNT_NAMES: frozenset[str] = frozenset({
    "super user", "superuser", "admin", "administrator", "site admin", "site administrator",
    "webmaster", "root", "guest", "مدير الموقع", "المدير", "إدارة المنتدى", "إدارة الموقع",
    "الإدارة"})
# A desk, office or team signing for the institution, no writer: "المركز الإعلامي", "فريق
# التحرير", "فريق مدونات تقنية".
DESK_NAMES: tuple[str, ...] = (
    "المركز الإعلامي", "المكتب الإعلامي", "الإدارة الإعلامية", "إدارة الإعلام", "إدارة الاتصال",
    "قسم الإعلام", "قسم الأخبار", "وحدة الإعلام", "خلية الإعلام", "خلية الاتصال", "مكتب الإعلام",
    "مكتب الاتصال", "فريق", "هيئة التحرير", "أسرة التحرير",
    "قسم التحرير", "غرفة الأخبار", "التحرير", "تحرير", "المحرر", "newsroom", "news desk",
    "editorial team")
# A login handle ("tariq_alharbi", "nawaf.dev"): the poster's account, not a writer's name.
_HANDLE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+)+|[A-Za-z]+\d+")


def is_account_name(name: str) -> bool:
    """A CMS's default account name (ACCOUNT_NAMES), whatever its case, or a desk's
    (DESK_NAMES, alone or followed by whose desk it is: "المركز الإعلامي للغرفة")."""
    key = " ".join(name.split()).casefold()
    return key in ACCOUNT_NAMES or any(key == d or key.startswith(d + " ") for d in DESK_NAMES)


# What a software's credit calls its makers: "Discuz! Team and Comsenz UI Team".
_MAKERS = re.compile(r"\b(?:team|group|inc|ltd|developers)\b", re.IGNORECASE)


def names_no_writer(name: str, generator: str | None) -> bool:
    """A CMS's account, a desk (is_account_name) or an agency, or an author meta crediting the
    page's software: the product the `generator` meta names, alone or with its team ("Discuz! Team
    and Comsenz UI Team" under "Discuz! X3.4")."""
    if is_account_name(name) or SOURCE_LINE.match(name.strip(_BYLINE_SEPARATORS)):  # an agency
        return True
    product = generator.split()[0].rstrip("!").casefold() if generator and generator.split() else ""
    words = name.casefold().replace("!", "").split()
    return bool(product) and product in words and (len(words) == 1 or bool(_MAKERS.search(name)))


# A comment's header, its time read apart: "تعليق من أحمد السرحان |", "رد من رنا الخطيب".
_COMMENTER = re.compile(r"^(?:تعليق|رد) (?:من|بواسطة) [^\W\d_]+(?: [^\W\d_]+){0,3}\s*[|:：]?$")


def is_commenter_line(line: str) -> bool:
    """A comment's header naming its writer ("تعليق من <name> |"): a reader's, not the story's."""
    return (line.startswith(("تعليق", "رد"))
            and _COMMENTER.match(" ".join(line.split())) is not None)


def is_handle(name: str) -> bool:
    """A login handle: Latin letters and digits joined by "_", "." or "-", or ending in digits."""
    return _HANDLE.fullmatch(name.strip()) is not None


_NOT_ALNUM = re.compile(r"[\W_]+")


def names_host(name: str, url: str) -> bool:
    """Whether a name is the site's own host name written out ("Dar Alsukkari" on
    dar-alsukkari.example: a Shopify store's staff account is the shop): the publisher."""
    host = urlsplit(url).hostname or ""
    label = host.removeprefix("www.").split(".", 1)[0]
    key = _NOT_ALNUM.sub("", name.casefold())
    return len(key) >= 4 and key == _NOT_ALNUM.sub("", label)


# The writer's note under a column, opened by the asterisk that marks the writer's name above:
# "* كاتب وناقد من سوريا، صدر له ...", "* أكاديمي وباحث من العراق".
WRITER_ROLES: tuple[str, ...] = (
    "كاتب", "كاتبة", "باحث", "باحثة", "أكاديمي", "أكاديمية", "صحفي", "صحفية", "صحافي",
    "صحافية", "ناقد", "ناقدة", "شاعر", "شاعرة", "روائي", "روائية", "أستاذ", "أستاذة",
    "إعلامي", "إعلامية", "محلل", "محللة", "خبير", "خبيرة", "مستشار", "مستشارة", "أديب",
    "أديبة", "مترجم", "مترجمة")
_WRITER_NOTE_MAX_WORDS = 40


def is_writer_note(line: str) -> bool:
    """A line opened by "*" whose first or second word is a writer's role (WRITER_ROLES), of
    at most 40 words: the column's note on its writer, not its text."""
    text = line.strip()
    if not text.startswith("*") or text.startswith("**"):
        return False
    words = [w.strip("،,.") for w in text.lstrip("* ").split()]
    return (len(words) <= _WRITER_NOTE_MAX_WORDS
            and any(w.removeprefix("و") in WRITER_ROLES for w in words[:2]))


# A forum post's edit note: "تم التعديل في <date> بواسطة <member>", "آخر تعديل بواسطة ...",
# "Edited by ...". It closes the post; what follows it (the reason, the signature) is not the
# story's either.
# Only the engines' own openers, "تم التعديل في" with the date it gives (or the gap its <time>
# left): "تم تعديل القانون بواسطة البرلمان", "تم التعديل على المشروع بواسطة اللجنة" are news.
EDIT_NOTE = re.compile(r"^[«(\s]*(?:تم التعديل في (?:[^\n]{0,40}?[\d٠-٩]|\s*(?=بواسطة))|"
                       r"آخر تعديل|اخر تعديل|"
                       r"(?:last )?edited\b)[^\n]{0,120}?\b(?:بواسطة|by)\s+\S", re.IGNORECASE)
_EDIT_NOTE_MAX_WORDS = 25


def is_edit_note(line: str) -> bool:
    """A forum post's edit note (EDIT_NOTE) of at most _EDIT_NOTE_MAX_WORDS words."""
    return len(line.split()) <= _EDIT_NOTE_MAX_WORDS and EDIT_NOTE.match(line.strip()) is not None


# An office signing the text: "شعبة الإعلام والاتصال الحكومي", "المكتب المسير – جمعية أصداء
# الأطلس": a short line, no sentence, its first word (or the first after the dash) an office's.
OFFICE_WORDS: tuple[str, ...] = (*_BODY_WORDS, "شعبة", "وحدة", "إدارة", "لجنة", "فريق", "المكتب",
                                 "الإدارة", "اللجنة", "الهيئة", "المركز", "الدائرة", "الشعبة",
                                 "القسم", "الوحدة", "المديرية")
_OFFICE_MAX_WORDS = 10
_OFFICE_ALONE_MAX_WORDS = 4
_OFFICE_PARTS = re.compile(r"\s+[–—-]\s+")
_SENTENCE_MARKS = (".", "،", ":", "؟", "!", "«", "\"")


def is_office_signoff(line: str) -> bool:
    """A short line naming an office, alone or "<office or name> – <body>" (OFFICE_WORDS),
    with no sentence in it, or a closing salutation: the text's signature, asked of its last
    line only."""
    line = " ".join(line.split())
    if _SALUTATION.match(line):
        return True  # "مع التحية، فريق التحرير": the letter's closing
    parts = [part for part in _OFFICE_PARTS.split(line) if part]
    # Alone, an office's name is short: "وزارة الصحة تعلن الطوارئ الصحية" is a sentence.
    most = _OFFICE_MAX_WORDS if len(parts) > 1 else _OFFICE_ALONE_MAX_WORDS
    if (not line or len(line.split()) > most or _DIGIT.search(line)
            or any(mark in line for mark in _SENTENCE_MARKS)):
        return False
    return any(part.split()[0] in OFFICE_WORDS for part in parts)
