"""The unseen17 family hexo_next_blog: an Arabic tech/science blog built by Hexo 7.3 with the
NexT 8.18 Gemini theme. Every page carries NexT's head (generator meta, next-config JSON,
Hexo's open_graph with an empty og:locale and UTC published_time), the headband / column /
sidebar layout, the post-block microdata, post-meta-container times in +03:00, the
marked post-body, the reward box, post-copyright, "# tag" links, post-nav, the utterances
container and the "تطبيق الموقع Hexo & NexT.Gemini" footer."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "hexo_next_blog"
COMMON = ('<!DOCTYPE html>\n<html lang="ar">\n<head>',
          '<meta name="generator" content="Hexo 7.3.0">',
          '<link rel="stylesheet" href="/css/main.css">',
          '<script class="next-config" data-name="main" type="application/json">{"hostname":'
          '"mudawwanat-taqniya.example","root":"/","images":"/images","scheme":"Gemini"',
          '"version":"8.18.2"', '<script src="/js/config.js"></script>',
          '<meta property="og:type" content="article">', '<meta property="og:locale">\n',
          '<script class="next-config" data-name="page" type="application/json">{"sidebar":"",'
          '"isHome":false,"isPost":true,"lang":"ar"',
          '<link rel="alternate" href="/atom.xml" title="مدوّنات تقنية" '
          'type="application/atom+xml">',
          '<body itemscope itemtype="http://schema.org/WebPage" class="use-motion">\n'
          '  <div class="headband"></div>', '<main class="main">\n    <div class="column">',
          '<header class="header" itemscope itemtype="http://schema.org/WPHeader">',
          '<li class="menu-item menu-item-home"><a href="/" rel="section"><i class="fa fa-home '
          'fa-fw"></i>Home</a></li>', '<div class="toggle sidebar-toggle" role="button">',
          '<div class="site-overview-wrap sidebar-panel">', '<nav class="site-state">',
          '<div class="main-inner post posts-expand">', '<div class="post-block">',
          '<article itemscope itemtype="http://schema.org/Article" class="post-content" '
          'lang="ar">\n    <link itemprop="mainEntityOfPage" href="https://mudawwanat-taqniya.'
          'example/posts/', '<span hidden itemprop="author" itemscope '
          'itemtype="http://schema.org/Person">',
          '<meta itemprop="name" content="فريق مدوّنات تقنية">',
          '<h1 class="post-title rtl" itemprop="name headline">',
          '<div class="post-meta-container">\n          <div class="post-meta">',
          '<span class="post-meta-item-text">نُشر في</span>',
          '<span class="post-meta-item-text">عدد الحروف في المقال: </span>',
          '<span class="post-meta-item-text">زمن القراءة &asymp;</span>',
          '<div class="post-body rtl" itemprop="articleBody"><p>',
          '<ul class="popular-posts">', '<div class="reward-container">',
          '<div class="post-copyright">', '<li class="post-copyright-license">\n      <strong>'
          'حقوق الملكية: </strong>حميع المقالات', '<div class="post-tags">',
          '<div class="post-nav">', '<div class="comments utterances-container"></div>',
          '<div class="powered-by">تطبيق الموقع <a href="https://hexo.io/"',
          '<div class="noscript-warning">Theme NexT works best with JavaScript enabled</div>',
          '<script src="/js/third-party/comments/utterances.js"></script>')
CHROME = {"مدوّنات تقنية", "أخبار التقنية والعلوم بالعربية", "Home", "التصنيفات", "الوسوم",
          "الأرشيفات", "معلومات بحث", "المحتويات عام", "فريق مدوّنات تقنية", "148 المقالات",
          "213 الوسوم", "GitHub", "Telegram", "مواقع صديقة", "مقالات مشابهة",
          "هل أفادك المقال؟ ادعم استمرار المدوّنة بما تستطيع", "تبرّع", "PayPal",
          "حقوق الملكية: حميع المقالات في هذه المدوّنة منشورة تحت رخصة BY-NC-SA إلا عند "
          "التنويه بخلافه.", "مرحباً بك حيثُ أنشر أيضاً", "© 2019 – 2025 فريق مدوّنات تقنية",
          "مُجمل عدد الحروف: 596k", "تطبيق الموقع Hexo & NexT.Gemini", "0%",
          "Theme NexT works best with JavaScript enabled"}


def test_unseen17_traits_hexo_next_blog() -> None:
    html, truth = _page(NAME, 1)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    assert truth["published_shown"] == "2024-05-12"
    assert truth["published"] == "2024-05-12" and truth["author"] == "ريم العتيبي"
    for mark in ('<time title="أُنشأ: 2024-05-12 10:30:00" itemprop="dateCreated datePublished" '
                 'datetime="2024-05-12T10:30:00+03:00">2024-05-12</time>',
                 '<span class="post-meta-item-text">عُدل في</span>\n      <time title="عُدل: '
                 '2024-05-13 09:10:00" itemprop="dateModified" '
                 'datetime="2024-05-13T09:10:00+03:00">2024-05-13</time>',
                 '<meta property="article:published_time" content="2024-05-12T07:30:00.000Z">',
                 '<div class="sidebar-inner sidebar-nav-active sidebar-toc-active">',
                 '<div class="post-toc animated"><ol class="nav"><li class="nav-item nav-level-2">'
                 '<a class="nav-link" href="#%D9%84%D9%85%D8%A7%D8%B0%D8%A7-',
                 '<span class="nav-number">2.</span> <span class="nav-text">الأداء والقيود</span>',
                 '<h2 id="لماذا-اللهجات؟"><a href="#لماذا-اللهجات؟" class="headerlink" '
                 'title="لماذا اللهجات؟"></a>لماذا اللهجات؟</h2>',
                 '<figure><img src="/posts/38127/samar-lab.jpg" alt="أعضاء فريق البحث',
                 '<figcaption>أعضاء فريق البحث خلال اختبار النموذج',
                 "<blockquote>\n<p>أردنا نموذجا يفهم الناس",
                 '<meta property="og:image" content="https://mudawwanat-taqniya.example/posts/'
                 '38127/samar-lab.jpg">',
                 "<strong>Written by: </strong>ريم العتيبي",
                 '<a href="/tags/%D9%86%D9%85%D8%A7%D8%B0%D8%AC-%D9%84%D8%BA%D9%88%D9%8A%D8%A9/" '
                 'rel="tag"># نماذج لغوية</a>'):
        assert mark in html, mark
    assert "highlight" not in html and "مؤلف المقال" not in html
    assert CHROME | {"1. لماذا اللهجات؟", "2. الأداء والقيود", "نُشر في 2024-05-12",
                     "عُدل في 2024-05-13", "في ذكاء اصطناعي", "عدد الحروف في المقال: 1.5k",
                     "زمن القراءة ≈ 2 دقائق.", "Written by: ريم العتيبي", "# نماذج لغوية",
                     "أعضاء فريق البحث خلال اختبار النموذج في مختبر الحوسبة بالمعهد (الصورة: "
                     "معهد نجد للحوسبة)", "2024-05-03",
                     "رابط المقال: https://mudawwanat-taqniya.example/posts/38127/",
                     "أداة جديدة من غوغل تترجم لغة الإشارة إلى نص مكتوب"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلن فريق بحثي في معهد نجد للحوسبة بالرياض إطلاق نموذج لغوي")
    assert body.endswith("ليتمكن الباحثون من مراجعة النتائج بشكل مستقل.")
    assert body.count("\n\n") == 8 and "\n\nلماذا اللهجات؟\n\n" in body
    assert "\n\nأردنا نموذجا يفهم الناس" in body and "الصورة" not in body

    html, truth = _page(NAME, 2)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    # posted at 00:40 Riyadh time: the UTC machine dates say 2 September, the reader sees 3
    assert truth["published_shown"] == "2024-09-03"
    assert truth["published"] == "2024-09-03" and truth["author"] is None
    for mark in ('<time title="أُنشأ: 2024-09-03 00:40:00 / عُدل: 08:15:00" itemprop="dateCreated '
                 'datePublished" datetime="2024-09-03T00:40:00+03:00">2024-09-03</time>',
                 '<meta property="article:published_time" content="2024-09-02T21:40:00.000Z">',
                 '<meta property="article:modified_time" content="2024-09-03T05:15:00.000Z">',
                 '<span class="nav-number">1.</span> <span class="nav-text">ما الذي يجب فعله؟',
                 '<h2 id="ما-الذي-يجب-فعله؟"><a href="#ما-الذي-يجب-فعله؟" class="headerlink"',
                 'وأكدت الشركة في <a target="_blank" rel="noopener" href="https://wasl-app.example/'
                 'security/2024-09">نشرة أمنية</a> على موقعها أن الإصدار <strong>4.12.3</strong>',
                 "<strong>مؤلف المقال: </strong>فريق مدوّنات تقنية"):
        assert mark in html, mark
    assert "dateModified" not in html and "<figure" not in html and "<blockquote>" not in html
    assert "Written by" not in html and "og:image" not in html
    assert CHROME | {"1. ما الذي يجب فعله؟", "نُشر في 2024-09-03", "في أمن المعلومات",
                     "عدد الحروف في المقال: 774", "زمن القراءة ≈ 1 دقائق.",
                     "مؤلف المقال: فريق مدوّنات تقنية", "# تطبيقات المراسلة", "2024-08-25",
                     "ما هي ثغرات النقر الصفري ولماذا يصعب اكتشافها؟",
                     "إطلاق أول قمر صناعي طلابي لرصد الغبار في شبه الجزيرة العربية"} <= chrome
    assert not any(line.startswith("عُدل في") for line in chrome)
    body = truth["body"]
    assert body.startswith("طرحت الشركة المطورة لتطبيق المراسلة «وصل» تحديثا أمنيا عاجلا")
    assert body.endswith("من أرقام مجهولة حتى بعد التحديث.") and body.count("\n\n") == 4
    assert "\n\nما الذي يجب فعله؟\n\n" in body

    html, truth = _page(NAME, 3)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    assert truth["published_shown"] == "2025-02-18"
    assert truth["published"] == "2025-02-18" and truth["author"] is None
    for mark in ('<time title="أُنشأ: 2025-02-18 16:15:00" itemprop="dateCreated datePublished" '
                 'datetime="2025-02-18T16:15:00+03:00">2025-02-18</time>',
                 '<meta property="article:published_time" content="2025-02-18T13:15:00.000Z">',
                 '<div class="sidebar-inner sidebar-overview-active">',
                 '<div class="post-toc-wrap sidebar-panel">\n        </div>',
                 '<figure class="highlight bash"><table><tr><td class="gutter"><pre><span '
                 'class="line">1</span><br></pre></td><td class="code"><pre><span class="line">'
                 '<span class="built_in">sudo</span> apt update &amp;&amp; ',
                 'في <a target="_blank" rel="noopener" href="https://www.mozilla.org/ar/security/'
                 'advisories/mfsa2025-12/">صفحة النشرات الأمنية</a> الخاصة بها'):
        assert mark in html, mark
    assert "<h2" not in html and "post-toc animated" not in html and "dateModified" not in html
    assert CHROME | {"نُشر في 2025-02-18", "في برمجيات", "عدد الحروف في المقال: 992",
                     "# فايرفوكس", "2025-02-09", "كروم يغلق ثغرة يوم الصفر الثالثة منذ بداية العام",
                     "لينكس في المدارس: تجربة توزيعة عربية للطلاب"} <= chrome
    body = truth["body"]
    assert body.startswith("أطلقت مؤسسة موزيلا تحديثا طارئا لمتصفح فايرفوكس يعالج ثغرتين")
    assert body.endswith("بوصفها بوابة سهلة إلى أجهزة المستخدمين.") and body.count("\n\n") == 5
    assert "\n\nsudo apt update && sudo apt install --only-upgrade firefox\n\n" in body
