"""The lines of a timeline box or key-dates list set one a line in plain text, each its own
sentence.

A box written without list marks ("March 2021 – Works begin" / "June 2023 - Roof
completed") or under a header with no full stop ("Key dates", "What happens next") must not
run into one sentence: two lines would make one title, and the header would be read as the
subject of the line after it. A wrapped paragraph (a wire story's lines) is left whole: its
lines do not open on a date set off by a colon or dash, and its first line is no short line
of words alone.
"""

from __future__ import annotations

import re
from functools import cache

from core.lang import char_class, union, words

# A header: a few words on a line of their own, no figure, no stop ("Key dates",
# "What happens next", "Timeline:"); a clock time ("09:30") or a table's row has figures.
_HEADER_WORDS = 6
_HEADER_CHARS = 48
_HEADER = re.compile(r"[^\W\d_][^\d.!?,;\n]*:?")
_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’»)]*[ \t]*$")
_NEXT_OPENS = re.compile(r"[ \t]*[\"'“‘«„(\-–—*•]?[ \t]?[A-Z0-9À-ÖØ-ÞЀ-ЯҐ]")


@cache
def _entry_open(language: str) -> re.Pattern[str]:
    """A line that opens on a date set off by a colon or dash: "2019: Council approves …",
    "March 2021 – Works begin", "12 марта 2021 года — …", "Juni 2023: Dach fertig", a
    season's or a modified year's ("Spring 2024: roof replaced", "Early 2025: hearing")."""
    calendar = words(language, "calendar")
    months = sorted(calendar.MONTHS, key=len, reverse=True)
    after_year = "|".join(re.escape(w) for w in calendar.YEAR_WORDS)
    month = "(?:" + "|".join(re.escape(m) for m in months) + r")\.?"
    day = r"\d{1,2}(?:st|nd|rd|th|er|\.)?"
    year = rf"\d{{4}}(?:\s+(?:{after_year}))?" if after_year else r"\d{4}"  # "2021 года"
    season = "|".join(re.escape(w) for w in sorted(calendar.SEASONS, key=len, reverse=True))
    modifier = "|".join(re.escape(w) for w in words(language, "clauses").DATE_MODIFIERS)
    date = (
        rf"(?:(?:{modifier})[ \t-]+)?"  # "Early 2018: …", "Late May 2019 – …"
        rf"(?:(?:{season})[ \t]+{year}"  # "Autumn 2019: walkway removed"
        rf"|(?:{day}\s+)?(?:{month}\s+)?(?:{day},?\s+)?{year}"
        rf"|{month}\s+{day}|{day}\s+{month})"
    )
    soon = r"(?=[^\n]{0,30}\d)"  # (a figure soon, or no date: most lines turned away at once)
    c = words(language, "clauses")
    mark = rf"[ \t]*(?:{char_class(c, 'ENTRY_MARKS')}[ \t]*)?(?:\*\*)?"
    # (not a range of years: "2019 - 2020 season")
    tail = rf"(?:\*\*)?[ \t]*{char_class(c, 'ENTRY_DATE_END', 'ENTRY_DASHES')}[ \t]+(?!\d{{4}}\b)\S"
    # a month or a season alone, a colon straight after it: "October: sales begin", "End of
    # June: rules published" (no figure, so only the colon sets it off)
    part = "|".join(re.escape(w) for w in c.ENTRY_PERIOD_PARTS)
    part = rf"(?:(?:{part}|{modifier})[ \t-]+)?" if part else rf"(?:(?:{modifier})[ \t-]+)?"
    # (its colon on the line, looked for first: most lines have none, and the months are not
    # tried there)
    alone = rf"(?=[^\n]*:){mark}{part}(?:{month}|{season})(?:\*\*)?:[ \t]+\S"
    return re.compile(rf"{soon}{mark}(?:{date}){tail}|{alone}", re.IGNORECASE)


def line_cuts(text: str, start: int, end: int, language: str) -> list[int]:
    """Where the sentence ``text[start:end]`` must be cut at a line break: before a line that
    opens on a date set off by a colon or dash, and after a header line that opens it.

    >>> t = "Key dates\\nMarch 2021 – Works begin\\nJune 2023 - Roof completed"
    >>> [t[a:a + 10] for a in line_cuts(t, 0, len(t), "en")]
    ['March 2021', 'June 2023 ']
    """
    cuts = [
        m.end()
        for m in _entry_break(language).finditer(text, start, end)
        if _after_line_end(
            text, max(start, text.rfind("\n", 0, m.start()) + 1), m.start(), language
        )
    ]
    first = text.find("\n", start, end)
    if (
        first >= 0
        and first + 1 not in cuts
        and _header(text, start, first, first + 1, end, language)
    ):
        cuts.insert(0, first + 1)
    return [_past_blanks(text, cut, end) for cut in cuts]


@cache
def _entry_break(language: str) -> re.Pattern[str]:
    """The line break before a line ``_entry_open`` matches (one scan of the sentence)."""
    return re.compile(r"\n(?=" + _entry_open(language).pattern + ")", re.IGNORECASE)


def _past_blanks(text: str, at: int, end: int) -> int:
    while at < end and text[at] in " \t":
        at += 1
    return at


def _header(text: str, line: int, brk: int, nxt: int, end: int, language: str) -> bool:
    """Whether ``text[line:brk]`` is a header over the line at ``nxt``: a few words alone,
    not indented, at a paragraph's start, over a line that ends its own sentence ("What
    happens next" / "The club will play there in August."). A wrapped paragraph's first
    line ("Dairy farmers plan a protest for" / "12 March over milk prices.") runs on."""
    if brk - line > _HEADER_CHARS or (line and text[line - 1] != "\n") or text[line] in " \t":
        return False
    head = text[line:brk].strip()
    if len(head) > _HEADER_CHARS or len(head.split()) > _HEADER_WORDS:
        return False
    if not _HEADER.fullmatch(head) or head[0].islower():
        return False
    if _runs_on(text, line, brk, language):
        return False  # "In" / "March the ratio narrowed …": a sentence wrapped after a word
    if not _NEXT_OPENS.match(text, nxt, end):
        return False
    line_end = text.find("\n", nxt, end)
    return _ENDS_SENTENCE.search(text, nxt, end if line_end < 0 else line_end) is not None


def _after_line_end(text: str, line: int, brk: int, language: str) -> bool:
    """Whether the line ``text[line:brk]`` may close before an entry: another entry ("Juni
    2022 – Bagger rollen an") or a line that does not run on ("The ferry will stop in")."""
    return bool(_entry_open(language).match(text, line, brk)) or not _runs_on(
        text, line, brk, language
    )


def _runs_on(text: str, line: int, brk: int, language: str) -> bool:
    """Whether the line ``text[line:brk]`` ends on a word that needs the next line, with no
    stop: "The ferry will stop in" / "May 2023 - when the new bridge opens", "… the rest of
    the" / "2021 - 2022 season" (a preposition, an article or a function word)."""
    last = text[line:brk].rstrip(" \t:").split()[-1:]
    if not last:
        return False
    c = words(language, "clauses")
    return last[0].lower() in union(c, "FUNCTION_WORDS", "PREPOSITIONS", "ARTICLES")


def opens_entry(text: str, at: int, language: str) -> bool:
    """Whether the sentence at ``at`` is a dated line: "2019: Council approves the plan",
    "- March 2021 – Works begin"."""
    return bool(_entry_open(language).match(text, at))


def in_box(text: str, start: int, end: int, language: str) -> bool:
    """Whether the sentence ``text[start:end]`` fills a line of a box: a line of its own with
    a line just before or after it that opens on a date set off by a colon or dash
    ("March 2021 – Works begin" / "June 2023 - Roof completed"). A lone "March 3 - The bank
    said …" is a dateline."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip() or text[end:line_end].strip(" \t."):
        return False
    entry = _entry_open(language)
    if line_end < len(text) and entry.match(text, line_end + 1):
        return True
    if line_start < 2 or text[line_start - 2] == "\n":
        return False
    above = text.rfind("\n", 0, line_start - 1) + 1
    return bool(entry.match(text, above, line_start - 1))
