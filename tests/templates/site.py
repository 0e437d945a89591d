"""TemplateSite: a served generic-CMS site whose every article page carries the same
unmarked boilerplate, for template learning end to end (issue 21).

Nothing in the markup tells the boilerplate from the text: inside the article's one
`<div class="text">`, plain `<p>`s hold, in order, a most-read list of five other articles'
headlines (rotating: each page its own five, each headline on exactly five pages), the
article's lead and paragraphs, a newsletter box line, a comment-policy paragraph and a
"تابعونا على ..." line. Only their recurrence across the site's pages gives them away. One
paragraph is shared by exactly two articles: a real repeated paragraph, which must survive.
Titles put the site's name first ("صدى المدينة | <headline>", in <title> and og:title), which
no generic rule takes off (the <h1> is not the title's start): learning must.

The articles are 18 of the evaluation templates' stories (tests/templates/articles/); the
truth of a page is its story (`expected`), never an extractor's output. Discovery: robots.txt
(with its Sitemap line), /sitemap.xml, /feed/ and the home page listing. Served by
tests.replica.ReplicaServer(site_factory=TemplateSite).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from tests.replica.feeds import FeedItem, rss, urlset
from tests.replica.site import Route

from . import TEMPLATES
from .base import COMMENT_POLICY, NEWSLETTER, Article, e, read_articles

HTML = "text/html; charset=utf-8"
XML = "application/xml; charset=utf-8"
SITE_NAME = "صدى المدينة"
N_ARTICLES = 18
MOST_READ_COUNT = 5
# Page i lists the headlines of articles i+1, i+4, ... (mod N): never its own, and every
# headline on exactly MOST_READ_COUNT pages.
MOST_READ_STEP = 3
FOLLOW = "تابعونا على فيسبوك وتويتر وإنستغرام ليصلكم كل جديد"
# A real paragraph two stories share (a background line newsrooms reuse): text, not template.
SHARED = ("وتأتي هذه الخطوة ضمن برنامج حكومي أوسع أعلن العام الماضي لتحسين الخدمات العامة في "
          "المحافظات الأقل نموا، وفق ما أكدته مصادر رسمية.")
SHARED_BY = (2, 9)
FEED_SIZE = 10


@dataclass(frozen=True)
class Story:
    """One article of the site: the template story, where it lives, and its own text."""

    n: int
    article: Article
    path: str
    paragraphs: tuple[str, ...]

    @property
    def body(self) -> str:
        return "\n\n".join((self.article.lead, *self.paragraphs))


def stories() -> list[Story]:
    """The 18 stories: the first story of every template, then the second of the first six."""
    by_template = [read_articles(name) for name in TEMPLATES]
    chosen = [articles[0] for articles in by_template]
    chosen += [articles[1] for articles in by_template][:N_ARTICLES - len(chosen)]
    found = []
    for n, article in enumerate(chosen):
        paragraphs = article.paragraphs + ((SHARED,) if n in SHARED_BY else ())
        path = f"/{article.moment:%Y/%m/%d}/story-{n + 1:02d}/"
        found.append(Story(n, article, path, paragraphs))
    return found


def most_read(all_stories: list[Story], n: int) -> list[str]:
    return [all_stories[(n + 1 + MOST_READ_STEP * k) % len(all_stories)].article.headline
            for k in range(MOST_READ_COUNT)]


def boilerplate(n: int) -> tuple[str, str, str]:
    """(newsletter box, comment policy, follow line) of page n: the same few on every page."""
    return NEWSLETTER[n % 2], COMMENT_POLICY[n % 2], FOLLOW


def _p(lines: list[str] | tuple[str, ...]) -> str:
    return "".join(f"<p>{e(line)}</p>\n" for line in lines)


def _chrome(title: str, head: str, main: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>{e(title)}</title>
{head}</head>
<body>
<div class="top"><a href="/">{SITE_NAME}</a> | <a href="/">الرئيسية</a> | \
<a href="/feed/">الخلاصة</a></div>
<div class="page">
{main}</div>
<div class="bottom">جميع الحقوق محفوظة © {SITE_NAME} 2024</div>
</body>
</html>
"""


def article_page(all_stories: list[Story], story: Story) -> bytes:
    article = story.article
    title = f"{SITE_NAME} | {article.headline}"
    head = (f'<meta name="description" content="{e(article.lead)}">\n'
            f'<meta property="og:title" content="{e(title)}">\n'
            f'<meta property="article:published_time" content="{article.published}">\n')
    main = (f"<h1>{e(article.headline)}</h1>\n"
            f'<div class="date">{article.published[:10]}</div>\n'
            f'<div class="text">\n{_p(most_read(all_stories, story.n))}'
            f"{_p((article.lead, *story.paragraphs))}{_p(boilerplate(story.n))}</div>\n")
    return _chrome(title, head, main).encode("utf-8")


def home_page(base_url: str, all_stories: list[Story]) -> bytes:
    links = "".join(f'<li><a href="{base_url}{s.path}">{e(s.article.headline)}</a></li>\n'
                    for s in all_stories)
    return _chrome(SITE_NAME, "", f"<h1>{SITE_NAME}</h1>\n<ul>\n{links}</ul>\n").encode("utf-8")


class TemplateSite:
    """Deterministic; `n_articles` and `seed` are ReplicaServer's arguments (the site always
    holds its 18 stories)."""

    def __init__(self, base_url: str, n_articles: int = N_ARTICLES, seed: int = 0) -> None:
        self.base_url = base_url.rstrip("/")
        self.stories = stories()
        newest_first = sorted(self.stories, key=lambda s: s.article.moment, reverse=True)
        self.routes: dict[str, Route] = {
            "/robots.txt": Route(200, {"Content-Type": "text/plain; charset=utf-8"},
                                 f"User-agent: *\nSitemap: {self.url('/sitemap.xml')}\n"
                                 .encode("ascii")),
            "/": Route(200, {"Content-Type": HTML}, home_page(self.base_url, newest_first)),
            "/sitemap.xml": Route(200, {"Content-Type": XML}, urlset(
                [(self.url(s.path), s.article.published) for s in self.stories])),
            "/feed/": Route(200, {"Content-Type": "application/rss+xml; charset=utf-8"}, rss(
                SITE_NAME, self.base_url, [self._item(s) for s in newest_first[:FEED_SIZE]])),
        }
        for story in self.stories:
            self.routes[story.path] = Route(200, {"Content-Type": HTML},
                                            article_page(self.stories, story))
        # url -> what a crawler must store
        self.expected: dict[str, dict] = {self.url(s.path): {
            "url": self.url(s.path), "title": s.article.headline, "body": s.body,
            "published": s.article.published} for s in self.stories}
        # url -> every boilerplate line its page shows inside the article block
        self.boilerplate: dict[str, list[str]] = {
            self.url(s.path): [*most_read(self.stories, s.n), *boilerplate(s.n)]
            for s in self.stories}

    def url(self, path: str) -> str:
        return self.base_url + path

    def lookup(self, path: str) -> Route | None:
        return self.routes.get(unquote(urlsplit(path).path or "/"))

    def _item(self, story: Story) -> FeedItem:
        return FeedItem(story.article.headline, self.url(story.path), story.article.lead,
                        story.article.published, story.article.section, None)


def headline_pages(site: TemplateSite) -> dict[str, int]:
    """On how many pages each headline is shown in a most-read list (the site's invariant)."""
    counts: dict[str, int] = {}
    for story in site.stories:
        for line in most_read(site.stories, story.n):
            counts[line] = counts.get(line, 0) + 1
    return counts


if __name__ == "__main__":  # a look at one page: python -m tests.templates.site
    site = TemplateSite("http://127.0.0.1:8000")
    print(site.routes[site.stories[0].path].body.decode("utf-8"))
    print(headline_pages(site))
