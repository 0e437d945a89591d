"""The traits the unseen15 family jekyll_pages_blog is there for: a Jordanian journalist's Arabic
blog built by Jekyll with the minima theme on GitHub Pages: the h-entry `article.post` with
minima's English `time.dt-published` ("May 12, 2024") on an RTL page, kramdown's body (GFM
heading ids in Arabic, a blockquote, a footnote, an image whose caption is an `<em>` line in the
same paragraph), the jekyll-seo-tag block and JSON-LD, Disqus, a related list and the h-card
footer naming the blogger, who writes pages 2 and 3 without a byline."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "jekyll_pages_blog"
COMMON = ('<html lang="ar" dir="rtl"><head>',
          'initial-scale=1"><!-- Begin Jekyll SEO tag v2.8.0 -->',
          '<meta name="generator" content="Jekyll v3.10.0" />',
          '<meta property="og:locale" content="ar_JO" />',
          '<meta property="og:type" content="article" />', "<!-- End Jekyll SEO tag -->",
          '{"@context":"https://schema.org","@type":"BlogPosting","author":{"@type":"Person"',
          '<link id="main-stylesheet" rel="stylesheet" href="/assets/css/style.css">',
          '<link type="application/atom+xml" rel="alternate" '
          'href="https://mudawwanat-sahafi.example/feed.xml"',
          '<body><header class="site-header">',
          '<a class="site-title" rel="author" href="/">دفتر عمّان</a><nav class="site-nav">',
          '<input type="checkbox" id="nav-trigger" class="nav-trigger" />',
          '<div class="trigger"><a class="page-link" href="/about/">عن المدونة</a>',
          '<main class="page-content" aria-label="Content">',
          '<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">',
          '<header class="post-header">',
          '<h1 class="post-title p-name" itemprop="name headline">', '<p class="post-meta">',
          '<div class="post-content e-content" itemprop="articleBody">',
          '<aside class="related-posts">', '<footer class="site-footer h-card">',
          '<p class="feed-subscribe">', "</svg><span>Subscribe</span>",
          '<li class="p-name">يزن الخوالدة</li>', 'class="u-email"',
          '<ul class="social-media-list"><li>', 'minima-social-icons.svg#twitter')
CHROME = {"دفتر عمّان", "عن المدونة", "الأرشيف", "تواصل معي", "قد يهمك أيضا", "Subscribe",
          "يزن الخوالدة", "yazan@mudawwanat-sahafi.example",
          "مدونة صحفية مستقلة عن الشأن الأردني: المياه والمدينة والإعلام والحقوق، بتقارير "
          "ميدانية وأرقام موثقة بعيدا عن العناوين السريعة."}
DISQUS = "Please enable JavaScript to view the comments powered by Disqus."


def test_unseen15_traits_jekyll_pages_blog() -> None:
    html, truth = _page(NAME, 1)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    assert truth["published_shown"] == "May 12, 2024"
    assert truth["published"] == "2024-05-12" and truth["author"] == "ديما الحياري"
    for mark in ('<time class="dt-published" datetime="2024-05-12T09:15:00+03:00" '
                 'itemprop="datePublished">\n        May 12, 2024\n      </time>• ',
                 '<span class="p-author h-card" itemprop="name">ديما الحياري</span></span></p>',
                 '<meta name="author" content="ديما الحياري" />',
                 '<meta name="twitter:creator" content="@ديما الحياري" />',
                 '<h2 id="ضخ-يفوق-التغذية">ضخ يفوق التغذية</h2>',
                 '<h2 id="ما-الذي-تقترحه-الوزارة">ما الذي تقترحه الوزارة؟</h2>',
                 "<blockquote>\n  <p>«كنا نزرع الشعير",
                 'واحد.<sup id="fnref:1" role="doc-noteref"><a href="#fn:1" class="footnote"',
                 '<div class="footnotes" role="doc-endnotes">',
                 'class="reversefootnote" role="doc-backlink">&#8617;</a></p>',
                 '</div><div id="disqus_thread"></div>',
                 "s.src = 'https://daftar-amman.disqus.com/embed.js';",
                 '</noscript><a class="u-url" href="/2024/05/12/azraq-basin-groundwater.html" '
                 "hidden></a>"):
        assert mark in html, mark
    assert CHROME | {"May 12, 2024", "ديما الحياري", DISQUS, "Apr 28, 2024",
                     "ناقل البحرين بعد عشر سنوات: مشروع على الورق"} <= chrome
    body = truth["body"]
    assert body.startswith("في مزرعته شرق بلدة الأزرق، يحفظ أبو خالد العظامات")
    assert body.endswith("في المنطقة الشرقية.") and body.count("\n\n") == 8
    assert "\n\nضخ يفوق التغذية\n\n" in body and "\n\nما الذي تقترحه الوزارة؟\n\n" in body
    assert "\n\nبحسب تقديرات الاستراتيجية الوطنية للمياه" in body  # the footnote, last

    html, truth = _page(NAME, 2)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    # posted at 00:45 Amman time: 21:45 UTC on the 8th, but the page only says +03:00 and 9 July
    assert truth["published_shown"] == "Jul 9, 2024"
    assert truth["published"] == "2024-07-09" and truth["author"] == "يزن الخوالدة"
    assert ('datetime="2024-07-09T00:45:00+03:00" itemprop="datePublished">\n        Jul 9, 2024'
            "\n      </time></p>") in html
    assert "p-author" not in html and "disqus" not in html and "footnotes" not in html
    for mark in ('<meta name="author" content="يزن الخوالدة" />',
                 '<meta property="article:published_time" content="2024-07-09T00:45:00+03:00" />',
                 '<meta name="twitter:card" content="summary_large_image" />',
                 '"image":"https://mudawwanat-sahafi.example/assets/img/2024/brt-ras-al-ain-night.jpg"',
                 '<p><img src="/assets/img/2024/brt-ras-al-ain-night.jpg" alt="حافلة الباص سريع '
                 'التردد ليلا" />\n<em>حافلة للباص سريع التردد في محطة رأس العين',
                 '</div><a class="u-url" href="/2024/07/09/brt-night-service.html" hidden></a>'):
        assert mark in html, mark
    assert CHROME | {"Jul 9, 2024", "Jun 25, 2024", "موازنة أمانة عمّان بالأرقام",
                     "حافلة للباص سريع التردد في محطة رأس العين وسط عمّان. تصوير: يزن الخوالدة"
                     } <= chrome
    assert DISQUS not in chrome
    body = truth["body"]
    assert body.startswith("بدأ الباص سريع التردد بين عمّان والزرقاء هذا الأسبوع")
    assert body.endswith("تصل إلى داخل الأحياء.") and body.count("\n\n") == 3
    assert "تصوير" not in body

    html, truth = _page(NAME, 3)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    assert truth["published_shown"] == "Oct 2, 2024"
    assert truth["published"] == "2024-10-02" and truth["author"] == "يزن الخوالدة"
    assert "p-author" not in html and "<img" not in html
    for mark in ('\n        Oct 2, 2024\n      </time>~<time class="dt-modified" '
                 'datetime="2024-10-04T11:20:00+03:00" itemprop="dateModified">',
                 '"dateModified":"2024-10-02T18:30:00+03:00"',
                 "وقال <strong>ثلاثة من كل أربعة</strong> إنهم",
                 '<a href="https://www.ssc.gov.jo/">صفحة الاشتراك الاختياري</a>',
                 "<hr />\n\n<p><strong>تحديث:</strong> بعد نشر التدوينة",
                 '<div id="disqus_thread"></div>',
                 '<meta name="twitter:card" content="summary" />'):
        assert mark in html, mark
    assert CHROME | {"Oct 2, 2024", "Oct 4, 2024", DISQUS, "Sep 18, 2024",
                     "كيف تسعّر عملك صحفيا مستقلا؟"} <= chrome
    body = truth["body"]
    assert body.startswith("يعمل عدد متزايد من الصحفيين الأردنيين اليوم بالقطعة")
    assert body.endswith("دون أن تحدد موعدا لإقراره.") and body.count("\n\n") == 5
    assert "\n\nتحديث: بعد نشر التدوينة" in body
