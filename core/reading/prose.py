"""Whether a plain-text file found in a folder reads as an article, judged from its name and head.

A folder of articles often carries files that are not articles: a README, a LICENSE, a
SOURCE note, word lists one entry a line, tables, logs. Dated by their file time they would
put nonsense on the timeline, so a folder walk skips them (with the reason); a file named
on its own is still read, on purpose.
"""

from __future__ import annotations

import re
from pathlib import Path

# Only plain text is judged: a web page, an e-mail, a wire archive or a TimeML file says
# by its format that it is an article.
JUDGED_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
HEAD_BYTES = 16_384
MIN_LINES = 8  # fewer lines than this: too little to call it a list or a table

_NOTE_NAMES = frozenset(
    {
        "readme",
        "read_me",
        "license",
        "licence",
        "copying",
        "copyright",
        "notice",
        "source",
        "sources",
        "authors",
        "contributors",
        "contributing",
        "changelog",
        "changes",
        "install",
        "manifest",
        "todo",
        "credits",
        "citation",
    }
)
_LEADING_NOTE_NAMES = frozenset({"readme", "license", "licence", "copying"})
_LOG_LINE = re.compile(r"^\W{0,2}(\d{2,4}[-/.:]\d{1,2}|\d{1,2}:\d{2}|\w{3} +\d{1,2} \d{2}:)")
# A live blog's entry: a clock time (no seconds, no date) and then a sentence or more of prose
# ("9:40 a.m. — The storm is now a Category 3 hurricane, forecasters said.")
_TIMED_ENTRY = re.compile(r"^\W{0,2}\d{1,2}[:.]\d{2}(?![:\d])")
_ENTRY_WORDS = 8
_TABLE_LINE = re.compile(r"\t|\|.*\||\S {3,}\S.* {3,}\S")
_CSV_LINE = re.compile(r"(?:[^,]*,){3}")
_CODE_LINE = re.compile(r"[;{}]$|\)\.?$|^[<#]|=")
_SENTENCE_END = re.compile(r"[.!?:;,\"”’']$")


def not_an_article(path: Path, head: str | None = None) -> str | None:
    """Why the file at ``path`` is not a prose article, or None when it may be one.

    ``head`` is the start of its text; read from the file when not given.
    """
    stem = path.name.lower().split(".", 1)[0]
    first = re.split(r"[-_ ]", stem, maxsplit=1)[0]
    if stem in _NOTE_NAMES or first in _LEADING_NOTE_NAMES:
        return f"a {path.stem} file, not an article"
    if path.suffix.lower() not in JUDGED_SUFFIXES:
        return None
    if head is None:
        try:
            with path.open("rb") as f:
                head = f.read(HEAD_BYTES).decode("utf-8", errors="replace")
        except OSError:
            return None  # reading it will report the problem
    lines = [line.strip() for line in head.splitlines() if line.strip()]
    if len(lines) > 2 and len(head.encode()) >= HEAD_BYTES:
        lines = lines[:-1]  # the last one may be cut
    if len(lines) < MIN_LINES:
        return None
    if _share(lines, lambda s: bool(_LOG_LINE.match(s)) and not _blog_entry(s)) >= 0.6:
        return "a log (a time on most lines), not an article"
    if _share(lines, _table_row) >= 0.6:
        return "a table, not an article"
    entries = _share(lines, lambda s: len(s.split()) <= 6 and not _SENTENCE_END.search(s))
    if entries >= 0.6:
        return "a list of entries one a line, not an article"
    if _share(lines, lambda s: bool(_CODE_LINE.search(s))) >= 0.6:
        return "data or code, not an article"
    return None


def _blog_entry(line: str) -> bool:
    """A live blog's timed entry of prose, not a log's line (which a time with seconds or a
    date opens, and whose message reads as no sentence)."""
    return (
        bool(_TIMED_ENTRY.match(line))
        and len(line.split()) >= _ENTRY_WORDS
        and bool(_SENTENCE_END.search(line))
    )


def _table_row(line: str) -> bool:
    """Columns set apart by tabs, bars or wide spaces; or a row of comma-separated fields,
    which, unlike a paragraph rich in commas ("On Monday, in Madrid, the minister, …"),
    does not end as a sentence ends."""
    if _TABLE_LINE.search(line):
        return True
    return bool(_CSV_LINE.match(line)) and not _SENTENCE_END.search(line)


def _share(lines: list[str], test) -> float:
    return sum(1 for line in lines if test(line)) / len(lines)
