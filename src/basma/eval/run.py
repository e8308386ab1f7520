"""Run the coder over gold items and gather the scores per split.

The coder is any function from a gold item to a :class:`~basma.records.CodedArticle`; by default it
is ``basma.code_text``, the same entry point users call, so evaluation measures what ships. An item
on which the coder raises is recorded and scored as "nothing found": evaluation, like a batch run,
never stops for one bad input.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from basma.eval.items import PLOVER_TYPES, GoldItem
from basma.eval.score import SplitScore, score_item
from basma.records import CodedArticle

Coder = Callable[[GoldItem], CodedArticle]

SPLIT_ORDER = ("dev", "test", "seed")


def default_coder() -> Coder:
    """``basma.code_text`` wrapped to take a gold item.

    :raises RuntimeError: when the installed basma has no ``code_text``.
    """
    import basma

    code_text = getattr(basma, "code_text", None)
    if code_text is None:
        raise RuntimeError("basma.code_text is not available in this installation")

    def run(item: GoldItem) -> CodedArticle:
        result: CodedArticle = code_text(item.text, published_at=item.published_at, outlet=item.outlet)
        return result

    return run


def evaluate(
    items: Iterable[GoldItem],
    coder: Coder | None = None,
    progress: Callable[[GoldItem], None] | None = None,
) -> dict[str, SplitScore]:
    """Code every item and score it; the result maps each split name to its scores."""
    coder = coder or default_coder()
    scores: dict[str, SplitScore] = {}
    for item in items:
        score = scores.setdefault(item.split, SplitScore())
        try:
            coded: CodedArticle | None = coder(item)
        except Exception as exc:  # one failing item must not end the evaluation
            score.coder_errors.append(f"{item.id}: {type(exc).__name__}: {exc}")
            coded = None
        score_item(item, coded, score)
        if progress:
            progress(item)
    order = {name: i for i, name in enumerate(SPLIT_ORDER)}
    return dict(sorted(scores.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])))


def key_numbers(score: SplitScore) -> dict[str, float]:
    """The numbers CI keeps floors for, plus a few more worth watching."""
    numbers = {
        "event_f1": score.events.f1,
        "event_precision": score.events.precision,
        "event_recall": score.events.recall,
        "type_f1_micro": score.type_micro().f1,
        "type_f1_macro": score.type_macro_f1(),
        "actor_f1": score.fields["actor"].f1,
        "recipient_f1": score.fields["recipient"].f1,
        "date_f1": score.fields["date"].f1,
        "location_f1": score.fields["location"].f1,
        "modality_f1": score.fields["modality"].f1,
        "attribution_f1": score.fields["attribution"].f1,
        "mention_code_f1": score.mention_codes.f1,
        "mention_code_recall": score.mention_codes.recall,
        "required_recall": score.required.recall,
    }
    if score.negatives:
        numbers["negatives_clean"] = score.negatives_clean / score.negatives
    for name, counts in score.clean.items():
        numbers[name] = counts.recall
    return {k: round(v, 4) for k, v in numbers.items()}


def report_dict(scores: dict[str, SplitScore], *, errors: bool = False) -> dict[str, Any]:
    """Everything measured, as plain data (what ``basma eval --format json`` prints)."""
    out: dict[str, Any] = {}
    for split, score in scores.items():
        types = {t: score.types[t].to_dict() for t in PLOVER_TYPES if t in score.types}
        body: dict[str, Any] = {
            "items": score.items,
            "hard_negatives": score.negatives,
            "hard_negatives_clean": score.negatives_clean,
            "key": key_numbers(score),
            "events": score.events.to_dict(),
            "types": types,
            "type_micro": score.type_micro().to_dict(),
            "fields": {name: score.fields[name].to_dict() for name in sorted(score.fields)},
            "mentions": {
                "detection": score.mentions.to_dict(),
                "code": score.mention_codes.to_dict(),
                "id": score.mention_ids.to_dict(),
            },
            "quotes": score.quotes.to_dict(),
            "required": score.required.to_dict(),
            "clean": {name: c.to_dict() for name, c in score.clean.items()},
            "coder_errors": score.coder_errors,
        }
        if errors:
            body["errors"] = score.errors
        out[split] = body
    return out
