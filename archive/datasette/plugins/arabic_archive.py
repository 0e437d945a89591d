"""Datasette hooks for the archive: read-only connections, Arabic ?_search=, readable cells,
charts and the article page (search, diffs and captures: archive_pages.py)."""

from __future__ import annotations

from typing import Any

from datasette import hookimpl
from datasette.filters import FilterArguments
from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup

from archive import browse, charts, search, urls

_config = browse.plugin_config
# Columns shown as decoded links (their percent-escaped form stays the link target).
URL_COLUMNS: frozenset[str] = frozenset({"url", "canonical_url"})
# Long text columns cut in table views (the row page shows them whole).
CUT_COLUMNS: dict[str, int] = {"body": 140, "summary": 200}


def _is_archive(datasette: Any, database: str | None) -> bool:
    config = _config(datasette)
    return bool(config) and database == config["database"]


@hookimpl
def prepare_connection(conn: Any, database: str, datasette: Any) -> None:
    if not _is_archive(datasette, database):
        return
    # Every connection, Datasette's write connection included, refuses writes.
    conn.execute("PRAGMA query_only = 1")
    # For hand-written SQL: ... WHERE articles_search MATCH arabic_fts_query(:q) (it reads
    # search_stems: not deterministic across writes)
    conn.create_function("arabic_fts_query", 1, lambda q: search.fts_query(conn, q or ""))


# trylast: the built-in search filter also answers (supports_search = False, since the index
# is not an external-content table of articles); ours must come after it to win.
@hookimpl(trylast=True)
def filters_from_request(request: Any, database: str, table: str,
                         datasette: Any) -> FilterArguments | None:
    if not _is_archive(datasette, database) or table != _config(datasette)["table"]:
        return None
    typed = request.args.get("_search", "")
    context = {"supports_search": True, "search": typed}
    if not typed.strip():
        return FilterArguments([], extra_context=context)
    # The expression is made on the connection (arabic_fts_query reads search_stems).
    where = (f"id in (select rowid from {search.FTS_TABLE} where {search.FTS_TABLE} "
             "match arabic_fts_query(:arabic_search))") if search.query_keys(typed) else "0"
    return FilterArguments([where], params={"arabic_search": typed},
                           human_descriptions=[f'search matches "{typed}"'],
                           extra_context=context)


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [(r"^/-/charts$", charts_page)]


async def charts_page(datasette: Any, request: Any) -> Response:
    """Articles per day and crawl runs over time as inline SVG."""
    config = _config(datasette)
    if not config:
        raise NotFound("not serving the archive")

    def run(conn: Any) -> tuple[list, list]:
        return browse.per_day(conn), browse.runs_over_time(conn)

    days, runs = await datasette.get_database(config["database"]).execute_fn(run)
    per_day = charts.bar_chart([d for d, _n in days], {"articles": [n for _d, n in days]},
                               title="Articles per day")
    run_chart = charts.bar_chart(
        [f"#{r['id']} {(r['started'] or '')[:10]}" for r in runs],
        {name: [r[name] for r in runs] for name in browse.RUN_SERIES},
        title="Crawl runs: stored, skipped and failed pages")
    return Response.html(await datasette.render_template(
        "arabic_charts.html",
        {"per_day": per_day, "runs_chart": run_chart, "days": days, "runs": runs,
         "database": config["database"]},
        request=request,
    ))


@hookimpl
def menu_links(datasette: Any) -> list[dict[str, str]] | None:
    if not _config(datasette):
        return None
    return [{"href": datasette.urls.path("/-/search"), "label": "Arabic search"},
            {"href": datasette.urls.path("/-/charts"), "label": "Charts"}]


@hookimpl
def extra_template_vars(view_name: str, database: str, table: str, request: Any,
                        datasette: Any) -> Any:
    if view_name != "row" or not _is_archive(datasette, database) or (
            table != _config(datasette)["table"]):
        return None

    async def article() -> dict[str, Any]:
        article_id = _int(request.url_vars.get("pks"), -1)
        found = await datasette.get_database(database).execute_fn(
            lambda conn: browse.article_page(conn, article_id))
        return {"article": found}

    return article


@hookimpl
def render_cell(row: Any, value: Any, column: str, table: str | None, database: str | None,
                datasette: Any) -> Markup | None:
    """URLs decoded (a canonical URL equal to the URL says so); long texts cut."""
    if not _is_archive(datasette, database) or not isinstance(value, str) or not table:
        return None
    if column == "canonical_url" and value == urls.SAME_AS_URL:
        return Markup('<span class="archive-same">= url</span>')
    if column in URL_COLUMNS and value.startswith(("http://", "https://")):
        keys = row.keys() if hasattr(row, "keys") else ()
        if column == "canonical_url" and "url" in keys and row["url"] == value:
            return Markup('<span class="archive-same">= url</span>')
        shown = browse.readable_url(value)
        return Markup('<a class="archive-url" dir="ltr" href="{}" title="{}" '
                      'rel="nofollow noopener">{}</a>').format(
            value, browse.readable_url(value, path_only=False), _cut(shown, 60))
    limit = CUT_COLUMNS.get(column)
    if limit and table in ("articles", "article_versions") and len(value) > limit:
        return Markup('<span class="archive-cut">{}</span>').format(_cut(value, limit))
    return None


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
