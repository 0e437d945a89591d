"""Traits of the writefreely_post family (unseen18): a Jordanian journalist's single-user
WriteFreely blog, post pages as collection-post.tmpl serves them: the blog name in
h1#blog-title, pinned pages in the header nav, the headline in h2#title.p-name, the UTC
dt-published date in English ("May 12, 2024"), blackfriday e-content with a hashtags line and
the collection's post signature inside it, the email subscription form and the branding
footer."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "writefreely_post"
HOST = "https://dafatir-mustaqilla.example"
COMMON = ('<!DOCTYPE HTML>\n<html lang="ar" dir="',
          '<head prefix="og: http://ogp.me/ns# article: http://ogp.me/ns/article#">',
          '<link rel="stylesheet" type="text/css" href="/css/write.css" />',
          '<meta name="generator" content="WriteFreely">',
          '<meta name="author" content="دفاتر مستقلة" />',
          '<meta property="og:site_name" content="دفاتر مستقلة" />',
          '<meta name="fediverse:creator" content="@laila_haddad@mastodon.example">',
          "<!-- Add highlighting logic -->", '<body id="post">\n\t\t\n\t\t<div id="overlay"></div>',
          'id="blog-title"><a rel="author" href="/" class="h-card p-author">دفاتر مستقلة</a></h1>',
          f'<a class="pinned" href="{HOST}/about">عن المدونة</a><a class="pinned" '
          f'href="{HOST}/corrections">سياسة التصحيح</a>',
          '<h2 id="title" class="p-name dated">', '<div class="e-content"><p>',
          'class="hashtag" rel="nofollow"><span>#</span><span class="p-category">',
          "<hr>\n\n<p><em>دفاتر مستقلة</em> مدونة صحفية مستقلة من عمّان",
          "<strong>@dafatir@dafatir-mustaqilla.example</strong></p>",
          '<div id="emailsub">', '<p>Enter your email to subscribe to updates.</p>',
          '<input type="submit" id="subscribe-btn" value="Subscribe" />',
          '<footer dir="ltr"><hr><nav><p style="font-size: 0.9em">published with '
          '<a href="https://writefreely.org">write freely</a></p></nav></footer>',
          '<script src="/js/localdate.js"></script>', "WebFontConfig")
CHROME = {"دفاتر مستقلة", "عن المدونة", "سياسة التصحيح", "تواصل آمن",
          "دفاتر مستقلة مدونة صحفية مستقلة من عمّان، بلا إعلانات ولا ممولين. تابعوها من أي "
          "حساب في الفديفرس: @dafatir@dafatir-mustaqilla.example",
          "للتواصل وإرسال الوثائق بأمان: صفحة التواصل الآمن",
          "Enter your email to subscribe to updates.", "published with write freely"}


def _common(n: int) -> tuple[str, dict, set]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    assert "<h1" in html and html.count("<h1") == 1 and "application/ld+json" not in html
    assert "␉" not in html and "␠" not in html
    chrome = set(truth["must_not_contain"])
    assert chrome >= CHROME, CHROME - chrome
    return html, truth, chrome


def test_unseen18_traits_writefreely_post() -> None:
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "May 12, 2024"
    assert truth["published"] == "2024-05-12" and truth["author"] is None
    for mark in ('<html lang="ar" dir="rtl">', '<article id="post-body" class="norm h-entry ">',
                 '<time class="dt-published" datetime="2024-05-12T08:30:00Z" pubdate '
                 'itemprop="datePublished" content="2024-05-12 08:30:00 +0000 UTC">May 12, 2024'
                 '</time><div class="e-content">',
                 '<meta itemprop="datePublished" content="2024-05-12" />',
                 '<meta property="article:published_time" content="2024-05-12T08:30:00Z">',
                 '<meta name="twitter:label1" value="Views">\n\t\t<meta name="twitter:data1" '
                 'value="2,318">',
                 '<meta property="og:image" content="https://i.snap.as/Xq3mT9kD.jpg" />',
                 '<p><img src="https://i.snap.as/Xq3mT9kD.jpg" alt="قناة الملك عبدالله قرب دير '
                 'علا"></p>\n\n<p><em>قناة الملك عبدالله',
                 '<h2 id="ديون-تتراكم-قبل-الحصاد">ديون تتراكم قبل الحصاد</h2>',
                 "<blockquote><p>لا أطلب دعما ولا تعويضا",
                 "<p><strong>اقرأ أيضا:</strong></p>\n\n<ul><li><a href=\"" + HOST +
                 '/sad-al-malik-talal" rel="nofollow">',
                 f'<a href="{HOST}/tag:المياه" class="hashtag" rel="nofollow">'):
        assert mark in html, mark
    assert CHROME | {"May 12, 2024", "اقرأ أيضا:", "#المياه #الأغوار #الزراعة",
                     "سد الملك طلال عند أدنى مخزون له منذ عقد",
                     "قناة الملك عبدالله قرب دير علا في مطلع أيار، ومستوى المياه فيها أدنى من "
                     "المعتاد (تصوير: دفاتر مستقلة)"} <= chrome
    body = truth["body"]
    assert body.startswith("في قرية معدّي بالأغوار الوسطى، يقف المزارع أبو خالد")
    assert body.endswith("تستعد الجمعيات الزراعية لتقديمها إلى وزارة المياه.")
    assert body.count("\n\n") == 6 and "\n\nديون تتراكم قبل الحصاد\n\n" in body
    assert "\n\nلا أطلب دعما ولا تعويضا" in body and "#" not in body

    html, truth, chrome = _common(2)
    # posted 00:40 on 3 September in Amman (+03:00); the page prints only the UTC day
    assert truth["published_shown"] == "September 2, 2024"
    assert truth["published"] == "2024-09-02" and truth["author"] == "ليلى حداد"
    for mark in ('<html lang="ar" dir="auto">', '<h1 dir="auto" id="blog-title">',
                 'datetime="2024-09-02T21:40:00Z" pubdate itemprop="datePublished" '
                 'content="2024-09-02 21:40:00 +0000 UTC">September 2, 2024</time>',
                 '<meta itemprop="datePublished" content="2024-09-02" />',
                 'value="845">', f'<meta property="og:image" content="{HOST}/img/avatars/d.png">',
                 'بحسب <a href="https://docs.google.com/spreadsheets/d/1Irbid-rents-2024-hK7q/'
                 'edit" rel="nofollow">إعلانات جمعتها</a> من',
                 "<strong>تأخر افتتاح السكن الجامعي الجديد</strong>",
                 "<p><em>ليلى حداد – إربد</em></p>"):
        assert mark in html, mark
    assert "<img" not in html and "<blockquote>" not in html and "اقرأ أيضا" not in html
    assert CHROME | {"September 2, 2024", "ليلى حداد – إربد", "#إربد #السكن #الجامعات"} <= chrome
    body = truth["body"]
    assert body.startswith("مع اقتراب بدء الفصل الأول في جامعتي اليرموك")
    assert body.endswith("يطالب اتحاد الطلبة بمراجعته قبل بدء الفصل الثاني.")
    assert body.count("\n\n") == 4 and "ليلى حداد" not in body

    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "January 20, 2025"
    assert truth["published"] == "2025-01-20" and truth["author"] == "سامر خوري"
    for mark in ('<html lang="ar" dir="rtl">', '<article id="post-body" class="sans h-entry ">',
                 'datetime="2025-01-20T14:05:00Z" pubdate itemprop="datePublished" '
                 'content="2025-01-20 14:05:00 +0000 UTC">January 20, 2025</time>',
                 '<div class="e-content"><p><em>تدوينة ضيف بقلم الصحفي سامر خوري</em></p>',
                 '<meta name="description" content="تدوينة ضيف بقلم الصحفي سامر خوري  توقفت',
                 "<strong>سبعة موظفين</strong>"):
        assert mark in html, mark
    assert "twitter:label1" not in html and "<img" not in html
    assert CHROME | {"January 20, 2025", "تدوينة ضيف بقلم الصحفي سامر خوري",
                     "#الإعلام #معان #التمويل"} <= chrome
    body = truth["body"]
    assert body.startswith("توقفت إذاعة صوت الجنوب المجتمعية في معان عن البث صباح الأحد")
    assert body.endswith("وثقت حياة المدينة وأهلها على مدى عقد كامل.")
    assert body.count("\n\n") == 3 and "تدوينة ضيف" not in body
