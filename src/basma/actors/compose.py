"""Composition rules: turn the matched items of one sentence into mentions.

Each rule reads a short run of adjacent items and says how it resolved them (``resolved_by``) and
which rule fired (``rule``):
- title chains: [نائب] title [demonym | country | organisation] [rank/honorific]* [person]
  ("نائب وزير الدفاع الروسي" -> RUS MIL GOV; "الرئيس السوري" -> the president on the publication day);
- group chains: group noun [sector word | demonym]* or "من" + countries/organisations
  ("وفداً عسكرياً روسياً" -> RUS MIL; "وفود استخبارية من روسيا وتركيا" -> RUS SPY, TUR SPY);
- names, capitals and seats (metonyms), demonyms, ambiguous names with cues, and coreference
  (short names, bare titles, "الوفد", "الجانبان") from the article's memory.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from basma.actors import firstnames, institutions, nisba, occupation, officials
from basma.actors.context import ArticleContext
from basma.actors.cues import ambiguous_is_name, country_is_place, is_locative, is_place
from basma.actors.kb import KnowledgeBase
from basma.actors.resolver import Item
from basma.actors.state import ArticleState
from basma.document import Document
from basma.records import Actor, Mention, Span

# Mention kinds by actor kind.
_KIND = {"person": "person", "country": "country", "capital": "country", "media": "media"}
# Actor kinds worth reporting when their name sits inside a longer name.
_NESTABLE = frozenset({"armed-group", "organisation", "igo", "party", "person"})
# Words between an envoy's or ambassador's title and the country they are sent to.
_DESTINATION = frozenset({"الي", "في", "لدي"})
_SENT = frozenset({"envoy", "ambassador"})
# What may stand between two places in a list ("في سوريا والعراق"، "في مصر و تونس"); a comma may
# open a new clause ("في اليمن، وطهران كان دورها"), so it ends the list.
_CONJUNCT_GAP = frozenset({"و"})


class Composer:
    """Applies the composition rules to one article, sentence by sentence."""

    def __init__(
        self, kb: KnowledgeBase, doc: Document, kept: list[int], day: date | None, state: ArticleState
    ) -> None:
        self.kb, self.doc, self.kept, self.day, self.state = kb, doc, kept, day, state
        self.lex = kb.lexicon
        self.context = ArticleContext(kb, doc.tokens, kept)
        self._place_end = 0  # the token after the last country or capital read as a place

    # --- helpers ------------------------------------------------------------------------------
    def _mention(
        self,
        first: Item,
        last: Item,
        kind: str,
        actor_id: str | None,
        code: str | None,
        sectors: tuple[str, ...],
        by: str,
        confidence: float,
        rule: str,
    ) -> Mention:
        span = Span.of(self.doc.text, first.start_char, last.end_char)
        return Mention(span, kind, actor_id, code, tuple(sectors), by, confidence, rule)

    def _actor(self, item: Item, *, short_ok: bool = False) -> tuple[Actor, str] | None:
        """The actor an item names (a capital stands for its country), with how it was named.

        A name several actors of different countries share ("عمان": Oman, Amman) is read by the
        article's other countries (:class:`ArticleContext`).
        """
        found: list[tuple[Actor, str]] = []
        for sense in item.senses:
            if sense.kind != "actor" or (sense.via == "short" and not short_ok):
                continue
            actor = self.kb.get(sense.ref)
            if actor is not None:
                found.append((actor, sense.via))
        if len({a.country for a, _ in found}) > 1:
            chosen = self.context.choose([a for a, _ in found], item.start_token)
            return next(f for f in found if f[0] is chosen)
        return found[0] if found else None

    def _country_of(self, item: Item) -> Actor | None:
        """The country an item names as demonym, country name or capital."""
        sense = item.has("demonym")
        if sense is not None:
            actor = self.kb.get(sense.ref)
            return actor if actor is not None and actor.kind == "country" else None
        if item.has("home"):
            return officials.home_country(self, item)
        named = self._actor(item)
        if named and named[0].kind in ("country", "capital"):
            actor = named[0]
            return self.kb.get(actor.metonym_of) if actor.metonym_of else actor
        return None

    def _org_of(self, item: Item) -> Actor | None:
        sense = item.has("demonym")
        if sense is not None:
            actor = self.kb.get(sense.ref)
            return actor if actor is not None and actor.kind != "country" else None
        named = self._actor(item)
        return named[0] if named and named[0].kind not in ("person", "country", "capital") else None

    def _definite(self, item: Item) -> bool:
        return self.doc.tokens[item.start_token].base.startswith("ال")

    def _between(self, a: Item, b: Item) -> list[str]:
        """Normalised words strictly between two items (quotes excluded)."""
        return [self.doc.tokens[self.kept[k]].norm for k in range(a.last, b.first)]

    def _joined(self, a: Item, b: Item) -> bool:
        """Whether ``b`` is coordinated with ``a``: "روسيا وتركيا"، "روسيا، تركيا"."""
        gap = self._between(a, b)
        if gap:
            return all(w in self.lex.and_words or w in "،," for w in gap)
        token = self.doc.tokens[b.start_token]
        return token.norm[:1] in self.lex.and_words and token.norm != token.base

    @staticmethod
    def _adjacent(a: Item, b: Item) -> bool:
        return b.first == a.last

    # --- the sentence loop --------------------------------------------------------------------
    def sentence(self, items: list[Item]) -> list[Mention]:
        out: list[Mention] = []
        i = 0
        while i < len(items):
            used, found = self._at(items, i)
            out += found
            i += max(used, 1)
        return out

    def _at(self, items: list[Item], i: int) -> tuple[int, list[Mention]]:
        item = items[i]
        if item.has("block"):
            return 1, []
        composed = occupation.compose(self, items, i)
        if composed is not None:
            return composed
        nxt = items[i + 1] if i + 1 < len(items) else None
        if item.has("deputy") and nxt is not None and self._adjacent(item, nxt):
            if nxt.has("title"):
                used, found = self._title(items, i + 1, deputy_item=item)
                return used + 1, found
            body = officials.titled_body(self, items, i + 1, item, (), "deputy+body")
            if body is None:
                body = officials.titled_org(self, nxt, item, "deputy+org")
            if body is not None:
                self.state.remember(body[1])
                return body[0] + 1, [body[1]]
        if item.has("head"):
            composed = institutions.body(self, items, i)
            if composed is not None:
                return composed
        if item.has("honorific"):
            composed = institutions.prince(self, items, i) or firstnames.first_name(self, items, i)
            if composed is not None:
                return composed
        if item.has("rank"):
            composed = firstnames.ranked_name(self, items, i)
            if composed is not None:
                return composed
        if self._actor(item) is not None:
            return nisba.adjective(self, items, i) or nisba.of_country(self, items, i) or self._name(items, i)
        if item.has("title"):
            return self._title(items, i)
        if item.has("group"):
            return self._group(items, i)
        if item.has("ambiguous"):
            return 1, self._ambiguous(item)
        if item.has("pair"):
            return 1, self._pair(item)
        if item.has("demonym"):
            return nisba.demonym(self, items, i)
        if item.has("home"):
            return 1, officials.home_mention(self, item)
        if item.has("actor"):  # a short name: only after the full name
            return self._name(items, i)
        return 1, []

    # --- rules --------------------------------------------------------------------------------
    def _name(self, items: list[Item], i: int) -> tuple[int, list[Mention]]:
        item = items[i]
        named = self._actor(item, short_ok=True)
        if named is None:
            return 1, []
        actor, via = named
        if via == "short" and actor.id not in self.state.seen:
            return 1, []
        titled: Item | None = None
        # "السلطات الأمريكية في العراق"، "الحكومة السورية في ...": a demonym or a named actor right
        # before "في" already says whose rulers they are, so the country after it is the place
        before = items[i - 1] if i > 0 else None
        foreign = (
            before is not None
            and before.last == item.first - 1
            and (before.has("demonym") is not None or before.has("actor") is not None)
        )
        if actor.kind == "country" and via != "short" and self._as_place(item, country_is_place, foreign):
            # "في سوريا"، "جنوب تركيا"، "مرورا بتونس": the place (see basma.places); remembered for
            # the pair anaphors ("بين البلدين") but reported as no actor
            code, sectors = actor.code_on(self.day)
            self.state.remember(
                self._mention(item, item, "country", actor.id, code, sectors, via, 0.5, "place")
            )
            return 1, []
        if actor.kind == "capital" and actor.metonym_of:
            if self._as_place(item, is_place):
                return 1, []  # "بقلب واشنطن"، "وصل إلى موسكو": the place (see basma.places)
            country = self.kb.get(actor.metonym_of) or actor
            locative = is_locative(self.doc.tokens, item.start_token)
            mention = self._mention(
                item,
                item,
                "country",
                country.id,
                country.country,
                ("GOV",),
                "metonym",
                0.5 if locative else 0.8,
                "capital-locative" if locative else "capital",
            )
        else:
            code, sectors = actor.code_on(self.day)
            by = "coreference" if via == "short" else ("metonym" if via == "metonym" else via)
            confidence = {"name": 0.95, "variant": 0.9, "coreference": 0.8}.get(by, 0.8)
            titled = institutions.trailing_title(self, items, i, actor) if actor.kind == "person" else None
            mention = self._mention(
                item,
                titled or item,
                _KIND.get(actor.kind, "organisation"),
                actor.id,
                code,
                sectors,
                by,
                confidence,
                f"{actor.kind}-{via}{'+title' if titled else ''}",
            )
        self.state.remember(mention)
        used = 1 + (sum(1 for x in items[i + 1 :] if x.last <= titled.last) if titled else 0)
        return used, [mention, *self._nested(item, actor)]

    def _as_place(self, item: Item, reads: Callable[..., bool], *flags: bool) -> bool:
        """Whether a country or capital is a place: by the words before it, or as the conjunct of
        a place right before it ("في سوريا والعراق"، "شمال العراق وسوريا")."""
        tokens = self.doc.tokens
        start = item.start_token
        gap = [tokens[k].norm for k in range(self._place_end, start)]
        conjunct = self._place_end > 0 and len(gap) <= 1 and all(g in _CONJUNCT_GAP for g in gap)
        conjunct = conjunct and ("و" in gap or tokens[start].norm.startswith("و"))
        if conjunct or reads(self.lex, tokens, start, *flags):
            self._place_end = item.end_token
            return True
        return False

    def _nested(self, item: Item, outer: Actor) -> list[Mention]:
        """Names inside a longer name ("داعش" in "التحالف الدولي ضد تنظيم داعش"), countries excepted."""
        if item.last - item.first < 3 or outer.kind in ("person", "country", "capital"):
            return []
        from basma.actors.resolver import match_items

        out = []
        for inner in match_items(self.kb, self.doc.tokens, self.kept, item.first + 1, item.last):
            named = self._actor(inner)
            if named and named[0].kind in _NESTABLE and named[0].id != outer.id:
                code, sectors = named[0].code_on(self.day)
                mention = self._mention(
                    inner,
                    inner,
                    _KIND.get(named[0].kind, "organisation"),
                    named[0].id,
                    code,
                    sectors,
                    "name",
                    0.8,
                    f"nested-in:{outer.id}",
                )
                self.state.remember(mention)
                out.append(mention)
        return out

    def _title(self, items: list[Item], j: int, deputy_item: Item | None = None) -> tuple[int, list[Mention]]:
        sense = items[j].has("title")
        assert sense is not None  # the caller checked
        title = self.lex.titles[sense.ref]
        first = deputy_item or items[j]
        k = j + 1
        country: Actor | None = None
        org: Actor | None = None
        org_item: Item | None = None
        if k < len(items) and self._adjacent(items[k - 1], items[k]):
            country = self._country_of(items[k])
            org = None if country else self._org_of(items[k])
            implied = items[k].has("title")
            if implied and self.lex.titles[implied.ref].country and not (country or org):
                country = self.kb.get(
                    self.kb.country_by_code.get(self.lex.titles[implied.ref].country or "", "")
                )
            if country or org:
                org_item = items[k] if org else None
                k += 1
            elif not implied:  # "المتحدث باسم وزارة الداخلية": the body codes the role
                own = () if title.needs_org or not title.sectors else title.sectors
                rule = f"{'deputy+' if deputy_item else ''}title:{title.key}+body"
                body = officials.titled_body(self, items, k, first, own, rule)
                if body is not None:
                    self.state.remember(body[1], title=None if deputy_item else title.key)
                    return k - j + body[0], [body[1]]
        destination: Item | None = None
        if (
            title.key in _SENT
            and (country or org)
            and k < len(items)
            and self._country_of(items[k])
            and self._between(items[k - 1], items[k])
            and all(w in _DESTINATION for w in self._between(items[k - 1], items[k]))
        ):
            destination = items[k]  # "المبعوث الأممي إلى اليمن": the destination does not change the code
            sent_to = self._country_of(destination)
            if country is not None and sent_to == country and items[k - 1].has("home"):
                country = officials.home_country(self, items[k - 1], exclude=country.country)
            k += 1
        ranked = former = False
        while (
            k < len(items)
            and self._adjacent(items[k - 1], items[k])
            and self._actor(items[k]) is None
            and (items[k].has("rank") or items[k].has("honorific") or items[k].has("former"))
            and not (
                institutions.is_prince_honorific(self, items[k])
                and institutions.patronymic_end(self, items[k].last) > items[k].last
                and (k + 1 >= len(items) or items[k + 1].first != items[k].last)
            )
        ):
            ranked = ranked or bool(items[k].has("rank"))
            former = former or bool(items[k].has("former"))
            k += 1
        person: Actor | None = None
        if k < len(items) and self._adjacent(items[k - 1], items[k]):
            named = self._actor(items[k], short_ok=True)
            if named and named[0].kind == "person":
                person = named[0]
                k += 1
        last = items[k - 1]
        sectors = tuple(dict.fromkeys(title.sectors + (("MIL",) if ranked else ())))
        service = firstnames.officer_service(self, first.first, k) if ranked else None
        if service:  # "مدير شرطة ... اللواء": a police officer, not the army
            sectors = tuple(dict.fromkeys(x for x in (*title.sectors, service) if x != "MIL"))
        if org is not None and (title.needs_org or not sectors or "CVL" in org.sectors):
            sectors = tuple(dict.fromkeys(org.sectors + (("MIL",) if ranked else ()))) or sectors
        code = country.country if country else (org.country if org else title.country)
        deputy = deputy_item is not None
        if person is None and destination is None:
            unknown = self._unknown_person(items, j, k, first, code, sectors, ranked)
            if unknown is not None:
                return unknown
        if person is not None:
            p_code, p_sectors = person.code_on(self.day)
            mention = self._mention(
                first, last, "person", person.id, p_code, p_sectors, "name", 0.95, "title+name"
            )
            self.state.remember(mention, title=None if deputy else title.key)
            found = [mention]
            if (
                org is not None
                and org_item is not None
                and org.kind != "seat"
                and not org_item.has("demonym")
            ):
                o_code, o_sectors = org.code_on(self.day)
                affiliation = self._mention(
                    org_item,
                    org_item,
                    _KIND.get(org.kind, "organisation"),
                    org.id,
                    o_code,
                    o_sectors,
                    "name",
                    0.6,
                    f"affiliation-of:{person.id}",
                )
                self.state.remember(affiliation)
                found.append(affiliation)
            return k - j, found + self._destination(destination)
        if code is None:
            if k - j > 1 or deputy:
                return k - j, []
            earlier = self.state.titles.get(title.key) if self._definite(items[j]) else None
            if earlier is None:  # "ولي العهد" in a Saudi article: the Saudi crown prince that day
                leading = officials.leading_title(self, title, first, last)
                if leading is not None:
                    self.state.remember(leading, title=title.key)
                return 1, [leading] if leading is not None else []
            mention = self._mention(
                first,
                last,
                earlier.kind,
                earlier.actor_id,
                earlier.code,
                earlier.sectors,
                "coreference",
                0.7,
                f"title-coref:{title.key}",
            )
            return 1, [mention]
        holder = None
        if title.office and title.unique and not deputy and not former:
            offices = self.kb.holders(title.office, None if org else code, self.day, org.id if org else None)
            if len({o.actor_id for o in offices}) == 1:
                holder = self.kb.get(offices[0].actor_id)
        if holder is not None:
            h_code, h_sectors = holder.code_on(self.day)
            mention = self._mention(
                first,
                last,
                "person",
                holder.id,
                h_code,
                h_sectors,
                "role",
                0.85,
                f"office-on-date:{title.office}",
            )
        else:
            mention = self._mention(
                first,
                last,
                "role",
                None,
                code,
                sectors,
                "role",
                0.75,
                f"{'deputy+' if deputy else ''}title:{title.key}+{'org' if org else 'country'}",
            )
        self.state.remember(mention, title=None if deputy else title.key)
        return k - j, [mention, *self._destination(destination)]

    def _unknown_person(
        self,
        items: list[Item],
        j: int,
        k: int,
        first: Item,
        code: str | None,
        sectors: tuple[str, ...],
        ranked: bool,
    ) -> tuple[int, list[Mention]] | None:
        """A title chain followed by a name the knowledge base does not know ("قائد قوات الطوارئ
        اللواء خالد الحربي"): a person with no actor id, coded as the title. With no country in the
        chain, only an officer (a rank) is coded, as one of the article's leading country."""
        end = firstnames.name_end(self, items, items[k - 1].last)
        if end is None or not officials.is_title_word(self, items[j]):
            return None
        title = self.lex.titles[items[j].has("title").ref]  # type: ignore[union-attr]
        if title.office and title.unique and code and self.kb.holders(title.office, code, self.day):
            return None  # "لخادم الحرمين الشريفين الأستاذ ...": the holder is known, the name is another's
        rule, confidence = "title+unknown-name", 0.7
        if code is None:
            code = self.context.leading() if ranked else None
            rule, confidence = "title+rank+unknown-name+leading", 0.5
            if code is None or not sectors:
                return None
        token = self.doc.tokens[self.kept[end - 1]]
        span = Span.of(self.doc.text, first.start_char, token.end)
        mention = Mention(span, "person", None, code, sectors, "role", confidence, rule)
        self.state.remember(mention)
        return sum(1 for x in items[j:] if x.first < end), [mention]

    def _destination(self, item: Item | None) -> list[Mention]:
        """The country an envoy or ambassador is sent to, as a mention of its own."""
        country = self._country_of(item) if item is not None else None
        if item is None or country is None:
            return []
        mention = self._mention(
            item, item, "country", country.id, country.country, ("GOV",), "name", 0.8, "destination-of-title"
        )
        self.state.remember(mention)
        return [mention]

    def _group(self, items: list[Item], i: int) -> tuple[int, list[Mention]]:
        sense = items[i].has("group")
        assert sense is not None  # the caller checked
        noun = self.lex.groups[sense.ref]
        k = i + 1
        sectors: list[str] = []
        members: list[tuple[Item, Actor]] = []
        while k < len(items) and self._adjacent(items[k - 1], items[k]):
            item = items[k]
            if item.has("sector") and self._actor(item) is None:
                sectors += item.has("sector").sectors  # type: ignore[union-attr]
            elif (item.has("demonym") and self._actor(item) is None) or (
                self._country_of(item) and members == [] and item.has("demonym")
            ):
                actor = self._country_of(item) or self._org_of(item)
                if actor is None:
                    break
                members.append((item, actor))
            else:
                break
            k += 1
        via_from = False
        if (
            not members
            and k < len(items)
            and self._between(items[k - 1], items[k])
            and all(w in self.lex.from_words for w in self._between(items[k - 1], items[k]))
        ):
            while k < len(items):
                actor = self._country_of(items[k]) or self._org_of(items[k])
                if actor is None or (members and not self._joined(items[k - 1], items[k])):
                    break
                members.append((items[k], actor))
                via_from = True
                k += 1
        if noun.key == "capital":
            return self._capital(items, i, k, members)
        if members:
            return k - i, self._members(items[i], noun.key, noun.sectors, tuple(sectors), members, via_from)
        if sectors:
            mention = self._mention(
                items[i],
                items[k - 1],
                "role",
                None,
                None,
                tuple(dict.fromkeys(sectors)),
                "role",
                0.6,
                f"group:{noun.key}+sector",
            )
            return k - i, [mention]
        if noun.anaphor and self._definite(items[i]) and self.state.groups.get(noun.key):
            earlier = self.state.groups[noun.key][-1]
            mention = self._mention(
                items[i],
                items[i],
                "group",
                earlier.actor_id,
                earlier.code,
                earlier.sectors,
                "coreference",
                0.7,
                f"group-coref:{noun.key}",
            )
            return 1, [mention]
        return 1, []

    def _members(
        self,
        head: Item,
        key: str,
        default: tuple[str, ...],
        sectors: tuple[str, ...],
        members: list[tuple[Item, Actor]],
        via_from: bool,
    ) -> list[Mention]:
        out = []
        for n, (item, actor) in enumerate(members):
            own = sectors
            rule = f"group:{key}+{'from' if via_from else 'adjective'}"
            if not own and actor.kind != "country":
                own = actor.sectors
            if not own:
                earlier = self.state.group_sectors.get((key, actor.country or ""))
                own = earlier or default
                rule += "+earlier-sectors" if earlier else ""
            elif sectors:
                self.state.group_sectors.setdefault((key, actor.country or ""), own)
            actor_id = actor.id if actor.kind != "country" and not sectors else None
            mention = self._mention(
                head if n == 0 else item,
                item,
                "group",
                actor_id,
                actor.country,
                tuple(dict.fromkeys(own)),
                "role",
                0.75,
                rule,
            )
            self.state.remember(mention, group=key)
            out.append(mention)
        return out

    def _capital(
        self, items: list[Item], i: int, k: int, members: list[tuple[Item, Actor]]
    ) -> tuple[int, list[Mention]]:
        if not members or members[0][1].kind != "country":
            return 1, []
        country = members[0][1]
        if (
            k < len(items)
            and self._adjacent(items[k - 1], items[k])
            and self._country_of(items[k]) == country
        ):
            k += 1
        mention = self._mention(
            items[i],
            items[k - 1],
            "country",
            country.id,
            country.country,
            ("GOV",),
            "metonym",
            0.8,
            "capital-phrase",
        )
        self.state.remember(mention)
        return k - i, [mention]

    def _ambiguous(self, item: Item) -> list[Mention]:
        key = " ".join(self.doc.tokens[self.kept[k]].base for k in range(item.first, item.last))
        entry = self.lex.ambiguous.get(key) or self.lex.ambiguous.get(
            " ".join(self.doc.tokens[self.kept[k]].norm for k in range(item.first, item.last))
        )
        actor = self.kb.get(entry.actor) if entry else None
        if entry is None or actor is None:
            return []
        cue = ambiguous_is_name(entry, self.doc.tokens, item.start_token, item.end_token)
        if cue is None:
            return []
        code, sectors = actor.code_on(self.day)
        mention = self._mention(
            item,
            item,
            _KIND.get(actor.kind, "organisation"),
            actor.id,
            code,
            sectors,
            "name",
            0.8,
            f"ambiguous:{cue}",
        )
        self.state.remember(mention)
        return [mention]

    def _pair(self, item: Item) -> list[Mention]:
        out = []
        for earlier in self.state.last_pair():
            country_id = self.kb.country_by_code.get(earlier.code or "")
            if country_id:
                out.append(
                    self._mention(
                        item,
                        item,
                        "country",
                        country_id,
                        earlier.code,
                        ("GOV",),
                        "coreference",
                        0.6,
                        "pair-coref",
                    )
                )
            else:
                out.append(
                    self._mention(
                        item,
                        item,
                        earlier.kind,
                        earlier.actor_id,
                        earlier.code,
                        earlier.sectors,
                        "coreference",
                        0.6,
                        "pair-coref",
                    )
                )
        return out
