"""The traits the unseen17 family wpcom_jetpack_blog is there for: an Arabic community news blog
on WordPress.com (theme Penscratch 2 with its rtl.css, generator "WordPress.com", Jetpack Open
Graph tags with a UTC published time), whose `div.entry-content` holds the story and then
Jetpack's `#jp-post-flair` (sharedaddy share buttons, the likes placeholder, related posts with
dates and contexts), followed by the entry footer, the author box, Highlander comments, the
sidebar widgets, the WordPress.com credit and the hidden action bar."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "wpcom_jetpack_blog"
COMMON = ('<html dir="rtl" lang="ar">', '<meta name="generator" content="WordPress.com" />',
          "href='https://s0.wp.com/wp-content/themes/pub/penscratch-2/rtl.css?",
          "<!-- Jetpack Open Graph Tags -->", "var actionbardata = {",
          "var related_posts_js_options = {\"post_heading\":\"h4\"};",
          '<body class="rtl post-template-default single single-post postid-',
          '<header class="entry-header">\n\t\t<h1 class="entry-title">',
          '<span class="byline"><span class="author vcard"><span class="sep"> ~ </span>'
          '<a class="url fn n" href="https://hayyuna.example/author/',
          '<div id="jp-post-flair" class="sharedaddy sd-like-enabled sd-sharing-enabled">'
          '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block '
          'sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">شارك هذا الموضوع:</h3>',
          '<a href="#" class="sharing-anchor sd-button share-more"><span>المزيد</span></a>',
          "<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper "
          "jetpack-likes-widget-unloaded' id='like-post-wrapper-218734562-",
          '<h3 class="sd-title">معجب بهذه:</h3><div class=\'likes-widget-placeholder '
          "post-likes-widget-placeholder' style='height: 55px;'><span class='button'><span>إعجاب"
          '</span></span> <span class="loading">تحميل...</span></div>',
          "<div id='jp-relatedposts' class='jp-relatedposts' >\n\t<h3 class=\"jp-relatedposts-"
          'headline"><em>ذات صلة</em></h3>',
          '<span class="jp-relatedposts-post-context">في &quot;',
          '</p></div></div></div>\t\t\t</div><!-- .entry-content -->\n\n\t<footer class="entry-'
          'footer">', '<h2 class="author-title">نُشر بواسطة <span class="author-name">',
          '<div id="respond" class="comment-respond">', 'id="highlander_comment_nonce"',
          '<h3 id="reply-title" class="comment-reply-title">اترك تعليقاً <small>',
          'class="widget widget_blog_subscription jetpack_subscription_widget"',
          '<a href="https://wordpress.com/?ref=footer_blog" rel="nofollow">مدونة على '
          'ووردبريس.كوم.</a>', '<div id="actionbar" dir="rtl" style="display: none;"',
          "<span>اشترك</span>", "<iframe src='https://widgets.wp.com/likes/master.html?")
CHROME = {"حيّنا", "أخبار أحياء إربد كما يرويها أهلها", "انتقل إلى المحتوى", "الرئيسية",
          "راسلنا", "شارك هذا الموضوع:", "فيسبوك", "واتساب", "المزيد", "طباعة", "معجب بهذه:",
          "إعجاب تحميل...", "ذات صلة", "اترك تعليقاً", "أدخل تعليقك هنا...", "أحدث المقالات",
          "اشترك في المدونة عبر البريد الإلكتروني", "اشترك", "مدونة على ووردبريس.كوم.",
          "نسخ الرابط المختصر", "الإبلاغ عن هذا المحتوى", "‹ السابق", "التالي ›",
          "سياسة ملفات تعريف الارتباط"}


def _common(n: int) -> tuple[str, dict, set]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    assert '"@context"' not in html  # WordPress.com prints no JSON-LD
    return html, truth, set(truth["must_not_contain"])


def test_unseen17_traits_wpcom_jetpack_blog() -> None:
    html, truth, chrome = _common(1)
    # posted at 00:40 Amman time (+03:00): the Open Graph time is the day before in UTC
    assert truth["published_shown"] == "5 مارس، 2024"
    assert truth["published"] == "2024-03-05" and truth["author"] == "رنا الشرمان"
    for mark in ('<meta property="article:published_time" content="2024-03-04T21:40:00+00:00" />',
                 '<time class="entry-date published" datetime="2024-03-05T00:40:00+03:00">5 مارس، '
                 '2024</time><time class="updated" datetime="2024-03-05T09:12:00+03:00">',
                 "إلى حديقة عامة خلال ثلاثة&nbsp;أسابيع</h1>", 'class="wp-caption aligncenter">',
                 '<figcaption id="caption-attachment-1490" class="wp-caption-text">متطوعون يغرسون',
                 "شارك فيه <strong>أكثر من ستين شاباً وفتاة</strong> من",
                 '<a href="https://www.irbid-municipality.example/" target="_blank" rel="noreferrer'
                 ' noopener">بلدية إربد الكبرى</a>',
                 '<h2 class="comments-title">\n\t\t\t\t3 رأي حول',
                 'class="comment byuser comment-author-ranashorman bypostauthor odd alt depth-2"'):
        assert mark in html, mark
    assert "wp-block-" not in html.split('<div class="entry-content">')[1].split("jp-post-flair")[0]
    assert CHROME | {"5 مارس، 2024", "رنا الشرمان", "نُشر بواسطة رنا الشرمان", "نشرت في أخبار الحي",
                     "متطوعون يغرسون أشجار الزيتون في الحديقة الجديدة صباح الجمعة الماضي",
                     "بلدية إربد تبدأ صيانة أرصفة شارع الحصن", "8 فبراير، 2024", 'في "بيئة"',
                     "مساحات خضراء", "أم يزن", "5 مارس، 2024 في 8:05 ص", "قال:", "رد",
                     "3 رأي حول “متطوعون يحولون أرضاً مهملة في حي التركمان إلى حديقة عامة خلال "
                     "ثلاثة أسابيع”"} <= chrome
    body = truth["body"]
    assert body.startswith("افتتح سكان حي التركمان في إربد مساء أمس الاثنين حديقة عامة صغيرة")
    assert body.endswith("على أراض مهملة أخرى داخل المدينة.") and body.count("\n\n") == 5
    assert "متطوعون يغرسون" not in body and "ذات صلة" not in body

    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "18 يوليو، 2024"
    assert truth["published"] == "2024-07-18" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2024-07-18T11:15:00+00:00" />',
                 '<time class="entry-date published" datetime="2024-07-18T14:15:00+03:00">18 يوليو،'
                 ' 2024</time></a></span>', '<blockquote class="wp-block-quote is-layout-flow '
                 'wp-block-quote-is-layout-flow">\n<p>«سيبدأ الضخ في أحياء النزهة',
                 '<a class="url fn n" href="https://hayyuna.example/author/hayyunateam/">'
                 'فريق حيّنا</a>'):
        assert mark in html, mark
    assert 'class="updated"' not in html and "comments-title" not in html and "<figure" not in html
    assert CHROME | {"18 يوليو، 2024", "فريق حيّنا", "نُشر بواسطة فريق حيّنا", "نشرت في خدمات",
                     "تحويلات مرورية مؤقتة قرب دوار القبة", 'في "أنشطة"', "مياه الشرب"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلنت شركة مياه اليرموك تعديل برنامج ضخ المياه لعدد من أحياء شرق")
    assert body.endswith("أصلحته الشركة لاحقاً.") and body.count("\n\n") == 4
    assert "\n\n«سيبدأ الضخ في أحياء النزهة" in body

    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "26 نوفمبر، 2023"
    assert truth["published"] == "2023-11-26" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2023-11-26T16:30:00+00:00" />',
                 '<time class="updated" datetime="2023-11-28T10:35:00+03:00">28 نوفمبر، 2023'
                 '</time>',
                 'class="wp-block-gallery has-nested-images columns-default is-cropped',
                 '<figcaption class="wp-element-caption">لوحة المواعيد الجديدة على مدخل المكتبة',
                 '</figure>\n\n\n\n<h2 class="wp-block-heading">مواعيد الدوام الجديدة</h2>',
                 "أن <strong>ستة معلمين متقاعدين</strong> من",
                 '<h2 class="comments-title">\n\t\t\t\tرأي واحد حول &ldquo;'):
        assert mark in html, mark
    assert 'class="wp-caption' not in html and "<blockquote" not in html
    assert CHROME | {"26 نوفمبر، 2023", "28 نوفمبر، 2023", "فريق حيّنا", "نشرت في تعليم وثقافة",
                     "قاعة المطالعة في الطابق الثاني بعد الظهر", "مع 4 تعليقات", "ليث العزام",
                     "طلبة يراجعون دروسهم في القاعة الأرضية مساءً", "طلبة التوجيهي"} <= chrome
    body = truth["body"]
    assert body.startswith("قررت إدارة مكتبة حي النزهة العامة تمديد ساعات عملها حتى التاسعة")
    assert body.endswith("بطاقة الأحوال المدنية أو البطاقة المدرسية عند الدخول.")
    assert body.count("\n\n") == 5 and "\n\nمواعيد الدوام الجديدة\n\n" in body
    assert "قاعة المطالعة في الطابق" not in body
