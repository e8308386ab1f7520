"""The knowledge base: actors by id, the phrases that name them, and who held which office when."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from importlib.resources import files
from pathlib import Path

from basma.actors.countries import CountryData, build_countries
from basma.actors.entities import build_bodies, read_organisations, read_people
from basma.actors.lexicon import Lexicon, read_ambiguous, read_groups, read_names, read_titles
from basma.actors.senses import Sense
from basma.errors import DataFileError
from basma.records import Actor, Role
from basma.text import tokenize
from basma.text.matcher import PhraseMatcher

# The files of a knowledge-base folder, in the order they are read.
FILES = (
    "countries.yaml",
    "people.yaml",
    "organisations.yaml",
    "media.yaml",
    "bodies.yaml",
    "titles.yaml",
    "groups.yaml",
    "ambiguous.yaml",
    "names.yaml",
)


@cache
def phrase_key(phrase: str) -> str:
    """The normalised, tokenised form under which a phrase is indexed (same as article tokens)."""
    return " ".join(t.norm for t in tokenize(phrase))


@dataclass(frozen=True)
class Hit:
    """One answer of :meth:`KnowledgeBase.lookup`: an actor and its code on the asked day."""

    actor: Actor
    code: str | None
    sectors: tuple[str, ...]
    via: str


@dataclass(frozen=True)
class Office:
    actor_id: str
    role: Role
    org: str | None


class KnowledgeBase:
    """Actors by id, name phrases with their senses, offices by (office, country, organisation)."""

    def __init__(
        self,
        actors: Sequence[Actor],
        phrases: Sequence[tuple[str, Sense]],
        lexicon: Lexicon,
        countries: dict[str, CountryData],
        shorts: dict[str, list[str]],
        offices: Sequence[tuple[str, Role, str | None]],
    ) -> None:
        self._by_id: dict[str, Actor] = {}
        for actor in actors:
            if actor.id in self._by_id:
                raise DataFileError(f"actor id {actor.id!r} is used twice")
            self._by_id[actor.id] = actor
        self.lexicon = lexicon
        self.countries = countries
        self.country_by_code = {c.code: c.actor_id for c in countries.values()}
        self.shorts = shorts
        self.senses: dict[str, list[Sense]] = defaultdict(list)
        for phrase, sense in phrases:
            key = phrase_key(phrase)
            if key and sense not in self.senses[key]:
                self.senses[key].append(sense)
        self._offices: dict[tuple[str, str], list[Office]] = defaultdict(list)
        for actor_id, role, office in offices:
            if office:
                self._offices[(office, role.country)].append(Office(actor_id, role, role.organisation))
        self._check_references()

    def _check_references(self) -> None:
        for actor in self._by_id.values():
            if actor.metonym_of and actor.metonym_of not in self._by_id:
                raise DataFileError(
                    f"actor {actor.id!r}: metonym_of {actor.metonym_of!r} is not in the knowledge base"
                )
            for role in actor.roles:
                if role.organisation and role.organisation not in self._by_id:
                    raise DataFileError(
                        f"actor {actor.id!r}: role org {role.organisation!r} is not in the knowledge base"
                    )
        for item in self.lexicon.ambiguous.values():
            if item.actor not in self._by_id:
                raise DataFileError(
                    f"ambiguous.yaml: name {item.name!r} points to unknown actor {item.actor!r}"
                )
        for word, actor_id in self.lexicon.pseudo_demonyms.items():
            if actor_id not in self._by_id:
                raise DataFileError(
                    f"groups.yaml: pseudo-demonym {word!r} points to unknown actor {actor_id!r}"
                )

    # --- public API -------------------------------------------------------------------------
    def get(self, actor_id: str) -> Actor | None:
        return self._by_id.get(actor_id)

    def actors(self) -> Iterable[Actor]:
        return self._by_id.values()

    def __len__(self) -> int:
        return len(self._by_id)

    def offices_of(self, actor_id: str) -> set[str]:
        """Every office an actor held at any time (for a title written after the name)."""
        if not hasattr(self, "_offices_of"):
            held: dict[str, set[str]] = defaultdict(set)
            for (office, _), items in self._offices.items():
                for item in items:
                    held[item.actor_id].add(office)
            self._offices_of = held
        return self._offices_of.get(actor_id, set())

    def holders(
        self, office: str, country: str | None, day: date | None, org: str | None = None
    ) -> list[Office]:
        """Who held ``office`` in ``country`` (or at ``org``) on ``day``."""
        if country is None and org is None:
            return []
        found = []
        for (name, where), items in self._offices.items():
            if name != office or (country is not None and where != country):
                continue
            found += [o for o in items if (org is None or o.org == org) and o.role.holds_on(day)]
        return found

    def lookup(self, name: str, on: date | None = None) -> list[Hit]:
        """Actors a name can refer to, with their code on ``on``.

        Demonyms and capitals answer with their country; titles with the office holder on ``on``.
        """
        hits: list[Hit] = []
        for sense in self.senses.get(phrase_key(name), []):
            actor: Actor | None = None
            if sense.kind in ("actor", "demonym", "ambiguous"):
                actor = self.get(sense.ref)
            elif sense.kind == "title":
                title = self.lexicon.titles[sense.ref]
                if title.office and title.country:
                    for office in self.holders(title.office, title.country, on):
                        person = self.get(office.actor_id)
                        if person:
                            hits.append(Hit(person, *person.code_on(on), "role"))
                continue
            if actor is None:
                continue
            if actor.metonym_of and actor.kind == "capital":
                actor = self.get(actor.metonym_of) or actor
            if all(h.actor.id != actor.id for h in hits):
                hits.append(Hit(actor, *actor.code_on(on), sense.via))
        return hits

    def matcher(self) -> PhraseMatcher[Sense]:
        """A phrase matcher over every name and lexicon phrase (built once per knowledge base)."""
        if not hasattr(self, "_matcher"):
            matcher: PhraseMatcher[Sense] = PhraseMatcher()
            for key, senses in self.senses.items():
                for sense in senses:
                    matcher.add(key, sense)
            self._matcher = matcher
        return self._matcher


def _default_dir() -> Path:
    return Path(str(files("basma").joinpath("data/actors")))


def build(folder: Path) -> KnowledgeBase:
    """Read and check every data file of a knowledge-base folder.

    :raises DataFileError: naming the file, line and entry of the first problem found.
    """
    missing = [name for name in FILES if not (folder / name).is_file()]
    if missing:
        raise DataFileError(f"{folder}: missing knowledge-base file(s) {missing}")
    actors, phrases, countries = build_countries(folder / "countries.yaml")
    people, people_phrases, shorts, offices = read_people(folder / "people.yaml")
    orgs, org_phrases = read_organisations(folder / "organisations.yaml")
    media, media_phrases = read_organisations(folder / "media.yaml")
    hand = people + orgs + media
    taken = {phrase_key(p): s.ref for p, s in people_phrases + org_phrases + media_phrases}
    bodies, body_phrases = build_bodies(folder / "bodies.yaml", countries, taken, {a.id: a for a in hand})
    lexicon = Lexicon()
    read_titles(folder / "titles.yaml", lexicon)
    read_groups(folder / "groups.yaml", lexicon)
    read_ambiguous(folder / "ambiguous.yaml", lexicon)
    read_names(folder / "names.yaml", lexicon)
    return KnowledgeBase(
        actors + hand + bodies,
        phrases + people_phrases + org_phrases + media_phrases + body_phrases + lexicon.phrases,
        lexicon,
        countries,
        shorts,
        offices,
    )


@lru_cache(maxsize=8)
def _cached(folders: tuple[Path, ...]) -> KnowledgeBase:
    if len(folders) != 1:
        raise DataFileError("one knowledge-base folder is supported at a time")
    return build(folders[0])


def load_kb(paths: Sequence[Path] | None = None) -> KnowledgeBase:
    """The knowledge base from ``paths`` (a folder of data files), or the bundled one; cached."""
    folders = tuple(Path(p) for p in paths) if paths else (_default_dir(),)
    return _cached(folders)
