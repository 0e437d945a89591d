"""The article spec every template renders, the page it gives, and the chrome they share.

A template module has `NAME`, `HELD_OUT`, `FAMILY` (one line: which CMS and what its pages
hold) and `render(article, n) -> Page`, and may name its evaluation set in `SET` (dev,
heldout, fresh, unseen3 ... unseen32; without it, heldout or dev from `HELD_OUT`). Its
three articles live in `articles/<NAME>.txt`.
The truth of a page is the spec itself, never an extractor's output: `truth()` below.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from html import escape
from pathlib import Path

ARTICLES = Path(__file__).parent / "articles"
MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
          "أكتوبر", "نوفمبر", "ديسمبر")
LEVANTINE = ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
             "تشرين الأول", "تشرين الثاني", "كانون الأول")
# Algeria and Tunisia (French-derived names) and Morocco (its own spellings).
MAGHREB = ("جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر",
           "أكتوبر", "نوفمبر", "ديسمبر")
MOROCCO = ("يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر",
           "أكتوبر", "نونبر", "دجنبر")
WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")


@dataclass(frozen=True)
class Article:
    """One story as its newsroom wrote it."""

    slug: str
    headline: str
    lead: str
    paragraphs: tuple[str, ...]
    published: str  # ISO 8601 with the site's offset
    author: str | None  # None: a wire story
    section: str
    tags: tuple[str, ...]
    related: tuple[str, ...]
    caption: str

    @property
    def body(self) -> str:
        return "\n\n".join((self.lead, *self.paragraphs))

    @property
    def moment(self) -> datetime:
        return datetime.fromisoformat(self.published)


@dataclass
class Page:
    """A rendered page: its URL, its HTML, and every chrome line it shows."""

    url: str
    html: str
    chrome: list[str] = field(default_factory=list)
    shown_date: str = ""  # the date as the page shows it (for the truth note)

    def add(self, *lines: str) -> None:
        self.chrome.extend(line for line in lines if line)


def e(text: str) -> str:
    return escape(text, quote=True)


def set_of(module: object) -> str:
    """The evaluation set a template belongs to: its `SET`, else from `HELD_OUT`."""
    return getattr(module, "SET", None) or ("heldout" if module.HELD_OUT else "dev")


def indic(text: str) -> str:
    """Western digits as Arabic-Indic ones (٠١٢٣٤٥٦٧٨٩), as Egyptian pages print them."""
    return text.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


def read_articles(name: str) -> list[Article]:
    """The articles of `articles/<name>.txt`: blocks opened by `=== <slug>`, `key: value`
    header lines, `lead: ...`, then paragraphs separated by blank lines."""
    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    return [_article(block) for block in text.split("=== ")[1:]]


def _article(block: str) -> Article:
    slug, _, rest = block.partition("\n")
    head, _, lead_and_text = rest.partition("\nlead: ")
    meta = dict(line.split(": ", 1) for line in head.strip().splitlines())
    lead, *paragraphs = [" ".join(p.split()) for p in lead_and_text.split("\n\n") if p.strip()]
    return Article(
        slug=slug.strip(), headline=meta["headline"], lead=lead, paragraphs=tuple(paragraphs),
        published=meta["published"], author=None if meta["author"] == "-" else meta["author"],
        section=meta["section"], tags=tuple(t.strip() for t in meta["tags"].split("|")),
        related=tuple(t.strip() for t in meta["related"].split("|")), caption=meta["caption"])


def truth(module: object, article: Article, page: Page) -> dict:
    """What is right about the page, from the spec: the record's fields (the author only when
    the page shows it) and every chrome line
    (plus the headline: the body never repeats it) as must-not-contain snippets; a chrome line
    that the body itself holds (a word such as "إعلان") is no evidence and is left out."""
    body = " ".join(article.body.split())
    chrome = [c for c in dict.fromkeys([article.headline, *page.chrome]) if c not in body]
    return {
        "template": module.NAME, "held_out": module.HELD_OUT, "set": set_of(module),
        "family": module.FAMILY,
        "url": page.url, "language": "ar", "title": article.headline,
        "published": article.published[:10], "published_shown": page.shown_date,
        # A writer the page never names cannot be read off it: not scored.
        "author": article.author if article.author and article.author in page.html else None,
        "tags": list(article.tags), "body": article.body,
        "must_not_contain": chrome,
    }


# ---------------------------------------------------------------- shared chrome

MOST_READ = (
    "ارتفاع أسعار الذهب في الأسواق المحلية مع نهاية الأسبوع",
    "الأرصاد تحذر من موجة غبار تضرب المناطق الجنوبية غدا",
    "وزارة التربية تعلن موعد امتحانات نهاية العام الدراسي",
    "افتتاح أكبر معرض للكتاب في المنطقة بمشاركة 600 دار نشر",
    "المنتخب الوطني يتأهل إلى الدور نصف النهائي بعد فوز صعب",
    "خطة جديدة لتخفيف الازدحام المروري في وسط العاصمة",
    "البنك المركزي يبقي على أسعار الفائدة دون تغيير",
    "انطلاق موسم حصاد القمح في السهول الشمالية",
    "إطلاق منصة إلكترونية موحدة لتجديد جوازات السفر",
    "تعرف على مواعيد عمل المؤسسات الحكومية خلال العطلة",
    "دراسة: المشي نصف ساعة يوميا يقلل مخاطر أمراض القلب",
    "ارتفاع عدد السياح الوافدين بنسبة 18 بالمئة خلال الربع الأول",
    "بلدية المدينة تطلق حملة لزراعة عشرة آلاف شجرة",
    "مهرجان الأغنية الشعبية يعود بعد غياب خمس سنوات",
    "إغلاق مؤقت لطريق الساحل لأعمال صيانة ليلية",
    "الكشف عن موقع أثري يعود إلى العصر الروماني",
)
LATEST = (
    "وزير المالية يعرض مشروع الموازنة على البرلمان",
    "أمطار غزيرة تغلق عددا من الطرق الفرعية",
    "توقيع اتفاقية لإنشاء محطة طاقة شمسية في الصحراء",
    "نادي العاصمة يعلن التعاقد مع مدرب جديد",
    "جامعة الدولة تفتح باب التسجيل للمنح الدراسية",
    "تراجع طفيف في أسعار الخضار بسوق الجملة",
    "الدفاع المدني يسيطر على حريق في منطقة صناعية",
    "إطلاق خط بحري جديد لنقل الركاب بين الموانئ",
    "مستشفى الجامعة يجري أول عملية زراعة قوقعة للأطفال",
    "السلطات المحلية تعلن خطة لترشيد استهلاك المياه",
)
NEWSLETTER = (
    "اشترك في النشرة البريدية ليصلك أهم الأخبار يوميا على بريدك الإلكتروني",
    "سجل بريدك الإلكتروني لتصلك نشرتنا الصباحية قبل الجميع",
    "النشرة الإخبارية: خلاصة اليوم في رسالة واحدة كل مساء",
)
COOKIES = (
    "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك، وباستمرارك في التصفح فإنك توافق على ذلك",
    "نستخدم الكوكيز لتقديم أفضل تجربة تصفح ممكنة. اطلع على سياسة الخصوصية",
)
COMMENT_POLICY = (
    "التعليقات المنشورة تعبر عن آراء أصحابها ولا تعبر بالضرورة عن رأي الموقع",
    "يرجى الالتزام بآداب الحوار، وسيتم حذف أي تعليق يتضمن إساءة أو خروجا عن الموضوع",
)
CHANNELS = (
    "انضم لقناتنا على واتساب لتصلك الأخبار لحظة بلحظة",
    "تابعونا على قناتنا في تيليغرام",
    "لمتابعة آخر الأخبار انضموا إلى قناتنا على واتساب",
)
TICKER = (
    "عاجل: مجلس الوزراء يعقد جلسة استثنائية مساء اليوم",
    "عاجل: تعليق الدراسة في ثلاث محافظات بسبب الأحوال الجوية",
    "عاجل: انقطاع مؤقت للكهرباء في عدد من الأحياء الشرقية",
)


def rotate(pool: tuple[str, ...], start: int, count: int) -> list[str]:
    """`count` entries of `pool` from `start`, wrapping around: each page its own list."""
    return [pool[(start + k) % len(pool)] for k in range(count)]


def day_month_year(moment: datetime) -> str:
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"


def weekday(moment: datetime) -> str:
    return WEEKDAYS[moment.weekday()]
