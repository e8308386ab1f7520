"""The knowledge base loads, is large enough, answers look-ups by date, and rejects bad files clearly."""

from __future__ import annotations

import shutil
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from basma.actors import load_kb
from basma.actors.kb import FILES, build, phrase_key
from basma.errors import DataFileError

DATA = Path(load_kb.__code__.co_filename).resolve().parents[1] / "data" / "actors"


def test_kb_has_at_least_2000_actors_with_arabic_names() -> None:
    kb = load_kb()
    named = [a for a in kb.actors() if a.names_ar]
    kinds = Counter(a.kind for a in named)
    assert len(named) >= 2000
    assert kinds["country"] > 200 and kinds["person"] > 150 and kinds["capital"] > 100


def test_cldr_names_come_in_for_countries_the_overlay_does_not_list() -> None:
    kb = load_kb()
    assert kb.get("iceland") is not None
    assert [h.actor.id for h in kb.lookup("آيسلندا")] == ["iceland"]


def test_office_lookup_depends_on_the_day() -> None:
    kb = load_kb()
    before = {h.actor.id for h in kb.lookup("خادم الحرمين الشريفين", date(2014, 6, 1))}
    after = {h.actor.id for h in kb.lookup("خادم الحرمين الشريفين", date(2015, 8, 1))}
    assert before == {"king-abdullah-saudi"} and after == {"king-salman"}


def test_sharaa_code_changes_when_he_becomes_president() -> None:
    sharaa = load_kb().get("ahmed-al-sharaa")
    assert sharaa is not None
    assert sharaa.code_on(date(2024, 12, 20)) == ("SYR", ("REB",))
    assert sharaa.code_on(date(2025, 11, 18)) == ("SYR", ("GOV",))


def test_trump_and_biden_hand_over_on_inauguration_day() -> None:
    kb = load_kb()
    assert {o.actor_id for o in kb.holders("president", "USA", date(2025, 1, 19))} == {"joe-biden"}
    assert {o.actor_id for o in kb.holders("president", "USA", date(2025, 1, 20))} == {"donald-trump"}


def test_demonyms_are_generated_in_every_form() -> None:
    kb = load_kb()
    for form in ["السوري", "السورية", "سوريون", "السوريين", "سوريات", "سورياً"]:
        assert "syria" in {h.actor.id for h in kb.lookup(form)}, form


def test_kb_entries_are_already_in_normal_form() -> None:
    """Normalising a stored key again changes nothing (keys and article tokens compare equal)."""
    kb = load_kb()
    assert all(phrase_key(key) == key for key in list(kb.senses)[:3000])


@pytest.fixture
def copy_of_data(tmp_path: Path) -> Path:
    for name in FILES:
        shutil.copy(DATA / name, tmp_path / name)
    return tmp_path


def test_a_bad_sector_is_reported_with_file_line_and_entry(copy_of_data: Path) -> None:
    people = copy_of_data / "people.yaml"
    text = people.read_text(encoding="utf-8").replace("sectors: [ELI, BUS]", "sectors: [ELI, BIZ]", 1)
    people.write_text(text, encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "id: rami-makhlouf" in row)
    with pytest.raises(DataFileError, match=rf"people\.yaml:{line} \(entry 'rami-makhlouf'\).*BIZ"):
        build(copy_of_data)


def test_a_role_ending_before_it_starts_is_rejected(copy_of_data: Path) -> None:
    people = copy_of_data / "people.yaml"
    text = people.read_text(encoding="utf-8").replace(
        "start: 2024-12-21}", "start: 2026-12-21, end: 2025-01-01}", 1
    )
    people.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError, match=r"people\.yaml:\d+ .*ends"):
        build(copy_of_data)


def test_a_duplicate_id_is_rejected(copy_of_data: Path) -> None:
    media = copy_of_data / "media.yaml"
    media.write_text(
        media.read_text(encoding="utf-8") + "- {id: tass, kind: media, ar: [تاس], country: RUS}\n",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError, match="'tass' is used twice"):
        build(copy_of_data)


def test_invalid_yaml_names_the_line(copy_of_data: Path) -> None:
    (copy_of_data / "media.yaml").write_text("- {id: x, ar: [\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"media\.yaml:\d+: not valid YAML"):
        build(copy_of_data)
