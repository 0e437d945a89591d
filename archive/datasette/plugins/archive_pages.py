"""The archive's own pages: /-/search (filters, pager, facets, CSV/JSONL export), an article's
word diffs between versions, and its WARC capture (read-only)."""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

from datasette import hookimpl
from datasette.utils import sqlite_timelimit
from datasette.utils.asgi import AsgiStream, NotFound, Response

from archive import browse, finder, history, search_web
from archive.warc import CaptureError

log = logging.getLogger(__name__)
EXPORT_TYPES: dict[str, str] = {"csv": "text/csv; charset=utf-8",
                                "jsonl": "application/x-ndjson; charset=utf-8"}
# A captured page is shown as data: its scripts never run, nothing it names is fetched.
CAPTURE_POLICY = "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'"


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [(r"^/-/search$", search_page),
            (r"^/-/articles/(?P<article>\d+)/diff$", diff_page),
            (r"^/-/articles/(?P<article>\d+)/capture(?:/(?P<version>\d+))?$", capture_page)]


def _archive(datasette: Any) -> tuple[dict[str, Any], Any]:
    config = browse.plugin_config(datasette)
    if not config:
        raise NotFound("not serving the archive")
    return config, datasette.get_database(config["database"])


async def search_page(datasette: Any, request: Any) -> Response | AsgiStream:
    """Ranked Arabic search: filters, sort, pages, facets; format=csv|jsonl exports all."""
    config, db = _archive(datasette)
    size = int(config.get("search_page_size", 20))
    context: dict[str, Any] = {"database": config["database"], "table": config["table"],
                               "asked": search_web.SearchRequest(), "error": None}
    try:
        asked = search_web.parse(request.args)
        context["asked"] = asked
        if asked.format != "html":
            return _export(db, asked)
        limit_ms = datasette.setting("sql_time_limit_ms")

        def run(conn: Any) -> dict[str, Any]:
            with sqlite_timelimit(conn, limit_ms):
                total = finder.total(conn, asked.q, asked.filters)
                search_web.check_page(asked, total, size)
                found = {"total": total,
                         "found": finder.page(conn, asked.q, asked.filters, asked.sort, size,
                                              asked.page),
                         "rank_window": finder.RANK_WINDOW if finder.windowed(
                             conn, asked.q, asked.filters, asked.sort, total) else None}
            return {**found, **_facets(conn, asked, limit_ms)}

        if asked.q.strip():
            context.update(await db.execute_fn(run))
            last = search_web.pages(context["total"], size)
            context.update(pages=last, pager=search_web.pager(asked.page, last), size=size)
        status = 200
    except search_web.BadRequestError as error:
        context["error"] = str(error)
        status = 400
    return Response.html(await datasette.render_template("arabic_search.html", context,
                                                         request=request), status=status)


def _facets(conn: Any, asked: search_web.SearchRequest, limit_ms: int) -> dict[str, Any]:
    """The counts beside the results, in a time limit of their own: they read the row of every
    match, so for a common word in a large archive they may not fit, and the results are
    shown without them (a note says so) rather than not at all."""
    try:
        with sqlite_timelimit(conn, limit_ms):
            return {"facets": finder.facets(conn, asked.q, asked.filters)}
    except sqlite3.OperationalError as error:
        if "interrupted" not in str(error):
            raise
    log.warning("search facets for %r took over %s ms: the page is shown without them",
                asked.q, limit_ms)
    return {"facets": None, "facets_skipped": True}


def _export(db: Any, asked: search_web.SearchRequest) -> Response | AsgiStream:
    """Every match of the query and filters, in the page's order, streamed row by row."""
    if not asked.q.strip():
        raise search_web.BadRequestError("an export needs a query: q=")
    line = search_web.csv_line if asked.format == "csv" else search_web.jsonl_line

    async def stream(writer: Any) -> None:
        ids = await db.execute_fn(
            lambda conn: finder.ids(conn, asked.q, asked.filters, asked.sort))
        if asked.format == "csv":
            await writer.write(search_web.csv_header())
        for start in range(0, len(ids), finder.EXPORT_CHUNK):
            chunk = ids[start:start + finder.EXPORT_CHUNK]
            found = await db.execute_fn(
                lambda conn, chunk=chunk: finder.hits(conn, asked.q, chunk))
            await writer.write("".join(line(item) for item in found))

    name = f"search.{asked.format}"
    return AsgiStream(stream, content_type=EXPORT_TYPES[asked.format],
                      headers={"content-disposition": f'attachment; filename="{name}"'})


def _version_number(value: str | None, default: int) -> int:
    return int(value) if value and value.isdigit() else default


async def diff_page(datasette: Any, request: Any) -> Response:
    """Word diff between two versions of an article (default: each one and the next)."""
    config, db = _archive(datasette)
    article_id = int(request.url_vars["article"])
    found = await db.execute_fn(lambda conn: history.versions(conn, article_id))
    if not found:
        raise NotFound("no such article")
    numbers = [v.number for v in found]
    new = _version_number(request.args.get("to"), numbers[-1])
    old = _version_number(request.args.get("from"), numbers[max(0, numbers.index(new) - 1)]
                          if new in numbers else numbers[0])
    if old not in numbers or new not in numbers:
        return Response.text(f"versions are {', '.join(map(str, numbers))}", status=400)
    by_number = {v.number: v for v in found}
    context = {"database": config["database"], "table": config["table"], "id": article_id,
               "versions": found, "old": by_number[old], "new": by_number[new],
               "diff": history.diff_paragraphs(by_number[old], by_number[new])}
    return Response.html(await datasette.render_template("arabic_diff.html", context,
                                                         request=request))


async def capture_page(datasette: Any, request: Any) -> Response:
    """The captured HTTP response body of an article (or of one version), with its type."""
    _config, db = _archive(datasette)
    article_id = int(request.url_vars["article"])
    found = await db.execute_fn(lambda conn: history.versions(conn, article_id))
    wanted = _version_number(request.url_vars.get("version"), found[-1].number if found else 0)
    version = next((v for v in found if v.number == wanted), None)
    folder = browse.warc_dir(datasette)
    if version is None or folder is None:
        raise NotFound("no such article version")
    try:
        record = await db.execute_fn(lambda _conn: history.capture(folder, version))
    except CaptureError as error:
        return Response.text(f"capture unavailable: {error}", status=404)
    content_type = next((v for k, v in record.headers if k.lower() == "content-type"),
                        "application/octet-stream")
    return Response(record.body, content_type=content_type, headers={
        "content-security-policy": CAPTURE_POLICY, "x-content-type-options": "nosniff",
        "x-archive-captured-at": record.date})
