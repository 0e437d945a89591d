"""Article and listing URLs of sites without rules, told by their shape (extraction/urlshape.py)."""

from __future__ import annotations

import pytest

from extraction.urlshape import (
    FILE_EXTENSIONS,
    ID_QUERY_KEYS,
    NOT_ARTICLE_QUERY_KEYS,
    NOT_ARTICLE_SEGMENTS,
    STATIC_PAGES,
    looks_like_article,
    looks_like_listing,
    path_id,
)

B = "https://example.com"
ARTICLES = [
    f"{B}/2024/01/15/%D8%AE%D8%A8%D8%B1-%D8%B9%D8%A7%D8%AC%D9%84/",  # WordPress, Arabic slug
    f"{B}/2024/1/5/some-slug",
    f"{B}/news/1500001-%D8%AE%D8%A8%D8%B1/",  # RT: numeric id and slug
    f"{B}/story/2020/8/24/وزير-الرى-يشهد-توقيع/4943459",  # Youm7: date, slug, id
    f"{B}/arab_world/202003171044893040-%D9%85%D8%B5%D8%B1/",  # Sputnik: compact date + id
    f"{B}/world/article-1234567.html",
    f"{B}/politics/a-long-headline-turned-into-a-slug/",
    f"{B}/2024/01/15/slug/?utm_source=rss",
    f"{B}/news.php?id=2215", f"{B}/portal/article.php?cat=3&id=77",  # PHP portals
    f"{B}/index.php?option=com_content&view=article&id=12",  # Joomla
    f"{B}/Details.aspx?NewsID=5", f"{B}/?p=123",  # ASP.NET; WordPress without permalinks
]
NOT_ARTICLES = [
    f"{B}/", f"{B}/category/politics/", f"{B}/category/politics/page/2/", f"{B}/page/2/",
    f"{B}/tag/%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9/", f"{B}/tags/123-tag-name-with-many-words/",
    f"{B}/author/samer-haddad/", f"{B}/feed/", f"{B}/2024/01/15/slug/feed/",
    f"{B}/comments/feed/", f"{B}/2024/01/15/slug/post-101/",  # attachment page
    f"{B}/?attachment_id=123", f"{B}/?s=%D8%A7%D9%82%D8%AA%D8%B5%D8%A7%D8%AF",
    f"{B}/2024/01/15/slug/?replytocom=1010", f"{B}/2024/01/15/slug/?share=twitter",
    f"{B}/2024/01/", f"{B}/2024/01/15/", f"{B}/about/", f"{B}/privacy-policy/",
    f"{B}/wp-content/uploads/2024/01/photo-1234.jpg", f"{B}/files/report-2024-annual.pdf",
    f"{B}/sitemap.xml", f"{B}/post-sitemap2.xml.gz", f"{B}/wp-json/wp/v2/posts/1234",
    f"{B}/search/?q=x", f"{B}/news/", "mailto:desk@example.com",
    f"{B}/news.php?cat=3", f"{B}/news.php?id=abc", f"{B}/news.php?id=12&page=2",
    f"{B}/photo.jpg?id=12", f"{B}/section/list?id=3",
]


@pytest.mark.parametrize("url", ARTICLES)
def test_article_urls(url: str) -> None:
    assert looks_like_article(url)


@pytest.mark.parametrize("url", NOT_ARTICLES)
def test_not_article_urls(url: str) -> None:
    assert not looks_like_article(url)


@pytest.mark.parametrize("segment", sorted(NOT_ARTICLE_SEGMENTS))
def test_every_not_article_segment_rules_out_an_article_shape(segment: str) -> None:
    assert looks_like_article(f"{B}/2024/01/15/a-slug-with-many-words/")
    assert not looks_like_article(f"{B}/{segment}/2024/01/15/a-slug-with-many-words/")


@pytest.mark.parametrize("page", sorted(STATIC_PAGES))
def test_every_static_page_is_neither_article_nor_listing(page: str) -> None:
    assert not looks_like_article(f"{B}/{page}/")
    assert not looks_like_listing(f"{B}/{page}/")


@pytest.mark.parametrize("key", sorted(NOT_ARTICLE_QUERY_KEYS))
def test_every_query_key_rules_out_an_article(key: str) -> None:
    assert not looks_like_article(f"{B}/news/1500001-x/?{key}=1")


@pytest.mark.parametrize("ext", sorted(FILE_EXTENSIONS))
def test_every_file_extension_rules_out_an_article(ext: str) -> None:
    assert not looks_like_article(f"{B}/news/1500001-photo.{ext}")


@pytest.mark.parametrize("url, listing", [
    (f"{B}/", True), (f"{B}/category/politics/", True), (f"{B}/category/politics/page/3/", True),
    (f"{B}/page/2/", True), (f"{B}/middle_east/", True), (f"{B}/2024/01/", True),
    (f"{B}/Section/فن/48/1", True),
    (f"{B}/tag/x/", False), (f"{B}/author/x/", False), (f"{B}/about/", False),
    (f"{B}/feed/", False), (f"{B}/?s=x", False), (f"{B}/news/1500001-x/", False),
    (f"{B}/wp-content/uploads/x.jpg", False),
])
def test_listing_urls(url: str, listing: bool) -> None:
    assert looks_like_listing(url) is listing


def test_path_id_is_stable_and_ignores_encoding_trailing_slash_and_query() -> None:
    encoded = f"{B}/2024/01/15/%D8%AE%D8%A8%D8%B1/"
    assert path_id(encoded) == path_id(f"{B}/2024/01/15/خبر") == path_id(encoded + "?a=1")
    assert path_id(encoded) != path_id(f"{B}/2024/01/16/%D8%AE%D8%A8%D8%B1/")
    assert len(path_id(encoded)) == 16


def test_script_pages_are_told_apart_by_their_query_id() -> None:
    assert path_id(f"{B}/news.php?id=1") != path_id(f"{B}/news.php?id=2")
    assert path_id(f"{B}/news.php?id=7&utm_source=x") == path_id(f"{B}/news.php?id=07")
    # URLs without a query id keep the id they always had: the path's hash alone.
    assert path_id(f"{B}/2024/01/15/slug/?utm_source=rss") == path_id(f"{B}/2024/01/15/slug/")


@pytest.mark.parametrize("key", sorted(ID_QUERY_KEYS))
def test_every_id_query_key_names_an_article(key: str) -> None:
    assert looks_like_article(f"{B}/item.php?{key}=42")
    assert not looks_like_article(f"{B}/item.php?{key}=forty-two")
