"""Traits of the b2evolution_blog family (unseen30): a Jordanian civic-affairs blog on
b2evolution 7 with the bootstrap_blog_skin: the b2evo head (generator meta, rsc/ build CSS, no
published time), the skin's header/menu containers, the item_prevnext pager, the evo_post item
block with the item_info_line (Levantine month names, the page's only date), the Item Single
widgets (content, tags, related posts), evo_comment feedback and form, the sidebar panels and
the footer with the "Powered by b2evolution" logo."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "b2evolution_blog"
HOST = "https://b2evo-hiwar-madani.example"
COMMON = ('<html lang="ar-JO" dir="rtl">', '<meta name="generator" content="b2evolution '
          '7.2.5-stable" />', "rsc/build/bootstrap-b2evo_base.bmin.css?v=7.2.5-stable",
          "skins/bootstrap_blog_skin/style.min.css",
          'class="unknown_device unknown_browser rtl coll_3 disp_single posttype_post',
          '<div class="evo_container evo_container__page_top">',
          f'<div class="evo_widget widget_core_coll_title"><h1><a href="{HOST}/blog/">حوار مدني'
          "</a></h1></div>", '<ul class="nav nav-tabs evo_container evo_container__menu">',
          'widget_core_basic_menu_link', '<nav><ul class="pager"><li class="previous">',
          '<div class="evo_content_block">\n<article id="item_',
          'class="evo_post evo_content_block evo_post__ptyp_post evo_post__published"',
          '<div class="evo_post_title"><h1>', '<div class="small text-muted">\n\t<div '
          'class="evo_widget widget_core_item_info_line">نُشرت بواسطة <span class="login user '
          'nowrap"', '<div class="evo_container evo_container__item_single">',
          '<div class="evo_widget widget_core_item_content"><section class="evo_post__full">',
          '<div class="evo_post__full_text clearfix">',
          '<div class="evo_widget widget_core_item_tags"><nav class="small post_tags">الوسوم: ',
          'widget_core_coll_related_post_list"><h3>تدوينات ذات صلة</h3>',
          '<aside class="col-md-3">', "panel panel-default evo_widget "
          'widget_core_coll_search_form"><div class="panel-heading"><h4 class="panel-title">بحث',
          "widget_core_coll_category_list", "widget_core_coll_post_list", "widget_plugin_evo_Arch",
          "widget_core_coll_xml_feeds", '<div class="evo_container evo_container__footer">',
          'alt="Powered by b2evolution"', "powered-by-b2evolution-120t.gif")
CHROME = {"حوار مدني", "مدونة مستقلة في الشأن العام والحكم المحلي في الأردن", "تسجيل الدخول",
          "الرئيسية", "شؤون البلديات", "الانتخابات والمشاركة", "تدوينات ذات صلة", "بحث",
          "التصنيفات", "أحدث التدوينات", "الأرشيف", "خلاصات XML", "اتصل", "مساعدة",
          "حوار مدني مساحة مستقلة لا تتبع أي جهة حكومية أو حزبية، والآراء المنشورة تعبر عن "
          "كتّابها."}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    assert "article:published_time" not in html and "ld+json" not in html
    return html, truth, set(truth["must_not_contain"])


def test_unseen30_traits_b2evolution_blog() -> None:
    # page 1: a named writer, two categories, teaser image with legend, three comments
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "14 آذار 2024"
    assert truth["published"] == "2024-03-14" and truth["author"] == "سلمى الحداد"
    assert truth["url"] == f"{HOST}/blog/zarqa-budget-hearings"
    for mark in ("<title>جلسات استماع مفتوحة في الزرقاء لمناقشة موازنة البلدية قبل إقرارها - "
                 "حوار مدني</title>", '<span class="identity_link_username">سلمى الحداد</span>'
                 "</span> بتاريخ 14 آذار 2024 في ", '<li class="next">',
                 '<div class="evo_post_images"><figure class="evo_image_block">',
                 '<figcaption class="evo_image_legend">جانب من جلسة الاستماع الأولى',
                 '<h3 class="evo_comment__list_title">3 تعليقات</h3>',
                 '<article class="evo_comment panel panel-default vs_published"',
                 '<div class="panel-heading"><h3>'
                 "أضف تعليقاً</h3>", "14 آذار 2024 @ 12:55", "©2024"):
        assert mark in html, mark
    assert CHROME | {"14 آذار 2024", "سلمى الحداد", "3 تعليقات", "أضف تعليقاً",
                     "نُشرت بواسطة سلمى الحداد بتاريخ 14 آذار 2024 في شؤون البلديات, دفتر "
                     "الملاحظات", "الوسوم: موازنات البلديات, الزرقاء, المساءلة المجتمعية",
                     "جانب من جلسة الاستماع الأولى في قاعة المركز الثقافي بالزرقاء مساء الثلاثاء",
                     "ورقة نقاش: نحو لامركزية لا تقتصر على الانتخاب", "14 آذار 2024 @ 21:30",
                     "سنتابع ذلك مع البلدية وننشر المحضر فور حصولنا عليه.", "آذار 2024",
                     "لن يُعرض بريدك الإلكتروني على هذا الموقع."} <= chrome
    body = truth["body"]
    assert body.startswith("عقدت بلدية الزرقاء مساء الثلاثاء أولى جلسات الاستماع العامة")
    assert body.endswith("حتى يكون للسكان أثر حقيقي في ترتيب الأولويات.")
    assert body.count("\n\n") == 5 and "تعليق" not in body

    # page 2: posted 00:35 local (the UTC day would be 4 Aug); editorial account; link, bold
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "5 آب 2024"
    assert truth["published"] == "2024-08-05" and truth["author"] is None
    for mark in ("بتاريخ 5 آب 2024 في ", '<span class="identity_link_username">هيئة التحرير',
                 "<strong>أربعة عشر يوما</strong>", 'class="extlink" target="_new">موقعها '
                 "الإلكتروني</a>", '<h3 class="evo_comment__list_title">تعليقان</h3>',
                 "5 آب 2024 @ 09:35"):
        assert mark in html, mark
    assert "evo_post_images" not in html and "videoblock" not in html
    assert CHROME | {"5 آب 2024", "هيئة التحرير", "تعليقان", "محمد العمري",
                     "الوسوم: الهيئة المستقلة للانتخاب, جداول الناخبين, الانتخابات البلدية",
                     "دليل مختصر: كيف تتحقق من مركز اقتراعك؟",
                     "خريطة تفاعلية لمراكز الاقتراع في العاصمة"} <= chrome
    body = truth["body"]
    assert body.startswith("بدأت الهيئة المستقلة للانتخاب اليوم الاثنين عرض جداول الناخبين")
    assert body.endswith("وقد يحرم الناخب من حقه في التصويت يوم الاقتراع.")
    assert body.count("\n\n") == 3

    # page 3: newest post (no next link), subheading, video embed, comments closed
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "22 كانون الثاني 2025"
    assert truth["published"] == "2025-01-22" and truth["author"] is None
    for mark in ("بتاريخ 22 كانون الثاني 2025 في ", "<h3>أبرز التعديلات المقترحة</h3>",
                 '<div class="videoblock"><iframe', "youtube.com/embed/Qm7tR2xLp0c",
                 '<p class="alert alert-info">التعليقات مغلقة لهذه التدوينة.</p>', "©2025"):
        assert mark in html, mark
    assert '<li class="next">' not in html and "evo_comment__list_title" not in html
    assert "comment_form" not in html
    assert CHROME | {"22 كانون الثاني 2025", "التعليقات مغلقة لهذه التدوينة.",
                     "الوسوم: حق الحصول على المعلومات, التشريعات, الشفافية",
                     "حصاد أسبوع: ثلاث قضايا تستحق المتابعة", "كانون الثاني 2025"} <= chrome
    body = truth["body"]
    assert body.startswith("سلّم تحالف يضم 23 منظمة مجتمع مدني اليوم الأربعاء مذكرة")
    assert body.endswith("حملة توعية في الجامعات والمراكز الشبابية خلال الربيع المقبل.")
    assert body.count("\n\n") == 5 and "\n\nأبرز التعديلات المقترحة\n\n" in body
