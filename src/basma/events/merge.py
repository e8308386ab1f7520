"""Within-article dedup: one real event mentioned several times becomes one record.

News repeats its main event (the title, the lead, the body, a caption). Two drafts are the same
event when they have the same type, mode and modality, compatible participants (the same country
codes, in either order for symmetric meetings; a side missing in one of them matches anything) and
compatible dates (equal, or one of them undated). The stronger draft stands for the event; the
other adds its sentence as evidence and its more specific participants.
"""

from __future__ import annotations

from basma.events.draft import Draft
from basma.records import ActorRef, DateBasis

GUESSED = {DateBasis.ARTICLE_CONTEXT, DateBasis.PUBLICATION_FALLBACK}


def _same_date(a: Draft, b: Draft) -> bool:
    """Equal dates, or one not dated; a guessed date also matches for the same visit or call."""
    if a.date is None or b.date is None:
        return True
    if a.mode and (a.date.basis in GUESSED or b.date.basis in GUESSED):
        return True
    return a.date.value == b.date.value


def _sides_match(a: Draft, b: Draft) -> bool:
    aa, ar, ba, br = a.actor_codes(), a.recipient_codes(), b.actor_codes(), b.recipient_codes()
    if a.symmetric or b.symmetric:
        if not ba and not br:
            return False
        union_a, union_b = aa | ar, ba | br
        partial = not (aa and ar) or not (ba and br)
        return union_a == union_b or (partial and (union_b <= union_a or union_a <= union_b))
    actor_ok = not ba or not aa or ba == aa or ba <= aa
    recipient_ok = not br or not ar or br == ar or br <= ar
    return actor_ok and recipient_ok and bool(ba or br)


def same_event(a: Draft, b: Draft) -> bool:
    return (
        a.type == b.type
        and a.mode == b.mode
        and a.reading.modality == b.reading.modality
        and _same_date(a, b)
        and _sides_match(a, b)
    )


def _union(refs: list[ActorRef], more: list[ActorRef]) -> list[ActorRef]:
    seen = {(r.code, r.sectors, r.actor_id) for r in refs}
    out = list(refs)
    for ref in more:
        key = (ref.code, ref.sectors, ref.actor_id)
        if key not in seen and (ref.actor_id is not None or ref.sectors):
            seen.add(key)
            out.append(ref)
    return out


def _absorb(keep: Draft, other: Draft) -> None:
    keep.evidence.append(other.trigger)
    if other.sentence != keep.sentence:
        keep.evidence.append(other.sentence)
    keep.evidence.extend(other.evidence)
    if keep.date is None:
        keep.date, keep.explicit_date = other.date, other.explicit_date
    if not keep.symmetric:
        same_direction = not keep.actor or other.actor_codes() <= keep.actor_codes()
        if same_direction:
            keep.actor = _union(keep.actor, other.actor) if keep.actor else list(other.actor)
            keep.recipient = (
                _union(keep.recipient, other.recipient) if keep.recipient else list(other.recipient)
            )
    keep.confidence = min(0.99, max(keep.confidence, other.confidence) + 0.05)
    keep.explain("evidence", f"merged mention {other.cand.entry.id!r}", other.trigger)


def merge(drafts: list[Draft]) -> list[Draft]:
    """Merge drafts that describe the same event; survivors come in the text order of their triggers."""
    out: list[Draft] = []
    for draft in drafts:
        target = next((d for d in out if same_event(d, draft)), None)
        if target is None:
            out.append(draft)
            continue
        if draft.strength() > target.strength():
            out[out.index(target)] = draft
            _absorb(draft, target)
        else:
            _absorb(target, draft)
    return sorted(out, key=lambda d: d.trigger.start)
