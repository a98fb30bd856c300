"""The subject of a clause opened by a relative of owning that agrees with the owned noun and
writes no possessive ending, Spanish "cuyo": "El estadio, cuyas obras empezaron en 2021, …"
titles "Las obras del estadio empezaron", where the bare clause gave "Obras empezaron".

The article each such relative stands for is language data (``WHOSE_ARTICLES``), and so is
how "de" joins the article after it (``OF_CONTRACTIONS``: "de el" → "del").
"""

from __future__ import annotations

from types import ModuleType

from core.events.parse import Sentence
from core.events.subject_shapes import _noun_before
from core.events.tokens import Clause
from core.events.wording import name_in_title


def owned_subject(s: Sentence, clause: Clause, text: str, c: ModuleType) -> str:
    """``text``, the subject written after the relative, with its article and its owner (the
    noun phrase before the relative's comma); ``text`` unchanged for any other clause."""
    article = c.WHOSE_ARTICLES.get(clause.opener) if c.WHOSE_ARTICLES else None
    if article is None or clause.start < 2 or s.tokens[clause.start - 1].text != ",":
        return text
    end = s.tokens[clause.start - 2].end
    mention = next((m for m in s.mentions if m.end == end), None)
    if mention is not None:  # "Ana Ruiz, cuyo padre …" → "el padre de Ana Ruiz"
        link = f"{c.OF} {name_in_title(s.text, mention, s.language)}"
    else:
        owner = _noun_before(s, clause, c, clause.start - 2)[0]
        if not owner:
            return text
        link = f"{c.OF} {owner[:1].lower()}{owner[1:]}"  # (it opens on a determiner)
    for joined, short in c.OF_CONTRACTIONS:
        if link.startswith(joined):
            link = short + link[len(joined) :]
    return f"{article} {text} {link}"
