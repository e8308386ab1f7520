"""The matching and counting rules of the scorer, on system records stated by each test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from basma.eval.gold import load_gold
from basma.eval.score import SplitScore, score_item
from basma.records import (
    ActorRef,
    Article,
    Attribution,
    CodedArticle,
    DateBasis,
    Event,
    EventDate,
    Granularity,
    Location,
    Mention,
    Span,
)

# Builders for system records, so each test states exactly what a coder returned.


def ref(code: str, *sectors: str, actor_id: str | None = None) -> ActorRef:
    return ActorRef(actor_id, code, tuple(sectors), None)


def event(
    text: str,
    etype: str,
    actor: list[ActorRef],
    recipient: list[ActorRef],
    *,
    trigger: str,
    day: str | None = None,
    granularity: str = "day",
    modality: str = "asserted",
    location: str | None = None,
    source: str | None = None,
) -> Event:
    """An event on the whole of ``text`` whose trigger is the first occurrence of ``trigger``."""
    start = text.index(trigger)
    g = Granularity(granularity if day else "unknown")
    d = EventDate(day, g, DateBasis.EXPLICIT)
    if day and granularity == "day":
        d = EventDate(day, g, DateBasis.EXPLICIT, None, date.fromisoformat(day), date.fromisoformat(day))
    return Event(
        id=f"e{start}{etype}",
        article_id="a",
        sentence=Span.of(text, 0, len(text)),
        type=etype,
        mode=(),
        context=(),
        cameo=None,
        actor=tuple(actor),
        recipient=tuple(recipient),
        trigger=Span.of(text, start, start + len(trigger)),
        date=d,
        location=Location(location) if location else None,
        modality=modality,
        attribution=Attribution("outlet", source=source),
        quad=None,
        intensity=None,
        confidence=1.0,
        coder_version="test",
    )


def mention(text: str, surface: str, code: str | None, actor_id: str | None = None) -> Mention:
    start = text.index(surface)
    return Mention(Span.of(text, start, start + len(surface)), "organisation", actor_id, code)


def coded(text: str, events: list[Event] = (), mentions: list[Mention] = ()) -> CodedArticle:
    return CodedArticle(
        article=Article(id="a", text=text),
        sentences=(),
        dates=(),
        mentions=tuple(mentions),
        events=tuple(events),
        quotes=(),
    )


TEXT = "استقبل الرئيس السوري في دمشق الأحد وزير الخارجية التركي وبحثا العلاقات الثنائية."


def _item(tmp_path: Path, events: str, mentions: str = "") -> object:
    body = (
        'items:\n  - id: t1\n    published_at: "2025-11-18T10:00:00+03:00"\n'
        f'    text: "{TEXT}"\n    events: {events}\n{mentions}'
    )
    path = tmp_path / "dev" / "g.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(body, encoding="utf-8")
    return load_gold([path])[0]


GOLD_VISIT = (
    '[{type: CONSULT, mode: [visit], actor: "TUR:GOV", recipient: "SYR:GOV", '
    "date: 2025-11-16, location: دمشق, trigger: استقبل}]"
)


def _score(item: object, *events: object, mentions: tuple = ()) -> SplitScore:
    out = SplitScore()
    score_item(item, coded(TEXT, list(events), list(mentions)), out)
    return out


def test_exact_event_scores_one_everywhere(tmp_path: Path) -> None:
    item = _item(tmp_path, GOLD_VISIT)
    sys = event(
        TEXT,
        "CONSULT",
        [ref("TUR", "GOV")],
        [ref("SYR", "GOV")],
        trigger="استقبل",
        day="2025-11-16",
        location="دمشق",
    )
    out = _score(item, sys)
    assert (out.events.precision, out.events.recall) == (1.0, 1.0)
    assert out.types["CONSULT"].f1 == 1.0
    for name in ("actor", "recipient", "date", "location", "modality", "attribution"):
        assert out.fields[name].f1 == 1.0, name


def test_wrong_dyad_earns_type_credit_but_misses_the_event_and_the_field(tmp_path: Path) -> None:
    """The documented partial-credit rule: the host coded as actor is a dyad error, not a type error."""
    item = _item(tmp_path, GOLD_VISIT)
    sys = event(TEXT, "CONSULT", [ref("SYR", "GOV")], [ref("TUR", "GOV")], trigger="استقبل", day="2025-11-16")
    out = _score(item, sys)
    assert out.types["CONSULT"].f1 == 1.0
    assert out.events.f1 == 0.0
    assert out.fields["actor"].recall == 0.0 and out.fields["date"].recall == 1.0
    assert [e["kind"] for e in out.errors] == ["partial"]
    assert out.errors[0]["wrong"][:2] == ["actor", "recipient"]


def test_date_must_lie_within_the_gold_granularity(tmp_path: Path) -> None:
    item = _item(tmp_path, GOLD_VISIT)
    for day, granularity, ok in (
        ("2025-11-16", "day", True),
        ("2025-11-18", "day", False),
        ("2025-11", "month", False),
    ):
        sys = event(
            TEXT, "CONSULT", [ref("TUR")], [ref("SYR")], trigger="استقبل", day=day, granularity=granularity
        )
        assert _score(item, sys).events.f1 == (1.0 if ok else 0.0), (day, granularity)
    monthly = _item(tmp_path, GOLD_VISIT.replace("2025-11-16", "2025-11"))
    sys = event(TEXT, "CONSULT", [ref("TUR")], [ref("SYR")], trigger="استقبل", day="2025-11-03")
    assert _score(monthly, sys).events.f1 == 1.0


def test_symmetric_gold_accepts_either_order_and_accept_types_count(tmp_path: Path) -> None:
    item = _item(
        tmp_path, "[{type: CONSULT, accept_types: [AGREE], symmetric: true, actor: TUR, recipient: SYR}]"
    )
    sys = event(TEXT, "AGREE", [ref("SYR")], [ref("TUR")], trigger="وبحثا")
    out = _score(item, sys)
    assert out.events.f1 == 1.0 and out.types["CONSULT"].recall == 1.0


def test_coder_that_finds_nothing_scores_zero_and_a_clean_negative(tmp_path: Path) -> None:
    item = _item(tmp_path, GOLD_VISIT)
    out = _score(item)
    assert out.events.f1 == 0.0 and out.events.gold_n == 1 and out.type_micro().f1 == 0.0
    negative = _item(tmp_path, "[]")
    out = _score(negative)
    assert (out.negatives, out.negatives_clean, out.events.sys_n) == (1, 1, 0)
    out = _score(negative, event(TEXT, "CONSULT", [ref("SYR")], [ref("TUR")], trigger="استقبل"))
    assert out.negatives_clean == 0 and out.events.precision == 0.0
    assert out.errors[0]["kind"] == "false_alarm" and out.errors[0]["sentence"] == TEXT


def test_reported_event_with_wrong_modality_is_only_a_modality_error(tmp_path: Path) -> None:
    item = _item(tmp_path, GOLD_VISIT.replace("trigger:", "modality: reported, attribution: مصادر, trigger:"))
    sys = event(TEXT, "CONSULT", [ref("TUR")], [ref("SYR")], trigger="استقبل", day="2025-11-16")
    out = _score(item, sys)
    assert out.events.f1 == 1.0
    assert out.fields["modality"].f1 == 0.0 and out.fields["attribution"].f1 == 0.0


def test_mentions_need_overlap_and_the_right_code(tmp_path: Path) -> None:
    item = _item(
        tmp_path, "[]", '    mentions: {"الرئيس السوري": "SYR:GOV", "وزير الخارجية التركي": "TUR:GOV"}\n'
    )
    found = [mention(TEXT, "السوري", "SYR"), mention(TEXT, "التركي", "IRQ"), mention(TEXT, "دمشق", "SYR")]
    out = _score(item, mentions=tuple(found))
    assert (out.mentions.gold_ok, out.mentions.gold_n) == (2, 2)
    assert (out.mention_codes.gold_ok, out.mention_codes.sys_ok, out.mention_codes.sys_n) == (1, 1, 3)
