"""What unseen21 showed, and two unseen20 leftovers: a paragraph cut at its bold phrase
(Tilda's text records), a caption printed over its credit in a block of its own, a reading
time, tags parted by "·", a "الأكثر رواجاً" list (Zox News), a poster's line under the
source line of a reposted story (MyBB), and editor's notes that point elsewhere on the site
(Grav's series note, PHP-Nuke's "ملحوظة:")."""

from __future__ import annotations

from lxml import html as lxml_html

from extraction import extract
from extraction.appeal_lines import is_note_label, is_site_pointer
from extraction.boilerplate import is_boilerplate_line, tags_of_line
from extraction.counter_lines import is_counter_line
from extraction.recovered_text import with_runs_rejoined
from extraction.sites import get_site

HEADLINE = "آخر صناع المحامل الخشبية في عجمان يورثون الحرفة لأحفادهم"
STORY = (
    "على ضفة الخور في عجمان ما زال صوت المطارق يعلو كل صباح من ورشة صغيرة يديرها سالم بن "
    "عبيد، أحد آخر القلاليف الذين تعلموا بناء المحامل الخشبية بأيديهم.",
    "يقول بن عبيد إن المحمل الواحد كان يستغرق في الماضي نحو ثمانية أشهر، وإن ورشته أنجزت منذ "
    "افتتاحها ما يزيد على مئة وعشرين قاربا بين بوم وسنبوك وجالبوت.",
    "وتعمل المبادرة منذ مطلع العام على توثيق مراحل بناء محمل جديد بطول ستة عشر مترا بالصورة "
    "والتسجيل الصوتي، على أن يعرض الفيلم الوثائقي الناتج في الخريف المقبل.",
    "ويختم بن عبيد حديثه بأن خشب الساج المستورد صار أغلى من أي وقت مضى، لكن ما يقلقه أكثر هو "
    "أن تنقطع السلسلة التي ورثها عن أبيه وجده.",
)


def _page(middle: str, after: str = "") -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY[:2])
    rest = "".join(f"<p>{p}</p>" for p in STORY[2:])
    return (f'<html dir="rtl"><head><meta charset="utf-8"><title>{HEADLINE}</title></head>'
            f'<body><div class="main"><h1>{HEADLINE}</h1>{paragraphs}{middle}{rest}</div>{after}'
            "</body></html>").encode()


def _extract(page: bytes):
    return extract(get_site("generic"), "https://site.example/news/2024/04/14/1", page)


def test_a_paragraph_cut_at_its_bold_phrase_is_one_paragraph_again() -> None:
    cut = ["ولا ترسم المحامل على الورق في هذه الورشة. لذلك قرر بن عبيد أن يعلم أحفاده",
           "تثبيت الأضلاع وسد الفواصل بالقطن", "كما تعلمها هو من والده."]
    tree = lxml_html.fromstring(f"<html><body><div>{cut[0]} <strong>{cut[1]}</strong> "
                                f"{cut[2]}</div><div>{STORY[0]}</div></body></html>")
    assert with_runs_rejoined([STORY[0], *cut], tree) == [STORY[0], " ".join(cut)]
    # Two paragraphs of one <br> run, a dateline under its label, a line ending in a stop:
    # each stays a line of its own.
    for holder, lines in (
            (f"<div>عنوان فرعي<br>\n<b>{STORY[1]}</b></div>", ["عنوان فرعي", STORY[1]]),
            ("<div><a href='/news'>أخبار</a> <span>06.02.2024 | 17:50 GMT+3</span></div>",
             ["أخبار", "06.02.2024 | 17:50 GMT+3"]),
            (f"<h3>عنوان فرعي</h3><div><b>{STORY[0]}</b> {STORY[1]}</div>",
             ["عنوان فرعي", STORY[0], STORY[1]])):
        tree = lxml_html.fromstring(f"<html><body>{holder}</body></html>")
        assert with_runs_rejoined(lines, tree) == lines, holder


def test_a_caption_over_its_credit_in_a_block_of_its_own_is_not_text() -> None:
    image = '<div class="t-rec"><img src="/p.jpg" width="800" height="500"></div>'
    caption = ('<div class="t-text"><span>القلاف سالم بن عبيد يتفقد أضلاع محمل قيد البناء</span>'
               "<br><span>تصوير: حمدان الشامسي / رواة</span></div>")
    article = _extract(_page(image + caption))
    assert article.body.split("\n\n") == list(STORY)
    # A sentence (it ends with a stop) over a credit is the text's own paragraph.
    sentence = "وقد زار الورشة وفد من وزارة الثقافة صباح أمس للاطلاع على مراحل العمل."
    article = _extract(_page(image + f"<div>{sentence}<br>تصوير: حمدان الشامسي</div>"))
    assert sentence in article.body.split("\n\n")
    # A block of more lines than the caption and its credit is not a caption's block.
    heading = "ورشة على ضفة الخور"
    article = _extract(_page(f"<div>{heading}<br>تصوير: حمدان الشامسي<br>{sentence}</div>"))
    assert heading in article.body.split("\n\n")


def test_a_reading_time_or_a_view_counter_alone_is_not_text() -> None:
    for line in ("7 دقائق قراءة", "٥ دقائق للقراءة", "مدة القراءة: 4 دقائق", "قراءة في دقيقتين",
                 "وقت القراءة 3 دقيقة", "دقيقة واحدة قراءة", "6 min read", "عدد المشاهدات: ٣٩٠١",
                 "1,204 مشاهدة", "218K subscribers", "34.1K photos"):
        assert is_counter_line(line) and is_boilerplate_line(line), line
    for line in ("7 دقائق", "قراءة في كتاب جديد عن تاريخ الخليج", "قرأ الطلاب 7 دقائق قراءة صامتة",
                 "استغرقت القراءة الأولى للمشروع 7 دقائق فقط", "218K", "2024 photos of the war"):
        assert not is_counter_line(line), line


def test_tags_parted_by_middle_dots() -> None:
    assert tags_of_line("وسوم: الحرف التقليدية · صناعة السفن · عجمان") == [
        "الحرف التقليدية", "صناعة السفن", "عجمان"]
    assert tags_of_line("الوسوم: تراث • بحر") == ["تراث", "بحر"]


def test_a_trending_list_goes_with_its_label() -> None:
    items = ("مهرجان غدامس السياحي يعود بعد انقطاع بمشاركة فرق شعبية",
             "تونس وليبيا تتفقان على تسهيل حركة الشاحنات عبر المنافذ البرية")
    trending = ('<div><h4><span>الأكثر رواجاً</span></h4><ul>' + "".join(
        f'<a href="/{n}/"><li><span>منوعات</span><span>منذ {n} ساعات</span><p>{t}</p></li></a>'
        for n, t in enumerate(items, 3)) + "</ul></div>")
    article = _extract(_page("", trending))
    assert article.body.split("\n\n") == list(STORY)
    assert [(link["url"], link["kind"]) for link in article.related] == [
        ("https://site.example/3/", "most_read"), ("https://site.example/4/", "most_read")]


def _repost(after_source: str) -> bytes:
    story = "<br><br>".join(STORY)
    return (f'<html dir="rtl"><head><meta charset="utf-8"><title>{HEADLINE}</title></head>'
            f'<body><div class="post"><div class="post_body">{story}<br><br>المصدر: '
            f'<a href="https://paper.example/1">صحيفة التيار</a><br><br>{after_source}</div>'
            "</div></body></html>").encode()


def test_a_posters_short_lines_under_the_source_line_are_not_text() -> None:
    article = _extract(_repost("نسأل الله التوفيق لأبنائنا وبناتنا الممتحنين.."))
    assert article.body.split("\n\n") == list(STORY)
    assert article.source == "صحيفة التيار"
    # Three lines, or a paragraph's worth of words, after it: the text goes on.
    more = ("وأضاف المجلس أن النتائج ستعلن في موعدها المحدد بعد انتهاء أعمال التصحيح في جميع "
            "المراكز داخل البلاد وخارجها.")
    for after in (more, "<br><br>".join(("سطر أول قصير", "سطر ثان قصير", "سطر ثالث قصير"))):
        article = _extract(_repost(after))
        assert article.body.split("\n\n")[:len(STORY)] == list(STORY)
        assert len(article.body.split("\n\n")) > len(STORY), after


def test_a_source_line_above_the_text_ends_nothing() -> None:
    page = (f'<html dir="rtl"><head><meta charset="utf-8"><title>{HEADLINE}</title></head>'
            f"<body><article><h1>{HEADLINE}</h1><p>المصدر: وكالات</p>"
            "<p>وأكد المجلس أن العمل مستمر.</p><p>وقال إن الورشة مفتوحة للزوار.</p></article>"
            "</body></html>").encode()
    assert _extract(page).body.split("\n\n") == [
        "وأكد المجلس أن العمل مستمر.", "وقال إن الورشة مفتوحة للزوار."]


SERIES = ("هذه المادة جزء من ملفنا الصيفي «الشاون في مواجهة الحرائق». تجدون بقية حلقات الملف في "
          "صفحة الأعداد.")
GALLERY = "الصور الكاملة للمباراة النهائية وحفل التتويج في قسم معرض الصور بالموقع."


def test_editors_notes_pointing_elsewhere_on_the_site_go_above_and_under_the_text() -> None:
    page = (f'<html dir="rtl"><head><meta charset="utf-8"><title>{HEADLINE}</title></head>'
            f"<body><article><h1>{HEADLINE}</h1><p><em>{SERIES}</em></p>"
            + "".join(f"<p>{p}</p>" for p in STORY)
            + f"<p>ملحوظة:</p><p>{GALLERY}</p></article></body></html>").encode()
    assert _extract(page).body.split("\n\n") == list(STORY)
    assert is_site_pointer(SERIES) and is_site_pointer(GALLERY)
    assert is_note_label("ملحوظة:") and is_note_label("تنويه") and not is_note_label("ملحوظة عابرة")


def test_text_that_mentions_the_site_stays() -> None:
    for line in (
            # A paragraph's worth: the NGO's project page named in its news.
            "ويأتي المشروع ضمن خطة الجمعية للأعوام 2023 إلى 2026، ويمكن الاطلاع على تفاصيله "
            "ومعايير المشاركة في الدورات القادمة عبر صفحة المشروع على موقعنا، علما أن باب "
            "التسجيل للدفعة الثانية سيفتح مطلع حزيران المقبل.",
            "تجدون في قسم الرياضة تغطية المباراة",  # no word for the site
            # More words than a note: the text's own paragraph about the site's archive.
            "وقالت المؤسسة إن القراء يمكنكم منذ اليوم تصفح أرشيفنا الرقمي الكامل الذي يضم أعداد "
            "الصحيفة منذ صدورها الأول عام 1952، بعد مشروع رقمنة استمر ثلاث سنوات بتمويل من "
            "المكتبة الوطنية.",
            "وأطلقت البلدية بالموقع نفسه حديقة جديدة للأطفال."):  # no pointer to the reader
        assert not is_site_pointer(line), line
    # Mid-text, a pointer is the text's own sentence.
    page = (f'<html dir="rtl"><head><meta charset="utf-8"><title>{HEADLINE}</title></head>'
            f"<body><article><h1>{HEADLINE}</h1><p>{STORY[0]}</p><p>{GALLERY}</p>"
            + "".join(f"<p>{p}</p>" for p in STORY[1:]) + "</article></body></html>").encode()
    assert _extract(page).body.split("\n\n") == [STORY[0], GALLERY, *STORY[1:]]
