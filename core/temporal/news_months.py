"""The news's own months: when a yearless month after a story of a few years back is rather
the last such month before publication ("The dam was breached in November 2021. | Repairs
began in May." in August 2022: this May), and when the story keeps it. Asked by
``core.temporal.story.year``, only in a text that opened with its news (``opened_with_news``):
a history tells its own years.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from core.lang import words
from core.temporal.calendar import Anchor, Context, is_bc
from core.temporal.tense import fixed_ahead, sentence_bounds

# A story moves forward: a month this many months or more before the story's own is next
# year's ("In December 1941 ... In January" is 1942's; "In June 1941 ... in May" is not).
BEHIND = 8


@dataclass(frozen=True, slots=True)
class _Cues:
    past_perfect: re.Pattern[str]
    speech_after: re.Pattern[str]


@cache
def _cues(lang: str) -> _Cues:
    t = words(lang, "cues")
    return _Cues(
        re.compile(t.PAST_PERFECT, re.IGNORECASE),
        re.compile(t.SPEECH_BEFORE_PERFECT, re.IGNORECASE),
    )


# How many months before publication a yearless month may be read as the news's own.
RECENT_MONTHS = 3


def into_this_year(ctx: Context, start: int, end: int, month: int) -> bool:
    """Whether a yearless ``month``, told in the plain past after a story of last year's month
    later in the calendar, moves the story on into this year ("The hall was shut in June 2024.
    The council opened a review in March." in May 2025: this March, not the March before the
    shutting; "it had opened in March", a past perfect, looks back into 2024)."""
    story = ctx.story
    if story is None or story.day.year != ctx.dct.year - 1:
        return False
    if not month < story.day.month or not 0 <= ctx.dct.month - month <= RECENT_MONTHS:
        return False  # (a history's "In May" after its "June 2008" stays in 2008)
    return not told_in_past_perfect(ctx, start, end)


# A story this many years before publication, or fewer, is the news's background.
BACKGROUND_YEARS = 3
# How many months before publication a yearless month may lie to be the news's own.
NEWS_MONTHS = 6


def news_background(ctx: Context) -> Anchor | None:
    """The story, when it lies within the news's background years of publication in a text
    that opened with its news (``opened_with_news``); None for an older story, and for a
    history, which need not tell its years in order: one that never speaks of its present,
    or one that speaks of it only once its story is under way ("The siege began in March
    2007. … The camp, still open today, … | In May, …": the story's May)."""
    story = ctx.story
    if story is None or not 0 <= ctx.dct.year - story.day.year <= BACKGROUND_YEARS:
        return None  # (a year BC counts as one far ahead: ``calendar.is_bc``)
    return story if ctx.extra.get("news_lead") else None


def first_past_story(ctx: Context, day: date, end: int) -> None:
    """Note where the paragraph ends that first set a story of a year before publication,
    a date that ends at ``end``: the news must be reported by then (``opened_with_news``)."""
    if (day.year < ctx.dct.year or is_bc(day.year)) and "past_story_told" not in ctx.extra:
        cut = ctx.text.find("\n", end)
        ctx.extra["past_story_told"] = len(ctx.text) if cut == -1 else cut


def opened_with_news(ctx: Context) -> None:
    """The text reports its present at ``ctx.at``: it opened with its news if no story of a
    past year came before, or only in the same paragraph, the news's lead ("Dockers ended
    their strike on Monday. | It began in October 2021."; "The river rose in November 2021
    and flooded the bakery. On Monday its owners won damages."). A history opens in its
    past and speaks of its present, if ever, paragraphs later."""
    told = ctx.extra.get("past_story_told")
    if not isinstance(told, int) or ctx.at <= told:
        ctx.extra["news_lead"] = True


def told_in_past_perfect(ctx: Context, start: int, end: int) -> bool:
    """Is the sentence of ``text[start:end]`` told in the past perfect ("it had opened in
    March"): a look back from the story's time, not narration moving on? Not for a past
    perfect of reported words after the date ("On January 9 she told the court she had
    acted alone"): the telling is in the plain past, the words shift back with it."""
    left, right = sentence_bounds(ctx.text, start, end)
    cues = _cues(ctx.lang)
    for found in cues.past_perfect.finditer(ctx.text, left, right):
        if found.start() < end or not cues.speech_after.search(ctx.text, end, found.start()):
            return True
    return False


def fixed_by_the_news(ctx: Context, start: int) -> bool:
    """Whether the date at ``start`` is one the news fixed ahead ("The judge set sentencing
    for Dec. 14." after a backstory of a year or two back): placed from publication. A
    history never telling its present keeps its story's year, and so does a backstory older
    than the news's background ("The museum was robbed in 2009 … The judge set the trial for
    May 4": the trial of 2009's story)."""
    return news_background(ctx) is not None and fixed_ahead(ctx.text, start, ctx.lang)


def back_to_the_news(ctx: Context, start: int, end: int, month: int) -> bool:
    """Whether a yearless ``month`` told in the plain past, which the story of a few years
    back would put before its own month (a look back no past perfect marks), is rather the
    news's recent month: narration moves forward, so the text is back in the present ("The
    dig began in October 2020. … A survey of the site in March found …" in September 2022
    is this March; "In June 1941 … in May" in a history of 2009 stays 1941's). Only in a
    text that opened with its news ("published on Wednesday"): a history need not tell
    its years in order."""
    story = news_background(ctx)
    if story is None or not 0 < story.day.month - month < BEHIND:
        return False
    if (ctx.dct.month - month) % 12 > NEWS_MONTHS and not next_after_story(ctx, story, month):
        return False
    return not told_in_past_perfect(ctx, start, end)


def next_after_story(ctx: Context, story: Anchor, month: int) -> bool:
    """Whether the last ``month`` gone by at publication is also the first after the story's
    month: narration moving on and the news's past name the same month ("Her start came in
    May 2018. … gave her a job in January." in March 2019: January 2019 either way)."""
    year = ctx.dct.year - (month > ctx.dct.month)
    ahead = (year - story.day.year) * 12 + month - story.day.month
    return 0 < ahead <= 12


def news_month_new_paragraph(ctx: Context, start: int, end: int, month: int) -> bool:
    """Whether a yearless ``month`` told in the plain past, a paragraph after the story of the
    news's background, is the news's last such month, later than the story and either the
    first such month after it or one of the last few ("The dam was breached in November
    2021. | Repairs began in May." in August 2022: this May). A new paragraph of a news text
    may go back to its own months, but it may as well carry the story on ("… first raised in
    June 2020. | A consultation followed in September" in February 2022: 2020's September,
    not 2021's); a history that did not open with its present keeps its years."""
    story = news_background(ctx)
    if story is None or "\n" not in ctx.text[ctx.story_end : start]:
        return False
    year = ctx.dct.year - (month > ctx.dct.month)
    if (year, month) <= (story.day.year, story.day.month):
        return False
    recent = 0 < (ctx.dct.month - month) % 12 <= RECENT_MONTHS
    back = ctx.extra.get("news_month_end", -1) > ctx.story_end  # (already back since: "…
    # began in March, and in June …": June of the same news year)
    if not (recent or back or next_after_story(ctx, story, month)):
        return False
    if told_in_past_perfect(ctx, start, end):
        return False
    ctx.extra["news_month_end"] = end
    return True


def news_month_after_a_year(ctx: Context, start: int, end: int, month: int) -> bool:
    """Whether a yearless ``month`` told in the plain past, after a story that reached only a
    year of the news's background, is rather the news's recent month ("In 2015 the old depot
    flooded. On March 3 the board approved a new design." in April 2017: this March; a story
    of 1978 keeps it, and so does a history that did not open with its present, or a month more
    than a season before publication)."""
    story = news_background(ctx)
    if story is None or story.precision != "year":
        return False
    if not 0 < ctx.dct.month - month <= RECENT_MONTHS:
        return False  # (further back, "In 2015 … In January" may go on with the story; in
        # the publication's month, "On April 25" may lie after it, no past of the news)
    return not told_in_past_perfect(ctx, start, end)
