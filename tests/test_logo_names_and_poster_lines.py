"""The name a site's logo shows is the publisher's, never a writer's; XOOPS News names the
writer in its info line's `itemPoster` ("نشرت بواسطة <name>")."""

from __future__ import annotations

from lxml import html as lxml_html

from extraction import extract
from extraction.sites import get_site
from extraction.titles import logo_names

URL = "https://nabd.example/modules/news/article.php?storyid=7"
TEXT = ("قالت البلدية إن أعمال إعادة تأهيل السوق المركزي ستبدأ الأسبوع المقبل وتستمر أربعة عشر "
        "شهرا، وتشمل تجديد الأسقف وشبكات الصرف وتوسيع الممرات بين المحال التجارية القديمة. ")


def _page(poster: str) -> bytes:
    paragraphs = "".join(f"<p>{TEXT}{k}</p>" for k in range(4))
    return f"""<html dir="rtl"><head>
<title>السوق المركزي يفتح من جديد - محليات - الأخبار - نبض الشمال</title>
<meta name="author" content="نبض الشمال"></head><body>
<table><tr><td id="headerlogo"><a href="https://nabd.example/" title="نبض الشمال">
<img src="/logo.png" alt="نبض الشمال"></a></td></tr></table>
<div class="item"><h2>السوق المركزي يفتح من جديد</h2><div class="itemInfo">{poster}
<span class="itemPostDate">في 2024/3/12 9:05</span></div>
<div class="itemBody">{paragraphs}</div></div></body></html>""".encode()


def test_the_logos_name_is_no_writer_and_the_poster_line_names_one() -> None:
    alone = extract(get_site("generic"), URL, _page(""))
    assert alone.ok and alone.author is None  # the meta author is the logo's name
    posted = extract(get_site("generic"), URL,
                     _page('<span class="itemPoster">نشرت بواسطة سامر الحسين </span>'))
    assert posted.author == "سامر الحسين"


def test_logo_names_are_those_of_links_to_the_front_page() -> None:
    tree = lxml_html.fromstring(
        '<div><a href="/" title="نبض الشمال"><img alt="شعار نبض الشمال"></a>'
        '<a href="https://nabd.example/index.php"><img alt="الصفحة الرئيسية"></a>'
        '<a href="#top" title="للأعلى">^</a><a href="/#main" title="إلى المحتوى">^</a>'
        '<a href="" title="هذه الصفحة">x</a>'
        '<a href="https://other.example/" title="موقع آخر">y</a>'
        '<a href="/?page=2" title="التالي">z</a><a href="/news/1" title="خبر آخر">w</a>'
        '<a href="http://[x" title="رابط معطوب">v</a><a href="/">الرئيسية</a>'
        '<a href="/" title="اسم طويل جدا من كلمات كثيرة لا يكون اسما لموقع">u</a></div>')
    assert logo_names(tree, URL) == {"نبض الشمال", "شعار نبض الشمال", "الصفحة الرئيسية"}


def test_a_byline_element_holding_only_a_category_link_names_no_writer() -> None:
    """LBC's `article_details_author_container` shows the story's category."""
    for href, want in (("/news/category/29/منوعات/ar", None), ("/tags/منوعات", None),
                       ("/writers/12/منوعات", "منوعات")):
        page = _page(f'<div class="article_author"><a href="{href}"><span>منوعات</span></a>'
                     "</div>").replace("نبض الشمال".encode(), "شمال".encode(), 1)
        assert extract(get_site("generic"), URL, page).author == want, href
    # a name beside the category link: the element is still read as a byline
    page = _page('<div class="article_author">سامر الحسين <a href="/category/local">محليات</a>'
                 "</div>")
    assert (extract(get_site("generic"), URL, page).author or "").startswith("سامر الحسين")
