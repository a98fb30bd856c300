"""The time a text narrates: where a yearless or anaphoric expression takes its year from.

News reports the present: "on March 5" is the March 5 nearest the publication date, on the
side the tense says. A story told in the past (a backgrounder, an obituary, a court case, a
history) narrates its own time: after "On September 1, 1939, Germany attacked Poland" a bare
"early October" is 1939's, not the publication year's.

The tagger keeps the narrated time as it walks the text (``Context.story``):
- an explicit date with its year written sets it, unless it only names a thing ("the 1978
  resolution") or a plan ("a campaign planned for 1976");
- a yearless date placed in the story moves it on ("two days later" counts from there);
- a sentence that reports the present (present or future tense: ``tense.reports_present``)
  takes the publication date, and a deictic expression ("today", "this week", "on Monday"
  counted from publication) ends the story until the next explicit date.
A story in the publication year changes nothing: the publication date places those dates
as well, and better (it knows which side of publication they lie).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from core.lang import words
from core.temporal import frames, now
from core.temporal.calendar import RANK, Anchor, Context, is_bc
from core.temporal.news_months import (
    BACKGROUND_YEARS,
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
from core.temporal.tense import (
    FUTURE,
    PAST,
    QUOTE_MARKS,
    direction,
    present_paragraph,
    sentence_bounds,
    tells_past,
    told_as_done,
    will_said,
)


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
    return _Cues(
        re.compile(t.THING_BEFORE, re.IGNORECASE),
        re.compile(t.STORY_YEAR_FRAME),
        re.compile(t.REPORTED_ON, re.IGNORECASE),
        re.compile(t.STORY_ASIDE, re.IGNORECASE),
        re.compile(t.DAY_LATER),
        # "Nearly 20 years after the tsunami of December 26, 2004, …": the thing's date; the
        # story is not there (its weekday is not "on Tuesday" of that week)
        re.compile(words(lang, "anchors").COUNTED_THING_BEFORE, re.IGNORECASE),
        re.compile(t.COMPARED_BEFORE, re.IGNORECASE),
        re.compile(t.QUOTE_TOLD, re.IGNORECASE),
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
            ctx.extra["ended_story"] = ctx.story  # an anaphor may take it up: ``resumed``
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
        return None  # "pleaded guilty in May 2021 and testified last week": from publication
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
    it is a plan ("which would be declared early the next year")."""
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
    anaphor after it ("that summer") counts from the story (``reference``)."""
    if start is not None and end is not None and _told_when(ctx, start):
        ctx.passed_over = end
        return
    ctx.extra["news_told"] = True  # the text reports a present: ``aside``, ``now``
    opened_with_news(ctx)  # and perhaps opened with it: ``news_background``
    if ctx.story is not None:
        ctx.extra["ended_story"] = ctx.story  # an anaphor may take it up: ``resumed``
    ctx.story = None


# Blank space between two sentences.
_GAP = re.compile(r"\s*")


def aside(ctx: Context, start: int, end: int) -> bool:
    """Is the "today" at ``text[start:end]`` an aside in a story long past that the text
    goes on telling ("Elle avait 19 ans. Elle en a 69 aujourd'hui. « On pensait que c'était
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


def next_told(ctx: Context, rel: str, start: int, end: int) -> bool:
    """Is "next" (``rel``) before a month or season the story's "the following" ("Наступної
    весни вона домоглася …", "Наступного березня про неї написав журнал"): in a language
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
