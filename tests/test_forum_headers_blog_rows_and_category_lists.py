"""unseen32's rules: FluxBB's posts (a signature that is a text element too, the "#1 <date>"
header that is no subject, no date guessed from members' registration dates), a related
list labelled "في المنتدى", the info row under an `<h2>` below a blog's `<h1>` (Dotclear),
and Movable Type's category list among rel=tag links."""

from __future__ import annotations

from lxml import html as lxml_html

from extraction import extract
from extraction.article_header import info_row
from extraction.boilerplate import fold, is_tail_opener
from extraction.keywords import tag_links
from extraction.post_stream import named_post
from extraction.sites import get_site

SUBJECT = "الصحة تطلق حملة تطعيم ضد شلل الأطفال في 22 بلدية بالجنوب"
SENTENCE = ("أطلقت وزارة الصحة حملة وطنية للتطعيم ضد شلل الأطفال تستهدف أكثر من مئة وثمانين ألف "
            "طفل دون سن الخامسة في اثنتين وعشرين بلدية بالمنطقة الجنوبية")


def _post(n: int, when: str, text: str) -> str:
    return (f"<div id='p{n}' class='blockpost rowodd'><h2><span><span class='conr'>#{n}</span> "
            f"<a href='viewtopic.php?pid={n}#p{n}'>{when}</a></span></h2><div class='box'>"
            "<div class='postleft'><dl><dt><strong><a href='profile.php?id=4'>صوت_الجنوب</a>"
            "</strong></dt><dd><span>تاريخ التسجيل: 2015-11-03</span></dd></dl></div>"
            f"<div class='postright'><h3>{'' if n > 1 else SUBJECT}</h3>"
            f"<div class='postmsg'>{text}</div><div class='postsignature postmsg'><hr />"
            "<p>الجنوب ليس هامشا.. الجنوب قلب ليبيا</p></div></div></div></div>")


def _topic(first_when: str, extra: str = "") -> str:
    story = "".join(f"<p>{SENTENCE} {k}.</p>" for k in range(4)) + extra
    return (f"<html dir='rtl'><head><title>{SUBJECT} / الأخبار المحلية / منتديات ليبيا</title>"
            "</head><body><div id='brdtitle'><h1><a href='index.php'>منتديات ليبيا</a></h1></div>"
            f"{_post(1, first_when, story)}"
            f"{_post(2, 'اليوم 08:42:12', '<p>نعم، أوباري ضمن البلديات المستهدفة.</p>')}"
            "</body></html>")


URL = "https://forum.example/viewtopic.php?id=5102"


def test_a_fluxbb_topic_is_its_first_post() -> None:
    tree = lxml_html.document_fromstring(_topic("2024-11-03 14:20:37"))
    post = named_post(tree)
    assert post is not None and post.headline == SUBJECT  # the h3, not "#1 <date>"
    assert post.published == "2024-11-03T14:20:37"
    found = extract(get_site("generic"), URL, _topic("2024-11-03 14:20:37").encode())
    assert found.title == SUBJECT and found.published.startswith("2024-11-03")
    assert found.body.startswith(SENTENCE) and found.body.count("\n\n") == 3
    for chrome in ("قلب ليبيا", "أوباري", "تاريخ التسجيل"):
        assert chrome not in found.body


def test_a_relative_post_time_dates_nothing_and_registration_dates_are_no_guess() -> None:
    assert named_post(lxml_html.document_fromstring(_topic("اليوم 01:10:12"))).published is None
    found = extract(get_site("generic"), URL, _topic("اليوم 01:10:12").encode())
    assert found.ok and found.published is None  # not the poster's 2015-11-03


def test_a_related_list_labelled_in_the_forum_ends_the_text() -> None:
    for label in ("مواضيع ذات صلة في المنتدى:", "أخبار ذات صلة على الموقع",
                  "مواضيع ذات صلة بالمنتدى"):
        assert is_tail_opener(label, fold(label)), label
    assert not is_tail_opener("قال في المنتدى", fold("قال في المنتدى"))
    related = ("<p>مواضيع ذات صلة في المنتدى:</p><p><a href='viewtopic.php?id=4790'>انقطاع المياه "
               "عن أحياء في جنزور بسبب أعمال صيانة</a></p>")
    found = extract(get_site("generic"), URL, _topic("2024-11-03 14:20:37", related).encode())
    assert "جنزور" not in found.body and "ذات صلة" not in found.body


HEADLINE = "أسعار الحليب ترتفع في أسواق العاصمة قبل رمضان"


def test_a_blogs_info_row_under_its_h2_below_the_blogs_h1() -> None:
    text = "".join(f"<p>{SENTENCE} {k}.</p>" for k in range(4))
    html = (f"<html><head><title>{HEADLINE} - كرّاس تونس</title></head><body><div id='top'>"
            "<h1><a href='/'>كرّاس تونس</a></h1></div><div class='post'>"
            f"<h2 class='post-title'>{HEADLINE}</h2><p class='post-info'>Par هالة العياري, "
            "الثلاثاء 19 نوفمبر 2024, 10:40 - <a href='/category/eco'>اقتصاد</a> - "
            f"<a href='/post/2024/11/19/x'>Lien permanent</a></p><div class='post-content'>{text}"
            "</div></div><div id='sidebar'><span class='date'>الاثنين 25 نوفمبر 2024</span></div>"
            "</body></html>")
    found = extract(get_site("generic"), "https://blog.example/post/milk-prices", html.encode())
    assert found.title == HEADLINE and found.published.startswith("2024-11-19T10:40")
    assert "Lien permanent" not in found.body and "Par " not in found.body
    assert found.body.startswith(SENTENCE)


def test_movable_types_category_list_is_no_tag_list() -> None:
    html = ("<div class='entry-categories'><h4>التصنيفات</h4><ul><li><a href='/articles/' "
            "rel='tag'>مقالات</a></li></ul></div><div class='entry-tags'><ul><li><a href='#' "
            "rel='tag'>الإسكان</a></li><li><a href='#' rel='tag'>مجلس الأمة</a></li></ul></div>"
            # Discourse's tags beside the topic's category badge: tags
            "<div class='topic-category'><span class='badge-category'>أخبار</span>"
            "<div class='list-tags'><a href='/tag/x' class='discourse-tag' rel='tag'>مسابقات</a>"
            "</div></div>")
    assert tag_links(lxml_html.fromstring(html)) == ["الإسكان", "مجلس الأمة", "مسابقات"]


def test_a_title_xpath_cannot_take_finds_no_info_row() -> None:
    """The fuzzer's find: a title with a control character (lxml refuses it as an XPath
    string) looks for no subheading, and raises nothing."""
    tree = lxml_html.document_fromstring(f"<html><body><h2>{HEADLINE}</h2><p>نص</p></body></html>")
    assert info_row(tree, HEADLINE + "\x01") is None
    assert info_row(tree, HEADLINE) is None  # a paragraph, no link: no row
