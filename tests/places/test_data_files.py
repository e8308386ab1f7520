"""The places data files: bad entries fail loudly with the file and the entry named."""

from __future__ import annotations

from pathlib import Path

import pytest

from basma.errors import DataFileError
from basma.places import data
from basma.places.gazetteer import arabic_names
from basma.text import normalise


def test_bundled_files_load() -> None:
    assert len(data.load_regions()) > 50
    assert "SYR" in data.load_country_names()
    assert normalise("كان") in {normalise(n) for n in data.load_exceptions().never}


def test_a_bad_country_code_names_the_file_and_entry(tmp_path: Path) -> None:
    bad = tmp_path / "regions.yaml"
    entry = "{id: x, name: X, ar: [س], country: Syria, point: [1, 2]}"
    bad.write_text(f"regions:\n  - {entry}\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"regions.yaml, regions entry 1 \(x\).*alpha-3"):
        data.load_regions(bad)


def test_a_missing_point_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / "regions.yaml"
    bad.write_text("admin1:\n  - {id: y, name: Y, ar: [ص], country: SYR}\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="'point' must be a list of 2 numbers"):
        data.load_regions(bad)


def test_an_unknown_exception_list_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / "exceptions.yaml"
    bad.write_text("never: [كان]\nsometimes: [صور]\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="unknown lists"):
        data.load_exceptions(bad)


def test_only_arabic_script_names_without_persian_letters_are_indexed() -> None:
    assert arabic_names(["دمشق", "Damascus", "مسکو", "د"]) == {normalise("دمشق")}


def test_region_names_are_unchanged_by_normalisation_apart_from_spelling() -> None:
    """Every Arabic name in regions.yaml normalises to a non-empty key (no stray characters)."""
    for entry in data.load_regions():
        for name in entry.names_ar:
            assert arabic_names([name]), f"{entry.id}: {name!r} is not indexable"
