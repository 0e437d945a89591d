"""Traits of the backdrop_cms_ngo family (unseen27): an Egyptian NGO's news posts on Backdrop
CMS 1.x with the Basis theme: the Moscone Flipped layout (l-header, l-top breadcrumb,
l-page-title, l-content, l-sidebar, l-footer), the node's `p.submitted` line with Backdrop's
month-first medium date in Cairo time, body and tags fields, views blocks, comments."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "backdrop_cms_ngo"
HOST = "https://backdrop-ngo.example"
COMMON = ('<meta name="Generator" content="Backdrop CMS 1 (https://backdropcms.org)" />',
          "<script>window.Backdrop = {settings: ", '<div class="layout--moscone-flipped layout">',
          '<header class="l-header" role="banner"', '<div class="header-identity-wrapper">',
          '<ul class="menu-dropdown menu" data-menu-style="dropdown"', '<div class="l-wrapper">',
          '<div class="l-top">', '<nav class="breadcrumb" aria-label="توجيه الموقع"><ol><li>',
          '<div class="l-page-title">', '<h1 class="page-title">',
          '<main class="l-content col-md-9" role="main"',
          'class="node node-post node--type-post view-mode-full', '<p class="submitted">أرسلها ',
          '<div class="field field-name-body field--name-body field-type-text-with-summary',
          'field--name-field-tags', '<div class="field-label">الوسوم:&nbsp;</div>',
          '<div class="block block-views-recent-posts-block">', "view-id-recent_posts",
          '<div class="l-sidebar l-sidebar-first col-md-3">', '<footer class="l-footer"',
          '<div class="block block-system-powered-by">', "<!-- /.layout--moscone-flipped -->")
CHROME = {"من نحن", "برامجنا", "الأخبار", "تقارير ودراسات", "اتصل بنا", "من أجل مجتمع عادل "
          "ومشاركة حقيقية", "القائمة", "الوسوم:", "قد يهمك أيضا", "بحث", "أحدث الأخبار",
          "عن المؤسسة", "تابعونا", "سياسة الخصوصية", "ادعم عملنا", "Powered by Backdrop CMS"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    chrome = set(truth["must_not_contain"])
    assert chrome >= CHROME, CHROME - chrome
    return html, truth, chrome


def test_unseen27_traits_backdrop_cms_ngo() -> None:
    # page 1: month-first 03/12 is 12 March; captioned image, bold words, subheading, comments
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "ثلاثاء, 03/12/2024 - 10:25"
    assert truth["published"] == "2024-03-12" and truth["author"] == "منى عبد الحميد"
    for mark in ('<figure class="caption caption-img align-center">', "<figcaption>",
                 "<strong>منصة مصر الرقمية</strong>", "<h3>مراحل التنفيذ</h3>",
                 '<section class="comments">', '<h2 class="title comment-form">',
                 '<meta property="og:image"'):
        assert mark in html, mark
    assert "published_time" not in html and "ld+json" not in html
    assert {"أرسلها منى عبد الحميد في ثلاثاء, 03/12/2024 - 10:25", "التعليقات",
            "متدربات خلال الجلسة الأولى في مركز شباب قرية البرجاية", "أم ياسين (غير مُتحقق)",
            "ثلاثاء, 03/12/2024 - 12:00", "هل يوجد برنامج مماثل لقرى مركز ملوي؟",
            "ورشة لتأهيل الميسرات المجتمعيات في بني مزار"} <= chrome
    body = truth["body"]
    assert body.startswith("أطلقت مؤسسة ضفاف للتنمية وحقوق الإنسان صباح اليوم الثلاثاء")
    assert body.endswith("لتشجيع الأمهات على الالتحاق بالمجموعات.")
    assert body.count("\n\n") == 7 and "\n\nمراحل التنفيذ\n\n" in body
    assert "البرجاية" not in body and "أرسلها" not in body

    # page 2: posted 00:50 Cairo summer time by the media account; link, PDF, no comments
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "خميس, 08/15/2024 - 00:50"
    assert truth["published"] == "2024-08-15" and truth["author"] is None
    for mark in (f'<a href="{HOST}/reports/aswan-floods-2024">نتائج الحصر الأولي</a>',
                 "field-name-field-attachments", 'type="application/pdf; length=219750"'):
        assert mark in html, mark
    assert '<section class="comments">' not in html and "<figure" not in html
    assert {"أرسلها إعلام المؤسسة في خميس, 08/15/2024 - 00:50", "إعلام المؤسسة", "مرفقات:",
            "بيان-سيول-أسوان-أغسطس-2024.pdf (214.6 كيلوبايت)"} <= chrome
    body = truth["body"]
    assert body.startswith("طالبت مؤسسة ضفاف للتنمية وحقوق الإنسان الجهات التنفيذية")
    assert body.endswith("عبر مكبرات الصوت والجمعيات المحلية والمساجد.")
    assert body.count("\n\n") == 3

    # page 3: December (+02:00), 12/03 is 3 December; YouTube iframe mid-text, one comment
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "ثلاثاء, 12/03/2024 - 14:10"
    assert truth["published"] == "2024-12-03" and truth["author"] == "كريم الشاذلي"
    assert "youtube.com/embed/q7Zr2LmVx0c" in html and html.count('<article class="comment ') == 1
    assert html.index("ومتابعة صرف المعاشات.</p>") < html.index("<iframe") \
        < html.index("<p>واختتم الملتقى")
    assert {"أرسلها كريم الشاذلي في ثلاثاء, 12/03/2024 - 14:10", "د. نادية فهمي (غير مُتحقق)",
            "© 2024 مؤسسة ضفاف للتنمية وحقوق الإنسان. جميع الحقوق محفوظة."} <= chrome
    body = truth["body"]
    assert body.startswith("نظمت مؤسسة ضفاف للتنمية وحقوق الإنسان اليوم الثلاثاء ملتقى")
    assert body.endswith("كل ثلاثة أشهر لتقييم ما تحقق منها.") and body.count("\n\n") == 4
