"""A Jordanian environmental NGO that publishes its news as public Notion pages
(`<workspace>.notion.site`), the page as the browser has it once Notion's app has drawn it:
the head with Notion's `<title>` (the page's title), og/twitter meta, the app's CSS and
scripts and the `window.CONFIG` blob; the body `#notion-app` > `.notion-app-inner` >
`.notion-frame`: `.notion-topbar` with the breadcrumb (the workspace's home page, the "أخبار
الجمعية" database, the page's title) and on the right what an anonymous visitor sees there
("Duplicate" where the owner allows it, pages 1 and 3, and "Get Notion free"), then
`.notion-scroller`: the cover image, the page icon, the title in `h1[placeholder="Untitled"]`,
the page properties table (`div[role=table][aria-label="Page properties"]`, one row per
property: "التاريخ" the story's date as Notion prints a date property in the English UI,
"May 12, 2024", or in the Day/Month/Year format "14/08/2024" on page 2; "الوسوم" as tag pills;
"الحالة"; and "آخر تعديل", a last-edited time, not the story's day), then
`.notion-page-content`: one `div[data-block-id].notion-selectable` per block, each text
inside a `div[data-content-editable-leaf="true"][contenteditable="false"]` leaf, with bold
runs as spans: `notion-text-block`s, a `notion-image-block` with its caption after the lead,
a `notion-sub_header-block` and `notion-bulleted_list-block`s where the story has them (the
story's own text), a `notion-divider-block`, the `notion-callout-block` "📢 للتواصل الإعلامي"
and a link back to the news database (chrome). No writer on the page."""

from __future__ import annotations

import uuid
from datetime import timedelta

from .base import Article, Page, e

NAME = "notion_public_page"
HELD_OUT = True
SET = "unseen10"
FAMILY = "Arabic NGO news on a public Notion page: notion-selectable blocks with editable leaves, properties table (التاريخ/الوسوم), topbar, callout chrome"
HOST = "https://wahat-almiyah.notion.site"
WORKSPACE = "جمعية واحة المياه الأردنية"
DATABASE = "أخبار الجمعية"
PROPS = ("التاريخ", "الوسوم", "الحالة", "آخر تعديل")
STATUS = "منشور"
CALLOUT = "للتواصل الإعلامي: media@wahat-almiyah.example | 0796 412 388"
BACK = "← العودة إلى كل الأخبار"
GET = "Get Notion free"
DUPLICATE = "Duplicate"
ICONS = ("💧", "🌳", "🌱")
# the story's blocks that are not text blocks: index in (lead, *paragraphs) -> kind
KINDS = {"8a2d4e6f0b1c4d7e9f3a5b7c9d1e2f40": {2: "sub_header", 3: "bulleted_list",
                                             4: "bulleted_list", 5: "bulleted_list"}}
# a bold run Notion keeps as its own span: (block index, the words)
BOLD = {"3f1c9a7e2b8d4c55a0e6d1b2c3f4a5b6": (1, "2400 متر مكعب"),
        "c7e9b1d3f5a74b2c8e0d6f4a2b9c1e3d": (0, "ثمانية أسابيع")}
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
LEAF = ('spellcheck="false" placeholder=" " data-content-editable-leaf="true" '
        'contenteditable="false" dir="auto" style="max-width: 100%; width: 100%; '
        'white-space: pre-wrap; word-break: break-word; caret-color: rgb(55, 53, 47); '
        'padding: 3px 2px; text-align: start;"')


def _full(moment) -> str:
    return f"{ENGLISH_MONTHS[moment.month - 1]} {moment.day}, {moment.year}"


def _id(*key: object) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "|".join(map(str, key))))


def _text(article: Article, k: int, text: str) -> str:
    bold = BOLD.get(article.slug)
    if not bold or bold[0] != k or bold[1] not in text:
        return f'<span data-token-index="0">{e(text)}</span>' if k % 2 else e(text)
    before, _, after = text.partition(bold[1])
    return (f'{e(before)}<span style="font-weight:600" data-token-index="1" '
            f'class="notion-enable-hover">{e(bold[1])}</span>{e(after)}')


def render(article: Article, n: int) -> Page:
    moment = article.moment
    slug_words = "-".join(article.headline.split()[:4])
    page_id = article.slug
    url = f"{HOST}/{slug_words}-{page_id}"
    shown = f"{moment:%d/%m/%Y}" if n == 2 else _full(moment)
    edited = moment + timedelta(days=2, hours=5, minutes=14 + n)
    edited_shown = (f"{_full(edited)} {edited.hour % 12 or 12}:{edited:%M} "
                    f"{'AM' if edited.hour < 12 else 'PM'}")
    page = Page(url=url, html="", shown_date=shown)
    topbar_right = (DUPLICATE, GET) if n != 2 else (GET,)
    page.add(WORKSPACE, DATABASE, *topbar_right, *PROPS, shown, *article.tags, STATUS,
             edited_shown, article.caption, CALLOUT, BACK)
    kinds = KINDS.get(article.slug, {})
    blocks = []
    texts = (article.lead, *article.paragraphs)
    for k, text in enumerate(texts):
        kind = kinds.get(k, "text")
        leaf = _text(article, k, text)
        bid = _id(page_id, k)
        if kind == "sub_header":
            blocks.append(
                f'<div data-block-id="{bid}" class="notion-selectable notion-sub_header-block" '
                f'style="width: 100%; max-width: 100%; margin-top: 1.4em; margin-bottom: 1px;">'
                f'<div style="display: flex; width: 100%; color: inherit; fill: inherit;">'
                f'<h3 {LEAF.replace("padding: 3px 2px", "padding: 3px 2px; font-size: 1.5em; font-weight: 600; line-height: 1.3")}>{leaf}</h3></div></div>')
        elif kind == "bulleted_list":
            blocks.append(
                f'<div data-block-id="{bid}" class="notion-selectable notion-bulleted_list-block" '
                f'style="width: 100%; max-width: 100%; margin-top: 2px; margin-bottom: 0px;">'
                f'<div style="display: flex; align-items: flex-start; width: 100%; padding-inline-start: 2px; color: inherit; fill: inherit;">'
                f'<div contenteditable="false" class="pseudoSelection notion-list-item-box-left" style="user-select: none; margin-inline-end: 2px; width: 24px; display: flex; align-items: center; justify-content: center; min-height: calc(1.5em + 3px + 3px);">'
                f'<div class="pseudoBefore" style="font-size: 1.5em; line-height: 1; margin-bottom: 0px; --pseudoBefore--fontFamily: Arial; --pseudoBefore--content: &quot;•&quot;;"></div></div>'
                f'<div style="flex: 1 1 0px; min-width: 1px; display: flex; flex-direction: column;"><div style="display: flex;">'
                f'<div {LEAF}>{leaf}</div></div></div></div></div>')
        else:
            blocks.append(
                f'<div data-block-id="{bid}" class="notion-selectable notion-text-block" '
                f'style="width: 100%; max-width: 100%; margin-top: 2px; margin-bottom: 1px;">'
                f'<div style="color: inherit; fill: inherit;"><div style="display: flex;">'
                f'<div {LEAF}>{leaf}</div></div></div></div>')
        if k == 0:
            img = _id(page_id, "img")
            blocks.append(
                f'<div data-block-id="{img}" class="notion-selectable notion-image-block" '
                f'style="width: 100%; max-width: 1248px; align-self: center; margin-top: 4px; margin-bottom: 4px;">'
                f'<div contenteditable="false" data-content-editable-void="true" role="figure" aria-labelledby="{img}-caption">'
                f'<div style="position: relative;"><div style="display: flex; height: 100%; width: 100%; cursor: default; flex-direction: column; position: relative;">'
                f'<div style="position: relative; overflow: hidden; flex-grow: 1; height: 100%;"><div style="height: 100%; width: 100%;">'
                f'<img alt="" src="https://www.notion.so/image/https%3A%2F%2Fprod-files-secure.s3.us-west-2.amazonaws.com%2F5b0f2c1e%2F{img}%2FIMG_{4410 + n}.jpeg?table=block&amp;id={img}&amp;spaceId=5b0f2c1e-7d3a-4c11-9f0e-2a7c3d9e1b44&amp;width=1420&amp;userId=&amp;cache=v2" '
                f'referrerpolicy="same-origin" style="display: block; object-fit: cover; border-radius: 1px; pointer-events: auto; width: 100%; height: 100%; object-position: center center;"></div></div></div></div>'
                f'<div style="display: flex;"><div id="{img}-caption" class="notranslate" spellcheck="false" placeholder="Write a caption" data-content-editable-leaf="true" contenteditable="false" '
                f'style="max-width: 100%; width: 100%; white-space: pre-wrap; word-break: break-word; caret-color: rgb(55, 53, 47); padding: 6px 2px; font-size: 14px; line-height: 1.4; color: rgba(55, 53, 47, 0.65);">{e(article.caption)}</div></div>'
                f'</div></div>')
    blocks.append(f'<div data-block-id="{_id(page_id, "div")}" class="notion-selectable notion-divider-block" style="width: 100%; max-width: 100%; margin-top: 1px; margin-bottom: 1px;">'
                  '<div contenteditable="false" class="notion-cursor-default" style="display: flex; align-items: center; justify-content: center; pointer-events: auto; width: 100%; height: 13px; flex: 0 0 auto; color: rgba(55, 53, 47, 0.16);" role="separator">'
                  '<div style="width: 100%; height: 1px; visibility: visible; border-bottom: 1px solid rgba(55, 53, 47, 0.16);"></div></div></div>')
    blocks.append(f'<div data-block-id="{_id(page_id, "callout")}" class="notion-selectable notion-callout-block" style="width: 100%; max-width: 100%; margin-top: 4px; margin-bottom: 4px;">'
                  '<div style="display: flex;"><div style="display: flex; width: 100%; border-radius: 4px; background: rgb(241, 241, 239); padding: 16px 16px 16px 12px;">'
                  '<div contenteditable="false" class="pseudoSelection" style="user-select: none;"><div class="notion-record-icon notranslate" role="button" aria-label="📢 Change icon" style="user-select: none; display: flex; align-items: center; justify-content: center; height: 24px; width: 24px; border-radius: 0.25em; flex-shrink: 0;">'
                  '<div style="display: flex; align-items: center; justify-content: center; height: 24px; width: 24px;"><div style="height: 21.6px; width: 21.6px; font-size: 21.6px; line-height: 1; margin-inline-start: 0px; color: black;"><img class="notion-emoji" alt="📢" aria-label="📢" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" style="width: 1em; height: 1em;"></div></div></div></div>'
                  f'<div style="display: flex; flex-direction: column; min-width: 0px; margin-inline-start: 8px; width: 100%;"><div style="display: flex;"><div {LEAF}>{e(CALLOUT)}</div></div></div>'
                  '</div></div></div>')
    database_id = _id("database")
    blocks.append(f'<div data-block-id="{_id(page_id, "back")}" class="notion-selectable notion-text-block" style="width: 100%; max-width: 100%; margin-top: 2px; margin-bottom: 1px;">'
                  f'<div style="color: inherit; fill: inherit;"><div style="display: flex;"><div {LEAF}>'
                  f'<a href="/{database_id.replace("-", "")}" class="notion-link-token notion-focusable-token notion-enable-hover" rel="noopener noreferrer" data-token-index="0" tabindex="0" style="cursor: pointer; color: inherit; word-wrap: break-word; text-decoration: inherit;">'
                  f'<span class="link-annotation-unknown-block-id-{n}" style="border-bottom: 0.05em solid; border-color: rgba(55, 53, 47, 0.4); opacity: 0.7;">{BACK}</span></a></div></div></div></div>')
    content = "\n".join(blocks)

    def prop_row(key: str, icon: str, value: str) -> str:
        return (f'<div role="row" class="notion-page-property" style="display: flex; width: 100%;">'
                f'<div role="rowheader" style="display: flex; align-items: center; height: 34px; width: 160px; flex: 0 0 auto; color: rgba(55, 53, 47, 0.65);">'
                f'<div role="button" tabindex="0" class="notion-property-name" style="user-select: none; display: flex; align-items: center; height: 100%; width: 100%; border-radius: 4px; padding: 0px 6px;">'
                f'<svg role="graphics-symbol" viewBox="0 0 16 16" class="{icon}" style="width: 16px; height: 16px; display: block; fill: rgba(55, 53, 47, 0.45); flex-shrink: 0;"><path d="M2 2h12v12H2z"></path></svg>'
                f'<div style="white-space: nowrap; overflow: hidden; text-overflow: ellipsis; margin-inline-start: 6px;">{key}</div></div></div>'
                f'<div role="cell" style="display: flex; margin-inline-start: 4px; height: 100%; flex: 1 1 auto; min-width: 0px;">{value}</div></div>')

    pills = "".join(
        f'<div class="notion-enable-hover" style="display: flex; align-items: center; flex-shrink: 0; min-width: 0px; max-width: 100%; height: 20px; border-radius: 3px; padding-inline: 6px; font-size: 14px; line-height: 120%; background: {bg}; margin: 0px 6px 6px 0px;">'
        f'<div style="white-space: nowrap; overflow: hidden; text-overflow: ellipsis;">{e(t)}</div></div>'
        for t, bg in zip(article.tags, ("rgb(211, 229, 239)", "rgb(219, 237, 219)",
                                        "rgb(253, 236, 200)"), strict=False))
    props = "\n".join((
        prop_row(PROPS[0], "calendarDate", f'<div class="notion-property-date" style="padding: 7px 8px;"><div style="line-height: 1.5; white-space: normal; word-break: break-word;">{shown}</div></div>'),
        prop_row(PROPS[1], "multiSelect", f'<div class="notion-property-multi_select" style="display: flex; flex-wrap: wrap; padding: 6px 8px 0px;">{pills}</div>'),
        prop_row(PROPS[2], "status", f'<div class="notion-property-status" style="padding: 7px 8px;"><div style="display: inline-flex; align-items: center; border-radius: 9999px; background: rgb(219, 237, 219); color: rgb(28, 56, 41); padding-inline: 7px 9px; height: 20px;">{STATUS}</div></div>'),
        prop_row(PROPS[3], "clock", f'<div class="notion-property-last_edited_time" style="padding: 7px 8px;"><div style="line-height: 1.5;">{edited_shown}</div></div>'),
    ))
    right = "".join(
        f'<div role="button" tabindex="0" class="notion-topbar-{label.split()[0].lower()}-button" style="user-select: none; display: inline-flex; align-items: center; height: 28px; padding: 0px 8px; border-radius: 6px; white-space: nowrap; font-size: 14px;'
        f'{" background: rgb(35, 131, 226); color: white; font-weight: 500;" if label == GET else ""}">{label}</div>'
        for label in topbar_right)
    cover = f"https://www.notion.so/images/page-cover/{('nasa_earth_grid', 'woodcuts_3', 'met_silk_kashan_carpet')[n - 1]}.jpg"
    blob = ('{"env":"production","isAdminMode":false,"isSiteDomain":true,"publicDomainName":"wahat-almiyah.notion.site",'
            f'"pageId":"{page_id}","spaceId":"5b0f2c1e-7d3a-4c11-9f0e-2a7c3d9e1b44","locale":"en-US","version":"23.13.{n}.{40 + n}"}}')
    page.html = f"""<!DOCTYPE html>
<html lang="en" class="notion-html">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,height=device-height,initial-scale=1,maximum-scale=1,user-scalable=no,viewport-fit=cover">
<title>{e(article.headline)}</title>
<meta name="description" content="Built with Notion, the all-in-one connected workspace with publishing capabilities.">
<meta property="og:site_name" content="{e(WORKSPACE)} on Notion">
<meta property="og:type" content="website">
<meta property="og:url" content="{url}">
<meta property="og:title" content="{e(article.headline)}">
<meta property="og:description" content="Built with Notion, the all-in-one connected workspace with publishing capabilities.">
<meta property="og:image" content="https://www.notion.so/images/meta/default.png">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@NotionHQ">
<meta name="twitter:title" content="{e(article.headline)}">
<link rel="canonical" href="{url}">
<link rel="shortcut icon" href="data:image/svg+xml,&lt;svg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 100 100%22&gt;&lt;text y=%22.9em%22 font-size=%2290%22&gt;{ICONS[n - 1]}&lt;/text&gt;&lt;/svg&gt;">
<link rel="stylesheet" href="/_assets/app-d9c0e1e4a3e52b7f.css">
<script>window.__webStartTime = Date.now();</script>
<script>window.CONFIG = {blob};</script>
<script defer="defer" src="/_assets/runtime-b4d18a6f2e7c1d30.js"></script>
<script defer="defer" src="/_assets/app-3a7e9c12f04b8d65.js"></script>
</head>
<body class="notion-body">
<div id="notion-app"><div class="notion-app-inner notion-light-theme" style="color: rgb(55, 53, 47); fill: currentcolor; line-height: 1.5; font-family: ui-sans-serif, -apple-system, BlinkMacSystemFont, &quot;Segoe UI Variable Display&quot;, &quot;Segoe UI&quot;, Helvetica, &quot;Apple Color Emoji&quot;, Arial, sans-serif;">
<div class="notion-cursor-listener" style="width: 100vw; height: 100%; position: relative; display: flex; flex: 1 1 0%; background: white; cursor: text;">
<main class="notion-frame" style="flex-grow: 0; flex-shrink: 1; display: flex; flex-direction: column; background: white; z-index: 1; height: calc(-44px + 100vh); max-height: 100%; position: relative; width: 100%;">
<div class="notion-topbar" style="width: 100%; max-width: 100vw; height: 44px; opacity: 1; transition: opacity 700ms; position: relative; z-index: 100; background: white; user-select: none;">
<div style="display: flex; justify-content: space-between; align-items: center; overflow: hidden; height: 44px; padding-inline: 12px 10px;">
<div class="notranslate shadow-cursor-breadcrumb" style="display: flex; align-items: center; line-height: 1.2; font-size: 14px; height: 100%; flex-grow: 0; margin-inline-end: 8px; min-width: 0px;">
<a href="/" role="button" tabindex="0" style="user-select: none; display: inline-flex; align-items: center; flex-shrink: 1; white-space: nowrap; height: 24px; border-radius: 4px; padding-inline: 6px; min-width: 0px;"><div class="notion-record-icon notranslate" style="margin-inline-end: 6px;"><span role="img" aria-label="💧">💧</span></div><div class="notranslate" style="white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 240px;">{e(WORKSPACE)}</div></a>
<span style="margin: 0px 2px; color: rgba(55, 53, 47, 0.4);">/</span>
<a href="/{database_id.replace("-", "")}" role="button" tabindex="0" style="user-select: none; display: inline-flex; align-items: center; white-space: nowrap; height: 24px; border-radius: 4px; padding-inline: 6px;"><div class="notranslate" style="white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 160px;">{e(DATABASE)}</div></a>
<span style="margin: 0px 2px; color: rgba(55, 53, 47, 0.4);">/</span>
<div role="button" tabindex="0" style="user-select: none; display: inline-flex; align-items: center; white-space: nowrap; height: 24px; border-radius: 4px; padding-inline: 6px; min-width: 0px;"><div class="notion-record-icon notranslate" style="margin-inline-end: 6px;"><span role="img" aria-label="{ICONS[n - 1]}">{ICONS[n - 1]}</span></div><div class="notranslate" style="white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 240px;">{e(article.headline)}</div></div>
</div>
<div style="flex-grow: 1; flex-shrink: 1;"></div>
<div class="notion-topbar-action-buttons" style="user-select: none; position: relative; z-index: 101; display: flex; align-items: center; gap: 4px;">
<div role="button" tabindex="0" aria-label="Search" class="notion-topbar-search-button" style="display: flex; align-items: center; justify-content: center; width: 28px; height: 28px;"><svg role="graphics-symbol" viewBox="0 0 20 20" class="magnifyingGlass" style="width: 20px; height: 20px;"><path d="M8 3a5 5 0 1 0 0 10A5 5 0 0 0 8 3z"></path></svg></div>
{right}
<div role="button" tabindex="0" aria-label="More actions" class="notion-topbar-more-button" style="display: flex; align-items: center; justify-content: center; width: 28px; height: 28px;"><svg role="graphics-symbol" viewBox="0 0 20 20" class="dots" style="width: 20px; height: 20px;"><path d="M4 10h1m5 0h1m5 0h1"></path></svg></div>
</div>
</div>
</div>
<div class="notion-scroller vertical" style="z-index: 1; display: flex; flex-direction: column; flex-grow: 1; position: relative; align-items: center; margin-inline-end: 0px; margin-bottom: 0px; overflow: hidden auto;">
<div class="pseudoSelection" contenteditable="false" data-content-editable-void="true" style="user-select: none; --pseudoSelection--background: transparent; width: 100%; display: flex; flex-direction: column; align-items: center; flex-shrink: 0; flex-grow: 0; z-index: 2;">
<div style="display: grid; grid-template-columns: [full-start] minmax(96px, 1fr) [content-start] minmax(auto, 708px) [content-end] minmax(96px, 1fr) [full-end]; width: 100%;">
<div contenteditable="false" class="notion-page-cover-wrapper" style="grid-column: full-start / full-end; height: 30vh; width: 100%;"><img src="{cover}" referrerpolicy="same-origin" style="display: block; object-fit: cover; border-radius: 0px; width: 100%; height: 30vh; opacity: 1; object-position: center 50%;"></div>
</div></div>
<div class="whenContentEditable" style="caret-color: rgb(55, 53, 47); width: 100%; display: flex; flex-direction: column; align-items: center; flex-grow: 1; z-index: 1; direction: rtl;">
<div style="width: 100%; display: grid; grid-template-columns: [full-start] minmax(96px, 1fr) [content-start] minmax(auto, 708px) [content-end] minmax(96px, 1fr) [full-end];">
<div class="layout-content" style="grid-column: content-start / content-end;">
<div class="pseudoSelection" contenteditable="false" data-content-editable-void="true" style="user-select: none; --pseudoSelection--background: transparent; margin-top: -42px;">
<div class="notion-record-icon notranslate" role="button" aria-label="{ICONS[n - 1]} Page icon" style="user-select: none; display: flex; align-items: center; justify-content: center; height: 78px; width: 78px; border-radius: 0.25em; flex-shrink: 0; position: relative; z-index: 1;"><span role="img" aria-label="{ICONS[n - 1]}" style="font-size: 78px; line-height: 1.1;">{ICONS[n - 1]}</span></div>
</div>
<div style="padding-inline-end: 0px; width: 100%;">
<div data-block-id="{page_id}" class="notion-selectable notion-page-block" style="color: rgb(55, 53, 47); font-weight: 700; line-height: 1.2; font-size: 40px; cursor: text; display: flex; align-items: center; font-family: ui-sans-serif, -apple-system, BlinkMacSystemFont, &quot;Segoe UI Variable Display&quot;, &quot;Segoe UI&quot;, Helvetica, Arial, sans-serif;">
<h1 spellcheck="true" placeholder="Untitled" data-content-editable-leaf="true" contenteditable="false" class="notranslate" style="max-width: 100%; width: 100%; white-space: pre-wrap; word-break: break-word; caret-color: rgb(55, 53, 47); padding: 3px 2px; font-size: 1em; font-weight: inherit; margin: 0px;">{e(article.headline)}</h1>
</div>
</div>
<div style="width: 100%; margin-bottom: 8px;"><div role="table" aria-label="Page properties" style="width: 100%; max-width: 100%; margin-top: 4px;">
{props}
</div></div>
<div style="width: 100%; height: 1px; background: rgba(55, 53, 47, 0.09); margin-bottom: 8px;"></div>
</div>
<div class="layout-content layout-content-with-divider" style="grid-column: content-start / content-end;">
<div class="notion-page-content" style="flex-shrink: 0; flex-grow: 1; max-width: 100%; display: flex; align-items: flex-start; flex-direction: column; font-size: 16px; line-height: 1.5; width: 100%; z-index: 4; padding-bottom: 30vh;">
{content}
</div>
</div>
</div>
</div>
</div>
</main>
</div>
</div>
<div class="notion-overlay-container notion-default-overlay-container" style="position: fixed; inset: 0px; z-index: 999; pointer-events: none;"></div>
</div>
</body>
</html>
"""
    return page
