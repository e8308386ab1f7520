"""Every command and option of the CLI is documented in docs/cli.md."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import click
import pytest

from basma.cli.main import cli

DOC = Path(__file__).resolve().parent.parent / "docs" / "cli.md"


def _commands(command: click.Command, path: list[str]) -> Iterator[tuple[str, click.Command]]:
    if isinstance(command, click.Group):
        for name, sub in sorted(command.commands.items()):
            yield from _commands(sub, [*path, name])
    else:
        yield " ".join(path), command


def _sections() -> dict[str, str]:
    text = DOC.read_text(encoding="utf-8")
    parts = re.split(r"^### (basma[^\n]*)$", text, flags=re.MULTILINE)
    return {parts[i].strip(): parts[i + 1] for i in range(1, len(parts), 2)}


COMMANDS = list(_commands(cli, ["basma"]))


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[name for name, _ in COMMANDS])
def test_command_and_its_options_are_documented(name: str, command: click.Command) -> None:
    sections = _sections()
    assert name in sections, f"docs/cli.md has no '### {name}' section"
    for param in command.params:
        if isinstance(param, click.Option):
            long_names = [o for o in param.opts if o.startswith("--")]
            assert any(o in sections[name] for o in long_names), f"{name}: {long_names} undocumented"
