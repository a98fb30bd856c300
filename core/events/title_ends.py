"""Where a title stops: the phrase at which a title past about 70 characters is cut, and what a

cut may not leave behind — a bare verb, a verb that lost its complement, an article or a
preposition dangling, an unbalanced bracket. ``core.events.titles`` builds the title.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from itertools import accumulate
from types import ModuleType

from core.events.complement_cuts import (
    complement_beyond,
    complement_cut,
    keeps_complement,
    purpose_cut,
    without_phrases_before_complement,
)
from core.events.hedged_counts import counted_word
from core.events.infinitives import infinitive_at
from core.events.middle import genitive_cut, without_a_phrase
from core.events.object_heads import object_head
from core.events.saying_phrases import cut_after_saying_phrase
from core.events.title_compress import compressed
from core.events.title_wholes import reciprocal_edge
from core.events.title_words import (
    EDGE_PUNCT,
    after_article,
    agent_of_participle,
    dangles,
    ends_fixed_phrase,
    gerund_cut,
    inside_proposition,
    margin_then_aim,
    object_then_infinitive,
    ranked_noun,
    result_verb_before,
)
from core.events.tokens import glue_quotes
from core.events.well_formed import (
    amount_cut,
    ends_wanting_object,
    identity_cut,
    infinitive_reaches,
    part_cut,
    reported_subject_cut,
    subject_left_hanging,
)

MAX_CHARS = 70
OVERFLOW_CHARS = 15  # how far past ``MAX_CHARS`` a title may run when no cut leaves it whole
_EDGE_PUNCT = EDGE_PUNCT
_NOMINAL = frozenset(("NOUN", "ADJ"))


@cache
def _cut_before(c: ModuleType) -> frozenset[str]:
    """Words a phrase starts at: a long title may end just before one."""
    return c.PREPOSITIONS | c.TITLE_CUT_BEFORE


def _first_participle_phrase(predicate: list[str], c: ModuleType) -> int:
    """Where the first of two participle phrases one auxiliary heads ends, in a language that
    puts the participle last ("hatte die Region besucht und schnelle Hilfe versprochen": 4),
    or 0: the first is whole on its own."""
    if not c.VERB_LAST or not predicate or predicate[0].lower() not in c.AUX:
        return 0
    last = predicate[-1].strip(_EDGE_PUNCT)
    if not (c.is_participle(last) or (last.isalpha() and last.islower())):
        return 0  # (a lower-case word closing the group is its verb: nouns are capitalised)
    return next(
        (
            k
            for k in range(2, len(predicate) - 1)
            if predicate[k].lower() in c.COORDINATORS and c.is_participle(predicate[k - 1])
        ),
        0,
    )


def _finish(
    subject: list[str], predicate: list[str], max_chars: int, c: ModuleType,
    before_infinitive: bool = False, named_only: bool = False,
) -> str:  # fmt: skip
    """The title, cut at a phrase start to fit ``max_chars``; "" when no cut leaves a phrase
    whole (the caller may try a shorter subject), or, ``named_only``, when the only cut
    leaves a noun without the "of" that says what it is. What a headline drops goes first
    ("will vote [on March 3] whether …"), unless the title cut without dropping it keeps
    more of the rest ("plan the opening of 40 stores | [in the coming 18 months] and
    completion …": the drop joins the pair, which no cut may split)."""
    plain = _cut_title(subject, predicate, max_chars, c, before_infinitive, named_only)
    words = [*subject, *predicate]
    if len(_join(words)) <= max_chars:
        return plain
    shorter = compressed(words, len(subject) + 1, c, max_chars)
    if len(shorter) == len(words):
        return plain
    title = _cut_title(
        subject, shorter[len(subject) :], max_chars, c, before_infinitive, named_only
    )
    dropped = Counter(w.lower() for w in words) - Counter(w.lower() for w in shorter)
    rest = Counter(w.lower() for w in plain.split()) - dropped
    return title if title and len(title.split()) >= sum(rest.values()) else plain


def _cut_title(
    subject: list[str], predicate: list[str], max_chars: int, c: ModuleType,
    before_infinitive: bool = False, named_only: bool = False,
) -> str:  # fmt: skip
    """The title ``_finish`` gives, the words as they are."""
    words = [*subject, *predicate]
    keep = len(subject) + 1  # the subject and the verb stay whatever the length
    too_long = len(_join(words)) > max_chars
    first = _first_participle_phrase(predicate, c) if too_long else 0
    if first:  # German "hatte die Region besucht | und schnelle Hilfe versprochen"
        return _finish(subject, predicate[:first], max_chars, c, before_infinitive, named_only)
    cut = len(predicate) > 2 and too_long
    tail = _verb_tail(words, keep, c) if cut else []
    long = c.VERB_LAST and too_long
    shorter = without_a_phrase(words, keep, len(tail), max_chars, c) if long else None
    if shorter:  # German "haben [in ganz Niedersachsen] gegen die Sparpläne protestiert"
        words, tail, cut = shorter, [], False  # only phrases with a preposition went
    if tail:  # German "mussten wegen … | unterbrochen werden": the cut keeps the last verbs
        words, max_chars = words[: -len(tail)], max_chars - len(_join(tail)) - 1
    if len(_join(words)) > max_chars:
        fits = _fitting_cuts(words, keep, max_chars)
        starts = [
            k
            for k in fits
            if (_phrase_starts(words, k, c, before_infinitive) or genitive_cut(words, k, c))
            # not German "trafen sich mit | der Spitze …": a title ends on no preposition
            and not (c.VERB_LAST and words[k - 1].lower() in c.TITLE_DANGLING)
        ]
        if not starts:
            return ""
        # not "sought through talks | to delay …" (the verb's infinitive), nor "investigate a
        # series | of fires" (the noun's "of") while another cut leaves the clause whole
        reaches = infinitive_reaches(words, len(subject), c)
        starts = [k for k in starts if not any(v < k <= to for v, to in reaches)]
        # nor "showed the jobless rate | for women fell …": what was shown lost its verb
        starts = [k for k in starts if not reported_subject_cut(words, len(subject), k, c)]
        # nor "made it clear | that …": what it made clear
        starts = [k for k in starts if not cut_after_saying_phrase(words[:k], words[k:], c)]
        if not starts:
            return ""
        # nor "put the pier | on the list" while a cut further on keeps the list
        lost = [k for k in starts if complement_cut(words, len(subject), k, c)]
        starts = [k for k in starts if not lost or k > lost[0]] or starts
        # not "closed the offer early in view | of …", "played down the significance | of …":
        # a noun after "the" or a bare one after a preposition waits for its "of"
        whole_nouns = [k for k in starts if not _waits_for_of(words, k, c)]
        if not whole_nouns and max_chars < MAX_CHARS + OVERFLOW_CHARS:
            # "suggested the presence | of a solvent": a little long says what was present
            longer = _cut_title(
                subject, predicate, MAX_CHARS + OVERFLOW_CHARS, c, before_infinitive, named_only
            )
            if longer and not _still_waits_for_of(words, longer, keep, c):
                return longer
        wanting = whole_nouns and ends_wanting_object(words[: max(whole_nouns)], len(subject), c)
        starts = starts if wanting else whole_nouns or starts  # "will result | in a charge"
        if max_chars < MAX_CHARS + OVERFLOW_CHARS and amount_cut(words, max(starts), c):
            # "bought 5,000 tonnes | of rye": a little long names the goods, if it can
            longest = MAX_CHARS + OVERFLOW_CHARS
            longer = _cut_title(subject, predicate, longest, c, before_infinitive)
            if _names_amount(words, max(starts), len(longer.split()), c):
                return longer
        # ("will auction a total | of 3.2 bln francs": a count of nothing, a figure after it or not)
        clean = [k for k in starts if not identity_cut(words, k, c) and not _count_cut(words, k, c)]
        last = words[max(clean) - 1].lower().strip(_EDGE_PUNCT) if clean else ""
        bare = bool(last) and c.is_past(last) and "NOUN" not in c.lemmas(last)  # "issued | …"
        if clean and not bare and not _verb_only(words[len(subject) : max(clean)], c):
            starts = clean  # not "resulted | from a revision": the verb alone is worse
        elif (
            part_cut(words, max(starts), c)
            or _count_cut(words, max(starts), c)
            or (named_only and identity_cut(words, max(starts), c))
        ):
            return ""  # "said one | of its plants", "indicated a number | of": a count of nothing
        elif identity_cut(words, max(starts), c):
            # "tried to halt a run | of factory closures": whole, a little long, if it can be
            longer = max(max_chars, MAX_CHARS + OVERFLOW_CHARS)
            title = _finish(subject, predicate, longer, c, before_infinitive, named_only=True)
            if title:
                return title
        # "Police and protesters clashed | in a part of …": a verb cut before a preposition
        # took no object, and reads whole without the phrase
        at = max(starts)
        relative = at > 2 and words[at - 2].lower() in c.SUBJECT_RELATIVES | {c.THAT}
        earlier = [k for k in starts if k <= at - 2]
        if relative and earlier and c.is_past(words[at - 1].lower()):
            at = max(earlier)  # "released a report | that warned | of …": the relative goes
        infinitive = infinitive_at(words, at, c)
        agent = words[at].lower() == c.BY and c.is_participle(words[at - 1].lower())
        # "plans | to build", "was prompted | by the hostility": what the verb needs is cut
        # ("represents | about 40 pct": "about" hedges the object's figure, no phrase opens)
        hedge = words[at].lower() in c.FIGURE_HEDGES and words[at + 1 : at + 2] != []
        hedge = hedge and counted_word(words[at + 1], c)  # ("about one-third", "about 40")
        # (Spanish "ha convocado | a los alcaldes": the "a" of a person, the verb's object)
        marks = words[at].lower() in c.OBJECT_PREPOSITIONS
        cut = cut and (
            words[at].lower() not in c.PREPOSITIONS or infinitive or agent or hedge or marks
        )
        if words[at - 1].lower() in c.SCHEDULED and c.TO in (w.lower() for w in words[at:]):
            return ""  # "is expected | for the first time to ask …": what is expected is gone
        if not before_infinitive and _asked_infinitive_after(words, len(subject), at, c):
            return ""  # "sent two inspectors | from head office to audit …": a little long beats it
        if max_chars <= MAX_CHARS and gerund_cut(words[len(subject) :], at - len(subject), c):
            return ""  # "began delving | into …": a little long beats the bare gerund
        if max_chars <= MAX_CHARS and purpose_cut(words, len(subject), at, c):
            # "adopted a plan | to curb rents": a little long keeps what the plan is for
            longer = MAX_CHARS + OVERFLOW_CHARS
            title = _cut_title(subject, predicate, longer, c, before_infinitive, named_only)
            aim = [w.lower() for w in title.split()[at + 1 :]]
            # (not "a bid to build on the site will go | before …": the main verb, cut short)
            whole = aim and aim[-1].strip(_EDGE_PUNCT) == predicate[-1].lower().strip(_EDGE_PUNCT)
            if len(aim) > 1 and (whole or (not set(aim) & c.AUX and _purpose_closes(title, c))):
                return title
        if max_chars <= MAX_CHARS and complement_cut(words, len(subject), at, c):
            # "described the plant | as a relic": a little long keeps what it was described as
            longer = MAX_CHARS + OVERFLOW_CHARS
            title = _cut_title(subject, predicate, longer, c, before_infinitive, named_only)
            if title and not complement_cut(title.split(), len(subject), len(title.split()), c):
                return title
        elif max_chars <= MAX_CHARS and complement_beyond(words, len(subject), at, c):
            # "put the losses | from the gale in the hills at 4 mln dlrs": the same, when the
            # cut dropped a phrase or two before the one the verb needs
            longer = MAX_CHARS + OVERFLOW_CHARS
            title = _cut_title(subject, predicate, longer, c, before_infinitive, named_only)
            if title and keeps_complement(title.split(), len(subject), c):
                return title
            shorter = without_phrases_before_complement(words, len(subject), at, c)
            title = _cut_title(subject, shorter[len(subject) :], max_chars, c, before_infinitive)
            if (
                len(shorter) < len(words)
                and title
                and keeps_complement(title.split(), len(subject), c)
            ):
                return title
        words = words[:at]
    words = [*(_trim(words, keep, c) if tail else words), *tail]  # "gegen | protestiert"
    if tail and len(words) > len(tail) and words[-len(tail) - 1].lower() in c.PREPOSITIONS:
        return ""  # "sei mit | eingestuft worden": the cut left the phrase's preposition
    whole = words
    words = _trim(words, keep, c)
    if _phrase_before_clause_link(whole[len(words) :], c):
        cut = False  # "would be balloted | on whether [to …]": the verb took no object
    if (
        len(words) > keep + 2
        and words[-2].lower() in c.COORDINATORS
        and _bare_verb_of(words[-1], c)
    ):
        words = words[:-2]  # "öffnen ihre Tore und dauern [bis Sonntag]": its date went
    full = [*subject, *predicate]
    hanging_at = subject_left_hanging(words, full[len(words) :], len(subject), c)
    if hanging_at < 0:
        return ""  # "… and payment date | is [March 17]": the date was the second clause's
    words = words[:hanging_at] if hanging_at else words  # "faded | and interest rates …"
    popped = whole[len(words) :]
    if (
        popped
        and popped[0].lower() in c.DETERMINERS | c.PARTITIVES
        and _verb_only(words[len(subject) :], c)
    ):
        return ""  # "closed [all of] …": the verb's object went with the cut
    if _lost_complement(whole[len(words) :], whole[: len(words)], c):
        return ""  # "is expected to be", "brought sales 12 pct below": the news is gone
    while len(words) > len(subject) + 1 and (
        _near_adverb(words[-1].lower(), c) or words[-1].lower() in c.TITLE_END_HEDGES
    ):  # "brought them to the surface shortly [before dawn]": the time's; "would be
        words = words[:-1]  # phased in possibly [from …]": the hedge's
    last = words[-1].lower()
    hanging = last in c.TITLE_DANGLING if len(words) <= keep else dangles(words, c)
    only_auxiliaries = all(  # "The Commission had actually [approved …]" ("apply", "rely":
        w.lower() in c.AUX  # verbs ending like an adverb)
        or w.lower() in c.ADVERBS
        or (w.lower().endswith(c.ADVERB_ENDING) and "VERB" not in c.lemmas(w.lower()))
        for w in words[len(subject) :]
    )
    if hanging or only_auxiliaries or (cut and _verb_only(words[len(subject) :], c)):
        return ""  # "Year ended", "The department estimated": the clause is missing
    if _reported_without_verb(words[len(subject) :], c):
        return ""  # "A spokesman said although the funds now [due …]": what was said, cut
    if ends_wanting_object(words, len(subject), c):
        if not words[-1].lower().endswith(c.GERUND) or len(words) < len(subject) + 3:
            return ""  # "Teck Hock owes [over 100 mln dlrs]": what the verb takes, cut
        words = words[:-1]  # "issued a report | showing [that …]": the object's participle
    elif len(full) > len(words) > len(subject) + 3 and _noun_then_participle(words[-3:], c):
        words = words[:-1]  # "to fly to Oslo for talks | focusing [on …]": its phrase was cut
    if words == full[: len(words)]:  # "was expected to supply | roughly 15 pct": its object
        head = object_head(words, full[len(words) :], len(subject), c)
        if head and len(_join([*words, *head])) <= MAX_CHARS + OVERFLOW_CHARS:
            words = [*words, *head]
    title = _join(words).strip(_EDGE_PUNCT.replace(")", "").replace("”", ""))
    title = _balance(_without_open_bracket(title))
    if not c.SPACED_GUILLEMETS:  # "«Северная звезда»" as written, French "« … »" apart
        title = re.sub(r"«\s+", "«", re.sub(r"\s+»", "»", title))
    return title[:1].upper() + title[1:]


def _names_amount(words: list[str], at: int, end: int, c: ModuleType) -> bool:
    """Whether a longer title of ``end`` words names the goods of the amount cut before
    ``words[at]``: it reaches past that "of", ends on no other amount's, and joins no second
    clause or item ("handle 3,100 tonnes of cocoa [and Bravia 4,200 tonnes]", "provide 28,000
    dlrs of tools [and contains options]")."""
    if end <= at + 1 or (end < len(words) and amount_cut(words, end, c)):
        return False
    return not any(
        words[k].lower() in c.COORDINATORS
        and (words[k + 1][:1].isupper() or _bare_verb_of(words[k + 1], c))
        for k in range(at, min(end, len(words) - 1))
    )


def _noun_then_participle(last: list[str], c: ModuleType) -> bool:
    """Whether the last three words end on a lower-case noun and an "-ing" form that is no
    noun ("for talks focusing"): a participle whose phrase the cut took away; not a verb's
    own "-ing" object ("to stop spinning", "will keep running")."""
    before, noun, word = (w.lower() for w in last)
    forms = c.lemmas(word)
    participle = last[2].islower() and word.endswith(c.GERUND) and "NOUN" not in forms
    verb_before = before == c.TO or before in c.AUX
    return participle and last[1].islower() and "NOUN" in c.lemmas(noun) and not verb_before


def _asked_infinitive_after(words: list[str], verb: int, at: int, c: ModuleType) -> bool:
    """Whether a cut at ``at`` falls between a verb that takes an object and an infinitive
    and that infinitive ("told two inspectors | from head office to audit …"): what they
    were told to do goes."""
    to = next((k for k in range(at, len(words)) if words[k].lower() == c.TO), None)
    if to is None or not infinitive_at(words, to, c):
        return False
    asking = c.OBJECT_INFINITIVE_VERBS
    if any(set(c.lemmas(w.lower()).get("VERB", ())) & asking for w in words[at:to]):
        return False  # "phoned the depot | and begged its staff to …": that verb is after it
    return to > verb and object_then_infinitive(words, to, c)


def _count_cut(words: list[str], k: int, c: ModuleType) -> bool:
    """A cut before the "of" after a count ("had accepted all 14 | of", "will auction a
    total | of") or a measure its figure gives ("fell to an annual rate | of 4.2 bln dlrs"), not
    after a share, whose level may read whole ("brought water back to some 40% | of …":
    ``identity_cut`` judges it)."""
    before = words[k - 1].lower()
    share = before.endswith("%") or before in c.SHARE_UNITS
    after = words[k + 1] if k + 1 < len(words) else ""
    year = len(after) == 4 and after.isdigit()  # "the highest levels | of 1987": a time, no figure
    figure = (after[:1].isdigit() and not year) or after in c.FIGURE_HEDGES
    measure = words[k].lower() == c.OF and before in c.MEASURE_NOUNS and figure
    return measure or (not share and part_cut(words, k, c))


def _phrase_before_clause_link(popped: list[str], c: ModuleType) -> bool:
    """Whether the words trimmed off a title are a preposition and the word opening its clause
    ("on whether", "over if"): the phrase went whole, and the verb before it needed none."""
    if len(popped) != 2 or popped[0].lower() == c.TO:
        return False
    return popped[0].lower() in c.PREPOSITIONS and popped[1].lower() in c.TITLE_CLAUSE_LINKS


def _waits_for_of(words: list[str], k: int, c: ModuleType) -> bool:
    """Whether a cut before ``words[k]``, an "of", leaves a noun that needs it: after a
    definite or pointing word ("the significance | of", "este tipo | de") or bare after a
    preposition other than "of" ("in view | of"; "volúmenes de riego | de …" is a compound)."""
    if k < 2 or words[k].lower() != c.OF or not words[k - 1].islower():
        return False
    before = words[k - 2].lower()
    return before in c.ANAPHORIC or (before in c.PREPOSITIONS and before != c.OF)


def _still_waits_for_of(words: list[str], title: str, keep: int, c: ModuleType) -> bool:
    """Whether ``title``, cut from ``words``, ends on a noun that waits for the "of" after it."""
    last = title.split()[-1]
    return any(words[k - 1] == last and _waits_for_of(words, k, c) for k in range(keep, len(words)))


def _verb_tail(words: list[str], keep: int, c: ModuleType) -> list[str]:
    """The verbs that close a clause in a language that puts them last ("unterbrochen
    werden", "vorstellen"): [] in English."""
    if not c.VERB_LAST:
        return []
    n = len(words)
    while n > keep and words[n - 1].islower():
        lower = words[n - 1].lower()
        verbal = lower in c.AUX or lower in c.TITLE_PARTICLES or "VERB" in c.lemmas(lower)
        verbal = verbal or c.is_participle(lower)  # "bewertet [worden]": one the lexicon lacks
        if not verbal:
            break
        n -= 1
    if n - 2 >= keep and " ".join(words[n - 2 : n]).lower() in c.VERB_COMPLEMENTS:
        n -= 2  # "zu Ende | gegangen", "in Kraft | treten": the phrase goes with its verb
    return words[n:]


def _bare_verb_of(word: str, c: ModuleType) -> bool:
    """A lone finite verb, lower case, whose complement a title left out."""
    forms = c.lemmas(word.lower())
    return word.islower() and word.lower() not in c.AUX and "VERB" in forms and "NOUN" not in forms


def _lost_complement(popped: list[str], kept: list[str], c: ModuleType) -> bool:
    """Whether the words trimmed off a title took the news with them: a word whose
    complement carries it ("below", "primarily"), or an infinitive ("expected | to be")."""
    lower = [w.lower().strip(_EDGE_PUNCT) for w in popped]
    if len(kept) > 1 and kept[-2].lower() == c.TO and _linking(kept[-1].lower(), c):
        return True  # "is expected to be", "are expected to remain [the same]"
    if any(w in c.TITLE_LOST_AFTER for w in lower):
        return True
    if lower[:1] and lower[0] in c.DEMONSTRATIVES:
        return True  # "vowed to punish | those [who …]": the verb's object went with its clause
    if not lower or lower[0] != c.TO or not kept:
        return False
    before = kept[-1].lower()
    forms = c.lemmas(before)
    return before in c.AUX or c.is_past(before) or ("ADJ" in forms and "NOUN" not in forms)


def _linking(word: str, c: ModuleType) -> bool:
    """ "be", "remain", "become": a verb that says nothing without its complement."""
    return word in c.BE or bool(set(c.lemmas(word).get("VERB", ())) & c.LINKING_VERBS)


def _verb_only(predicate: list[str], c: ModuleType) -> bool:
    """A predicate of only its verb group: "are planning", "estimated"."""
    return all(w.lower() in c.AUX or w.lower() in c.ADVERBS for w in predicate[:-1])


def _phrase_starts(
    words: list[str], k: int, c: ModuleType, before_infinitive: bool = False
) -> bool:
    """Whether a phrase starts at ``words[k]`` and the words before it are whole; a cut
    between an object and its infinitive only ``before_infinitive``."""
    lower = words[k].lower()
    if (edge := reciprocal_edge(words, k, c)) is not None:
        return edge  # "300 miles | from each other | but …": not before the pair, after it
    if _second_measure(words, k, c):
        return True  # "a profit of 18.7 mln dlrs | or 0.52 dlrs a share": the same, per share
    elided = lower[: lower.find("'") + 1] or lower[: lower.find("’") + 1]  # "d'une": "d'"
    if (
        lower not in _cut_before(c)
        and elided not in _cut_before(c)
        and not words[k - 1].endswith(",")
    ):
        return False
    before = words[k - 1].lower()
    if before in c.AUX:
        return False  # "Mexico is | due to make …"
    if before in c.CLAUSE_OPENER_PAIRS and lower in c.TITLE_CUT_BEFORE:
        return False  # "rewrote the rules so | that …": the link is the clause's
    if _inside_equative(words, k, c):
        return False  # "went so far | as to predict …", "put as much | as 300 mln": one phrase
    figure = words[k + 1 : k + 2] and (words[k + 1][:1].isdigit() or words[k + 1] in c.NUMBER_WORDS)
    if lower in c.FIGURE_HEDGES and figure and k > 1 and words[k - 2].lower() in c.AUX:
        return False  # "will total | about one billion dlrs": the figure is what it totals
    numbers = [w.lower() for w in words[k - 1 : k + 2 : 2]]
    if lower in c.RANGE_LINKS and all(w[:1].isdigit() or w in c.NUMBER_WORDS for w in numbers):
        return False  # "in two | to three years": a range stays whole
    # (not "took the board to court | over …": a place's noun after "to", no infinitive)
    infinitive = k > 1 and infinitive_at(words, k - 2, c)
    infinitive = infinitive and words[k - 1].lower() not in c.BARE_PLACE_NOUNS
    if lower in c.TITLE_PARTICLES and infinitive:
        return False  # "an attempt to take | over Diamond": the particle is the verb's
    if k > 2 and infinitive:
        forms = c.lemmas(words[k - 3].lower())
        purpose = not object_then_infinitive(words, k - 2, c)  # not "expected the losses to"
        if purpose and ("VERB" not in forms or "NOUN" in forms):
            return False  # "held meetings to try | to ease …": a purpose left without its aim
    if k > 2 and words[k - 2].lower() in c.COORDINATORS and words[k - 1][:1].islower():
        return False  # "a dip in costs and a rise | in output": half a pair
    if k > 3 and words[k - 3].lower() in c.COORDINATORS and words[k - 2].lower() in c.ARTICLES:
        return False
    if lower == c.BY and agent_of_participle(words, k, c):
        return False  # "troops supported in some instances | by tanks"
    if (
        lower in c.NAME_LINKS
        and words[k - 1][:1].isupper()
        and words[k + 1 :][:1] != []
        and words[k + 1][:1].isupper()
    ):
        return False  # "Group | of Five": inside a name
    if words[k - 1].endswith(",") and _in_list(words, k, c):
        return False  # "in steel, | coal and timber": the list stays whole
    if words[k - 1].endswith(",") and after_article(words, k - 1, c):
        return False  # "a heavily wooded, | four-acre area": the noun is still to come
    forms = c.lemmas(before)
    verb_only = "VERB" in forms and "NOUN" not in forms
    adjective = "ADJ" in forms and "NOUN" not in forms
    modal = k > 1 and words[k - 2].lower() in c.MODALS | c.FUTURE
    after_modal = modal and "VERB" in forms  # "should plan", not "being close"
    adjective = adjective or before in c.ADJECTIVES_BEFORE_TO  # ("closer": a noun too)
    if lower == c.TO and (before in c.AUX or c.is_past(before) or verb_only or adjective):
        return False  # "is expected to", "is likely to": the infinitive is the news
    if lower == c.TO and after_modal:
        return False  # "should plan | to spend": the verb's aim
    # ("met here | to discuss …": a place, the infinitive a purpose the title may lose)
    manner = before in c.NEGATIONS or (bool(c.ADVERB_ENDING) and before.endswith(c.ADVERB_ENDING))
    manner = manner and set(forms) <= {"ADV"} and k > 1 and c.is_past(words[k - 2].lower())
    if lower == c.TO and manner and not before_infinitive and infinitive_at(words, k, c):
        return False  # "voted overwhelmingly | to make …", "decided not | to sell …"
    if lower in c.RESULT_PREPOSITIONS and not before_infinitive and result_verb_before(words, k, c):
        return False  # "voted to turn the old depot | into a museum": what it became
    if lower == c.TO and not before_infinitive and margin_then_aim(words, k, c):
        return False  # "voted 4-3 | to close the branch": what the vote was for
    if lower == c.TO and not before_infinitive and ranked_noun(words, k, c):
        return False  # "became the second pilot | to cross …": first at what, cut away
    if lower == c.TO and not before_infinitive and object_then_infinitive(words, k, c):
        return False  # "had urged the city council | to approve …": the news follows
    if inside_proposition(words, k, c):
        return False  # "wants the owners | of the flats to pay": never, what is wanted goes
    return not ends_fixed_phrase(words[:k], c)


def _inside_equative(words: list[str], k: int, c: ModuleType) -> bool:
    """Whether a cut before ``words[k]`` falls at or just after an equative's second "as"
    ("so far | as to", "so far as | to": the "as" would dangle and go too)."""
    return any(
        j > 1 and words[j].lower() == c.AS and words[j - 2].lower() in c.EQUATIVE_OPENERS
        for j in (k, k - 1)
    )


def _second_measure(words: list[str], k: int, c: ModuleType) -> bool:
    """Whether ``words[k]`` is the "or" that gives a figure again in another measure ("60.4 mln
    dlrs | or 1.43 dlrs a share", "five pct | or 12 mln dlrs"): the first figure says it."""
    if words[k].lower() not in c.COORDINATORS & c.RANGE_LINKS or k + 1 >= len(words):
        return False
    unit = words[k - 1]
    at = next((j for j in range(max(1, k - 4), k - 1) if words[j][:1].isdigit()), None)
    if at is None or words[at - 1].lower() in c.ARTICLES:
        return False  # "a 516,000 dlr | or 9 ct per share charge": the noun is still to come
    return words[k + 1][:1].isdigit() and unit.isalpha()


def _in_list(words: list[str], k: int, c: ModuleType) -> bool:
    """Whether the words from ``k`` are a list's next items up to its "and": short items of
    lower-case words or names ("in steel, | coal and timber", "offices in Oslo, | Bergen,
    Molde and Bodo"); a cut there leaves a list without its end."""
    item = 0
    for word in words[k : k + _LIST_ITEMS * c.LIST_ITEM_REACH]:
        if word.lower() in c.COORDINATORS:
            return True
        if word.lower() in c.AUX or not (word.islower() or word.istitle()):
            return False
        item = 0 if word.endswith(",") else item + 1
        if item >= c.LIST_ITEM_REACH:
            return False
    return False


_LIST_ITEMS = 3  # the items after the cut, the last one's "and" included


def _trim(words: list[str], keep: int, c: ModuleType) -> list[str]:
    """No dangling word at the end: "of the", "in order", "due", "and", "Corp's"."""
    words = list(words)
    popped = False
    while len(words) > keep and (
        dangles(words, c)
        or (popped and words[-1].lower() in c.PREPOSITIONS)
        or _phrase_participle(words, c)
    ):
        if _phrase_participle(words, c):
            verb = set(c.lemmas(words[keep - 1].lower()).get("VERB", ())) if keep else set()
            if verb & c.SPEECH_VERBS:
                break  # ("announced [that] a trader known …": what was said, no object)
            words, popped = _without_phrase_participle(words, keep, c), True
            continue
        words.pop()  # "would resign in [May]": a word gone, its preposition goes too
        popped = True
    return words


def _without_phrase_participle(words: list[str], keep: int, c: ModuleType) -> list[str]:
    """``words`` without their last, a phrase participle, and the adverbs before it ("the
    drugmaker now [known as …]")."""
    words = words[:-1]
    while len(words) > keep and words[-1].lower() in c.ADVERBS:
        words = words[:-1]
    return words


def _without_open_bracket(title: str) -> str:
    """``title`` up to a bracket it leaves open, when at least three words stand before it
    ("accepted 2,400 tonnes of rye (none a year earlier" → "accepted 2,400 tonnes of rye"):
    the bracket's words are an aside cut short, not the title's."""
    at = title.rfind("(")
    if at < 0 or ")" in title[at:] or len(title[:at].split()) < 3:
        return title
    return title[:at].rstrip(" ,;:-")


def _phrase_participle(words: list[str], c: ModuleType) -> bool:
    """Whether the title ends on a participle that says nothing without its phrase, after a
    noun ("a bid for Acme based [on …]"), not after "be" ("The firm is based")."""
    if len(words) < 2 or words[-1].lower() not in c.TITLE_PHRASE_PARTICIPLES:
        return False
    return words[-2].lower() not in c.AUX and not c.is_past(words[-2].lower())


def _balance(title: str) -> str:
    # German quotes open low and close with “ ("„Terra“"), English ones open with it
    quotes = ("„", "“") if "„" in title else ("“", "”")
    # (and guillemets: "решение было «тяжёлым" cut inside its quote keeps no half of it)
    for opening, closing in (quotes, ("(", ")"), ("``", "''"), ("«", "»")):
        if title.count(opening) != title.count(closing):
            title = title.replace(opening, "").replace(closing, "")
            title = title.replace("  ", " ").strip()  # "было « тяжёлым": one space left
    if title.count('"') % 2:
        title = title.replace('"', "")
    return title


_SPACE_BEFORE_CLOSE = re.compile(r"\s+([,;:.’”)])")
_SPACED_SLASH = re.compile(r"(\d) / (\d)")
_SPACED_CLOCK = re.compile(r"\b(\d{1,2}): (\d\d?)\b")  # "6:00", "3:1", as written
_SPACED_CURRENCY = re.compile(r"([$£€¥]) (\d)")  # "$9.75", as written
_SPACED_BACKQUOTES = re.compile(r"``\s+")  # "``ruinous policies", as written
_SPACED_BRACKET = re.compile(r"\(\s+")


def _fitting_cuts(words: list[str], keep: int, max_chars: int) -> list[int]:
    """The ``k`` from ``keep`` on, short of all the words, whose first ``k`` words ``_join``
    into at most ``max_chars``. ``_join`` only takes spaces out of the words joined by single
    spaces: that length bounds it from above, the words' characters other than spaces from
    below, and only a length between the two bounds is worked out."""
    upper = list(accumulate(len(w) + 1 for w in words))  # (one more than the join: its space)
    lower = list(accumulate(len("".join(w.split())) for w in words))
    return [
        k
        for k in range(keep, len(words))
        if upper[k - 1] - 1 <= max_chars
        or (lower[k - 1] <= max_chars and len(_join(words[:k])) <= max_chars)
    ]


def _join(words: list[str]) -> str:
    text = " ".join(words)
    text = _SPACE_BEFORE_CLOSE.sub(r"\1", text)
    # each of these needs a character most titles lack: looked for first
    if " / " in text:
        text = _SPACED_SLASH.sub(r"\1/\2", text)
    if ": " in text:
        text = _SPACED_CLOCK.sub(r"\1:\2", text)
    if any(sign in text for sign in "$£€¥"):
        text = _SPACED_CURRENCY.sub(r"\1\2", text)
    if "``" in text:
        text = _SPACED_BACKQUOTES.sub("``", text)
    if "(" in text:
        text = _SPACED_BRACKET.sub("(", text)
    return glue_quotes(text)


def _near_adverb(word: str, c: ModuleType) -> bool:
    """ "shortly", "immediately": an adverb of nearness left of a time phrase cut away."""
    return word in c.NEAR_TIME and word.endswith(c.ADVERB_ENDING or "\0")


def _reported_without_verb(words: list[str], c: ModuleType) -> bool:
    """ "said its sales for the nine days": what was said has lost its verb."""
    k = next((i for i, w in enumerate(words) if w.lower() not in c.AUX), len(words))
    verbs = set(c.lemmas(words[k].lower()).get("VERB", ())) if k < len(words) else set()
    said = verbs & (c.CLAUSE_ONLY_SPEECH | c.CLAUSE_ONLY_BELIEFS)
    if k + 1 >= len(words) or not said or words[k + 1].lower() == c.TO:
        return False
    if not said & c.CLAUSE_ONLY_SPEECH and words[k + 1].lower() in c.PREPOSITIONS:
        return False  # "hoped for a settlement", "believes in it": no clause to lose
    if c.VERB_LAST and words[-1].lower() in c.TITLE_PARTICLES:
        return False  # German "sagte … zu": a separable verb ("zusagen"), no saying
    rest = [w.lower().strip(_EDGE_PUNCT) for w in words[k + 1 :]]
    if rest[0] in c.PRONOUNS and rest[1:] and "VERB" in c.lemmas(rest[1]):
        return False  # "said it plans to launch …": after a subject pronoun, a verb
    # ("said the cost [of …]": after an article, "cost" is the noun, no past)
    noun_after = c.ARTICLES | c.DETERMINERS
    return not any(
        w in c.AUX
        or (c.is_past(w) and before not in noun_after)
        or ("VERB" in c.lemmas(w) and not _NOMINAL & set(c.lemmas(w)) and not w.endswith(c.GERUND))
        for before, w in zip(["", *rest], rest, strict=False)
    )  # "said last week's hiccup": "last" is no verb here


def _purpose_closes(title: str, c: ModuleType) -> bool:
    """Whether a purpose cut short still ends on a word that can close its phrase ("… to
    cover a budget gap"), not on the bare infinitive ("… to meet") or a function word
    ("… to hand over the"): a title cut there stops mid-phrase.

    >>> from core import lang
    >>> c = lang.words("en", "clauses")
    >>> [_purpose_closes(t, c) for t in ("set up a fund to cover a gap", "hired staff to meet",
    ...                                  "formed a group to hand over the")]
    [True, False, False]
    """
    words = [w.lower().strip(_EDGE_PUNCT) for w in title.split()]
    if c.TO not in words:
        return False
    aim = words[len(words) - words[::-1].index(c.TO) :]
    closers = c.FUNCTION_WORDS | c.PREPOSITIONS | c.COORDINATORS
    return len(aim) > 1 and aim[-1] not in closers
