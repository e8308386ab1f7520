"""When each event happened: the nearest governing date, else the article's, else publication.

Inside a sentence, each date expression belongs to the closest trigger of its clause (a date
between two triggers goes to the nearer one), so "زيارة الوفد ... لقاء الشرع وبوتين ... منتصف الشهر
الماضي" dates the meeting, not the visit. A trigger without its own date takes the sentence's
remaining date, then the article's context date (the first date of the lead), then the publication
date with basis ``publication-fallback``.
"""

from __future__ import annotations

from datetime import date, timedelta

from basma.document import Document
from basma.events.candidates import Candidate
from basma.events.view import SentenceView
from basma.records import DateBasis, DateExpr, EventDate, Granularity

LEAD_SENTENCES = 6
CONTEXT_MAX_AGE = timedelta(days=45)


def _token_of(view: SentenceView, offset: int) -> int:
    for i in range(view.start, view.end):
        if view.token(i).start <= offset < view.token(i).end or view.token(i).start >= offset:
            return i
    return view.end - 1


def own_dates(view: SentenceView, cands: list[Candidate]) -> tuple[dict[int, DateExpr], list[DateExpr]]:
    """Dates owned by candidates (by candidate index) and the sentence's dates owned by none."""
    owned: dict[int, DateExpr] = {}
    free: list[DateExpr] = []
    sentence = view.sentence.span
    for expr in view.doc.dates_in(sentence.start, sentence.end):
        if expr.value is None:
            continue
        at = _token_of(view, expr.span.start)
        best, best_distance = None, None
        for n, cand in enumerate(cands):
            if view.clause_of(cand.start) != view.clause_of(at):
                continue
            distance = cand.start - at if at < cand.start else at - cand.end + 1
            if best_distance is None or distance < best_distance:
                best, best_distance = n, distance
        if best is None or best in owned:
            free.append(expr)
        else:
            owned[best] = expr
    return owned, free


def from_expr(expr: DateExpr, basis: DateBasis | None = None) -> EventDate:
    return EventDate(expr.value, expr.granularity, basis or expr.basis, expr.span, expr.start, expr.end)


def article_context(doc: Document) -> DateExpr | None:
    """The date of the story: the first resolved date of the lead, if it is recent."""
    published = doc.article.published_at.date() if doc.article.published_at else None
    for sentence in doc.sentences[:LEAD_SENTENCES]:
        for expr in doc.dates_in(sentence.span.start, sentence.span.end):
            if expr.value is None or expr.start is None:
                continue
            if published is None or timedelta(0) <= published - expr.start <= CONTEXT_MAX_AGE:
                return expr
    return None


def publication(doc: Document) -> EventDate:
    published: date | None = doc.article.published_at.date() if doc.article.published_at else None
    if published is None:
        return EventDate(None, Granularity.UNKNOWN, DateBasis.PUBLICATION_FALLBACK)
    return EventDate(
        published.isoformat(), Granularity.DAY, DateBasis.PUBLICATION_FALLBACK, None, published, published
    )


def is_future(doc: Document, expr: DateExpr | None) -> bool:
    """Whether a date lies wholly after publication (an announced plan)."""
    if expr is None or expr.start is None or doc.article.published_at is None:
        return False
    return expr.start > doc.article.published_at.date()


def is_background(doc: Document, expr: DateExpr) -> bool:
    """A date more than a year before publication ("اتفاقية 1974"): history, not the news."""
    if expr.end is None or doc.article.published_at is None:
        return False
    return doc.article.published_at.date() - expr.end > timedelta(days=365)
