"""One name per thing across a document: "Xi" is "Xi Jinping", "NATO" the alliance spelled out
before, "Сомов" opening a sentence the "Андрей Сомов" named earlier.

Split from ``core.events.entities``, which finds the mentions these functions merge.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.events.mention import ORGANISATION, PERSON, PLACE, Mention
from core.events.names import is_latin, stem_key

# A lone capitalised word opening a sentence that reads as an ordinary word too ("Сомов" is
# also a form of "сом", a catfish): a name only as the surname of a person named before it.
HELD = "held"
# A lone word listed after a place ("in Kirov, Kostroma and Vologda"): a place, unless it is
# the name of a person named in full ("along with Lincoln and Sherman").
LISTED = "listed"


def merge_aliases(
    mentions: list[Mention], connectors: frozenset[str], nouns_capitalised: bool,
    demonym: re.Pattern[str], second_surname: bool = False,
) -> list[Mention]:  # fmt: skip
    """One name per thing: "Xi" is "Xi Jinping", an unknown lone word a person it abbreviates;
    where people bear two surnames, "Carmen Reyes" is the "Carmen Reyes Moreno" named too."""
    people = [m for m in mentions if m.kind == PERSON and " " in m.text]
    if second_surname:
        mentions = with_second_surname(mentions, connectors)
        people = [m for m in mentions if m.kind == PERSON and " " in m.text]
    orgs = [m for m in mentions if m.kind == ORGANISATION and " " in m.text]
    # lone words the article writes as a place somewhere: a place wherever their kind is unsure
    places = {m.text for m in mentions if m.kind in (PLACE, LISTED) and " " not in m.text}
    merged: list[Mention] = []
    for m in mentions:
        if m.kind == HELD:
            named = _surname_of(m, [p for p in people if p.end <= m.start])
            if named is not None:
                short = named.text.split()[-1]  # as first named, not as declined here
                merged.append(replace(m, kind=PERSON, name=named.name, short=short))
            continue
        if m.kind == LISTED:
            # (a person whose name has the word as a name of their own, "Odette Le Goff" for
            # "à Odette"; not after a connector, "Sacré-Cœur de Douarnenez" for "à Douarnenez")
            own = [p for p in people if not _after_connector(m.text, p.text, connectors)]
            full = _person_for(replace(m, kind=PERSON), own)
            named = replace(m, kind=PERSON, name=full.name) if full else replace(m, kind=PLACE)
            merged.append(named)
            continue
        full = (
            _person_for(m, people) if " " not in m.text else _with_particles(m, people, connectors)
        )
        company = _organisation_for(m, orgs) if full is None else None
        if company is not None:  # "Northwind" after "Northwind Foods": the company
            merged.append(replace(m, kind=ORGANISATION, name=company.text))
        elif full is not None:
            merged.append(replace(m, kind=PERSON, name=full.name, short=m.text))
        elif m.kind == ORGANISATION and is_acronym(m.text):
            expansion = next(
                (o for o in orgs if _initials(o.text, connectors) == m.text.replace(".", "")),
                None,
            )
            merged.append(replace(m, name=expansion.text) if expansion else m)
        else:
            # A lone unknown name is most often a person's ("Xi"), unless it reads as a
            # nationality ("Turkish", "Russians").
            # Where every noun has a capital (German), a lone word no full name explains is
            # most often a noun ("Verkehr", "Brücke"): no actor.
            if m.kind != "unknown":
                merged.append(m)
            elif nouns_capitalised:
                continue
            elif m.text in places:  # "la Compagnie des guides de Chamonix" after "à Chamonix"
                merged.append(replace(m, kind=PLACE))
            elif not (len(m.text) > 4 and demonym.search(m.text)):
                merged.append(replace(m, kind=PERSON))
    shorts = {m.name: m.short for m in merged if m.kind == PERSON and m.text != m.name}
    if not shorts:  # (most articles: no person named in full and then in short)
        return merged
    return [replace(m, short=shorts[m.name]) if m.name in shorts else m for m in merged]


def with_second_surname(mentions: list[Mention], connectors: frozenset[str]) -> list[Mention]:
    """Each person named by a first name and a surname ("Carmen Reyes") named as the one
    person whose name adds a second surname to it ("Carmen Reyes Moreno"), when there is one."""
    longer: dict[str, set[str]] = {}
    for p in mentions:
        if p.kind != PERSON:
            continue
        parts = p.text.split()
        if len(parts) == 3 and not {w.lower() for w in parts} & connectors:
            longer.setdefault(" ".join(parts[:2]), set()).add(p.text)
    if not longer:
        return mentions
    full = {short: next(iter(names)) for short, names in longer.items() if len(names) == 1}
    return [
        replace(m, name=full[m.text]) if m.kind == PERSON and m.text in full else m
        for m in mentions
    ]


def _after_connector(word: str, name: str, connectors: frozenset[str]) -> bool:
    """Whether ``word`` stands in ``name`` only right after a connector ("de", "of"): a place
    completing another name ("Sacré-Cœur de Douarnenez"), no name of a person's own."""
    parts = name.split()
    at = [i for i, part in enumerate(parts) if part == word]
    return bool(at) and all(i > 0 and parts[i - 1].lower() in connectors for i in at)


def is_acronym(word: str) -> bool:
    letters = word.replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def _surname_of(mention: Mention, people: list[Mention]) -> Mention | None:
    """The one person named before whose last name this word is, in any case it is written
    in ("Сомова" after "Андрей Сомов"); None for no one or for two."""
    word = mention.text
    key = stem_key(word) if not is_latin(word) else word
    found = {
        p.text
        for p in people
        if (stem_key(p.text.split()[-1]) if not is_latin(word) else p.text.split()[-1]) == key
    }
    if len(found) != 1:
        return None
    return next(p for p in reversed(people) if p.text in found)


def _organisation_for(mention: Mention, orgs: list[Mention]) -> Mention | None:
    """The organisation whose name opens on this lone word ("Northwind" for "Northwind
    Foods"), when the word is no person's known name."""
    if mention.kind not in (PERSON, "unknown") or " " in mention.text:
        return None
    return next((o for o in orgs if o.text.split()[0] == mention.text), None)


def _with_particles(
    mention: Mention, people: list[Mention], connectors: frozenset[str]
) -> Mention | None:
    """The person named in full whose surname, with its particles, is the mention ("Le
    Guellec" after "Yann Le Guellec", "de la Cruz" after "Ana de la Cruz"); None otherwise."""
    parts = mention.text.split()
    if mention.kind not in (PERSON, "unknown"):
        return None
    if not all(part.lower() in connectors for part in parts[:-1]):
        return None
    tail = " " + mention.text.lower()  # ("De la Cruz" opening a sentence)
    return next(
        (p for p in people if p.text != mention.text and p.text.lower().endswith(tail)), None
    )


def _person_for(mention: Mention, people: list[Mention]) -> Mention | None:
    if mention.kind not in (PERSON, "unknown"):
        return None
    word = mention.text
    found = next((p for p in people if word in p.text.split()), None)
    if found is None and not is_latin(word):  # "Шольцем" after "Олаф Шольц": declined
        stem = stem_key(word)
        found = next((p for p in people if stem in map(stem_key, p.text.split())), None)
    return found


def _initials(name: str, connectors: frozenset[str]) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in connectors and w[0].isupper())
