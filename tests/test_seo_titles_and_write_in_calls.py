"""What unseen26 showed: an og:title that no reader sees (Thunder's SEO title) gives way to the
article's own headline, and a call to write in to the site's address is no text (Docusaurus'
admonition). A BlogPosting whose body is marked `articleBody` with microdata comments under
it (Textpattern) is in tests/test_hosted_blogs.py."""

from __future__ import annotations

from extraction import extract
from extraction.boilerplate import is_boilerplate_line
from extraction.sites import get_site
from tests.test_archived_and_forum_posts import STORY

HEADLINE = "مكتبات الأحياء في طرابلس تفتح أبوابها من جديد بعد سنوات من الإغلاق"
SEO_TITLE = "مكتبات طرابلس تعود إلى الحياة"
URL = "https://weekly.example/society/48213"


def _page(headline: str = HEADLINE, shown: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return (f'<html dir="rtl"><head><meta charset="utf-8"><title>{SEO_TITLE} | الرصيف</title>'
            f'<meta property="og:title" content="{SEO_TITLE}"></head><body>{shown}'
            f'<article class="node"><header><h1 class="node__title">{headline}</h1></header>'
            f'<div class="node__content">{body}</div></article></body></html>').encode()


def test_an_og_title_no_reader_sees_gives_way_to_the_headline() -> None:
    article = extract(get_site("generic"), URL, _page())
    assert article.title == HEADLINE
    assert article.body.split("\n\n") == list(STORY)
    # Shown on the page (a teaser's heading, a breadcrumb), the og:title is the headline; so it
    # is over an <h1> of a few words (a section's name).
    shown = extract(get_site("generic"), URL, _page(shown=f"<h2>{SEO_TITLE}</h2>"))
    assert shown.title == SEO_TITLE
    assert extract(get_site("generic"), URL, _page(headline="أخبار المجتمع")).title == SEO_TITLE
    # An <h1> outside any <article>, or one of several, is no sure headline either.
    loose = _page().replace(b'<article class="node">', b'<div class="node">').replace(
        b"</article>", b"</div>")
    assert extract(get_site("generic"), URL, loose).title == SEO_TITLE
    two = _page().replace(b"</article>", f"</article><h1>{HEADLINE} اليوم</h1>".encode())
    assert extract(get_site("generic"), URL, two).title == SEO_TITLE


def test_a_call_to_write_in_to_the_sites_address_is_no_text() -> None:
    for line in ("هل تعمل على أداة مدنية تعتمد على البيانات المفتوحة؟ راسلنا على "
                 "hackathon@madani.example لننشر تجربتك في المدونة.",
                 "لديك قصة من حيّك؟ تواصلوا معنا عبر stories@weekly.example"):
        assert is_boilerplate_line(line), line
    for line in ("وقال إن المواطنين يمكنهم مراسلة الوزارة عبر البريد info@moh.example لتقديم "
                 "الشكاوى.", "راسلنا الوزارة أمس ولم تجب حتى الآن عن أسئلتنا حول الموازنة."):
        assert not is_boilerplate_line(line), line
