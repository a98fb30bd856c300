"""A season or a fiscal year written as two years: "the 2024/25 harvest", "in 1985-86"; and a
year inside an owner's noun phrase ("Vang's 1987 Volvo").

Such a year is a span over both years, never its first year alone. The tagger reads
"1986/87" as two years but "2024/25" as 2024 only (a two-digit "25" may be a day), so the
second year is added here where it is missing. Written before a noun ("its 1986/87 corn
crop estimate", "the 2024/25 harvest") it names the season of a thing: the happening's date
only when the sentence gives no other ("cut its 1986/87 estimate this week" happened this
week).

>>> from core.temporal.tagger import Timex
>>> text = "The 2024/25 harvest grew."
>>> [(t.text, t.value) for t in with_second_years(text, [Timex(4, 8, "2024", "DATE", "2024")])]
[('2024', '2024'), ('25', '2025')]
"""

from __future__ import annotations

import re
from functools import cache

from core import lang
from core.temporal.tagger import Timex

_YEAR = re.compile(r"^\d{4}$")
_SECOND = re.compile(r"[/-](\d{4}|\d\d)\b(?![/.:-]\d)")  # not "2024/25/03", a date


def second_year(text: str, first: Timex) -> Timex | None:
    """The second year written right after the year ``first`` ("/25", "-1986"): the year
    after it, else None."""
    if not _YEAR.match(first.value) or first.text != first.value:
        return None
    found = _SECOND.match(text, first.end)
    if found is None:
        return None
    digits = found.group(1)
    year = int(first.value) + 1
    if digits != f"{year:04d}" and digits != f"{year % 100:02d}":
        return None
    return Timex(found.start(1), found.end(1), digits, "DATE", f"{year:04d}")


_ENDS_SPLIT = re.compile(r"(\d{4})[/-](\d{4}|\d\d)$")


def _split_inside(text: str, timex: Timex) -> list[Timex]:
    """ "fiscal 1986/87", which the tagger reads as one time of its first year: that year
    ("fiscal 1986") and the second ("87"); else []."""
    found = _ENDS_SPLIT.search(timex.text)
    if found is None or found.start() == 0 or found.group(1) != timex.value:
        return []
    year, digits = int(timex.value) + 1, found.group(2)
    if digits != f"{year:04d}" and digits != f"{year % 100:02d}":
        return []
    cut = timex.start + found.end(1)
    return [
        Timex(timex.start, cut, text[timex.start : cut], timex.type, timex.value),
        Timex(timex.end - len(digits), timex.end, digits, "DATE", f"{year:04d}"),
    ]


def with_second_years(text: str, timexes: list[Timex]) -> list[Timex]:
    """``timexes`` with the second year of each split year the tagger left out (or read into
    its first: "fiscal 1986/87")."""
    starts = {t.start for t in timexes}
    out: list[Timex] = []
    for timex in timexes:
        inside = _split_inside(text, timex)
        if inside:
            out += inside
            continue
        out.append(timex)
        second = second_year(text, timex)
        if second is not None and second.start not in starts:
            out.append(second)
    return out


_PART = re.compile(r"(\d{4})-[QH]\d$")  # (a fiscal label, "FY1987-Q1", dates nothing)


def fiscal_parts_as_years(text: str, timexes: list[Timex], language: str) -> list[Timex]:
    """``timexes`` with each quarter or half of a fiscal year written as two years read as
    that split year, over the part's words: "the 1986/87 first half", "first quarter 1986/87",
    "the final quarter of 1986/87". No calendar quarter is right unless the text says when
    that year starts; the split year is (``with_second_years`` adds a second year first).

    >>> text = "The 1986/87 first half was weak."
    >>> years = [Timex(4, 8, "1986", "DATE", "1986"), Timex(9, 11, "87", "DATE", "1987")]
    >>> part = Timex(12, 22, "first half", "DATE", "1987-H1")
    >>> [(t.text, t.value) for t in fiscal_parts_as_years(text, years + [part], "en")]
    [('1986', '1986'), ('87 first half', '1987')]
    """
    before, after, year_after = _fiscal_part_cues(language)
    out: list[Timex] = []
    k = 0
    while k < len(timexes):
        timex = timexes[k]
        part = _PART.match(timex.value)
        following = timexes[k + 1] if k + 1 < len(timexes) else None
        opener = after.match(text[timex.end :])
        second = year_after.match(text[timex.end :])
        if part and out and out[-1].end == timex.start - 1 and before.search(text[: timex.start]):
            out[-1] = _over(text, out[-1].start, timex.end, out[-1].value)  # "1986/87 first half"
        elif part and opener and following and following.start == timex.end + opener.end():
            out.append(_over(text, timex.start, following.end, following.value))
            k += 1  # "first quarter [1986]/87"
        elif part and second and timex.text.endswith(part.group(1)):
            out.append(_over(text, timex.start, timex.end, part.group(1)))  # "… of 1986[/87]"
            year = second_year(text, Timex(timex.end - 4, timex.end, part.group(1), "DATE",
                                           part.group(1)))  # fmt: skip
            if year is not None and not (following and following.start == year.start):
                out.append(year)
        else:
            out.append(timex)
        k += 1
    return out


def _over(text: str, start: int, end: int, value: str) -> Timex:
    return Timex(start, end, text[start:end], "DATE", value)


@cache
def _fiscal_part_cues(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    a = lang.words(language, "anchors")
    return (
        re.compile(a.FISCAL_PART_BEFORE, re.I),
        re.compile(a.FISCAL_PART_AFTER, re.I),
        re.compile(a.FISCAL_PART_YEAR_AFTER, re.I),
    )


def names_a_thing(text: str, second: Timex, language: str) -> bool:
    """Whether the split year ending with ``second`` stands before a noun ("the 1985/86
    season", "its 1986/87 corn crop estimate"): it names the thing's season."""
    found = _NEXT_WORD.match(text, second.end)
    if found is None:
        return False
    c = lang.words(language, "clauses")
    word = found.group(1).lower()
    if word in c.FUNCTION_WORDS | c.PREPOSITIONS | c.ADVERBS:
        return False
    parts = c.lemmas(word)
    if any(lemma != word for lemma in parts.get("VERB", ())):
        return False  # "1985/86 fell": an inflected verb follows
    return bool(parts.get("NOUN") or parts.get("ADJ"))


_NEXT_WORD = re.compile(r"[ \t\n]+([^\W\d_][\w-]*)")


def year_of_owned_thing(text: str, timex: Timex, language: str) -> bool:
    """Whether the year ``timex`` stands between an owner's possessive and the thing it names
    ("Vang's 1987 Volvo was found last month", "the firm's 1990 budget"): the thing's
    year, which yields to a date of the clause.

    >>> t = Timex(7, 11, "1987", "DATE", "1987")
    >>> year_of_owned_thing("Vang's 1987 Volvo was found.", t, "en")
    True
    """
    if not _YEAR.match(timex.value) or timex.text != timex.value:
        return False
    endings = tuple(lang.words(language, "clauses").POSSESSIVE_ENDINGS)
    owner = text[max(0, timex.start - 4) : timex.start].rstrip()
    if not endings or not owner.endswith(endings) or timex.start - len(owner) < 1:
        return False
    found = _NEXT_WORD.match(text, timex.end)
    if found is None:
        return False
    # after an owner's possessive and a year, a word goes on with the noun phrase ("results",
    # "Volvo"): only a function word ends it ("the club's 1998 and 1999 titles")
    c = lang.words(language, "clauses")
    return found.group(1).lower() not in c.FUNCTION_WORDS | c.PREPOSITIONS | c.COORDINATORS


def time_word_before_noun(text: str, timex: Timex, language: str) -> bool:
    """Whether ``timex`` is one word of time used before a noun ("its overnight lending
    rate", "the weekend traffic"): a kind of thing, dated only when nothing else dates it.

    >>> t = Timex(10, 19, "overnight", "TIME", "2025-05-15TNI")
    >>> time_word_before_noun("It raised overnight lending rates.", t, "en")
    True
    """
    if " " in timex.text.strip() or not timex.text[:1].islower():
        return False  # not "Thursday next week", "1987 Volvo": a name, a figure
    if timex.type != "TIME":
        return False  # "third-quarter net income rose": the figure's period, its date
    found = _NEXT_WORD.match(text, timex.end)
    if found is None or not found.group(1).islower() or text[timex.end] != " ":
        return False
    c = lang.words(language, "clauses")
    word = found.group(1)
    if word in c.FUNCTION_WORDS | c.PREPOSITIONS | c.ADVERBS | c.COORDINATORS:
        return False
    parts = c.lemmas(word)
    if c.is_past(word) or (parts.get("VERB") and not (parts.get("NOUN") or parts.get("ADJ"))):
        return word.endswith(c.GERUND)  # "overnight lending": a noun's modifier
    return True
