"""What unseen27 showed: a social post's page (Mastodon) names an account in its og:title and
quotes the post's opening in its `<title>`, whose first paragraph is the headline, and the
replies under it address the account; Drupal's and Backdrop's default medium date is month
first; a category badges' label is no text (OpenCms)."""

from __future__ import annotations

from lxml import html as lxml_html

from extraction import extract
from extraction.boilerplate import is_boilerplate_line
from extraction.cms_dates import medium_date
from extraction.dates import meta_index
from extraction.sites import get_site
from tests.test_archived_and_forum_posts import STORY

HEADLINE = "سلطة المياه تعلن جدولا جديدا لتوزيع المياه على أحياء شرق عمّان"
URL = "https://mastodon.example/@almaidan/111223344"
REPLIES = ("@almaidan أخيرا! في حي الأمير حسن ما وصلتنا المياه الأسبوع الماضي أبدا.",
           "@almaidan@other.example هل الجدول منشور على موقع السلطة؟")


def _status(title: str) -> bytes:
    post = "".join(f"<p>{p}</p>" for p in (HEADLINE, *STORY))
    replies = "".join(f'<div class="status__wrapper"><div class="status__content"><p>{r}</p>'
                      "</div></div>" for r in REPLIES)
    return (f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title}</title>'
            '<meta content="صحيفة الميدان (@almaidan@mastodon.example)" property="og:title">'
            '</head><body><div class="columns-area"><h1 class="column-header">منشور</h1>'
            f'<div class="detailed-status"><div class="status__content">{post}</div></div>'
            f"{replies}</div></body></html>").encode()


def test_a_social_posts_first_paragraph_is_its_headline() -> None:
    quoted = f'صحيفة الميدان: "{HEADLINE[:50]}…" - ماستدون أخبار'
    article = extract(get_site("generic"), URL, _status(quoted))
    assert article.title == HEADLINE
    assert article.body.split("\n\n") == list(STORY)
    # Without the quoted opening, an account is no headline either: the page's other
    # headings are read as before.
    unquoted = extract(get_site("generic"), URL, _status("صحيفة الميدان - ماستدون أخبار"))
    assert unquoted.title == "منشور"  # the column's <h1>
    # A post whose first paragraph is the story itself names no headline so.
    long_first = _status(quoted).replace(f"<p>{HEADLINE}</p>".encode(),
                                         f"<p>{HEADLINE} {STORY[0]}</p>".encode())
    assert extract(get_site("generic"), URL, long_first).title == "منشور"


def test_a_reply_to_the_posts_account_is_no_text() -> None:
    for line in REPLIES:
        assert is_boilerplate_line(line), line
    for line in ("@ الساعة الخامسة فجرا بدأ التوزيع", "almaidan@mail.example عنوان المراسلة"):
        assert not is_boilerplate_line(line), line


def _drupal(generator: str, date: str, sidebar: str = "") -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring(
        f'<html><head><meta name="Generator" content="{generator}"></head><body>{sidebar}'
        f'<article class="node"><footer><p class="submitted">أرسلها منى في {date}</p></footer>'
        "<div class='content'><p>نص</p></div></article></body></html>")


def test_drupals_medium_date_is_month_first() -> None:
    for generator in ("Backdrop CMS 1 (https://backdropcms.org)", "Drupal 10 (https://drupal.org)"):
        tree = _drupal(generator, "ثلاثاء, 03/12/2024 - 10:25")
        assert medium_date(tree, meta_index(tree)) == "2024-03-12T10:25:00", generator
    other = _drupal("WordPress 6.4", "ثلاثاء, 03/12/2024 - 10:25")
    assert medium_date(other, meta_index(other)) is None
    # No month 25: not this format. A sidebar's date gives way to the node's.
    day_first = _drupal("Drupal 7", "الإثنين, 25/11/2024 - 09:00")
    assert medium_date(day_first, meta_index(day_first)) is None
    side = _drupal("Drupal 7", "خميس, 12/05/2024 - 10:25",
                   "<aside><p>سبت, 01/06/2024 - 08:00</p></aside>")
    assert medium_date(side, meta_index(side)) == "2024-12-05T10:25:00"
    alone = _drupal("Drupal 7", "", "<aside><p>سبت, 01/06/2024 - 08:00</p></aside>")
    assert medium_date(alone, meta_index(alone)) == "2024-01-06T08:00:00"
    page = lxml_html.tostring(side, encoding="unicode").encode()
    assert extract(get_site("generic"), "https://ngo.example/node/412", page).published.startswith(
        "2024-12-05")


def test_a_category_badges_label_is_no_text() -> None:
    for line in ("التصنيفات:", "التصنيف"):
        assert is_boilerplate_line(line), line
    assert not is_boilerplate_line("التصنيفات الجديدة للفنادق تدخل حيز التنفيذ")


def test_a_long_paragraph_is_still_read_as_a_policy_a_toolbar_or_a_reply() -> None:
    policy = ("نرحب بتعليقاتكم على الموضوعات المنشورة، ونرجو الالتزام بآداب الحوار، ويحتفظ الموقع "
              "بحق حذف أي تعليق يتضمن الألفاظ النابية أو الإساءة إلى الأشخاص أو الأديان أو "
              "الدعوة إلى العنف، كما يحتفظ بحق عدم نشر التعليقات الخارجة عن موضوع المقال، "
              "ولا تعبر التعليقات المنشورة عن رأي الموقع بل عن آراء أصحابها وحدهم، وشكرا لكم "
              "على المشاركة البناءة في النقاش وعلى احترام حق الآخرين في الاختلاف")
    toolbar = " | ".join(["طباعة", "أرسل لصديق", "تكبير الخط", "تصغير الخط"] * 6)
    reply = "@almaidan " + " ".join(STORY)
    for line in (policy, toolbar, reply):
        assert len(line.split()) > 45 and is_boilerplate_line(line), line[:40]
    assert not is_boilerplate_line(" ".join(STORY))
