"""Per-template and per-set figures of an evaluation: dev templates vs held-out ones.

A template case is named `templates/<template>/<n>`; its row carries `held_out` and `set`.
Rules are written against dev templates only, so the held-out figures say how extraction
does on sites nobody wrote rules for. Ten held-out sets: `heldout`, the first four held-out
templates, `fresh`, a later set of families written after the rules had been tuned (held out
too), `unseen3`, a third set of families no rule has been written against (Drupal 7
Panels, Yemeni static HTML, Tunisian SPIP, Arc XP / Fusion, a state news agency, Laravel +
Tailwind), and `unseen4`, a fourth such set (WordPress + Elementor, a 1C-Bitrix government
portal, TYPO3 university news, a Medium-like blog, an Iraqi site with news tickers, an
Egyptian AMP page from the AMP cache), and `unseen5`, a fifth such set (a Sudanese WordPress +
JNews daily, a Libyan site republishing Facebook / X statements, an old Palestinian agency
page, an Oman News Agency-like page, a Lebanese Next.js App Router site, an Egyptian portal's
mobile page), and `unseen6`, a sixth such set (a Kuwaiti daily on ASP.NET MVC, a Jordanian
WordPress + SmartMag site, a Mauritanian Arabic / French portal, a Qatari Nuxt site, an
Egyptian football site with match and standings widgets, a Gulf government news centre on
SharePoint), and `unseen7`, a seventh such set (a Saudi ministry portal on Liferay, an Arab
think tank on Wagtail, a Gulf markets news site on Angular Universal, a Lebanese TV channel's
site, a Syrian outlet on Hugo + PaperMod, an Arabic Substack newsletter), and `unseen8`, an
eighth such set (an Iraqi news channel's Telegram web preview, a Palestinian outlet on a
WordPress block theme, an Egyptian AMP Web Story, a Tunisian outlet on Wix Blog, the Kuwaiti
parliament's news pages, an Emirati media office on Drupal 10 Olivero, a Yemeni
Blogger on Contempo with reader comments), and `unseen9`, a ninth such set (an Arabic
Wikinews article on MediaWiki, a ministry page exported from Word, a JNews theme with the
next article appended, a press-release wire, a Mailchimp campaign archive, a Gatsby outlet,
a Syrian state agency), and `unseen10`, a tenth such set (an official gazette converted
from PDF, an NGO's news on a public Notion page, the Kuwaiti news agency's legacy ASP.NET
pages), and `unseen11`, an eleventh such set (a Sudanese channel's telegra.ph pages, a
Moroccan WordPress outlet, a news story reposted on a vBulletin forum, an old portal's print
version, a Gulf outlet on Sitecore, a Lebanese outlet's Facebook Instant Articles), and
`unseen12`, a twelfth such set (a Gulf municipality's news on DotNetNuke, an Iraqi Joomla +
K2 site, a news story posted in a Discourse forum's crawler view), and `unseen13`, a
thirteenth such set (an Egyptian outlet on Angular Universal, a Palestinian magazine on
WordPress + Divi, an Iraqi weekly's interviews in questions and answers, a Syrian cultural
magazine's columns quoting verse on Drupal, an NGO's statements published from Google Docs,
an analyst's article on LinkedIn), and `unseen14`, a fourteenth such set (a Saudi
government centre's news on Adobe Experience Manager, a Beirut magazine on Squarespace, an
Egyptian startup outlet on Webflow, a Dubai company's newsroom on HubSpot CMS, a news item
posted on a phpBB board), and `unseen15`, a fifteenth such set (a news story reposted in
a XenForo thread, an agency on the Rossiya Segodnya CMS, an Iranian agency's Arabic service
on NewsStudio, a pan-Arab outlet's React pages with an Apollo cache, a journalist's Jekyll
blog, a Saudi authority's news on Oracle WebCenter Portal), and `unseen16`, a sixteenth such
set (a UAE authority's news on Umbraco, a Moroccan outlet on Astro, a Basra neighbourhood
blog on Tumblr, an Emirati outlet on Nuxt 3, a Saudi chamber's news on Odoo, a Jordanian site
on Joomla 4 Cassiopeia), and `unseen17`, a seventeenth such set (a Jordanian site on Drupal's
Varbase, an Irbid blog on WordPress.com with Jetpack, an Abu Dhabi department on Sitefinity, an
old Lebanese ColdFusion portal, an Arabic tech blog on Hexo + NexT, a newsletter on beehiiv),
and `unseen18`, an eighteenth such set (an Aden site on WordPress + Astra + Spectra, an Amman
forum on NodeBB, a UAE authority on Kentico, a journalist's WriteFreely blog, a diaspora portal
on MODX, an Egyptian university's news on Concrete CMS), and `unseen19`, a nineteenth such set
(a Lebanese outlet on WordPress + Newspack, a Tunisian ministry on Plone 6, a Cairo magazine on
Craft CMS, a Saudi producer's store blog on Shopify, a Jordanian NGO on Google Sites, an
Algerian agency on eZ Platform / Ibexa), and `unseen20`, a twentieth such set (a Kuwaiti daily
on Escenic, a Moroccan town blog on Grav, a Basra forum on SMF, an old Hadramawt portal on
PHP-Nuke, a Qatari ministry on Magnolia, a Dubai broadcaster's Arabic service on Brightspot),
and `unseen21`, a twenty-first such set (an Egyptian portal on WordPress + Sahifa, a Gulf
authority on Optimizely, a Sudanese forum on MyBB, a Palestinian NGO's Weebly blog, an Emirati
long-read on Tilda, a Libyan site on WordPress + Zox News), and `unseen22`, a twenty-second such
set (a Yemeni site on WordPress + Publisher, an Iraqi forum on Invision Community, a Saudi
municipality on Orchard Core, an Arabic story syndicated on MSN, old Egyptian stories replayed by
the Wayback Machine, a Lebanese NGO on django CMS), and `unseen23`, a twenty-third such set (a
Saudi outlet on SvelteKit, a Jordanian NGO on WordPress + Avada, a Moroccan association on
Jimdo, an Iraqi university's Moodle site news, a Gulf ministry on WebSphere Portal, an Algerian
site on WordPress + ColorMag), and `unseen24`, a twenty-fourth such set (a Lebanese outlet on
Remix / React Router 7, a Kuwaiti magazine on WordPress + Soledad, a Qatari body's SharePoint
Online news, an Egyptian tech blog on WordPress + GeneratePress, a Syrian forum on Flarum, an
Arabic developers' blog on Hashnode), and `unseen25`, a twenty-fifth such set (an Iraqi daily
on WordPress + Newsup, a Gulf news forum on Discuz!, an Egyptian monthly on ExpressionEngine,
an NGO's news on Contao, a Saudi outlet on Quintype, a Jordanian fact-check collective's
Eleventy site), and `unseen26`, a twenty-sixth such set (an Egyptian viral site on WordPress +
Bimber, a Dubai daily on Naviga / Polopoly, a Tunisian civic-tech blog on Docusaurus, a
Moroccan column on Textpattern, a UAE ministry on OpenText TeamSite, a Lebanese weekly on
Drupal + Thunder), and `unseen27`, a twenty-seventh such set (a Saudi site on WordPress + Foxiz,
an Algerian portal on Joomla + Helix Ultimate, an Omani agency on OpenCms, a Beirut magazine
on Kirby, a Cairo NGO on Backdrop CMS, an Amman outlet's posts on Mastodon), and `unseen28`, a
twenty-eighth such set (an Iraqi forum on vBulletin 5, an Egyptian newsletter's Buttondown
archive, a Kuwaiti outlet on Statamic, a Lebanese NGO on ProcessWire, a Jordanian health blog
on WordPress + Kadence, an Arabic tech community on Forem), and `unseen29`, a twenty-ninth
such set (a southern Iraq portal on e107, an Amman blog on Serendipity, a Jordanian economic
site on October CMS, a Jordanian Lemmy community, a journalist's LiveJournal, a Qatari sports
site on Nuxt + Strapi), and `unseen30`, a thirtieth such set of five (a Jordanian civic blog on
b2evolution, a Jordanian portal on Joomla + T3, a northern Jordan portal on XOOPS, an Egyptian
forum on Vanilla, an Amman magazine on WordPress + Blocksy), and `unseen31`, a thirty-first
such set (a Basra portal on PHP-Fusion, an Algerian magazine on WordPress + OceanWP, an Omani
NGO on Zoho Sites, a Saudi authority on Bloomreach, a Rabat journalist's Publii blog, a
Sudanese portal on Mambo), and `unseen32`, a thirty-second such set (a Tunisian journalist's
Dotclear blog, a Libyan FluxBB forum, an Emirati municipality on dotCMS, a Najaf portal on
Joomla + Gantry 5, a Kuwaiti columnist on Movable Type, a Yemeni blog on WordPress + Hueman).
`dev` is every case that is not held out, real pages included.
"""

from __future__ import annotations

from typing import Any

# The later held-out sets, oldest first: a new one is one more here.
UNSEEN_SETS = tuple(f"unseen{n}" for n in range(3, 33))
TEMPLATE_SETS = ("dev", "heldout", "fresh", *UNSEEN_SETS)
SETS = (*TEMPLATE_SETS, "all")


def set_of(row_or_case: Any) -> str:
    """The set of a row (dict) or case: its own `set`, else heldout/dev from `held_out`."""
    if isinstance(row_or_case, dict):
        named, held = row_or_case.get("set"), row_or_case.get("held_out", False)
    else:
        named, held = getattr(row_or_case, "template_set", None), row_or_case.held_out
    return named or ("heldout" if held else "dev")


def in_set(row_or_case: Any, which: str) -> bool:
    """Whether a row (dict) or case belongs to `which`: dev is everything not held out."""
    return which == "all" or set_of(row_or_case) == which


def template_of(name: str) -> str | None:
    parts = name.split("/")
    return parts[1] if len(parts) == 3 and parts[0] == "templates" else None


def _figures(rows: list[dict[str, Any]], side: str) -> dict[str, Any]:
    results = [r[side] for r in rows if r.get(side)]
    f1 = [r["f1"] for r in results if r["f1"] is not None]
    dates = [r["published"] for r in results if r["published"] is not None]
    return {"f1": sum(f1) / len(f1) if f1 else None, "f1_min": min(f1) if f1 else None,
            "boilerplate": sum(len(r["snippets_failed"]) for r in results),
            "dates": f"{sum(dates)}/{len(dates)}"}


def _gap(rows: list[dict[str, Any]]) -> float | None:
    """The worst page: ours' F1 minus trafilatura's (negative: ours below)."""
    gaps = [r["ours"]["f1"] - r["trafilatura"]["f1"] for r in rows
            if r.get("trafilatura") and r["ours"]["f1"] is not None]
    return min(gaps) if gaps else None


def template_summary(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per template, then one per set (dev, heldout and fresh templates)."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        name = template_of(row["name"])
        if name:
            groups.setdefault(name, []).append(row)
    out = []
    for name, group in groups.items():
        out.append(_entry(name, set_of(group[0]), group))
    for which in TEMPLATE_SETS:
        chosen = [r for g in groups.values() for r in g if in_set(r, which)]
        if chosen:
            out.append(_entry(f"{which} templates", which, chosen))
    return out


def _entry(name: str, which: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    entry = {"template": name, "set": which, "pages": len(rows),
             "ours": _figures(rows, "ours"), "worst_gap": _gap(rows)}
    if any(r.get("trafilatura") for r in rows):
        entry["trafilatura"] = _figures(rows, "trafilatura")
    return entry


def _num(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def format_templates(rows: list[dict[str, Any]]) -> str:
    """Per template: F1 (mean, worst page), boilerplate failures and dates, ours | trafilatura."""
    entries = template_summary(rows)
    if not entries:
        return ""
    lines = [f"{'template':18} {'set':7} {'pages':>5}  {'ours F1':>7} {'min':>5} {'boil':>4} "
             f"{'dates':>6}  {'traf F1':>7} {'min':>5} {'boil':>4} {'dates':>6}  worst gap"]
    for entry in entries:
        ours, traf = entry["ours"], entry.get("trafilatura")
        right = (f"{_num(traf['f1']):>7} {_num(traf['f1_min'])} {traf['boilerplate']:>4} "
                 f"{traf['dates']:>6}" if traf else f"{'-':>7} {'-':>5} {'-':>4} {'-':>6}")
        lines.append(f"{entry['template'][:18]:18} {entry['set']:7} {entry['pages']:>5}  "
                     f"{_num(ours['f1']):>7} {_num(ours['f1_min'])} {ours['boilerplate']:>4} "
                     f"{ours['dates']:>6}  {right}  {_num(entry['worst_gap'])}")
    return "\n".join(lines)
