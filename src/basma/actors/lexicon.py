"""The actor lexicon: titles, group nouns, sector words and ambiguous names, read from data files."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from basma.actors import datafile
from basma.actors.forms import nisba_forms
from basma.actors.senses import Sense
from basma.errors import DataFileError

_TITLE_KEYS = {"key", "ar", "office", "sectors", "unique", "country", "needs_org"}
_GROUP_KEYS = {"key", "ar", "sectors", "anaphor"}
_AMBIGUOUS_KEYS = {"name", "actor", "cues_before", "cues_after", "report_verb"}


@dataclass(frozen=True)
class Title:
    key: str
    office: str | None
    sectors: tuple[str, ...]
    unique: bool = False
    country: str | None = None
    needs_org: bool = False


@dataclass(frozen=True)
class GroupNoun:
    key: str
    sectors: tuple[str, ...]
    anaphor: bool = False


@dataclass(frozen=True)
class AmbiguousName:
    name: str
    actor: str
    cues_before: frozenset[str]
    cues_after: frozenset[str]
    report_verb: bool


@dataclass
class Lexicon:
    """Everything the resolver reads besides actor names."""

    titles: dict[str, Title] = field(default_factory=dict)
    groups: dict[str, GroupNoun] = field(default_factory=dict)
    ambiguous: dict[str, AmbiguousName] = field(default_factory=dict)
    pseudo_demonyms: dict[str, str] = field(default_factory=dict)
    from_words: frozenset[str] = frozenset()
    and_words: frozenset[str] = frozenset()
    phrases: list[tuple[str, Sense]] = field(default_factory=list)
    # body names composed from a head noun and a demonym (see groups.yaml, body_heads)
    body_specifiers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    plain_heads: frozenset[str] = frozenset()
    princely: frozenset[str] = frozenset()
    prince_honorifics: frozenset[str] = frozenset()
    patronymic: frozenset[str] = frozenset()
    # titles that take the article's leading country when written bare (titles.yaml)
    leading_titles: frozenset[str] = frozenset()
    # given names (names.yaml): a demonym after one is a family name ("محمد المصري")
    given_names: frozenset[str] = frozenset()
    # "الاحتلال" and the head nouns before it (groups.yaml: occupation_*)
    occupation_default: str | None = None
    occupation_countries: frozenset[str] = frozenset()
    occupation_cues: frozenset[str] = frozenset()
    occupation_heads: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # a country's bare name for itself ("المملكة") -> the countries it can be (groups.yaml: home_names)
    homes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # nouns a demonym describes without naming the state, written without the article
    # (groups.yaml: plain_heads, people_heads): "شعب" -> (group, CVL); "ازمه" -> a thing
    plain_keys: frozenset[str] = frozenset()
    people_heads: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    # capitals as places and officers as policemen (groups.yaml: place_*, motion_words, police_cues)
    place_nouns: frozenset[str] = frozenset()
    place_prepositions: frozenset[str] = frozenset()
    motion_words: frozenset[str] = frozenset()
    # countries as places (groups.yaml: country_place_words, country_place_verbs, in_*_heads)
    country_place_words: frozenset[str] = frozenset()
    country_place_verbs: frozenset[str] = frozenset()
    in_object_heads: frozenset[str] = frozenset()
    in_ruler_heads: frozenset[str] = frozenset()
    visit_words: frozenset[str] = frozenset()
    police_cues: frozenset[str] = frozenset()
    intelligence_cues: frozenset[str] = frozenset()
    # nouns whose names take a country's ("بنك قطر"، "كأس آسيا"): the country is part of a name
    name_nouns: frozenset[str] = frozenset()


def read_titles(path: Path, lex: Lexicon) -> None:
    for entry in datafile.entries(path, "titles"):
        datafile.only_keys(entry, _TITLE_KEYS)
        key = datafile.slug(entry, "key")
        country = entry.data.get("country")
        lex.titles[key] = Title(
            key=key,
            office=entry.data.get("office"),
            sectors=datafile.sectors(entry, entry.data.get("sectors")),
            unique=bool(entry.data.get("unique")),
            country=datafile.country(entry, country) if country else None,
            needs_org=bool(entry.data.get("needs_org")),
        )
        lex.phrases += [(w, Sense("title", key)) for w in datafile.strings(entry, "ar", required=True)]
    for key, kind in (
        ("deputy_prefixes", "deputy"),
        ("ranks", "rank"),
        ("honorifics", "honorific"),
        ("former_words", "former"),
    ):
        lex.phrases += [
            (w, Sense(kind, sectors=("MIL",) if kind == "rank" else ()))
            for w in datafile.word_list(path, key)
        ]
    lex.leading_titles = frozenset(datafile.word_list(path, "leading_country_titles"))
    unknown = sorted(lex.leading_titles - set(lex.titles))
    if unknown:
        raise DataFileError(f"{path.name}: leading_country_titles names unknown title keys {unknown}")


def read_groups(path: Path, lex: Lexicon) -> None:
    for entry in datafile.entries(path, "group_nouns"):
        datafile.only_keys(entry, _GROUP_KEYS)
        key = datafile.slug(entry, "key")
        lex.groups[key] = GroupNoun(
            key, datafile.sectors(entry, entry.data.get("sectors")), bool(entry.data.get("anaphor"))
        )
        lex.phrases += [(w, Sense("group", key)) for w in datafile.strings(entry, "ar", required=True)]
    for entry in datafile.entries(path, "sector_words"):
        datafile.only_keys(entry, {"ar", "sectors"})
        sectors = datafile.sectors(entry, entry.data.get("sectors"))
        for word in datafile.strings(entry, "ar", required=True):
            lex.phrases += [(form, Sense("sector", sectors=sectors)) for form in nisba_forms(word)]
    for entry in datafile.entries(path, "pseudo_demonyms"):
        datafile.only_keys(entry, {"ar", "actor"})
        for word in datafile.strings(entry, "ar", required=True):
            lex.pseudo_demonyms[word] = entry.data["actor"]
            lex.phrases += [
                (f, Sense("demonym", entry.data["actor"], "demonym", compose_only=True))
                for f in nisba_forms(word)
            ]
    lex.from_words = frozenset(datafile.word_list(path, "from_words"))
    lex.and_words = frozenset(datafile.word_list(path, "and_words"))
    lex.phrases += [(w, Sense("pair")) for w in datafile.word_list(path, "pair_anaphors")]
    _read_bodies(path, lex)
    _read_occupation(path, lex)
    _read_homes(path, lex)
    _read_readings(path, lex)


def bare(key: str) -> str:
    """A normalised word or phrase without the article on its first word: "الشعب" -> "شعب"."""
    return key[2:] if key.startswith("ال") and len(key) > 4 else key


_PEOPLE_KINDS = frozenset({"group", "person", "organisation"})


def _read_readings(path: Path, lex: Lexicon) -> None:
    """Nouns that make a demonym an adjective of people or things, and the place and police cues."""
    from basma.actors.kb import phrase_key  # local: kb imports this module

    lex.plain_keys = frozenset(bare(w) for w in lex.plain_heads)
    for entry in datafile.entries(path, "people_heads"):
        datafile.only_keys(entry, {"ar", "sectors", "kind"})
        sectors = datafile.sectors(entry, entry.data.get("sectors") or ["CVL"])
        kind = entry.data.get("kind", "group")
        if kind not in _PEOPLE_KINDS:
            raise entry.fail(f"'kind' must be one of {sorted(_PEOPLE_KINDS)}, got {kind!r}")
        for word in datafile.strings(entry, "ar", required=True):
            lex.people_heads[bare(phrase_key(word))] = (kind, sectors)
    lex.place_nouns = frozenset(bare(phrase_key(w)) for w in datafile.word_list(path, "place_nouns"))
    lex.place_prepositions = frozenset(phrase_key(w) for w in datafile.word_list(path, "place_prepositions"))
    lex.motion_words = frozenset(phrase_key(w) for w in datafile.word_list(path, "motion_words"))
    lex.police_cues = frozenset(phrase_key(w) for w in datafile.word_list(path, "police_cues"))
    for key in (
        "country_place_words",
        "country_place_verbs",
        "in_object_heads",
        "in_ruler_heads",
        "visit_words",
    ):
        setattr(lex, key, frozenset(phrase_key(w) for w in datafile.word_list(path, key)))
    lex.name_nouns = frozenset(bare(phrase_key(w)) for w in datafile.word_list(path, "name_nouns"))
    lex.intelligence_cues = frozenset(phrase_key(w) for w in datafile.word_list(path, "intelligence_cues"))


def _read_bodies(path: Path, lex: Lexicon) -> None:
    """Body head nouns, their specifiers, plain-adjective heads and the princely-name lists."""
    from basma.actors.kb import phrase_key  # local: kb imports this module

    for entry in datafile.entries(path, "body_heads"):
        datafile.only_keys(entry, {"ar", "sectors", "weak", "bare"})
        sectors = datafile.sectors(entry, entry.data.get("sectors"))
        ref = ("weak" if entry.data.get("weak") else "strong") + ("+bare" if entry.data.get("bare") else "")
        lex.phrases += [
            (w, Sense("head", ref, sectors=sectors)) for w in datafile.strings(entry, "ar", required=True)
        ]
    for entry in datafile.entries(path, "body_specifiers"):
        datafile.only_keys(entry, {"ar", "sectors"})
        sectors = datafile.sectors(entry, entry.data.get("sectors"))
        for word in datafile.strings(entry, "ar", required=True):
            lex.body_specifiers[phrase_key(word)] = sectors
    lex.plain_heads = frozenset(phrase_key(w) for w in datafile.word_list(path, "plain_heads"))
    lex.princely = frozenset(datafile.word_list(path, "princely_countries"))
    lex.prince_honorifics = frozenset(phrase_key(w) for w in datafile.word_list(path, "prince_honorifics"))
    lex.patronymic = frozenset(phrase_key(w) for w in datafile.word_list(path, "patronymic_words"))


def _read_occupation(path: Path, lex: Lexicon) -> None:
    """ "الاحتلال": the nouns, the default occupier, the cues for it and the head nouns before it."""
    from basma.actors.kb import phrase_key  # local: kb imports this module

    lex.phrases += [(w, Sense("occupation")) for w in datafile.word_list(path, "occupation_nouns")]
    data, _ = datafile.read_yaml(path)
    default = data.get("occupation_default") if isinstance(data, dict) else None
    if not isinstance(default, str) or not datafile.COUNTRY.match(default):
        raise DataFileError(f"{path.name}: 'occupation_default' must be a country code, got {default!r}")
    lex.occupation_default = default
    lex.occupation_countries = frozenset(datafile.word_list(path, "occupation_countries"))
    lex.occupation_cues = frozenset(phrase_key(w) for w in datafile.word_list(path, "occupation_cues"))
    for entry in datafile.entries(path, "occupation_heads"):
        datafile.only_keys(entry, {"ar", "sectors"})
        sectors = datafile.sectors(entry, entry.data.get("sectors"))
        for word in datafile.strings(entry, "ar", required=True):
            lex.occupation_heads[phrase_key(word)] = sectors


def _read_homes(path: Path, lex: Lexicon) -> None:
    """Bare self-names of countries ("المملكة") and the countries each can stand for."""
    from basma.actors.kb import phrase_key  # local: kb imports this module

    for entry in datafile.entries(path, "home_names"):
        datafile.only_keys(entry, {"ar", "countries"})
        raw = entry.data.get("countries")
        if not isinstance(raw, list) or not raw:
            raise entry.fail("'countries' must be a non-empty list of country codes")
        codes = tuple(datafile.country(entry, c, "countries") for c in raw)
        for word in datafile.strings(entry, "ar", required=True):
            lex.homes[phrase_key(word)] = codes
            lex.phrases.append((word, Sense("home", word)))


def read_names(path: Path, lex: Lexicon) -> None:
    """Given names (names.yaml), for family names that look like demonyms and princes by first name."""
    from basma.actors.kb import phrase_key  # local: kb imports this module

    lex.given_names = frozenset(phrase_key(w) for w in datafile.word_list(path, "given_names"))


def read_ambiguous(path: Path, lex: Lexicon) -> None:
    from basma.actors.kb import phrase_key  # local: kb imports this module

    for entry in datafile.entries(path, "ambiguous"):
        datafile.only_keys(entry, _AMBIGUOUS_KEYS)
        name = datafile.strings(entry, "name", required=True)[0]
        item = AmbiguousName(
            name=name,
            actor=str(entry.data.get("actor")),
            cues_before=frozenset(phrase_key(w) for w in datafile.strings(entry, "cues_before")),
            cues_after=frozenset(phrase_key(w) for w in datafile.strings(entry, "cues_after")),
            report_verb=bool(entry.data.get("report_verb")),
        )
        lex.ambiguous[phrase_key(name)] = item
        lex.phrases.append((name, Sense("ambiguous", item.actor)))
    lex.phrases += [(w, Sense("block")) for w in datafile.word_list(path, "blockers")]
    nouns = datafile.word_list(path, "named_after_nouns")
    lex.phrases += [
        (f"{noun} {title}", Sense("block"))
        for noun in nouns
        for title in datafile.word_list(path, "named_after_titles")
    ]
