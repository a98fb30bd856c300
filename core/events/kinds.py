"""What kind of happening a clause reports, from the lemmas of its words.

>>> kind_of("The two leaders signed a trade deal")
'agreement'
>>> kind_of("Police fired tear gas at protesters")
'protest'
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.events.lexicon import lemmas

KINDS = (
    "violence", "military", "sanction", "election", "protest", "agreement", "meeting",
    "statement", "other",
)  # fmt: skip

# Lemmas (verbs and nouns) that name each kind. Earlier kinds in KINDS win a tie: a clause
# with "troops" and "said" is military news, not a statement.
TRIGGERS: dict[str, frozenset[str]] = {
    "violence": frozenset(
        "attack kill bomb bombing shoot shooting shelling shell fight fighting clash explosion "
        "explode wound injure massacre assassinate assassination airstrike war murder "
        "stab hostage casualty die dead".split()
    ),
    "military": frozenset(
        "troop troops exercise drill deploy deployment missile invasion invade annex "
        "annexation military army navy buildup mobilise mobilize mobilisation offensive "
        "warship tank soldier withdraw withdrawal ceasefire weapon nuclear".split()
    ),
    "sanction": frozenset("sanction embargo tariff blacklist boycott".split()),
    "election": frozenset(
        "election vote ballot referendum poll elect re-elect inaugurate inauguration "
        "candidate campaign".split()
    ),
    "protest": frozenset(
        "protest protester demonstration demonstrator rally march riot strike walkout".split()
    ),
    "agreement": frozenset(
        "sign agree agreement deal treaty accord pact ratify memorandum backing partnership".split()
    ),
    "meeting": frozenset(
        "meet meeting visit trip travel talk talks summit host receive tour arrive fly "
        "negotiation negotiate".split()
    ),
    "statement": frozenset(
        "say tell announce announcement state statement declare hail accuse deny claim warn "
        "urge criticise criticize criticism condemn denounce reject praise comment demand vow "
        "pledge threaten insist report confirm call".split()
    ),
}
# Forms that are as often a noun with another sense: "signs", "calls", "states", "reports".
_VERB_ONLY_FORMS = frozenset(
    "sign signs call calls state states report reports march marches host hosts "
    "tour tours claim claims comment comments back backs fly flies shell shells".split()
)
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
# Uses of trigger words that report no happening: "hunger strike" is, "strike a balance" not.
_IDIOMS = re.compile(
    r"\b(?:strike a|march(?:es|ed)? (?:on|toward)|back(?:ed)? (?:up|down))\b", re.I
)


def kind_of(text: str) -> str:
    """The kind of the happening ``text`` reports: the first of KINDS one of its words names."""
    return kinds_in(text)[0] if kinds_in(text) else "other"


def kinds_in(text: str) -> list[str]:
    """Every kind some word of ``text`` names, in the order of KINDS.

    Words that name a happening only as verbs ("signs of cooling") count only through
    ``trigger_kind`` on the clause's verb.
    """
    clean = _IDIOMS.sub(" ", text)
    words = [w for w in _WORD.findall(clean) if w.lower() not in _VERB_ONLY_FORMS]
    found = {k for word in words for k in word_kinds(word)}
    return [k for k in KINDS if k in found]


def trigger_kind(word: str) -> str | None:
    """The kind a single word names ("visited" → meeting), or None."""
    kinds = word_kinds(word)
    return next((k for k in KINDS if k in kinds), None)


@lru_cache(maxsize=65536)
def word_kinds(word: str) -> frozenset[str]:
    forms = _lemmas(word)
    return frozenset(k for k, words in TRIGGERS.items() if forms & words)


def _lemmas(word: str) -> set[str]:
    lower = word.lower()
    found = {lower}
    for forms in lemmas(lower).values():
        found.update(forms)
    return found
