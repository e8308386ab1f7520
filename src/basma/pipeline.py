"""The orchestrator: runs the stages in order for one article.

Stages are registered with what they require and provide, and the order is checked when the
pipeline is built, so that a stage added in the wrong place fails with a readable error instead of
an AttributeError deep inside a coder. ``process`` is the per-article function that the batch runner
and the Spark job both map over articles, so local and distributed runs give identical records.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from basma import actors, dates, events, places, text
from basma.clean import build_article
from basma.document import Document
from basma.errors import BasmaError
from basma.ingest.raw import RawDocument
from basma.records import CodedArticle


@dataclass(frozen=True)
class Stage:
    """One step of the pipeline and its contract."""

    name: str
    run: Callable[[Document], None]
    requires: frozenset[str]
    provides: frozenset[str]


def _text(doc: Document) -> None:
    text.analyse(doc)


def _dates(doc: Document) -> None:
    doc.dates = dates.find_dates(doc.text, doc.tokens, doc.article.published_at)


def _actors(doc: Document) -> None:
    doc.mentions = actors.resolve(doc)


def _places(doc: Document) -> None:
    doc.places = places.find_places(doc)


def _events(doc: Document) -> None:
    doc.events, doc.quotes = events.code(doc)


def _stage(name: str, run: Callable[[Document], None], requires: str, provides: str) -> Stage:
    return Stage(name, run, frozenset(requires.split()), frozenset(provides.split()))


# The stage registry, in running order. "article" is what cleaning provides.
STAGES: tuple[Stage, ...] = (
    _stage("text", _text, "article", "tokens sentences amounts"),
    _stage("dates", _dates, "tokens", "dates"),
    _stage("actors", _actors, "tokens sentences dates", "mentions"),
    _stage("places", _places, "tokens mentions", "places"),
    _stage("events", _events, "sentences mentions dates places", "events quotes"),
)


class PipelineOrderError(BasmaError):
    code = "pipeline-order"


def check_order(stages: Sequence[Stage]) -> None:
    """Fail with a readable message when a stage comes before what it needs.

    :raises PipelineOrderError: when a requirement is provided by no earlier stage.
    """
    available = {"article"}
    for stage in stages:
        missing = stage.requires - available
        if missing:
            raise PipelineOrderError(
                f"stage {stage.name!r} needs {', '.join(sorted(missing))}, which no earlier stage provides"
            )
        available |= stage.provides


check_order(STAGES)


def run_stages(doc: Document, stages: Sequence[Stage] = STAGES) -> CodedArticle:
    """Run the analysis stages over a cleaned article and freeze the result.

    Articles identified as another language are stored and marked by their ``language`` but not
    run through stages built for Arabic, which would only produce noise.
    """
    doc.provided.add("article")
    if doc.article.language != "ar":
        return doc.freeze()
    # 1. text: tokens with clitics, sentences, amounts
    # 2. dates: expressions resolved against the publication date
    # 3. actors: knowledge-base resolution of every mention
    # 4. places: gazetteer mentions
    # 5. events: PLOVER coding with modality, attribution, quotes
    for stage in stages:
        stage.run(doc)
        doc.provided |= stage.provides
    return doc.freeze()


def process(raw: RawDocument) -> CodedArticle:
    """Clean one raw input and code it.

    :raises basma.errors.InputError: when the input cannot become an article.
    """
    return run_stages(Document(build_article(raw)))


def code_text(
    text: str,
    *,
    published_at: datetime | str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    title: str | None = None,
) -> CodedArticle:
    """Code one article given as a string, without touching a database.

    :param text: the article (plain text; page furniture is cleaned as for scraped text).
    :param published_at: publication time, a datetime or ISO 8601 string; relative dates need it.
    :param outlet: the outlet's name, used for attribution.
    """
    when = datetime.fromisoformat(published_at) if isinstance(published_at, str) else published_at
    fields = {"published_at": when, "outlet": outlet, "url": url, "title": title}
    raw = RawDocument("<text>", text, "text", {k: v for k, v in fields.items() if v is not None})
    return process(raw)
