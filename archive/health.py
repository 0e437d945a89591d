"""Judge a finished crawl run: healthy or failed (and why), and whether the markup drifted."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

HEALTHY_FINISH = frozenset({"finished", "max_articles"})
INTERRUPTED_FINISH = frozenset({"shutdown"})
# Fields whose absence on many stored articles means the site changed its markup.
DRIFT_FIELDS: tuple[str, ...] = ("published", "author", "tags", "section", "summary")


@dataclass(frozen=True)
class Thresholds:
    """When a run counts as failed, and when its articles' missing fields raise the alarm."""

    error_share: float = 0.25  # errors / requests above this fails the run ...
    min_errors: int = 5  # ... once there are at least this many errors
    blocked_share: float = 0.5  # challenge pages / article pages above this fails the run
    drift: Mapping[str, float] = field(default_factory=lambda: {
        "published": 0.2, "section": 0.2, "summary": 0.3, "tags": 0.7, "no_article": 0.3})
    drift_min_pages: int = 5


@dataclass
class RunCounts:
    """What a run did, gathered from the crawl's stats."""

    finish_reason: str
    duration_s: float
    requests: int
    pages_fetched: int
    pages_ok: int
    outcomes: Mapping[str, int]
    skipped: Mapping[str, int]
    failed: Mapping[str, int]
    discovery_failed: Mapping[str, int]
    discovered: Mapping[str, int]
    spider_errors: int
    missing: Mapping[str, int]  # stored articles lacking each DRIFT_FIELDS field
    parsed: int  # article pages that were turned into records (stored or not)
    incremental: Mapping[str, int] = field(default_factory=dict)  # known / revisit / waiting/*
    template: Mapping[str, int] = field(default_factory=dict)  # site template: template/*
    browser: Mapping[str, int] = field(default_factory=dict)  # headless browser: browser/*

    @property
    def blocked(self) -> int:
        """Challenge pages and login walls: the site keeps the text from us."""
        return self.skipped.get("blocked", 0) + self.skipped.get("login_wall", 0) + \
            self.failed.get("blocked", 0)

    @property
    def errors(self) -> int:
        failures = sum(self.failed.values()) - self.failed.get("blocked", 0)
        return failures + sum(self.discovery_failed.values()) + self.spider_errors

    @property
    def article_pages(self) -> int:
        return self.parsed + sum(self.skipped.values()) - self.skipped.get("language", 0) \
            + self.failed.get("blocked", 0)


def run_counts(stats: Mapping[str, Any], finish_reason: str, duration_s: float,
               outcomes: Mapping[str, int], missing: Mapping[str, int]) -> RunCounts:
    """RunCounts from a crawl's stats (Scrapy's names) and what the archive did with its items."""
    return RunCounts(
        finish_reason=finish_reason, duration_s=duration_s,
        requests=stats.get("downloader/request_count", 0),
        pages_fetched=stats.get("response_received_count", 0),
        pages_ok=stats.get("pages/ok", 0), outcomes=outcomes,
        skipped=by_prefix(stats, "archive/skipped/"),
        failed=by_prefix(stats, "archive/failed/"),
        discovery_failed=by_prefix(stats, "discovery/failed/"),
        discovered=by_prefix(stats, "discovery/", depth=1),
        spider_errors=sum(by_prefix(stats, "spider_exceptions/").values()),
        missing=missing, parsed=stats.get("archive/parsed", 0),
        incremental=by_prefix(stats, "incremental/"),
        template=by_prefix(stats, "template/"),
        browser=by_prefix(stats, "browser/"),
    )


def by_prefix(stats: Mapping[str, Any], prefix: str, depth: int | None = None) -> dict[str, int]:
    """Counters under `prefix`, keyed by the rest of their name (only `depth` parts if set)."""
    found: dict[str, int] = {}
    for key, value in stats.items():
        rest = key[len(prefix):]
        if key.startswith(prefix) and isinstance(value, int) and (
                depth is None or rest.count("/") < depth):
            found[rest] = value
    return found


def problems(counts: RunCounts, limits: Thresholds) -> list[str]:
    """Why the run failed; empty for a healthy run."""
    found = []
    if counts.finish_reason not in HEALTHY_FINISH:
        found.append(f"finish reason {counts.finish_reason}")
    if counts.pages_fetched == 0:
        found.append("nothing fetched")
    elif counts.pages_ok == 0:
        found.append("every fetch failed")
    if counts.errors >= limits.min_errors and \
            counts.errors > limits.error_share * max(1, counts.requests):
        found.append(f"{counts.errors} errors in {counts.requests} requests")
    if counts.blocked and counts.blocked > limits.blocked_share * max(1, counts.article_pages):
        found.append(f"{counts.blocked} of {counts.article_pages} article pages were challenges")
    walled = counts.discovery_failed.get("blocked", 0)
    if walled and not counts.parsed:
        found.append(f"blocked: {walled} discovery pages were challenges and no article was read")
    return found


def drift(counts: RunCounts) -> dict[str, float]:
    """Share of stored articles missing each field, and share of article pages with none."""
    stored = counts.outcomes.get("new", 0) + counts.outcomes.get("updated", 0)
    shares = {name: round(counts.missing.get(name, 0) / stored, 3) if stored else 0.0
              for name in DRIFT_FIELDS}
    no_article = counts.skipped.get("not_article", 0) + counts.skipped.get("empty", 0)
    pages = counts.article_pages
    shares["no_article"] = round(no_article / pages, 3) if pages else 0.0
    return shares


def drift_alarm(shares: Mapping[str, float], counts: RunCounts, limits: Thresholds) -> list[str]:
    """Fields whose missing share is over its threshold (only judged on enough pages)."""
    if counts.article_pages < limits.drift_min_pages:
        return []
    return [f"{name} {shares[name]:.0%} > {limit:.0%}" for name, limit in limits.drift.items()
            if name in shares and shares[name] > limit]


def run_row(counts: RunCounts, limits: Thresholds, finished: str) -> dict[str, Any]:
    """The crawl_runs columns for a finished run, health and drift included."""
    found = problems(counts, limits)
    shares = drift(counts)
    alarm = drift_alarm(shares, counts, limits)
    if counts.finish_reason in INTERRUPTED_FINISH:
        status = "interrupted"
    else:
        status = "failed" if found else "ok"
    dumps = lambda value: json.dumps(value, ensure_ascii=False)  # noqa: E731
    return {
        "finished": finished, "finish_reason": counts.finish_reason,
        "duration_s": round(counts.duration_s, 3), "requests": counts.requests,
        "pages_fetched": counts.pages_fetched,
        "articles_new": counts.outcomes.get("new", 0),
        "articles_updated": counts.outcomes.get("updated", 0),
        "articles_unchanged": counts.outcomes.get("unchanged", 0),
        "articles_skipped": sum(counts.skipped.values()),
        "articles_failed": sum(counts.failed.values()),
        "articles_blocked": counts.blocked, "errors": counts.errors,
        "articles_removed": counts.outcomes.get("removed", 0),
        "articles_known": counts.incremental.get("known", 0),
        "articles_revisited": counts.incremental.get("revisit", 0),
        "urls_waiting": sum(v for k, v in counts.incremental.items() if k.startswith("waiting/")),
        "skipped": sum(counts.skipped.values()), "failed": sum(counts.failed.values()),
        "skipped_by_reason": dumps(dict(sorted(counts.skipped.items()))),
        "failed_by_reason": dumps(dict(sorted({**counts.failed, **{
            f"discovery_{k}": v for k, v in counts.discovery_failed.items()}}.items()))),
        "discovered_by_source": dumps(dict(sorted(counts.discovered.items()))),
        "status": status, "problems": dumps(found), "drift": dumps(shares),
        "drift_alarm": "; ".join(alarm) or None,
        "template": dumps(dict(sorted(counts.template.items()))) if counts.template else None,
        "browser": dumps(dict(sorted(counts.browser.items()))) if counts.browser else None,
    }


def summary_text(row: Mapping[str, Any]) -> str:
    """A one-screen report of a finished run (what `archive crawl` prints)."""
    loads = lambda text: json.loads(text) if text else {}  # noqa: E731
    problems_found = loads(row.get("problems")) or []
    lines = [
        f"run {row['id']} {row['spider']}: {str(row.get('status') or 'unknown').upper()} "
        f"({row.get('finish_reason')}, {row.get('duration_s') or 0:.1f}s)",
        f"  requests {row.get('requests') or 0}, pages fetched {row.get('pages_fetched') or 0}, "
        f"errors {row.get('errors') or 0}",
        f"  article links found: {_pairs(loads(row.get('discovered_by_source')))}; "
        f"not fetched: {row.get('articles_known') or 0} archived, "
        f"{row.get('urls_waiting') or 0} waiting to retry; "
        f"{row.get('articles_revisited') or 0} revisited",
        f"  articles: {row.get('articles_new') or 0} new, {row.get('articles_updated') or 0} "
        f"updated, {row.get('articles_unchanged') or 0} unchanged, "
        f"{row.get('articles_removed') or 0} removed, {row.get('articles_blocked') or 0} blocked",
        f"  skipped: {_pairs(loads(row.get('skipped_by_reason')))}",
        f"  failed: {_pairs(loads(row.get('failed_by_reason')))}",
        f"  missing fields: {_pairs(loads(row.get('drift')), percent=True)}",
    ]
    if row.get("template"):
        lines.append(f"  site template: {_pairs(loads(row['template']))}")
    if row.get("browser"):
        lines.append(f"  browser: {_pairs(loads(row['browser']))}")
    if row.get("drift_alarm"):
        lines.append(f"  LAYOUT DRIFT: {row['drift_alarm']}")
    lines.extend(f"  problem: {problem}" for problem in problems_found)
    return "\n".join(lines)


def _pairs(values: Mapping[str, Any], percent: bool = False) -> str:
    if not values:
        return "none"
    return ", ".join(f"{k} {v:.0%}" if percent else f"{k} {v}" for k, v in values.items())
