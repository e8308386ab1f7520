"""``basma serve``: the web API and the dashboard over a database."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import click

from basma.cli.common import db_option, open_store


async def get_in_process(app: Any, path: str) -> Any:
    """Answer one GET request without a network, running the app's startup and shutdown."""
    import httpx

    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://basma.local") as client:
            return await client.get(path)


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option(
    "--get",
    "get_path",
    metavar="PATH",
    help="Answer one GET request in-process and exit (e.g. /api/summary).",
)
def serve(db_path: str, host: str, port: int, get_path: str | None) -> None:
    """Serve the JSON API (/api/...) and the Arabic/English dashboard (/)."""
    try:
        from basma.web import create_app
    except ImportError as exc:
        raise click.ClickException(
            f"the web extra is not installed ({exc.name}); pip install 'basma[web]'"
        ) from exc
    open_store(db_path, read_only=True).close()  # a clear error now rather than at the first request
    app = create_app(db_path)
    if get_path:
        response = asyncio.run(get_in_process(app, get_path))
        body = response.json()
        click.echo(json.dumps(body, ensure_ascii=False, indent=2, default=str))
        if response.status_code >= 400:
            raise SystemExit(1)
        return
    import uvicorn

    click.echo(f"basma serving {db_path} on http://{host}:{port}/ (API under /api, docs at /docs)")
    uvicorn.run(app, host=host, port=port, log_level="warning")
