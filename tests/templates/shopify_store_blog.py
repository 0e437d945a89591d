"""The news blog ("الأخبار", /blogs/news) of a Saudi dates producer's Shopify store, دار السكري
للتمور (Buraidah, Qassim; shop time zone Asia/Riyadh, +03:00, currency SAR, Arabic default
locale), on Dawn 15 (Online Store 2.0) with an RTL patch, as the storefront serves an article.
Head: `<html class="no-js" lang="ar" dir="rtl">`, Dawn's `<title>` ("headline &ndash; shop"),
the content-truncated meta description, Dawn's meta-tags snippet (og:type article; og:image the
article image, or the shop's share image on page 2; twitter:site), Dawn's deferred scripts,
then `content_for_header` (digital-wallet meta, the blog's Atom feed link, hreflang alternates,
`shopify-features` JSON, `Shopify.theme` naming Dawn 15.2.0, `__st` with the shop offset 10800
and `"p":"article"`), the `style data-shopify` color schemes and base.css. Body: Dawn's skip
link, the header group (announcement bar - two slides on page 3 -, `sticky-header` with the
menu drawer, inline menu with an "المتجر" dropdown, search modal, account and cart icons, the
Organization JSON-LD), the empty `cart-drawer`, then `main#MainContent` with the
`main-article` section: `article.article-template` (itemtype BlogPosting),
`article-template__hero-container` (pages 1 and 3), the header with
`h1.article-template__title`, the `circle-divider` date span holding a `time_tag` (`datetime`
in UTC, text in shop time in the store's Arabic "date" format, zero-padded day: "03 ديسمبر
2024"), the author span (blog_show_author on: a person on page 1, the store's staff account
"Dar Alsukkari" on pages 2 and 3), `article-template__content ... rte` with the merchant's
rich text, the share-button block ("مشاركة" twice, link field), the "العودة إلى المدونة" link,
the comments wrapper (page 1: two comments, page 3: three; page 2 none) with Dawn's
`</span\n><span>` author-date join and the "اترك تعليقًا" form of a moderated blog, and Dawn's
Article JSON-LD whose `datePublished`/`dateCreated` print shop-local time with a literal "Z"
(page 2, posted 00:40 local, has `datetime="...02T21:40:00Z"` but shows and is the 3rd). A
`featured-blog` section "آخر الأخبار" follows (article cards printed twice each, as Dawn does;
titles truncated to 50 characters, 10-word excerpts with "..."): newer posts on pages 1-2; on
page 3 (a four-post slider) the list starts with the article itself, its lead's first words as
the excerpt. Footer group: "من نحن" text, two link menus, "اشترك في رسائلنا" newsletter,
social icons, country/region (SAR ر.س | السعودية and the GCC list) and language selectors,
payment icons with their svg titles, "© year, shop", "مدعوم من Shopify", policies; then the
hidden a11y list and a WhatsApp app embed. Page 1's content has an inline image with an
italic centred caption; page 2 is a Google Docs paste (meta charset, `<b id="docs-internal-
guid-...">` wrapping the whole post, `span` styles, an inline link, a trailing `<p>&nbsp;</p>`);
page 3 bolds a phrase, links a product, has an `<h3>` subheading and a YouTube iframe. All of
it but the article's own paragraphs is chrome."""

from __future__ import annotations

import json
import re
from datetime import UTC, timedelta, timezone

from .base import MONTHS, Article, Page, e

NAME = "shopify_store_blog"
HELD_OUT = True
SET = "unseen19"
FAMILY = "Shopify Dawn 15 store blog article (Arabic, RTL): main-article hero/title/circle-divider time_tag, rte content, share, comments, featured-blog cards, header/footer groups, cart drawer"
HOST = "https://dar-alsukkari.example"
DOMAIN = HOST.removeprefix("https://")
SHOP = "دار السكري للتمور"
SHOP_ID = 58923671841
ASSETS = f"//{DOMAIN}/cdn/shop/t/4/assets"
HG, FG, TPL = "sections--17265839521953", "sections--17265839554721", "template--17265839292577"
LOCAL = timezone(timedelta(hours=3))
HANDLES = {1: "sukkari-harvest-season-2024", 2: "uae-supply-agreement",
           3: "sallat-alkhair-ramadan-2025"}
AUTHORS = {1: "ريم العتيبي", 2: "Dar Alsukkari", 3: "Dar Alsukkari"}
CREATED = {1: timedelta(hours=-17, minutes=-28), 2: timedelta(hours=-5, minutes=-27),
           3: timedelta(days=-2, hours=-3)}
YEAR = {1: 2024, 2: 2025, 3: 2025}  # the footer's copyright year, the year each page was fetched
HERO = {1: ("sukkari-harvest-2024.jpg", 1723962612, 1600, 1067, "نخيل السكري في مزرعة الدار"),
        3: ("sallat-alkhair-2025.jpg", 1740395410, 1800, 1200, "متطوعون يعبئون سلال التمور")}
ANNOUNCE = ("توصيل مجاني داخل المملكة للطلبات فوق 250 ر.س",
            "طلبات علب هدايا رمضان للشركات متاحة الآن")
MENU = (("/", "الرئيسية"), ("/collections/all", "المتجر"), ("/collections/gift-boxes", "علب الهدايا"),
        ("/pages/our-story", "قصتنا"), ("/blogs/news", "الأخبار"), ("/pages/contact", "تواصل معنا"))
SUBMENU = (("/collections/sukkari-mufattal", "سكري مفتّل"), ("/collections/sukkari-malaki", "سكري ملكي"),
           ("/collections/maamoul-dibs", "معمول ودبس"), ("/collections/saudi-coffee", "القهوة السعودية"))
UI = {"skip": "تخطي إلى المحتوى", "login": "تسجيل الدخول", "search": "البحث", "cart": "سلة التسوق", "empty": "سلة التسوق فارغة", "continue": "متابعة التسوق", "have": "هل لديك حساب؟", "login_p": "سجّل الدخول لإتمام عملية الدفع بشكل أسرع.", "total": "الإجمالي التقديري", "zero": "0.00 ر.س",
      "tax": "شاملة الضريبة. تُحتسب الخصومات والشحن عند إتمام الطلب.", "checkout": "إتمام الطلب", "share": "مشاركة", "link": "الرابط", "close": "إغلاق المشاركة", "copy": "نسخ الرابط", "back": "العودة إلى المدونة", "form": "اترك تعليقًا", "name": "الاسم *", "email": "البريد الإلكتروني *", "msg": "تعليق *",
      "moderated": "يُرجى ملاحظة أنه يجب الموافقة على التعليقات قبل نشرها.", "blog_title": "آخر الأخبار", "all": "عرض الكل", "about": "من نحن", "about_p": "مزارع عائلية في القصيم تزرع السكري منذ 1998، ونوصل تمورنا طازجة إلى باب بيتك.", "news": "اشترك في رسائلنا", "mail": "البريد الإلكتروني", "country": "الدولة/المنطقة",
      "lang": "اللغة", "pay": "طرق الدفع", "powered": "مدعوم من Shopify", "a11y1": "اختيار أحد الخيارات يؤدي إلى تحديث الصفحة بالكامل.", "a11y2": "يفتح في نافذة جديدة.", "wa": "تواصل معنا عبر واتساب"}
FOOTER_MENUS = (("خدمة العملاء", (("/search", "البحث"), ("/pages/faq", "الأسئلة الشائعة"),
                                  ("/policies/shipping-policy", "سياسة الشحن والتوصيل"),
                                  ("/pages/track-order", "تتبع طلبك"))),
                ("تسوق", SUBMENU))
SOCIAL = (("instagram", "https://instagram.com/daralsukkari", "Instagram"),
          ("snapchat", "https://www.snapchat.com/add/daralsukkari", "Snapchat"),
          ("tiktok", "https://www.tiktok.com/@daralsukkari", "TikTok"),
          ("twitter", "https://x.com/daralsukkari", "X (Twitter)"))
COUNTRIES = (("AE", "AED", "د.إ", "الإمارات العربية المتحدة"), ("BH", "BHD", "د.ب", "البحرين"),
             ("KW", "KWD", "د.ك", "الكويت"), ("OM", "OMR", "ر.ع.", "عُمان"), ("QA", "QAR", "ر.ق", "قطر"),
             ("SA", "SAR", "ر.س", "السعودية"))
PAYMENTS = (("apple_pay", "Apple Pay"), ("mada", "Mada"), ("master", "Mastercard"), ("visa", "Visa"))
POLICIES = (("refund-policy", "سياسة الاسترداد"), ("privacy-policy", "سياسة الخصوصية"),
            ("terms-of-service", "شروط الخدمة"), ("shipping-policy", "سياسة الشحن"),
            ("contact-information", "معلومات الاتصال"))
# (author, minutes after publishing, comment) — page 2's post has none yet
COMMENTS = {1: (("أبو فيصل", 1910, "ما شاء الله، ننتظر طرح السكري المفتل الجديد. هل يتوفر التوصيل إلى الرياض في نفس اليوم؟"),
                ("Noura A.", 4485, "طلبت علبة الهدايا الموسم الماضي وكانت ممتازة، بالتوفيق لكم.")),
            2: (),
            3: (("أم عبدالله", 95, "فكرة جميلة، أضفت سلتين مع طلبي اليوم. جزاكم الله خيرا."),
                ("سعد الدوسري", 400, "هل يمكن للشركات المساهمة بكميات أكبر؟ نرغب في المشاركة باسم مؤسستنا."),
                ("Hessa", 1333, "مبادرة رائعة 🌙"))}
COMMENT_COUNT = {1: "تعليقان", 3: "3 تعليقات"}
# featured-blog cards: (days after this article, handle, first ten words of the post)
GIFTS = ("ramadan-corporate-gift-boxes", "بدأنا استقبال طلبات الشركات والجهات لعلب هدايا رمضان مع إمكانية")
WINTER = ("winter-sukkari-coffee-box", "تجمع تشكيلة الشتاء بين تمر السكري الفاخر والقهوة السعودية المحمصة")
CARDS = {1: ((45, "new-branch-riyadh-almalqa", "يسعدنا أن نعلن افتتاح فرعنا الجديد في حي الملقا شمال الرياض"),
             (18, "buraidah-dates-festival", "تشارك الدار هذا العام في مهرجان بريدة للتمور بجناح يضم ركنا"),
             (10, "keep-sukkari-fresh", "يحافظ تمر السكري على طراوته وطعمه لأشهر طويلة إذا حفظ بالطريقة")),
         2: ((48, *GIFTS), (15, *WINTER), (6, "buraidah-branch-hours", "نمدد ساعات العمل في فرع بريدة خلال إجازة منتصف العام الدراسي")),
         3: ((-14, "maamoul-samn-limited", "أطلقنا اليوم إصدارا محدودا من معمول التمر المحضر بالسمن البري"), (-35, *GIFTS), (-68, *WINTER))}
CARET = '<svg class="icon icon-caret" viewBox="0 0 10 6"><path fill="currentColor" fill-rule="evenodd" d="M9.354.646a.5.5 0 0 0-.708 0L5 4.293 1.354.646a.5.5 0 0 0-.708.708l4 4a.5.5 0 0 0 .708 0l4-4a.5.5 0 0 0 0-.708" clip-rule="evenodd"/></svg>'
ARROW = '<svg xmlns="http://www.w3.org/2000/svg" fill="none" class="icon icon-arrow" viewBox="0 0 14 10"><path fill="currentColor" fill-rule="evenodd" d="M8.537.808a.5.5 0 0 1 .817-.162l4 4a.5.5 0 0 1 0 .708l-4 4a.5.5 0 1 1-.708-.708L11.793 5.5H1a.5.5 0 0 1 0-1h10.793L8.646 1.354a.5.5 0 0 1-.109-.546" clip-rule="evenodd"/></svg>'
CLOSE = '<span class="svg-wrapper"><svg xmlns="http://www.w3.org/2000/svg" fill="none" class="icon icon-close" viewBox="0 0 18 17"><path fill="currentColor" d="M.865 15.978a.5.5 0 0 0 .707.707l7.433-7.431 7.579 7.282a.501.501 0 0 0 .846-.37.5.5 0 0 0-.153-.351L9.712 8.546l7.417-7.416a.5.5 0 1 0-.707-.708L8.991 7.853 1.413.573a.5.5 0 1 0-.693.72l7.563 7.268-7.418 7.417z"/></svg>\n</span>'
SHARE = '<span class="svg-wrapper"><svg xmlns="http://www.w3.org/2000/svg" fill="none" class="icon icon-share" viewBox="0 0 13 12"><path stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" d="M1.625 8.125v2.167a1.083 1.083 0 0 0 1.083 1.083h7.584a1.083 1.083 0 0 0 1.083-1.083V8.125"/><path fill="currentColor" fill-rule="evenodd" d="M6.148 1.271a.5.5 0 0 1 .707 0L9.563 3.98a.5.5 0 0 1-.707.707L6.501 2.332 4.147 4.687a.5.5 0 1 1-.708-.707z" clip-rule="evenodd"/></svg>\n</span>'


def _local(moment):
    return moment.astimezone(LOCAL)


def _shown(moment) -> str:
    """The store's Arabic "date" format, shop time, zero-padded day: "03 ديسمبر 2024"."""
    d = _local(moment)
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def _time_tag(moment) -> str:
    return f'<time datetime="{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}">{_shown(moment)}</time>'


def _ld_date(moment) -> str:
    """Dawn's `date: '%Y-%m-%dT%H:%M:%SZ'`: shop-local wall time with a literal Z."""
    return f"{_local(moment):%Y-%m-%dT%H:%M:%S}Z"


def _truncate(text: str, size: int = 50) -> str:
    """Liquid `truncate: 50`: the ellipsis counts in the 50."""
    return text if len(text) <= size else text[: size - 3] + "..."


def _mark(text: str, phrase: str, html: str) -> str:
    return e(text).replace(e(phrase), html.format(e(phrase)), 1)


def _content(article: Article, n: int) -> str:
    paras = [article.lead, *article.paragraphs]
    if n == 1:
        img = ('<p><img src="https://cdn.shopify.com/s/files/1/0589/2367/1841/files/sarm-buraidah-farm.jpg?v=1723962731" '
               'alt="عمال يجنون عذوق السكري" style="float: none;"></p>\n'
               f'<p style="text-align: center;"><em>{e(article.caption)}</em></p>')
        out = [f"<p>{e(p)}</p>" for p in paras]
        out.insert(3, img)
        return "\n".join(out)
    if n == 2:
        span = '<span style="font-size: 12pt; font-family: Arial; color: #000000; background-color: transparent; font-weight: 400; font-style: normal; font-variant: normal; text-decoration: none; vertical-align: baseline; white-space: pre-wrap;">{}</span>'
        texts = [_mark(paras[0], "«واحة الخليج»", '</span><span style="font-size: 12pt; font-family: Arial; font-weight: 700; white-space: pre-wrap;">{}</span><span style="font-size: 12pt; font-family: Arial; white-space: pre-wrap;">'),
                 e(paras[1]),
                 _mark(paras[2], "شهادات سلامة الغذاء", '</span><a href="https://dar-alsukkari.example/pages/certificates" style="text-decoration: none;"><span style="font-size: 12pt; font-family: Arial; color: #1155cc; text-decoration: underline; white-space: pre-wrap;">{}</span></a><span style="font-size: 12pt; font-family: Arial; white-space: pre-wrap;">'),
                 e(paras[3])]
        ps = "<br>".join(f'<p dir="rtl" style="line-height: 1.38; text-align: justify; margin-top: 0pt; margin-bottom: 8pt;">{span.format(t)}</p>' for t in texts)
        return f'<meta charset="utf-8"><b style="font-weight: normal;" id="docs-internal-guid-7c1e2f4a-7fff-3b9d-52e8-a0c4d61f9b37">{ps}</b>\n<p>&nbsp;</p>'
    out = [f"<p>{_mark(paras[0], '15 ألف سلة', '<strong>{}</strong>')}</p>", f"<p>{e(paras[1])}</p>",
           '<p><iframe width="560" height="315" src="https://www.youtube.com/embed/Qm4xT7vLp2E?si=8Zr0WkVqD3bHc1nA" title="YouTube video player" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen=""></iframe></p>',
           f"<h3>{e(paras[2])}</h3>",
           "<p>" + _mark(paras[3], "«سلة الخير»", '<a href="/products/sallat-alkhair" title="سلة الخير">{}</a>') + "</p>",
           *(f"<p>{e(p)}</p>" for p in paras[4:])]
    return "\n".join(out)


def _hero(n: int) -> str:
    if n not in HERO:
        return ""
    file, v, w, h, alt = HERO[n]
    src = f"//{DOMAIN}/cdn/shop/articles/{file}?v={v}"
    sizes = " ".join(f"{src}&amp;width={x} {x}w," for x in (350, 750, 1100, 1500) if x <= w)
    return f"""<div class="article-template__hero-container scroll-trigger animate--fade-in" > <div class="article-template__hero-adapt media" style="padding-bottom: {1 / (w / h) * 100}%;"
            > <img srcset=" {sizes} {src} {w}w " sizes="(min-width: 1200px) 1100px, (min-width: 750px) calc(100vw - 10rem), 100vw"
                src="{src}&amp;width=1100" loading="eager" fetchpriority="high" width="{w}" height="{h}" alt="{alt}"
              > </div>
          </div>"""


def _comments(article: Article, n: int, page: Page) -> str:
    rows = []
    for k, (author, minutes, text) in enumerate(COMMENTS[n]):
        when = article.moment + timedelta(minutes=minutes)
        page.add(author, _shown(when), text)
        rows.append(f"""<article id="{130012364833 + 977 * n + k}" class="article-template__comments-comment">
                  <p>{e(text)}</p>
                  <footer class="right">
                    <span class="circle-divider caption-with-letter-spacing">{e(author)}</span
                    ><span class="caption-with-letter-spacing">{_time_tag(when)}</span>
                  </footer>
                </article>""")
    head = ""
    if rows:
        page.add(COMMENT_COUNT[n])
        head = f"""<h2 id="Comments-{article.slug}" tabindex="-1">
            {COMMENT_COUNT[n]}
          </h2>
          <div class="article-template__comments">{''.join(rows)}</div>"""
    page.add(UI["form"], UI["name"], UI["email"], UI["msg"], UI["moderated"])
    return f"""<div class="article-template__comment-wrapper background-secondary"> <div id="comments" class="page-width page-width--narrow">{head}<form method="post" action="/blogs/news/{HANDLES[n]}/comments#comment_form" id="comment_form" accept-charset="UTF-8" class="comment-form"><input type="hidden" name="form_type" value="new_comment" /><input type="hidden" name="utf8" value="✓" /> <h2>{UI["form"]}</h2><div> <div class="article-template__comment-fields"> <div class="field field--with-error"> <input type="text" name="comment[author]" id="CommentForm-author" class="field__input" autocomplete="name" value="" aria-required="true" required placeholder="الاسم"> <label class="field__label" for="CommentForm-author">الاسم
                  <span aria-hidden="true">*</span></label
                ></div> <div class="field field--with-error"> <input type="email" name="comment[email]" id="CommentForm-email" autocomplete="email" class="field__input" value="" autocorrect="off" autocapitalize="off" aria-required="true" required placeholder="البريد الإلكتروني"> <label class="field__label" for="CommentForm-email">البريد الإلكتروني <span aria-hidden="true">*</span></label
                ></div> </div> <div class="field field--with-error"> <textarea rows="5" name="comment[body]" id="CommentForm-body" class="text-area field__input" aria-required="true" required placeholder="تعليق"></textarea> <label class="form__label field__label" for="CommentForm-body">تعليق <span aria-hidden="true">*</span></label
              > </div></div><p class="article-template__comment-warning caption">{UI["moderated"]}</p><input type="submit" class="button" value="نشر تعليق"> </form></div>
    </div>"""


def _cards(article: Article, n: int, page: Page) -> str:
    cards = [(0, HANDLES[n], " ".join(article.lead.split()[:10]), article.headline)] if n == 3 else []
    cards += [(d, h, x, t) for (d, h, x), t in zip(CARDS[n], article.related, strict=True)]
    items = []
    for k, (days, handle, words, title) in enumerate(cards, 1):
        when = article.moment + timedelta(days=days, hours=2 * k)
        head, excerpt = e(_truncate(title)), e(words + "...")
        page.add(_truncate(title), _shown(when), words + "...")
        info = f"""<div class="card__information">
            <h3 class="card__heading h2">
              <a href="/blogs/news/{handle}" class="full-unstyled-link">
                {head}
              </a>
            </h3>
            <div class="article-card__info caption-with-letter-spacing h5"><span class="circle-divider">{_time_tag(when)}</span></div><p class="article-card__excerpt rte-width">{excerpt}</p><div class="article-card__footer"></div></div>"""
        items.append(f"""<li id="Slide-{TPL}__featured_blog_Ak9pQr-{k}" class="blog__post grid__item article slider__slide slider__slide--full-width">
              <div class="article-card-wrapper card-wrapper underline-links-hover">
    <div class="card article-card card--standard card--text" style="--ratio-percent: 60.24096385542169%;">
      <div class="card__inner  color-scheme-2 gradient ratio" style="--ratio-percent: 60.24096385542169%;"><div class="card__content">
          {info}
        </div>
      </div>
      <div class="card__content">
        {info}
      </div>
    </div>
  </div>
            </li>""")
    slider = ""
    if len(cards) > 3:
        page.add(f"1 / من {len(cards)}")
        slider = f"""<div class="slider-buttons"><button type="button" class="slider-button slider-button--prev" name="previous" aria-label="الانتقال لليسار">{CARET}</button><div class="slider-counter caption">
              <span class="slider-counter--current">1</span>
              <span aria-hidden="true"> / </span>
              <span class="visually-hidden">من</span>
              <span class="slider-counter--total">{len(cards)}</span>
            </div><button type="button" class="slider-button slider-button--next" name="next" aria-label="الانتقال لليمين">{CARET}</button></div>"""
    page.add(UI["blog_title"], UI["all"])
    return f"""<section id="shopify-section-{TPL}__featured_blog_Ak9pQr" class="shopify-section section"><link rel="stylesheet" href="{ASSETS}/component-slider.css?v=14039311878856620671731502317" media="print" onload="this.media='all'"> <link rel="stylesheet" href="{ASSETS}/component-article-card.css?v=160208697864808015321731502316" media="print" onload="this.media='all'"> <link rel="stylesheet" href="{ASSETS}/section-featured-blog.css?v=22345923738662585751731502318" media="print" onload="this.media='all'"> <div class="color-scheme-1 gradient"> <div class="blog page-width section-{TPL}__featured_blog_Ak9pQr-padding"> <div class="title-wrapper-with-link title-wrapper--self-padded-mobile title-wrapper--no-top-margin"> <h2 id="SectionHeading-{TPL}__featured_blog_Ak9pQr" class="blog__title inline-richtext h2 scroll-trigger animate--slide-in">{UI["blog_title"]}</h2><a href="/blogs/news" class="link underlined-link large-up-hide">{UI["all"]}</a></div><slider-component class="slider-mobile-gutter">
      <ul id="Slider-{TPL}__featured_blog_Ak9pQr" class="blog__posts articles-wrapper contains-card contains-card--standard grid grid--peek grid--2-col-tablet grid--3-col-desktop slider slider--tablet" role="list">{''.join(items)}</ul>{slider} </slider-component><div class="blog__view-all center small-hide medium-hide"> <a href="/blogs/news" id="ViewAll-{TPL}__featured_blog_Ak9pQr" class="blog__button button" aria-labelledby="ViewAll-{TPL}__featured_blog_Ak9pQr SectionHeading-{TPL}__featured_blog_Ak9pQr">{UI["all"]}</a> </div></div> </div>
</section>"""


def _header(n: int, page: Page) -> str:
    slides = ANNOUNCE if n == 3 else ANNOUNCE[:1]
    page.add(UI["skip"], *slides, *(label for _, label in MENU), *(label for _, label in SUBMENU),
             UI["login"], UI["search"], UI["cart"], UI["empty"], UI["continue"], UI["have"],
             UI["login_p"], UI["total"], UI["zero"], UI["tax"], UI["checkout"])
    bar = "".join(f"""<div class="slideshow__slide slider__slide grid__item grid--1-col" id="Slide-{HG}__announcement-bar-{k}" role="group" aria-roledescription="إعلان" aria-label="{k} من {len(slides)}" tabindex="-1"><div class="announcement-bar__announcement" role="region" aria-label="إعلان"><a href="/collections/{'all' if k == 1 else 'gift-boxes'}" class="announcement-bar__link link link--text focus-inset animate-arrow"><p class="announcement-bar__message h5">
            <span>{text}</span>{ARROW}
</p></a></div></div>""" for k, text in enumerate(slides, 1))
    if n != 3:
        bar = re.sub(r'<div class="slideshow__slide[^>]*>(.*)</div>$', r"\1", bar, flags=re.S).replace("announcement-bar__announcement", "announcement-bar", 1)
    else:
        bar = f'<slideshow-component class="announcement-bar" role="region" aria-roledescription="شريط العرض" aria-label="إعلان"><div class="announcement-bar-slider slider-buttons"><div class="grid grid--1-col slider slider--everywhere" id="Slider-{HG}__announcement-bar" aria-live="polite" aria-atomic="true" data-autoplay="true" data-speed="5">{bar}</div></div></slideshow-component>'
    drawer = "".join(f"""<li><a id="HeaderDrawer-{k}" href="{href}" class="menu-drawer__menu-item list-menu__item link link--text focus-inset">
                      {label}
                    </a></li>""" if k != 2 else f"""<li><details id="Details-menu-drawer-menu-item-2">
                      <summary id="HeaderDrawer-2" class="menu-drawer__menu-item list-menu__item link link--text focus-inset">
                        {label}{CARET}
                      </summary>
                      <div id="link-2" class="menu-drawer__submenu has-submenu gradient motion-reduce" tabindex="-1">
                        <div class="menu-drawer__inner-submenu">
                          <button class="menu-drawer__close-button link link--text focus-inset" aria-expanded="true">{label}</button>
                          <ul class="menu-drawer__menu list-menu" role="list" tabindex="-1">{''.join(f'<li><a id="HeaderDrawer-2-{j}" href="{h}" class="menu-drawer__menu-item link link--text list-menu__item focus-inset">{t}</a></li>' for j, (h, t) in enumerate(SUBMENU, 1))}</ul>
                        </div>
                      </div>
                    </details></li>""" for k, (href, label) in enumerate(MENU, 1))
    inline = "".join(f"""<li><a id="HeaderMenu-{k}" href="{href}" class="header__menu-item list-menu__item link link--text focus-inset">
            <span>{label}</span>
          </a></li>""" if k != 2 else f"""<li><header-menu>
            <details id="Details-HeaderMenu-2">
              <summary id="HeaderMenu-2" class="header__menu-item list-menu__item link focus-inset">
                <span>{label}</span>{CARET}
              </summary>
              <ul id="HeaderMenu-MenuList-2" class="header__submenu list-menu list-menu--disclosure color-scheme-1 gradient caption-large motion-reduce global-settings-popup" role="list" tabindex="-1">{''.join(f'<li><a id="HeaderMenu-2-{j}" href="{h}" class="header__menu-item list-menu__item link link--text focus-inset caption-large">{t}</a></li>' for j, (h, t) in enumerate(SUBMENU, 1))}</ul>
            </details>
          </header-menu></li>""" for k, (href, label) in enumerate(MENU, 1))
    org = json.dumps({"@context": "http://schema.org", "@type": "Organization", "name": SHOP,
                      "logo": f"https:\\/\\/{DOMAIN}\\/cdn\\/shop\\/files\\/logo-dar-alsukkari.png?v=1690211140\\u0026width=500",
                      "sameAs": ["", "", "", SOCIAL[0][1], SOCIAL[2][1], "", SOCIAL[1][1], "", ""],
                      "url": f"https:\\/\\/{DOMAIN}"}, ensure_ascii=False, indent=6).replace("\\\\", "\\")
    return f"""<a class="skip-to-content-link button visually-hidden" href="#MainContent"> {UI["skip"]} </a> <link href="{ASSETS}/quantity-popover.css?v=78745769908715669131731502319" rel="stylesheet" type="text/css" media="all" /> <script src="{ASSETS}/cart.js?v=53973376719736494311731502316" defer="defer"></script> <style> .drawer {{
    visibility: hidden; }} </style> <cart-drawer class="drawer is-empty"> <div id="CartDrawer" class="cart-drawer"> <div id="CartDrawer-Overlay" class="cart-drawer__overlay"></div> <div class="drawer__inner gradient color-scheme-1" role="dialog" aria-modal="true" aria-label="{UI["cart"]}" tabindex="-1"><div class="drawer__inner-empty">
          <div class="cart-drawer__warnings center"> <div class="cart-drawer__empty-content"> <h2 class="cart__empty-text">{UI["empty"]}</h2> <button class="drawer__close" type="button" onclick="this.closest('cart-drawer').close()" aria-label="إغلاق">{CLOSE}</button> <a href="/collections/all" class="button"> {UI["continue"]} </a><p class="cart__login-title h3">{UI["have"]}</p>
                <p class="cart__login-paragraph"> <a href="/account/login" class="link underlined-link">سجّل الدخول</a> لإتمام عملية الدفع بشكل أسرع. </p></div> </div></div><div class="drawer__header"> <h2 class="drawer__heading">{UI["cart"]}</h2> <button class="drawer__close" type="button" onclick="this.closest('cart-drawer').close()" aria-label="إغلاق">{CLOSE}</button> </div>
      <cart-drawer-items class=" is-empty"><form action="/cart" id="CartDrawer-Form" class="cart__contents cart-drawer__form" method="post"><div id="CartDrawer-CartItems" class="drawer__contents js-contents"><p id="CartDrawer-LiveRegionText" class="visually-hidden" role="status"></p></div><div id="CartDrawer-CartErrors" role="alert"></div></form></cart-drawer-items> <div class="drawer__footer"><div class="cart-drawer__footer" > <div class="totals" role="status"> <h2 class="totals__total">{UI["total"]}</h2> <p class="totals__total-value">{UI["zero"]}</p> </div> <small class="tax-note caption-large rte">{UI["tax"]}</small>
        </div> <div class="cart__ctas" > <button type="submit" id="CartDrawer-Checkout" class="cart__checkout-button button" name="checkout" form="CartDrawer-Form" disabled> {UI["checkout"]} </button> </div> </div>
    </div> </div> </cart-drawer> <!-- BEGIN sections: header-group --> <div id="shopify-section-{HG}__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section"><link href="{ASSETS}/component-slideshow.css?v=17933591812325749411731502317" rel="stylesheet" type="text/css" media="all" /> <link href="{ASSETS}/component-slider.css?v=14039311878856620671731502317" rel="stylesheet" type="text/css" media="all" /> <div class="utility-bar color-scheme-3 gradient utility-bar--bottom-border" >
  <div class="page-width utility-bar__grid">{bar}<div class="localization-wrapper"> </div> </div> </div> </div><div id="shopify-section-{HG}__header" class="shopify-section shopify-section-group-header-group section-header"><link rel="stylesheet" href="{ASSETS}/component-list-menu.css?v=151968516119678728991731502316" media="print" onload="this.media='all'"> <link rel="stylesheet" href="{ASSETS}/component-search.css?v=165164710990765432851731502317" media="print" onload="this.media='all'"> <link rel="stylesheet" href="{ASSETS}/component-menu-drawer.css?v=110695408305392539491731502316" media="print" onload="this.media='all'">
<link rel="stylesheet" href="{ASSETS}/component-cart-drawer.css?v=2414868725160861721731502316" media="print" onload="this.media='all'"> <script src="{ASSETS}/cart-drawer.js?v=10083046955530816651731502316" defer="defer"></script> <sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-social header--has-account"> <header-drawer data-breakpoint="tablet"> <details id="Details-menu-drawer-container" class="menu-drawer-container"> <summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="القائمة"> <span><svg xmlns="http://www.w3.org/2000/svg" fill="none" class="icon icon-hamburger" viewBox="0 0 18 16"><path fill="currentColor" d="M1 .5a.5.5 0 1 0 0 1h15.71a.5.5 0 0 0 0-1zM.5 8a.5.5 0 0 1 .5-.5h15.71a.5.5 0 0 1 0 1H1A.5.5 0 0 1 .5 8m0 7a.5.5 0 0 1 .5-.5h15.71a.5.5 0 0 1 0 1H1a.5.5 0 0 1-.5-.5"/></svg>
      </span> </summary> <div id="menu-drawer" class="gradient menu-drawer motion-reduce color-scheme-1"> <div class="menu-drawer__inner-container"> <div class="menu-drawer__navigation-container"> <nav class="menu-drawer__navigation"> <ul class="menu-drawer__menu has-submenu list-menu" role="list">{drawer}</ul>
          </nav> <div class="menu-drawer__utility-links"><a href="/account/login" class="menu-drawer__account link focus-inset h5 medium-hide large-up-hide" rel="nofollow">{UI["login"]}</a></div> </div> </div> </div> </details> </header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"> <img src="//{DOMAIN}/cdn/shop/files/logo-dar-alsukkari.png?v=1690211140&amp;width=600" alt="{SHOP}" srcset="//{DOMAIN}/cdn/shop/files/logo-dar-alsukkari.png?v=1690211140&amp;width=140 140w, //{DOMAIN}/cdn/shop/files/logo-dar-alsukkari.png?v=1690211140&amp;width=210 210w" width="140" height="56.0" loading="eager" class="header__heading-logo motion-reduce" sizes="(max-width: 280px) 50vw, 140px"> </div></a> <nav class="header__inline-menu"> <ul class="list-menu list-menu--inline" role="list">{inline}</ul> </nav> <div class="header__icons">
      <div class="desktop-localization-wrapper"> </div> <details-modal class="header__search"> <details> <summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="{UI["search"]}"> <span><svg fill="none" class="icon icon-search" viewBox="0 0 18 19"><path fill="currentColor" fill-rule="evenodd" d="M11.03 11.68A5.784 5.784 0 1 1 2.85 3.5a5.784 5.784 0 0 1 8.18 8.18m.26 1.12a6.78 6.78 0 1 1 .72-.7l5.4 5.4a.5.5 0 1 1-.71.7z" clip-rule="evenodd"/></svg></span> </summary>
    <div class="search-modal modal__content gradient" role="dialog" aria-modal="true" aria-label="{UI["search"]}"> <div class="modal-overlay"></div> <div class="search-modal__content search-modal__content-bottom" tabindex="-1"><predictive-search class="search-modal__form" data-loading-text="جارٍ التحميل..."><form action="/search" method="get" role="search" class="search search-modal__form"> <div class="field"> <input class="search__input field__input" id="Search-In-Modal" type="search" name="q" value="" placeholder="{UI["search"]}" role="combobox" aria-expanded="false" aria-owns="predictive-search-results" aria-controls="predictive-search-results" aria-haspopup="listbox" aria-autocomplete="list" autocorrect="off" autocomplete="off" autocapitalize="off" spellcheck="false"> <label class="field__label" for="Search-In-Modal">{UI["search"]}</label> <input type="hidden" name="options[prefix]" value="last">
            <button type="reset" class="reset__button field__button hidden" aria-label="مسح مصطلح البحث"></button> </div><div class="predictive-search predictive-search--header" tabindex="-1" data-predictive-search></div> <span class="predictive-search-status visually-hidden" role="status" aria-hidden="true"></span></form></predictive-search><button type="button" class="search-modal__close-button modal__close-button link link--text focus-inset" aria-label="إغلاق">{CLOSE}</button> </div> </div> </details> </details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">{UI["login"]}</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">{UI["cart"]}</span></a> </div> </header> </sticky-header> <script type="application/ld+json"> {org} </script>
</div>
<!-- END sections: header-group -->"""


def _footer(n: int, page: Page) -> str:
    copyright_line = f"© {YEAR[n]}, {SHOP}"
    page.add(UI["about"], UI["about_p"], *(t for t, _ in FOOTER_MENUS),
             *(label for _, links in FOOTER_MENUS for _, label in links), UI["news"], UI["mail"],
             *(s[2] for s in SOCIAL), UI["country"], UI["lang"], "العربية", "English",
             *(f"{c} {s} | {name}" for _, c, s, name in COUNTRIES), UI["pay"],
             *(t for _, t in PAYMENTS), copyright_line, UI["powered"], *(t for _, t in POLICIES),
             UI["a11y1"], UI["a11y2"], UI["wa"])
    menus = "".join(f"""<div class="footer-block grid__item footer-block--menu scroll-trigger animate--slide-in" data-cascade style="--animation-order: {k + 2};"><h2 class="footer-block__heading inline-richtext">{title}</h2><ul class="footer-block__details-content list-unstyled">{''.join(f'''<li>
                <a href="{h}" class="link link--text list-menu__item list-menu__item--link">{t}</a>
              </li>''' for h, t in links)}</ul></div>""" for k, (title, links) in enumerate(FOOTER_MENUS))
    social = "".join(f"""<li class="list-social__item">
      <a href="{url}" class="link list-social__link"><span class="svg-wrapper"><svg class="icon icon-{kind}" viewBox="0 0 20 20"><path fill="currentColor" d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16"/></svg></span>
        <span class="visually-hidden">{label}</span>
      </a>
    </li>""" for kind, url, label in SOCIAL)
    countries = "".join(f"""<li class="disclosure__item" tabindex="-1">
              <a class="link link--text disclosure__link caption-large focus-inset{' disclosure__link--active' if iso == 'SA' else ''}" href="#"{' aria-current="true"' if iso == 'SA' else ''} data-value="{iso}">
                <span class="localization-form__currency">{cur}
                  {sym} |</span
                >
                {name}
              </a>
            </li>""" for iso, cur, sym, name in COUNTRIES)
    pays = "".join(f'<li class="list-payment__item"><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="pi-{pid}" viewBox="0 0 38 24" width="38" height="24"><title id="pi-{pid}">{t}</title><path opacity=".07" d="M35 0H3C1.3 0 0 1.3 0 3v18c0 1.7 1.4 3 3 3h32c1.7 0 3-1.3 3-3V3c0-1.7-1.4-3-3-3z"/></svg></li>' for pid, t in PAYMENTS)
    policies = "".join(f'<li><small class="copyright__content"><a href="/policies/{h}">{t}</a></small></li>' for h, t in POLICIES)
    return f"""<!-- BEGIN sections: footer-group --> <div id="shopify-section-{FG}__footer" class="shopify-section shopify-section-group-footer-group"> <link href="{ASSETS}/section-footer.css?v=60110173122580440011731502318" rel="stylesheet" type="text/css" media="all" /> <link href="{ASSETS}/component-newsletter.css?v=4727253280200485261731502317" rel="stylesheet" type="text/css" media="all" /> <footer class="footer color-scheme-3 gradient section-{FG}__footer-padding"><div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet  scroll-trigger animate--slide-in" data-cascade><div class="footer-block grid__item scroll-trigger animate--slide-in" data-cascade style="--animation-order: 1;"><h2 class="footer-block__heading inline-richtext">{UI["about"]}</h2><div class="footer-block__details-content footer-block--newsletter rte"><p>{UI["about_p"]}</p></div></div>{menus}</div><div class="footer-block--newsletter scroll-trigger animate--slide-in" data-cascade><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">{UI["news"]}</h2><form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type" value="customer" /><input type="hidden" name="utf8" value="✓" /><input type="hidden" name="contact[tags]" value="newsletter"> <div class="newsletter-form__field-wrapper"> <div class="field">
                    <input id="NewsletterForm--{FG}__footer" type="email" name="contact[email]" class="field__input" value="" aria-required="true" autocorrect="off" autocapitalize="off" autocomplete="email" placeholder="{UI["mail"]}" required> <label class="field__label" for="NewsletterForm--{FG}__footer"> {UI["mail"]} </label> <button type="submit" class="newsletter-form__button field__button" name="commit" id="Subscribe" aria-label="اشتراك"><span class="svg-wrapper">{ARROW}</span></button> </div></div></form></div><ul class="footer__list-social list-unstyled list-social" role="list">{social}</ul></div></div> <div class="footer__content-bottom scroll-trigger animate--slide-in" data-cascade>
    <div class="footer__content-bottom-wrapper page-width"> <div class="footer__column footer__localization isolate"><localization-form><form method="post" action="/localization" id="FooterCountryForm" accept-charset="UTF-8" class="localization-form" enctype="multipart/form-data"><input type="hidden" name="form_type" value="localization" /><input type="hidden" name="utf8" value="✓" /><input type="hidden" name="_method" value="put" /><input type="hidden" name="return_to" value="/blogs/news/{HANDLES[n]}" /><div> <h2 class="caption-large text-body" id="FooterCountryLabel">{UI["country"]}</h2><div class="disclosure"> <button type="button" class="disclosure__button localization-form__select localization-selector link link--text caption-large" aria-expanded="false" aria-controls="FooterCountryList" aria-describedby="FooterCountryLabel"> <span>SAR ر.س | السعودية</span>{CARET} </button>
  <div class="disclosure__list-wrapper" hidden> <ul id="FooterCountryList" role="list" class="disclosure__list list-unstyled">{countries}</ul> </div> </div> <input type="hidden" name="country_code" value="SA"> </div></form></localization-form><localization-form><form method="post" action="/localization" id="FooterLanguageForm" accept-charset="UTF-8" class="localization-form" enctype="multipart/form-data"><input type="hidden" name="form_type" value="localization" /><input type="hidden" name="utf8" value="✓" /><input type="hidden" name="_method" value="put" /><input type="hidden" name="return_to" value="/blogs/news/{HANDLES[n]}" /><div> <h2 class="caption-large text-body" id="FooterLanguageLabel">{UI["lang"]}</h2><div class="disclosure">
  <button type="button" class="disclosure__button localization-form__select localization-selector link link--text caption-large" aria-expanded="false" aria-controls="FooterLanguageList" aria-describedby="FooterLanguageLabel"> <span>العربية</span>{CARET} </button> <div class="disclosure__list-wrapper" hidden> <ul id="FooterLanguageList" role="list" class="disclosure__list list-unstyled"><li class="disclosure__item" tabindex="-1"><a class="link link--text disclosure__link caption-large focus-inset" href="#" hreflang="en" lang="en" data-value="en">English</a></li><li class="disclosure__item" tabindex="-1"><a class="link link--text disclosure__link caption-large focus-inset disclosure__link--active" href="#" hreflang="ar" lang="ar" aria-current="true" data-value="ar">العربية</a></li></ul> </div> </div>
<input type="hidden" name="locale_code" value="ar"> </div></form></localization-form></div> <div class="footer__column footer__column--info"><div class="footer__payment"> <span class="visually-hidden">{UI["pay"]}</span> <ul class="list list-payment" role="list">{pays}</ul> </div></div> </div>
    <div class="footer__content-bottom-wrapper page-width"> <div class="footer__copyright caption"> <small class="copyright__content">&copy; {YEAR[n]}, <a href="/" title="">{SHOP}</a></small> <small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">{UI["powered"]}</a></small><ul class="policies list-unstyled">{policies}</ul></div> </div> </div> </footer>
</div> <!-- END sections: footer-group --> <ul hidden> <li id="a11y-refresh-page-message">{UI["a11y1"]}</li> <li id="a11y-new-window-message">{UI["a11y2"]}</li> </ul>
<div id="shopify-block-AWk1Z2xuN3RXNEhmR__whatsapp_chat_button_Lq8hXc" class="shopify-block shopify-app-block"><a class="wa-chat-btn wa-chat-btn--left" href="https://wa.me/966500000000" target="_blank" rel="noopener"><span class="wa-chat-btn__label">{UI["wa"]}</span></a></div>"""


def render(article: Article, n: int) -> Page:
    moment, aid, handle = article.moment, article.slug, HANDLES[n]
    url = f"{HOST}/blogs/news/{handle}"
    shown, author = _shown(moment), AUTHORS[n]
    page = Page(url=url, html="", shown_date=shown)
    header = _header(n, page)
    page.add(shown, author, UI["share"], UI["link"], UI["close"], UI["copy"], UI["back"])
    if n == 1:
        page.add(article.caption)
    content = _content(article, n)
    plain = re.sub(r"<[^>]+>", "", content).replace("&nbsp;", "")
    text = " ".join(plain.split())
    desc = e(text[:157] + "...")
    comments, cards, footer = _comments(article, n, page), _cards(article, n, page), _footer(n, page)
    if n in HERO:
        file, v, w, h, _ = HERO[n]
        image = f"//{DOMAIN}/cdn/shop/articles/{file}?v={v}"
    else:
        image, w, h = f"//{DOMAIN}/cdn/shop/files/share-dar-alsukkari.jpg?v=1690211388", 1200, 628
    ld = {"@context": "http://schema.org", "@type": "Article", "articleBody": plain,
          "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "headline": article.headline}
    if n in HERO:
        ld["image"] = [f"https:{image}&width={w}"]
    ld |= {"datePublished": _ld_date(moment), "dateCreated": _ld_date(moment + CREATED[n]),
           "author": {"@type": "Person", "name": author},
           "publisher": {"@type": "Organization", "logo": {"@type": "ImageObject", "height": 628,
                         "url": f"https://{DOMAIN}/cdn/shop/files/share-dar-alsukkari.jpg?v=1690211388&width=1200",
                         "width": 1200}, "name": SHOP}}
    ld_json = json.dumps(ld, ensure_ascii=False, indent=2).replace("/", "\\/").replace("&", "\\u0026").replace("\n", "\n  ")
    st = json.dumps({"a": SHOP_ID, "offset": 10800, "exp": int(moment.timestamp()) + 86400 * 40,
                     "rid": int(aid), "reqid": f"3f6c2a9e-{aid[-4:]}-4b1d-9e0a-{aid[:12]}",
                     "pageurl": f"{DOMAIN}/blogs/news/{handle}", "s": f"articles-{aid}",
                     "u": "8b2e41d07c5a", "p": "article"}, separators=(",", ":")).replace("/", "\\/")
    features = json.dumps({"accessToken": "6f0b2c1e9d8a7f3b4c5d6e7f8a9b0c1d", "betas": ["rich-media-storefront-analytics"],
                           "domain": DOMAIN, "predictiveSearch": True, "shopId": SHOP_ID, "locale": "ar"},
                          separators=(",", ":"))
    page.html = f"""<!doctype html>\n<html class="no-js" lang="ar" dir="rtl">\n  <head>\n    <meta charset="utf-8">\n    <meta http-equiv="X-UA-Compatible" content="IE=edge"> <meta name="viewport" content="width=device-width,initial-scale=1"> <meta name="theme-color" content="">
    <link rel="canonical" href="{url}"><link rel="icon" type="image/png" href="//{DOMAIN}/cdn/shop/files/favicon-nakhla.png?crop=center&height=32&v=1690211201&width=32"><link rel="preconnect" href="https://fonts.shopifycdn.com" crossorigin><title> {e(article.headline)} &ndash; {SHOP}</title>  <meta name="description" content="{desc}">  <meta property="og:site_name" content="{SHOP}">
<meta property="og:url" content="{url}"> <meta property="og:title" content="{e(article.headline)}"> <meta property="og:type" content="article"> <meta property="og:description" content="{desc}"><meta property="og:image" content="http:{image}"> <meta property="og:image:secure_url" content="https:{image}"> <meta property="og:image:width" content="{w}"> <meta property="og:image:height" content="{h}"><meta name="twitter:site" content="@daralsukkari"><meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="{e(article.headline)}"> <meta name="twitter:description" content="{desc}">  <script src="{ASSETS}/constants.js?v=132983761750457495441731502316" defer="defer"></script> <script src="{ASSETS}/pubsub.js?v=158357773527763999511731502318" defer="defer"></script> <script src="{ASSETS}/global.js?v=84921128171542541651731502318" defer="defer"></script> <script src="{ASSETS}/details-disclosure.js?v=13653116266235556501731502317" defer="defer"></script>
    <script src="{ASSETS}/details-modal.js?v=25581673532751508451731502317" defer="defer"></script> <script src="{ASSETS}/search-form.js?v=133129549252120666541731502318" defer="defer"></script><script src="{ASSETS}/animations.js?v=88693664871331136111731502316" defer="defer"></script><script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.start');</script><meta name="google-site-verification" content="kQ3v8Zp1sT7yW2nB6cX9dF4gH0jL5mR8aE1uI3oP7qY"> <meta id="shopify-digital-wallet" name="shopify-digital-wallet" content="/{SHOP_ID}/digital_wallets/dialog"> <link rel="alternate" type="application/atom+xml" title="Feed" href="/blogs/news.atom" /> <link rel="alternate" hreflang="x-default" href="{url}"> <link rel="alternate" hreflang="ar" href="{url}"> <link rel="alternate" hreflang="en" href="{HOST}/en/blogs/news/{handle}">
<script async="async" src="/checkouts/internal/preloads.js?locale=ar-SA"></script> <script id="shopify-features" type="application/json">{features}</script> <script>var Shopify = Shopify || {{}}; Shopify.shop = "dar-alsukkari.myshopify.com"; Shopify.locale = "ar"; Shopify.currency = {{"active":"SAR","rate":"1.0"}}; Shopify.country = "SA";
Shopify.theme = {{"name":"Dawn - RTL","id":132451893281,"schema_name":"Dawn","schema_version":"15.2.0","theme_store_id":887,"role":"main"}}; Shopify.theme.handle = "null"; Shopify.theme.style = {{"id":null,"handle":null}}; Shopify.cdnHost = "{DOMAIN}/cdn"; Shopify.routes = Shopify.routes || {{}}; Shopify.routes.root = "/";</script> <script type="module">!function(o){{(o.Shopify=o.Shopify||{{}}).modules=!0}}(window);</script>
<script id="__st">var __st={st};</script> <script>window.ShopifyAnalytics = window.ShopifyAnalytics || {{}}; window.ShopifyAnalytics.meta = window.ShopifyAnalytics.meta || {{}}; window.ShopifyAnalytics.meta.currency = 'SAR'; var meta = {{"page":{{"pageType":"article","resourceType":"article","resourceId":{aid}}}}}; for (var attr in meta) {{ window.ShopifyAnalytics.meta[attr] = meta[attr];
}}</script> <script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.end');</script>  <style data-shopify> @font-face {{ font-family: Tajawal; font-weight: 400;
  font-style: normal; font-display: swap; src: url("//{DOMAIN}/cdn/fonts/tajawal/tajawal_n4.5b0c7c9c3b8f2d1e.woff2") format("woff2"); }} :root, .color-scheme-1 {{ --color-background: 255,255,255; --color-foreground: 61,43,31; }} .color-scheme-3 {{ --color-background: 111,78,55; --color-foreground: 255,248,236; }} :root {{ --font-body-family: Tajawal, sans-serif; --page-width: 120rem; }}
    </style>  <link href="{ASSETS}/base.css?v=144997082486365258741731502316" rel="stylesheet" type="text/css" media="all" /> <link href="{ASSETS}/rtl-custom.css?v=59220514380011298821712645092" rel="stylesheet" type="text/css" media="all" /> <script> if (Shopify.designMode) {{ document.documentElement.classList.add('shopify-design-mode');
      }} </script> </head>  <body class="gradient animate--hover-default"> {header} <main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
      <section id="shopify-section-{TPL}__main" class="shopify-section section"><link href="{ASSETS}/section-blog-post.css?v=7331646945245848291731502318" rel="stylesheet" type="text/css" media="all" />  <article class="article-template">{_hero(n)}<header class="page-width page-width--narrow scroll-trigger animate--fade-in"> <h1 class="article-template__title">{e(article.headline)}</h1><span class="circle-divider caption-with-letter-spacing">{_time_tag(moment)}</span><span class="caption-with-letter-spacing"> <span>{author}</span> </span></header><div class="article-template__content page-width page-width--narrow rte scroll-trigger animate--slide-in"> {content}
        </div><div class="article-template__social-sharing page-width page-width--narrow"> <share-button id="Share-{TPL}__main" class="share-button"> <button class="share-button__button hidden">{SHARE} {UI["share"]} </button> <details id="Details-share-{TPL}__main"> <summary class="share-button__button">{SHARE}
                {UI["share"]} </summary> <div class="share-button__fallback motion-reduce"> <div class="field"> <span id="ShareMessage-{TPL}__main" class="share-button__message hidden" role="status"> </span> <input type="text" class="field__input" id="ShareLink-{TPL}__main" value="{url}" placeholder="{UI["link"]}" onclick="this.select();" readonly> <label class="field__label" for="ShareLink-{TPL}__main">{UI["link"]}</label>
                </div> <button class="share-button__close hidden">{CLOSE}<span class="visually-hidden">{UI["close"]}</span> </button> <button class="share-button__copy"><span class="visually-hidden">{UI["copy"]}</span> </button> </div> </details>
          </share-button> <script src="{ASSETS}/share.js?v=13024540447964430191731502318" defer="defer"></script> </div><div class="article-template__back element-margin-top center"> <a href="/blogs/news" class="article-template__link link animate-arrow"> <span class="icon-wrap"><svg xmlns="http://www.w3.org/2000/svg" fill="none" class="icon icon-arrow" viewBox="0 0 14 10"><path fill="currentColor" fill-rule="evenodd" d="M8.537.808a.5.5 0 0 1 .817-.162l4 4a.5.5 0 0 1 0 .708l-4 4a.5.5 0 1 1-.708-.708L11.793 5.5H1a.5.5 0 0 1 0-1h10.793L8.646 1.354a.5.5 0 0 1-.109-.546" clip-rule="evenodd"/></svg> </span> {UI["back"]}
    </a> </div>{comments} </article>  <script type="application/ld+json"> {ld_json} </script>
 </section>{cards} </main> {footer} </body>\n</html>
"""
    return page
