"""Where a story told in the past comes back to the present: after it, a yearless month is
the news's, placed by the publication date (``core.temporal.story`` asks these checks).

- a present perfect told since the story's last date ("Engineers have since relaid …");
- a month near publication's, in a later paragraph, after a story of the last few years;
- a month after a span the story ran on to a year near publication ("until 2012");
- a month told in the plain past after a recent story told in the past perfect;
- a quotation attributed in the present: an interview of now;
- a date a witness quotes in a text reporting the present: a memory told in passing.
Each that holds ends the story (``Context.story`` None) where it has to.
"""

from __future__ import annotations

import re
from functools import cache

from core.lang import words
from core.temporal.calendar import RANK, Context
from core.temporal.firsts import led
from core.temporal.tense import QUOTE_MARKS, sentence_bounds


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    t = words(lang, "cues")
    return led(re.compile(t.CAUGHT_UP, re.IGNORECASE)), led(re.compile(t.STORY_ASIDE, re.I))


@cache
def _past_perfect(lang: str) -> re.Pattern[str]:
    return led(re.compile(words(lang, "cues").PAST_PERFECT, re.IGNORECASE))


def caught_up(ctx: Context, start: int, end: int) -> bool:
    """Has a sentence after the story's last date, before the one of ``text[start:end]``,
    told in the present perfect what has happened since ("work began in January 2020.
    Engineers have since relaid the track …")? Then the story has reached the present."""
    left = sentence_bounds(ctx.text, start, end)[0]
    if ctx.story_end >= left:
        return False
    # the story's own sentence may say it ("She has since taken over the theatre, in 2022")
    told = sentence_bounds(ctx.text, max(0, ctx.story_end - 1), ctx.story_end)[0]
    if not _patterns(ctx.lang)[0].search(ctx.text, told, left):
        return False
    ctx.story = None
    return True


# A story of the last few years, told in a news article, ends where a later paragraph names
# a month near the publication's: "Police arrested him on 2 May 2023. …¶ The trial opened
# on 2 June" in an article of 12 June 2025 is this June's trial.
_RECENT_YEARS = 2


def back_to_now(ctx: Context, start: int, month: int | None) -> bool:
    """Is the yearless ``month`` at ``start`` the publication's month, the one after it or
    one of the two before it, in a paragraph after the one where a recent story's date was
    written? Then it is the news's ("the late-November trip" in January, after a story of
    the year before last)."""
    story = ctx.story
    if month is None or story is None or ctx.dct.year - story.day.year > _RECENT_YEARS:
        return False
    if "\n" not in ctx.text[ctx.story_end : start]:
        return False
    if (ctx.dct.month - month) % 12 not in (0, 1, 2, 11):  # November is near January
        return False
    ctx.story = None  # the story has ended: "a year earlier" after it counts from the news's
    return True


# A year named this close to publication, after a story long before it, brings the telling
# near the present ("She stepped down in 1999 … until 2012. Her last appearance was in
# November": the November before publication, not one of the story's old time).
_NEAR_NOW_YEARS = 5


def near_now(ctx: Context, start: int, month: int | None) -> bool:
    """Is the yearless ``month`` at ``start`` named after a span the story ran on to a year
    close to publication ("until 2012")? Then it is the news's."""
    story, said = ctx.story, ctx.anchor
    if month is None or story is None or said is None or said.precision != "year":
        return False
    if not ctx.story_end < ctx.anchor_end < start:
        return False
    near = ctx.dct.year - _NEAR_NOW_YEARS <= said.day.year < ctx.dct.year
    if not near or story.day.year >= ctx.dct.year - _NEAR_NOW_YEARS:
        return False
    # (a span reaching that year, "sat on the board until 2012", not a thing's date in
    # passing: "a report declassified in 2005 showed …" leaves the story where it was)
    year_start = ctx.text.rfind(str(said.day.year), 0, ctx.anchor_end)
    return _patterns(ctx.lang)[1].search(ctx.text, max(0, year_start - 70), year_start) is not None


# A story this many years before publication, or fewer, told in the past perfect, is a look
# back from the news; a month this many months before publication, or fewer, is the news's.
_LOOKED_BACK_YEARS = 3
_LOOKED_BACK_MONTHS = 6


def after_look_back(ctx: Context, start: int, end: int, month: int | None) -> bool:
    """Is the yearless ``month`` at ``start``, in a sentence told in the plain past, named
    after a recent story whose sentence was told in the past perfect, a look back from the
    news ("En 2015, elle lui avait proposé le rôle. Les répétitions ont commencé en janvier"
    in July 2018: this January)? Then it is the news's, in a text that has reported its
    present, when it lies at most six months before publication."""
    story = ctx.story
    if month is None or story is None or not ctx.extra.get("news_told"):
        return False
    if not 0 < ctx.dct.year - story.day.year <= _LOOKED_BACK_YEARS:
        return False
    if not 0 <= ctx.dct.month - month <= _LOOKED_BACK_MONTHS:
        return False
    if RANK[story.precision] >= RANK["month"] and month >= story.day.month:
        return False  # "on August 16 … had …. On August 23 …": the story goes on
    left, right = sentence_bounds(ctx.text, start, end)
    told = sentence_bounds(ctx.text, max(0, ctx.story_end - 1), ctx.story_end)
    if told[1] > left:
        return False  # the story's own sentence
    pattern = _past_perfect(ctx.lang)
    if pattern.search(ctx.text, left, right) or not pattern.search(ctx.text, *told):
        return False
    ctx.story = None
    return True


@cache
def _told_now(lang: str) -> re.Pattern[str]:
    return re.compile(words(lang, "cues").QUOTE_TOLD_NOW, re.IGNORECASE)


def interview_quote(ctx: Context, start: int) -> bool:
    """Is the quotation around ``start`` attributed, in its paragraph and outside the quotation
    marks, in the present ("« … ce printemps », explique un pêcheur"; "…," says a nurse)? Then
    it is an interview of now, whatever story it tells: its "this winter" is the writer's, and
    the story told before it has come back to the present."""
    text = ctx.text
    opened = text.rfind("\n", 0, start) + 1
    closed = text.find("\n", start)
    for said in _told_now(ctx.lang).finditer(text, opened, len(text) if closed == -1 else closed):
        if not sum(text.count(mark, opened, said.start()) for mark in QUOTE_MARKS) % 2:
            return True
    return False


def quoted_aside(ctx: Context, start: int) -> bool:
    """Is the date at ``start`` inside a quotation, in a text that reports the present and
    tells no story just now ("„Im Herbst 2009 warf ein Sturm hier die Pappeln um“, erzählte
    eine Nachbarin. Der Bezirk hat einen Vertrag geschlossen, der im Januar …")? A witness's
    memory told in passing: the news goes on, and a later yearless month is the news's."""
    if ctx.story is not None or not ctx.extra.get("news_told"):
        return False
    opened = ctx.text.rfind("\n", 0, start) + 1
    return sum(ctx.text.count(mark, opened, start) for mark in QUOTE_MARKS) % 2 == 1


# A line of a timeline box: a date opening the line (after a list mark), set off by a colon
# or a dash ("1957, 4 October — first satellite", "– 1936 : premiers congés payés").
_ENTRY_BEFORE = re.compile(r"[ \t]*[-–—•*]?[ \t]*")
_ENTRY_AFTER = re.compile(r"[^\n:—–-]{0,12}?\s*[:—–-]\s")


# Another line of the same box: a figure within its first words, then the colon or dash.
_BOX_LINE = re.compile(r"[ \t]*[-–—•*]?[ \t]*[^\n:—–]{0,14}\d[^\n:—–]{0,14}?\s*[:—–-]\s")


def list_entry(ctx: Context, start: int, end: int) -> bool:
    """Is the date at ``text[start:end]`` the head of a line of a timeline box ("1994 — new
    roof")? The box lists dates; it tells no story a paragraph after it goes on with. A line
    alone between paragraphs is a section heading ("June 1944: The landings"), which does set
    the story of the section under it, so the line next to it (blank lines aside) must be
    shaped as an entry too."""
    text = ctx.text
    line = text.rfind("\n", 0, start) + 1
    if not (_ENTRY_BEFORE.fullmatch(text, line, start) and _ENTRY_AFTER.match(text, end)):
        return False
    return any(_BOX_LINE.match(text, at) for at in _neighbour_lines(text, line))


def _neighbour_lines(text: str, line: int) -> tuple[int, ...]:
    """Where the nearest non-blank lines before and after the line opening at ``line`` start."""
    found = []
    before = text[:line].rstrip()
    if before:
        found.append(before.rfind("\n") + 1)
    stop = text.find("\n", line)
    if stop != -1:
        rest = text[stop:]
        stripped = rest.lstrip()
        if stripped:
            found.append(stop + len(rest) - len(stripped))
    return tuple(found)
