"""Split article text into sentences, as character spans, without breaking at "Feb." or "U.S."."""

from __future__ import annotations

import re

# Words that end with a full stop without ending the sentence.
_ABBREVIATIONS = frozenset(
    (
        "mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep rev st jr sr co corp inc "
        "ltd jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs "
        "fri sat sun no vs etc approx dept est fig univ ave blvd mt ft"
    ).split()
)
_BOUNDARY = re.compile(
    r"[.!?]+[\"'”’)\]]*(?=\s+(?:``|[\"'“‘(\[])?[A-Z0-9])|\n\s*\n|\n(?=[ \t]*[-*•])"
)
_INITIAL = re.compile(r"(?:[A-Z]\.)*[A-Z]")  # "U.S", "F": initials before the dot
# A wire-story dateline opening a paragraph: "BEIJING, Feb 4 (Reuters) -", "KYIV (AP) —".
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z .'-]{1,40}?)(?:/[A-Z][A-Z .'-]+)?"
    r"(?P<date>,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
    r"(?P<agency>\s*\([A-Za-z .&-]{2,30}\))?\s*[-–—]{1,2}\s+"
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` into ``text``, stripped of surrounding whitespace and of
    a paragraph's opening dateline ("BEIJING, Feb 4 (Reuters) -"), which dates the story, not
    a happening.

    >>> t = "Mr. Smith met U.S. officials on Feb. 4. They agreed."
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['Mr. Smith met U.S. officials on Feb. 4.', 'They agreed.']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        closed = len(match.group()) > 1 and match.group()[1] in "\"'”’)]"
        if match.group().startswith(".") and not closed and _is_abbreviation(text, match.start()):
            continue
        _append(spans, text, start, match.end())
        start = match.end()
    _append(spans, text, start, len(text))
    return spans


def _is_abbreviation(text: str, dot: int) -> bool:
    word_start = dot
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:dot]
    word = word.lstrip("(\"'“")
    return word.lower() in _ABBREVIATIONS or bool(_INITIAL.fullmatch(word))


def _is_dateline(match: re.Match[str]) -> bool:
    """ "NATO - the alliance -" is no dateline: one needs a date, an agency or a known place."""
    if match.group("date") or match.group("agency"):
        return True
    from core.events.gazetteer import place

    return place(match.group("place").strip().title()) is not None


def _append(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    dateline = _DATELINE.match(text, start, end)
    if dateline and (start == 0 or text[start - 1] == "\n") and _is_dateline(dateline):
        start = dateline.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
