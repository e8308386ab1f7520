"""Evaluation: gold data, the scorer behind ``basma eval``, and the CI floors.

``load_gold`` reads gold YAML (the team format or the seed's article format), ``evaluate`` runs the
coder over it and counts, ``key_numbers``/``report_dict`` summarise, and ``basma.eval.floors``
guards the numbers in CI. See ``docs/evaluation.md`` for the format and the matching rules.
"""

from __future__ import annotations

from basma.eval.gold import load_gold
from basma.eval.items import GoldItem
from basma.eval.run import evaluate, key_numbers, report_dict
from basma.eval.score import Counts, SplitScore

__all__ = ["Counts", "GoldItem", "SplitScore", "evaluate", "key_numbers", "load_gold", "report_dict"]
