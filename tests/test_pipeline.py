"""End-to-end behaviour of the orchestrator on the seed and on short sentences."""

from __future__ import annotations

from datetime import date

import pytest

import basma
from basma.pipeline import STAGES, PipelineOrderError, Stage, check_order


def test_seed_visit_is_coded_as_russian_consult_with_syria_on_sunday(coded_seed, seed_gold) -> None:
    """E1 of the seed gold: the Russian delegation received in Damascus on Sunday 16 November."""
    visit = [
        e
        for e in coded_seed.events
        if e.type == "CONSULT"
        and "RUS" in {a.code for a in e.actor}
        and "SYR" in {r.code for r in e.recipient}
        and e.date.value == "2025-11-16"
    ]
    assert visit, [(e.type, e.trigger.text, e.date.value) for e in coded_seed.events]
    event = visit[0]
    text = coded_seed.article.text
    evidence = next(e["evidence"] for e in seed_gold["events"] if e["id"] == "E1")
    assert evidence in event.sentence.text
    assert text[event.sentence.start : event.sentence.end] == event.sentence.text
    assert text[event.trigger.start : event.trigger.end] == event.trigger.text
    assert event.date.granularity.value == "day"
    assert event.date.basis.value == "relative-to-publication"
    assert event.date.span is not None and event.date.span.text == "الأحد"


def test_every_span_points_into_the_clean_text(coded_seed) -> None:
    text = coded_seed.article.text
    spans = [m.span for m in coded_seed.mentions] + [d.span for d in coded_seed.dates]
    spans += [e.trigger for e in coded_seed.events] + [e.sentence for e in coded_seed.events]
    assert spans
    for span in spans:
        assert text[span.start : span.end] == span.text


def test_code_text_reads_publication_date_and_returns_serialisable_records() -> None:
    coded = basma.code_text(
        "استقبلت موسكو وفداً سورياً الأحد.", published_at="2025-10-15T10:00:00+03:00", outlet="وكالة"
    )
    assert coded.article.published_at is not None
    assert coded.article.published_at.date() == date(2025, 10, 15)
    as_dict = coded.to_dict()
    assert as_dict["article"]["outlet"] == "وكالة"
    assert isinstance(as_dict["events"], list)


def test_stage_order_is_checked_when_the_pipeline_is_built() -> None:
    events_first = (STAGES[-1], *STAGES[:-1])
    with pytest.raises(PipelineOrderError, match="events"):
        check_order(events_first)
    check_order(STAGES)
    assert all(isinstance(stage, Stage) for stage in STAGES)


def test_non_arabic_articles_are_kept_and_marked_but_not_coded() -> None:
    coded = basma.code_text(
        "The Syrian foreign minister met his Turkish counterpart in Ankara on Sunday to discuss the border. "
        "Both sides agreed to meet again next month.",
        published_at="2025-10-14T10:00:00+03:00",
    )
    assert coded.article.language == "en"
    assert coded.events == () and coded.mentions == ()
