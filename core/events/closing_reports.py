"""The news before a clause that an attribution closes.

"Greta will join the board, because all clubs agreed, the minister said Friday": the
attribution dates the sentence's news, the main clause, not the reason it closes; "The navy
will pursue its claim that rival yards cut prices, a spokesman said today": the claim's
content is the claim's, told with it; "Ada Berg is to be named, with two others, as envoy to
Chile, the palace said today": a phrase read as a clause, no verb but the saying's. The main
clause has no date of its own, as for news the attribution closes itself ("The bridge will
reopen, the council said today"). No condition ("will sell the plant if prices fall"), and
no other date in the sentence: a date of its own is the news's, or a thing's (never the report's
day for it). The openers are the language's (``REPORTED_AFTER_OPENERS``: "because", "porque",
"weil", "parce [que]"); German, whose attribution opens a clause of its own on its verb, is
read by ``core.events.told.said_after``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from types import ModuleType

from core import lang
from core.events.antecedents import clause_whens
from core.events.clause_roles import content_of_noun
from core.events.date_clauses import _in_attribution
from core.events.parse import Sentence, When, token_at
from core.events.tense_dates import told_now
from core.events.tokens import Clause


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def reported_main(s: Sentence, ci: int) -> tuple[Sentence, Clause, int, When] | None:
    """The main clause the attribution closing clause ``ci`` dates, where its title ends, and
    the attribution's date, with the sentence to read it in (the clause after it cut at the
    attribution); None when clause ``ci`` is no such clause."""
    c = _clauses(s.language)
    if ci == 0 or ci != len(s.clauses) - 1 or len(s.whens) != 1:
        return None
    main, *between, clause = s.clauses
    # (French "parce | que …": the opener's first word a clause of its own, with no verb)
    opener = between[0] if len(between) == 1 else clause
    if between and (
        len(between) > 1
        or opener.verb is not None
        or opener.end != clause.start
        or opener.opener.lower() not in c.REPORTED_AFTER_OPENERS
    ):
        return None
    when = s.whens[0]
    if main.opener or main.verb is None or clause_whens(s, main) or clause.verb is None:
        return None
    if clause_whens(s, clause) != [when] or not _in_attribution(s, clause, when):
        return None
    at = token_at(s.tokens, when.timex.start)
    comma = max((k for k in range(clause.start, at) if s.tokens[k].text == ","), default=None)
    if comma is None or any(t.lower in c.CONDITION_OPENERS for t in s.tokens[:comma]):
        return None  # "will sell the plant if prices fall, he said": no news, a condition
    if clause.verb > comma and not between:  # "… as envoy to Chile, the palace said": no verb
        return s, Clause(main.start, main.body, comma, main.opener, main.verb), comma, when
    if content_of_noun(s, clause) or opener.opener.lower() in c.REPORTED_AFTER_OPENERS:
        # ("rejected the rumour that …": what the rumour holds, up to the attribution)
        cut = Clause(clause.start, clause.body, comma, clause.opener, clause.verb)
        return replace(s, clauses=[main, *between, cut]), main, opener.start, when
    return None


def foreseen(title: str, language: str) -> bool:
    """Whether the main clause told now or ahead is a forecast of a measure ("Profits will
    rise", "Lumo expects a loss"): no happening, as ``core.events.forecasts`` reads one."""
    c = _clauses(language)
    words = [w.lower() for w in _WORD.findall(title)]
    if not told_now(title, language):
        return False
    verb = next((k for k, w in enumerate(words) if w in c.AUX or w in c.FORESEEING), len(words))
    return any(w in c.FORESEEN_MEASURES for w in words[:verb]) or any(
        w in c.FORESEEING for w in words
    )


_WORD = re.compile(r"[^\W\d]+(?:['’][^\W\d]+)?")
