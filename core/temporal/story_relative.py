"""Relative expressions inside a story told in the past: what an anaphor ("the following
year", "two days later"), a deictic word ("next summer", "tonight"), a bare weekday or a
clock time counts from when the text narrates its own time (``core.temporal.story``), and
whether a "today" is only an aside in such a story.

Each check asks the story where it stands (``story.year``) and answers None or False where
the publication date places the expression instead.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from core.lang import words
from core.temporal import now
from core.temporal.calendar import RANK, Anchor, Context, is_bc
from core.temporal.narration import present_paragraph, tells_past, told_as_done
from core.temporal.news_months import BACKGROUND_YEARS, told_in_past_perfect
from core.temporal.story import _cues, _narrated_present, _present_since, year
from core.temporal.tense import PAST, QUOTE_MARKS, direction, sentence_bounds


def resumed(ctx: Context, end: int) -> Anchor | None:
    """The story a paragraph of the present ended, taken up again by an anaphor that ends at
    ``end`` ("that summer" after an interview told in the present): "that" points at a time
    told, never at the present, so the story goes on from where it was. None when no story
    ended so, or a date gone by has been named since ("last year … that summer")."""
    ended = ctx.extra.get("ended_story")
    anchor = ctx.anchor
    if not isinstance(ended, Anchor) or ctx.story is not None:
        return None
    if anchor is not None and anchor.day.year != ctx.dct.year:
        return None
    del ctx.extra["ended_story"]
    ctx.story, ctx.story_end = ended, end
    return ended


def reference(ctx: Context, start: int, end: int, finest: str) -> Anchor | None:
    """What an anaphor at ``text[start:end]`` ("the following year", "two days later")
    counts from when the last date mentioned is one the story passed over ("part of the
    empire since 513 BC. The following year ..."): the story's time; else None."""
    story = ctx.story
    if story is None or ctx.anchor_end != ctx.passed_over:
        return None
    if RANK[story.precision] < RANK[finest] or _ahead_in_sentence(ctx, start, end):
        return None
    if year(ctx, start, end) is None:
        return None
    return story


def _ahead_in_sentence(ctx: Context, start: int, end: int) -> bool:
    """Is the last date named, one the story passed over, in the sentence of the anaphor at
    ``text[start:end]`` and later than the story's time ("In 1998 voters rejected a tax, and
    a 2009 plan collapsed the following year")? No look back: the anaphor counts from it."""
    said, told = ctx.anchor, ctx.story
    if said is None or told is None or said.day <= told.day:
        return False
    return ctx.anchor_end > sentence_bounds(ctx.text, start, end)[0]


def said_then(ctx: Context, start: int, end: int) -> Anchor | None:
    """What "next summer", "last year" or "this spring" count from in a sentence of the story
    that itself names the story's date ("On September 10, 2007, he envisioned a withdrawal
    by next summer"): that date, when it was said; else None (they count from publication).

    >>> from core.temporal.tagger import tag
    >>> text = "On May 2, 1999, he said an election would come next year."
    >>> [t.value for t in tag(text, date(2009, 1, 1))][-1]
    '2000'
    """
    story = ctx.story
    if story is None or ctx.story_end < sentence_bounds(ctx.text, start, end)[0]:
        return None
    if story.day.year >= ctx.dct.year or _present_since(ctx, start):
        return None
    if _second_verb_phrase(ctx.text, ctx.story_end, start, ctx.lang):
        return None  # "admitted it in June 2019 and spoke last week": from publication
    quoted = sum(ctx.text.count(mark, ctx.story_end, start) for mark in QUOTE_MARKS) % 2
    return story if quoted or tells_past(ctx.text, start, end, ctx.lang) else None


@cache
def _second_verb_phrase_cue(lang: str) -> re.Pattern[str]:
    return re.compile(words(lang, "cues").SECOND_VERB_PHRASE, re.IGNORECASE)


def _second_verb_phrase(text: str, story_end: int, start: int, lang: str) -> bool:
    """Whether the expression at ``start`` closes a second verb phrase in the past, opened by
    "and" after the story's date that ends at ``story_end`` (``SECOND_VERB_PHRASE``)."""
    return _second_verb_phrase_cue(lang).search(text, story_end, start) is not None


def day(ctx: Context, start: int, end: int) -> date | None:
    """The day the story has reached, for a clock time with no day of its own ("3:00 a.m."),
    or None where the publication date gives it."""
    if ctx.story is None or ctx.story.precision != "day" or year(ctx, start, end) is None:
        return None
    return ctx.story.day


def unsaid_day(ctx: Context, start: int, end: int) -> str | None:
    """The day, as far as the text gives it, of a clock time or a part of the day at
    ``text[start:end]`` in a sentence of a story long past that has reached no day ("In 1988
    the yard hired 40 welders. That evening … At 00:12 the crew clapped"): a day of the story's
    month or year (``1999-XX-XX``), not the publication's; None where the story has its day,
    or the sentence speaks of now."""
    told = ctx.story
    if told is None or told.precision == "day" or (ctx.dct - told.day).days <= _LONG_PAST_DAYS:
        return None
    if year(ctx, start, end) is None:
        return None
    if told.precision == "month":
        return f"{told.day.year:04d}-{told.day.month:02d}-XX"
    return f"{told.day.year:04d}-XX-XX"


def weekday(ctx: Context, iso_weekday: int, start: int, end: int) -> date | None:
    """The day a bare weekday names in a sentence of a story that has reached a day ("on
    March 1, 1912, and on Sunday"), or anywhere in the story with the definite article ("on
    the Tuesday"): the nearest such weekday, a later one on a tie; None where the
    publication date places it."""
    cues = words(ctx.lang, "cues")
    the = re.search(cues.STORY_WEEKDAY_BEFORE, ctx.text[max(0, start - 8) : start])
    # "ce mardi-là": that Tuesday, whatever the tense ("a signé" is news's present perfect)
    that = re.match(cues.STORY_WEEKDAY_AFTER, ctx.text[end : end + 8])
    told = ctx.story.precision if ctx.story else None
    pointed = the or that
    day = ctx.story.day if told == "day" or (pointed and told == "week") else None  # type: ignore[union-attr]
    if day is None:
        return None
    if pointed:
        # "we were told on the Tuesday": the story's week, even after a verb of saying
        if _present_since(ctx, start) or not (that or tells_past(ctx.text, start, end, ctx.lang)):
            return None
    elif ctx.story_end < sentence_bounds(ctx.text, start, end)[0]:
        return None  # only in the sentence that reached the day: news names its own week
    elif year(ctx, start, end) is None:
        return None
    elif _cues(ctx.lang).reported_on.search(ctx.text, max(0, start - 40), start):
        return None  # "officials said Thursday": when the news was told
    ahead = (iso_weekday - day.isoweekday()) % 7
    return day + timedelta(days=ahead if ahead <= 3 else ahead - 7)


# Blank space between two sentences.
_GAP = re.compile(r"\s*")


def aside(ctx: Context, start: int, end: int) -> bool:
    """Is the "today" at ``text[start:end]`` an aside in a story long past that the text
    goes on telling ("Il avait 22 ans. Il en a 74 aujourd'hui. « On pensait que c'était
    une rumeur. »")? So in a text that has reported no present yet, when the next sentence
    goes back to the past: the story goes on where it was, and the later "le 14 mars" is
    the story's, not the publication year's."""
    told = ctx.story
    if told is None or ctx.extra.get("news_told"):
        return False
    if ctx.dct.year - told.day.year <= BACKGROUND_YEARS:
        return False
    nxt = _GAP.match(ctx.text, sentence_bounds(ctx.text, start, end)[1]).end()
    if nxt >= len(ctx.text):
        return False
    if ctx.text.find("\n", end, nxt) != -1 and present_paragraph(
        ctx.text, nxt, _paragraph_end(ctx.text, nxt), ctx.lang
    ):
        return False
    return tells_past(ctx.text, nxt, nxt + 1, ctx.lang)


def hook(ctx: Context, start: int, end: int) -> bool:
    """Is the weekday at ``text[start:end]`` the news that a lead names in passing, in the
    paragraph that set a story long past, before the text goes on telling that story ("In
    spring 1969 the river took the village. Few witnesses are left, and on Friday a museum
    opened an exhibition. | The ice broke on April 28 …")? The story goes on where it was.
    A weekday paragraphs after the story's date is the news the text has come back to."""
    told = ctx.story
    if told is None or "\n" in ctx.text[ctx.story_end : start]:
        return False
    return aside(ctx, start, end)


def _paragraph_end(text: str, start: int) -> int:
    cut = text.find("\n", start)
    return len(text) if cut == -1 else cut


def next_told(ctx: Context, rel: str, start: int, end: int) -> bool:
    """Is "next" (``rel``) before a month or season the story's "the following" ("Наступної
    весни вона домоглася …", "Наступного квітня про нього розповіла газета"): in a language
    whose "next" told in the past is both (``NEXT_IN_PAST_FROM_LAST_DATE``), in a sentence
    told in the past, after a date?"""
    t = words(ctx.lang, "cues")
    return bool(
        t.NEXT_IN_PAST_FROM_LAST_DATE
        and t.RELATIVE_STEP.get(rel) == 1
        and ctx.anchor is not None
        and direction(ctx.text, start, end, ctx.lang) == PAST
    )


def plan_ahead(ctx: Context, ref: Anchor, start: int, end: int) -> bool:
    """Is the last date mentioned, ``ref``, one the story did not reach (a plan, "withdraw
    by 2011") while the sentence at ``text[start:end]`` still tells the story? Then the
    story's time, not the plan's, is what "five years previously" counts from."""
    told = ctx.story
    if told is None or ref.day <= told.day:
        return False
    if told_as_done(ctx.text, max(0, ctx.anchor_end - 1), ctx.anchor_end, ctx.lang):
        return False  # "closed the pit in 1987. … two years later": 1989, a time gone by
    if _narrated_present(ctx, ref.day.year, max(0, ctx.anchor_end - 1), ctx.anchor_end):
        return False  # "Le déclic arrive en 2006. … deux ans plus tard": 2008, told so
    if _frames_sentence(ctx, sentence_bounds(ctx.text, start, end)[0]):
        return False  # "In 2003, after a fight over who would pay, the state took …": no plan
    return year(ctx, start, end) is not None


# The year a date ends with, as its last digits.
_YEAR_END = re.compile(r"(?<!\d)\d{1,4}$")


def _frames_sentence(ctx: Context, left: int) -> bool:
    """Does the last date named open the sentence that starts at ``left`` as its frame ("In
    2003, …"): when the sentence happens, whatever verb of a plan follows it?"""
    if ctx.anchor_end <= left:
        return False
    year = _YEAR_END.search(ctx.text, max(left, ctx.anchor_end - 4), ctx.anchor_end)
    if year is None:
        return False
    return (
        _cues(ctx.lang).year_frame.search(ctx.text, max(0, year.start() - 12), year.start())
        is not None
    )


def reached_month(ctx: Context, start: int, end: int) -> bool:
    """Does a story told in the past, at least to the month, give ``text[start:end]`` its
    time ("June 479 BC … that same day")?"""
    told = ctx.story
    if told is None or RANK[told.precision] < RANK["month"]:
        return False  # "the next day" in a year: no day worth giving
    return year(ctx, start, end) is not None


# A story this long before publication is long past: "ago" in a sentence of it told in the
# past perfect counts from its time.
_LONG_PAST_DAYS = 730


def long_past_perfect(ctx: Context, start: int, end: int) -> bool:
    """Is ``text[start:end]`` in a sentence told in the past perfect, in a story long past
    ("he said Kissinger had tricked him into signing two years ago")?"""
    told = ctx.story
    if told is None or (ctx.dct - told.day).days <= _LONG_PAST_DAYS:
        return False
    if not told_in_past_perfect(ctx, start, end):
        return False
    return year(ctx, start, end) is not None


def quoted_then(ctx: Context, start: int, end: int) -> bool:
    """Is ``text[start:end]`` inside a quotation of a story long past, in a sentence that
    gives no date of its own (Nixon said, "I am tonight announcing …")? Its "tonight" is the
    speaker's, on a day the text does not give: not the publication's, and the story goes on.

    >>> from core.temporal.tagger import tag
    >>> text = 'In May 1969 Nixon spoke. He said, "Tonight I announce a withdrawal."'
    >>> [t.value for t in tag(text, date(2009, 12, 19))]
    ['1969-05', 'XXXX-XX-XXTNI']
    """
    told = ctx.story
    if told is None or not (is_bc(told.day.year) or (ctx.dct - told.day).days > _LONG_PAST_DAYS):
        return False
    if ctx.story_end >= sentence_bounds(ctx.text, start, end)[0]:
        return False  # "On May 2, 1999, he said: 'today …'": that day (``said_then``)
    opened = ctx.text.rfind("\n", 0, start) + 1
    if not sum(ctx.text.count(mark, opened, start) for mark in QUOTE_MARKS) % 2:
        return False
    return not _present_since(ctx, start) and not now.interview_quote(ctx, start)
