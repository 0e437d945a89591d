"""Traits of the phpfusion_portal family (unseen31): a Basra news portal on PHP-Fusion 9 with
the News infusion under its own BasraNews theme: core head (title "site - أخبار: headline",
OpenGraph, no JSON-LD), `showsubdate()` header, the SiteLinks navbar, LEFT and RIGHT
`openside()` panels, `opentable()` with `ol.breadcrumb`, `article.news-item` with the
`news_poster` / `news_cat` info line, `div.news_news`, `news_opts`, share and related blocks,
the comments infusion (form and `ul.comments`) and the ratings infusion, the core footer."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "phpfusion_portal"
HOST = "https://phpfusion-basra-news.example"
COMMON = ("<!DOCTYPE html>\n<html lang='ar' dir='rtl'>", "<title>بصرة نيوز - أخبار: ",
          "<meta property='og:site_name' content='بصرة نيوز' />",
          f"{HOST}/includes/bootstrap/bootstrap-rtl.min.css",
          f"{HOST}/themes/templates/default.min.css?v=", f"{HOST}/themes/BasraNews/styles.css",
          f"{HOST}/infusions/news/templates/css/news.css",
          f"{HOST}/includes/jscripts/jscript.min.js",
          "<div id='main-container' class='container'>",
          "<nav id='main-menu' class='navbar navbar-default' role='navigation'>",
          "<li class='current-link active'><a class='display-block' href='"
          f"{HOST}/infusions/news/news.php'>أخبار</a></li>",
          "<aside id='left-panel' class='col-xs-12 col-sm-3 col-md-3'>",
          "<aside id='right-panel' class='col-xs-12 col-sm-3 col-md-3'>",
          "<div class='panel panel-default side-panel'>\n<div class='panel-heading'>"
          "<h4 class='panel-title'>التصفح</h4></div>",
          "<h4 class='panel-title'>تصنيفات الأخبار</h4>",
          "<div class='opentable'><div class='capmain'>أخبار</div><div class='main-body'>",
          "<ol class='breadcrumb'>", "<li class='crumb active'>", "<!--news_pre_readmore-->",
          "<h2 class='news-subject'>", "<div class='news-info'>\n<!--news_poster-->» <span "
          "class='news-poster'>نشر من قبل <a href='", "<!--news_cat-->في <a href='",
          "<div class='news_news text-dark m-t-20 m-b-20 overflow-hide'>",
          "<div class='news-footer'>\n<!--news_opts--><a href='", "<!--news_sub_readmore-->",
          "<div class='comments-form-panel'>", "<ul class='comments clearfix list-style-none'>",
          "<div class='ratings-panel'>", "التقييم متاح للأعضاء فقط:<br/> الرجاء",
          "Powered by <a href='https://phpfusion.com' target='_blank'>PHPFusion</a>")
CHROME = {"الصفحة الرئيسية", "أخبار", "المنتدى", "التصفح", "تسجيل الدخول", "تصنيفات الأخبار",
          "الأخبار الأكثر قراءة", "المتواجدون الآن", "أحدث التعليقات", "طباعة", "شارك الخبر:",
          "أخبار ذات صلة", "التعليقات", "أترك تعليقاً", "الإسم:", "رمز التحقق:", "إضافة تعليق",
          "التقييمات", "التقييم متاح للأعضاء فقط:", "الرجاء تسجيل الدخول للتقييم.",
          "سياسة الخصوصية", "Released as free software without warranties under GNU Affero GPL v3."}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    assert "application/ld+json" not in html and "article:published_time" not in html
    return html, truth, set(truth["must_not_contain"])


def test_unseen31_traits_phpfusion_portal() -> None:
    # page 1: reporter, editor-inserted photo with a caption line, two comments, three votes
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "14 أبريل 2024 - 09:35"
    assert truth["published"] == "2024-04-14" and truth["author"] == "حيدر الساعدي"
    for mark in (f"{HOST}/infusions/news/news.php?readmore=2417",
                 "class='profile-link'>حيدر الساعدي</a></span> في 14 أبريل 2024 - 09:35 &middot;",
                 '<span style="font-size: 10pt; color: #808080;">جانب من وحدات المعالجة',
                 "<div id='comments_form' class='comments-header'>2 تعليقات</div>",
                 "<span class='comment_date'>أبريل 14 2024 11:02:00</span>",
                 "<div class='pull-right header-date'><i class='fa fa-calendar-alt'></i> "
                 "أبريل 18 2024 21:14:05</div>", "رائـع! (2)"):
        assert mark in html, mark
    assert "news-image-overlay\"><img" not in html and "<blockquote>" not in html
    assert CHROME | {"حيدر الساعدي", "14 أبريل 2024 - 09:35", "محليات",
                     "» نشر من قبل حيدر الساعدي في 14 أبريل 2024 - 09:35 · في محليات",
                     "جانب من وحدات المعالجة في المحطة الجديدة بقضاء أبي الخصيب",
                     "2 التعليقات · 1946 القراءات · طباعة", "أبريل 18 2024 21:14:05",
                     "أبو مصطفى", "سجاد_البصري", "أبريل 14 2024 11:02:00", "2 تعليقات",
                     "التصويتات: 3", "توزيع خزانات مياه على المدارس في قضاء الفاو",
                     "ماذا عن مناطق التنومة؟ الماء عندنا أسوأ من أبي الخصيب."} <= chrome
    body = truth["body"]
    assert body.startswith("افتتحت الحكومة المحلية في البصرة، صباح اليوم الأحد")
    assert body.endswith("ضمن خطة تهدف إلى الحد من أزمة الملوحة التي تتكرر كل صيف.")
    assert body.count("\n\n") == 4 and "جانب من وحدات" not in body

    # page 2: INA wire copy by the staff account at 00:40 Baghdad time, nl2br text, no image
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "03 سبتمبر 2024 - 00:40"
    assert truth["published"] == "2024-09-03" and truth["author"] is None
    for mark in ("class='profile-link'>قسم الأخبار</a></span> في 03 سبتمبر 2024 - 00:40",
                 "بدء تشغيله، بطول يتجاوز 300 متر وحمولة تقارب تسعة آلاف حاوية.<br />\n<br />\n"
                 "وذكرت", "<li><p class='text-center'>لم يتم إضافة تعليقات.</p></li>",
                 "<span class='text-lighter m-l-5'>لا توجد تصويتات</span>",
                 f"<meta property='og:image' content='{HOST}/images/logo-basranews-og.png' />"):
        assert mark in html, mark
    for absent in ("news-image-overlay\"", "<p style=", "comment_date", "<iframe"):
        assert absent not in html, absent
    assert CHROME | {"قسم الأخبار", "03 سبتمبر 2024 - 00:40", "اقتصاد", "لا توجد تعليقات",
                     "لم يتم إضافة تعليقات.", "0 التعليقات · 732 القراءات · طباعة",
                     "سبتمبر 03 2024 20:52:48",
                     "ارتفاع صادرات النفط عبر موانئ البصرة خلال آب"} <= chrome
    body = truth["body"]
    assert body.startswith("البصرة - واع: استقبل ميناء أم قصر الشمالي")
    assert body.endswith("لاستقبال السفن الكبيرة خلال العام المقبل.")
    assert body.count("\n\n") == 3 and 120 <= len(body.split()) <= 128

    # page 3: reporter, the infusion's news image, snippet + extended text with a subheading,
    # a blockquote the text introduces, a YouTube embed, one comment
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "21 يناير 2025 - 13:15"
    assert truth["published"] == "2025-01-21" and truth["author"] == "زينب العيداني"
    for mark in ('<a href="' f'{HOST}/infusions/news/images/shanasheel-nadhran.jpg" '
                 'class="news-image-overlay">', "<!--news_extended-->",
                 "<h3>خشب الصاج والمسامير القديمة</h3>", "<blockquote>\n<p>&quot;لا نريد",
                 "youtube.com/embed/Xb4pQe7Lm2U",
                 "<div id='comments_form' class='comments-header'>تعليق واحد</div>",
                 "Copyright &copy; 2002 - 2025 PHP Fusion Inc"):
        assert mark in html, mark
    assert "#808080" not in html
    assert html.index("<!--news_extended-->") < html.index("<h3>") < html.index("<blockquote>") \
        < html.index("<iframe") < html.index("وتطالب المبادرة")
    assert CHROME | {"زينب العيداني", "21 يناير 2025 - 13:15", "ثقافة وتراث", "تعليق واحد",
                     "نور الهدى", "1 التعليقات · 2381 القراءات · طباعة", "الرد",
                     "جامعة البصرة توثق البيوت التراثية رقميا", "التصويتات: 5"} <= chrome
    body = truth["body"]
    assert body.startswith("في أزقة محلة نظران والباشا بالبصرة القديمة")
    assert body.endswith("مع حلول فصل الربيع المقبل.")
    assert body.count("\n\n") == 8
    assert "\n\nخشب الصاج والمسامير القديمة\n\n" in body
    assert '\n\nويضيف المنصوري:\n\n"لا نريد أن نصنع ديكورا' in body
