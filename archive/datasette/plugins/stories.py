"""The story page, /-/story/<id>: a story's copies side by side with a word diff each
(archive/story_page.py). Its own module, so the archive's main plugin stays as it is."""

from __future__ import annotations

from typing import Any

from datasette import hookimpl
from datasette.utils.asgi import NotFound, Response

from archive import story_page


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [(r"^/-/story/(?P<story>\d+)$", story_view)]


async def story_view(datasette: Any, request: Any) -> Response:
    config = datasette.plugin_config("arabic-archive")
    if not config:
        raise NotFound("not serving the archive")
    story = int(request.url_vars["story"])
    page = await datasette.get_database(config["database"]).execute_fn(
        lambda conn: story_page.story_page(conn, story))
    if page is None:
        raise NotFound(f"no story {story}")
    return Response.html(await datasette.render_template(
        "story.html", {**page, "database": config["database"], "table": config["table"]},
        request=request))
