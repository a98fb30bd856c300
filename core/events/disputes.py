"""When two reports of recognisably one happening give it different dates: a dispute, or an
update, or (dates that overlap) simply the same event told twice.

``relation(new, stored)`` decides, for an event just read and one already stored:

- ``"merge"``: their dates overlap; ``core.events.merge`` owns that case;
- ``"update"``: the stored date is coarse ("next week", "in May") and the new, precise one
  falls inside it ("on 24 March"): the event takes the precise date and keeps both sources;
- ``"dispute"``: their dates do not overlap ("met on Monday" / "met on Tuesday"): one event,
  marked as disputed, each source keeping its own date;
- ``None``: not recognisably one happening, or too far apart to be one.

Recognisably one happening is strict (a wrong dispute is as bad as a wrong merge, and a wire
reports the same kind of market happening every day: those are different happenings):

- both of one kind that says what happened (a meeting, a vote, an agreement…), never
  "statement" nor "other";
- the same people and organisations, all of them, and a place both name (names across
  spellings and scripts, ``core.events.names``);
- no figures in either title (a price, a percentage: market figures are every day's news);
- the titles' action words closely matching (the same share as a paraphrase in ``merge``);
- reported within ``REPORTED_APART`` of each other, and dates at most ``DATES_APART`` (or one
  unit of the coarser precision) apart: a meeting a month later is another meeting.

All pure functions of ``core.model.Event`` values and publication dates; the store picks the
candidates (``core.store.disputes``).
"""

from __future__ import annotations

from core.events.merge import (
    PARAPHRASE_OVERLAP,
    _cast,
    _figures,
    _names,
    _saying,
    content_lemmas,
)
from core.model import Event

DAY = 86400.0
# Kinds a dispute may be about: those that say what happened.
DISPUTABLE_KINDS = frozenset(
    ("violence", "military", "sanction", "election", "protest", "agreement", "meeting")
)
_PRECISE = frozenset(("day", "time"))
_PLACES = frozenset(("place",))
DATES_APART = 14 * DAY  # day-precise reports further apart than this are two happenings
REPORTED_APART = 7 * DAY  # reports published further apart may tell of a later happening


def disputable(event: Event) -> bool:
    """Whether ``event`` could be disputed at all: dated, of a telling kind, naming someone
    and a place, with no figure in its title.

    >>> from core.model import Entity
    >>> e = Event("Holm met Varga in Geneva", "2027-03-08", None, "day", False, "meeting",
    ...           "", 0, 1, 0.0, DAY, (Entity("Holm", "person"), Entity("Geneva", "place")))
    >>> disputable(e), disputable(Event(*[getattr(e, f) for f in ("title", "start", "end",
    ...     "precision", "undated")], "statement", "", 0, 1, 0.0, DAY, e.entities))
    (True, False)
    """
    return (
        not event.undated
        and event.kind in DISPUTABLE_KINDS
        and bool(_cast(event))
        and bool(_names(event, _PLACES))
        and not _figures(event.title)
    )


def same_story(a: Event, b: Event, language: str = "en") -> bool:
    """Whether ``a`` and ``b`` report recognisably one happening, whatever their dates."""
    if not (disputable(a) and disputable(b)) or a.kind != b.kind:
        return False
    if _cast(a) != _cast(b) or not _names(a, _PLACES) & _names(b, _PLACES):
        return False
    words_a, words_b = _action(a, language), _action(b, language)
    if not words_a or not words_b:
        return False
    shared = len(words_a & words_b)
    return shared >= 1 and shared / min(len(words_a), len(words_b)) >= PARAPHRASE_OVERLAP


def refines(new: Event, stored: Event) -> bool:
    """Whether ``new`` gives a more precise date inside ``stored``'s coarse one ("next week"
    → "on 24 March", "last year" → "in January last year")."""
    return (
        not new.undated
        and not stored.undated
        and stored.precision not in _PRECISE
        and stored.start_ts <= new.start_ts
        and new.end_ts <= stored.end_ts
        and new.end_ts - new.start_ts < stored.end_ts - stored.start_ts
    )


def relation(
    new: Event, stored: Event, new_published: float | None = None,
    stored_published: float | None = None, language: str = "en",
) -> str | None:  # fmt: skip
    """``"merge"``, ``"update"``, ``"dispute"`` or None (see the module's docstring).

    ``new_published`` and ``stored_published`` are the reports' publication times in
    seconds (``core.model.to_seconds``); unknown, they do not rule anything out.
    """
    if not same_story(new, stored, language):
        return None
    known = new_published is not None and stored_published is not None
    if known and abs(new_published - stored_published) > REPORTED_APART:
        return None
    if refines(new, stored):
        return "update"
    if new.start_ts < stored.end_ts and stored.start_ts < new.end_ts:
        return "merge"
    if not _near(new, stored):
        return None
    return "dispute"


def _near(a: Event, b: Event) -> bool:
    """Dates close enough to be two accounts of one happening: within ``DATES_APART``, or
    within the length of the coarser date ("in 2013" / "in 2014")."""
    longest = max(a.end_ts - a.start_ts, b.end_ts - b.start_ts)
    gap = max(a.start_ts, b.start_ts) - min(a.end_ts, b.end_ts)
    return gap <= max(DATES_APART, longest)


def _action(event: Event, language: str) -> frozenset[str]:
    """A title's content lemmas that say what happened: not its names, not "said"."""
    names = content_lemmas(" ".join(e.text for e in event.entities), language)
    return content_lemmas(event.title, language) - names - _saying(language)
