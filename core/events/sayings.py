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
from core.events.title_ends import MAX_CHARS, OVERFLOW_CHARS
from core.events.titles import headline
from core.events.verblast import _unglued
from core.events.wording import widen_drop

# How many words the speaker may run to after the verb of saying ("директор Українського
# центру оцінювання якості освіти Ігор Коваль").
_SPEAKER_WORDS = 10


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
    s = parse_sentence(text, start, end, whens, mentions, language)
    if s is None:
        return None
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
    first = dated[0].title
    named = any(first.startswith(m.text) for m in s.mentions)
    said = first if named or first[1:2].isupper() else first[:1].lower() + first[1:]
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
