"""The traits the unseen13 family interview_qa_weekly is there for: an Iraqi weekly magazine's
Q&A interviews on a custom PHP CMS with Bootstrap 5 RTL markup, each page marking its
questions its own way (the prefixes are the article's text), a reworded pull quote, the issue
line, and UTC machine dates against the Baghdad time the reader sees."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "interview_qa_weekly"


def test_unseen13_traits_interview_qa_weekly() -> None:
    html, truth = _page(NAME, 1)
    chrome = set(truth["must_not_contain"])
    assert truth["published_shown"] == "2024/03/13 - 10:20 ص"
    assert truth["published"] == "2024-03-13" and truth["author"] == "علي الشمري"
    for mark in ('<html lang="ar" dir="rtl">', "bootstrap-5.3.2/css/bootstrap.rtl.min.css",
                 '<main class="container my-4">', '<div class="col-md-8">',
                 '<aside class="col-md-4 sidebar">', '<ol class="breadcrumb">',
                 '<article class="article-single">', '<span class="badge bg-danger mb-2">',
                 '<ul class="list-inline article-meta', '<figure class="figure article-image',
                 '<figcaption class="figure-caption">',
                 '<div class="article-body" id="articleBody">',
                 '<div class="article-intro fw-bold mb-3">',
                 "<p><strong>س:&nbsp;لماذا اخترت حي الجمهورية", "<p>ج: لأنه الحي الذي ولدت فيه",
                 '<blockquote class="pull-quote blockquote text-center my-4">',
                 "list-group list-group-flush list-group-numbered", 'class="card-img-top"',
                 '<meta property="article:published_time" content="2024-03-13T07:20:00+00:00">',
                 '{"@context":"https:\\/\\/schema.org","@type":"NewsArticle"', "\\u0627"):
        assert mark in html, mark
    assert html.count('<p><strong>س:&nbsp;') == 3 and html.count("<p>ج: ") == 3
    assert {"حاوره: علي الشمري", "2024/03/13 - 10:20 ص", "العدد 412", "1,284 قراءة",
            "حوار العدد", "الخميس 14 آذار 2024", "الروائي سالم العيداني: كتبت عن …",
            "الكتابة وحدها تحفظ ما تبقى من الحي في الذاكرة",
            "«الكتابة وحدها تحفظ ما تبقى من الحي في الذاكرة»",
            "الروائي سالم العيداني خلال جلسة توقيع روايته في شارع المتنبي", "تصوير: حسين فالح",
            "أدباء عراقيون", "فن الرواية", "حوارات ذات صلة", "6 آذار 2024", "التعليقات (2)",
            "أبو زيد البصري", "2024/03/13 - 1:05 م", "متى تتوفر الرواية في مكتبات أربيل؟",
            "العدد الحالي", "العدد 414", "الأكثر قراءة", "شارك الحوار:", "واتساب",
            "جميع الحقوق محفوظة © 2024 مجلة المرآة الأسبوعية"} <= chrome
    body = truth["body"]
    assert body.startswith("يعود الروائي سالم العيداني إلى مدينته البصرة")
    assert body.endswith("متأخرا وبأسعار مرتفعة.") and body.count("\n\n") == 6
    assert "\n\nس: لماذا اخترت حي الجمهورية" in body and "\n\nج: خشيت ذلك فعلا" in body

    html, truth = _page(NAME, 2)
    chrome = set(truth["must_not_contain"])
    # posted 00:35 Baghdad time: the page shows 22 July, its UTC meta says 21 July
    assert truth["published_shown"] == "2024/07/22 - 12:35 ص"
    assert truth["published"] == "2024-07-22" and truth["author"] == "زينب الموسوي"
    assert '<meta property="article:published_time" content="2024-07-21T21:35:00+00:00">' in html
    assert '"datePublished":"2024-07-21T21:35:00+00:00"' in html
    assert "figcaption" not in html and "<blockquote" not in html and "س:" not in html
    for mark in ('<p class="lead">في مكتبها المطل على نهر دجلة',
                 '<h3 class="question h5 fw-bold mt-4">كيف بدأت فكرة توثيق البيوت',
                 '<aside class="pull-quote border-end', '<div class="read-also card',
                 '<a href="/article.php?id=5790">الهيئة العامة للآثار والتراث</a>',
                 '<div class="card author-box my-4">'):
        assert mark in html, mark
    assert html.count('<h3 class="question') == 4
    assert {"حاورتها: زينب الموسوي", "العدد 431", "3,017 قراءة", "الثلاثاء 23 تموز 2024",
            "البيت التراثي جزء من هوية المدينة، وحق لأجيالها القادمة", "اقرأ أيضاً:",
            "الكاظمية القديمة.. أزقة تحرسها الشناشيل", "زينب الموسوي",
            "محررة في قسم الحوارات، تكتب عن العمارة والتراث البغدادي", "كل حوارات الكاتبة",
            "التعليقات (0)", "لا توجد تعليقات بعد، كن أول من يعلّق.", "العدد 433",
            "عمارة بغدادية"} <= chrome
    body = truth["body"]
    assert body.startswith("في مكتبها المطل على نهر دجلة في جانب الكرخ")
    assert body.endswith("وحق للأجيال القادمة.") and body.count("\n\n") == 8
    assert "\n\nكيف بدأت فكرة توثيق البيوت التراثية في بغداد؟\n\nبدأت بالصدفة" in body

    html, truth = _page(NAME, 3)
    chrome = set(truth["must_not_contain"])
    assert truth["published_shown"] == "2024/11/03 - 9:00 ص"
    assert truth["published"] == "2024-11-03" and truth["author"] is None
    assert 'rel="author"' not in html and "pull-quote" not in html
    assert '"author":{"@type":"Organization"' in html
    for mark in ("<p><strong>المرآة:</strong> كم فقدت من قطيعك",
                 "<p><strong>البهادلي:</strong> كان لدي ستون رأسا",
                 '<div class="ratio ratio-16x9 my-3"><iframe src="https://www.youtube.com/embed/',
                 '<p class="video-note text-muted small">',
                 '<span class="badge bg-secondary">العدد 446 | 3 تشرين الثاني 2024</span>'):
        assert mark in html, mark
    assert html.index("ratio-16x9") < html.index("<p><strong>المرآة:</strong>")
    assert {"حوار: قسم التحقيقات", "حوار خاص", "العدد 446 | 3 تشرين الثاني 2024",
            "3 تشرين الثاني 2024", "642 قراءة", "الاثنين 4 تشرين الثاني 2024",
            "شاهد مقتطفات من الحوار مصورة على قناة المرآة",
            "المربي كاظم البهادلي بين قطيعه على ضفاف هور الجبايش", "تصوير: المرآة",
            "التعليقات (1)", "حسن الجبايشي", "2024/11/03 - 4:15 م", "الأهوار",
            "شح المياه"} <= chrome
    body = truth["body"]
    assert body.startswith("مع تراجع مناسيب المياه في هور الجبايش")
    assert body.endswith("بعد سنوات قليلة.") and body.count("\n\n") == 4
    assert "\n\nالمرآة: كم فقدت من قطيعك" in body and "\n\nالبهادلي: لا أستطيع" in body
