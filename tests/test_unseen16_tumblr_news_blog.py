"""The traits the unseen16 family tumblr_news_blog is there for: an Iraqi neighbourhood-news blog
on Tumblr (custom domain, custom RTL theme) as Tumblr served its permalink pages in 2016-17:
Tumblr's prelude before the theme's doctype, its OpenGraph/Twitter blocks (`tumblr-feed:entry`,
`al:ios`), `article.post.text` with the legacy {Body} (`figure.tmblr-full`, `t.umblr.com`
links, an `<h2>`, a `<small>` caption, blogger-typed "اقرأ أيضا:" lists, a "كتب:" byline), the
theme's English Tumblr date ("March 14th, 2016") with a UTC `data-timestamp`, `#tag` links,
Tumblr's notes list, a reblog trail on page 3 and the `tumblr_controls` iframe."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "tumblr_news_blog"
HOST = "https://akhbar-alandalus.example"
COMMON = ('<!DOCTYPE html>\n<script>var __pbpa = true;</script>',
          "/assets/scripts/pre_tumblelog.js?_v=",
          '</script>\n<!DOCTYPE html>\n<html lang="ar" dir="rtl">',
          '<meta name="tumblr-theme" content="41326" />',
          '<link rel="alternate" href="android-app://com.tumblr/tumblr/x-callback-url/blog?blogName'
          '=akhbar-alandalus&amp;postID=',
          "<!-- BEGIN TUMBLR FACEBOOK OPENGRAPH TAGS -->",
          '<meta property="og:type" content="tumblr-feed:entry" />',
          '<meta property="al:ios:app_store_id" content="305343404" />',
          '<meta property="al:ios:url" content="tumblr://x-callback-url/blog?blogName=akhbar-alandalus',
          '<!-- TWITTER TAGS --><meta charset="utf-8"><meta name="twitter:site" '
          'content="tumblr" />',
          '<header id="top">', '<h1 class="blog-title"><a href="/">أخبار حي الأندلس</a></h1>',
          '<h2 class="title"><a href="' + HOST + '/post/', '<div class="body">',
          '<footer class="post-footer">', '<a class="notecount" href="',
          '<div class="like_button" data-post-id="', 'class="reblog_button"',
          '<ol class="notes"><!-- START NOTES --><li class="note like tumblelog_',
          'class="tumblelog" title="', "<!-- END NOTES --></ol>", '<aside id="sidebar">',
          "<!-- BEGIN TUMBLR CODE --><iframe scrolling=\"no\"", 'id="ga_target"></iframe>',
          "https://www.tumblr.com/impixu?T=1487052000&J=",
          '<iframe id="tumblr_controls" class="tumblr_controls" width="1" height="1"',
          "/assets/html/iframe/o.html?_v=", "&amp;lang=en_US&amp;name=akhbar-alandalus",
          "<!-- END TUMBLR CODE -->")
CHROME = {"أخبار حي الأندلس", "البصرة – أخبار الحي كما يرويها أهله", "الرئيسية", "أرسل خبرك",
          "الأرشيف", "شارك:", "واتساب", "التفاعلات", "منشور أقدم", "عن المدونة", "أرقام تهمك",
          "الشرطة: 104", "#الكهرباء", "Powered by Tumblr", "© 2014–2017 أخبار حي الأندلس",
          "تصفح حسب الموضوع"}
TRAIL = '<div class="reblog-header">'


def _check(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    assert "application/ld+json" not in html and "article:published_time" not in html
    return html, truth, set(truth["must_not_contain"])


def test_unseen16_traits_tumblr_news_blog() -> None:
    html, truth, chrome = _check(1)
    assert truth["published_shown"] == "March 14th, 2016"
    assert truth["published"] == "2016-03-14" and truth["author"] == "مرتضى الساعدي"
    for mark in ('<article class="post text" id="post-141062583710" data-post-id="141062583710">',
                 '<div class="body"><p><b>كتب: مرتضى الساعدي</b></p><figure class="tmblr-full" '
                 'data-orig-height="720" data-orig-width="1280"><img src="https://67.media.tumblr'
                 '.com/d3f1a8c29b0e47a6b1c2f5e4a9d80c17/tumblr_inline_o43xkz8Q1r1uqh7fv_540.jpg"',
                 "أن <b>المرحلة الثانية</b> ستشمل", "</p><p><b>اقرأ أيضا:</b></p><ul><li><a href=",
                 'data-timestamp="1457940300">March 14th, 2016</a>',
                 '<span class="time">10:25am</span>', '#notes">6 notes</a>',
                 '<a href="/tagged/%D8%AD%D8%AF%D9%8A%D9%82%D8%A9-%D8%A7%D9%84%D8%AD%D9%8A">'
                 "#حديقة الحي</a>",
                 '<li class="note reblog tumblelog_shatt-alarab-voices with_commentary">',
                 'title="View post">مبادرة تستحق الدعم، عاشت أيديكم يا شباب</a></blockquote>',
                 '<meta name="twitter:card" content="summary_large_image" />'):
        assert mark in html, mark
    assert TRAIL not in html and "<small>" not in html and "<h2>" not in html
    assert CHROME | {"March 14th, 2016", "10:25am", "6 notes", "كتب: مرتضى الساعدي",
                     "اقرأ أيضا:", "#حديقة الحي", "basra-daily-photos liked this",
                     "shatt-alarab-voices reblogged this from akhbar-alandalus and added:",
                     "مبادرة تستحق الدعم، عاشت أيديكم يا شباب", "akhbar-alandalus posted this",
                     "صور: يوم عمل جماعي لتنظيف ساحة كرة القدم"} <= chrome
    body = truth["body"]
    assert body.startswith("أنهى نحو ستين متطوعا من شباب حي الأندلس")
    assert body.endswith("بإعداد الفطور للمشاركين بالتناوب.") and body.count("\n\n") == 5
    assert "كتب:" not in body and "اقرأ أيضا" not in body

    html, truth, chrome = _check(2)
    # posted 00:40 in Basra (+03:00): the UTC timestamp is 21:40 on the 20th; the page shows 21st
    assert truth["published_shown"] == "August 21st, 2016"
    assert truth["published"] == "2016-08-21" and truth["author"] is None
    for mark in ('data-timestamp="1471729200">August 21st, 2016</a>',
                 '<span class="time">12:40am</span>', '#notes">4 notes</a>',
                 '<div class="body"><figure class="tmblr-full" data-orig-height="683" '
                 'data-orig-width="1024">',
                 "</figure><p><small>عمال الشركة المنفذة يمدون أنابيب الشبكة الجديدة",
                 "<p>وذكرت <a href=\"https://t.umblr.com/redirect?z=https%3A%2F%2Fwater-basrah"
                 '.example%2F&amp;t=', ">مديرية ماء البصرة</a> في بيان",
                 "</p><h2>مواعيد القطع حسب الشوارع</h2><p>وبحسب البيان",
                 "أنه <b>مشمول بالعقد</b> ومن المقرر", "<p>اقرأ أيضا:</p><p>🔹 <a href=",
                 '<div class="source">المصدر: <a href="https://water-basrah.example/news/2016/08/20/'
                 'alandalus-network">water-basrah.example</a></div>'):
        assert mark in html, mark
    assert "كتب:" not in html and TRAIL not in html and "with_commentary" not in html
    assert CHROME | {"August 21st, 2016", "12:40am", "4 notes", "المصدر: water-basrah.example",
                     "عمال الشركة المنفذة يمدون أنابيب الشبكة الجديدة في الشارع الرابع مساء "
                     "السبت. تصوير: أخبار حي الأندلس", "اقرأ أيضا:",
                     "شكاوى من تغير لون ماء الإسالة في الشارع السابع",
                     "basrah-services-watch reblogged this from akhbar-alandalus"} <= chrome
    body = truth["body"]
    assert body.startswith("باشرت الشركة المنفذة لمشروع تأهيل شبكة الماء الصافي")
    assert body.endswith("قبل نهاية أيلول.") and body.count("\n\n") == 5
    assert "\n\nمواعيد القطع حسب الشوارع\n\n" in body and "تصوير" not in body

    html, truth, chrome = _check(3)
    assert truth["published_shown"] == "January 9th, 2017"
    # the reblog's own date; the writer is the root blog's title, printed as "منقول عن ..."
    assert truth["published"] == "2017-01-09" and truth["author"] == "زينب العبادي"
    for mark in ('<article class="post text reblog" id="post-155646201873"',
                 '<div class="reblogged-from"><span>منقول عن</span> <a href="https://zainab-alabadi'
                 '.tumblr.com/">زينب العبادي</a></div>', '<div class="reblog-list">',
                 '<div class="reblog-header"><img class="reblog-avatar"',
                 '<a class="reblog-username" href="https://zainab-alabadi.tumblr.com/post/'
                 "155601447290/", '</a>:</div>\n              <div class="reblog-content"><p>افتتح',
                 '">akhbar-alandalus</a>:</div>\n              <div class="reblog-content"><p>ننقل',
                 'data-timestamp="1483974300">January 9th, 2017</a>',
                 '<span class="time">6:05pm</span>', '#notes">5 notes</a>',
                 'class="source_tumblelog" title="زينب العبادي">zainab-alabadi</a>',
                 '<meta name="twitter:card" content="summary" />'):
        assert mark in html, mark
    assert "tmblr-full" not in html and "اقرأ أيضا" not in html and 'class="source"' not in html
    assert CHROME | {"January 9th, 2017", "6:05pm", "5 notes", "منقول عن زينب العبادي",
                     "zainab-alabadi:", "akhbar-alandalus:", "zainab-alabadi posted this",
                     "akhbar-alandalus reblogged this from zainab-alabadi",
                     "ننقل الخبر عن مدونة جارتنا زينب، ومن عنده كتب فائضة في البيت فهذه فرصة "
                     "لإيصالها لمن يحتاجها."} <= chrome
    body = truth["body"]
    assert body.startswith("افتتح مركز شباب الأندلس، أمس الأحد، مكتبة صغيرة مجانية")
    assert body.endswith("من خريجات كلية التربية.") and body.count("\n\n") == 3
    assert "ننقل الخبر" not in body
