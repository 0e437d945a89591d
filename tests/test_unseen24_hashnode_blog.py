"""Traits of the hashnode_blog family (unseen24): an Arabic developers' team blog on Hashnode
(Next.js SSR with `__NEXT_DATA__`): English Hashnode UI around Arabic posts, the post header
with author and the dayjs "MMM D, YYYY" date printed in UTC, `#post-content-wrapper` prose, the
newsletter standout, tag pills, "Written by", comments, "More articles" and the Hashnode
footer."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "hashnode_blog"
HOST = "https://hashnode-dev-ar.example"
PUB = "نشرة المطوّر العربي"
COMMON = ('<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
          '<meta property="twitter:card" content="summary_large_image"/>',
          '<script type="application/ld+json">{"@context": "https://schema.org/", "@type": "Blog"',
          '"@type": "BlogPosting"', "/_next/static/chunks/pages/%5Bslug%5D-",
          '<div id="__next"><header class="blog-header z-50 w-full border-b',
          'aria-label="Back to blog home"', '<main class="blog-post-detail-card pb-24">',
          '<h1 class="leading-snug" data-query="post-title">',
          '<a href="/" class="tooltip-handle text-slate-700 dark:text-slate-400" data-title="',
          '<div id="post-content-parent" class="relative mb-10 pb-14"><div id="post-content-'
          'wrapper" class="prose prose-lg mx-auto mb-10 min-h-30 break-words dark:prose-dark '
          'xl:prose-xl"><p>', 'class="post-floating-bar fixed',
          "Subscribe to <!-- -->our<!-- --> newsletter</h3>", f"Read articles from <strong>{PUB}"
          "</strong> directly inside your inbox.", 'placeholder="Enter your email address"',
          "?source=tags_bottom_blogs\"><span>", "Written by</h3>",
          '<div class="blog-more-articles mt-10 mb-20">', "blog-similar-article-wrapper",
          '<footer class="blog-footer-area', "- Home for tech writers and readers</p>",
          '<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":',
          '"page":"/[slug]"')
CHROME = {PUB, "Sign up", "Subscribe to our newsletter", "Subscribe", "Written by",
          "More articles", "Privacy policy", "Terms", "Publish with Hashnode",
          "Powered by Hashnode - Home for tech writers and readers", "©2025 " + PUB,
          f"Read articles from {PUB} directly inside your inbox. Subscribe to the newsletter, "
          "and don't miss out."}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen24_traits_hashnode_blog() -> None:
    # page 1: cover, bold, inline link, an <h2> paragraph, an image with the author's italic
    # caption, two comments
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "Apr 16, 2024"
    assert truth["published"] == "2024-04-16" and truth["author"] == "عمر الشريف"
    for mark in (f"<title>{truth['title']}</title>", '"datePublished": "2024-04-16T09:40:00.214Z"',
                 'data-nimg="responsive" class="mb-0 block w-full"',
                 'data-title="Apr 16, 2024 09:40"><span>Apr 16, 2024</span></a>',
                 "<span>2<!-- --> min read</span>", "<strong>أكثر من 240 صفحة</strong>",
                 '<a target="_blank" href="https://github.com/vuejs-translations/docs-ar">',
                 '<h2 id="heading-كيف-أنجزت-الترجمة">كيف أنجزت الترجمة؟</h2>',
                 'class="image--center mx-auto" /></p>\n<p><em>لقطة من صفحة',
                 "Comments (<!-- -->2<!-- -->)</h3>", ">3 likes</a>",
                 f'<link rel="canonical" href="{HOST}/vue-docs-arabic-translation-complete"/>'):
        assert mark in html, mark
    assert "embed-wrapper" not in html
    assert CHROME | {"عمر الشريف", "Apr 16, 2024", "2 min read", "Frontend Development",
                     "Open Source", "Arabic", "Comments (2)", "Discuss on Hashnode",
                     "Hamza Idrissi", "Apr 17, 2024", "3 likes", "Nour El-Din", "Apr 18, 2024",
                     "لقطة من صفحة «البداية السريعة» في النسخة العربية من التوثيق بعد إطلاقها",
                     "كيف تبدأ المساهمة في مشروع مفتوح المصدر دون خبرة سابقة؟", "ليلى حداد",
                     "مهندس برمجيات في القاهرة، أكتب عن الويب والمصادر المفتوحة ومجتمعات "
                     "المطورين."} <= chrome
    body = truth["body"]
    assert body.startswith("أعلن فريق الترجمة العربية لتوثيق إطار Vue.js مساء الاثنين")
    assert body.endswith("إلى الانضمام عبر صفحة المساهمة في المستودع.")
    assert body.count("\n\n") == 6 and "\n\nكيف أنجزت الترجمة؟\n\n" in body
    assert "لقطة" not in body and "Subscribe" not in body

    # page 2: posted 22:50 UTC (01:50 next day in Amman): the page prints the UTC day; no
    # cover, no comments, two "More articles" cards
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "Nov 30, 2024"
    assert truth["published"] == "2024-11-30" and truth["author"] == "ليلى حداد"
    for mark in ('"publishedAt":"2024-11-30T22:50:00.214Z"',
                 'data-title="Nov 30, 2024 22:50"><span>Nov 30, 2024</span></a>',
                 "<span>1<!-- --> min read</span>", '"coverImage":null',
                 'href="https://hashnode.com/@laylahaddad"'):
        assert mark in html, mark
    for absent in ('data-nimg="responsive"', "Comments (", "<h2 id=", "<em>"):
        assert absent not in html, absent
    assert html.count("blog-similar-article-wrapper") == 2 and html.count("<strong>") == 1
    assert CHROME | {"ليلى حداد", "Nov 30, 2024", "1 min read", "Hackathon", "AI", "Jordan",
                     "ماذا تعلمت من المشاركة في ثلاثة هاكاثونات خلال عام واحد",
                     "نماذج اللغة الصغيرة على الأجهزة المحمولة: تجربة عملية"} <= chrome
    body = truth["body"]
    assert body.startswith('فاز فريق "قطرة" المكون من أربعة طلاب')
    assert body.endswith("محاضر الاجتماعات المسجلة باللهجة الأردنية.") and body.count("\n\n") == 3

    # page 3: cover, a subtitle h2, a Hashnode embed card between paragraphs, one comment
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "Feb 8, 2025"
    assert truth["published"] == "2025-02-08" and truth["author"] == "عمر الشريف"
    embed = "https://www.youtube.com/watch?v=Xq7LmB2vR4k"
    for mark in ('<h2 class="text-2xl leading-snug text-slate-700 dark:text-slate-400 md:text-3xl '
                 'xl:text-3xl">قصة مشروع بدأ تطوعيا خلال الجائحة وتحول إلى خدمة عامة</h2>',
                 'data-nimg="responsive"', '<div class="embed-wrapper"><div class="embed-loading">',
                 f'<a class="embed-card" href="{embed}">{embed}</a>',
                 "Comments (<!-- -->1<!-- -->)</h3>", ">4 likes</a>"):
        assert mark in html, mark
    assert html.index("بنحو الثلث.</p>") < html.index("embed-wrapper") \
        < html.index("<p>وبنيت المنصة")
    assert CHROME | {"Feb 8, 2025", "1 min read", "Healthtech", "Web Development", embed,
                     "قصة مشروع بدأ تطوعيا خلال الجائحة وتحول إلى خدمة عامة", "Sami Ben Amor",
                     "Feb 10, 2025", "4 likes", "Comments (1)",
                     "لماذا تختار بعض الحكومات البرمجيات المفتوحة المصدر؟"} <= chrome
    body = truth["body"]
    assert body.startswith('تجاوز عدد مستخدمي منصة "موعدي"')
    assert body.endswith("إلى جانب الحجز المباشر.") and body.count("\n\n") == 4
    assert "youtube" not in body and "قصة مشروع" not in body
