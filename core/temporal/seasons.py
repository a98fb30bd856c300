"""Resolvers for seasons: "last summer", "the following autumn", "in spring 2024", "Осенью".

Each takes the rule's match, the document context and the span, and returns ``(type, value)``
or ``None`` when the word is no season of the calendar ("prices fall", "Winter Olympics").
The words they read are the document's language's (``core.lang.<code>.calendar`` and
``.cues``; compiled in ``core.temporal.periods``).
"""

from __future__ import annotations

import re
from datetime import date

from core.temporal import story, story_relative
from core.temporal.calendar import RANK, Anchor, Context
from core.temporal.frames import frame_year
from core.temporal.periods import _Cues, _cues
from core.temporal.tense import FUTURE, PAST, direction, reported_future

Resolved = tuple[str, str] | None

_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
# Where a sentence starts: a capital there is no sign of a name ("Осенью откроется …"; a
# language whose bare seasons need a preposition, as English's do, never gets that far).
_PHRASE_END = re.compile(r"\s*(?:[.,;:!?)]|$)")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)[\"'“«]?$")


def resolve_season(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    cues = _cues(ctx.lang)
    t = cues.words
    word = m["season"]
    rel = " ".join((m["rel"] or "").lower().split())
    bare = not (m["mod"] or m["mod2"] or rel or m["year"] or m["spelled"])
    # German capitalises every noun; a season opening a sentence ("Осенью …") is no name
    named = (
        word[0].isupper()
        and not t.NOUNS_CAPITALISED
        and not _SENTENCE_START.search(ctx.text, max(0, start - 4), start)
    )
    # ... but "refused to join the navy in Spring.": after a preposition, closing its phrase
    closing = cues.season_prep.search(ctx.text[max(0, start - 8) : start]) and _PHRASE_END.match(
        ctx.text, end
    )
    # "the main summer offensive", "Meade's fall campaign": the season of a happening
    happening = bare and cues.season_event_after.match(ctx.text, end)
    if happening:
        pass
    elif bare and (not closing if named else word.lower() in t.COMMON_WORD_SEASONS):
        return None  # "Winter Olympics", "prices fall", "a spring"
    elif bare and not cues.season_prep.search(ctx.text[max(0, start - 8) : start]):
        return None  # "red winter wheat", "summer clothes"
    if rel == "the" and word.lower() in t.NOT_SEASON_AFTER_THE and not (m["year"] or m["mod2"]):
        return None
    if not happening and _season_in_name(m, cues, ctx.text, end):
        return None
    if not (m["year"] or m["spelled"] or rel or happening) and cues.season_kind_before.search(
        ctx.text, max(0, start - 30), start
    ):
        return None  # "after a wet autumn": a kind of season, no time of the calendar
    code = cues.calendar.SEASONS[word.lower()]
    first = _SEASON_START[code]
    follow = (m.groupdict().get("follow") or "").lower()  # "the winter before"
    follows = t.SEASON_FOLLOWING.get(rel) or t.SEASON_FOLLOWING.get(follow)
    told_next = not follows and _next_told(ctx, rel, start, end)
    if told_next:  # "Следующей весной лёд начал ломаться" in a story of 1975: its spring
        follows = 1
    if follows and ctx.anchor:  # "the following autumn": the next one after the last date
        # (or after the story's, when that date was told in passing: "In 1972 …, founded in
        # 1891, … The following spring")
        after = story_relative.reference(ctx, start, end, "year") or ctx.anchor
        if told_next and _story_finer(ctx, start, end):
            after = ctx.story  # "в январе, а в 1976 году … Следующей весной": January's
        # a year told whole is over before its following season ("In 1972 … The following
        # spring": 1973), a year before it is not yet begun ("the spring before": 1971)
        whole = after.precision == "year" and follows > 0
        year = _season_from(date(after.day.year, 11, 30) if whole else after.day, first, follows)
        ctx.mention(date(year, first, 1), "quarter", end)
        story.moved(ctx, date(year, first, 1), "quarter", start, end)
        return "DATE", f"{year:04d}-{code}"
    if m.groupdict().get("yrel"):  # "the spring of next year"
        return _season_of_year(m, ctx, code, start, end)
    step = t.RELATIVE_STEP.get(rel)
    framed = None if step is not None or m["year"] or m["spelled"] else frame_year(ctx, start)
    if framed is not None:  # "торік навесні", "l'an dernier au printemps": that year's spring
        ctx.mention(date(framed, first, 1), "quarter", end)
        return "DATE", f"{framed:04d}-{code}"
    told = story.year(ctx, start, end) if step is None else None
    placed = ctx.story if told is not None else None  # the time that gives the season's year
    if rel in t.SEASON_ANAPHORA and ctx.anchor and RANK[ctx.anchor.precision] >= RANK["year"]:
        # "in 1975; … overrun that same spring" (not "…, she said this month. … that summer")
        placed = story_relative.reference(ctx, start, end, "year") or ctx.anchor
        told = placed.day.year
    again = story_relative.resumed(ctx, end) if rel in t.SEASON_ANAPHORA and not m["year"] else None
    if again is not None:
        placed = again  # "In April 1994 … (an interview today) … that summer": 1994
        told = again.day.year
    said = story_relative.said_then(ctx, start, end) if step is not None else None
    deictic = step is not None and said is None and not (m["year"] or m["spelled"])
    if deictic and story_relative.quoted_then(ctx, start, end):
        return "DATE", f"XXXX-{code}"  # "… by next summer," he said in 1969
    if step is not None and said is None:
        story.present(ctx, start, end)
    now = said.day if said else ctx.dct  # "next summer" said on 10 September 2007: 2008's
    year = now.year
    if m["year"] or m["spelled"]:
        year = int(m["year"]) if m["year"] else cues.calendar.spelled_year(m["spelled"])
    elif told is not None:
        year = _season_reached(ctx, placed, first) if placed else told
    elif step == -1:
        year = year if first + 3 <= now.month else year - 1
    elif step == 1:
        year = year if first > now.month else year + 1
    elif code == "WI" and ctx.dct.month <= 2:
        year -= 1  # in January, "the winter" began last December
    elif step != 0 and first > ctx.dct.month:
        # "said the summit in the summer would be a forum" in April: the coming summer
        past = direction(ctx.text, start, end, ctx.lang) == PAST
        year -= past and not reported_future(ctx.text, start, end, ctx.lang)
    elif step == 0 and first + 3 <= now.month and not said:
        # "Democrats plan to push the bill this spring" said in December: the coming spring
        year += direction(ctx.text, start, end, ctx.lang) == FUTURE
    elif step is None and first + 3 <= ctx.dct.month and t.SEASON_OVER_AHEAD:
        # "Строительство начнётся весной" said in October: this year's spring is over
        year += direction(ctx.text, start, end, ctx.lang) == FUTURE
    ctx.mention(date(year, first, 1), "quarter", end)
    if m["year"] or m["spelled"]:
        story.written(ctx, date(year, first, 1), "quarter", start, end)
    elif _after_story(ctx, placed, date(year, first, 1)):
        # "in August 2021. Over the winter …; in March …": March after that winter, 2022's
        ctx.extra["season_told"] = end  # (``season_months.season_since``)
    return "DATE", f"{year:04d}-{code}"


def _after_story(ctx: Context, placed: Anchor | None, season: date) -> bool:
    """Does a yearless season placed from the story's time (``placed``) lie after it?"""
    told = ctx.story
    return placed is not None and told is not None and placed.day == told.day < season


def _season_reached(ctx: Context, told: Anchor, first: int) -> int:
    """The year of the season opening in month ``first`` that a story at ``told`` places:
    the story's year ("in August 2021 … over the winter": 2021's, from December; "in July
    1990 … that spring the wells had run dry": 1990's, a look back), but the winter a story
    of January or February is in began the December before ("on 12 January 2017 … that
    winter": 2016's), unless a later date was named since ("in January 1919 …, by the
    middle of summer … before the winter": 1919's)."""
    day = told.day
    if RANK[told.precision] < RANK["month"] or first != 12 or day.month > 2:
        return day.year
    later = ctx.anchor is not None and ctx.anchor.day > day
    return day.year - (not later)


def _next_told(ctx: Context, rel: str, start: int, end: int) -> bool:
    """Is "next" before a season the story's "the following" ("Наступної весни вона
    домоглася …"): in a language whose "next" told in the past is both
    (``NEXT_IN_PAST_FROM_LAST_DATE``), in a sentence told in the past, after a date?"""
    return story_relative.next_told(ctx, rel, start, end)


def _story_finer(ctx: Context, start: int, end: int) -> bool:
    """Does the story, told in the past, know its time more finely than the last date named
    (a month against a bare year told in passing: "похоронили в январе, а в 1976 году
    поставили знак")? A year as fine as the story's moves it on ("в 2015 году окончил школу,
    а в 2018 году женился. Следующей весной …" is 2019's)."""
    told, last = ctx.story, ctx.anchor
    if told is None or last is None or RANK[told.precision] <= RANK[last.precision]:
        return False
    return story.year(ctx, start, end) is not None


def _season_from(day: date, first: int, step: int) -> int:
    """The year of the season opening in month ``first`` next after (``step`` 1) or last
    before (-1) the season ``day`` falls in ("November 1975 … the following autumn": 1976).

    >>> _season_from(date(1975, 11, 22), 9, 1), _season_from(date(1975, 11, 22), 12, 1)
    (1976, 1975)
    >>> _season_from(date(1975, 5, 2), 6, 1), _season_from(date(1975, 5, 2), 3, -1)
    (1975, 1974)
    """
    # seasons counted in a row, four a year, winter last (December to February)
    now = (day.year - 1) * 4 + 3 if day.month < 3 else day.year * 4 + (day.month - 3) // 3
    wanted = (first - 3) // 3
    if step > 0:
        return (now + 1 + (wanted - now - 1) % 4) // 4
    return (now - 1 - (now - 1 - wanted) % 4) // 4


def _season_in_name(m: re.Match[str], cues: _Cues, text: str, end: int) -> bool:
    """Is the season part of a name, as a capitalised noun straight after it shows?

    "last summer Putin said" still is a season: a relative word makes it a date. A capitalised
    season needs nothing more ("The Summer of Love", "the Winter 2022 Olympics").
    """
    named_after = cues.season_name_after.match(text, m.end("season")) or (
        m["year"] and m["season"][0].isupper() and cues.season_name_after.match(text, end)
    )
    if not named_after:
        return False
    rel = (m["rel"] or "").lower()
    return m["season"][0].isupper() or (rel in ("", "the") and not (m["mod"] or m["mod2"]))


def _season_of_year(m: re.Match[str], ctx: Context, code: str, start: int, end: int) -> Resolved:
    """ "the spring of next year": that season of the year after the one it was said in."""
    said = story_relative.said_then(ctx, start, end)
    if said is None and story_relative.quoted_then(ctx, start, end):
        return "DATE", f"XXXX-{code}"  # "… by the spring of next year," he said in 1969
    step = _cues(ctx.lang).words.RELATIVE_STEP[m["yrel"].lower()]
    if said is None and story_relative.next_told(ctx, m["yrel"].lower(), start, end):
        # "Восени рада ухвалила … Будівництво почалося навесні наступного року": the spring
        # of the year after the last date told, as "the following year" is
        after = story_relative.reference(ctx, start, end, "year") or ctx.anchor
        year = after.day.year + step  # type: ignore[union-attr]
        ctx.mention(date(year, _SEASON_START[code], 1), "quarter", end)
        story.moved(ctx, date(year, _SEASON_START[code], 1), "quarter", start, end)
        return "DATE", f"{year:04d}-{code}"
    if said is None:
        story.present(ctx)
    year = (said.day if said else ctx.dct).year + step
    ctx.mention(date(year, _SEASON_START[code], 1), "quarter", end)
    return "DATE", f"{year:04d}-{code}"
