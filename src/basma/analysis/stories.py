"""Stories: the same real-world event reported by several articles, linked under one id.

Two events belong to one story when they have the same type and the same first actor and recipient
codes, and their dates fall in the same ISO week. That is deliberately coarse and cheap; it gives the
counts analysts ask for (how many articles, how many independent outlets report this).
"""

from __future__ import annotations

from basma.store import Store


def refresh_stories(store: Store) -> int:
    """Recompute the ``stories`` table from all stored events; returns the number of stories."""
    store.con.execute("BEGIN TRANSACTION")
    try:
        store.con.execute("DELETE FROM stories")
        store.con.execute(
            """
            INSERT INTO stories
            SELECT substr(md5(concat_ws('|', e.type, e.actor_codes[1], e.recipient_codes[1],
                                        CAST(date_trunc('week', e.date_start) AS VARCHAR))), 1, 16),
                   e.id, e.article_id
            FROM events e
            WHERE e.date_start IS NOT NULL AND e.actor_codes[1] IS NOT NULL
            """
        )
        store.con.execute("COMMIT")
    except Exception:
        store.con.execute("ROLLBACK")
        raise
    row = store.query("SELECT count(DISTINCT story_id) AS n FROM stories")[0]
    return int(row["n"])


def top_stories(store: Store, limit: int = 10) -> list[dict[str, str | int]]:
    """Stories reported by the most outlets.

    ``independent_articles`` and ``independent_outlets`` leave out articles whose events in the story
    only repeat an article they copy (the ``event_copies`` view): a wire republished by five outlets
    is five articles but one independent report.
    """
    return store.query(
        """
        SELECT s.story_id, any_value(e.type) AS type, any_value(e.actor_codes[1]) AS actor,
               any_value(e.recipient_codes[1]) AS recipient, min(e.date_start) AS date,
               count(DISTINCT s.article_id) AS articles, count(DISTINCT a.outlet) AS outlets,
               count(DISTINCT s.article_id) FILTER (WHERE c.event_id IS NULL) AS independent_articles,
               count(DISTINCT a.outlet) FILTER (WHERE c.event_id IS NULL) AS independent_outlets
        FROM stories s JOIN events e ON e.id = s.event_id LEFT JOIN articles a ON a.id = s.article_id
             LEFT JOIN event_copies c ON c.event_id = s.event_id
        GROUP BY s.story_id ORDER BY outlets DESC, articles DESC, date LIMIT ?
        """,
        [limit],
    )
