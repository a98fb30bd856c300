"""A clause whose subject follows its verb: "В середине апреля в Брюсселе пройдёт саммит",
"Наприкінці червня відбудеться саміт Альянсу".

Languages with a free word order (``clauses.SUBJECT_AFTER_VERB``) often open a clause on its
time and place and name what happens after the verb. Nothing before the verb is a subject
then (only prepositional phrases, or the dropped time expression), and the title is the
clause as written, without its date: "В Брюсселе пройдёт саммит НАТО".
"""

from __future__ import annotations

from types import ModuleType

from core import lang
from core.events.dropped_subject import subject_follows
from core.events.fitted import fitted
from core.events.inverted_pronoun import inverted_pronoun
from core.events.kinds import clause_kind
from core.events.lent_subject import lends_subject
from core.events.parse import Happening, Sentence, When
from core.events.states import is_state
from core.events.subject_shapes import _passive_se, passive_be, past_phrases
from core.events.titles import MAX_CHARS
from core.events.tokens import Clause
from core.events.wording import cut_coordination, reduce_names, widen_drop


def verb_first_happening(
    s: Sentence, clause: Clause, when: When, end: int, no_subject: bool = False
) -> Happening | None:
    """The happening of a clause whose subject comes after its verb, or None when the
    clause is not one (a subject before the verb, a pronoun, a verb of saying, no noun after
    the verb). ``no_subject``: no subject was found before the verb, nor one the clause
    leaves out, which a language may then look for after it (``SUBJECT_AFTER_VERB_IF_NONE``)."""
    c = lang.words(s.language, "clauses")
    verb = clause.verb
    if verb is None or not (c.SUBJECT_AFTER_VERB or (no_subject and _verb_first(s, verb, c))):
        return None
    opener = clause.opener
    own = c.COORDINATORS | c.PLACE_RELATIVES | {c.THAT}  # "…, где в субботу произошла драка"
    if no_subject and (_passive_se(s, verb, c) or subject_follows(s, verb, c)):
        # "…, cuando en enero se lesionaron tres jugadores": no relative, its subject after
        # the verb (not "Fue en 1956 cuando abrieron el taller": the object, its doers unsaid)
        own = own | {c.WHEN}
    if opener[:1].isalpha() and opener not in own:
        return None  # "…, где проведёт переговоры": a relative clause's subject is before it
        # ("пообіцяв, що наступного тижня відкриють міст": what is said may open on its date)
    if lends_subject(s, clause, c):
        return None  # "Дума утвердила …, а в январе начала ремонт": the Duma's doing
    # "20 мая 1985 года, по новой линии прошёл …": the comma after a fronted date is no subject
    before = [k for k in range(clause.body, verb) if k not in s.drop and s.tokens[k].text != ","]
    adverbs = c.ADVERBS - c.PREPOSITIONS
    before = [k for k in before if s.tokens[k].lower not in adverbs]  # "ya se suspendieron"
    if no_subject and before[-1:] == [verb - 1] and s.tokens[verb - 1].lower in c.OBJECT_PRONOUNS:
        before.pop()  # "В 2011 году его купила группа инвесторов": its subject follows
    if before and s.tokens[before[0]].lower not in c.PREPOSITIONS:
        return None  # a subject of its own (or a pronoun): the usual order
    if before and _counted(s, before[0], verb, c):
        return None  # "Около 400 курьеров … прекратили": a rough count, the subject, no phrase
    comma = max((k for k in range(clause.body, verb) if s.tokens[k].text == ","), default=None)
    after_comma = [k for k in before if comma is not None and k > comma]
    if after_comma and s.tokens[after_comma[0]].lower not in c.PREPOSITIONS:
        return None  # "По словам директора, рабочие заметили": the subject after the phrase
    said = set(c.lemmas(s.tokens[verb].lower).get("VERB", ())) & c.SPEECH_VERBS
    about = " ".join(t.lower for t in s.tokens[clause.body : clause.body + 2])
    if said and about not in c.ABOUT_THIS:
        return None  # "В пятницу заявил министр": what was said is the news, not here
    # ("Об этом в среду рассказали в пресс-службе": the saying of the news just told, dated)
    drop = widen_drop(s.tokens, s.drop, s.language)
    stop = min(end, cut_coordination(s.tokens, verb, clause.end, s.language))
    lexical = verb + (no_subject and s.tokens[verb].lower in c.SUBJECT_AFTER_VERB_IF_NONE)
    if (
        s.tokens[verb].lower in c.AUX
        and lexical + 1 < stop
        and c.is_participle(s.tokens[lexical + 1].text)
    ):
        lexical += 1  # "у травні було знайдено три тріщини", "были обнаружены три трещины"
    after = next((k for k in range(lexical + 1, stop) if k not in drop), None)  # "se reunieron"
    pronoun = inverted_pronoun(s, when, verb, after, stop, drop) if after is not None else None
    if pronoun is not None:
        return pronoun  # "Родилась она в Омске": whom "она" stands for
    if after is None:
        if not (before and _unnamed_doers(s, before, verb, c)):
            return None  # ("Летом 1957 года к вопросу вернулись": its doers go unnamed)
    elif not _subject_after(s, after, stop, said, opener, c):
        return None
    predicate = reduce_names(s.text, s.tokens, verb, stop, s.mentions, drop, s.language)
    if is_state(predicate, s.language):
        return None
    words = reduce_names(s.text, s.tokens, clause.body, stop, s.mentions, drop, s.language)
    words = words.strip(" ,;:").split()
    while words and words[0].lower().rstrip(",") in adverbs:
        words.pop(0)  # "Ya se suspendieron 85 vuelos", "Напомним, …": the title opens after
    if len(" ".join(words)) > MAX_CHARS and len(predicate) <= MAX_CHARS:
        words = predicate.strip(" ,;:").split()  # "Открылась выставка …": the place goes first
    words = fitted(words, MAX_CHARS, c)
    if len(words) < 2:
        return None
    title = " ".join(words)
    title = title[0].upper() + title[1:]
    kind = clause_kind(s, s.tokens[verb].text, predicate)
    return Happening(title, kind, when, s.entities([(clause.body, stop)], []))


def _subject_after(
    s: Sentence, after: int, stop: int, said: bool, opener: str, c: ModuleType
) -> bool:
    """Whether the words from token ``after`` on name the clause's subject."""
    word = s.tokens[after]
    impersonal = said and word.lower in c.PREPOSITIONS  # "рассказали в пресс-службе"
    # a figure counting its noun is a subject too: "se suspendieron 85 vuelos", "остались
    # около 12 тысяч жителей"
    counted = _counted(s, after, stop, c)
    if not (word.text[:1].isalpha() or counted) or word.lower in c.COORDINATORS | c.AUX:
        return False
    if counted:
        return True
    subject = past_phrases(s, after, stop, c) if word.lower in c.PREPOSITIONS else after
    # (a bare noun only where no clause before lends its subject: "…, а летом подписал с
    # командой новый контракт" is the player's signing)
    bare = subject is not None and opener not in c.COORDINATORS and _bare_noun(s, subject, c)
    if subject is not None and not (s.tokens[subject].lower in c.DETERMINERS or bare):
        subject = None  # "se abrió en Soto un nuevo hospital": the subject past the phrase
    if word.lower in c.PREPOSITIONS and not impersonal and subject is None:
        return False  # "В понедельник вернулся в Киев": no subject after the verb either
    return not (c.is_past(word.text) and not word.text[:1].isupper())


def _unnamed_doers(s: Sentence, before: list[int], verb: int, c: ModuleType) -> bool:
    """Whether the clause's verb is a past plural whose doers a language leaves unnamed:
    "к вопросу вернулись" (someone came back to it), not negated, no pronoun before it
    ("в лаборатории мы заметили")."""
    word = s.tokens[verb].text
    negated = verb and s.tokens[verb - 1].lower in c.NEGATIONS
    pronouns = c.CLAUSE_SUBJECT_STARTS | c.SPEAKER_PRONOUNS
    named = any(s.tokens[k].lower in pronouns for k in before)
    return c.UNNAMED_PLURAL and c.is_past(word) and c.plural_verb(word) and not (negated or named)


def _counted(s: Sentence, k: int, stop: int, c: ModuleType) -> bool:
    """Whether token ``k`` opens a figure counting the lower-case word after it ("85
    vuelos"), maybe after a word saying it is rough ("около 12 тысяч жителей")."""
    if s.tokens[k].lower in c.APPROXIMATORS and k + 1 < stop:
        k += 1
    return s.tokens[k].text[:1].isdigit() and _noun_follows(s, k, stop)


def _verb_first(s: Sentence, verb: int, c: object) -> bool:
    """A verb that puts its subject after it when none is before it (``clauses.
    SUBJECT_AFTER_VERB_IF_NONE``): "murieron dos personas", "se celebrará la reunión", a
    passive's "fue detenido un hombre"."""
    allowed = c.SUBJECT_AFTER_VERB_IF_NONE  # type: ignore[attr-defined]
    if not allowed:
        return False
    lemmas = set(c.lemmas(s.tokens[verb].lower).get("VERB", ()))  # type: ignore[attr-defined]
    words = {s.tokens[verb].lower, s.tokens[verb - 1].lower if verb else ""}  # "se" is "the verb"
    return bool(lemmas & allowed or words & allowed) or passive_be(s, verb, c)  # type: ignore[arg-type]


def _bare_noun(s: Sentence, k: int, c: object) -> bool:
    """Whether token ``k`` opens a noun phrase in a language without articles: "открылась
    для пассажиров | станция метро" (Spanish wants its article: "un nuevo hospital")."""
    word = s.tokens[k].text
    articles = c.ARTICLES  # type: ignore[attr-defined]
    return not articles and word.isalpha() and word.islower() and not c.is_past(word)  # type: ignore[attr-defined]


def _noun_follows(s: Sentence, k: int, stop: int) -> bool:
    """Whether the figure at token ``k`` counts the lower-case word after it ("85 vuelos")."""
    return k + 1 < stop and s.tokens[k + 1].text[:1].isalpha() and s.tokens[k + 1].text.islower()
