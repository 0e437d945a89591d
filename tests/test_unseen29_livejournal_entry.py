"""Traits of the livejournal_entry family (unseen29): an Amman journalist's LiveJournal in an
S2 core2 journal style, English site interface and Arabic entries: the LJ site bar, the journal
header and nav, `h3.entry-title`, the English medium date split into archive links with the
poster's local time, `div.entry-content` (photo and caption, `<br />` paragraphs, an lj-cut
anchor, a "بقلم" byline on one page), the "Tags:" line, the entry links ("2 comments" /
"Leave a comment"), the comment thread in UTC, the sidebar modules and both footers."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "livejournal_entry"
HOST = "https://lj-qalam-hurr.example"
COMMON = ('<html lang="en" dir="ltr">', '<meta property="og:site_name" content="LiveJournal" />',
          '<link rel="openid.server" href="https://www.livejournal.com/openid/server.bml" />',
          f'<link rel="alternate" type="application/rss+xml" title="RSS" href="{HOST}/data/rss" />',
          "https://l-stat.livejournal.net/??schemius_v4/headerbar.css", "Site = window.Site || {};",
          ': qalam_hurr — LiveJournal</title>', '<body class="page-entry two-columns',
          '<div class="s-header">', 'class="s-nav-item__name">Find more</a>',
          f'<h1 id="title"><span><a href="{HOST}/">قلم حر</a></span></h1>',
          '<div class="navigation topnav"><div class="inner"><ul>',
          'class="entry-wrapper entry-wrapper-odd security-public restrictions-none journal-type-P',
          '<h3 class="entry-title"><a title="',
          '<span class="datetime entry-date"><span class="date">',
          '<div class="userpic"><a href="https://www.livejournal.com/allpics.bml?user=qalam_hurr">',
          '<span class="poster entry-poster"><span lj:user="qalam_hurr"',
          '<div class="entry-content">', '<div class="tag"><span class="tag-text">Tags:</span> ',
          '<ul class="entry-management-links text-links">',
          '<li class="entry-permalink first-item">', '<h2 class="module-header">Profile</h2>',
          '<span class="detail-tagcount">14 uses</span>',
          'Powered by <a href="https://www.livejournal.com/">LiveJournal.com</a>',
          '<footer class="s-footer">')
CHROME = {"Find more", "Communities", "Shop", "Search", "Log in", "Create Blog", "English",
          "قلم حر", "دفتر صحفي مستقل من عمّان", "Recent Entries", "Archive", "Friends", "Profile",
          "Tags", "Memories", "Previous Entry", "qalam_hurr", "Share", "Add to Memories",
          "Track This", "Link", "Reply", "Latest Entries", "الصحافة - 14 uses",
          "Powered by LiveJournal.com", "Terms of Service", "Privacy Policy", "Help"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    assert "application/ld+json" not in html and "published_time" not in html
    return html, truth, set(truth["must_not_contain"])


def test_unseen29_traits_livejournal_entry() -> None:
    # page 1: photo with italic caption, <br /><br /> paragraphs, two comments (a nested reply)
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "Feb. 19th, 2024"
    assert truth["published"] == "2024-02-19" and truth["author"] is None
    for mark in (f'<a href="{HOST}/2024/02/">Feb</a>. <a href="{HOST}/2024/02/19/">19th</a>, '
                 f'<a href="{HOST}/2024/">2024</a></span> <span class="time">10:25 am</span>',
                 "41817_900.jpg", "<br /><i>تجار ينقلون صناديق البندورة فجرا", "<br /><br />",
                 '<a href="https://lj-qalam-hurr.example/48213.html#comments">2 comments</a>',
                 '<div id="comments">', 'class="comment-wrapper comment-wrapper-even '
                 'comment-depth-even comment-depth-2 poster-is-owner"',
                 '<span class="datetime">2024-02-19 09:02 am (UTC)</span>',
                 '<div class="comment-content">', '<li class="link commentparent">',
                 '<li class="page-forward">'):
        assert mark in html, mark
    assert CHROME | {"Feb. 19th, 2024", "10:25 am", "2 comments", "Next Entry", "Comments",
                     "تجار ينقلون صناديق البندورة فجرا في السوق المركزي جنوب عمّان",
                     "Tags: أسعار, سوق الخضار, عمّان", "nour_amman", "2024-02-19 09:02 am (UTC)",
                     "Thread", "Parent", "© 1999-2024 LiveJournal, Inc.",
                     "شكرا يا نور، سأحاول أن أمر على سوق إربد في الجولة القادمة."} <= chrome
    body = truth["body"]
    assert body.startswith("وصلت إلى السوق المركزي للخضار والفواكه جنوب عمّان قبل الرابعة فجرا")
    assert body.endswith("كما يتوقع التجار.") and body.count("\n\n") == 4
    assert "تجار ينقلون" not in body

    # page 2: a reprinted column posted at 23:50: byline, lj-cut anchor, reprint note, no comments
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "Nov. 5th, 2023"
    assert truth["published"] == "2023-11-05" and truth["author"] == "رامي الخطيب"
    for mark in ('<span class="time">11:50 pm</span>', "<p><b>بقلم: رامي الخطيب</b></p>",
                 '<a name="cutid1"></a>', "<p><i>نُشر في صحيفة «الميدان» الأسبوعية",
                 '?mode=reply">Leave a comment</a>'):
        assert mark in html, mark
    assert 'id="comments"' not in html and "<img src=\"https://ic.pics" not in html
    assert CHROME | {"Nov. 5th, 2023", "11:50 pm", "Leave a comment", "بقلم: رامي الخطيب",
                     "نُشر في صحيفة «الميدان» الأسبوعية، عدد الأحد",
                     "Tags: الصحافة, مهنة المتاعب"} <= chrome
    body = truth["body"]
    assert body.startswith("يبدأ زميلي يومه في السابعة صباحا محررا في موقع إخباري")
    assert body.endswith("وأن يعود إلى الشارع.") and body.count("\n\n") == 3
    assert "بقلم" not in body and "«الميدان»" not in body

    # page 3: newest entry (no Next Entry), bold phrase, inline link, Location/Mood, 3 comments
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "Mar. 9th, 2025"
    assert truth["published"] == "2025-03-09" and truth["author"] is None
    for mark in ('<span class="time">08:15 am</span>', "<b>ثلث المعدل السنوي</b>",
                 '<a href="https://www.jmd.gov.jo/" target="_blank" rel="nofollow">'
                 "دائرة الأرصاد الجوية</a>", '<div class="metadata bottom-metadata">',
                 '<span class="metadata-label metadata-label-mood">Mood: </span>',
                 '#comments">3 comments</a>', "2025-03-09 06:10 am (UTC)"):
        assert mark in html, mark
    assert '<li class="page-forward">' not in html and "ic.pics.livejournal.com" not in html
    assert CHROME | {"Mar. 9th, 2025", "08:15 am", "3 comments", "Location: المفرق، الأردن",
                     "Mood: worried", "Tags: المياه, المفرق, الجفاف", "hala_writes",
                     "mafraq_voice", "هل لديك أرقام عن عدد الصهاريج الحكومية الحالية؟",
                     "© 1999-2025 LiveJournal, Inc."} <= chrome
    assert "Next Entry" not in chrome
    body = truth["body"]
    assert body.startswith("عدت أمس من جولة استمرت يومين في قرى البادية الشمالية")
    assert body.endswith("قبل أن تستهلكه.") and body.count("\n\n") == 4
