"""The saying after the news, on a day of its own: "Основна сесія стартує 23 травня, повідомив у
середу директор центру Ігор Коваль" reports a start on 23 May and a statement on Wednesday;
a reader of the chronology expects both. The news is ``core.events.happenings``'; this module
adds the saying when its date is not the news's, in a language whose data say wire copy reads
so (``DATED_SAYING``) and a person is named as the speaker: the name's short form, the verb
of saying, and the news after the language's reported "that".
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core import lang
from core.events.entities import PERSON, Mention
from core.events.kinds import trigger_kind
from core.events.parse import Happening, Sentence, When, parse_sentence, token_at
from core.events.quotes import one_person_before
from core.events.title_ends import MAX_CHARS, OVERFLOW_CHARS
from core.events.titles import headline
from core.events.verblast import _unglued
from core.events.wording import widen_drop

# How many words the speaker may run to after the verb of saying ("директор Українського
# центру оцінювання якості освіти Ігор Коваль").
_SPEAKER_WORDS = 10
# How many words a speaker before the verb may run to ("the Oslo-based brewer",
# "union leader Petra Haug").
_SPEAKER_SHORT = 6


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def dated_saying(
    text: str, start: int, end: int, whens: list[When], mentions: list[Mention],
    language: str, news: list[Happening],
) -> Happening | None:  # fmt: skip
    """The saying that closes ``text[start:end]`` after a comma, on its own date, when the
    sentence's news (``news``) took another date; else None."""
    c = _clauses(language)
    dated = [h for h in news if h.when is not None]
    if not c.DATED_SAYING or len(whens) < 2 or not dated:
        return None
    if c.SAYING_SPEAKER_FIRST and not _said_before_a_date(text, start, whens, c):
        return None  # no verb of saying just before a date: no parse needed
    s = parse_sentence(text, start, end, whens, mentions, language)
    if s is None:
        return None
    if c.SAYING_SPEAKER_FIRST:
        return _speaker_first(s, dated, mentions, c)  # English "…, the brewer said on Tuesday"
    commas = [k for k, t in enumerate(s.tokens) if t.text == ","]
    verb = commas[-1] + 1 if commas else 0
    if verb and verb < len(s.tokens) and s.tokens[verb].lower == c.AS_TOLD:
        return _as_told(s, verb, dated, c)  # German "…, wie der Verlag am Donnerstag mitteilte"
    if not verb or verb >= len(s.tokens) or not _says(s.tokens[verb].text, language, c):
        return None
    when = next((w for w in s.whens if token_at(s.tokens, w.timex.start) > verb), None)
    told = {h.when.timex.value for h in dated if h.when is not None}
    if when is None or when.timex.value in told:
        return None  # the news is the saying's own day: one event
    who = _speaker(s, verb, c)
    if not who:
        return None  # "…, повідомили в обленерго", "…, сообщил вице-премьер": no one named
    said = _reported(dated[0].title, s)
    title = headline(who, f"{s.tokens[verb].text}{c.REPORTED_SAYING_THAT} {said}",
                     language=language)  # fmt: skip
    if not title or len(title.split()) < 4:
        return None  # "Коваль повідомив, що": what was said is gone
    return Happening(title, "statement", when, s.entities([(verb + 1, len(s.tokens))], []))


def _as_told(s: Sentence, opener: int, dated: list[Happening], c: ModuleType) -> Happening | None:
    """The saying of an "as … told" clause closing the sentence with its verb last ("…, wie
    seine Familie am Sonntag mitteilte"), on its own date when the news took another: "Seine
    Familie teilte mit, Gottfried Roth starb"; None for any other clause. The teller may be a
    noun phrase ("der Verlag", "eine Sprecherin"): in this clause it is the source named."""
    last = len(s.tokens) - 1
    while last > opener and not s.tokens[last].text[:1].isalpha():
        last -= 1
    if last <= opener + 2 or not _says(s.tokens[last].text, s.language, c):
        return None
    when = next((w for w in s.whens if opener < token_at(s.tokens, w.timex.start) < last), None)
    told = {h.when.timex.value for h in dated if h.when is not None}
    if when is None or when.timex.value in told:
        return None
    first_date = token_at(s.tokens, when.timex.start)
    drop = widen_drop(s.tokens, s.drop, s.language)
    teller = [k for k in range(opener + 1, first_date) if k not in drop]
    if not teller or any(k not in teller for k in range(teller[0], teller[-1] + 1)):
        return None
    if any(s.tokens[k].lower in c.PREPOSITIONS for k in teller) or len(teller) > _SPEAKER_WORDS:
        return None
    if any(k not in drop for k in range(first_date, last)):
        return None  # "wie er am Montag vor Journalisten sagte": more than a date between
    finite, particles = _unglued(s.tokens[last].text, c)  # "mitteilte": "teilte … mit"
    who = " ".join(s.tokens[k].text for k in teller)
    said = dated[0].title
    if said.split()[0].lower() in c.ARTICLES | c.DETERMINERS:
        said = said[:1].lower() + said[1:]  # "…, die frühere Verlegerin starb"
    group = " ".join([finite, *particles]) + ","
    teller_words = who[:1].upper() + who[1:]
    for longest in (MAX_CHARS, MAX_CHARS + OVERFLOW_CHARS):  # a little long beats none
        title = headline(teller_words, f"{group} {said}", longest, language=s.language)
        if title and len(title.split()) >= 4 and f" {group} " in title:
            break
    else:
        return None  # the title cut inside the telling ("Der Verlag teilte starb")
    return Happening(title, "statement", when, s.entities([(teller[0], teller[-1] + 1)], []))


def _speaker_first(
    s: Sentence, dated: list[Happening], mentions: list[Mention], c: ModuleType
) -> Happening | None:
    """The saying of a language that puts the speaker before the verb, on a day of its own
    right after the verb, closing the news after a comma ("…, the brewer said on Tuesday.");
    None when the speaker is no one a title can name, the date no day, or the news's own."""
    if any(s.inside):
        return None  # "'…,' she said on Tuesday": the quotation's reading is the quote's
    told = {h.when.timex.value[:10] for h in dated if h.when is not None}
    for k, token in enumerate(s.tokens):
        if not _says_dated(token.text, c):
            continue
        when, after = _day_after(s, k, c)
        if when is None or when.timex.value[:10] in told:
            continue  # "…, it fell on Tuesday, the bank said on Tuesday morning": one day
        nxt = s.tokens[after].lower if after < len(s.tokens) else "."
        comma = max((j for j in range(k) if s.tokens[j].text == ","), default=-1)
        if comma < 0 or nxt not in (".", ",", ";"):
            # "Solberg said on Monday that …": the clause reading takes the saying's date
            # itself; here the first dated happening may be an aside of what was said
            continue
        who = _named_speaker(s, comma + 1, k, c) or _pronoun_speaker(s, comma + 1, k, mentions)
        if not who:
            continue
        said = _news_before(s, dated, comma)
        if not said:
            return None
        said = _reported(said, s)
        title = headline(who, f"{token.text} {said}", language=s.language)
        if not title or len(title.split()) < 4:
            return None
        return Happening(title, "statement", when, s.entities([(k, k + 1)], []))
    return None


def _reported(title: str, s: Sentence) -> str:
    """``title`` as the clause after "said": its first word lowered ("… said the mill will
    close"), unless that word is a name — a mention's word, written with a capital inside the
    sentence, or an initialism ("… said Scholz will travel", "… said NATO will meet")."""
    first = title.split(maxsplit=1)[0] if title else ""
    if not first or first[1:2].isupper():
        return title
    names = {w for m in s.mentions for w in m.text.split()}
    if first in names or any(t.text == first for t in s.tokens[1:]):
        return title
    return title[:1].lower() + title[1:]


def _said_before_a_date(text: str, start: int, whens: list[When], c: ModuleType) -> bool:
    """Whether a verb of saying stands among the few words before one of ``whens`` ("said on
    Tuesday", "said in a statement on Tuesday"), read from the text alone."""
    for w in whens:
        before = text[max(start, w.timex.start - 40) : w.timex.start].split()[-5:]
        if any(_says_dated(word, c) for word in before):
            return True
    return False


def _news_before(s: Sentence, dated: list[Happening], comma: int) -> str:
    """The title of the news the saying closes: the happening dated last before the comma
    ("The mill, which closed in 1994, will reopen in May, …": the reopening, not the aside);
    "" when none is dated there."""
    at = [(token_at(s.tokens, h.when.timex.start), h.title) for h in dated if h.when is not None]
    before = [(k, title) for k, title in at if k < comma]
    return max(before, key=lambda kt: kt[0])[1] if before else ""


def _says_dated(word: str, c: ModuleType) -> bool:
    """A verb of saying in the past ("said", "announced")."""
    lemmas = set(c.lemmas(word.lower()).get("VERB", ()))
    return c.is_past(word) and bool(lemmas & c.SAYING_OWN_DAY_VERBS)


def _day_after(s: Sentence, verb: int, c: ModuleType) -> tuple[When | None, int]:
    """The day a time expression right after the verb names ("said on Tuesday", "said
    yesterday"; only the language's ``SAYING_DATE_LEAD`` between, after a medium "in a
    statement") and the token after it; (None, 0) for anything else, a week or a month
    included."""
    k = verb + 1
    words = [t.lower for t in s.tokens[k : k + 3]]
    if len(words) == 3 and words[0] in c.SAYING_MEDIUM_LEAD and words[2] in c.SAYING_MEDIA:
        k += 3  # "said in a statement on Tuesday": the medium, then the day
    while k < len(s.tokens) and s.tokens[k].lower in c.SAYING_DATE_LEAD:
        k += 1
    if k >= len(s.tokens):
        return None, 0
    for w in s.whens:
        if w.until is None and not w.back and token_at(s.tokens, w.timex.start) == k:
            value = w.timex.value
            if len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[8:10].isdigit():
                after = k
                while after < len(s.tokens) and s.tokens[after].start < w.timex.end:
                    after += 1
                return w, after
    return None, 0


def _named_speaker(s: Sentence, first: int, verb: int, c: ModuleType) -> str:
    """The speaker of the words ``first`` to ``verb`` as a title names it: a person by the
    short name ("Solberg"), a body by its name, else a definite or indefinite noun phrase
    by its article and last word ("the Oslo-based brewer": "The brewer"); "" for a
    pronoun, a phrase too long, one with a preposition or two speakers."""
    words = s.tokens[first:verb]
    if not words or len(words) > _SPEAKER_SHORT:
        return ""
    if any(t.lower in c.PREPOSITIONS or t.lower == c.AND for t in words):
        return ""  # "…, Holm and Varga said on Monday": no one speaker
    a, b = words[0].start, words[-1].end
    named = [m for m in s.mentions if a <= m.start and m.end <= b]
    if named and named[-1].end == b:
        return named[-1].short if named[-1].kind == PERSON else named[-1].text
    if words[0].lower in c.ARTICLES and len(words) >= 2 and words[-1].text.islower():
        return f"{words[0].text[:1].upper()}{words[0].text[1:]} {words[-1].text}"
    return ""


def _pronoun_speaker(s: Sentence, first: int, verb: int, mentions: list[Mention]) -> str:
    """The person "he" or "she" (the language's ``PERSON_PRONOUNS``) of the words ``first`` to
    ``verb`` stands for, by the short name: the one person named within the language's
    ``PRONOUN_REACH`` before, as a quotation's speaker is found; "" for any other words, no
    one or two people it could be."""
    r = lang.words(s.language, "reports")
    if verb != first + 1 or s.tokens[first].lower not in r.PERSON_PRONOUNS:
        return ""
    person = one_person_before(mentions, s.tokens[first].start, r.PRONOUN_REACH)
    return person.short if person is not None else ""


def _says(word: str, language: str, c: ModuleType) -> bool:
    return trigger_kind(word, language) == "statement" and c.is_past(word)


def _speaker(s: Sentence, verb: int, c: ModuleType) -> str:
    """Who said it, after the verb and its date, up to a preposition ("губернатор Пётр
    Ковалёв на заседании правительства"): the person named there, by the short name; "" when
    no one is named (a saying that names no one is only the news's source)."""
    drop = widen_drop(s.tokens, s.drop, s.language)
    words = [k for k in range(verb + 1, len(s.tokens)) if k not in drop][:_SPEAKER_WORDS]
    if not words or s.tokens[words[0]].lower in c.PREPOSITIONS:
        return ""
    end = next((k for k in words[1:] if s.tokens[k].lower in c.PREPOSITIONS), words[-1] + 1)
    if any(k not in words for k in range(words[0], end)):
        return ""  # the speaker's words run round a date: not one phrase
    a, b = s.tokens[words[0]].start, s.tokens[end - 1].end
    person = next((m for m in s.mentions if m.kind == PERSON and a <= m.start < b), None)
    return person.short if person is not None else ""
