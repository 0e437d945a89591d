"""The traits the unseen16 family astro_outlet is there for: a Moroccan independent outlet built
as a static Astro v4 site over Sanity: the generator meta, `/_astro/` hashed assets, bare
`data-astro-cid-*` scope attributes, three Preact `<astro-island>`s (share bar, most read,
newsletter) with serialized props and SSR HTML, Portable Text prose in `div.prose` (a Sanity
figure, a Datawrapper embed, an "اقرأ أيضاً" card), UTC `<time datetime>` shown as the local
day with Moroccan month names, the author card, tags and related cards."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "astro_outlet"
COMMON = ('<!DOCTYPE html><html lang="ar" dir="rtl" data-astro-cid-u4r7kq2m> <head>',
          '<meta name="generator" content="Astro v4.16.18">',
          '<meta property="og:locale" content="ar_MA">',
          '<meta name="astro-view-transitions-enabled" content="true">',
          'document.addEventListener("astro:page-load"',
          '<link rel="stylesheet" href="/_astro/_slug_.C4mTq1Zr.css"><style>',
          '.byline[data-astro-cid-ao3e9ufy]{display:flex',
          '<script type="module" src="/_astro/hoisted.Bk2x9LwQ.js"></script></head>',
          '<link rel="sitemap" href="/sitemap-index.xml">',
          '{"@context":"https://schema.org","@type":"NewsArticle"',
          '<header class="site-header" data-astro-cid-x2jf8npa>',
          '<span class="logo__name" data-astro-cid-x2jf8npa>مستقل</span>',
          '<nav class="breadcrumbs" aria-label="مسار التصفح" data-astro-cid-m1gk5sxc>',
          '<h1 class="article-title" data-astro-cid-t6hq0vzl '
          'data-astro-transition-scope="astro-5v2qmr8d-1">',
          '(self.Astro||(self.Astro={})).visible=l;',
          'customElements.get("astro-island")||customElements.define("astro-island",y)',
          '<astro-island uid="Z1dQk8v" prefix="r0" component-url="/_astro/ShareBar.C8r2LmQx.js" '
          'component-export="default" renderer-url="/_astro/client.BvR5aH3L.js" '
          'props="{&quot;title&quot;:[0,&quot;',
          'ssr client="visible" opts="{&quot;name&quot;:&quot;ShareBar&quot;,'
          '&quot;value&quot;:true}" '
          'await-children><div class="share-bar"><span class="share-bar__label">شارك المقال</span>',
          '<span>نسخ الرابط</span></button></div><!--astro:end--></astro-island> '
          '<div class="prose" data-astro-cid-t6hq0vzl><p>',
          'component-url="/_astro/MostRead.Dx4pWq7n.js"',
          '&quot;items&quot;:[1,[[0,{&quot;title&quot;:[0,&quot;',
          '<section class="most-read"><h2 class="most-read__title">الأكثر قراءة</h2>',
          '(self.Astro||(self.Astro={})).idle=l;',
          'client="idle" opts="{&quot;name&quot;:&quot;Newsletter&quot;,&quot;value&quot;:true}"',
          '<div class="tags" data-astro-cid-h8ls4ydv>', '<section class="author-card" '
          'data-astro-cid-k7pd2wnr>', '<article class="card" data-astro-cid-e5zv8cqh> <a href="/',
          '<footer class="site-footer" data-astro-cid-d9w3tb1e>')
CHROME = {"مستقل", "صحافة مستقلة من المغرب", "انتقل إلى المحتوى", "ادعم مستقل", "الرئيسية",
          "سياسة", "تحقيقات", "بودكاست", "شارك المقال", "فيسبوك", "واتساب", "نسخ الرابط",
          "الأكثر قراءة", "نشرة مستقل الأسبوعية", "اشترك", "وسوم المقال", "ادعمنا الآن",
          "مقالات ذات صلة", "ميثاق التحرير", "© 2019–2025 مستقل",
          "المحتوى منشور برخصة المشاع الإبداعي (CC BY-NC 4.0) ما لم يُذكر خلاف ذلك."}
READ_ALSO = '<span class="read-also__label" data-astro-cid-q3m8fz2k>اقرأ أيضاً</span>'


def test_unseen16_traits_astro_outlet() -> None:
    html, truth = _page(NAME, 1)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    assert truth["published_shown"] == "12 ماي 2024"
    assert truth["published"] == "2024-05-12" and truth["author"] == "سلمى بنعيسى"
    for mark in ('<time datetime="2024-05-12T07:00:00.000Z" data-astro-cid-ao3e9ufy>12 ماي 2024'
                 '</time>',
                 '<meta property="article:published_time" content="2024-05-12T07:00:00.000Z">',
                 'بقلم <a href="/authors/salma-benaissa/" rel="author" data-astro-cid-ao3e9ufy>'
                 'سلمى بنعيسى</a></span>', '"author":[{"@type":"Person","name":"سلمى بنعيسى"',
                 '<figure class="pt-image" data-astro-cid-b0nx6jta> <img src="https://cdn.sanity.io/'
                 'images/k3v9ptq2/production/', '<figcaption data-astro-cid-b0nx6jta>نساء يكسّرن',
                 '<span class="credit" data-astro-cid-b0nx6jta>تصوير: يونس الإدريسي</span>',
                 "إلى <strong>أقل من ألف وخمسمائة لتر</strong> في", READ_ALSO,
                 '<p class="author-card__label" data-astro-cid-k7pd2wnr>عن الكاتبة</p>'):
        assert mark in html, mark
    assert '<figure class="pt-embed"' not in html and 'class="hero"' not in html
    assert CHROME | {"بيئة", "بقلم سلمى بنعيسى", "12 ماي 2024", "قراءة في 3 دقائق",
                     "تصوير: يونس الإدريسي", "اقرأ أيضاً", "عن الكاتبة", "سلمى بنعيسى",
                     "نساء يكسّرن ثمار الأركان يدويا داخل تعاونية بجماعة تمنار في إقليم الصويرة",
                     "سدود الجنوب الغربي تحت عتبة العشرين في المئة", "#شجر الأركان",
                     "3 ماي 2024", "كل مقالات سلمى بنعيسى"} <= chrome
    body = truth["body"]
    assert body.startswith("في ورشة صغيرة بجماعة تمنار، على بعد سبعين كيلومترا جنوب الصويرة")
    assert body.endswith("من تقلبات الأسعار في السنوات العجاف.") and body.count("\n\n") == 6
    assert "تصوير" not in body and "اقرأ أيضاً" not in body

    html, truth = _page(NAME, 2)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    # posted at 00:30 Casablanca time (+01:00): every machine date says 2 July 23:30 UTC,
    # the reader sees 3 July
    assert truth["published_shown"] == "3 يوليوز 2024"
    assert truth["published"] == "2024-07-03" and truth["author"] is None
    for mark in ('<time datetime="2024-07-02T23:30:00.000Z" data-astro-cid-ao3e9ufy>3 يوليوز 2024'
                 '</time>', '"datePublished":"2024-07-02T23:30:00.000Z"',
                 '<meta property="article:published_time" content="2024-07-02T23:30:00.000Z">',
                 'إعداد: <a href="/authors/editorial/" data-astro-cid-ao3e9ufy>هيئة التحرير</a>',
                 '"author":[{"@type":"Organization","name":"مستقل"',
                 'الجماعة <a href="https://www.tanger.example/uploads/conventions/'
                 'transport-urbain-2024.pdf" target="_blank" rel="noopener noreferrer">'
                 'نصها الكامل</a>',
                 '<a href="/regions/" aria-current="page" class="active" data-astro-cid-x2jf8npa>',
                 '<meta property="og:image" content="https://mawqi3-mustaqil.example/og-default.png">'):
        assert mark in html, mark
    assert "<figure" not in html and "<aside class=\"read-also\"" not in html
    assert "بقلم" not in html
    assert CHROME | {"مدن وجهات", "إعداد: هيئة التحرير", "3 يوليوز 2024", "قراءة في دقيقتين",
                     "عن الفريق", "هيئة التحرير", "#النقل الحضري", "26 يونيو 2024",
                     "ميزانية جماعة طنجة لسنة 2024 بالأرقام"} <= chrome
    body = truth["body"]
    assert body.startswith("صادق مجلس جماعة طنجة، في دورة استثنائية امتدت إلى ما بعد منتصف")
    assert body.endswith("ستدخل الخدمة مطلع السنة المقبلة.") and body.count("\n\n") == 3

    html, truth = _page(NAME, 3)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    # Ramadan 2025: Morocco on +00:00, so the UTC instant and the local day agree
    assert truth["published_shown"] == "12 مارس 2025"
    assert truth["published"] == "2025-03-12" and truth["author"] is None
    for mark in ('<time datetime="2025-03-12T21:40:00.000Z" data-astro-cid-ao3e9ufy>12 مارس 2025'
                 '</time>', 'آخر تحديث: <time datetime="2025-03-13T10:15:00.000Z" '
                 'data-astro-cid-ao3e9ufy>13 مارس 2025</time>',
                 '"dateModified":"2025-03-13T10:15:00.000Z"',
                 '<div class="hero" data-astro-cid-t6hq0vzl> <img src="/_astro/safi-port-sardine-'
                 'crates.CdY2r0Qm_Z2qk1Yb.webp"', 'fetchpriority="high"',
                 '<figure class="pt-embed" data-astro-cid-p4yc1rdu> <iframe title="رسم بياني:',
                 'src="https://datawrapper.dwcdn.net/Qm7rT/2/"',
                 "</figure><h2>من يربح في السلسلة؟</h2><p>",
                 "في <strong>ميناء آسفي</strong> إلى", READ_ALSO):
        assert mark in html, mark
    assert '<figure class="pt-image"' not in html
    assert CHROME | {"اقتصاد", "آخر تحديث: 13 مارس 2025", "12 مارس 2025", "اقرأ أيضاً",
                     "رسم بياني: سعر الكيلوغرام من السردين في محطات السلسلة الثلاث (بالدرهم)",
                     "هوامش الربح في سوق الخضر بالجملة: من يحدد الثمن؟", "#حماية المستهلك",
                     "1 مارس 2025", "كل مقالات هيئة التحرير"} <= chrome
    body = truth["body"]
    assert body.startswith("كشف تتبع ميداني أجرته جمعية لحماية المستهلك خلال الأسبوع الأول")
    assert body.endswith("وارتفاع الطلب على الأسماك.") and body.count("\n\n") == 5
    assert "\n\nمن يربح في السلسلة؟\n\n" in body and "رسم بياني" not in body
