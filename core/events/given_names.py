"""Whether a person's given name says a man or a woman ("Hans Eriksen", "Ruth Kessler"), from
the ``gender_guesser`` dictionary of given names (some 40,000, of many countries).

A reader knows that "she" is not "Professor Hans Eriksen" though no word before the name says
so; a profile of a woman that names her male colleague goes on meaning her by "she". Only a
name the dictionary gives one sex in every country it lists counts ("Hans", "Ruth"): a name
one country gives a man and another a woman ("Simone", "Laurence", "Andrea"), one given to
both ("Robin") or an unknown word ("Three", "Skagit") says nothing.
"""

from __future__ import annotations

from functools import cache

from gender_guesser.detector import Detector

MALE = "male"
FEMALE = "female"
_SEXES = {"male": MALE, "mostly_male": MALE, "female": FEMALE, "mostly_female": FEMALE}


@cache
def _detector() -> Detector:
    return Detector(case_sensitive=False)


def sex_of(name: str, titles: frozenset[str]) -> str:
    """The sex a person's full name gives by its first given name (after any title in
    ``titles``, lower case: "Professor Hans Eriksen" → male); "" when the name is one word (a
    surname alone may be anyone's: "Morgan") or its given name says nothing sure."""
    words = [w for w in name.split() if w.lower().strip(".") not in titles]
    if len(words) < 2 or not words[0].isalpha():
        return ""
    # the dictionary's entry: the name's sexes ("male", "mostly_female", "andy" for both), each
    # with how common it is per country
    sexes = {_SEXES.get(sex, "") for sex in _detector().names.get(words[0].lower(), {})}
    return sexes.pop() if len(sexes) == 1 else ""
