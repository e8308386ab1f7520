"""The PLOVER ontology data file: complete, consistent, and checked on load."""

from __future__ import annotations

import pytest

from basma.errors import DataFileError
from basma.events.ontology import load_ontology, parse_ontology

TYPES = [
    *("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST"),
    *("ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"),
]


def test_sixteen_types_with_quads_scores_and_cameo() -> None:
    onto = load_ontology()
    assert list(onto.types) == TYPES
    assert len(onto.contexts) == 37
    for info in onto.types.values():
        assert info.quad in (1, 2, 3, 4)
        assert info.cameo and -10 <= info.score <= 10
        for mode in info.modes.values():
            assert mode.cameo, f"{info.name}/{mode.name} lacks a CAMEO code"


def test_documented_resolutions_of_the_manual() -> None:
    """SANCTION is material conflict and ACCUSE scores negative (docs/events.md)."""
    onto = load_ontology()
    assert onto.quad("SANCTION") == 4
    assert onto.type("ACCUSE").score < 0
    assert all(onto.type(t).score > 0 for t in TYPES[:7])
    assert all(onto.type(t).score < 0 for t in TYPES[7:])


def test_mode_score_and_cameo_replace_the_type_defaults() -> None:
    onto = load_ontology()
    assert onto.cameo("CONSULT", ("visit",)) == "042"
    assert onto.cameo("CONSULT") == "04"
    assert onto.intensity("ASSAULT", ("aerial",)) == -10.0
    assert onto.intensity("CONSULT") == onto.type("CONSULT").score


def test_malformed_type_names_itself() -> None:
    with pytest.raises(DataFileError, match="type AGREE"):
        parse_ontology({"types": {"AGREE": {"quad": 7, "score": 1, "cameo": "03"}}, "contexts": []})
    with pytest.raises(DataFileError, match="mode sign"):
        parse_ontology(
            {
                "types": {"AGREE": {"quad": 1, "score": 1, "cameo": "03", "modes": {"sign": {}}}},
                "contexts": [],
            }
        )
