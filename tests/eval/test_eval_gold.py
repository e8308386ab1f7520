"""Reading gold files: the team format, its short forms, and errors that name file and item."""

from __future__ import annotations

from pathlib import Path

import pytest

from basma.errors import DataFileError
from basma.eval.gold import load_gold

SEED_GOLD = Path(__file__).resolve().parents[3] / "shared" / "gold" / "seed-annahar-2025-11-18.yaml"

GOOD = """
defaults: {published_at: "2025-11-18T10:00:00+03:00", outlet: وكالة}
items:
  - id: a1
    style: wire
    text: "وقّعت سوريا والأردن في عمّان الأحد مذكرة تفاهم."
    events:
      - {type: AGREE, actor: "SYR:GOV", recipient: {code: JOR, sectors: [GOV]}, date: 2025-11-16,
         symmetric: true, location: عمّان, trigger: وقّعت}
    mentions: {سوريا: SYR, الأردن: "JOR:GOV"}
  - id: a2
    text: "فاز المنتخب الأردني على نظيره العراقي بهدفين."
    events: []
"""


def _write(tmp_path: Path, body: str, folder: str = "dev") -> Path:
    path = tmp_path / folder / "gold.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(body, encoding="utf-8")
    return path


def test_short_forms_expand_to_full_records(tmp_path: Path) -> None:
    items = load_gold([_write(tmp_path, GOOD)])
    first, negative = items
    assert first.split == "dev" and first.outlet == "وكالة" and first.published_at.day == 18
    ev = first.events[0]
    assert ev.actor[0].code == "SYR" and ev.actor[0].sectors == ("GOV",)
    assert ev.recipient[0].code == "JOR"
    assert (ev.date.value, ev.date.granularity) == ("2025-11-16", "day")
    assert ev.modality == "asserted" and ev.attribution_scored and ev.attribution is None
    assert {m.surface: m.code for m in first.mentions} == {"سوريا": "SYR", "الأردن": "JOR"}
    assert negative.negative and not first.negative


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("events: [{type: AGRE}]", "not a PLOVER type"),
        ("events: [{type: AGREE, modality: maybe}]", "modality"),
        ('events: [{type: AGREE, trigger: "غير موجود"}]', "not a substring"),
        ("events: [{type: AGREE, date: {value: 2025-13-01, granularity: day}}]", "ISO"),
        ("mentions: {}", "events list"),
    ],
)
def test_bad_items_are_rejected_naming_file_and_item(tmp_path: Path, bad: str, message: str) -> None:
    body = f'items:\n  - id: x7\n    text: "نص الخبر هنا."\n    {bad}\n'
    path = _write(tmp_path, body)
    with pytest.raises(DataFileError) as err:
        load_gold([path])
    assert message in str(err.value)
    assert str(path) in str(err.value) and "x7" in str(err.value)


def test_repeated_ids_in_one_split_are_rejected(tmp_path: Path) -> None:
    _write(tmp_path, GOOD)
    other = tmp_path / "dev" / "more.yaml"
    other.write_text(GOOD, encoding="utf-8")
    with pytest.raises(DataFileError, match="already used"):
        load_gold([tmp_path / "dev"])


def test_seed_gold_converts_with_optional_and_merged_events(seed_gold) -> None:
    (item,) = load_gold([SEED_GOLD])
    assert item.split == "seed" and not item.exhaustive
    labels = {e.label: e for e in item.events}
    assert labels["E2"].same_as == "E1"
    assert not labels["E8"].required and labels["E3"].types == {"SUPPORT", "COOPERATE", "AGREE"}
    assert labels["E3"].recipient[0].codes == {"IGO", "USA"}
    assert labels["E14"].date.period()[0].isoformat() == "2025-10-01"
    assert labels["E9"].modality == "denied" and labels["E9"].attribution_codes == ("RUS",)
    assert [q.label for q in item.quotes] == ["Q1", "Q2", "Q3"]
    assert "Smaller Bigger" in item.clean.boilerplate and len(item.clean.captions) == 3
    assert any(m.id == "dmitry-peskov" for m in item.mentions)


def test_missing_seed_page_is_skipped_only_when_asked(tmp_path: Path) -> None:
    gold = tmp_path / "gold" / "seed-x.yaml"
    gold.parent.mkdir()
    gold.write_text(
        "# expectations for ../seeds/x-page.txt\narticle: {outlet: o}\nevents: []\n", encoding="utf-8"
    )
    skipped: list[str] = []
    assert load_gold([gold], skipped=skipped) == []
    assert "x-page.txt" in skipped[0]
    with pytest.raises(DataFileError, match="not found"):
        load_gold([gold])
