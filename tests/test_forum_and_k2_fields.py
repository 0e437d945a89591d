"""What unseen12's families showed around a story: K2's intro block opening with a bold
dateline, a CMS's default account as the author, a forum post reposting a story (the
poster's handle, a byline naming the paper, the poster's closing question, slug tags)."""

from __future__ import annotations

import pytest

from extraction import extract
from extraction.appeal_lines import is_reader_question
from extraction.byline_lines import author_of_byline, is_account_name, is_byline_line, is_handle
from extraction.keywords import unslugged
from extraction.sites import get_site

STORY = (
    "وقال المتحدث باسم الوزارة في بيان تلقته الوكالة إن الخزين المائي تحسن بشكل ملحوظ بعد "
    "موجة الأمطار الأخيرة التي شهدتها المحافظات الشمالية، مبينا أن الوزارة وضعت جدولا لتوزيع "
    "الحصص بين المحافظات وفق المساحات المقررة للخطة الزراعية.",
    "وأضاف أن الفرق الفنية باشرت بتطهير عدد من الجداول والقنوات الفرعية في محافظات واسط "
    "وميسان وذي قار، لضمان وصول المياه إلى نهايات الأنهر خلال الأسابيع المقبلة من الموسم.",
    "وأشار إلى أن الوزارة ستتابع مناسيب المياه يوميا، وستتخذ الإجراءات القانونية بحق "
    "المتجاوزين على الحصص المائية في جميع المحافظات من دون استثناء لأي جهة كانت.",
)
LEAD = ("أعلنت وزارة الموارد المائية، اليوم الثلاثاء، زيادة الإطلاقات من سد الموصل باتجاه نهر "
        "دجلة بواقع 150 مترا مكعبا في الثانية، لتأمين احتياجات المحافظات الوسطى والجنوبية.")
HEADLINE = "الموارد المائية تزيد الإطلاقات من سد الموصل لتأمين حصص المحافظات الجنوبية"


def _extract(body: str, head: str = "") -> object:
    html = (f'<html dir="rtl"><head><meta charset="utf-8"><title>{HEADLINE}</title>{head}'
            f"</head><body>{body}</body></html>").encode()
    return extract(get_site("generic"), "https://news.example/item/48213", html)


def _k2(intro: str, head: str = "") -> object:
    full = "".join(f"<p>{p}</p>" for p in STORY)
    return _extract(f"<div class='itemView'><h2 class='itemTitle'>{HEADLINE}</h2>"
                    f"<div class='itemIntroText'>{intro}</div>"
                    f"<div class='itemFullText'>{full}</div></div>", head)


def test_a_cut_description_brings_back_a_lead_that_opens_in_bold() -> None:
    described = f'<meta name="description" content="بغداد - واع: {LEAD[:120]}">'
    article = _k2(f"<p><strong>بغداد - واع:</strong> {LEAD}</p>", described)
    assert article.body.split("\n\n")[0] == f"بغداد - واع: {LEAD}"
    # Without the description, nothing says the intro block is the lead.
    assert not _k2(f"<p><strong>بغداد - واع:</strong> {LEAD}</p>").body.startswith("بغداد")


def test_a_description_that_is_the_headline_brings_back_no_lead() -> None:
    described = f'<meta name="description" content="{HEADLINE}">'
    article = _k2(f"<p><b>{HEADLINE}</b></p>", described)
    assert HEADLINE not in article.body


@pytest.mark.parametrize("name", ["Super User", "admin", "ADMINISTRATOR", " webmaster "])
def test_a_cms_default_account_is_no_author(name: str) -> None:
    assert is_account_name(name)
    article = _extract("".join(f"<p>{p}</p>" for p in STORY),
                       f'<meta name="author" content="{name}">')
    assert article.author is None


def test_a_writers_name_is_no_account() -> None:
    assert not is_account_name("حيدر الكعبي") and not is_account_name("Super Users Club")
    article = _extract("".join(f"<p>{p}</p>" for p in STORY),
                       '<meta name="author" content="حيدر الكعبي">')
    assert article.author == "حيدر الكعبي"


@pytest.mark.parametrize(("name", "handle"), [
    ("tariq_alharbi", True), ("nawaf.dev", True), ("abu-yazan", True), ("user2024", True),
    ("Reuters", False), ("AFP", False), ("سارة القحطاني", False), ("Sara Ali", False)])
def test_login_handles(name: str, handle: bool) -> None:
    assert is_handle(name) is handle


def _post(poster: str, paragraphs: list[str]) -> object:
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    return _extract(f"<h1>{HEADLINE}</h1><div class='topic-body crawler-post'>"
                    f"<span class='creator' itemprop='author'><span itemprop='name'>{poster}"
                    f"</span></span><div class='post' itemprop='text'>{text}</div></div>")


BYLINE = "بقلم: سارة القحطاني – صحيفة الأفق الرقمي"


def test_a_byline_naming_the_paper_gives_the_writer() -> None:
    assert is_byline_line(BYLINE) and author_of_byline(BYLINE) == "سارة القحطاني"
    assert author_of_byline("كتب: سامر العبدالله - دمشق") == "سامر العبدالله"
    # No opening word: "place - name" as likely as "name - paper", so kept whole.
    assert author_of_byline("الرياض - فهد العتيبي") == "الرياض - فهد العتيبي"
    # An affiliation longer than a paper's name is no byline's.
    assert not is_byline_line(
        "بقلم: سارة القحطاني – الباحثة في مركز الدراسات الاستراتيجية بجامعة الملك")


def test_a_posters_handle_gives_way_to_the_byline_in_the_post() -> None:
    article = _post("tariq_alharbi", [BYLINE, *STORY])
    assert article.author == "سارة القحطاني"
    assert BYLINE not in article.body
    # A name, not a handle, stays the author over a byline line.
    assert _post("طارق الحربي", [BYLINE, *STORY]).author == "طارق الحربي"
    # No byline: the poster is all the page names.
    assert _post("tariq_alharbi", list(STORY)).author == "tariq_alharbi"


QUESTIONS = ("ما رأيكم في تكرار هذه الأعطال؟ هل حصل معكم شيء مشابه أمس؟",
             "ما رأيكم؟ هل سينعكس هذا على أسعار الاستضافة محليا؟",
             "شاركونا آراءكم في التعليقات")


@pytest.mark.parametrize("question", QUESTIONS)
def test_a_closing_question_to_the_readers_leaves_the_text(question: str) -> None:
    assert is_reader_question(question)
    body = _post("nawaf.dev", [*STORY, question]).body
    assert question not in body and body.endswith(STORY[-1])


def test_questions_that_are_the_story_stay() -> None:
    # An interviewer asks one person; a reader question mid-text is not the poster's close.
    assert not is_reader_question("ما رأيك في قرار تأجيل الانتخابات؟")
    assert not is_reader_question("ما رأيكم بما قاله الوزير")
    long = "ما رأيكم " + " ".join(["في هذا"] * 15) + "؟"
    assert not is_reader_question(long)
    body = _post("nawaf.dev", [STORY[0], QUESTIONS[1], *STORY[1:]]).body
    assert QUESTIONS[1] in body


@pytest.mark.parametrize(("name", "words"), [
    ("الأمن-السيبراني", "الأمن السيبراني"), ("مراكز-البيانات", "مراكز البيانات"),
    ("البنك_المركزي", "البنك_المركزي"), ("كوفيد-19", "كوفيد-19"), ("COVID-19", "COVID-19"),
    ("iPhone-آيفون", "iPhone-آيفون")])
def test_slug_tags_read_as_words(name: str, words: str) -> None:
    assert unslugged(name) == words


def test_a_pages_slug_tags_come_out_as_words() -> None:
    tags = "".join(f'<meta property="article:tag" content="{t}">'
                   for t in ("الأمن-السيبراني", "مسابقات"))
    assert _extract("".join(f"<p>{p}</p>" for p in STORY), tags).tags == [
        "الأمن السيبراني", "مسابقات"]
