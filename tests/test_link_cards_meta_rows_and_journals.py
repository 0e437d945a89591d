"""What unseen29 showed: a link post's preview card of the story it links (Lemmy); the row of
the story's `<time>` read as one glued line, and a standfirst over it without a class that
calls it one (Nuxt); a subheading opening a block of its own after the main text (e107's
extended text); a user's page linked after a user icon as the byline (e107); the plugin's
English "Posted in ... on ..." line (October CMS); a journal's "Profile" module, its tag
cloud and a reprint note (LiveJournal)."""

from __future__ import annotations

from extraction import extract
from extraction.article_header import in_meta_row, meta_rows
from extraction.boilerplate import is_boilerplate_line
from extraction.boxes import box_texts
from extraction.document import parse
from extraction.keywords import tag_links
from extraction.latin_labels import is_latin_label, is_latin_tail_opener
from extraction.selectors import compiled
from extraction.sites import get_site
from tests.test_archived_and_forum_posts import STORY

HEADLINE = "جامعة اليرموك تؤجل امتحانات منتصف الفصل أسبوعا بسبب المنخفض الجوي"
URL = "https://community.example/post/55402"
TEXT = "".join(f"<p>{p}</p>" for p in STORY)


def _page(body: str, head: str = "") -> bytes:
    return (f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{HEADLINE}</title>'
            f'{head}</head><body><nav><a href="/">الرئيسية</a> <a href="/c/news">أخبار</a></nav>'
            f'{body}<footer><p>جميع الحقوق محفوظة للموقع 2025</p></footer></body></html>'
            ).encode()


def _link_post(target: str) -> str:
    card = (f'<div class="card"><div class="card-body"><h5 class="card-title"><a href="{target}">'
            f'اليرموك تؤجل امتحانات منتصف الفصل أسبوعا</a></h5><div class="card-text"><p>القرار '
            f'يشمل جميع الكليات والدوام عن بعد يومي الثلاثاء والأربعاء</p></div></div></div>')
    return (f'<div class="post"><h1 class="h5"><a href="{target}">{HEADLINE}</a></h1>{card}'
            f'<article id="postContent"><div class="md-div">{TEXT}</div></article></div>')


def test_a_link_posts_preview_card_is_no_text() -> None:
    target = "https://paper.example/local/2025/01/27/yarmouk-exams"
    article = extract(get_site("generic"), URL, _page(_link_post(target)))
    assert article.body.split("\n\n") == list(STORY)
    description = "القرار يشمل جميع الكليات والدوام عن بعد يومي الثلاثاء والأربعاء"
    doc = parse(URL, _page(_link_post(target)).decode())
    assert doc is not None and description in box_texts(doc, [])
    # A headline linking to its own site's page (a permalink) makes no card of a heading.
    own = parse(URL, _page(_link_post("https://community.example/post/55402")).decode())
    assert own is not None and description not in box_texts(own, [])
    # A heading linking off the site elsewhere (another story's card) is no preview of it.
    other = _link_post(target).replace(
        '<article id="postContent">', '<div class="more"><h3><a href="https://paper.example/'
        'other">وزارة التربية تعلن موعد الامتحانات</a></h3><p>نص قصير عن موعد الامتحانات</p>'
        '</div><article id="postContent">')
    texts = box_texts(parse(URL, _page(other).decode()), [])
    assert description in texts and "نص قصير عن موعد الامتحانات" not in texts


def _meta_row(with_time: bool = True) -> str:
    time = '<time datetime="2024-05-14T21:50:00.000Z">الأربعاء، ١٥ مايو ٢٠٢٤</time>'
    return (f'<div class="mt-5 flex items-center gap-4">{time if with_time else ""}'
            '<span>١٢:٥٠ ص</span><span>دقيقة واحدة للقراءة</span><div class="ms-auto flex">'
            '<span>شارك الخبر</span><button><span class="sr-only">فيسبوك</span></button>'
            '<button>نسخ الرابط</button></div></div>')


def _story(header: str) -> bytes:
    return _page(f'<div id="__nuxt"><main><article class="rounded-2xl"><h1>{HEADLINE}</h1>'
                 f'{header}<div class="rich-text prose">{TEXT}</div></article></main></div>')


def test_the_row_of_the_storys_time_is_no_text_though_its_pieces_run_together() -> None:
    article = extract(get_site("generic"), URL, _story(_meta_row()))
    assert article.body.split("\n\n") == list(STORY)
    tree = parse(URL, _story(_meta_row()).decode()).tree
    rows = meta_rows(tree)
    assert in_meta_row("١٢:٥٠ صدقيقة واحدة للقراءةشارك الخبر", rows)
    assert not in_meta_row(STORY[0], rows)
    # A <time> inside a paragraph of the text makes no row of that paragraph.
    dated = _page(f"<article><h1>{HEADLINE}</h1><p>أعلنت الجامعة يوم <time datetime="
                  f'"2024-05-14">الثلاثاء</time> تأجيل الامتحانات</p>{TEXT}</article>')
    assert meta_rows(parse(URL, dated.decode()).tree) == []
    # Nor of a short paragraph set with the <time> in one element.
    short = "أعلن النادي تكليف مدرب مؤقت بقيادة الفريق حتى نهاية الموسم"
    boxed = _story(f'<div class="lead-box"><time datetime="2024-05-14">١٥ مايو ٢٠٢٤</time>'
                   f'<p>{short}</p></div>')
    rows = meta_rows(parse(URL, boxed.decode()).tree)
    assert rows and not in_meta_row(short, rows)
    # A row is short: not the wrapper of a text written in <div>s beside the <time>.
    divs = _page(f'<article><h1>{HEADLINE}</h1><div class="meta"><time datetime="2024-05-14">'
                 f'١٥ مايو ٢٠٢٤</time> <span>١٢:٥٠ ص</span></div>'
                 f'{"".join(f"<div>{p}</div>" for p in STORY)}</article>')
    assert extract(get_site("generic"), URL, divs).body.split("\n\n") == list(STORY)


DEK = "ثلاثة أهداف في نصف ساعة تعيد أصحاب الأرض إلى سباق المراكز المؤهلة"


def test_a_paragraph_under_the_headline_over_the_date_row_is_the_dek() -> None:
    article = extract(get_site("generic"), URL, _story(f'<p class="mt-3 text-lg">{DEK}</p>'
                                                      + _meta_row()))
    assert article.body.split("\n\n") == list(STORY)
    # With no <time> between it and the text it is the text's first paragraph.
    kept = extract(get_site("generic"), URL, _story(f'<p class="mt-3 text-lg">{DEK}</p>'))
    assert kept.body.split("\n\n") == [DEK, *STORY]
    # Nor is a paragraph set apart from the headline (a share bar between them) its dek.
    apart = _story(f'<div class="share"><a href="/share">واتساب</a></div><p class="mt-3">{DEK}'
                   f'</p>{_meta_row()}')
    assert extract(get_site("generic"), URL, apart).body.split("\n\n")[0] == DEK


SUBHEADING = "عودة الحركة إلى قلب المدينة"
LAST = "وقال أحد التجار إن الزبائن بدأوا بالعودة منذ الساعات الأولى لإعادة افتتاح السوق المسقف."


def test_a_subheading_opening_a_block_after_the_main_text_is_the_texts() -> None:
    more = "وعبر أصحاب المحال عن ارتياحهم لانتهاء الأعمال بعدما اضطروا إلى العمل في محال مؤقتة."
    body = (f'<div class="view-item"><h2 class="news-title">{HEADLINE}</h2><div class="body">'
            f'<div class="text-justify">{"".join(f"<p>{p}</p>" for p in STORY)}</div>'
            f'<div class="news-videos-1"></div><br><div class="row news-images-1"><div></div></div>'
            f'<div class="body-extended text-justify"><h3>{SUBHEADING}</h3><p>{more}</p>'
            f'<p>{LAST}</p></div></div></div>')
    article = extract(get_site("generic"), URL, _page(body))
    paragraphs = article.body.split("\n\n")
    assert paragraphs == [*STORY, SUBHEADING, more, LAST]


def _e107(poster: str) -> bytes:
    meta = (f"<div class='row'><div class='col-md-6'><small><i class='glyphicon glyphicon-user'>"
            f"</i> &nbsp;{poster} &nbsp; <i class='glyphicon glyphicon-time'></i> &nbsp;06 أيار "
            f"2024 - 09:40 </small></div></div>")
    return _page(f'<div class="view-item"><h2 class="news-title">{HEADLINE}</h2>{meta}<hr>'
                 f'<div class="body">{TEXT}</div></div>')


def test_a_users_page_linked_after_a_user_icon_names_the_writer() -> None:
    named = _e107("<a href='https://portal.example/user.php?id.7'>حسين الساعدي</a>")
    assert extract(get_site("generic"), URL, named).author == "حسين الساعدي"
    # A link after the icon to anything but a user's page (the login form) is no byline.
    login = _e107("<a href='https://portal.example/login.php'>تسجيل الدخول</a>")
    assert extract(get_site("generic"), URL, login).author is None
    font_awesome = _e107("<a href='/user/5'>مريم بنعزوز</a>").replace(
        b"glyphicon glyphicon-user", b"fa fa-user")
    assert extract(get_site("generic"), URL, font_awesome).author == "مريم بنعزوز"
    # The page's own reading of such a selector finds what lxml's CSS selector finds.
    css = '[class*="icon-user"] + a[href*="user"]'
    for page in (named, login, font_awesome, _e107("<b>x</b><a href='/user/1'>اسم</a>")):
        doc = parse(URL, page.decode())
        assert doc.matches(css) == compiled(css)(doc.tree)


def test_english_post_lines_print_notes_and_a_journals_profile_module() -> None:
    for line in ("Posted in بنوك, اقتصاد محلي on Mar 14, 2024.", "Posted on May 2, 2024 by admin",
                 "Filed under: اقتصاد"):
        assert is_latin_label(line) and is_boilerplate_line(line), line
    assert not is_latin_label("Posted")
    assert not is_latin_label("Postedin the archive")
    assert not is_latin_label("Filed a complaint against the company")
    assert is_latin_tail_opener("Profile") and is_latin_tail_opener("About the author:")
    assert not is_latin_tail_opener("Profile of a city in crisis")
    for line in ("نُشر في صحيفة «الميدان» الأسبوعية، عدد الأحد", "نشر في جريدة الغد"):
        assert is_boilerplate_line(line), line
    for line in ("نُشر في صحيفة الغد تقرير مفصل عن أوضاع المياه في المحافظات الشمالية خلال العام.",
                 "نشرت صحيفة الغد تقريرا عن المياه", "نشر في صحيفة الغد عام 2019"):
        assert not is_boilerplate_line(line), line


def _journal(entry_tags: str) -> bytes:
    cloud = "".join(f'<li><a rel="tag" href="/tag/{t}">{t}</a> - <span>{n} uses</span></li>'
                    for t, n in (("أسعار", 9), ("الجفاف", 3), ("الصحافة", 14), ("عمّان", 21)))
    return _page(f'<div id="primary"><div class="entry"><h3 class="entry-title">{HEADLINE}</h3>'
                 f'<div class="entry-content">{TEXT}</div>{entry_tags}</div></div>'
                 f'<div id="secondary"><div class="module-tags_multilevel module"><h2>Tags</h2>'
                 f'<ul>{cloud}</ul></div></div>')


def test_the_storys_tags_not_the_journals_tag_cloud() -> None:
    own = ('<div class="tag"><span class="tag-text">Tags:</span> <a rel="tag" href="/tag/أسعار">'
           'أسعار</a>, <a rel="tag" href="/tag/عمّان">عمّان</a></div>')
    assert extract(get_site("generic"), URL, _journal(own)).tags == ["أسعار", "عمّان"]
    # Tag links in the side column alone are the journal's, none of them the story's.
    assert tag_links(parse(URL, _journal("").decode()).tree) == []
