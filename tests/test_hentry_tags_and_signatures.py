"""What unseen18's leftovers showed: a microformats2 h-entry's hashtags (WriteFreely), a
blog's contact line under the text, a guest post's labelled byline ("تدوينة ضيف بقلم ..."),
and the writer's name shown only beside an author's avatar (Odoo), where a desk's name
("المركز الإعلامي") names no writer."""

from __future__ import annotations

from extraction import extract
from extraction.agency_lines import is_place_source_line
from extraction.boilerplate import is_boilerplate_line
from extraction.byline_lines import author_of_byline, is_account_name, is_byline_line
from extraction.footer_lines import is_footer_line
from extraction.sites import get_site

STORY = (
    "توقفت إذاعة مجتمعية في معان عن البث صباح الأحد بعد تسع سنوات قدمت خلالها برامج يومية "
    "عن قضايا المحافظة، وذلك إثر انتهاء المنحة التي كانت تغطي رواتب العاملين فيها.",
    "ويقول مدير الإذاعة إن إدارتها حاولت طوال الأشهر الماضية إيجاد ممولين محليين، غير أن "
    "الشركات في المحافظة اعتذرت بسبب تراجع أعمالها وارتفاع كلفة التشغيل.",
    "ويعمل في الإذاعة أحد عشر شخصا بين مذيعين وفنيين، معظمهم من شباب المحافظة الذين تدربوا "
    "فيها على العمل الإذاعي منذ تأسيسها بدعم من منظمة دولية.",
    "ويأمل العاملون أن تتدخل وزارة الاتصال الحكومي أو البلدية لإنقاذ المحطة، مؤكدين أنها "
    "الوسيلة الإعلامية الوحيدة التي تغطي شؤون القرى البعيدة عن مركز المحافظة.",
)
TITLE = "إذاعة مجتمعية في معان تصمت بعد انتهاء منحة تمويلها"


def _extract(body: str, head: str = ""):
    page = (f'<html dir="rtl"><head><meta charset="utf-8"><title>{TITLE}</title>{head}</head>'
            f"<body>{body}</body></html>").encode()
    return extract(get_site("generic"), "https://blog.example/idhaa", page)


def _hashtag(name: str) -> str:
    return (f'<a href="https://blog.example/tag:{name}" class="hashtag"><span>#</span>'
            f'<span class="p-category">{name}</span></a>')


def _entry(*lines: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in lines)
    return (f'<article class="h-entry"><h2 class="p-name">{TITLE}</h2><div class="e-content">'
            f"{paragraphs}</div></article>")


def test_an_h_entrys_categories_are_its_tags_and_leave_the_text() -> None:
    tags = " ".join(_hashtag(name) for name in ("الإعلام", "معان", "التمويل"))
    article = _extract(_entry(*STORY, tags))
    assert article.tags == ["الإعلام", "معان", "التمويل"]
    assert article.body.split("\n\n") == list(STORY)


def test_categories_outside_an_h_entry_are_not_its_tags() -> None:
    menu = " ".join(_hashtag(name) for name in ("رياضة", "اقتصاد"))
    article = _extract(f"<nav>{menu}</nav>" + _entry(*STORY))
    assert article.tags == []


def test_a_category_link_marked_p_category_names_the_section_not_a_tag() -> None:
    for section in ('<a class="p-category" rel="category tag" href="/category/local">محليات</a>',
                    '<a rel="category tag" href="/category/local"><span class="p-category">'
                    "محليات</span></a>"):
        article = _extract(_entry(*STORY).replace("</article>", f"{section}</article>"))
        assert article.tags == [], section


CONTACT = "للتواصل وإرسال الوثائق بأمان: صفحة التواصل الآمن"


def test_a_blogs_contact_line_under_the_text_is_no_text() -> None:
    link = CONTACT.replace("صفحة", '<a href="/contact">صفحة') + "</a>"
    article = _extract(_entry(*STORY, link))
    assert article.body.split("\n\n") == list(STORY)


def test_contact_lines_and_sentences_that_open_like_them() -> None:
    assert is_footer_line(CONTACT)
    assert is_footer_line("لمراسلتنا: info@blog.example")
    assert is_footer_line("راسلونا: صفحة الاتصال")
    # A sentence: its label before the colon is long, or there is no colon at all.
    assert not is_footer_line("للتواصل مع أسر المفقودين في المحافظة أنشأت الوزارة خطا ساخنا: "
                              "1234")
    assert not is_footer_line("للتواصل مع الأهالي زار الوفد القرى الحدودية أمس")
    assert not is_footer_line("للتواصلية: " + "كلمة " * 3)


GUEST = "تدوينة ضيف بقلم الصحفي سامر خوري"


def test_a_guest_posts_labelled_byline_names_the_writer_and_leaves_the_text() -> None:
    article = _extract(_entry(f"<em>{GUEST}</em>", *STORY))
    assert article.author == "سامر خوري"
    assert article.body.split("\n\n") == list(STORY)


def test_labelled_bylines_and_lines_that_are_not() -> None:
    assert is_byline_line(GUEST) and author_of_byline(GUEST) == "سامر خوري"
    assert is_byline_line("مقال رأي بقلم: ليلى حداد")
    assert author_of_byline("مقال رأي بقلم: ليلى حداد") == "ليلى حداد"
    assert is_boilerplate_line("مقالة بقلم الكاتبة هند العلي")
    # No kind label first, "بقلم" too far in, a date, or a sentence of ten words and more.
    assert not is_byline_line("كتب التاريخ الحديث بقلم من ذهب على جدران المدينة")
    assert not is_byline_line("تدوينة نشرها الناشط على حسابه بقلم رصاص")
    assert not is_byline_line("رسم الفنان بقلم الرصاص")
    assert not is_byline_line("مقال بقلم سامر خوري نشر في 12 مايو")
    assert not is_byline_line("قصة بقلم كاتب شاب عن القرية التي هجرها أهلها بعد الحرب")


def _avatar_card(name: str) -> str:
    return (f'<div class="o_wblog_sidebar_block"><div class="d-flex"><div><img src="/web/image/'
            f'blog.post/41/author_avatar" class="rounded-circle o_wblog_author_avatar_date" alt='
            f'"{TITLE}"></div><div class="small fw-bold"><span>{name}</span><small>12 مايو 2024'
            "</small></div></div></div>")


def _blog(card: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in STORY)
    return (f'<main><article><h1>{TITLE}</h1><div class="o_wblog_post_content">{paragraphs}'
            f"</div></article><aside>{card}</aside></main>")


def test_the_name_beside_an_authors_avatar_is_the_author() -> None:
    assert _extract(_blog(_avatar_card("ريم العنزي"))).author == "ريم العنزي"


def test_a_desk_beside_the_avatar_names_no_writer() -> None:
    assert _extract(_blog(_avatar_card("المركز الإعلامي"))).author is None
    assert is_account_name("المركز الإعلامي لغرفة التجارة") and is_account_name("فريق التحرير")
    assert is_account_name("فريق مدونات تقنية") and not is_account_name("فريد الأحمد")
    assert not is_account_name("ريم المحررة") and not is_account_name("المحرري سامر")


def test_a_place_and_agency_in_the_author_markup_names_no_writer() -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in STORY)
    for credit in ("عمّان - بترا", "جدة - واس"):
        page = (f'<article><h1>{TITLE}</h1><ul><li itemprop="author"><span>{credit}</span></li>'
                f"</ul>{paragraphs}</article>")
        assert _extract(page).author is None, credit
    assert is_place_source_line("عمّان - بترا") and not is_place_source_line("عمّان - ليلى حداد")


def _copyright_box(label: str, name: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in STORY)
    return (f'<article class="post-block"><h1 class="post-title">{TITLE}</h1><div class="post-body"'
            f'>{paragraphs}</div><ul class="post-copyright"><li class="post-copyright-author">'
            f"<strong>{label} </strong>{name}</li></ul></article>")


def test_a_blogs_copyright_box_names_the_writer_after_its_label() -> None:
    assert _extract(_copyright_box("Written by:", "ريم العتيبي")).author == "ريم العتيبي"
    assert _extract(_copyright_box("مؤلف المقال:", "ريم العتيبي")).author == "ريم العتيبي"
    assert _extract(_copyright_box("مؤلف المقال:", "فريق مدونات تقنية")).author is None
    assert is_byline_line("الكاتب: محمود درويش")
    assert not is_byline_line("الكاتب محمود درويش كان أول من كتب عن المدينة")
