"""Relevance set for Arabic search: a small corpus and queries typed in another inflection.

Every query names the articles it must find (`find`: its relevant set, judged over the whole
corpus) and articles it must not find although they look alike (`avoid`). Used by
tests/test_search_relevance.py and bench/search_relevance.py (precision/recall).
"""

from __future__ import annotations

from typing import NamedTuple

# id -> (title, body), as published (with ة, hamza forms and clitics as written).
ARTICLES: dict[str, tuple[str, str]] = {
    "teachers-m": ("المعلمون يطالبون بزيادة الرواتب", "نظم المعلمون وقفة أمام وزارة التربية."),
    "teachers-gen": ("وزير التربية يلتقي المعلمين", "استمع الوزير إلى مطالب المعلمين في العاصمة."),
    "teachers-dual": ("معلمان يفوزان بجائزة التميز", "فاز معلمان من الجنوب بالجائزة السنوية."),
    "teacher": ("معلم يطلق مبادرة للقراءة", "أطلق معلم في مدرسة ريفية مبادرة للقراءة."),
    "teacher-f": ("معلمة تكرم في حفل رسمي", "كرمت الوزارة معلمة أمضت ثلاثين عاما في التدريس."),
    "information": ("معلومات جديدة عن الحادث", "كشفت الشرطة معلومات عن سبب الحادث."),
    "flag": ("رفع العلم في الساحة", "رفع العلم الوطني في الساحة الكبرى."),
    "cars": ("ارتفاع أسعار السيارات المستعملة", "ارتفعت أسعار السيارات في السوق المحلية."),
    "car": ("سيارة كهربائية جديدة في المعرض", "عرضت الشركة سيارة كهربائية بمدى طويل."),
    "their-cars": ("سكان الحي يركنون سياراتهم بعيدا", "اشتكى السكان من ركن سياراتهم في الشارع."),
    "biography": ("سيرة شاعر من الأندلس", "يروي الكتاب سيرة شاعر عاش في قرطبة."),
    "their-book": ("طلاب يكتبون كتابهم الأول", "أنهى الطلاب كتابهم الأول عن تاريخ المدينة."),
    "book": ("كتاب جديد عن تاريخ دمشق", "صدر كتاب يروي تاريخ دمشق القديمة."),
    "office": ("افتتاح مكتب للبريد", "افتتحت البلدية مكتبا جديدا للبريد."),
    "repented": ("خبر رياضي", "تاب اللاعب عن الخطأ واعتذر للجمهور."),
    "her-capital": ("الرئيس يزور فرنسا", "زار الرئيس فرنسا والتقى في عاصمتها عددا من الوزراء."),
    "capital": ("زحام في العاصمة", "شهدت العاصمة زحاما كبيرا صباح الأحد."),
    "your-country": ("رسالة إلى المغتربين", "قال الوزير: بلادكم تنتظركم وأبوابها مفتوحة."),
    "governments": ("حكومات المنطقة تبحث الأزمة", "اجتمعت حكومات المنطقة لبحث الأزمة."),
    "government": ("الحكومة تعلن خطتها", "أعلنت الحكومة خطتها الاقتصادية للعام المقبل."),
    "engineers": ("المهندسات يشاركن في المشروع", "شاركت المهندسات في تصميم الجسر الجديد."),
    "engineer": ("مهندس يصمم جسرا", "صمم مهندس شاب جسرا فوق النهر."),
    "players-dual": ("اللاعبان ينضمان إلى المنتخب", "انضم اللاعبان إلى المنتخب الوطني."),
    "stadium": ("افتتاح ملعب جديد", "افتتح ملعب يتسع لأربعين ألف متفرج."),
}


class Case(NamedTuple):
    query: str
    find: frozenset[str]
    avoid: frozenset[str] = frozenset()


def case(query: str, find: set[str], avoid: set[str] | None = None) -> Case:
    return Case(query, frozenset(find), frozenset(avoid or ()))


CASES: tuple[Case, ...] = (
    # A singular finds its sound plurals, dual and feminine; not words sharing letters.
    case("معلم", {"teachers-m", "teachers-gen", "teachers-dual", "teacher", "teacher-f"},
         {"information", "flag"}),
    case("المعلمين", {"teachers-m", "teachers-gen", "teachers-dual", "teacher", "teacher-f"},
         {"information"}),
    case("معلمون", {"teachers-m", "teachers-gen", "teachers-dual", "teacher", "teacher-f"}),
    case("سيارة", {"cars", "car", "their-cars"}, {"biography"}),
    case("السيارات", {"cars", "car", "their-cars"}, {"biography"}),
    case("سياراتهم", {"cars", "car", "their-cars"}, {"biography"}),
    # A noun with a pronoun suffix finds the bare noun and back; كتاب is not تاب or مكتب.
    case("كتابهم", {"their-book", "book", "biography"}, {"office", "repented"}),
    case("كتاب", {"their-book", "book", "biography"}, {"office", "repented"}),
    case("عاصمة", {"her-capital", "capital", "teachers-gen"}),
    case("عاصمتها", {"her-capital", "capital", "teachers-gen"}),
    case("بلاد", {"your-country"}),
    case("حكومة", {"governments", "government"}),
    case("حكومات", {"governments", "government"}),
    case("مهندسة", {"engineers", "engineer"}),
    case("لاعب", {"players-dual", "repented"}, {"stadium"}),
    case("فرنسا", {"her-capital"}),
    # Two words: both must be there, each in any inflection.
    case("سيارة كهربائية", {"car"}, {"cars", "their-cars"}),
    case("زيادة راتب", {"teachers-m"}),
)

# Exact-word matches rank above stem matches: (query, the exact article, the stem-only one).
RANKED: tuple[tuple[str, str, str], ...] = (
    ("المعلمين", "teachers-gen", "teachers-m"),
    ("السيارات", "cars", "car"),
    ("سيارة", "car", "cars"),
    ("كتابهم", "their-book", "book"),
    ("معلمان", "teachers-dual", "teacher"),
)

# Relevant articles the Snowball stemmer does not reach, pinned so a change shows: a sound
# plural with a pronoun (سياراتهم gives no سيار) and a broken plural (رواتب is not راتب).
KNOWN_MISSES: frozenset[tuple[str, str]] = frozenset({
    ("سيارة", "their-cars"), ("سياراتهم", "car"), ("زيادة راتب", "teachers-m"),
})
