"""Traits of the held-out Flarum discussion family (unseen24): the page marks it is there for,
the truth's dates and author, key chrome lines and how each body starts and ends."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "flarum_discussion"
HOST = "https://flarum-forum-sy.example"
COMMON = ('<html  dir="rtl"        lang="ar" >',
          f'<link rel="stylesheet" href="{HOST}/assets/forum',
          '<meta property="og:type" content="article">', '"@type":"DiscussionForumPosting"',
          '<div id="app" class="App">', '<header id="header" class="App-header">',
          '<div id="flarum-loading" style="display: none">',
          '<noscript>\n    <div class="Alert">',
          '<div id="flarum-content" class="DiscussionPage-prepaint">',
          '<div class="DiscussionHero">', '<span class="TagsLabel"><a class="TagLabel colored"',
          '<ol class="PostStream" role="feed"',
          '<article class="Post CommentPost">', '<h3 class="PostUser-name">',
          '<div class="Post-body">', '<h2 class="DiscussionPage-repliesHeading">الردود</h2>',
          'class="PostMention"', '<footer class="App-footer" id="footer"></footer>',
          '<script id="flarum-json-payload" type="application/json">{"resources":',
          '"apiDocument":{"data":{"type":"discussions"', "flarum.core.app.boot();")
CHROME = {"منتدى سوريا اليوم", "يرجى ذكر مصدر الخبر عند النقل، والمواضيع المنقولة دون مصدر تحذف",
          "يُفضّل تصفح هذا الموقع في متصفح حديث مع تفعيل جافاسكريبت.", "الردود", "نقاشات ذات صلة",
          "من نحن", "قواعد المنتدى", "اتصل بنا"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    assert "<noscript id=\"flarum-content\">" not in html
    return html, truth, set(truth["must_not_contain"])


def test_unseen24_traits_flarum_discussion() -> None:
    # page 1: byline, uploaded photo with italic caption, source line, three replies
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "14 آذار 2024"
    assert truth["published"] == "2024-03-14" and truth["author"] == "رهف القاسم"
    for mark in ("<title>بدء ترميم خان الشونة في حلب القديمة بتمويل من تجار سوق المدينة - "
                 "منتدى سوريا اليوم</title>",
                 '<meta property="article:published_time" content="2024-03-14T09:25:00+00:00">',
                 '<time pubdate="" datetime="2024-03-14T09:25:00+00:00" title="الخميس، 14 آذار '
                 '2024 12:25" data-humantime="">14 آذار 2024</time>',
                 "<p>بقلم: رهف القاسم – صحيفة الشهباء</p>",
                 '<p><img src="' + HOST + "/assets/files/",
                 "<p><em>واجهة خان الشونة الجنوبية قبل بدء أعمال التدعيم</em></p>",
                 '<span class="DiscussionHero-replies">3 ردود</span>', "\\u003Cp\\u003E"):
        assert mark in html, mark
    assert CHROME | {"بقلم: رهف القاسم – صحيفة الشهباء", "المصدر: صحيفة الشهباء", "3 ردود",
                     "واجهة خان الشونة الجنوبية قبل بدء أعمال التدعيم", "أبو عمر الحلبي",
                     "14 آذار 2024", "15 آذار 2024", "أعجب بهذا ربا حداد و5 آخرين", "تراث",
                     "أبو عمر الحلبي شكرا على النقل، هل يوجد رابط لمخطط المشروع؟",
                     "عودة الحرفيين إلى سوق الصابون بعد سنوات من الإغلاق",
                     "© 2024 منتدى سوريا اليوم. جميع الحقوق محفوظة."} <= chrome
    body = truth["body"]
    assert body.startswith("بدأت ورشات مديرية آثار حلب صباح الأربعاء أعمال ترميم خان الشونة")
    assert body.endswith("بين باب أنطاكية والقلعة.") and body.count("\n\n") == 5
    assert "بقلم" not in body and "المصدر" not in body

    # page 2: posted at 01:30 Damascus time, the UTC instants are 5 August; inline link
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "6 آب 2024"
    assert truth["published"] == "2024-08-06" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2024-08-05T22:30:00+00:00">',
                 '"datePublished":"2024-08-05T22:30:00+00:00"',
                 'datetime="2024-08-05T22:30:00+00:00" title="الثلاثاء، 6 آب 2024 01:30"',
                 '"createdAt":"2024-08-05T22:30:00+00:00"',
                 'rel="ugc nofollow">الجدول الذي نشرته الشركة على صفحتها</a>',
                 '<span class="DiscussionHero-replies">ردّان</span>'):
        assert mark in html, mark
    assert "<img" not in html and "<em>" not in html and "المصدر:" not in html
    assert CHROME | {"6 آب 2024", "سمير الشامي", "ردّان", "أعجب بهذا مجد وشخص آخر",
                     "هل جرّب أحد الخطوط الجديدة؟ بانتظار تجاربكم بعد الأحد.",
                     "سمير الشامي خط جرمانا يحتاج ضعف هذا العدد، لكنها بداية.",
                     "© 2024 منتدى سوريا اليوم. جميع الحقوق محفوظة."} <= chrome
    body = truth["body"]
    assert body.startswith("أعلنت الشركة العامة للنقل الداخلي في دمشق وضع أربعين حافلة")
    assert body.endswith("ستفتح في المواقف الرئيسية.") and body.count("\n\n") == 4
    assert "بانتظار تجاربكم" not in body

    # page 3: November 2023, a subheading and bold words, four replies
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "20 تشرين الثاني 2023"
    assert truth["published"] == "2023-11-20" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2023-11-20T15:10:00+00:00">',
                 "<h3>مطالب الفلاحين</h3>", "<strong>كلفة نقل الصندوق الواحد</strong>",
                 '<span class="DiscussionHero-replies">4 ردود</span>',
                 'style="--tag-bg: #2F7D4F;"', "forum.css?v=7d0be514"):
        assert mark in html, mark
    assert "<img" not in html and "بقلم" not in html
    assert CHROME | {"20 تشرين الثاني 2023", "22 تشرين الثاني 2023", "أخبار الساحل", "اقتصاد",
                     "4 ردود", "المصدر: صحيفة الشهباء", "أعجب بهذا نور الدين و10 آخرين",
                     "نحتاج معمل العصائر منذ عشرين سنة.",
                     "© 2023 منتدى سوريا اليوم. جميع الحقوق محفوظة."} <= chrome
    body = truth["body"]
    assert body.startswith("افتتحت المؤسسة السورية للتجارة اليوم مراكز استلام الحمضيات")
    assert body.endswith("عبر مرفأ اللاذقية.") and body.count("\n\n") == 5
    assert "\n\nمطالب الفلاحين\n\n" in body and "المصدر" not in body
