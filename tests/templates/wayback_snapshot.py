"""Old articles of an Egyptian news portal ("بوابة الميدان", 2009-2013, its own PHP CMS:
`news.php?id=`) as the Internet Archive's Wayback Machine replays them today, at
`/web/<14-digit UTC timestamp>/<original URL>` (here on `wayback-eg.example`). The raw replay
keeps the original doctype and `<html>` and puts the playback include first in `<head>`:
athena.js and its `archive_analytics` pageview, `bundle-playback.js`, `wombat.js`, the Ruffle
config and loader, `__wm.init(...)`/`__wm.wombat(<original URL with :80>, <timestamp>, ...,
<epoch>)`, banner-styles/iconochive CSS and `<!-- End Wayback Rewrite JS Include -->`. Right
after `<body>` comes `<!-- BEGIN WAYBACK TOOLBAR INSERT -->`: `div#wm-ipp-base` (inline
`display:none`, shown by JS) with the donation iframe (`#donato`), the toolbar (logo, URL form,
"N captures" and the "dd Mon yyyy - dd Mon yyyy" timespan, the sparkline canvas, the
month/day/year navigator of the capture in UTC: "May JUN Jul", "15", "2009 2010 2011", the
"success"/"fail" save notices, share icons, "About this capture"), the hidden `#wm-capinfo`
("COLLECTED BY", Organization/Collection with their English descriptions, "TIMESTAMPS"), then
`#wm-ipp-print` ("The Wayback Machine - <snapshot URL with :80>") and `__wm.bt(...)`. Every
link is rewritten: the site's own root-relative links to `/web/<ts>/http://www.../...`,
absolute ones to `https://wayback-eg.example/web/<ts>/...`, images `im_`, CSS `cs_`, scripts
`js_`, iframes `if_` (Facebook like button, YouTube), og:url/og:image too; inline scripts are
wrapped in the wombat `let window = _____WB$wombat$assign$function_____(...)` block and the
GA snippet's 'https://ssl'/'http://www' strings are prefixed with the archive. After `</html>`:
"FILE ARCHIVED ON hh:mm:ss Mon dd, yyyy AND RETRIEVED FROM THE INTERNET ARCHIVE ON ..." and
the "playback timings (ms)" comment. The page itself (XHTML 1.0, `dir="rtl"`): a top bar with
the day's date in Arabic-Indic digits (the day of the capture, in Cairo: never the story's),
the masthead, the section menu, an "عاجل" marquee, the breadcrumb, `div.news_details` with
`h1.news_title`, "نشر فى : الإثنين، 14 يونيو 2010 - 09:30 م" (Cairo time, the only story
date on the page; page 1 in the 2010 summer time, +03:00; page 2 at 00:40, the UTC day before;
the captures, one day to five weeks later, are what the toolbar dates), the read count, font/print/send tools, the body in `div#news_text` (page 1: `<br />`-separated
blocks as the old editor saved them, photo with caption and credit above, byline "كتب - ..."
the only page naming its writer; pages 2-3: `<p dir="rtl">`, page 2 an inline link and "المصدر
: أ ش أ", page 3 a bold subheading, bold words, a YouTube iframe and "آخر تحديث"), "كلمات
دالة:", AddThis (and from 2011 Tweet), related news, comments (three, none, one) and the
comment form, a sidebar (most read, poll, currency rates, prayer times) and the footer. Page 1
has no og tags (2010); pages 2-3 add og:* and the Twitter button."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from .base import MONTHS, Article, Page, e, indic

NAME = "wayback_snapshot"
HELD_OUT = True
SET = "unseen22"
FAMILY = "Wayback Machine replay of a 2010-2013 Egyptian PHP news portal: wm-ipp toolbar with capture counts and UTC dates, rewritten links, archive footer comment"
HOST = "https://wayback-eg.example"
ORIGIN = "http://www.almidan-news.example"
SITE = "بوابة الميدان"
STATIC = "https://web-static.archive.org/_static/"
DAYS = ("الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# page -> (capture timestamp, capture count, timespan, retrieved, collection, read count)
CAPTURE = {1: ("20100615034211", "23", "15 Jun 2010 - 11 Sep 2016", "08:14:52 Feb 11, 2025",
               "alexa", "2341"),
           2: ("20111203103307", "9", "03 Dec 2011 - 22 Jan 2014", "17:40:09 Jun 23, 2025",
               "liveweb", "876"),
           3: ("20130407192244", "4", "07 Apr 2013 - 30 Oct 2013", "02:05:31 Nov 14, 2025",
               "archiveteam", "1,205")}
ALEXA = ("Starting in 1996, <a href=\"http://www.alexa.com/\">Alexa Internet</a> has been donating their crawl data to the Internet Archive.  Flowing in every day, these data are added to the <a href=\"http://web.archive.org/\">Wayback Machine</a> after an embargo period.")
IA = ("The Internet Archive discovers and captures web pages through many different web crawls.\n\nAt any given time several distinct crawls are running, some for months, and some every day or longer.\n\nView the web archive through the <a href=\"http://archive.org/web/web.php\">Wayback Machine</a>.")
LIVEWEB = ("Content crawled via the <a href=\"http://archive.org/web/web.php\">Wayback Machine</a> Live Proxy mostly by the Save Page Now feature on web.archive.org.\n<br /><br />\nLiveweb proxy is a component of Internet Archive’s wayback machine project. The liveweb proxy captures the content of a web page in real time, archives it into a ARC or WARC file and returns the ARC/WARC record back to the wayback machine to process. The recorded ARC/WARC file becomes part of the wayback machine in due course of time.\n<br /><br />")
TEAM = ("<img align=\"right\" alt=\"\" src=\"http://archiveteam.org/images/e/e6/Archiveteam.jpg\" width=\"200\" /> Formed in 2009, the Archive Team (not to be confused with the archive.org Archive-It Team) is a rogue archivist collective dedicated to saving copies of rapidly dying or deleted websites for the sake of history and digital heritage. The group is 100% composed of volunteers and interested parties, and has expanded into a large amount of related projects for saving online and digital history.\n<p>The main site for Archive Team is at <a href=\"http://www.archiveteam.org\">archiveteam.org</a> and contains up to the date information on various projects, manifestos, plans and walkthroughs.</p>")
# collection key -> (org slug, org title, org text, collection slug, title, text)
COLLECTED = {
    "alexa": ("alexacrawls", "Alexa Crawls", ALEXA, "alexa_de", "Alexa Crawls DE",
              "Crawl data donated by Alexa Internet. This data is currently not publicly accessible"),
    "liveweb": ("webwidecrawl", "Internet Archive", IA, "liveweb", "Live Web Proxy Crawls", LIVEWEB),
    "archiveteam": ("archiveteam", "Archive Team", TEAM, "archiveteam_urls", "Archive Team: URLs", ""),
}
MENU = (("/", "الرئيسية"), ("/section.php?id=1", "أخبار مصر"), ("/section.php?id=7", "أخبار المحافظات"),
        ("/section.php?id=3", "اقتصاد"), ("/section.php?id=4", "رياضة"),
        ("/section.php?id=5", "حوادث وقضايا"), ("/section.php?id=9", "فن وثقافة"),
        ("/section.php?id=2", "عرب وعالم"), ("/section.php?id=11", "تحقيقات وملفات"),
        ("/articles.php", "مقالات الرأى"), ("/videos.php", "فيديو الميدان"))
TOP = (("/page.php?id=1", "من نحن"), ("/contact.php", "اتصل بنا"), ("/page.php?id=3", "أعلن معنا"),
       ("/rss.php", "خدمة RSS"))
FOOT = (*TOP[:3], ("/page.php?id=4", "سياسة الخصوصية"), ("/sitemap.php", "خريطة الموقع"))
TICKER = {1: ("الأرصاد: استمرار الموجة الحارة حتى نهاية الأسبوع والعظمى بالقاهرة 39 درجة",
              "الكهرباء: تخفيف الأحمال فى ساعات الذروة لمدة أسبوعين بسبب ارتفاع الاستهلاك"),
          2: ("اللجنة العليا للانتخابات: جولة الإعادة للمرحلة الأولى يومى الإثنين والثلاثاء",
              "البورصة المصرية تربح 4 مليارات جنيه فى ختام تعاملات اليوم"),
          3: ("النائب العام يأمر بحبس 4 متهمين فى أحداث شارع قصر العينى",
              "مترو الأنفاق: تشغيل القطارات بشكل طبيعى بعد إصلاح العطل الفنى بمحطة السادات")}
MOST_READ = ("ارتفاع أسعار الطماطم فى سوق العبور لليوم الثالث على التوالى",
             "تعرف على مواعيد قطارات الصعيد بعد تعديل جدول التشغيل",
             "الأهلى يواصل استعداداته لمباراة القمة بمران مغلق فى التتش",
             "ضبط 3 أطنان دقيق مدعم قبل بيعها فى السوق السوداء بالمنوفية",
             "محافظ الإسكندرية يتفقد أعمال تطوير كورنيش المنتزه",
             "التعليم: إعلان نتيجة الشهادة الإعدادية بالقاهرة الأسبوع المقبل",
             "نقابة الصحفيين تدعو لجمعية عمومية طارئة الشهر المقبل")
POLL = {1: "هل تؤيد نقل الأسواق العشوائية إلى خارج الكتل السكنية؟",
        2: "هل ستشارك فى التصويت بالانتخابات البرلمانية؟",
        3: "هل تؤيد رفع أسعار تذاكر المترو لتمويل الصيانة؟"}
OPTIONS = ("نعم، أؤيد", "لا، أعارض", "ليس لدى رأى")
RATES = {1: ("5.69", "7.01", "1.52"), 2: ("6.03", "8.11", "1.61"), 3: ("6.84", "8.93", "1.82")}
PRAYERS = {1: ("4:13", "12:55", "4:31", "7:58", "9:32"), 2: ("5:06", "11:45", "2:37", "4:58", "6:18"),
           3: ("4:17", "12:00", "3:30", "6:14", "7:34")}
COMMENTS = {1: (("أحمد سعيد", 95, "أخيرا بعد سنين من المعاناة، ربنا يجعلها فى ميزان حسنات كل من تعب فيها"),
                ("مواطن من الصف", 190, "المهم الصيانة بعد التشغيل، المحطة القديمة اتعطلت بعد سنة واحدة"),
                ("د. هشام فؤاد", 480, "المياه بدون صرف صحى كارثة على البيوت القديمة، لازم المشروعين يمشوا مع بعض")),
            2: (),
            3: (("منى عبد الرحمن", 300, "زرت المعرض امبارح والشغل رائع، والأسعار أرخص من خان الخليلى"),)}
POLICY = "التعليقات المنشورة تعبر عن رأى أصحابها ولا تعبر بالضرورة عن رأى بوابة الميدان"
CREDIT = "تصميم وبرمجة: النيل للحلول الرقمية"
LETS = "".join(f'let {w} = _____WB$wombat$assign$function_____("{w}");\n' for w in (
    "window", "globalThis", "self", "document", "location", "top", "parent", "frames", "opener"))


def _wb(ts: str, url: str, kind: str = "") -> str:
    """A rewritten link: the site's own paths root-relative, other hosts absolute."""
    if url.startswith("/"):
        return f"/web/{ts}{kind}/{ORIGIN}{url}"
    return f"{HOST}/web/{ts}{kind}/{url}"


def _script(code: str) -> str:
    """An inline script as the replay serves it, inside wombat's scope block."""
    return ("<script type=\"text/javascript\">var _____WB$wombat$assign$function_____ = function(name) {return (self._wb_wombat && self._wb_wombat.local_init && self._wb_wombat.local_init(name)) || self[name]; };\n"
            "if (!self.__WB_pmw) { self.__WB_pmw = function(obj) { this.__WB_source = obj; return this; } }\n{\n"
            f"{LETS}\n{code}\n\n}}\n</script>")


def _shown(moment: datetime) -> str:
    hour = moment.hour % 12 or 12
    return (f"{DAYS[moment.weekday()]}، {moment.day} {MONTHS[moment.month - 1]} {moment.year}"
            f" - {hour:02d}:{moment:%M} {'ص' if moment.hour < 12 else 'م'}")


def _stamp(moment: datetime) -> str:
    return f"{moment:%H:%M:%S} {MON[moment.month - 1]} {moment:%d, %Y}"


def _head(ts: str, orig: str, cap: datetime) -> str:
    return f"""<head><script src="//archive.org/includes/athena.js" type="text/javascript"></script>
<script type="text/javascript">window.addEventListener('DOMContentLoaded',function(){{var v=archive_analytics.values;v.service='wb';v.server_name='wwwb-app2{ts[-2:]}.us.archive.org';v.server_ms={300 + int(ts[-3:]) % 400};archive_analytics.send_pageview({{}});}});</script>
<script type="text/javascript" src="{STATIC}js/bundle-playback.js?v=Hk4-lkW3" charset="utf-8"></script>\n<script type="text/javascript" src="{STATIC}js/wombat.js?v=txqj7nKC" charset="utf-8"></script>
<script>window.RufflePlayer=window.RufflePlayer||{{}};window.RufflePlayer.config={{"autoplay":"on","unmuteOverlay":"hidden","showSwfDownload":true}};</script>\n<script type="text/javascript" src="{STATIC}js/ruffle/ruffle.js"></script>
<script type="text/javascript">\n    __wm.init("{HOST}/web");\n  __wm.wombat("{orig.replace(".example/", ".example:80/")}","{ts}","{HOST}/","web","{STATIC}",\n              "{int(cap.timestamp())}");\n</script>
<link rel="stylesheet" type="text/css" href="{STATIC}css/banner-styles.css?v=1utQkbB3" />\n<link rel="stylesheet" type="text/css" href="{STATIC}css/iconochive.css?v=3PDvdIFv" />\n<!-- End Wayback Rewrite JS Include -->
"""


def _toolbar(n: int, ts: str, orig: str, cap: datetime, page: Page) -> str:
    _, count, span, _, key, _ = CAPTURE[n]
    oslug, otitle, otext, cslug, ctitle, ctext = COLLECTED[key]
    prev, nxt = MON[(cap.month - 2) % 12], MON[cap.month % 12]
    here = f'title="You are here: {_stamp(cap)}"'
    snap = f"{HOST}/web/{ts}/{orig.replace('.example/', '.example:80/')}"
    coll_text = (f"""
        <div style="max-height:75px;overflow:hidden;position:relative;">
          <div style="position:absolute;top:0;left:0;width:100%;height:75px;background:linear-gradient(to bottom,rgba(255,255,255,0) 0%,rgba(255,255,255,0) 90%,rgba(255,255,255,255) 100%);"></div>
          {ctext}
        </div>""" if ctext else "")
    page.add(f"{count} captures", span, f"{prev} {MON[cap.month - 1].upper()} {nxt}",
             f"{cap.year - 1} {cap.year} {cap.year + 1}", "success", "fail", "About this capture",
             "COLLECTED BY", f"Organization: {otitle}", f"Collection: {ctitle}", "TIMESTAMPS",
             f"The Wayback Machine - {snap}",
             *(" ".join(t.split()) for t in _plain(otext + "\n\n" + ctext).split("\n\n") if t.strip()))
    return f"""<!-- BEGIN WAYBACK TOOLBAR INSERT -->\n<script>__wm.rw(0);</script>\n<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;" toolbar-mode="auto">\n<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">
<div id="donato" style="position:relative;width:100%;height:0;">\n  <div id="donato-base">
    <iframe id="donato-if" src="https://archive.org/includes/donate.php?as_page=1&amp;platform=wb&amp;referer=https%3A//{HOST[8:]}/web/{ts}/{orig.replace("://", "%3A//").replace("?", "%3F").replace("=", "%3D")}"
            scrolling="no" frameborder="0" style="width:100%; height:100%">\n    </iframe>\n  </div>\n</div><div id="wm-ipp-inside">\n  <div id="wm-toolbar" style="position:relative;display:flex;flex-flow:row nowrap;justify-content:space-between;" nav="async">
    <div id="wm-logo" style="/*width:110px;*/padding-top:12px;">
      <a href="/web/" title="Wayback Machine home page"><img src="{STATIC}images/toolbar/wayback-toolbar-logo-200.png" srcset="{STATIC}images/toolbar/wayback-toolbar-logo-100.png, {STATIC}images/toolbar/wayback-toolbar-logo-150.png 1.5x, {STATIC}images/toolbar/wayback-toolbar-logo-200.png 2x" alt="Wayback Machine" style="width:100px" border="0" /></a>
    </div>\n    <div class="c" style="display:flex;flex-flow:column nowrap;justify-content:space-between;flex:1;">
      <form class="u" style="display:flex;flex-direction:row;flex-wrap:nowrap;" target="_top" method="get" action="/web/submit" name="wmtb" id="wmtb"><input type="text" name="url" id="wmtbURL" value="{orig}" onfocus="this.focus();this.select();" style="flex:1;"/><input type="hidden" name="type" value="replay" /><input type="hidden" name="date" value="{ts}" /><input type="submit" value="Go" />
      </form>\n      <div style="display:flex;flex-flow:row nowrap;align-items:flex-end;">\n        <div class="s" id="wm-nav-captures" style="flex:1;">
          <a class="t" href="/web/{ts}*/{orig}" title="See a list of every capture for this URL">{count} captures</a>\n          <div class="r" title="Timespan for captures of this URL">{span}</div>\n        </div>\n        <div class="k">
          <a href="" id="wm-graph-anchor">\n            <div id="wm-ipp-sparkline" title="Explore captures for this URL" style="position: relative">\n              <canvas id="wm-sparkline-canvas" width="750" height="27" border="0"></canvas>\n            </div>
          </a>\n        </div>\n      </div>\n    </div>\n    <div class="n">\n      <table>\n        <tbody>\n          <!-- NEXT/PREV MONTH NAV AND MONTH INDICATOR -->\n          <tr class="m">\n            <td class="b" nowrap="nowrap">{prev}</td>
            <td class="c" id="displayMonthEl" {here}>{MON[cap.month - 1].upper()}</td>\n            <td class="f" nowrap="nowrap">{nxt}</td>\n          </tr>\n          <!-- NEXT/PREV CAPTURE NAV AND DAY OF MONTH INDICATOR -->\n          <tr class="d">
            <td class="b" nowrap="nowrap"><span class="ta"></span></td>\n            <td class="c" id="displayDayEl" style="width:34px;font-size:22px;white-space:nowrap;" {here}>{cap:%d}</td>
            <td class="f" nowrap="nowrap"><span class="ta"></span></td>\n          </tr>\n          <!-- NEXT/PREV YEAR NAV AND YEAR INDICATOR -->\n          <tr class="y">\n            <td class="b" nowrap="nowrap">{cap.year - 1}</td>
            <td class="c" id="displayYearEl" {here}>{cap.year}</td>\n            <td class="f" nowrap="nowrap">{cap.year + 1}</td>\n          </tr>\n        </tbody>\n      </table>\n    </div>
    <div class="r" style="display:flex;flex-flow:column nowrap;align-items:flex-end;justify-content:space-between;">\n      <div id="wm-btns" style="text-align:right;height:23px;">\n        <span class="xxs">
          <div id="wm-save-snapshot-success">success</div>\n          <div id="wm-save-snapshot-fail">fail</div>\n          <a id="wm-save-snapshot-open" href="#" title="Share via My Web Archive" >\n            <span class="iconochive-web"></span>
          </a>\n          <a href="https://archive.org/account/login.php" title="Sign In" id="wm-sign-in">\n            <span class="iconochive-person"></span>\n          </a>\n          <span id="wm-save-snapshot-in-progress" class="iconochive-web"></span>
        </span>
        <a class="xxs" href="https://help.archive.org/help/category/the-wayback-machine/" title="Get some help using the Wayback Machine" style="top:-6px;"><span class="iconochive-question" style="color:rgb(87,186,244);font-size:160%;"></span></a>
        <a id="wm-tb-close" href="#close" style="top:-2px;" title="Close the toolbar"><span class="iconochive-remove-circle" style="color:#888888;font-size:240%;"></span></a>\n      </div>\n      <div id="wm-share" class="xxs">
        <a href="/web/{ts}/http://web.archive.org/screenshot/{orig}" id="wm-screenshot" title="screenshot"><span class="wm-icon-screen-shot"></span></a>\n        <a href="#" id="wm-video" title="video"><span class="iconochive-movies"></span></a>
        <a id="wm-share-facebook" href="#" data-url="{snap}" title="Share on Facebook" style="margin-right:5px;" target="_blank"><span class="iconochive-facebook" style="color:#3b5998;font-size:160%;"></span></a>
        <a id="wm-share-twitter" href="#" data-url="{snap}" title="Share on Twitter" style="margin-right:5px;" target="_blank"><span class="iconochive-twitter" style="color:#1dcaff;font-size:160%;"></span></a>\n      </div>
      <div style="padding-right:2px;text-align:right;white-space:nowrap;">
        <a id="wm-expand" class="wm-btn wm-closed" href="#expand"><span id="wm-expand-icon" class="iconochive-down-solid"></span> <span class="xxs" style="font-size:80%;">About this capture</span></a>\n      </div>\n    </div>\n  </div>
  <div id="wm-capinfo" style="border-top:1px solid #777;display:none; overflow: hidden">\n    <div id="wm-capinfo-notice" source="api"></div>\n    <div id="wm-capinfo-collected-by">
      <div style="background-color:#666;color:#fff;font-weight:bold;text-align:center;padding:2px 0;">COLLECTED BY</div>\n      <div style="padding:3px;position:relative" id="wm-collected-by-content">
        <div style="display:inline-block;vertical-align:top;width:50%;">\n          <span class="c-logo" style="background-image:url(https://archive.org/services/img/{oslug});"></span>
          Organization: <a style="color:#33f;" href="https://archive.org/details/{oslug}" target="_new"><span class="wm-title">{otitle}</span></a>\n          <div style="max-height:75px;overflow:hidden;position:relative;">
            <div style="position:absolute;top:0;left:0;width:100%;height:75px;background:linear-gradient(to bottom,rgba(255,255,255,0) 0%,rgba(255,255,255,0) 90%,rgba(255,255,255,255) 100%);"></div>\n            {otext}\n          </div>\n        </div>
        <div style="display:inline-block;vertical-align:top;width:49%;">\n          <span class="c-logo" style="background-image:url(https://archive.org/services/img/{cslug})"></span>
          <div>Collection: <a style="color:#33f;" href="https://archive.org/details/{cslug}" target="_new"><span class="wm-title">{ctitle}</span></a></div>{coll_text}\n        </div>\n      </div>\n    </div>\n    <div id="wm-capinfo-timestamps">
      <div style="background-color:#666;color:#fff;font-weight:bold;text-align:center;padding:2px 0;" title="Timestamps for the elements of this page">TIMESTAMPS</div>\n      <div>
        <div id="wm-capresources" style="margin:0 5px 5px 5px;max-height:250px;overflow-y:scroll !important"></div>
        <div id="wm-capresources-loading" style="text-align:left;margin:0 20px 5px 5px;display:none"><img src="{STATIC}images/loading.gif" alt="loading" /></div>\n      </div>\n    </div>
  </div></div></div></div><div id="wm-ipp-print">The Wayback Machine - {snap}</div>\n<script type="text/javascript">//<![CDATA[
__wm.bt(750,27,25,2,"web","{orig}","{ts}",1996,"{STATIC}",["{STATIC}css/banner-styles.css?v=1utQkbB3","{STATIC}css/iconochive.css?v=3PDvdIFv"], false);\n  __wm.rw(1);\n//]]></script>
<!-- END WAYBACK TOOLBAR INSERT -->"""


def _plain(html: str) -> str:
    """Text of the toolbar's descriptions: tags out, blocks kept apart by blank lines."""
    text = re.sub(r"<br />|</?p>", "\n\n", html)
    return re.sub(r"<[^>]+>", "", text).replace("\n\n\n\n", "\n\n")


def _body(article: Article, n: int, ts: str) -> str:
    paras = [article.lead, *article.paragraphs]
    if n == 1:  # the old editor: blocks separated by two <br />
        return "<br />\n<br />\n".join(e(p) for p in paras)
    out = []
    for k, text in enumerate(paras):
        html = e(text)
        if n == 2 and k == 1:
            words = "لجنة تسويق القطن"
            html = html.replace(words, f'<a href="{_wb(ts, "/news.php?id=51877")}" target="_blank">{words}</a>', 1)
        if n == 3 and text == "ورش مفتوحة للأطفال":
            out.append(f'<p dir="rtl"><strong><span style="color: #800000;">{html}</span></strong></p>')
            continue
        if n == 3:
            html = html.replace("الخيامية وتشكيل الفخار", "<strong>الخيامية وتشكيل الفخار</strong>")
        out.append(f'<p dir="rtl" style="text-align: justify;">{html}</p>')
        if n == 3 and k == 1:
            out.append(f'<p style="text-align: center;"><iframe width="560" height="315" src="{_wb(ts, "http://www.youtube.com/embed/q7Hn2xVbW4k", "if_")}" frameborder="0" allowfullscreen></iframe></p>')
    return "\n".join(out)


def render(article: Article, n: int) -> Page:
    ts, _, _, retrieved, _, views = CAPTURE[n]
    cap = datetime.strptime(ts, "%Y%m%d%H%M%S").replace(tzinfo=UTC)
    moment = article.moment
    local_cap = cap + moment.utcoffset()  # the CMS printed its "today" in Cairo time
    orig = f"{ORIGIN}/news.php?id={article.slug}"
    url = f"{HOST}/web/{ts}/{orig}"
    shown = _shown(moment)
    page = Page(url=url, html="", shown_date=shown)
    today = indic(f"{DAYS[local_cap.weekday()]} {local_cap.day} {MONTHS[local_cap.month - 1]} {local_cap.year}")
    section = next(path for path, label in MENU if label == article.section)
    page.add(today, *(label for _, label in TOP), *(label for _, label in MENU), "عاجل",
             *TICKER[n], article.section, f"نشر فى : {shown}", f"عدد القراءات : {views}",
             "تكبير الخط", "تصغير الخط", "طباعة", "أرسل لصديق", "كلمات دالة :", *article.tags,
             "Share", "أخبار ذات صلة", *article.related)
    img = byline = source = updated = og = tweet = ""
    if n == 1:
        byline = f'\n<div class="writer">كتب - {e(article.author)}</div>'
        img = (f'\n<div class="news_img"><img src="{_wb(ts, f"/uploads/news/2010/06/{article.slug}_big.jpg", "im_")}" width="460" height="300" alt="{e(article.headline)}" />'
               f'\n<div class="img_caption">{e(article.caption)}<br /><span class="photo">تصوير : أحمد إسماعيل</span></div></div>')
        page.add(f"كتب - {article.author}", article.caption, "تصوير : أحمد إسماعيل")
    if n == 2:
        source = '\n<div class="news_source">المصدر : أ ش أ</div>'
        page.add("المصدر : أ ش أ")
    if n == 3:
        edited = moment + timedelta(hours=2, minutes=35)
        updated = f'\n<span class="news_update">آخر تحديث : {_shown(edited)}</span>'
        page.add(f"آخر تحديث : {_shown(edited)}")
    if n > 1:
        og = "\n".join(f'<meta property="og:{k}" content="{v}" />' for k, v in (
            ("title", e(article.headline)), ("type", "article"), ("url", f"{HOST}/web/{ts}/{orig}"),
            ("image", f"{HOST}/web/{ts}im_/{ORIGIN}/images/logo_fb.jpg"), ("site_name", SITE))) + "\n"
        tweet = (f'\n<a href="{_wb(ts, "http://twitter.com/share")}" class="twitter-share-button" data-count="horizontal" data-via="almidannews" data-lang="ar">Tweet</a>'
                 f'<script type="text/javascript" src="{_wb(ts, "http://platform.twitter.com/widgets.js", "js_")}"></script>')
        page.add("Tweet")
    comments = ""
    for k, (name, minutes, text) in enumerate(COMMENTS[n], 1):
        when = moment + timedelta(minutes=minutes)
        stamp = f"{when:%d/%m/%Y} {when.hour % 12 or 12:02d}:{when:%M} {'ص' if when.hour < 12 else 'م'}"
        comments += (f'\n<div class="comment"><div class="c_head"><span class="c_num">{k}</span> - <span class="c_name">{e(name)}</span>'
                     f' <span class="c_date">{stamp}</span></div>\n<div class="c_text">{e(text)}</div></div>')
        page.add(name, stamp, text)
    count = len(COMMENTS[n])
    comments = comments or '\n<div class="no_comments">لا توجد تعليقات على هذا الخبر</div>'
    page.add(f"التعليقات ({count})", *(["لا توجد تعليقات على هذا الخبر"] if not count else []),
             "أضف تعليقك", "الاسم :", "البريد الإلكترونى :", "التعليق :", POLICY)
    most = [MOST_READ[(n * 2 + k) % len(MOST_READ)] for k in range(5)]
    currencies = ("الدولار الأمريكى", "اليورو", "الريال السعودى")
    prayers = ("الفجر", "الظهر", "العصر", "المغرب", "العشاء")
    page.add("الأكثر قراءة", *most, "استطلاع الرأى", POLL[n], *OPTIONS, "النتائج",
             "أسعار العملات", "العملة", "سعر الشراء",
             *(f"{c} {r}" for c, r in zip(currencies, RATES[n], strict=True)),
             "مواقيت الصلاة - القاهرة", *(f"{p} {t}" for p, t in zip(prayers, PRAYERS[n], strict=True)),
             *(label for _, label in FOOT), f"جميع الحقوق محفوظة © {local_cap.year} {SITE}", CREDIT)
    keywords = "، ".join(article.tags)
    active = ' class="active"'
    nav = "\n".join(f'<li><a href="{_wb(ts, path)}"{active if path == section else ""}>{label}</a></li>' for path, label in MENU)
    top = " | ".join(f'<a href="{_wb(ts, path)}">{label}</a>' for path, label in TOP)
    ticker = ' <img src="{}" alt="" /> '.format(_wb(ts, "/images/sep.gif", "im_")).join(
        f'<a href="{_wb(ts, f"/news.php?id={int(article.slug) + 37 + k}")}">{e(t)}</a>' for k, t in enumerate(TICKER[n]))
    related = "\n".join(f'<li><a href="{_wb(ts, f"/news.php?id={int(article.slug) - 211 * (k + 1)}")}">{e(t)}</a></li>' for k, t in enumerate(article.related))
    tags = " - ".join(f'<a href="{_wb(ts, "/search.php?tag=" + t.replace(" ", "+"))}">{e(t)}</a>' for t in article.tags)
    most_html = "\n".join(f'<li><a href="{_wb(ts, f"/news.php?id={int(article.slug) - 9 - 13 * k}")}">{e(t)}</a></li>' for k, t in enumerate(most))
    options = "\n".join(f'<label><input type="radio" name="answer" value="{k}" /> {o}</label><br />' for k, o in enumerate(OPTIONS, 1))
    rates = "\n".join(f"<tr>\n<td>{c}</td>\n<td>{r}</td>\n</tr>" for c, r in zip(currencies, RATES[n], strict=True))
    times = "\n".join(f"<tr>\n<td>{p}</td>\n<td>{t}</td>\n</tr>" for p, t in zip(prayers, PRAYERS[n], strict=True))
    foot = " | ".join(f'<a href="{_wb(ts, path)}">{label}</a>' for path, label in FOOT)
    fb = ("http://www.facebook.com/plugins/like.php?href=" + orig.replace(":", "%3A").replace("/", "%2F").replace("?", "%3F").replace("=", "%3D")
          + "&amp;layout=button_count&amp;show_faces=false&amp;width=90&amp;action=like&amp;font=tahoma&amp;colorscheme=light&amp;height=21")
    ga = ("  var _gaq = _gaq || [];\n  _gaq.push(['_setAccount', 'UA-11834092-1']);\n  _gaq.push(['_trackPageview']);\n\n  (function() {\n"
          "    var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;\n"
          f"    ga.src = ('https:' == document.location.protocol ? '{HOST}/web/{ts}/https://ssl' : '{HOST}/web/{ts}/http://www') + '.google-analytics.com/ga.js';\n"
          "    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);\n  })();")
    fonts = "function changeFont(step) {\n  var el = document.getElementById('news_text');\n  var size = parseInt(el.style.fontSize || 14) + step * 2;\n  el.style.fontSize = size + 'px';\n}"
    archived = _stamp(cap)
    timings = ("captures_list: 0.61\n  exclusion.robots: 0.041\n  exclusion.robots.policy: 0.027\n  esindex: 0.011\n"
               f"  cdx.remote: {12 + n * 7}.384\n  LoadShardBlock: {88 + n * 31}.915 (3)\n  PetaboxLoader3.datanode: {104 + n * 17}.27 (5)\n"
               f"  load_resource: {140 + n * 23}.602\n  PetaboxLoader3.resolve: {61 + n * 9}.118")
    page.html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="ar" xmlns:fb="http://www.facebook.com/2008/fbml">
{_head(ts, orig, cap)}\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n<title>{SITE} | {e(article.headline)}</title>\n<meta name="keywords" content="{e(keywords)}، {SITE}، أخبار مصر" />
<meta name="description" content="{e(article.lead[:150])}" />\n{og}<link href="{_wb(ts, "/css/style.css", "cs_")}" rel="stylesheet" type="text/css" />\n<link rel="shortcut icon" href="{_wb(ts, "/favicon.ico", "im_")}" />
<!--[if IE 6]><link href="css/ie6.css" rel="stylesheet" type="text/css" /><![endif]-->\n<script type="text/javascript" src="{_wb(ts, "http://ajax.googleapis.com/ajax/libs/jquery/1.4.2/jquery.min.js", "js_")}"></script>
<script type="text/javascript" src="{_wb(ts, "/js/jquery.cycle.all.min.js", "js_")}"></script>\n{_script(fonts)}\n</head>\n<body>{_toolbar(n, ts, orig, cap, page)}\n\n<div id="wrapper">\n<div id="top_bar">\n<div class="today">{today}</div>
<div class="top_links">{top}</div>\n</div>\n<div id="header">\n<div id="logo"><a href="{_wb(ts, "/")}"><img src="{_wb(ts, "/images/logo.png", "im_")}" alt="{SITE}" width="300" height="90" border="0" /></a></div>
<div id="header_banner"><a href="{_wb(ts, "/banners.php?go=14")}" target="_blank"><img src="{_wb(ts, "/uploads/banners/banner_728x90.gif", "im_")}" width="728" height="90" border="0" alt="" /></a></div>\n</div>\n<div id="menu"><ul>\n{nav}\n</ul></div>
<div id="breaking"><span class="breaking_title">عاجل</span>\n<marquee direction="right" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{ticker}</marquee>\n</div>\n\n<div id="content">\n<div id="right_col">
<div class="path"><a href="{_wb(ts, "/")}">الرئيسية</a> &raquo; <a href="{_wb(ts, section)}">{article.section}</a></div>\n<div class="news_details">\n<h1 class="news_title">{e(article.headline)}</h1>
<div class="news_info"><span class="news_date">نشر فى : {shown}</span>{updated} <span class="news_views">عدد القراءات : {views}</span></div>
<div class="news_tools"><a href="javascript:void(0);" onclick="changeFont(1);">تكبير الخط</a> <a href="javascript:void(0);" onclick="changeFont(-1);">تصغير الخط</a> <a href="{_wb(ts, f"/print.php?id={article.slug}")}" target="_blank">طباعة</a> <a href="{_wb(ts, f"/send.php?id={article.slug}")}">أرسل لصديق</a></div>{img}{byline}
<div class="news_text" id="news_text">\n{_body(article, n, ts)}\n</div>{source}\n<div class="tags"><b>كلمات دالة :</b> {tags}</div>\n<div class="share">\n<!-- AddThis Button BEGIN -->\n<div class="addthis_toolbox addthis_default_style">
<a href="{_wb(ts, "http://www.addthis.com/bookmark.php?v=250&amp;username=almidannews")}" class="addthis_button_compact">Share</a>\n<span class="addthis_separator"> </span>\n<a class="addthis_button_facebook"></a>\n<a class="addthis_button_twitter"></a>
<a class="addthis_button_email"></a>\n</div>\n<script type="text/javascript" src="{_wb(ts, "http://s7.addthis.com/js/250/addthis_widget.js#username=almidannews", "js_")}"></script>\n<!-- AddThis Button END -->
<iframe src="{_wb(ts, fb, "if_")}" scrolling="no" frameborder="0" style="border:none; overflow:hidden; width:90px; height:21px;" allowtransparency="true"></iframe>{tweet}\n</div>\n</div>\n<div class="related"><h3>أخبار ذات صلة</h3>\n<ul>\n{related}\n</ul></div>
<div class="comments"><h3>التعليقات ({count})</h3>{comments}\n<div class="add_comment"><h3>أضف تعليقك</h3>\n<form method="post" action="{_wb(ts, f"/comment.php?id={article.slug}")}">\n<label>الاسم :</label> <input type="text" name="name" /><br />
<label>البريد الإلكترونى :</label> <input type="text" name="email" /><br />\n<label>التعليق :</label> <textarea name="comment" rows="5" cols="40"></textarea><br />\n<input type="submit" value="إرسال" />\n</form>\n<p class="note">{POLICY}</p>\n</div></div>
</div>\n\n<div id="left_col">\n<div class="box"><div class="box_title">الأكثر قراءة</div>\n<ul class="most_read">\n{most_html}\n</ul></div>\n<div class="box"><div class="box_title">استطلاع الرأى</div>
<form method="post" action="{_wb(ts, "/poll.php")}"><p class="question">{POLL[n]}</p>\n{options}\n<input type="submit" value="تصويت" /> <a href="{_wb(ts, "/poll.php?results=1")}">النتائج</a></form></div>
<div class="box"><div class="box_title">أسعار العملات</div>\n<table class="rates"><tr><th>العملة</th><th>سعر الشراء</th></tr>\n{rates}\n</table></div>\n<div class="box"><div class="box_title">مواقيت الصلاة - القاهرة</div>\n<table class="prayers">\n{times}
</table></div>\n</div>\n</div>\n\n<div id="footer">\n<div class="foot_links">{foot}</div>\n<p>جميع الحقوق محفوظة &copy; {local_cap.year} {SITE}</p>\n<p class="credit">{CREDIT}</p>\n</div>\n</div>\n{_script(ga)}\n</body>\n</html><!--
     FILE ARCHIVED ON {archived} AND RETRIEVED FROM THE\n     INTERNET ARCHIVE ON {retrieved}.\n     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.\n\n     ALL OTHER CONTENT MAY ALSO BE PROTECTED BY COPYRIGHT (17 U.S.C.
     SECTION 108(a)(3)).\n-->\n<!--\nplayback timings (ms):\n  {timings}
-->"""
    return page
