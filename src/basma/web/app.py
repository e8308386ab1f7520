"""The FastAPI application: a single route list over the view modules, one error handler."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from importlib.resources import files
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from basma import __version__
from basma.store import Store
from basma.web.errors import ApiError, handle_api_error
from basma.web.views import analysis, articles, events

STATIC = Path(str(files("basma").joinpath("web/static")))

# Every route of the API in one place: (method, path, view).
ROUTES: list[tuple[str, str, Callable[..., Any]]] = [
    ("GET", "/api/summary", analysis.summary),
    ("GET", "/api/events", events.list_events),
    ("GET", "/api/events/{event_id}", events.get_event),
    ("GET", "/api/articles", articles.list_articles),
    ("GET", "/api/articles/{article_id}", articles.get_article),
    ("POST", "/api/code", articles.code),
    ("GET", "/api/dyads", analysis.dyads),
    ("GET", "/api/network", analysis.network),
    ("GET", "/api/footprint", analysis.footprint),
    ("GET", "/api/shifts", analysis.shifts),
    ("GET", "/api/stories", analysis.stories),
    ("GET", "/api/rejections", analysis.rejections),
]


def _dashboard() -> FileResponse:
    return FileResponse(STATIC / "index.html")


def create_app(db_path: str | None = None) -> FastAPI:
    """The web app over the database at ``db_path`` (read-only), or with only ``/api/code`` when None."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.store = Store(db_path, read_only=True) if db_path else None
        try:
            yield
        finally:
            if app.state.store is not None:
                app.state.store.close()

    app = FastAPI(
        title="basma",
        version=__version__,
        lifespan=lifespan,
        description="Arabic news as political event data: who did what to whom, when and where.",
    )
    app.state.store = None
    for method, path, view in ROUTES:
        app.add_api_route(path, view, methods=[method])
    app.add_api_route("/", _dashboard, methods=["GET"], include_in_schema=False)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_exception_handler(ApiError, handle_api_error)
    return app
