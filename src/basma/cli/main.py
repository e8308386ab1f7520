"""The ``basma`` command: a click group whose commands only call the library."""

from __future__ import annotations

import logging

import click
import duckdb

from basma import __version__
from basma.cli.actors_cmd import actors
from basma.cli.analyse_cmd import analyse
from basma.cli.eval_cmd import eval_command
from basma.cli.events_cmd import events
from basma.cli.explain_cmd import explain
from basma.cli.export_cmd import export
from basma.cli.load_cmd import load
from basma.cli.places_cmd import places
from basma.cli.rejections_cmd import rejections
from basma.cli.run_cmd import run
from basma.cli.serve_cmd import serve
from basma.cli.show_cmd import show
from basma.errors import BasmaError


class BasmaGroup(click.Group):
    """A group that turns every failure into one clear line instead of a traceback."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit):
            raise
        except BasmaError as exc:
            raise click.ClickException(str(exc)) from exc
        except (duckdb.Error, OSError) as exc:
            raise click.ClickException(str(exc).splitlines()[0]) from exc
        except Exception as exc:
            if logging.getLogger().isEnabledFor(logging.INFO):
                logging.getLogger("basma").exception("internal error")
            raise click.ClickException(
                f"internal error: {type(exc).__name__}: {exc} (run `basma -v ...` for details)"
            ) from exc


@click.group(cls=BasmaGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="basma")
@click.option("-v", "--verbose", is_flag=True, help="Log what each stage does.")
def cli(verbose: bool) -> None:
    """basma (بصمة): Arabic news to political event data.

    Reads Arabic articles, finds who did what to whom, when, where and according to whom, codes each
    interaction with PLOVER/CAMEO and stores everything, with evidence, in a DuckDB file.
    """
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(message)s"
    )


cli.add_command(run)
cli.add_command(events)
cli.add_command(show)
cli.add_command(explain)
cli.add_command(rejections)
cli.add_command(export)
cli.add_command(analyse)
cli.add_command(serve)
cli.add_command(load)
cli.add_command(eval_command)
cli.add_command(places)
cli.add_command(actors)


if __name__ == "__main__":  # pragma: no cover
    cli()
