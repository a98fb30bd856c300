"""Direction from tense: is an underspecified date ("on Monday", "in August") ahead or behind?

News reports mostly what happened, so without a clue a bare weekday lies in the past; a future
marker ("will", "is to", "plans to", "would") next to it points forward. The verb nearest the
expression in its own sentence wins, looking left first (the verb that governs a trailing
"on Monday"), then right ("On Thursday, he signed ...").
"""

from __future__ import annotations

import re

PAST, UNKNOWN, FUTURE = -1, 0, 1

# Infinitives of what news reports as planned ("agreed to buy ... in February").
_PLANNED = (
    "be begin start visit travel meet hold attend open resume go sign return arrive"
    " leave hear vote decide announce report release face launch acquire buy purchase sell pay"
    " complete close merge raise issue redeem build expand hire cut reduce repay retire end"
    " finish hold host lead join withdraw send deploy appear testify rule sentence elect convene"
    " reconvene debate unveil publish"
)
_FUTURE = (
    r"will|wo|'ll|shall|would|'d|going\s+to|gonna|is\s+to|are\s+to|was\s+to|were\s+to"
    r"|plans?\s+to|planning|scheduled|expected|expects?|set\s+(?:to|for)|slated|due\s+(?:on|in|by|to\s+be)"
    r"|intends?|intended|hopes?\s+to"
    r"|aims?\s+to|upcoming|later|preparing|prepares?|promised|promises?|vowed|should"
    r"|might|may|must|payable|effective|expires?"
    # ... but not after a verb saying it did not or did happen: "failed to meet", "managed to"
    r"|(?<!\bfailed\s)(?<!\bmanaged\s)(?<!\brefused\s)(?<!\bdeclined\s)(?<!\btried\s)"
    rf"to\s+(?:{'|'.join(_PLANNED.split())})"
    # the present progressive of arrangements: "is meeting them on Monday"
    r"|(?:is|are)\s+(?:going|leaving|meeting|visiting|travell?ing|flying|holding|hosting"
    r"|heading|returning|arriving|coming|starting|beginning|opening|launching|attending"
    r"|speaking|voting|signing|taking)"
    # present tense of scheduled events: "voters go to the polls on Sunday"
    r"|go|goes|begins?|starts|ends|opens|meets|(?<!\bnot\s)(?<!n't\s)(?<!\bdid\s)(?<!\bto\s)meet|travels|reconvenes|convenes|arrives|resumes|expires|takes\s+place"
    r"|take\s+place"
    # commodity trade: what is bought "for shipment in July" moves later
    r"|for\s+(?:shipment|delivery|loading|arrival)"
)
_PAST = (
    r"was|were|had|did|said|told|met|went|came|made|took|gave|left|held|saw|began|spoke|won"
    r"|lost|sent|found|got|fell|rose|paid|sold|bought|led|brought|thought|kept|put|ran|wrote"
    r"|became|fought|struck|shot|hit|quit|cut|knew|felt|heard|meant|stood|sat|broke|flew|drew"
    r"|grew|threw|chose|wore|won|ago|last|earlier|since|reported|[a-z]+ed"
)
_NOT_PAST_ED = frozenset(
    {"scheduled", "expected", "planned", "intended", "proposed", "promised", "vowed", "needed",
     "united", "based", "related", "limited", "red", "bed", "need", "speed", "feed", "seed",
     "indeed", "hundred", "led", "armed", "called", "so-called", "alleged", "advanced",
     "detailed", "concerned", "interested", "involved", "used", "supposed", "designed"}
)  # fmt: skip
_MARKER = re.compile(rf"\b(?:(?P<future>{_FUTURE})|(?P<past>{_PAST}))\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<![A-Z][a-z])(?<![A-Z])[.!?][\"'”’]?\s+(?=[A-Z\"“‘'])|\n\s*\n")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``, approximately (abbreviations may split it)."""
    window_start = max(0, start - 400)
    left = window_start
    for m in _SENTENCE_END.finditer(text, window_start, start):
        left = m.end()
    m = _SENTENCE_END.search(text, end, min(len(text), end + 400))
    right = m.start() + 1 if m else min(len(text), end + 400)
    return left, right


_MODAL_PASSIVE = re.compile(
    r"\b(?:(?:will|would|'ll|shall|to|may|might|should|must)\s+(?:not\s+)?be|is|are)"
    r"\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)


_MODAL_INFINITIVE = re.compile(
    r"\b(?:will|'ll|shall|would|to)\s+(?:not\s+)?(?:\w+ly\s+)?$", re.IGNORECASE
)


_SCHEDULED_COPULA = re.compile(
    r"\b(?:is|are)\s+(?:(?:on|set\s+for|slated\s+for|planned\s+for)\s+)?$", re.IGNORECASE
)


# "the hearing was delayed until Monday": whatever the tense, the new date lies ahead.
_DEFERRED = re.compile(
    r"\b(?:delayed|postponed|adjourned|deferred|extended|suspended|recessed|put\s+off"
    r"|pushed\s+back|moved)\b[^.;]{0,40}?\b(?:until|till|to)\s+(?:next\s+)?$",
    re.IGNORECASE,
)


def direction(text: str, start: int, end: int) -> int:
    """PAST, FUTURE or UNKNOWN for the expression at ``text[start:end]`` from nearby verbs."""
    if text.startswith("'s", end):  # "Tuesday's ruling": a possessive names what happened
        return PAST
    if _DEFERRED.search(text, max(0, start - 60), start):
        return FUTURE
    if _SCHEDULED_COPULA.search(text, max(0, start - 24), start):
        return FUTURE  # "the first round is on Sunday": a timetable
    left, right = sentence_bounds(text, start, end)
    before = [m for m in _MARKER.finditer(text, left, start) if _counts(m)]
    if before:
        return _kind(before[-1])
    for m in _MARKER.finditer(text, end, right):
        if _counts(m):
            return _kind(m)
    return UNKNOWN


_ADJECTIVE_SLOT = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our|this|that|these|those|still|newly|so|well|very|more"
    r"|most|less)[\s-]+$",
    re.IGNORECASE,
)


_ORDINAL_LAST = re.compile(r"[\s-]+(?:half|part|third|quarter\s+of|stage|days\s+of)\b", re.I)


def _counts(m: re.Match[str]) -> bool:
    word = m.group(0).lower()
    if word == "last" and _ORDINAL_LAST.match(m.string, m.end()):
        return False  # "the last half of June": an ordinal, not a look back
    if m.group("past") and word.endswith("ed"):
        if word.endswith("eed") and word not in ("agreed", "freed", "decreed", "guaranteed"):
            return False  # succeed, proceed, exceed, need
        if _ADJECTIVE_SLOT.search(m.string, max(0, m.start() - 12), m.start()):
            return False  # "a still unspecified date": an adjective, not a verb
    if m.group("past") and word.endswith("ed") and word in _NOT_PAST_ED:
        return word in ("scheduled", "expected", "planned", "intended")
    return not (m.group(0)[0].isupper() and word.endswith("ed"))


_PERFECT = re.compile(r"\s+(?:not\s+)?have\b", re.IGNORECASE)


def _kind(m: re.Match[str]) -> int:
    word = m.group(0).lower()
    if m.group("future") and _PERFECT.match(m.string, m.end()):
        return PAST  # "may have been", "would have won"
    if m.group("past") and _MODAL_PASSIVE.search(m.string, max(0, m.start() - 30), m.start()):
        return FUTURE  # "will be paid", "is to be held"
    infinitive = _MODAL_INFINITIVE.search(m.string, max(0, m.start() - 30), m.start())
    if m.group("past") and infinitive and not (word.endswith("ed") and infinitive[0][:2] == "to"):
        return FUTURE  # "will cut the ribbon", "is to set a date": an infinitive, not a past
    if word in ("scheduled", "expected", "intended", "proposed", "promised", "vowed"):
        return FUTURE
    return FUTURE if m.group("future") else PAST
