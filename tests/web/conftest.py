"""Session fixtures for the web tests: one coded database, one real server, one browser."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The fixture corpus coded into a real DuckDB file, once per session."""
    from basma.cli.main import cli

    corpus = Path(__file__).resolve().parent.parent / "fixtures" / "cli"
    path = str(tmp_path_factory.mktemp("web") / "web.duckdb")
    CliRunner().invoke(cli, ["run", str(corpus), "--db", path])
    return path


@pytest.fixture(scope="session")
def server_url(web_db: str) -> Iterator[str]:
    """A real uvicorn server on a free localhost port, serving the app over ``web_db``."""
    import uvicorn

    from basma.web import create_app

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(web_db), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Debian's Chromium driven by Playwright, started once per session."""
    if not CHROMIUM.exists():
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as p:
        launched = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield launched
        launched.close()
