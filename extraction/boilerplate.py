"""Arabic news boilerplate as data: lines that are never article text, and what they carry.

Each list is matched against whole paragraphs (after whitespace folding and with hamza and
alef-maqsura spellings folded, so "اقرأ أيضاً" and "اقرا ايضا" are one phrase), never against
substrings of running text, so a real paragraph that merely mentions a phrase stays. The
comment-policy and follow rules that look inside a paragraph need two independent signals.
"""

from __future__ import annotations

import re

from extraction.agency_lines import is_initials_line, is_place_source_line
from extraction.appeal_lines import is_appeal
from extraction.arabic_dates import MONTHS, dateline, is_day_month_line
from extraction.byline_lines import is_byline_line, is_commenter_line, is_handle, is_writer_note
from extraction.counter_lines import is_counter_line, without_counter
from extraction.footer_lines import is_footer_line
from extraction.latin_labels import is_latin_label
from extraction.social_embeds import is_embed_line
from extraction.spelling import fold, fold_all

# "المصدر: RT" / "المصدر : وكالات": a paragraph that is only a source attribution.
SOURCE_LINE = re.compile(r"^(?:ال)?مصدر\s*[:：]\s*(?P<source>[^\n]{1,60})$")
# How every text SOURCE_LINE matches begins.
SOURCE_LINE_STARTS: tuple[str, ...] = ("المصدر", "مصدر")

READ_MORE_LABELS: tuple[str, ...] = (
    "إقرأ المزيد", "اقرأ المزيد", "إقرأ أيضا", "إقرأ أيضاً", "اقرأ أيضا", "اقرأ أيضاً",
    "اقرأ كذلك", "اقرأ ايضا", "طالع أيضا", "شاهد أيضا", "اقرأ المقال", "المزيد",
)
RELATED_LABELS: tuple[str, ...] = (
    "مقالات مشابهة", "مقالات ذات صلة", "مواضيع ذات صلة", "موضوعات ذات صلة", "أخبار ذات صلة",
    "أخبار متعلقة", "مواضيع مشابهة", "أخبار مشابهة", "روابط ذات صلة", "ذات صلة", "قد يهمك أيضا",
    "الموضوعات المتعلقة", "قد يهمك", "قد يعجبك أيضا", "ننصحك بقراءة", "أخبار أخرى",
    "المزيد من الأخبار",
)
MOST_READ_LABELS: tuple[str, ...] = (
    "الأكثر قراءة", "الأكثر مشاهدة", "الأكثر تداولا", "الأكثر تداولاً", "الأكثر تعليقا",
    "اكثر قراءة", "الأكثر شعبية", "الأكثر قراءة اليوم", "الأكثر مشاهدة اليوم",
    "الأكثر رواجا", "الأكثر رواجاً", "الأكثر تفاعلا", "الأكثر تفاعلاً", "رائج الآن", "الرائج",
)
# Latest-news lists and tickers: the site's other headlines, like a most-read list.
LATEST_LABELS: tuple[str, ...] = (
    "آخر الأخبار", "أحدث الأخبار", "آخر الأنباء", "شريط الأخبار", "أخبار عاجلة",
    "الأخبار العاجلة", "جديد الأخبار", "آخر المستجدات", "الأخبار الأخيرة",
)
COMMENT_LABELS: tuple[str, ...] = (
    "أضف تعليق", "أضف تعليقك", "اضف تعليقا", "اترك تعليقا", "اترك تعليقاً", "اكتب تعليقك",
    "التعليقات", "تعليقات", "كل التعليقات", "جميع التعليقات", "عرض التعليقات", "التعليقات (0)",
    "لا توجد تعليقات", "شارك برأيك", "شاركنا رأيك", "أرسل تعليقك", "إرسال التعليق",
    "اضف تعليقاً واقرأ تعليقات القراء", "إضافة تعليق",
)
SHARE_LABELS: tuple[str, ...] = (
    "شارك", "شارك عبر", "مشاركة", "شارك الخبر", "شارك المقال", "شارك هذا المقال",
    "شارك هذا الخبر", "انشر", "طباعة", "نسخ الرابط", "تابعنا", "تابعونا", "تابعونا على",
    # Page tools of older portals.
    "أرسل لصديق", "إرسال لصديق", "ارسل الخبر لصديق", "تكبير الخط", "تصغير الخط", "حجم الخط",
    "نسخة للطباعة", "طباعة الخبر", "اطبع", "اطبع هذه الصفحة", "اطبع الصفحة", "إغلاق النافذة",
    "ملف PDF", "نسخة PDF", "التقييم", "قيم هذا الخبر", "المزيد من أخبار هذا الكاتب",  # XOOPS
    "أغلق النافذة", "تقييم القراء", "تقييم الخبر", "تقييم المقال",  # Mambo's rating row
)
# Live-coverage and page-state labels, loading placeholders, blog navigation.
PAGE_LABELS: tuple[str, ...] = (
    "تحديث مباشر", "تغطية مباشرة", "بث مباشر", "مباشر", "عاجل", "تحديثات مباشرة",
    "تحميل", "تحميل...", "جار التحميل", "جاري التحميل", "يتم التحميل", "تحميل التقرير",
    "رسالة أحدث", "رسالة أقدم", "الصفحة الرئيسية", "المشاركات الشائعة", "الرسائل الشائعة",
    "تدوينات أحدث", "تدوينات أقدم", "الأقدم", "الأحدث", "الاشتراك في",
    # A field's label alone on a line: a magazine's issue ("العدد" / "216 – أيلول 2024"), a
    # Drupal field's inline label over its value ("المصدر" / "وكالة الأنباء الأردنية - بترا").
    "العدد", "المصدر",
    # A portal's sidebar boxes (the poll, currency rates, prayer times, the weather), and a
    # forum member's mark under a story copied in ("منقول").
    "استطلاع الرأي", "أسعار العملات", "أسعار الذهب", "مواقيت الصلاة", "حالة الطقس", "منقول",
    "منقول للفائدة", "منقول للأمانة",
    # A table of contents' heading over its links (the subheadings, repeated).
    "جدول المحتويات", "محتويات المقال", "محتويات الصفحة", "Table of Contents", "Contents",
    # The heading over a post's footnotes (the notes are text); a category badges' label.
    "الهوامش", "هوامش", "التصنيفات", "التصنيف",
)
# A paragraph that only labels a block (the link or comment texts follow it).
LABEL_LINES: tuple[str, ...] = (
    *READ_MORE_LABELS, *RELATED_LABELS, *MOST_READ_LABELS, *LATEST_LABELS, *COMMENT_LABELS,
    *SHARE_LABELS, *PAGE_LABELS,
)
# A paragraph starting with one of these (then ":" or a space) is a block opener or a
# one-line block: the read-more line, the tag line, the follow line.
TAG_LABELS: tuple[str, ...] = (
    "كلمات دلالية", "الكلمات الدالة", "الكلمات الدلالية", "كلمات مفتاحية", "الكلمات المفتاحية",
    "وسوم", "الوسوم", "الوسم", "العلامات", "الموضوعات",
)
PREFIX_LINES: tuple[str, ...] = (
    "إقرأ المزيد", "اقرأ المزيد", "إقرأ أيضا", "إقرأ أيضاً", "اقرأ أيضا", "اقرأ أيضاً",
    "اقرأ كذلك", "طالع أيضا", "شاهد أيضا", *TAG_LABELS,
    "تابعوا RT", "تابعونا على", "تابعوا آخر", "تابعونا عبر", "تابعنا على", "تابعنا عبر",
    "شارك عبر", "شارك على",
    # Page instructions: "حدّث الصفحة لمشاهدة آخر التحديثات", "اضغط هنا لمشاهدة الفيديو".
    "حدث الصفحة", "قم بتحديث الصفحة", "أعد تحميل الصفحة", "اضغط هنا", "انقر هنا",
    "إخلاء مسؤولية", "إخلاء المسؤولية",
)
# Captions and credits that come out as paragraphs of their own.
CAPTION_LINES: tuple[str, ...] = (
    "صورة أرشيفية", "صورة تعبيرية", "صورة من الأرشيف", "صورة توضيحية", "أرشيفية",
    "صورة أرشيفية - رويترز", "صورة تعبيرية - أرشيف",
)
CAPTION_SUFFIXES: tuple[str, ...] = (
    "(صورة أرشيفية)", "صورة أرشيفية", "(صورة تعبيرية)", "صورة تعبيرية", "(أرشيفية)",
    "(أرشيف)", "(صورة من الأرشيف)",
)
# "تصوير: ...", "الصورة: ..." credits, at most this many words.
CREDIT_PREFIXES: tuple[str, ...] = ("تصوير", "الصورة", "مصدر الصورة", "حقوق الصورة",
                                    "صورة", "المصور")
_CREDIT_MAX_WORDS = 8
# Lines that open the trailing non-article part of a page: everything from them on goes.
# Read-more labels are not among them: an inline read-more box sits mid-article.
TAIL_OPENERS: tuple[str, ...] = (
    *TAG_LABELS, "مقالات مشابهة", "مقالات ذات صلة", "مواضيع ذات صلة", "موضوعات ذات صلة",
    "أخبار ذات صلة", "أخبار متعلقة", "مواضيع مشابهة", "الموضوعات المتعلقة", "الأكثر قراءة",
    "الأكثر مشاهدة", "أضف تعليق", "أضف تعليقك",
    "اترك تعليقا", "التعليقات", "كل التعليقات", "جميع التعليقات", *LATEST_LABELS,
    # A paper's citation box: "استشهد بهذه الورقة" and the reference line under it.
    "استشهد بهذه الورقة", "للاستشهاد بهذه الورقة", "استشهد بهذا المقال", "للاستشهاد بهذا المقال",
    "طريقة الاستشهاد", "كيفية الاستشهاد", "الاستشهاد المرجعي",
    # A wiki's closing sections: the cited reports, references, links out.
    "المصادر", "المراجع", "مصادر", "مراجع", "وصلات خارجية", "روابط خارجية", "انظر أيضا",
    # A document's attachments box under the text.
    "المرفقات", "الملفات المرفقة",
    # A press release's media contacts.
    "للاستفسارات الإعلامية", "للاستفسارات الصحفية", "للتواصل الإعلامي", "جهات الاتصال الإعلامية",
)
# "-انتهى-", "(انتهى)", "/انتهى/", "(النهاية)": the mark a press office or agency puts where
# the text ends.
END_MARK = re.compile(r"^[\s\-–—/(\[«*]*(?:انته[ىي]|النهاي[ةه])[\s\-–—/)\]»*.]*$")
# "نبذة عن <company>": a press release's About section, the issuer's standing text.
ABOUT_OPENER = re.compile(r"^نبذة عن\s+[^.!؟?\n]{1,60}$")
_ABOUT_MAX_WORDS = 8
# "[عدل | تعديل مصدري]": a wiki's edit links beside a heading.
EDIT_LINKS = re.compile(r"^\[\s*(?:عدل|تعديل(?: مصدري| المصدر)?)"
                        r"(?:\s*\|\s*(?:عدل|تعديل(?: مصدري| المصدر)?))*\s*\]$")
# Comment policies and disclaimers: a paragraph holding two of these is one.
COMMENT_POLICY_CUES: tuple[str, ...] = (
    "التعليقات", "تعليقك", "تعليقات القراء", "المعلقين", "مراجعة التعليقات", "بعد المراجعة",
    "قبل نشرها", "قبل النشر", "إرشادات الاستخدام", "شروط الاستخدام", "شروط استخدام",
    "سياسة الخصوصية", "قواعد النشر", "معايير النشر", "لا تعبر عن رأي", "لا يعبر عن رأي",
    "تعبر عن رأي كاتبها", "تعكس وجهات نظر أصحابها", "وجهة نظر أصحابها", "الآراء الواردة",
    "بالضرورة عن رأي", "عن رأي الصحيفة", "عن رأي الموقع", "عن رأي الجريدة", "مسؤولية كاتبها",
    "عن سياسة الموقع", "عن وجهة نظر",
    # Aggregators: "... غير مسؤول عن محتوى الخبر، والمسؤولية عن صحته تقع على المصدر الأصلي".
    "غير مسؤول عن", "غير مسؤولة عن", "المسؤولية عن صحته", "المصدر الأصلي", "مسؤولية ناشره",
    "يحتفظ الموقع", "يحق للموقع", "حذف أي تعليق", "الألفاظ النابية", "الإساءة", "بالنقاش",
    "سوف يظهر", "سيظهر", "سيتم نشر", "لن يتم نشر", "البريد الإلكتروني لن",
)
# Follow lines name a platform; with a follow verb at the start they are boilerplate, and so
# are lines inviting to "our channel" on a platform wherever the verb sits ("لمتابعة آخر
# الأخبار انضموا إلى قناتنا على واتساب").
FOLLOW_VERBS: tuple[str, ...] = ("تابعوا", "تابعونا", "تابعنا", "اشترك", "اشتركوا", "انضموا",
                                 "لمتابعة", "للمتابعة", "للاشتراك")
# Also past-tense look-alikes ("انضم", "تابع": he joined, he followed), so only with OWN_CHANNELS.
JOIN_VERBS: tuple[str, ...] = (*FOLLOW_VERBS, "انضم", "انضمي", "تابع", "تابعي", "اشتركي")
OWN_CHANNELS: tuple[str, ...] = ("قناتنا", "صفحتنا", "حساباتنا", "حسابنا", "مجموعتنا",
                                 "نشرتنا", "قناة الموقع", "قناة الصحيفة")
# App promotions ("حمّل تطبيق ...") and cookie notices, short lines holding one of each pair.
APP_VERBS: tuple[str, ...] = ("حمل", "حملوا", "حملي", "نزل", "نزلوا", "ثبت", "ثبتوا")
APP_WORDS: tuple[str, ...] = ("تطبيق", "التطبيق", "تطبيقنا")
COOKIE_WORDS: tuple[str, ...] = ("ملفات تعريف الارتباط", "الكوكيز", "ملفات الكوكيز", "cookies")
_NOTICE_MAX_WORDS = 25
LABEL_ENDS = ":：.…-–—،|»> "  # after a label, before its text: "اقرأ أيضا.. <title>"
# Feed subscription links of Blogger and other blog engines: "الاشتراك في: الرسائل (Atom)".
FEED_LINE = re.compile(r"^[^\n]{0,60}\((?:Atom|RSS)\)$", re.I)
PLATFORMS: tuple[str, ...] = (
    "تويتر", "فيسبوك", "فيس بوك", "تلغرام", "تليجرام", "تيليجرام", "يوتيوب", "إنستغرام",
    "انستغرام", "انستجرام", "واتساب", "واتس اب", "تيك توك", "نبض", "أخبار جوجل", "جوجل نيوز",
    "غوغل نيوز", "أخبار غوغل",
    "قناتنا", "صفحتنا", "حساباتنا", "نشرتنا", "مواقع التواصل", "النشرة البريدية", "Twitter",
    "Facebook",
    "Telegram", "YouTube", "Instagram", "WhatsApp", "TikTok", "Google News",
)
_FOLLOW_MAX_WORDS = 30
# A dateline repeating the metadata: "24.01.2024 | 21:15 GMT+3".
DATELINE = re.compile(r"^\d{1,2}[./-]\d{1,2}[./-]\d{4}\s*\|?\s*\d{1,2}:\d{2}"
                      r"(?:\s*GMT(?:[+-]\d{1,2})?)?$")
# A magazine's issue line: "216 – أيلول 2024", "العدد 37 | مايو 2024" (a month and year, no day).
ISSUE_LINE = re.compile(r"^(?:العدد\s*)?[\d٠-٩]{1,5}\s*[-–—|/]\s*(?P<month>[^\W\d_][^\d]*?)\s+"
                        r"(?:19|20)\d{2}$")
# Where print carried it: "نُشر في العدد ٢١٤ من مجلة ضفاف"، "نُشر في صحيفة «الميدان» ..." (folded).
PRINT_ISSUE_LINE = re.compile(r"^(?:نشر|نشرت|صدر|منشور)\s+(?:هذا المقال\s+|هذه المادة\s+)?(?:في|ب)"
                              r"\s*(?:(?:ال)?عدد\s*(?:رقم\s*)?[\d٠-٩]+[^.!؟?]{0,60}|"
                              r"(?:صحيفة|جريدة|مجلة)\s[^.!؟?\d]{2,50})$")
# "1- يرجى ...", "٣. لا ...": a numbered rule.
_NUMBERED = re.compile(r"^\s*[\d٠-٩]{1,2}\s*[-.)–]\s*")
_NUMBERED_RULE_CUES: tuple[str, ...] = ("التعليق", "تعليقك", "المعلق", "التعليقات")
# ...with a request or a ban in it: "يرجى عدم ...", "يمنع ...", "لا يسمح ...".
RULE_WORDS: tuple[str, ...] = ("يرجى", "يمنع", "ممنوع", "لا يسمح", "لا يجوز", "عدم", "تجنب",
                               "يحق", "سيتم حذف", "يحذف")
_NUMBERED_MAX_WORDS = 40


def _strip_label(line: str) -> str:
    line = line.rstrip(" :：.…-–|»«").strip()
    return _SITE_QUALIFIER.sub("", line) if line.endswith(_SITES) else line


_LABEL_KEYS = fold_all(LABEL_LINES + CAPTION_LINES)
_TAIL_KEYS = fold_all(TAIL_OPENERS)
_TAIL_PREFIXES = tuple(f"{k}{sep}" for k in sorted(_TAIL_KEYS) for sep in (":", " :"))
_SITES = ("المنتدي", "الموقع", "المدونة")  # "مواضيع ذات صلة في المنتدى:" is the label alone
_SITE_QUALIFIER = re.compile(r"\s+(?:في|علي|ب)\s*(?:المنتدي|الموقع|المدونة)$")
_PREFIX_KEYS = tuple(sorted(fold_all(PREFIX_LINES), key=len, reverse=True))
_TAG_KEYS = tuple(sorted(fold_all(TAG_LABELS), key=len, reverse=True))
# One-word tag labels are words of sentences too: they label a line only before a colon.
_WORD_TAG_KEYS = frozenset(key for key in _TAG_KEYS if " " not in key)
_CAPTION_SUFFIX_KEYS = tuple(fold(s) for s in CAPTION_SUFFIXES)
_CREDIT_KEYS = tuple(fold(p) for p in CREDIT_PREFIXES)
_POLICY_KEYS = tuple(fold(c) for c in COMMENT_POLICY_CUES)
_FOLLOW_KEYS = tuple(fold(v) for v in FOLLOW_VERBS)
_JOIN_KEYS = frozenset(fold(v) for v in JOIN_VERBS)
_OWN_CHANNEL_KEYS = tuple(fold(c) for c in OWN_CHANNELS)
_APP_VERB_KEYS = frozenset(fold(v) for v in APP_VERBS)
_APP_KEYS = tuple(fold(w) for w in APP_WORDS)
_COOKIE_KEYS = tuple(fold(w).lower() for w in COOKIE_WORDS)
_PLATFORM_KEYS = tuple(fold(p).lower() for p in PLATFORMS)
_NUMBERED_KEYS = tuple(fold(c) for c in _NUMBERED_RULE_CUES)
_RULE_KEYS = tuple(fold(w) for w in RULE_WORDS)


def source_of(line: str) -> str | None:
    """The source named by a source line ("المصدر: RT" -> "RT"), else None."""
    match = SOURCE_LINE.match(line)
    return match.group("source").strip() if match else None


def is_boilerplate_line(line: str, key: str | None = None) -> bool:
    """True when a whole paragraph is a label, read-more/tag/follow line, caption, credit,
    dateline, footer line, comment policy or comment rule. `key`: the line's fold(), if the
    caller has it."""
    key = fold(line) if key is None else key
    if key.count(" ") >= _LONG_LINE_WORDS:  # a comment policy, a toolbar, a reply, or text
        return _comment_policy(key) or _is_label_row(key) or is_embed_line(line)
    bare = _strip_label(key)
    if (bare in _LABEL_KEYS or DATELINE.match(line) or FEED_LINE.match(line.strip())
            or HASHTAG_LINE.match(line) or EDIT_LINKS.match(key.strip())):
        return True
    stripped = key.strip()
    if not _LETTER.search(line) or is_counter_line(stripped.strip("()[] ")):
        return True  # "|", "•", "0.00 (0) -": a toolbar's separators, a rating; view counters
    if (((issue := ISSUE_LINE.match(line.strip())) and issue.group("month") in MONTHS)
            or PRINT_ISSUE_LINE.match(stripped)):
        return True
    if (is_byline_line(line) or is_writer_note(line) or _is_label_row(key) or is_handle(line)
            or is_commenter_line(line)):
        return True  # a login handle alone: the poster's account ("tarim_sport")
    if (is_place_source_line(line) or is_initials_line(line) or is_embed_line(line)
            or is_footer_line(line, key) or is_latin_label(line)):
        return True
    if key.startswith(_PREFIX_KEYS) and any(_opens(key, prefix) for prefix in _PREFIX_KEYS):
        return True
    # The checks below take the folded line: each would fold it again.
    if (rest := without_counter(line.strip())) is not None and is_dateline(rest):
        return True  # "نشر في : <date> عدد القراءات : 2341": the page's date and counter
    return (_caption(stripped) or _comment_policy(key) or _follow(stripped)
            or _notice(stripped) or is_appeal(stripped) or is_dateline(line)
            or is_day_month_line(line))


# More words than any other check takes (a numbered rule and a writer's note: 40 at most).
_LONG_LINE_WORDS = 45
_ROW_SEPARATOR = re.compile(r"\s*[|•·]\s*")
# A letter or digit (str.isalnum's set: \w without the underscore).
_LETTER = re.compile(r"[^\W\d_]")


def _is_label_row(key: str) -> bool:
    """A toolbar read as one line: labels only, between separators ("طباعة | أرسل لصديق")."""
    if not any(separator in key for separator in "|•·"):
        return False
    parts = [p for p in _ROW_SEPARATOR.split(key) if p]
    return len(parts) > 1 and all(_strip_label(p) in _LABEL_KEYS for p in parts)


def is_tail_opener(line: str, key: str | None = None) -> bool:
    """A paragraph after which nothing on the page is article text (`key`: its fold())."""
    key = fold(line) if key is None else key
    return (_strip_label(key) in _TAIL_KEYS or key.startswith(_TAIL_PREFIXES)
            or bool(END_MARK.match(key))
            or (bool(ABOUT_OPENER.match(key)) and len(key.split()) <= _ABOUT_MAX_WORDS))


def is_caption_line(line: str) -> bool:
    """A caption or photo credit standing as a paragraph: "صورة أرشيفية", "... (أرشيفية)"."""
    return _caption(fold(line).strip())


def _caption(key: str) -> bool:
    words = len(key.split())
    if words <= 25 and key.endswith(_CAPTION_SUFFIX_KEYS):
        return True
    return words <= _CREDIT_MAX_WORDS and key.startswith(_CREDIT_KEYS) and any(
        key.startswith(prefix) and key[len(prefix):].lstrip()[:1] in (":", "：")
        for prefix in _CREDIT_KEYS)


def is_comment_policy(line: str) -> bool:
    """A comment policy, moderation notice, disclaimer, or a numbered comment rule."""
    return _comment_policy(fold(line))


def _comment_policy(key: str) -> bool:
    cues = {cue for cue in _POLICY_KEYS if cue in key}
    # One cue inside another ("التعليقات" in "مراجعة التعليقات") counts once.
    distinct = {c for c in cues if not any(c != o and c in o for o in cues)}
    if len(distinct) >= 2:
        return True
    return (bool(_NUMBERED.match(key)) and len(key.split()) <= _NUMBERED_MAX_WORDS
            and any(cue in key for cue in _NUMBERED_KEYS) and any(w in key for w in _RULE_KEYS))


def is_follow_line(line: str) -> bool:
    """"تابعونا على تويتر", "تابعوا آخر الأخبار عبر تلغرام": a follow verb and a platform;
    or, verb anywhere, an invitation to the site's own channel on a platform."""
    return _follow(fold(line).strip())


def _follow(key: str) -> bool:
    words = key.split()
    if len(words) > _FOLLOW_MAX_WORDS:
        return False
    if not key.startswith(_FOLLOW_KEYS) and not (
            any(channel in key for channel in _OWN_CHANNEL_KEYS)
            and any(w.removeprefix("و") in _JOIN_KEYS for w in words)):
        return False  # the platform, looked for last: most lines have neither
    return any(platform in key.lower() for platform in _PLATFORM_KEYS)


def is_notice_line(line: str) -> bool:
    """An app promotion ("لقراءة الخبر كاملا حمّل تطبيق ...") or a cookie notice."""
    return _notice(fold(line).strip())


def _notice(key: str) -> bool:
    words = key.split()
    if len(words) > _NOTICE_MAX_WORDS:
        return False
    lowered = key.lower()
    if any(cookie in lowered for cookie in _COOKIE_KEYS):
        return True
    return (any(k in key for k in _APP_KEYS) and any(w.startswith(_APP_KEYS) for w in words)
            and any(w.removeprefix("و") in _APP_VERB_KEYS for w in words))


def is_dateline(line: str) -> bool:
    """A short line holding a date and nothing else but weekday, label or time words."""
    return dateline(line) is not None


# A line of hashtags only ("#الموصل #التراث"): the post's tags, not its text.
HASHTAG_LINE = re.compile(r"\s*(?:#[^\W_][^\s#]*\s*){1,20}$")


def tags_of_line(line: str) -> list[str]:
    """The tags listed by a tag line ("كلمات دلالية: مصر، كورونا", "#مصر #كورونا"), else []."""
    if HASHTAG_LINE.match(line):
        return [tag.lstrip("#") for tag in line.split()]
    key = fold(line)
    if not key.startswith(_TAG_KEYS):
        return []
    for label in _TAG_KEYS:
        if key.startswith(label):
            rest = line[len(label):].lstrip(" :：")
            if rest == line[len(label):] or not _opens(key, label):
                return []
            return [t for t in (part.strip(" -") for part in re.split(r"[،,|;/·•]+", rest)) if t]
    return []


def _opens(key: str, prefix: str) -> bool:
    if not key.startswith(prefix):
        return False
    rest = key[len(prefix):]
    if rest[:1] == " " and prefix in _WORD_TAG_KEYS and not rest.lstrip().startswith((":", "：")):
        return False  # "العلامات التجارية ...", "الموضوعات التي ...": a sentence
    return rest == "" or (rest[0] in LABEL_ENDS and len(rest.split()) <= 25)


# Two-word labels only: "المزيد من القتلى ..." is a headline.
_READ_MORE_KEYS = tuple(sorted((k for k in fold_all(READ_MORE_LABELS) if " " in k), key=len,
                               reverse=True))


def without_read_more_label(title: str) -> str:
    """A card's headline without the "إقرأ المزيد" label the card shows before it."""
    key = fold(title)
    for label in _READ_MORE_KEYS:
        if not key.startswith(label):
            continue
        # The label's end in the original text: folding drops harakat and tatweel.
        for end in range(len(label), min(len(title), len(label) + 6) + 1):
            if fold(title[:end]) == label and title[end:end + 1] in LABEL_ENDS:
                rest = title[end:].lstrip(LABEL_ENDS)
                return rest or title
    return title
