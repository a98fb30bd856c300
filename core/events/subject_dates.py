"""A date the sentence's opening noun phrase holds after "of", when the clause has a date of its
own later: the noun's date, not the clause's.

"The fire of Monday night was brought under control yesterday": Monday night names the fire;
the control came yesterday. "L'incendie de lundi soir a été maîtrisé hier", "El incendio del
lunes fue controlado ayer", "Der Brand vom Montag wurde gestern gelöscht". The shapes are the
language's ``SUBJECT_DATE_OF`` (``core.lang.<code>.anchors``).
"""

from __future__ import annotations

from core.events.when_spans import anchor_pattern
from core.temporal.tagger import Timex

_REACH = 90  # characters back from the date to the sentence's opening


def subject_noun_date(text: str, timex: Timex, language: str) -> bool:
    """Whether ``timex`` follows "of" in the noun phrase that opens its sentence ("The fire of
    [Monday night] …")."""
    start = max(0, timex.start - _REACH)
    cut = "\x01" if start else ""  # (a window cut mid-sentence opens no sentence)
    probe = f"{cut}{text[start : timex.start]}\x00{timex.text}"
    return anchor_pattern(language, "SUBJECT_DATE_OF").search(probe) is not None
