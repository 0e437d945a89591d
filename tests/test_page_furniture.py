"""What unseen11's families showed around a story: a print version's footer, a header's kicker
and subtitle, an embedded post beside the text, a title over a forum post, agency credits."""

from __future__ import annotations

from extraction import extract
from extraction.agency_lines import is_place_source_line
from extraction.boilerplate import is_boilerplate_line
from extraction.footer_lines import is_footer_line
from extraction.sites import get_site
from extraction.social_embeds import introduces

STORY = (
    "أعلنت وزارة الزراعة اليوم عن بدء موسم حصاد القمح في السهول الشمالية، وسط توقعات بإنتاج "
    "يفوق مليون طن بعد موسم مطري جيد شهدته المحافظات الزراعية خلال الشتاء الماضي.",
    "وقال مدير الإنتاج النباتي في الوزارة إن الفرق الفنية انتشرت في مراكز التسويق لاستقبال "
    "المحصول، وإن أسعار الشراء حددت مسبقا بما يضمن هامش ربح مناسبا للمزارعين.",
    "وأضاف أن الوزارة خصصت أسطولا من الشاحنات لنقل المحصول من الحقول إلى الصوامع، وأن عمليات "
    "الفحص تجرى في المراكز نفسها لتقليل فترات الانتظار أمام البوابات.",
    "ودعت الوزارة المزارعين إلى الالتزام بمواعيد التسليم المحددة لكل منطقة، والإبلاغ عن أي "
    "تأخير في صرف المستحقات عبر الخط الساخن أو مديريات الزراعة في المحافظات.",
)
HEADLINE = "بدء موسم حصاد القمح في السهول الشمالية وتوقعات بإنتاج وفير"


def _page(body: str, head: str = "", title: str = HEADLINE) -> bytes:
    return (f'<html dir="rtl"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
            f"<body>{body}</body></html>").encode()


def _body(html: bytes, url: str = "https://news.example/a/1") -> list[str]:
    return extract(get_site("generic"), url, html).body.split("\n\n")


def test_a_print_versions_footer_and_tools_leave_the_text() -> None:
    text = "<br /><br />".join(STORY)
    footer = ("رابط الخبر: <span dir=\"ltr\">https://www.balad.example/news.php?id=1</span>",
              "هاتف: 5338124 6 00962 | فاكس: 5338125 6 00962 | البريد الإلكتروني: a@balad.example",
              "جميع الحقوق محفوظة © وكالة البلد الإخبارية 2024",
              '<a href="javascript:window.print();">اطبع هذه الصفحة</a> | '
              '<a href="javascript:window.close();">إغلاق النافذة</a>')
    cells = "".join(f"<tr><td>{cell}</td></tr>" for cell in (
        "<b>وكالة البلد الإخبارية</b>", f"<font size=4><b>{HEADLINE}</b></font>",
        "https://www.balad.example/upload/news/2024/02/1_large.jpg", text, *footer))
    html = _page(f'<table width="650">{cells}</table>',
                 title=f"وكالة البلد الإخبارية - طباعة - {HEADLINE}")
    article = extract(get_site("generic"), "https://www.balad.example/print.php?id=1", html)
    assert article.body.split("\n\n") == list(STORY)
    # Of the title's parts the page shows two on their own (its name under the logo, the
    # headline): the longer is the headline.
    assert article.title == HEADLINE


def test_footer_lines_are_short_and_labelled_not_sentences() -> None:
    for line in ("جميع الحقوق محفوظة © وكالة البلد 2024", "© 2024 الأرز نيوز",
                 "Copyright © 2024 Example Inc. All rights reserved.",
                 "هاتف: 06 5338124 | فاكس: 06 5338125",
                 "رابط الخبر:", "رابط المقال: https://x.example/a/1", "https://x.example/img/1.jpg",
                 "www.example.com/news/1"):
        assert is_footer_line(line) and is_boilerplate_line(line), line
    for line in ("وأكد الوزير أن جميع الحقوق محفوظة للعمال في القانون الجديد الذي أقره البرلمان "
                 "أمس بعد نقاش طويل استمر عدة أسابيع بين الكتل النيابية",
                 "ويمكن للمواطنين الاتصال على الهاتف: 117 للإبلاغ عن أي اعتداء على خطوط المياه",
                 "رابط الخبر الذي نشرته الصحيفة أثار جدلا واسعا",
                 "وزار الموقع https://x.example عدد كبير من القراء"):
        assert not is_footer_line(line), line


def test_the_articles_header_kicker_subtitle_and_author_leave_the_text() -> None:
    header = (f'<header><h3 class="op-kicker">محليات</h3><h1>{HEADLINE}</h1>'
              "<h2>أكثر من مليون طن متوقعة من الحقول الشمالية هذا العام</h2>"
              "<address><a>ريما الحاج</a></address></header>")
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    assert _body(_page(f"<article>{header}{paragraphs}</article>")) == list(STORY)


def test_an_embedded_post_is_text_only_after_a_paragraph_that_introduces_it() -> None:
    tweet = ('<blockquote class="twitter-tweet"><p lang="ar" dir="rtl">بدءا من الأسبوع المقبل تبدأ '
             'مراكز التسويق استقبال القمح من المزارعين في جميع المحافظات '
             '<a href="https://t.co/Xk4QbR7mWp">pic.twitter.com/Xk4QbR7mWp</a></p>&mdash; '
             'الوزارة (@agri_ministry) <a href="https://twitter.com/x/status/1">May 6, 2024</a>'
             "</blockquote>")
    quoted = ("بدءا من الأسبوع المقبل تبدأ مراكز التسويق استقبال القمح من المزارعين في جميع"
              " المحافظات")
    beside = "".join(f"<p>{p}</p>" + (tweet if k == 1 else "") for k, p in enumerate(STORY))
    assert quoted not in _body(_page(f"<article><h1>{HEADLINE}</h1>{beside}</article>"))
    said = (*STORY[:2], "وكتبت الوزارة على حسابها في منصة إكس:", *STORY[2:])
    quoting = "".join(f"<p>{p}</p>" + (tweet if k == 2 else "") for k, p in enumerate(said))
    body = _body(_page(f"<article><h1>{HEADLINE}</h1>{quoting}</article>"))
    assert body[body.index("وكتبت الوزارة على حسابها في منصة إكس:") + 1] == quoted
    assert introduces("ورحبت السفارة بالخطوة، وقالت في تغريدة")
    assert not introduces(STORY[0])


def test_a_title_set_in_a_block_over_the_text_is_not_glued_to_it() -> None:
    post = (f'<div style="text-align: center;"><font size="4"><b>{HEADLINE}</b></font></div>\n'
            + "<br />\n<br />\n".join(STORY))
    html = _page(f'<div id="post_message_1"><blockquote class="postcontent">{post}'
                 "</blockquote></div>")
    # A page whose doctype names its DTD is handed to trafilatura as text (it rewrites that
    # line), others as our tree: the same break both ways.
    dtd = (b'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
           b'"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n')
    for page in (html, dtd + html):
        body = _body(page)
        assert body == list(STORY)
        assert not any(HEADLINE.split()[-1] + STORY[0].split()[0] in p for p in body)


def test_agency_credits_stand_alone_as_lines() -> None:
    for line in ("(و.م.ع)", "و.م.ع", "متابعات: الخرطوم اليوم", "متابعة - أخبار اليوم"):
        assert is_place_source_line(line) and is_boilerplate_line(line), line
    for line in ("متابعات الصحف تشير إلى تراجع الأسعار.", "متابعات: 3 أسئلة عن الاقتصاد"):
        assert not is_place_source_line(line), line


def test_a_page_trafilatura_cannot_reparse_is_read_as_it_came(monkeypatch) -> None:
    import trafilatura.utils

    from extraction.document import parse
    from extraction.trafilatura_text import trafilatura_input

    raw = ('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/'
           f'strict.dtd">\n<html><body><div><b>{HEADLINE}</b></div>{STORY[0]}</body></html>')
    doc = parse("https://x.example/1", raw)
    monkeypatch.setattr(trafilatura.utils, "load_html", lambda page: None)
    assert trafilatura_input(doc.raw, doc.tree) == raw


def test_a_byline_element_naming_a_source_names_no_writer() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    for line, author in (("المصدر : وكالة الأنباء الأردنية (بترا)", None),
                         ("كتب: رامي الخوالدة", "رامي الخوالدة")):
        html = _page(f'<article><h1>{HEADLINE}</h1><div class="print-writer">{line}</div>'
                     f"{paragraphs}</article>")
        article = extract(get_site("generic"), "https://news.example/a/1", html)
        assert article.author == author and article.body.split("\n\n") == list(STORY)
