"""The traits the unseen13 Divi family is there for, as its site prints them (the truth is the
day each page shows): a Palestinian news magazine on WordPress with the Divi Theme Builder."""

from __future__ import annotations

from tests.test_templates import _page

DIVI = "wp_divi_magazine"
LAYOUT = ('<div id="et-boc" class="et-boc">', '<header class="et-l et-l--header">',
          '<div class="et-l et-l--body">', '<footer class="et-l et-l--footer">',
          '<div class="et_builder_inner_content et_pb_gutters3">', '<div id="et-main-area">',
          '<div id="main-content">', "et-tb-has-template et-tb-has-header et-tb-has-body",
          '<html dir="rtl" lang="ar">', '<meta content="Divi v.4.24.2" name="generator"/>',
          '<style id="et-critical-inline-css">', "<style id='divi-dynamic-critical-inline-css'",
          '<style id="et-builder-googlefonts-cached-inline">', 'class="yoast-schema-graph"',
          '<div class="et_pb_section et_pb_section_0_tb_body breadcrumbs-section',
          'class="et_pb_column et_pb_column_2_3 ', '<div class="et_pb_title_container">',
          '<p class="et_pb_title_meta_container"> بواسطة <span class="author vcard">',
          'class="et_pb_module et_pb_post_content et_pb_post_content_0_tb_body"',
          '<ul class="et_pb_module et_pb_social_media_follow et_pb_social_media_follow_0_tb_body',
          '<div class="et_pb_module et_pb_post_nav_0_tb_body et_pb_posts_nav nav-single">',
          '<div class="et_pb_module et_pb_comments_0_tb_body et_pb_comments_module',
          '<div class="et_pb_module et_pb_sidebar_0_tb_body et_pb_widget_area',
          '<section id="comment-wrap">', '<div id="respond" class="comment-respond">',
          'class="et_pb_module et_pb_menu et_pb_menu_0_tb_header', '<p id="breadcrumbs">',
          "current-post-ancestor current-menu-parent",
          'class="et_pb_module et_pb_post_title et_pb_post_title_0_tb_body et_pb_bg_layout_light')
CHROME = {"الرئيسية", "شؤون القدس", "مقالات الرأي", "فيسبوك", "تيليغرام", "تابعونا على",
          "الأكثر قراءة", "آخر الأخبار", "إعلان", "8,412 مشاهدة", "مواضيع ذات صلة", "روابط",
          "تواصل معنا", "سياسة الخصوصية", "هاتف: 2975310-02", "إرسال تعليق", "إلغاء الرد",
          "إرسال التعليق", "التعليق *", "لن يتم نشر عنوان بريدك الإلكتروني.",
          "جميع الحقوق محفوظة © 2024 بوابة الزيتون", "تصميم وتطوير: استوديو سنديان الرقمي"}


def test_unseen13_traits_wp_divi_magazine() -> None:
    html, truth = _page(DIVI, 1)
    chrome = set(truth["must_not_contain"])
    for mark in LAYOUT:
        assert mark in html, mark
    assert truth["published_shown"] == "21 أكتوبر 2024"
    assert truth["published"] == "2024-10-21" and truth["author"] == "رنا أبو عيشة"
    assert 'content="2024-10-21T06:15:00+00:00"' in html and "et-l--post" not in html
    assert '<span class="published">21 أكتوبر 2024</span>' in html
    assert '<p><strong>نابلس – بوابة الزيتون:</strong> أطلق اتحاد' in html
    assert "<strong>14 معصرة تعاونية</strong>" in html and 'class="wp-caption-text"' in html
    assert '<h1 id="comments" class="page_title">3 تعليقات</h1>' in html
    assert html.count('class="comment even thread-even depth-1"') == 3
    assert CHROME | {"الأربعاء، 23 أكتوبر 2024", "رنا أبو عيشة", "اقتصاد وأعمال", "تقارير خاصة",
                     "بواسطة رنا أبو عيشة | 21 أكتوبر 2024 | اقتصاد وأعمال, تقارير خاصة"
                     " | 3 تعليقات",
                     "الوسوم: زيت الزيتون, التعاونيات الزراعية, نابلس, التسويق الإلكتروني",
                     "مزارعون يقطفون ثمار الزيتون في أراضي قرية بيتا جنوب نابلس"
                     " (تصوير: محمد دويكات)",
                     "أبو سامر", "في 21 أكتوبر 2024 الساعة 12:25 م", "رد", "3 تعليقات",
                     "إطلاق حملة لتنظيف الينابيع في قرى رام الله الغربية"} <= chrome
    assert truth["body"].startswith("نابلس – بوابة الزيتون: أطلق اتحاد الجمعيات التعاونية")
    assert truth["body"].endswith("تجاوز 900 طلب في اليوم الأول.")
    assert truth["body"].count("\n\n") == 5

    html, truth = _page(DIVI, 2)
    chrome = set(truth["must_not_contain"])
    for mark in LAYOUT:
        assert mark in html, mark
    # 00:40 in Palestine's +02:00: the page shows 14 February, Yoast's UTC time is 13 February
    assert truth["published_shown"] == "14 فبراير 2024"
    assert truth["published"] == "2024-02-14" and truth["author"] is None
    assert 'content="2024-02-13T22:40:00+00:00"' in html
    assert '<div class="et-l et-l--post">' in html
    text_0 = html.index('<div class="et_pb_module et_pb_text et_pb_text_0  et_pb_text_align_right')
    blurb = html.index('<div class="et_pb_module et_pb_blurb et_pb_blurb_0 ')
    text_1 = html.index('<div class="et_pb_module et_pb_text et_pb_text_1  et_pb_text_align_right')
    assert text_0 < blurb < text_1 and html.index("<p>وأوضح أن نسبة الفاقد") > blurb
    assert '<div id="comment-section" class="nocomments">' in html and 'id="comments"' not in html
    assert CHROME | {"الخميس، 15 فبراير 2024", "هيئة التحرير", "أخبار محلية", "اقرأ أيضاً",
                     "بواسطة هيئة التحرير | 14 فبراير 2024 | أخبار محلية | 0 تعليقات",
                     "انقطاع المياه عن أحياء جنوب الخليل ثلاثة أيام بسبب عطل في خط رئيسي",
                     "الوسوم: الخليل, البلدة القديمة, المياه"} <= chrome
    assert truth["body"].startswith("بدأت بلدية الخليل، أمس الثلاثاء، تنفيذ مشروع")
    assert truth["body"].endswith("في ساعات المساء خلال أيام الجمعة.")
    assert truth["body"].count("\n\n") == 3

    html, truth = _page(DIVI, 3)
    chrome = set(truth["must_not_contain"])
    for mark in LAYOUT:
        assert mark in html, mark
    assert truth["published_shown"] == "30 يونيو 2024"
    assert truth["published"] == "2024-06-30" and truth["author"] == "سامر القواسمي"
    assert "tb-1201-tb-1377-tb-1205-deferred-46120" in html and " et_pb_image_above" in html
    assert html.index("et_pb_title_featured_container") < html.index('<h1 class="entry-title">')
    assert "<h3>رحلة الأرشيف من بيروت إلى رام الله</h3>" in html and "wp-caption" not in html
    assert 'class="et_pb_module et_pb_video et_pb_video_0"' in html
    assert 'class="et_pb_module et_pb_promo et_pb_cta_0 ' in html
    nav = html.index("et_pb_posts_nav nav-single")
    assert html.index("et_pb_video_0") < html.index("et_pb_cta_0") < nav
    assert CHROME | {"الثلاثاء، 2 يوليو 2024", "سامر القواسمي", "ثقافة وفنون", "تعليق واحد",
                     "بواسطة سامر القواسمي | 30 يونيو 2024 | ثقافة وفنون | تعليق واحد",
                     "ادعم الصحافة الفلسطينية المستقلة", "اشترك الآن", "ليلى الدجاني",
                     "مسرح عشتار يحتفي بثلاثين عاما على تأسيسه"} <= chrome
    assert truth["body"].startswith("افتتح متحف محمود درويش في رام الله، مساء أمس السبت")
    assert truth["body"].endswith("أساسيات حفظ الصور العائلية القديمة.")
    assert "\n\nرحلة الأرشيف من بيروت إلى رام الله\n\n" in truth["body"]
    assert truth["body"].count("\n\n") == 5
