"""(url, html bytes) -> Article: site selectors first, trafilatura when they find nothing.

Pure: no network, no clock, no settings. The result's `status` says whether it is an article.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

import lxml.etree
from lxml import html as lxml_html
from lxml.html import HtmlElement

from extraction.arabic_blocks import block_links
from extraction.boilerplate import (
    author_of_byline,
    fold,
    is_boilerplate_line,
    is_tail_opener,
    source_of,
    tags_of_line,
)
from extraction.dates import first_date, json_ld_objects, meta_content, meta_index, page_dates
from extraction.decoding import decode_html, is_html
from extraction.embedded import embedded_paragraphs
from extraction.record import Article
from extraction.language import detect_language
from extraction.pagekind import LOGIN_WALL_MAX_WORDS, is_challenge, is_login_wall, is_not_found
from extraction.selectors import first, select, text_of
from extraction.sites.base import Site
from extraction.textnorm import content_hash, fold_space
from extraction.urlshape import looks_like_article

_READ_MORE_LABELS: tuple[str, ...] = ("إقرأ المزيد", "اقرأ المزيد", "إقرأ أيضاً", "اقرأ أيضاً",
                                      "إقرأ أيضا", "اقرأ أيضا")
# Tag links by the microformat WordPress and most blog engines write (rel="tag", and not
# rel="category tag", which is the post's category).
GENERIC_TAG_LINKS: tuple[str, ...] = ('a[rel="tag"]',)
_PLACEHOLDER_SUFFIXES: tuple[str, ...] = ("blank.gif", "spacer.gif", "1x1.gif", "pixel.gif")
_ARTICLE_TYPES: frozenset[str] = frozenset({"article", "newsarticle", "reportagenewsarticle",
                                            "blogposting", "analysisnewsarticle"})


def extract_article(site: Site, url: str, body: bytes, content_type: str | None = None) -> Article:
    """The article record for one fetched page (see docs/record.md)."""
    article = Article(url=url, site=site.name)
    if not is_html(body, content_type):
        article.status = "not_html"
        return article
    raw = decode_html(body, content_type)
    tree = _parse(raw)
    if tree is None:
        article.status = "empty"
        return article
    metas = meta_index(tree)
    _read_metadata(site, url, tree, metas, article)
    article.published = article.published or _htmldate(raw)
    article.related = related_links(site, tree, url, {url, article.canonical_url})
    scope = first(tree, site.scope)
    article.images = images_of(site, tree if scope is None else scope, url, metas)
    article.tags = tags_of(site, tree)
    container = first(tree, site.body)
    if container is not None:
        lines = _container_lines(site, tree, container)
        paragraphs, article.source = clean_paragraphs(lines, article.title)
        language = detect_language("\n\n".join(paragraphs)) if paragraphs else (None, None)
    else:
        paragraphs, language = _generic_body(tree, raw, url, article)
    paragraphs = [p for p in paragraphs if not p.startswith(site.boilerplate)]
    if len(paragraphs) <= 1:  # an app shell? The text only in JSON-LD or __NEXT_DATA__
        paragraphs, language = _embedded_body(tree, article, paragraphs, language)
    article.body = "\n\n".join(paragraphs)
    article.word_count = len(article.body.split())
    article.status = _status(site, tree, raw, article, container is not None)
    if article.body:
        article.language, article.language_confidence = language
    article.content_hash = content_hash(article.title, article.body)
    return article


def _embedded_body(tree: HtmlElement, article: Article, paragraphs: list[str],
                   language: tuple[str | None, float | None]
                   ) -> tuple[list[str], tuple[str | None, float | None]]:
    """The embedded text's paragraphs when the page gave none, or gave the same text as one
    block (trafilatura reads JSON-LD articleBody too, but loses its paragraph breaks)."""
    lines = embedded_paragraphs(tree, (o for o in json_ld_objects(tree) if _is_article_ld(o)))
    embedded, source = clean_paragraphs(lines, article.title)
    if not embedded or paragraphs and fold_space(" ".join(embedded)) != paragraphs[0]:
        return paragraphs, language
    article.source = article.source or source
    return embedded, detect_language("\n\n".join(embedded))


def _generic_body(tree: HtmlElement, raw: str, url: str,
                  article: Article) -> tuple[list[str], tuple[str | None, float | None]]:
    """trafilatura's paragraphs; on Arabic pages cleaned of boilerplate, whose data is kept.

    The language is decided on trafilatura's text: any other language gets that text unchanged.
    """
    text = _trafilatura_text(raw, url, tree)
    language = detect_language(text) if text.strip() else (None, None)
    if language[0] != "ar":
        return [line for line in text.split("\n") if line.strip()], language
    lines = [fold_space(line) for line in text.split("\n")]
    found = _arabic_blocks(tree, url, article)
    paragraphs, article.source = clean_paragraphs(lines, article.title, found)
    lead = _missing_lead(tree, article.summary, paragraphs)
    if lead:
        paragraphs.insert(0, lead)
    if not article.tags:
        article.tags = list(dict.fromkeys(t for line in lines for t in tags_of_line(line)))
    return paragraphs, language


_LEAD_MAX_CHARS = 1000


def _missing_lead(tree: HtmlElement, summary: str | None, paragraphs: list[str]) -> str | None:
    """The lead when trafilatura left it out: the element whose text the description is
    (or begins, when the description is cut with "...")."""
    key = (summary or "").rstrip(".… ").strip()
    if len(key.split()) < 8 or any(key in p for p in paragraphs[:3]):
        return None
    for el in tree.iter("p", "div", "h2"):
        if el.text and fold_space(el.text).startswith(key[:20]):
            text = text_of(el)
            if text.startswith(key) and len(text) <= _LEAD_MAX_CHARS and not any(
                    text in p for p in paragraphs):
                return text
    return None


def _arabic_blocks(tree: HtmlElement, url: str, article: Article) -> set[str]:
    """Record the links of read-more / related / most-read blocks; return their titles."""
    seen = {u for u in (url, article.canonical_url) if u} | {r["url"] for r in article.related}
    titles: set[str] = set()
    tags: list[str] = []
    for kind, link in block_links(tree):
        title = text_of(link)
        if title:
            titles.add(fold(title))
        if kind == "tags":
            tags.append(title.lstrip("#"))
            continue
        target = _absolute(link.get("href"), url) if title else None
        if target and target not in seen:
            seen.add(target)
            article.related.append({"url": target, "title": title, "kind": kind})
    if not article.tags:
        article.tags = list(dict.fromkeys(t for t in tags if t))
    return titles


# trafilatura's parser options (trafilatura/utils.py HTML_PARSER), so that trafilatura can
# work on our tree instead of parsing the page again (see _trafilatura_input).
# lxml.html's own parser picks the Python class of every element it hands out by a Python
# call (form elements get form helpers); our page walks touch thousands of elements, so ours
# makes each a plain HtmlElement, in C. Extraction never uses the form helpers.
_PARSER = lxml_html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                               remove_comments=True, remove_pis=True)
_PARSER.set_element_class_lookup(lxml.etree.ElementDefaultClassLookup(
    element=HtmlElement, comment=lxml_html.HtmlComment, pi=lxml_html.HtmlProcessingInstruction,
    entity=lxml_html.HtmlEntity))


def _parse(raw: str) -> HtmlElement | None:
    if not raw.strip():
        return None
    try:
        return lxml_html.document_fromstring(close_title(raw), parser=_PARSER)
    except (lxml.etree.ParserError, ValueError):
        return None


_TITLE_OPEN = re.compile(r"<title\b[^>]*>", re.I)
_TITLE_CLOSE = re.compile(r"</title\s*>", re.I)


def close_title(raw: str) -> str:
    """An unclosed <title> would swallow the whole page as its text (it is raw text up to
    </title>): end it at the next tag instead."""
    opened = _TITLE_OPEN.search(raw)
    if opened is None or _TITLE_CLOSE.search(raw, opened.end()):
        return raw
    end = raw.find("<", opened.end())
    end = len(raw) if end < 0 else end
    return raw[:end] + "</title>" + raw[end:]


def _read_metadata(site: Site, url: str, tree: HtmlElement, metas: dict[str, str],
                   article: Article) -> None:
    ld = [obj for obj in json_ld_objects(tree) if _is_article_ld(obj)]
    canonical = tree.find(".//link[@rel='canonical']")
    article.canonical_url = _absolute(canonical.get("href") if canonical is not None else None,
                                      url) or url
    match = site.article_match(url) or site.article_match(article.canonical_url)
    if match:
        article.article_id = match.group("id")
        article.section = match.groupdict().get("section")
    elif site.guess_articles:
        article.article_id = site.article_key(_identity_url(url, article.canonical_url))
    article.title = _title(site, tree, metas)
    article.summary = _first_text(meta_content(metas, ("description", "og:description")))
    if article.summary is None and (intro := first(tree, site.intro)) is not None:
        article.summary = text_of(intro) or None
    article.author = _first_text(meta_content(metas, site.author_meta)) or _ld_author(ld) \
        or _byline(site, tree)
    published = first_date(
        [*meta_content(metas, site.published_meta), *(o.get("datePublished") for o in ld)]
    ) or shown_date(site, tree)
    modified = first_date(
        [*meta_content(metas, site.modified_meta), *(o.get("dateModified") for o in ld)])
    published, article.modified = page_dates(tree, (url, article.canonical_url), published,
                                             modified)
    article.published = published
    section_el = first(tree, site.section_name)
    article.section_name = _first_text(meta_content(metas, site.section_meta)) or (
        text_of(section_el) if section_el is not None else None) or None


def _identity_url(url: str, canonical: str) -> str:
    """The URL whose path identifies the article: the canonical one when it is an article
    URL on the same host, else the fetched one."""
    if urlsplit(canonical).hostname == urlsplit(url).hostname and looks_like_article(canonical):
        return canonical
    return url


def shown_date(site: Site, tree: HtmlElement) -> str | None:
    """The publication date shown in the profile's date elements, read with its formats."""
    for el in select(tree, site.date_selectors):
        text = text_of(el)
        for value in (el.get("datetime"), el.get("content")):
            if value and (found := first_date([value])):
                return found
        for fmt in site.date_formats:
            try:
                return datetime.strptime(text, fmt).isoformat()
            except ValueError:
                continue
        if found := first_date([text]):
            return found
    return None


def _byline(site: Site, tree: HtmlElement) -> str | None:
    el = first(tree, site.byline)
    return author_of_byline(text_of(el)) if el is not None else None


def _title(site: Site, tree: HtmlElement, metas: dict[str, str]) -> str | None:
    title = _first_text(meta_content(metas, ("og:title", "twitter:title")))
    if title:
        return _without_site_name(tree, title)
    heading = first(tree, site.headline)
    if heading is not None and text_of(heading):
        return text_of(heading)
    page_title = fold_space(tree.findtext(".//title") or "")
    for suffix in site.title_suffixes:
        page_title = page_title.removesuffix(suffix)
    return page_title or None


_TITLE_SEPARATORS = ("-", "|", "–", "—", ":", "«", "»")


def _without_site_name(tree: HtmlElement, title: str) -> str:
    """The headline when the title is an <h1> plus " - Site name"."""
    for heading in tree.iter("h1"):
        text = text_of(heading)
        rest = title[len(text):].strip() if text and title.startswith(text) else ""
        if rest and rest[0] in _TITLE_SEPARATORS:
            return text
    return title


def _first_text(values: Any) -> str | None:
    for value in values:
        text = fold_space(value)
        if text:
            return text
    return None


def _is_article_ld(obj: dict[str, Any]) -> bool:
    kinds = obj.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds)


def _ld_author(ld: list[dict[str, Any]]) -> str | None:
    for obj in ld:
        authors = obj.get("author")
        authors = authors if isinstance(authors, list) else [authors]
        names = [a.get("name") if isinstance(a, dict) else a for a in authors]
        names = [fold_space(n) for n in names if isinstance(n, str) and n.strip()]
        if names:
            return ", ".join(names)
    return None


def _htmldate(raw: str) -> str | None:
    """Last resort for the publication day. htmldate gets a tree of its own (it cleans the tree
    it is given), parsed with the page's comments, which it reads and our tree lacks."""
    import htmldate  # imported when needed: a run that fetches no page starts faster

    found = htmldate.find_date(lxml_html.document_fromstring(close_title(raw)),
                               extensive_search=False, original_date=True,
                               outputformat="%Y-%m-%d", max_date="2100-12-31")
    return found or None


def related_links(site: Site, tree: HtmlElement, page_url: str,
                  own_urls: set[str | None]) -> list[dict[str, str]]:
    """Links from read-more, related and most-read blocks, in page order, each URL once."""
    kinds: dict[HtmlElement, str] = {}
    # Later kinds win: a cross-link inside a related list is "related", not "read_more".
    for kind, selectors in (("read_more", site.read_more), ("related", site.related),
                            ("most_read", site.most_read)):
        for block in select(tree, selectors):
            for link in block.iter("a"):
                kinds[link] = kind
    links: list[dict[str, str]] = []
    seen = {u for u in own_urls if u}
    for link in tree.iter("a"):
        kind = kinds.get(link)
        target = _absolute(link.get("href"), page_url) if kind else None
        if target and target not in seen:
            seen.add(target)
            links.append({"url": target, "title": _link_title(site, link), "kind": kind})
    return links


def _link_title(site: Site, link: HtmlElement) -> str:
    titled = first(link, site.link_title)
    text = text_of(titled if titled is not None else link)
    for label in _READ_MORE_LABELS:
        text = text.removeprefix(label).strip()
    return text


def images_of(site: Site, scope: HtmlElement, page_url: str,
              metas: dict[str, str]) -> list[dict[str, str | None]]:
    """Every photo of the article with caption and credit; og:image for sites without rules."""
    images: list[dict[str, str | None]] = []
    seen: set[str] = set()
    for photo in select(scope, site.photo):
        src = _absolute(_image_src(photo), page_url)
        if src and src not in seen:
            seen.add(src)
            caption, credit = first(photo, site.caption), first(photo, site.credit)
            images.append({"url": src,
                           "caption": (text_of(caption) or None) if caption is not None else None,
                           "credit": (text_of(credit) or None) if credit is not None else None})
    if not site.photo:
        cover = _absolute(_first_text(meta_content(metas, ("og:image",))), page_url)
        if cover:
            images.append({"url": cover, "caption": None, "credit": None})
    return images


def _image_src(photo: HtmlElement) -> str | None:
    imgs = list(photo.iter("img"))
    for attr in ("data-src", "data-original", "data-lazy-src"):
        for img in imgs:
            if img.get(attr):
                return img.get(attr)
    for img in imgs:
        src = (img.get("src") or "").strip()
        if src and not src.startswith("data:") and not src.endswith(_PLACEHOLDER_SUFFIXES):
            return src
    return None


def tags_of(site: Site, tree: HtmlElement) -> list[str]:
    """Tag names in page order, each once; `article:tag` metas for sites without rules."""
    if site.tags:
        names = [text_of(el) for el in select(tree, site.tags)]
    else:
        # Some sites put every tag in one article:tag, comma-separated.
        names = [fold_space(part) for v in _all_meta(tree, "article:tag")
                 for part in re.split(r"[,،]", v)]
        if not names:
            names = [text_of(el) for el in select(tree, GENERIC_TAG_LINKS)]
    return list(dict.fromkeys(n for n in names if n))


def _all_meta(tree: HtmlElement, key: str) -> list[str]:
    return [m.get("content") or "" for m in tree.iter("meta")
            if (m.get("property") or m.get("name")) == key]


def _container_lines(site: Site, tree: HtmlElement, container: HtmlElement) -> list[str]:
    """Paragraph texts of the article block after its boilerplate elements are removed."""
    lines: list[str] = []
    intro = first(tree, site.intro)
    if intro is not None and not _is_inside(intro, container):
        lines.append(text_of(intro))
    for el in select(container, site.drop):
        if el is not container and el.getparent() is not None:
            el.drop_tree()
    lines.extend(_block_texts(container))
    return lines


_BLOCKS: frozenset[str] = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre"})


def _block_texts(container: HtmlElement) -> list[str]:
    """Texts of the block elements of `container`, outermost blocks only, in order."""
    texts: list[str] = []
    stack = list(reversed(container))
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str):
            continue
        if el.tag in _BLOCKS:
            texts.append(text_of(el))
        else:
            stack.extend(reversed(el))
    return texts


def _is_inside(el: HtmlElement, container: HtmlElement) -> bool:
    return any(ancestor is container for ancestor in el.iterancestors())


# The options trafilatura runs with; the evaluation runs trafilatura alone with the same ones.
TRAFILATURA_OPTIONS: dict[str, Any] = {
    "output_format": "txt", "include_comments": False, "include_tables": False,
    "include_images": False, "include_links": False, "with_metadata": False,
}


def _trafilatura_text(raw: str, url: str, tree: HtmlElement) -> str:
    import trafilatura  # imported when needed: a run that fetches no page starts faster

    page = _trafilatura_input(raw, tree)
    return trafilatura.extract(page, url=url or None, **TRAFILATURA_OPTIONS) or ""


_FULL_HTML = re.compile(r"^\s*<(?:html|!doctype)", re.IGNORECASE)  # lxml.html.fromstring's test


def _trafilatura_input(raw: str, tree: HtmlElement) -> HtmlElement | str:
    """Our tree when it is the tree trafilatura would parse from `raw`, else `raw`.

    trafilatura works on a copy of a tree it is given, so passing ours saves it a parse. Ours
    is its tree unless trafilatura would first repair the string (load_html in
    trafilatura/utils.py: control characters, a doctype line libxml2 misreads, a self-closed
    <html/>), would read it as a fragment, or we closed an unclosed <title>.
    """
    from trafilatura.utils import DOCTYPE_TAG, INVALID_XML_CHARS

    beginning = raw[:50].lower()
    if ("html" not in beginning or not _FULL_HTML.match(raw) or len(tree) == 0
            or close_title(raw) is not raw or INVALID_XML_CHARS.search(raw)):
        return raw
    newline = raw.find("\n")  # the doctype repair rewrites the first line, adding a newline
    if "doctype" in beginning and (newline < 0 or DOCTYPE_TAG.match(raw, 0, newline)):
        return raw
    if any("<html" in line and line.endswith("/>") for line in raw[:4096].splitlines()[:4]):
        return raw
    return tree


def clean_paragraphs(lines: list[str], title: str | None,
                     link_titles: set[str] = frozenset()) -> tuple[list[str], str | None]:
    """Article paragraphs (each once, in order) and the source named by a source line.

    `link_titles` (folded) are titles of related links: a paragraph that is one of them goes.
    """
    paragraphs: list[str] = []
    source: str | None = None
    seen: set[str] = {fold_space(title)} if title else set()
    for line in lines:
        if not line:
            continue
        if is_tail_opener(line):
            break
        named = source_of(line)
        if named is not None:
            source = source or named
        elif (line not in seen and not is_boilerplate_line(line)
              and fold(line.lstrip("-•·* ")) not in link_titles):
            seen.add(line)
            paragraphs.append(line)
    return paragraphs, source


def _status(site: Site, tree: HtmlElement, raw: str, article: Article, has_block: bool) -> str:
    page_title = fold_space(tree.findtext(".//title") or "")
    heading_el = first(tree, ("h1",))
    heading = text_of(heading_el) if heading_el is not None else ""
    if is_challenge(raw, page_title, article.word_count):
        return "blocked"
    if _is_login_wall(tree, raw, article.word_count):
        return "login_wall"
    if (not has_block or article.word_count < 80) and is_not_found(page_title, heading):
        return "not_found"
    looks_like_article = has_block or article.article_id is not None
    if not article.body:
        return "empty" if looks_like_article or _has_article_markup(tree) else "not_article"
    if (site.article_path is not None or site.guess_articles) and article.article_id is None:
        return "not_article"
    return "ok"


def _is_login_wall(tree: HtmlElement, raw: str, word_count: int) -> bool:
    """pagekind.is_login_wall, walking the page for its main text only when it is read: on a
    page short enough to be a wall, beside a password field (the walk costs ~1 ms a page)."""
    if word_count > LOGIN_WALL_MAX_WORDS:
        return False
    password = _has_password_field(tree)
    return is_login_wall(raw, _main_text(tree) if password else "", password, word_count)


_CHROME: frozenset[str] = frozenset({"header", "nav", "footer"})


def _main_text(tree: HtmlElement) -> str:
    """The page's text outside header, nav and footer (where sign-in links always are)."""
    body = tree.find("body")
    root = tree if body is None else body
    parts: list[str] = []
    stack = [root]
    while stack:
        el = stack.pop()
        if el is not root and el.tail:
            parts.append(el.tail)
        if not isinstance(el.tag, str) or el.tag in _CHROME or el.tag in ("script", "style"):
            continue
        if el.text:
            parts.append(el.text)
        stack.extend(el)
    return " ".join(parts)


def _has_password_field(tree: HtmlElement) -> bool:
    return any((el.get("type") or "").strip().lower() == "password" for el in tree.iter("input"))


def _has_article_markup(tree: HtmlElement) -> bool:
    og_type = _first_text(meta_content(meta_index(tree), ("og:type",)))
    return (og_type or "").lower() == "article" or any(
        _is_article_ld(o) for o in json_ld_objects(tree))


def _absolute(href: str | None, base: str) -> str | None:
    """`href` resolved against `base`, without its fragment; None unless it is http(s)."""
    if not href or not href.strip():
        return None
    parts = urlsplit(urljoin(base, href.strip()))
    if parts.scheme not in ("http", "https"):
        return None
    return urlunsplit(parts._replace(fragment=""))
