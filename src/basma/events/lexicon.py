"""The Arabic trigger lexicon: data files read, checked against the ontology, and expanded.

Three files under ``data/lexicon/`` hold the data: ``triggers.yaml`` (event senses with their verbs,
nouns, phrases and argument roles), ``support.yaml`` (light verbs such as أجرى، فرض، شنّ that turn a
noun into an event) and ``cues.yaml`` (modality, attribution, quotes, non-event frames). Every
string in them is already normalised with :func:`basma.text.normalise`, so they compare equal to
the tokens' normalised forms; a test checks it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import Any

import yaml

from basma.errors import DataFileError
from basma.events.morphology import Form, VerbClass, noun_forms, verb_forms
from basma.events.ontology import Ontology, load_ontology

LEXICON_DIR = "data/lexicon"
ROLE_VALUES = {"actor", "recipient", "both", ""}


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One event sense of the lexicon."""

    id: str
    type: str
    mode: tuple[str, ...]
    context: tuple[str, ...]
    cameo: str | None
    roles: dict[str, str]
    symmetric: bool
    support: frozenset[str]
    standalone: bool
    refine: dict[str, str]
    next: frozenset[str]
    not_next: frozenset[str]
    near: frozenset[str]  # one of these words must follow within a few tokens, in the clause
    not_near: frozenset[str]  # none of these words may follow within a few tokens, in the clause
    require_recipient: bool
    confidence: float
    stative: bool = False  # a state in the imperfect, after a relative or in a holding frame
    victims: bool = False  # a bare perfect before a victim noun or with no object is passive (قتل جندي)
    speech: bool = False  # an attack in words (هاجم تصريحات، هجوما حادا) is criticism, not force


@dataclass(frozen=True, slots=True)
class SupportVerb:
    id: str
    subject: str  # actor or recipient


@dataclass(frozen=True, slots=True)
class Hit:
    """What one normalised form stands for: a trigger form, a support verb, or a cue."""

    kind: str  # trigger, support, cue
    form: Form
    entry: TriggerEntry | None = None
    support: SupportVerb | None = None
    cue: str = ""  # the cue list name for cues


@dataclass
class Lexicon:
    version: str
    entries: dict[str, TriggerEntry]
    support: dict[str, SupportVerb]
    forms: dict[str, list[Hit]] = field(default_factory=dict)  # normalised phrase -> what it is
    words: dict[str, frozenset[str]] = field(default_factory=dict)  # cue list name -> words

    def add(self, text: str, hit: Hit) -> None:
        self.forms.setdefault(text, []).append(hit)

    def count(self, kind: str) -> int:
        return sum(1 for hits in self.forms.values() if any(h.kind == kind for h in hits))


def _read(name: str) -> tuple[str, Any]:
    path = f"{LEXICON_DIR}/{name}"
    text = files("basma").joinpath(path).read_text(encoding="utf-8")
    try:
        return path, yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise DataFileError(f"{path}: not valid YAML: {exc}") from exc


def parse_verb(spec: str, where: str) -> tuple[str, str | None, VerbClass, bool, bool]:
    """Read ``"زار يزور hollow"`` into perfect, imperfect, class, whether to make passives and
    whether the verb is ``plain`` (never written with a shadda, so وعدّ "and counted" is not وعد).

    :raises DataFileError: when the spec has no perfect or an unknown class.
    """
    parts = spec.split()
    if not parts:
        raise DataFileError(f"{where}: empty verb spec")
    pf = parts[0]
    ipf = parts[1] if len(parts) > 1 and parts[1] != "-" else None
    cls, passive, plain = VerbClass.SOUND, True, False
    for flag in parts[2:]:
        if flag == "nopassive":
            passive = False
            continue
        if flag == "plain":
            plain = True
            continue
        try:
            cls = VerbClass(flag)
        except ValueError as exc:
            raise DataFileError(f"{where}: unknown verb class {flag!r} in {spec!r}") from exc
    if ipf is not None and not ipf.startswith(("ي", "ت")):
        raise DataFileError(f"{where}: imperfect {ipf!r} should start with ي (third person)")
    return pf, ipf, cls, passive, plain


def expand_verbs(specs: list[str], where: str) -> Iterator[Form]:
    for spec in specs:
        pf, ipf, cls, passive, plain = parse_verb(spec, where)
        yield from verb_forms(pf, ipf, cls, passive, plain)


def _entry(raw: dict[str, Any], where: str, ontology: Ontology) -> TriggerEntry:
    for key in ("id", "type"):
        if key not in raw:
            raise DataFileError(f"{where}: lacks {key!r}")
    type_name = raw["type"]
    if type_name not in ontology.types:
        raise DataFileError(f"{where}: unknown PLOVER type {type_name!r}")
    modes = tuple(raw.get("mode") or ())
    for mode in modes:
        if mode not in ontology.types[type_name].modes:
            raise DataFileError(f"{where}: {type_name} has no mode {mode!r}")
    contexts = tuple(raw.get("context") or ())
    for context in contexts:
        if context not in ontology.contexts:
            raise DataFileError(f"{where}: unknown context {context!r}")
    roles = {str(k): str(v or "") for k, v in (raw.get("roles") or {}).items()}
    for slot, value in roles.items():
        if value not in ROLE_VALUES:
            raise DataFileError(f"{where}: role {slot!r} has value {value!r}, expected one of {ROLE_VALUES}")
    refine = {str(k): str(v) for k, v in (raw.get("refine") or {}).items()}
    for word, target in refine.items():
        if target not in ontology.types[type_name].modes and target not in ontology.contexts:
            raise DataFileError(f"{where}: refine {word!r} -> {target!r} is neither a mode nor a context")
    return TriggerEntry(
        id=str(raw["id"]),
        type=type_name,
        mode=modes,
        context=contexts,
        cameo=str(raw["cameo"]) if raw.get("cameo") else None,
        roles=roles,
        symmetric=bool(raw.get("symmetric", False)),
        support=frozenset(raw.get("support") or ()),
        standalone=bool(raw.get("standalone", True)),
        refine=refine,
        next=frozenset(raw.get("next") or ()),
        not_next=frozenset(raw.get("not_next") or ()),
        near=frozenset(raw.get("near") or ()),
        not_near=frozenset(raw.get("not_near") or ()),
        require_recipient=bool(raw.get("require_recipient", False)),
        confidence=float(raw.get("confidence", 0.7)),
        stative=bool(raw.get("stative", False)),
        victims=bool(raw.get("victims", False)),
        speech=bool(raw.get("speech", False)),
    )


def _load_support(lex: Lexicon) -> None:
    path, data = _read("support.yaml")
    for n, raw in enumerate(data.get("support") or [], start=1):
        where = f"{path}: support entry {n}"
        if "id" not in raw or "verb" not in raw:
            raise DataFileError(f"{where}: needs id and verb")
        verb = SupportVerb(str(raw["id"]), str(raw.get("subject", "actor")))
        lex.support[verb.id] = verb
        for form in expand_verbs([raw["verb"]], where):
            lex.add(form.text, Hit("support", form, support=verb))
        for masdar in raw.get("masdar") or ():
            lex.add(masdar, Hit("support", Form(masdar, "noun"), support=verb))
            if not masdar.startswith("ال"):
                lex.add("ال" + masdar, Hit("support", Form("ال" + masdar, "noun"), support=verb))


def _load_triggers(lex: Lexicon, ontology: Ontology) -> None:
    path, data = _read("triggers.yaml")
    lex.version = str(data.get("version", ""))
    homographs = set(data.get("not_forms") or ())
    # whole tokens, clitics included, that are other words (وزارته "his ministry", لقمة "a morsel")
    lex.words["not_tokens"] = frozenset(str(t) for t in data.get("not_tokens") or ())
    for n, raw in enumerate(data.get("entries") or [], start=1):
        where = f"{path}: entry {n} ({raw.get('id', '?')})"
        entry = _entry(raw, where, ontology)
        if entry.id in lex.entries:
            raise DataFileError(f"{where}: duplicate id")
        for sup in entry.support:
            if sup not in lex.support:
                raise DataFileError(f"{where}: unknown support verb {sup!r}")
        lex.entries[entry.id] = entry
        forms = list(expand_verbs(list(raw.get("verbs") or ()), where))
        for noun in raw.get("nouns") or ():
            forms.extend(noun_forms(noun) if " " not in noun else [Form(noun, "noun")])
        for form in forms:
            if form.text in homographs:
                continue  # a spelling that is far more often another word (فجر "dawn")
            if entry.next:
                for word in entry.next:
                    lex.add(f"{form.text} {word}", Hit("trigger", form, entry=entry))
            else:
                lex.add(form.text, Hit("trigger", form, entry=entry))
        for phrase in raw.get("phrases") or ():
            lex.add(phrase, Hit("trigger", Form(phrase, "phrase"), entry=entry))


_CUE_VERB_LISTS = (
    "report_verbs",
    "deny_verbs",
    "planned_verbs",
    "opinion_verbs",
    "appearance_verbs",
    "gather_verbs",
    "discontinue_verbs",
)


# Cue lists read word by word at a known position; kept out of the phrase matcher so that they do
# not change what the matcher finds around them.
_WORD_ONLY_LISTS = frozenset(
    {
        "embedding_types",
        "victim_nouns",
        "no_object_words",
        "speech_targets",
        "speech_tones",
        "speech_words",
        "speech_followers",
        "force_words",
        "conviction_frames",
        "object_masdars",
        "manner_adverbs",
    }
)


def _load_cues(lex: Lexicon) -> None:
    path, data = _read("cues.yaml")
    for name, values in data.items():
        if name == "version":
            continue
        if not isinstance(values, list):
            raise DataFileError(f"{path}: {name} must be a list")
        if name in _CUE_VERB_LISTS:
            words = {form.text for form in expand_verbs([str(v) for v in values], f"{path}: {name}")}
        else:
            words = {str(v) for v in values}
        lex.words[name] = frozenset(words)
        if name in _WORD_ONLY_LISTS:
            continue  # looked up by position only: not phrases for the matcher
        for word in words:
            lex.add(word, Hit("cue", Form(word, "cue"), cue=name))


def source_strings() -> Iterator[tuple[str, str]]:
    """Every Arabic string written in the lexicon files, with where it is (for the data tests)."""
    for name in ("triggers.yaml", "support.yaml", "cues.yaml"):
        path, data = _read(name)
        yield from _strings(data, path)


def _strings(value: Any, where: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield value, where
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key, where)
            yield from _strings(item, f"{where}/{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _strings(item, f"{where}[{i}]")


def build_lexicon(ontology: Ontology | None = None) -> Lexicon:
    """Read, check and expand the three lexicon files.

    :raises DataFileError: naming the file and entry of the first problem found.
    """
    lex = Lexicon(version="", entries={}, support={})
    _load_support(lex)
    _load_triggers(lex, ontology or load_ontology())
    _load_cues(lex)
    return lex


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The bundled lexicon (read and expanded once per process)."""
    return build_lexicon()
