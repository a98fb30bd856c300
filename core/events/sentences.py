"""Split article text into sentences, as character spans, without breaking at "Feb." or "U.S.".

The abbreviations and the dateline's shape are the language's (``core.lang.<code>.clauses``),
with the short month names of its calendar.
"""

from __future__ import annotations

import re
from functools import cache

from core.events.box_lines import line_cuts
from core.lang import words
from core.temporal.firsts import led

# A sentence starts on a capital, a figure or an opening mark: Spanish and French open quotes
# with «, Spanish questions with ¿ and exclamations with ¡; capitals may carry accents
# ("Él", "Óscar") or be Cyrillic; French sets a space inside its guillemets ("« Ici"); a
# wire story brackets an unlisted company's name ("<Acme Ltd> said …").
_BOUNDARY = led(  # (an alternation: the places that are no stop and no line break skipped)
    re.compile(
        r"[.!?]+[\"'”’“«»)\]]*(?=\s+(?:(?:``|[\"'“‘(\[«»„¿¡<])[ \u00a0\u202f]?)?[A-Z0-9À-ÖØ-ÞЀ-ЯҐ])"
        r"|\n\s*\n|\n(?=[ \t]*[-*•])|\n(?=[ \t]*\d{4}:\s)"  # a timeline's "1961: …" line
        r"|[.!?](?P<glued>[\"“”„«])(?=[A-ZÀ-ÖØ-Þ])"  # no space: 'stimmte zu."Warum …'
    )
)
_INITIAL = re.compile(r"(?:[A-Z]\.)*[A-Z]")  # "U.S", "F": initials before the dot
# A line break and an indent: a wire story's new paragraph ("\n    "), which a stop before
# it ends whatever word it closes (a wrapped line starts at the margin).
_PARAGRAPH_AFTER = re.compile(r"[\"'”’)\]]*\n[ \t]+\S")


@cache
def _abbreviations(language: str) -> frozenset[str]:
    """Words that end with a full stop without ending the sentence: the language's, and the
    short forms of its month names ("Feb", "Sept": a prefix of a longer name)."""
    calendar = words(language, "calendar")
    months, cut = calendar.MONTHS, calendar.SHORT_MONTH_CUT
    short = {n for n in months if any(len(o) - len(n) >= cut and o.startswith(n) for o in months)}
    return words(language, "clauses").ABBREVIATIONS | short


@cache
def _dateline(language: str) -> re.Pattern[str]:
    return re.compile(words(language, "clauses").DATELINE)


def split_sentences(text: str, language: str = "en") -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` into ``text``, stripped of surrounding whitespace and of
    a paragraph's opening dateline ("BEIJING, Feb 4 (Reuters) -"), which dates the story, not
    a happening.

    >>> t = "Mr. Smith met U.S. officials on Feb. 4. They agreed."
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['Mr. Smith met U.S. officials on Feb. 4.', 'They agreed.']
    """
    return _split(text, language)[0]


def split_with_body(
    text: str, body_start: int, language: str = "en"
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """``split_sentences(text)``, and the sentences of the body ``text[body_start:]`` split
    alone (counted in ``text``), as ``core.events.entities.find_mentions`` reads them.

    The body's are the whole text's from ``body_start`` on when a line break the text is cut
    at ends just before it (a headline's "\\n\\n"): the cuts after it look only ahead. The one
    look back, at the word before a number and its stop (German "zum 25. Jubiläum"), is
    spared: a body opening on a figure is split apart.

    >>> t = "Mill to close\\n\\nThe mill shut. Staff left."
    >>> split_with_body(t, 15)[1] == [(15, 29), (30, 41)]
    True
    """
    spans, cuts = _split(text, language)
    cut = body_start in cuts and text[body_start - 1] == "\n"
    first = _FIRST_WORD.match(text, body_start)
    if body_start == 0 or (cut and first and not any(map(str.isdigit, first.group(1)))):
        return spans, [s for s in spans if s[0] >= body_start]
    body = split_sentences(text[body_start:], language)
    return spans, [(a + body_start, b + body_start) for a, b in body]


_FIRST_WORD = re.compile(r"\s*(\S*)")


def _split(text: str, language: str) -> tuple[list[tuple[int, int]], set[int]]:
    """The sentence spans of ``text`` and where its sentence ends cut it (each a position its
    next sentence's stretch starts from)."""
    spans: list[tuple[int, int]] = []
    cuts: set[int] = set()
    start = 0
    for match in _BOUNDARY.finditer(text):
        closed = len(match.group()) > 1 and match.group()[1] in "\"'”’»)]"
        glued = match.group("glued")
        if glued:
            closed = _closes(text, start, match.start("glued"), glued)
        if (
            match.group().startswith(".")
            and not closed
            and _is_abbreviation(text, match.start(), language)
        ):
            continue
        end = match.end() if not glued or closed else match.start("glued")
        _append_lines(spans, text, start, end, language)
        start = end
        cuts.add(start)
    _append_lines(spans, text, start, len(text), language)
    return spans, cuts


def _closes(text: str, start: int, at: int, mark: str) -> bool:
    """Whether the quote ``mark`` at ``at``, glued between a stop and a capital, closes a
    quote the sentence from ``start`` opened ('… Prinzip."Laut …') rather than opens one
    ('… zu."Warum …'): an odd count of its kind before it (German „ opens what “ closes)."""
    if mark in "”»":
        return True
    if mark in "„«":
        return False
    if mark == "“":
        return (text.count("„", start, at) + text.count("“", start, at)) % 2 == 1
    return text.count('"', start, at) % 2 == 1


def _append_lines(
    spans: list[tuple[int, int]], text: str, start: int, end: int, language: str
) -> None:
    """``_append`` each line of a box the sentence holds as a sentence of its own
    (``core.events.box_lines``)."""
    cuts = line_cuts(text, start, end, language) if text.find("\n", start, end) >= 0 else []
    for cut in cuts:
        _append(spans, text, start, cut, language)
        start = cut
    _append(spans, text, start, end, language)


def _is_abbreviation(text: str, dot: int, language: str) -> bool:
    word_start = dot
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:dot]
    word = word.lstrip("(\"'“<")
    c = words(language, "clauses")
    ordinal = word.isdigit() and len(word) <= 3  # "bis 2028. Das Stadion": a year ends it
    if ordinal and _before(text, word_start) in c.ORDINAL_AFTER:
        return True  # German "Zum 25. Jubiläum", "Die 74. Filmfestspiele": an ordinal
    initials = bool(_INITIAL.fullmatch(word.rsplit("-", 1)[-1]))  # "Franco-U.S."
    closing = initials or word.lower() in c.CLOSING_ABBREVIATIONS
    if closing and _after(text, dot + 1) in c.OPENERS_AFTER_ABBREVIATION:
        return False  # "… bought in the U.S. Its owner said": the stop ends the sentence too
    if word.lower() in c.COMPANY_ABBREVIATIONS and _opens_after_company(text, dot + 1, language):
        return False  # "… by Orlen Ltd. Payment date is May 2", "… Ltd. In May 1986, …"
    if closing and _PARAGRAPH_AFTER.match(text, dot + 1):
        return False  # "… from Orland Metals Inc.\n    Orland shares rose": a wire paragraph
    return word.lower() in _abbreviations(language) or initials


def _opens_after_company(text: str, at: int, language: str) -> bool:
    """Whether the words after a company's stop at ``at`` open a sentence: a capital common
    noun, preposition or determiner, then a lower-case word that does not join them ("Terms
    were not given", "In a statement it said"; not "Chairman and chief executive …"), or a
    capital preposition and a date ("In November 1986", "On Monday"); after a word that may
    be an adjective, a noun ("Record date is", not "International said")."""
    c = words(language, "clauses")
    head = text[at : at + 40].split()
    if len(head) < 2 or not head[0].istitle() or not head[0].isalpha():
        return False
    if head[0].lower() in c.PREPOSITIONS and _date_word(head[1], language):
        return True
    if not head[1].islower():
        return False
    if not head[1].isalpha() or head[1] in c.COORDINATORS:
        return False
    first = head[0].lower()
    if first in c.PREPOSITIONS or first in c.DETERMINERS:
        return True
    kinds = c.lemmas(first)
    if "NOUN" not in kinds:
        return False
    if "ADJ" not in kinds:
        return True
    # "Record date is …", "Net income rose …": the adjective's noun; not "International said"
    return "NOUN" in c.lemmas(head[1]) and not c.is_past(head[1]) and head[1] not in c.AUX


def _date_word(word: str, language: str) -> bool:
    """A year or day number, a month's or a weekday's name ("1986", "November", "Monday,")."""
    calendar = words(language, "calendar")
    word = word.rstrip(",.").lower()
    return word[:1].isdigit() or word in calendar.MONTHS or word in calendar.WEEKDAYS


def _after(text: str, at: int) -> str:
    """The word after position ``at``, as written."""
    head = text[at : at + 30].split()
    return head[0] if head else ""


def _before(text: str, at: int) -> str:
    """The word before position ``at``, lower case."""
    head = text[max(0, at - 30) : at].split()
    return head[-1].lower() if head else ""


def _is_dateline(match: re.Match[str], language: str) -> bool:
    """ "NATO - the alliance -" is no dateline: one needs a date, an agency or a known place."""
    if match.group("date") or match.group("agency"):
        return True
    from core.events.gazetteer import place

    return place(match.group("place").strip().title(), language) is not None


def _append(spans: list[tuple[int, int]], text: str, start: int, end: int, language: str) -> None:
    # (the spaces are skipped by a pattern and a strip, which read whitespace as ``isspace``
    # does: asked of every sentence of every article, twice, with no Python step a character)
    spaces = _SPACES.match(text, start, end)  # (None only past the end: nothing to skip)
    start = spaces.end() if spaces else start
    # a dateline only opens a paragraph (the cheap test first)
    opens = start == 0 or text[start - 1] == "\n"
    dateline = _dateline(language).match(text, start, end) if opens else None
    if dateline and _is_dateline(dateline, language):
        start = dateline.end()
    end = start + len(text[start:end].rstrip())
    if end > start:
        spans.append((start, end))


_SPACES = re.compile(r"\s*")


def sentence_before(text: str, start: int, language: str = "en") -> tuple[int, int] | None:
    """The span of the sentence that ends before ``start`` (where a sentence begins), looked
    for within twice the language's reach for an antecedent; None when there is none."""
    window = max(0, start - 2 * words(language, "clauses").ANTECEDENT_REACH)
    spans = split_sentences(text[window:start], language)
    return (window + spans[-1][0], window + spans[-1][1]) if spans else None
