"""What the resolver remembers while it reads one article: the memory behind coreference."""

from __future__ import annotations

from dataclasses import dataclass, field

from basma.records import Mention


@dataclass
class ArticleState:
    """Actors already named, the last referent of each title and group noun, recent codes."""

    seen: set[str] = field(default_factory=set)
    titles: dict[str, Mention] = field(default_factory=dict)
    groups: dict[str, list[Mention]] = field(default_factory=dict)
    recent: list[Mention] = field(default_factory=list)
    # sectors first stated for a group noun and country ("وفداً عسكرياً روسياً" -> MIL for RUS)
    group_sectors: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    # the occupier "الاحتلال" last stood for ("الاحتلال الأمريكي" makes a later bare one USA)
    occupier: str | None = None
    # whether the article is about the default occupier's conflict (computed on first need)
    occupation_context: bool | None = None
    # demonym forms read as family names ("محمد المصري"): a later bare "المصري" is the person
    family_names: set[str] = field(default_factory=set)
    # people without an actor id by given name ("الأمير فيصل بن خالد" -> "فيصل"), for first names
    given: dict[str, Mention] = field(default_factory=dict)
    # the last demonym's end (kept index) and reading, for a demonym joined to it (basma.actors.nisba)
    last_nisba: tuple[int, tuple[str, str, tuple[str, ...], int]] | None = None

    def remember(self, mention: Mention, *, title: str | None = None, group: str | None = None) -> None:
        if mention.actor_id:
            self.seen.add(mention.actor_id)
        if title:
            self.titles[title] = mention
        if group:
            self.groups.setdefault(group, []).append(mention)
        if mention.code:
            self.recent.append(mention)

    def last_pair(self) -> list[Mention]:
        """The two most recent mentions with different codes (for الجانبان، الطرفين)."""
        picked: list[Mention] = []
        for mention in reversed(self.recent):
            if mention.code not in {m.code for m in picked}:
                picked.append(mention)
            if len(picked) == 2:
                break
        return list(reversed(picked))
