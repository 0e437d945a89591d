"""The articles table's tags facet and ?_tag= filter, read from `articles_tags` (the tags'
one home since m017: the articles row holds no JSON copy for Datasette's array facet)."""

from __future__ import annotations

from typing import Any

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.facets import Facet
from datasette.filters import FilterArguments
from datasette.utils import path_with_added_args, path_with_removed_args

from archive import browse

TAG_ARG = "_tag"
_TAGGED = ("{id} IN (SELECT x.articles_id FROM articles_tags x JOIN tags t ON t.id = x.tags_id "
           "WHERE t.name = :{param})")


def _is_articles(datasette: Any, database: str | None, table: str | None) -> bool:
    config = browse.plugin_config(datasette)
    return bool(config) and database == config["database"] and table == config["table"]


@hookimpl
def filters_from_request(request: Any, database: str, table: str,
                         datasette: Any) -> FilterArguments | None:
    tags = request.args.getlist(TAG_ARG)
    if not tags or not _is_articles(datasette, database, table):
        return None
    params = {f"archive_tag_{i}": tag for i, tag in enumerate(tags)}
    return FilterArguments([_TAGGED.format(id="id", param=name) for name in params],
                           params=params,
                           human_descriptions=[f'tagged "{tag}"' for tag in tags])


class TagFacet(Facet):  # type: ignore[misc]
    """Counts of the shown articles per tag; a value toggles ?_tag=."""

    type = "tags"

    async def suggest(self) -> list[dict[str, Any]]:
        return []

    async def facet_results(self) -> tuple[list[dict[str, Any]], list[str]]:
        results: list[dict[str, Any]] = []
        timed_out: list[str] = []
        if not _is_articles(self.ds, self.database, self.table):
            return results, timed_out
        size = self.get_facet_size()
        sql = (f"SELECT t.name AS value, count(*) AS count FROM articles_tags x JOIN tags t "
               f"ON t.id = x.tags_id WHERE x.articles_id IN (SELECT id FROM ({self.sql})) "
               f"GROUP BY t.name ORDER BY count(*) DESC, value LIMIT {size + 1}")
        for source_and_config in self.get_configs():
            column = source_and_config["config"].get("simple") or "tags"
            try:
                rows = (await self.ds.execute(
                    self.database, sql, self.params, truncate=False,
                    custom_time_limit=self.ds.setting("facet_time_limit_ms"))).rows
            except QueryInterrupted:
                timed_out.append(column)
                continue
            chosen = set(self.request.args.getlist(TAG_ARG))
            values = []
            for row in rows[:size]:
                value = str(row["value"])
                path = (path_with_removed_args(self.request, {TAG_ARG: value})
                        if value in chosen else
                        path_with_added_args(self.request, {TAG_ARG: value}))
                values.append({"value": value, "label": value, "count": row["count"],
                               "toggle_url": self.ds.absolute_url(self.request, path),
                               "selected": value in chosen})
            results.append({"name": column, "type": self.type, "results": values,
                            "hideable": source_and_config["source"] != "metadata",
                            "toggle_url": self.ds.urls.path(self.request.path),
                            "truncated": len(rows) > size})
        return results, timed_out


@hookimpl
def register_facet_classes() -> list[type]:
    return [TagFacet]
