"""Pure helpers of extraction: boilerplate lines, source lines, dates, language, charsets."""

from __future__ import annotations

import pytest

from extraction.body import clean_paragraphs
from extraction.boilerplate import is_boilerplate_line, is_tail_opener, source_of
from extraction.dates import to_iso
from extraction.decoding import decode_html, is_html
from extraction.language import arabic_share, detect_language
from extraction.pagekind import is_challenge, is_not_found
from extraction.textnorm import content_hash, fold_space

ARTICLE_PARAGRAPH = ("وقال المصدر إن المحادثات بين الجانبين ستستأنف الأسبوع المقبل في العاصمة "
                     "العمانية مسقط بمشاركة وفود من عدة دول")


@pytest.mark.parametrize("line, source", [
    ("المصدر: RT", "RT"),
    ("المصدر: وكالات", "وكالات"),
    ("المصدر: RT + وكالات", "RT + وكالات"),
    ("المصدر : RT Arabic", "RT Arabic"),
    ("مصدر: رويترز", "رويترز"),
])
def test_source_lines_name_their_source(line: str, source: str) -> None:
    assert source_of(line) == source


@pytest.mark.parametrize("line", [
    ARTICLE_PARAGRAPH,
    "المصدر الأول للطاقة في البلاد هو النفط",
    "وأضاف: المصدر الرئيسي للخلاف هو ترسيم الحدود البحرية بين البلدين منذ عقود طويلة",
])
def test_paragraphs_mentioning_source_are_not_source_lines(line: str) -> None:
    assert source_of(line) is None
    assert not is_boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "إقرأ المزيد", "إقرأ المزيد: واشنطن تبلغ بغداد استعدادها لبدء المحادثات",
    "اقرأ أيضاً:", "كلمات دلالية: أخبار العراق التحالف الدولي", "تابعوا RT على تلغرام",
    "اقرأ أيضا.. موعد مباراة الأهلي المقبلة في الدوري", "شاهد أيضا - فيديو الهدف الثاني",
    "اقرأ أيضًا… الحكومة تعلن خطة جديدة",
    "صورة أرشيفية", "صورة تعبيرية", "24.01.2024 | 21:15 GMT+3", "شارك عبر", "الأكثر قراءة",
])
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "وقال الوزير إن الحكومة ستقرأ المزيد من التقارير قبل اتخاذ القرار النهائي بشأن المشروع",
    "إقرأ المزيد عن تاريخ المدينة في الكتاب الذي صدر حديثا عن دار النشر الجامعية في بيروت، "
    "والذي يروي قصة الأسواق القديمة وأهلها منذ القرن التاسع عشر وحتى منتصف القرن العشرين "
    "حين تغيرت ملامحها مع توسع العمران وهجرة كثير من العائلات إلى الضواحي الجديدة",
    "وتابعوا التطورات منذ الصباح الباكر، بحسب ما قال شهود عيان للوكالة",
])
def test_article_paragraphs_with_phrases_stay(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_tail_openers_end_the_article() -> None:
    assert is_tail_opener("كلمات دلالية: أخبار العراق")
    assert is_tail_opener("مقالات مشابهة")
    # A read-more label goes on its own: inline read-more boxes sit mid-article.
    assert not is_tail_opener("إقرأ أيضاً:") and is_boilerplate_line("إقرأ أيضاً:")
    assert not is_tail_opener(ARTICLE_PARAGRAPH)


def test_seed_naive_scrape_is_cut_to_the_article(fixtures_dir) -> None:
    """The seed: the article is its first eight paragraphs minus the read-more line."""
    text = (fixtures_dir / "seed" / "naive_scrape_rt_article.txt").read_text(encoding="utf-8")
    lines = [fold_space(line) for line in text.split("\n")]
    paragraphs, source = clean_paragraphs(lines, None)
    blocks = [fold_space(b) for b in text.split("\n\n") if b.strip()]
    expected = [b for b in blocks[:8] if not b.startswith("إقرأ المزيد")]
    assert paragraphs == expected
    assert len(paragraphs) == 7
    assert source == "RT"


@pytest.mark.parametrize("value, iso", [
    ("2024-01-24T21:15:00+03:00", "2024-01-24T21:15:00+03:00"),
    ("2024-01-24T18:15:00Z", "2024-01-24T18:15:00+00:00"),
    ("Wed, 24 Jan 2024 21:15:00 +0300", "2024-01-24T21:15:00+03:00"),
    ("2024-01-24", "2024-01-24"),
    ("not a date", None),
    ("", None),
])
def test_dates_keep_their_offset(value: str, iso: str | None) -> None:
    assert to_iso(value) == iso


def test_language_arabic_english_persian() -> None:
    assert detect_language(ARTICLE_PARAGRAPH)[0] == "ar"
    assert detect_language("The talks between the two sides resume next week in Muscat")[0] == "en"
    persian = "تحلیل روزنامه اصولگرا از دعوت اصلاح طلبان به حضور مردم در انتخابات مجلس"
    assert detect_language(persian)[0] == "fa"
    assert detect_language("") == (None, None)
    assert detect_language("12345 !!!") == (None, None)


def test_arabic_share() -> None:
    assert arabic_share("مرحبا") == 1.0
    assert arabic_share("hello") == 0.0
    assert arabic_share("") == 0.0


def test_windows_1256_declared_only_in_meta_decodes() -> None:
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=windows-1256"></head><body><p>' + ARTICLE_PARAGRAPH + "</p></body></html>")
    text = decode_html(html.encode("cp1256"), "text/html")
    assert ARTICLE_PARAGRAPH in text
    assert "\ufffd" not in text


@pytest.mark.parametrize("body, content_type, expected", [
    (b"<html><body>x</body></html>", "text/html; charset=utf-8", True),
    (b"<html><body>x</body></html>", None, True),
    (b"%PDF-1.4\n...", "text/html", False),
    (b"%PDF-1.4\n...", "application/pdf", False),
    (b"\x89PNG\r\n", None, False),
    (b'{"a": 1}', "text/html", False),
    (b"<html></html>", "application/json", False),
])
def test_is_html(body: bytes, content_type: str | None, expected: bool) -> None:
    assert is_html(body, content_type) is expected


def test_challenge_detection_needs_a_small_page() -> None:
    page = "<div>Checking your browser before accessing arabic.rt.com.</div>"
    assert is_challenge(page, "", 10)
    assert is_challenge("", "DDoS-Guard", 500)
    assert not is_challenge("... DDoS-Guard protects many sites ...", "خبر", 300)


def test_not_found_detection() -> None:
    assert is_not_found("404 - RT Arabic", "")
    assert is_not_found("RT Arabic", "الصفحة غير موجودة")
    assert not is_not_found("واشنطن تبلغ بغداد استعدادها لبدء المحادثات", "")


def test_content_hash_ignores_layout_whitespace_only() -> None:
    same = content_hash("عنوان ", "فقرة أولى\n\nفقرة")
    assert content_hash("عنوان", "فقرة  أولى\n\nفقرة") == same
    assert content_hash("عنوان", "فقرة") != content_hash("عنوان", "فقرة ثانية")
