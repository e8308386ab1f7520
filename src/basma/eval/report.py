"""Plain-text rendering of evaluation results for people (JSON is for machines, see ``run``)."""

from __future__ import annotations

from basma.eval.items import PLOVER_TYPES
from basma.eval.match import FIELDS
from basma.eval.score import Counts, SplitScore


def _row(name: str, c: Counts) -> str:
    return f"  {name:<22} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.sys_n:6d} {c.gold_n:6d}"


def _header(title: str) -> list[str]:
    return [title, f"  {'':<22} {'P':>6} {'R':>6} {'F1':>6} {'sys':>6} {'gold':>6}"]


def render_split(split: str, score: SplitScore) -> str:
    """One split's tables: events, types, fields, mentions, quotes, cleaning."""
    lines = [
        f"== {split}: {score.items} items, {score.negatives} hard negatives "
        f"({score.negatives_clean} without a false alarm)"
    ]
    lines += _header("events (type + actor + recipient + date)")
    lines.append(_row("all events", score.events))
    if score.required.gold_n:
        c = score.required
        lines.append(f"  required items found   {c.gold_ok}/{c.gold_n} ({c.recall:.3f})")
    lines += _header("per type (type in the same sentence; dyad not required)")
    for t in PLOVER_TYPES:
        if t in score.types:
            lines.append(_row(t, score.types[t]))
    lines.append(_row("micro", score.type_micro()))
    lines.append(f"  {'macro F1':<22} {'':>6} {'':>6} {score.type_macro_f1():6.3f}")
    lines += _header("per field (on events paired by type)")
    for name in FIELDS:
        if name in score.fields:
            lines.append(_row(name, score.fields[name]))
    lines += _header("actor mentions and quotes")
    lines.append(_row("mention detection", score.mentions))
    lines.append(_row("mention code", score.mention_codes))
    lines.append(_row("mention id", score.mention_ids))
    lines.append(_row("quotes", score.quotes))
    if score.clean:
        lines.append("cleaning (share of gold checks passed)")
        for name, c in score.clean.items():
            lines.append(f"  {name:<22} {c.gold_ok}/{c.gold_n}")
    if score.coder_errors:
        lines.append(f"coder failed on {len(score.coder_errors)} items, e.g. {score.coder_errors[0]}")
    return "\n".join(lines)


def render_errors(split: str, score: SplitScore, limit: int) -> str:
    """Misses, partial matches and false alarms with their sentences."""
    lines = [f"-- {split}: errors ({len(score.errors)})"]
    for error in score.errors[:limit]:
        kind = error["kind"]
        if kind == "false_alarm":
            head = (
                f"FALSE ALARM {error['type']} {error['actor']}->{error['recipient']} "
                f"trigger={error['trigger']!r} modality={error['modality']}"
            )
        else:
            wrong = f" wrong={','.join(error['wrong'])}" if error.get("wrong") else ""
            got = error.get("system") or {}
            seen = f" system={got.get('actor')}->{got.get('recipient')} date={got.get('date')}" if got else ""
            head = f"{kind.upper()} {error['type']} {error['actor']}->{error['recipient']}{wrong}{seen}"
        lines.append(f"[{error['item']}] {head}\n    {error['sentence']}")
    if len(score.errors) > limit:
        lines.append(f"... {len(score.errors) - limit} more")
    return "\n".join(lines)


def render(scores: dict[str, SplitScore], *, errors: bool = False, limit: int = 50) -> str:
    parts = [render_split(split, score) for split, score in scores.items()]
    if errors:
        parts += [render_errors(split, score, limit) for split, score in scores.items()]
    return "\n\n".join(parts)
