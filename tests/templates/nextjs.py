"""A Next.js news site: server-rendered article with CSS-module class names, and the whole
story again in `__NEXT_DATA__` (body as HTML, most-read and related lists, the author)."""

from __future__ import annotations

import json

from .base import LATEST, MOST_READ, NEWSLETTER, Article, Page, day_month_year, e, rotate

NAME = "nextjs"
HELD_OUT = False
FAMILY = "Next.js: SSR markup with CSS-module classes plus __NEXT_DATA__ holding the text"
HOST = "https://www.alkhaleej-now.example"


def _items(titles: list[str], cls: str, prefix: str) -> str:
    return "".join(f'<li class="{cls}"><a href="/{prefix}/{k}"><span class="{cls}Num__k2">'
                   f'{k + 1}</span><h3 class="{cls}Title__p0">{e(t)}</h3></a></li>'
                   for k, t in enumerate(titles))


def render(article: Article, n: int) -> Page:
    moment = article.moment
    page = Page(url=f"{HOST}/{article.slug}", html="", shown_date=day_month_year(moment))
    most, latest = rotate(MOST_READ, 3 + n * 5, 5), rotate(LATEST, 4 + n, 4)
    newsletter = NEWSLETTER[2 - n % 3]
    author = article.author or "الخليج الآن"
    page.add(*most, *latest, *article.related, newsletter, article.caption, "الأكثر قراءة",
             "آخر الأخبار", "مواضيع ذات صلة", "دقائق للقراءة")
    html_body = "".join(f"<p>{e(p)}</p>" for p in article.paragraphs)
    data = {"props": {"pageProps": {
        "article": {"id": 58000 + n, "slug": article.slug, "title": article.headline,
                    "summary": article.lead, "body": f"<p>{article.lead}</p>" + "".join(
                        f"<p>{p}</p>" for p in article.paragraphs),
                    "publishedAt": article.published, "updatedAt": article.published,
                    "author": {"name": author, "slug": f"author-{n}"},
                    "section": {"name": article.section}, "tags": [
                        {"name": t, "slug": f"t{k}"} for k, t in enumerate(article.tags)],
                    "image": {"url": f"{HOST}/_next/image?url=%2Fuploads%2F{n}.jpg",
                              "caption": article.caption}},
        "related": [{"title": t, "slug": f"r/{k}"} for k, t in enumerate(article.related)],
        "mostRead": [{"title": t, "slug": f"m/{k}"} for k, t in enumerate(most)]},
        "__N_SSP": True}, "page": "/[...slug]", "query": {"slug": article.slug.split("/")},
        "buildId": "q3Jt8xV0b1", "isFallback": False, "gssp": True, "locale": "ar",
        "locales": ["ar"], "scriptLoader": []}
    tags = "".join(f'<a class="Tags_tag__r1" href="/tag/t{k}">{e(t)}</a>'
                   for k, t in enumerate(article.tags))
    page.html = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{e(article.headline)} | الخليج الآن</title><meta name="description" content="{e(article.lead[:160])}"/><meta property="og:title" content="{e(article.headline)}"/><meta property="og:type" content="article"/><meta property="article:published_time" content="{article.published}"/><link rel="canonical" href="{page.url}"/><meta name="next-head-count" content="8"/><link rel="preload" href="/_next/static/css/5d1a2c.css" as="style"/><link rel="stylesheet" href="/_next/static/css/5d1a2c.css" data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script><script src="/_next/static/chunks/pages/%5B...slug%5D-91c3ac3e.js" defer=""></script></head><body><div id="__next"><header class="Header_header__Xo9"><a class="Header_logo__2a" href="/">الخليج الآن</a><nav class="Nav_nav__b3"><a href="/economy">اقتصاد</a><a href="/tech">تكنولوجيا</a><a href="/sports">رياضة</a></nav></header><main class="Layout_main__8f"><div class="Layout_grid__q1"><article class="Article_article__Vd2"><nav class="Breadcrumb_crumbs__s1"><a href="/">الرئيسية</a><span>/</span><a href="/{article.slug.split("/")[0]}">{e(article.section)}</a></nav><h1 class="Article_title__mK1">{e(article.headline)}</h1><div class="Article_meta__a7"><a class="Article_author__c3" href="/author/author-{n}">{e(author)}</a><time class="Article_date__u0" dateTime="{article.published}">{day_month_year(moment)}</time><span class="Article_reading__z2">{3 + n} دقائق للقراءة</span></div><figure class="Article_figure__h8"><img alt="" src="/_next/image?url=%2Fuploads%2F{n}.jpg&amp;w=1200&amp;q=75" decoding="async" data-nimg="1" loading="lazy" style="color:transparent"/><figcaption class="Article_caption__d4">{e(article.caption)}</figcaption></figure><p class="Article_lead__y6">{e(article.lead)}</p><div class="Article_body__Z3x">{html_body}</div><div class="Tags_tags__x0">{tags}</div><section class="Related_related__n2"><h2 class="Related_title__q8">مواضيع ذات صلة</h2><ul>{_items(list(article.related), "Related_item__t", "r")}</ul></section></article><aside class="Sidebar_sidebar__w4"><section class="MostRead_box__e1"><h2 class="MostRead_title__g5">الأكثر قراءة</h2><ol>{_items(most, "MostRead_item__z", "m")}</ol></section><section class="Latest_box__l0"><h2>آخر الأخبار</h2><ul>{_items(latest, "Latest_item__f", "l")}</ul></section><div class="Newsletter_box__o3"><p>{e(newsletter)}</p><input type="email" placeholder="بريدك الإلكتروني"/><button>اشترك</button></div></aside></div></main><footer class="Footer_footer__p6">© 2024 الخليج الآن</footer></div><script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script></body></html>"""
    return page
