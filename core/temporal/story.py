"""The time a text narrates: where a yearless or anaphoric expression takes its year from.

News reports the present: "on March 5" is the March 5 nearest the publication date, on the
side the tense says. A story told in the past (a backgrounder, an obituary, a court case, a
history) narrates its own time: after "On September 1, 1939, Germany attacked Poland" a bare
"early October" is 1939's, not the publication year's.

The tagger keeps the narrated time as it walks the text (``Context.story``):
- an explicit date with its year written sets it, unless it only names a thing ("the 1978
  resolution") or a plan ("a campaign planned for 1976");
- a yearless date placed in the story moves it on ("two days later" counts from there);
- a sentence that reports the present (present or future tense: ``narration.present_paragraph``)
  takes the publication date, and a deictic expression ("today", "this week", "on Monday"
  counted from publication) ends the story until the next explicit date.
A story in the publication year changes nothing: the publication date places those dates
as well, and better (it knows which side of publication they lie). What an anaphor, a
deictic word or a bare weekday counts from inside a story is ``core.temporal.story_relative``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from core.lang import words
from core.temporal import frames, now
from core.temporal.calendar import RANK, Anchor, Context, is_bc
from core.temporal.firsts import led
from core.temporal.narration import present_paragraph, tells_past, will_said
from core.temporal.news_months import (
    BEHIND,
    back_to_the_news,
    first_past_story,
    fixed_by_the_news,
    into_this_year,
    news_month_after_a_year,
    news_month_new_paragraph,
    opened_with_news,
    told_in_past_perfect,
)
from core.temporal.season_months import month_after
from core.temporal.tense import FUTURE, QUOTE_MARKS, direction, sentence_bounds


@dataclass(frozen=True, slots=True)
class _Cues:
    names_a_thing: re.Pattern[str]
    year_frame: re.Pattern[str]
    reported_on: re.Pattern[str]
    aside: re.Pattern[str]
    day_named: re.Pattern[str]
    counted_thing: re.Pattern[str]
    compared: re.Pattern[str]
    quote_told: re.Pattern[str]


@cache
def _cues(lang: str) -> _Cues:
    t = words(lang, "cues")
    # (each searched in the words before a date: ``led``, the places that open no match
    # turned away at once)
    return _Cues(
        led(re.compile(t.THING_BEFORE, re.IGNORECASE)),
        led(re.compile(t.STORY_YEAR_FRAME)),
        led(re.compile(t.REPORTED_ON, re.IGNORECASE)),
        led(re.compile(t.STORY_ASIDE, re.IGNORECASE)),
        led(re.compile(t.DAY_LATER)),
        # "Nearly 20 years after the tsunami of December 26, 2004, …": the thing's date; the
        # story is not there (its weekday is not "on Tuesday" of that week)
        led(re.compile(words(lang, "anchors").COUNTED_THING_BEFORE, re.IGNORECASE)),
        led(re.compile(t.COMPARED_BEFORE, re.IGNORECASE)),
        led(re.compile(t.QUOTE_TOLD, re.IGNORECASE)),
    )


def year(ctx: Context, start: int, end: int, month: int | None = None) -> int | None:
    """The year the story gives the yearless expression at ``text[start:end]`` (of
    ``month`` if it names one), or None where the publication date places it (no story, a
    story of the publication year, a sentence about the present)."""
    story = ctx.story
    if story is None or (story.day.year >= ctx.dct.year and not is_bc(story.day.year)):
        return None
    if _historical_present(ctx, start, end):
        pass  # "La démolition commence le 15 juillet" in a story of 1789
    elif (
        not tells_past(ctx.text, start, end, ctx.lang)
        or _present_since(ctx, start)
        or now.caught_up(ctx, start, end)
        or _reported_now(ctx, start, end)  # "…, the union said on Friday": the news's
        or _will_said(ctx, start, end)  # "… and will be sentenced"
        or now.back_to_now(ctx, start, month)
        or now.near_now(ctx, start, month)
        or now.after_look_back(ctx, start, end, month)
    ):
        return None
    if fixed_by_the_news(ctx, start):
        return None
    if month is not None and (
        news_month_after_a_year(ctx, start, end, month)
        or news_month_new_paragraph(ctx, start, end, month)
    ):
        return None
    if month is not None and RANK[story.precision] >= RANK["quarter"]:  # "the winter …, in April"
        resumed = _resumed(ctx, month)
        if direction(ctx.text, start, end, ctx.lang) == FUTURE:
            # "… set sentencing for Sept. 17", "would return in April": ahead of the story
            return story.day.year + (month < story.day.month)
        if resumed is not None:
            return resumed
        if into_this_year(ctx, start, end, month):
            return ctx.dct.year
        if back_to_the_news(ctx, start, end, month):
            return None
        return month_after(ctx, story, month)
    return story.day.year


# A written date this many years past the story's time may be a look ahead told in passing
# ("In November 2008, protesters staged a similar stomping"), after which the story resumes.
_JUMP_YEARS = 2
_RESUME_MONTHS = 6


def _resumed(ctx: Context, month: int) -> int | None:
    """The year of a yearless ``month`` when the story jumped years ahead and this month fits
    the story before the jump and not after it: it would lie behind the new time ("… In
    November 2008, … on April 15 the coalition declared …" after April 9, 2003) but shortly
    after the old one. The story then resumes its old time; None where it does not."""
    jump = ctx.extra.pop("story_jump", None)
    story = ctx.story
    if not isinstance(jump, Anchor) or story is None or RANK[jump.precision] < RANK["month"]:
        return None
    now = story.day.year + (story.day.month - month >= BEHIND)
    if (now, month) >= (story.day.year, story.day.month):
        return None  # the story goes on from the new time
    then = jump.day.year + (jump.day.month - month >= BEHIND)
    ahead = (then - jump.day.year) * 12 + month - jump.day.month
    if not 0 <= ahead <= _RESUME_MONTHS:
        return None
    ctx.story = jump
    return then


def _will_said(ctx: Context, start: int, end: int) -> bool:
    """Does the sentence say what will happen? It speaks from publication: the story ends."""
    said = will_said(ctx.text, start, end, ctx.lang)
    if said:
        ctx.story = None
    return said


def _historical_present(ctx: Context, start: int, end: int) -> bool:
    """Is the sentence at ``text[start:end]`` a story long past told in the present, in a
    language that narrates so ("Le 14 juillet 1789, les Parisiens prennent la Bastille")?"""
    cues = words(ctx.lang, "cues")
    story = ctx.story
    if not cues.HISTORICAL_PRESENT_YEARS or story is None:
        return False
    if story.day.year > ctx.dct.year - cues.HISTORICAL_PRESENT_YEARS:
        return False
    left, right = sentence_bounds(ctx.text, start, end)
    return not re.search(cues.AHEAD_FORMS, ctx.text[left:right], re.IGNORECASE)


def _narrated_present(ctx: Context, year: int, start: int, end: int) -> bool:
    """Is the sentence at ``text[start:end]``, of a date in ``year`` long before publication,
    a story told in the present ("En 1998, elle part pour Lyon"; "Le déclic arrive en 2006"),
    not a plan ("La ligne doit ouvrir en 1999")? A language's present of a timetable ("part",
    "arrive") tells such a story's time, not one ahead."""
    cues = words(ctx.lang, "cues")
    if not cues.HISTORICAL_PRESENT_YEARS or year > ctx.dct.year - cues.HISTORICAL_PRESENT_YEARS:
        return False
    left, right = sentence_bounds(ctx.text, start, end)
    sentence = ctx.text[left:right]
    return not re.search(cues.AHEAD_FORMS, sentence, re.IGNORECASE) and not re.search(
        cues.PLAN_FORMS, sentence, re.IGNORECASE
    )


def _reported_now(ctx: Context, start: int, end: int) -> bool:
    """Does the sentence of ``text[start:end]`` say when it was reported ("…, the union said
    on Friday"): news of now, whatever story an earlier sentence told?"""
    cues = _cues(ctx.lang)
    left, right = sentence_bounds(ctx.text, start, end)
    return any(
        cues.reported_on.search(ctx.text, max(left, day.start() - 40), day.start())
        for day in cues.day_named.finditer(ctx.text, left, right)
    )


def _present_since(ctx: Context, start: int) -> bool:
    """Has a paragraph reporting the present come between the story's last date and
    ``start``? Then the story has ended: the text is back in the present."""
    text = ctx.text
    cut = text.find("\n", ctx.story_end, start)
    while cut != -1:
        nxt = text.find("\n", cut + 1, start)
        stop = start if nxt == -1 else nxt
        if (
            stop - cut > 1
            and not _past_quoted(text, cut + 1, stop, ctx.lang)
            and present_paragraph(text, cut + 1, stop, ctx.lang)
        ):
            # an anaphor may take it up: ``story_relative.resumed``
            ctx.extra["ended_story"] = ctx.story
            ctx.story = None
            return True
        cut = nxt
    return False


# Marks that open a quotation or a line of dialogue at the start of a paragraph.
_OPENING_QUOTES = (*QUOTE_MARKS, "—", "–")
# How long the attribution after a quotation may run ("», — говорит 83-летняя Анна.").
_ATTRIBUTION = 60


def _past_quoted(text: str, start: int, stop: int, lang: str) -> bool:
    """Is the paragraph ``text[start:stop]`` a quotation that tells the past, and its
    attribution ("«We thought it would hold,» says Anna, now 83.")? A witness's "says" is the
    present of the interview: the story told around it goes on. ("«We are losing patience,»
    says a resident": the present.)"""
    body = text[start:stop]
    if not body.lstrip().startswith(_OPENING_QUOTES):
        return False
    closed = max(body.rfind(mark) for mark in QUOTE_MARKS)
    if closed <= 0 or len(body) - closed > _ATTRIBUTION:
        return False
    opened = start + len(body) - len(body.lstrip())
    return tells_past(text, opened, opened + 1, lang)  # its first verb: "We thought …"


def written(
    ctx: Context, day: date, precision: str, start: int, end: int, framed: bool = False
) -> None:
    """An explicit date, its year written, at ``text[start:end]``: the story's new time
    unless it names a thing or a plan. A bare year counts only where it frames its sentence,
    unless it is ``framed`` by its own words ("480 BC")."""
    cues = _cues(ctx.lang)
    if (
        cues.names_a_thing.search(ctx.text, max(0, start - 12), start)
        or now.quoted_aside(ctx, start)
        or now.list_entry(ctx, start, end)
    ):
        ctx.passed_over = end
        return
    if cues.counted_thing.search(ctx.text, max(0, start - 90), start):
        ctx.passed_over = end  # "… years after the tsunami of December 26, 2004"
        return
    if precision == "year" and _SPLIT_YEAR.match(ctx.text, end):
        ctx.passed_over = end  # "Im Geschäftsjahr 2018/19": a year astride two, no story's
        return
    framing = framed or cues.year_frame.search(ctx.text, max(0, start - 12), start)
    if precision == "year" and not framing:
        if frames.in_participle_aside(ctx.text, start, end, ctx.lang) or _flashback(
            ctx, day, start, end, "year"
        ):
            # "The orchestra, founded in 1891, was … | The following spring": not after 1891;
            # "He had arrived in 1968 …. Two years later": not after 1968, a look back
            ctx.passed_over = end
        return
    if cues.aside.search(ctx.text, max(0, start - 70), start):
        return  # "lasted until the fall of the city in May 1945": where the span ends
    if (
        frames.in_participle_aside(ctx.text, start, end, ctx.lang)
        or frames.in_relative_aside(ctx.text, start, end, ctx.lang)
        or _compared(ctx, start)  # "sales rose compared with September 1986"
    ):
        ctx.passed_over = end  # "Las obras, iniciadas en marzo de 2023, sufrieron …": the
        return  # works' start, told in passing; the story is not there
    if direction(ctx.text, start, end, ctx.lang) == FUTURE and not _narrated_present(
        ctx, day.year, start, end
    ):
        return
    if _looks_back(ctx, day, start):
        ctx.passed_over = end
        return
    before = ctx.story
    ctx.extra.pop("story_jump", None)
    if before is not None and day.year - before.day.year >= _JUMP_YEARS and not is_bc(day.year):
        ctx.extra["story_jump"] = before  # perhaps a look ahead: ``_resumed``
    ctx.story = Anchor(day, precision)
    ctx.story_end = end
    first_past_story(ctx, day, end)


# The second year of a season or a fiscal year written astride two ("2018/19", "1986-87").
_SPLIT_YEAR = re.compile(r"[/–-]\d\d(?:\d\d)?\b")


def _looks_back(ctx: Context, day: date, start: int) -> bool:
    story = ctx.story
    return story is not None and day < story.day and "\n" not in ctx.text[ctx.story_end : start]


def moved(ctx: Context, day: date, precision: str, start: int, end: int) -> None:
    """A yearless or anaphoric date placed in the story: the story goes on from it, unless
    it is a plan ("which would be signed late the following year")."""
    if direction(ctx.text, start, end, ctx.lang) == FUTURE:
        return
    if _flashback(ctx, day, start, end) or _compared(ctx, start):
        ctx.passed_over = end  # "the next day" still counts from the story's day
        return
    ctx.extra.pop("story_jump", None)  # the story goes on from here
    ctx.story = Anchor(day, precision)
    ctx.story_end = end


def _flashback(ctx: Context, day: date, start: int, end: int, finest: str = "day") -> bool:
    """Is ``day``, before the story's day, told in the past perfect ("The strike had ended a
    week earlier, on 3 March")? A look back: the story stays where it was. (A story known to
    ``finest`` or finer: "In May 1971 … He had arrived in 1968" looks back from May 1971.)"""
    told = ctx.story
    if told is None or RANK[told.precision] < RANK[finest] or day >= told.day:
        return False
    return told_in_past_perfect(ctx, start, end)


def _compared(ctx: Context, start: int) -> bool:
    """Does the date at ``start`` only compare ("compared to the carnage of November")?"""
    return _cues(ctx.lang).compared.search(ctx.text, max(0, start - 60), start) is not None


def present(ctx: Context, start: int | None = None, end: int | None = None) -> None:
    """A deictic expression: the text reports the present; the story ends here, unless the
    expression at ``text[start:end]`` only says when a past story was told ("…," she told
    me this summer): the interview is the writer's, the story goes on where it was, and an
    anaphor after it ("that summer") counts from the story (``story_relative.reference``)."""
    if start is not None and end is not None and _told_when(ctx, start):
        ctx.passed_over = end
        return
    # the text reports a present: ``story_relative.aside``, ``now``
    ctx.extra["news_told"] = True
    opened_with_news(ctx)  # and perhaps opened with it: ``news_background``
    if ctx.story is not None:
        # an anaphor may take it up: ``story_relative.resumed``
        ctx.extra["ended_story"] = ctx.story
    ctx.story = None


def _told_when(ctx: Context, start: int) -> bool:
    """Does the deictic expression at ``start`` date the words just quoted, in a story of a
    past year ("…," she told me this summer)? It dates the telling, not the story. ("The
    firm said it made 900 trucks last month" reports news: the story ends there.)"""
    story = ctx.story
    if story is None or story.day.year >= ctx.dct.year:
        return False
    opened = ctx.text.rfind("\n", 0, start) + 1
    said = _cues(ctx.lang).quote_told.search(ctx.text, max(opened, start - 40), start)
    if said is None:
        return False
    before = ctx.text[max(opened, said.start() - _QUOTED_BEFORE) : said.start()]
    return any(mark in before for mark in QUOTE_MARKS)


# How far before the verb of saying the quotation it attributes may close ('…," she told').
_QUOTED_BEFORE = 30
