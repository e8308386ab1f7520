"""The trigger lexicon: normalised data, generated forms, all sixteen types, clear errors."""

from __future__ import annotations

import re

import pytest

from basma.errors import DataFileError
from basma.events.lexicon import load_lexicon, parse_verb, source_strings
from basma.events.morphology import VerbClass, noun_forms, verb_forms
from basma.events.ontology import load_ontology
from basma.text import normalise

ARABIC = re.compile("[\u0600-\u06ff]")


def test_data_files_are_already_normalised() -> None:
    """Entries compare equal to normalised article tokens only if they are normalised themselves."""
    bad = [(s, where) for s, where in source_strings() if ARABIC.search(s) and normalise(s) != s]
    assert bad == []


def test_every_type_has_triggers_and_thousands_of_forms() -> None:
    lex = load_lexicon()
    types = {h.entry.type for hits in lex.forms.values() for h in hits if h.kind == "trigger" and h.entry}
    assert types == set(load_ontology().types)
    assert lex.count("trigger") > 5000


def _texts(pf: str, ipf: str | None, cls: VerbClass) -> set[str]:
    return {f.text for f in verb_forms(normalise(pf), normalise(ipf) if ipf else None, cls)}


def test_hollow_verb_persons_moods_future_and_objects() -> None:
    forms = _texts("زار", "يزور", VerbClass.HOLLOW)
    assert {"زار", "زارت", "زاروا", "زرنا", "يزور", "تزور", "يزورون", "يزر", "سيزور", "زارها"} <= forms


def test_defective_verb_changes_its_last_letter() -> None:
    forms = _texts("التقى", "يلتقي", VerbClass.DEFECTIVE)
    assert {"التقي", "التقت", "التقوا", "التقينا", "يلتقي", "يلتقون", "يلتق", "التقاه"} <= forms
    assert {"دعت", "دعوا", "دعونا", "يدعون", "يدع", "دعي"} <= _texts("دعا", "يدعو", VerbClass.DEFECTIVE)


def test_doubled_verb_splits_before_consonant_suffixes() -> None:
    assert {"شن", "شنت", "شنوا", "شننا", "يشنون"} <= _texts("شنّ", "يشن", VerbClass.DOUBLED)


def test_nouns_take_article_suffixes_and_accusative() -> None:
    assert {"زياره", "الزياره", "زيارته", "زيارتها"} <= {f.text for f in noun_forms(normalise("زيارة"))}
    assert {"اتفاق", "الاتفاق", "اتفاقا"} <= {f.text for f in noun_forms("اتفاق")}


def test_bad_verb_spec_names_where() -> None:
    with pytest.raises(DataFileError, match="entry 3"):
        parse_verb("زار يزور hollowish", "entry 3")
    with pytest.raises(DataFileError, match="third person"):
        parse_verb("زار زور", "entry 4")
