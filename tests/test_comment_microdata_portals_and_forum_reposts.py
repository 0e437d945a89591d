"""What unseen30 showed: an article whose comments alone carry microdata (Blocksy's unmarked
`entry-content` over `schema.org/Comment` items); a post date after "بتاريخ" in a blog's
info line (b2evolution); a portal's "نشرت بواسطة" byline, its counters in brackets, its
rating and PDF lines (XOOPS); a forum repost's sign-in note,
its poster's closing question, and a poster's name that opens with a login handle (Vanilla);
tag chips printed after a "#" (Blocksy)."""

from __future__ import annotations

from extraction import extract
from extraction.appeal_lines import is_reader_question
from extraction.boilerplate import is_boilerplate_line
from extraction.byline_lines import author_of_byline, is_byline_line
from extraction.keywords import unslugged
from extraction.sites import get_site
from tests.test_archived_and_forum_posts import STORY

HEADLINE = "مشغل في السلط يعيد غرزة التحريرة إلى أثواب الجيل الجديد"
URL = "https://magazine.example/2024/04/4127/"
TEXT = "".join(f"<p>{p}</p>" for p in STORY)


def _comment(n: int, text: str) -> str:
    return (f'<li class="comment"><article itemprop="comment" itemscope '
            f'itemtype="https://schema.org/Comment"><footer><cite itemprop="name">قارئ {n}</cite>'
            f'</footer><div class="ct-comment-content entry-content" itemprop="text"><p>{text}'
            f'</p></div></article></li>')


def _page(body: str) -> bytes:
    return (f'<html lang="ar"><head><meta charset="utf-8"><title>{HEADLINE}</title></head><body>'
            f'{body}</body></html>').encode()


def _post(text: str) -> bytes:
    comments = "".join(_comment(n, t) for n, t in enumerate(
        ("قطع رائعة، هل يمكن الشراء من خارج الأردن؟", "شكرا على التقرير الجميل")))
    return _page(f'<article class="post"><div class="hero-section"><h1 class="page-title">'
                 f'{HEADLINE}</h1></div><div class="entry-content is-layout-constrained">{text}'
                 f'</div></article><div class="ct-comments"><h3>تعليقان</h3><ol '
                 f'class="ct-comment-list">{comments}</ol></div>')


def test_an_article_whose_comments_alone_carry_microdata_is_the_article() -> None:
    article = extract(get_site("generic"), URL, _post(TEXT))
    assert article.body.split("\n\n") == list(STORY)


def test_a_blogs_info_line_dates_the_post_after_bitarikh() -> None:
    info = ('<div class="evo_widget widget_core_item_info_line">نُشرت بواسطة <span class="login">'
            'هيئة التحرير</span> بتاريخ 22 كانون الثاني 2025 في <a href="/blog/x/">الوصول إلى '
            'المعلومات</a></div>')
    page = _page(f'<div class="evo_post"><div class="evo_post_title"><h1>{HEADLINE}</h1></div>'
                 f'<small class="text-muted">{info}</small><div class="evo_post__full_text">'
                 f'{TEXT}</div></div>')
    assert extract(get_site("generic"), URL, page).published == "2025-01-22"


def test_a_portals_posted_by_line_and_its_counters() -> None:
    for line in ("نشرت بواسطة هيئة التحرير", "نُشرت بواسطة سلمى عبد الحداد",
                 "نشر بواسطة: سامر"):
        assert is_byline_line(line) and is_boilerplate_line(line), line
    assert author_of_byline("نشرت بواسطة سامر الحسين") == "سامر الحسين"
    assert not is_byline_line("نشرت بواسطة الشركة المالكة للمشروع تقريرا مفصلا عن الأعمال")
    for line in ("( 688 قراءة)", "0.00 (0) -", "19:38", "ملف PDF", "قيّم هذا الخبر",
                 "المزيد من أخبار هذا الكاتب", "التقييم:", "إضافة تعليق", "اضافة تعليق"):
        assert is_boilerplate_line(line), line
    # A line with a letter in it is read as one: a number never takes a sentence with it.
    assert not is_boilerplate_line("وبلغت الحصيلة 19 إصابة في الحادث")


def test_a_forum_reposts_sign_in_note_and_closing_question() -> None:
    for line in ("سجّل الدخول أو أنشئ حساباً للتعليق.", "يجب عليك تسجيل الدخول للتعليق"):
        assert is_boilerplate_line(line), line
    assert not is_boilerplate_line("وأتاحت الوزارة للمواطنين تسجيل الدخول للتعليق على مسودة "
                                   "القانون عبر منصتها حتى نهاية الشهر.")
    assert is_reader_question("يا ترى الأسعار دي هتكفي المزارع ولا لأ؟ شاركونا رأيكم.")
    assert is_reader_question("هل تكفي الأسعار الجديدة؟ ما رأيكم؟")
    assert not is_reader_question("وختم الوزير حديثه قائلا إن الحكومة ستشارككم رأيها في القرار.")
    assert not is_reader_question("وقال المزارعون إنهم ينتظرون الموسم. شاركونا رأيكم")


def _discussion(author_block: str) -> bytes:
    return _page(f'<main class="Content MainContent"><h1>{HEADLINE}</h1><div class="Item-Header '
                 f'DiscussionHeader"><div class="AuthorWrap"><span class="Author">{author_block}'
                 f'</span></div></div><div class="Item-Body"><div class="Message userContent">'
                 f'<p>كتب: هالة منصور</p>{TEXT}</div></div></main>')


def test_a_name_opening_with_a_login_handle_gives_way_to_the_byline_line() -> None:
    handle = _discussion('<a class="Username" href="/profile/Nour.Elsayed">Nour.Elsayed</a> '
                         '<span class="AuthorTitle">مراسلة الملتقى</span>')
    assert extract(get_site("generic"), URL, handle).author == "هالة منصور"


def test_tag_chips_lose_their_hashtag_mark() -> None:
    assert unslugged("# تطريز") == "تطريز"
    assert unslugged("#الأرصاد-الجوية") == "الأرصاد الجوية"
    assert unslugged("C#") == "C#"
