"""A subordinate clause that puts its verb last, as German does: "Nachdem das Gericht am Montag
das Urteil verkündet hatte, …", "…, dass die Produktion Ende Juni eingestellt wird".

Its subject is the noun phrase after the opening word, and its title puts the finite verb
second, as a main clause would: "Das Gericht hatte das Urteil verkündet". Only languages whose
clauses put the verb last (``clauses.VERB_LAST``) read it; a pronoun subject ("nachdem er …")
is left to the main clause, which names who it is.
"""

from __future__ import annotations

import re
from types import ModuleType

from core import lang
from core.events.entities import PERSON, PLACE, Mention
from core.events.kinds import clause_kind
from core.events.parse import Happening, Sentence, When
from core.events.states import is_state
from core.events.subjects import _antecedent as named_by_pronoun
from core.events.subjects import subject_of
from core.events.titles import headline
from core.events.tokens import Clause
from core.events.wording import name_in_title, noun_phrase, reduce_names


def verb_last_happening(s: Sentence, clause: Clause, when: When) -> Happening | None:
    """The happening of a verb-last subordinate clause, or None when the clause is not one."""
    c = lang.words(s.language, "clauses")
    verb = clause.verb
    if not c.VERB_LAST or verb is None or clause.opener not in _openers(c):
        return None
    tokens = s.tokens
    words = [k for k in range(clause.body, clause.end) if k not in s.drop]
    while words and tokens[words[-1]].text in (",", ";"):
        words.pop()
    if len(words) < 3 or words[-1] < verb or not _is_verb(tokens[words[-1]].lower, c):
        return None  # no verb closes the clause
    finite = words[-1]  # "verkündet hatte": the auxiliary last, the participle before it
    subject = _subject(s, words, c)
    person = None if subject else _speaker_pronoun(s, clause, words[0], c)
    if person is not None:  # "Keller erklärte, dass sie ihr Amt niederlegen wird"
        subject = [words[0]]
    if not subject or subject[-1] >= verb:
        return None  # "nachdem er …", or no subject before the verbs
    middle = [k for k in words if subject[-1] < k < finite]
    who = " ".join(tokens[k].text for k in subject)
    if person is not None:
        who = name_in_title(s.text, person, s.language)
    resolved = [] if person is None else [person]
    return _told(s, who, [], middle, finite, subject[0], when, resolved, c)


def _speaker_pronoun(s: Sentence, clause: Clause, k: int, c: ModuleType) -> Mention | None:
    """The person a pronoun opening a "dass" clause stands for when the main clause before it
    is that person's saying ("Sabine Keller hat erklärt, dass sie ihr Amt niederlegen wird"):
    its subject is that one name and nothing else ("Keller und Roth erklärten, dass sie …":
    they), and the pronoun may stand for a person of that name (not "er" after "Frau Keller").
    None otherwise: a pronoun before its name ("Nachdem er …, verließ Roth …") is not read."""
    if clause.opener != c.THAT or clause is s.clauses[0] or s.tokens[k].lower not in c.PRONOUNS:
        return None
    subject, _, (a, b) = subject_of(s, s.clauses[0], inherited=True)
    if not subject or c.AND in subject.lower().split():
        return None
    person = named_by_pronoun(s, k)
    if person is None or person.kind != PERSON:
        return None
    first, last = s.tokens[a].start, s.tokens[b - 1].end if b > a else s.tokens[a].end
    bare = subject.split(" (")[0]  # "Sabine Keller (SPD)": the party is no other person
    whole = bare in (person.text, name_in_title(s.text, person, s.language))
    return person if first <= person.start < last and whole else None


def _told(
    s: Sentence, who: str, object_: list[str], middle: list[int], finite: int, first: int,
    when: When, resolved: list, c: ModuleType,
) -> Happening | None:  # fmt: skip
    """The clause told as a main clause: ``who``, the finite verb second, then ``object_``,
    the words in ``middle`` and a separable particle last ("Die Regierung stellte den Bericht
    vor"); its kind from the last lexical verb; its entities from ``first`` to the verb."""
    verb, particle = _unglued(s.tokens[finite].text, c)
    predicate = " ".join([verb, *object_, *(s.tokens[k].text for k in middle), *particle])
    title = headline(who, predicate, language=s.language)
    if not title:
        return None
    lexical = next((k for k in reversed(middle) if "VERB" in c.lemmas(s.tokens[k].lower)), finite)
    kind = clause_kind(s, s.tokens[lexical].text, predicate)
    return Happening(title, kind, when, s.entities([(first, finite + 1)], resolved))


def _is_verb(word: str, c: ModuleType) -> bool:
    return word in c.AUX or "VERB" in c.lemmas(word)


def _openers(c: ModuleType) -> frozenset[str]:
    return c.FRONTED_SUBORDINATORS | {c.THAT}


def _subject(s: Sentence, words: list[int], c: ModuleType) -> list[int]:
    """The noun phrase opening the clause: an article and what it governs up to its noun
    ("das neue Gericht"), or a name ("Olaf Scholz"); [] for a pronoun or anything else."""
    tokens = s.tokens
    first = tokens[words[0]]
    if first.lower in c.PRONOUNS or first.lower in c.PERSONAL_PRONOUNS:
        return []
    if first.lower in c.ARTICLES or first.lower in c.POSSESSIVE_PRONOUNS:
        phrase = False  # "das im SDax notierte Unternehmen": "SDax" is the phrase's noun
        for i, k in enumerate(words[1:], 1):
            if tokens[k].lower in c.PREPOSITIONS:
                phrase = True
            elif phrase and tokens[k].text[:1].isupper():
                phrase = False
            elif tokens[k].text[:1].isupper():  # the noun, and a name after it ("Bürgermeister X")
                end = i + 1
                while end < len(words) and _named(s, words[end]):
                    end += 1  # (not "das Unternehmen | Insolvenz angemeldet hatte": the object)
                return words[:end]
            if not tokens[k].text.isalpha():
                return []
        return []
    if first.text[:1].isupper() and "VERB" not in c.lemmas(first.lower):
        end = 1
        while end < len(words) and tokens[words[end]].text[:1].isupper():
            end += 1
        return words[:end]
    return []


def _named(s: Sentence, k: int) -> bool:
    """Whether token ``k`` is a capitalised word inside a name the sentence holds."""
    token = s.tokens[k]
    return token.text[:1].isupper() and any(m.start <= token.start < m.end for m in s.mentions)


def verb_last_relative_clause(s: Sentence, clause: Clause) -> bool:
    """Whether ``clause`` is a relative clause of a language that puts its verb last, a verb
    closing it: ``verb_last_relative`` reads it, or nothing does ("deren Bau … abgeschlossen
    wurde" tells of a noun its title could not name)."""
    c = lang.words(s.language, "clauses")
    if not c.VERB_LAST or clause.opener not in c.RELATIVES or clause.start < 2:
        return False
    words = _relative_words(s, clause)
    return bool(words) and _is_verb(s.tokens[words[-1]].lower, c)


def _relative_words(s: Sentence, clause: Clause) -> list[int]:
    """The relative clause's words less its dates, to its first comma: there it closes on its
    verb, and the main clause goes on ("Die Firma, deren Chef … zurückgetreten war, sucht …")."""
    close = next((k for k in range(clause.body, clause.end) if s.tokens[k].text in ",;"), None)
    return [k for k in range(clause.body, close or clause.end) if k not in s.drop]


def verb_last_relative(s: Sentence, clause: Clause, when: When) -> Happening | None:
    """German "…, eine Anzeige, die vor zwei Wochen bei der Behörde eingegangen war": a
    relative clause with its verb last, whose pronoun is its subject (no other subject opens
    after it: not "die die Polizei festnahm"), told as a main clause of its antecedent: "Eine
    anonyme Anzeige war bei der Behörde eingegangen"; None for any other clause."""
    c = lang.words(s.language, "clauses")
    if clause.start < 2 or clause.body > clause.start + 1:
        return None  # ("…, mit dem die Täter geflohen sind": the preposition's noun, no title's)
    tokens = s.tokens
    words = _relative_words(s, clause)
    if not words or not _is_verb(tokens[words[-1]].lower, c):
        return None  # no verb closes the clause
    first = tokens[words[0]]
    named = any(m.start == first.start for m in s.mentions)
    own_subject = first.lower in c.SUBJECT_OPENERS or named  # "die die Polizei … festnahm"
    if clause.opener in c.NOMINATIVE_RELATIVES and first.lower in c.OBJECT_AFTER_NOMINATIVE:
        own_subject = False  # "Kröger, der das Amt … übernommen hatte": "das Amt" its object
    if own_subject or clause.opener not in c.VERB_LAST_SUBJECT_RELATIVES:
        return _object_relative(s, clause, words, when, c)  # "den die Regierung … vorstellte"
    antecedent, resolved = _antecedent(s, clause, c)
    if antecedent and not resolved and _wrong_noun(s, clause, c):
        return None  # "… mit der Stadt unterschrieben, der …": not the city's relative
    if antecedent and not resolved:  # "den Mann, der …": the man is its subject, "der Mann"
        antecedent = _nominative(antecedent, clause.opener, c)
    if not antecedent:
        return None
    if not resolved and _number_differs(antecedent, tokens[words[-1]].lower, c):
        return None  # "Gespräche über eine Einigung, die … abgebrochen wurden": the talks'
    told = " ".join(s.tokens[k].text for k in [words[-1], *words[:-1]])
    if is_state(told, s.language, when.timex.value):
        return None  # "…, die seit 2015 im Amt ist": how things are, no happening
    return _told(s, antecedent, [], words[:-1], words[-1], words[0], when, resolved, c)


def _object_relative(
    s: Sentence, clause: Clause, words: list[int], when: When, c: ModuleType
) -> Happening | None:
    """A relative clause with a subject of its own after its pronoun, which is then the
    object: "der Bericht, den die Regierung am Montag vorstellte" is told as "Die Regierung
    stellte den Bericht vor", the antecedent in the case the pronoun gives it (none when its
    article does not say); a pronoun subject ("den sie …") names no one: None."""
    tokens = s.tokens
    subject = _subject(s, words, c)
    finite = words[-1]
    if not subject or subject[-1] >= finite - 1 or clause.opener not in c.OBJECT_ARTICLES:
        return None
    marks = c.AMBIGUOUS_OBJECT_RELATIVES.get(clause.opener)
    if marks is not None and (
        tokens[subject[0]].lower not in marks
        or any(tokens[k].lower in c.PASSIVE_AUX for k in words[-2:])
        or any(tokens[k].lower in c.OWN_OBJECT_ARTICLES for k in words[len(subject) :])
    ):
        return None  # "die das Problem geerbt hatte": the pronoun may be the subject
    middle = [k for k in words if subject[-1] < k < finite]
    antecedent, _ = _antecedent(s, clause, c)
    article, _, rest = antecedent.partition(" ")
    case = c.OBJECT_ARTICLES[clause.opener].get(article.lower())
    object_ = [f"{case} {rest}"] if case and rest and "," not in rest else []
    who = " ".join(tokens[k].text for k in subject)
    return _told(s, who, object_, middle, finite, subject[0], when, [], c)


def _antecedent(s: Sentence, clause: Clause, c: ModuleType) -> tuple[str, list[Mention]]:
    """The name or the noun phrase, opening on an article, straight before a relative's
    comma ("Petra Lange, die …", "eine anonyme Anzeige, die …"); "" for anything else."""
    tokens = s.tokens
    end = clause.start - 1 if tokens[clause.start - 1].text == "," else clause.start
    end = _before_brackets(tokens, end)  # "Anna Berger (SPD), die …": the name before them
    end = _before_closing_verb(tokens, end, s.drop, c)  # "… die Brücke gesperrt, die …"
    head = end - 1
    if head < 0 or head in s.drop:
        return "", []
    if lang.words(s.language, "cues").NOUNS_CAPITALISED and not tokens[head].text[:1].isupper():
        return "", []  # "hob die Bedeutung hervor, die …": a noun ends it, never a particle
    named = next((m for m in s.mentions if m.end == tokens[head].end), None)
    at = next((k for k in range(head + 1) if named and tokens[k].start == named.start), None)
    if at is not None and at > 0 and tokens[at - 1].lower in c.ARTICLES:
        named = None  # "ein Verein, der …": a noun with its article, no name
    if named is not None and at is not None and _place_after_noun(s, named, at, c):
        return "", []  # "beim Turnier in Riga, das …": the tournament's or the city's?
    owner = _name_owner(s, clause, at, c) if named else ""
    if owner:  # "der Heiligsprechung von Kaiser Karl, die …": the noun's, the name whole
        return f"{owner} {named.text}", []  # ("Ludwig III")
    if named is not None:
        return name_in_title(s.text, named, s.language), [named]
    a, b = noun_phrase(tokens, head, 0, end, s.language)
    a = _owner_phrase_start(tokens, a, clause.opener, s.language, c)
    first = tokens[a].lower
    if b != end or first not in c.ARTICLES | c.POSSESSIVE_PRONOUNS | c.DEMONSTRATIVES:
        return "", []
    if any(k in s.drop or tokens[k].lower in c.PREPOSITIONS for k in range(a, b)):
        return "", []
    return reduce_names(s.text, tokens, a, b, s.mentions, s.drop, s.language), []


def _name_owner(s: Sentence, clause: Clause, at: int | None, c: ModuleType) -> str:
    """The noun phrase a name follows after ``NAME_OWNER_LINK`` ("der Heiligsprechung | von
    Kaiser Karl"), up to the link, the name at token ``at``, when that noun ends as the
    relative's gender does (``NAME_OWNER_ENDINGS``), opens on an article (or after one fused
    with its preposition: "zur Amtseinführung", told with the relative's own article), and the
    relative's verb tells what a happening does (``NAME_OWNER_VERBS``); else ""."""
    tokens = s.tokens
    endings = c.NAME_OWNER_ENDINGS.get(clause.opener)
    if not endings or at is None:
        return ""
    link = at - 1
    while link > at - 3 and link > 0 and tokens[link].text[:1].isupper():
        link -= 1  # "von [Papst] Leo": a title before the name
    if link < 2 or tokens[link].lower != c.NAME_OWNER_LINK:
        return ""
    noun = tokens[link - 1]
    if not noun.text[:1].isupper() or not noun.lower.endswith(endings):
        return ""
    words = _relative_words(s, clause)
    verb = c.lemmas(tokens[words[-1]].lower).get("VERB", ()) if words else ()
    if not set(verb) & c.NAME_OWNER_VERBS:
        return ""
    a = noun_phrase(tokens, link - 1, 0, link, s.language)[0]
    phrase = reduce_names(s.text, tokens, a, at, s.mentions, s.drop, s.language)
    if tokens[a].lower in c.ARTICLES:
        return phrase
    return f"{clause.opener} {phrase}" if tokens[a - 1].lower in c.FUSED_ARTICLES else ""


def _place_after_noun(s: Sentence, named: Mention, at: int, c: ModuleType) -> bool:
    """Whether the name at token ``at`` is a place after a word of place (``PLACE_NAME_BEFORE``)
    that follows a noun ("beim Turnier | in Riga"): a relative after it may be the noun's."""
    if named.kind != PLACE or at < 2 or s.tokens[at - 1].lower not in c.PLACE_NAME_BEFORE:
        return False
    noun = s.tokens[at - 2]  # (a noun: not a name's word, "Klara Berg | nach Riga")
    named_word = any(m.start <= noun.start < m.end for m in s.mentions)
    return noun.text[:1].isupper() and not named_word


def _wrong_noun(s: Sentence, clause: Clause, c: ModuleType) -> bool:
    """Whether the noun phrase before a relative cannot be, or may not be, the one it stands
    for: its article does not fit the relative's gender ("mit der Stadt, der …": "der" after
    a preposition is feminine), or, the relative put after the main clause's closing verb,
    another noun of that gender stands in the middle field straight before it ("hat dem
    Architekten den Auftrag erteilt, der …": either may be meant; a noun before a preposition
    that opens the antecedent's phrase is left, "hat sich die Läuferin für die Meisterschaft
    empfohlen, die …")."""
    tokens = s.tokens
    end = clause.start - 1 if tokens[clause.start - 1].text == "," else clause.start
    end = _before_brackets(tokens, end)  # as ``_antecedent`` reads it
    closed = _before_closing_verb(tokens, end, s.drop, c)
    a = noun_phrase(tokens, closed - 1, 0, closed, s.language)[0]
    a = _owner_phrase_start(tokens, a, clause.opener, s.language, c)
    if not _fits(tokens, a, clause.opener, c):
        return True
    if closed == end:
        return False
    k = a - 1
    stops = c.PREPOSITIONS | c.FUSED_ARTICLES
    while k >= 0 and tokens[k].text not in ",;:" and tokens[k].lower not in stops:
        if _is_verb(tokens[k].lower, c):
            break
        if tokens[k].lower in c.ARTICLES and _fits(tokens, k, clause.opener, c):
            return True  # a rival noun of the same gender between the verb and the noun
        k -= 1
    return False


def _owner_phrase_start(tokens: list, a: int, relative: str, language: str, c: ModuleType) -> int:
    """Where the antecedent opens when the noun phrase at ``a`` is a genitive whose gender
    the relative cannot take, after a noun phrase whose gender it can ("eine Statue des
    Bildhauers, die …": the statue's): that phrase's article; ``a`` otherwise."""
    if a < 2 or tokens[a].lower not in c.GENITIVE_ARTICLES or _fits(tokens, a, relative, c):
        return a
    head = a - 1
    if not tokens[head].text[:1].isupper() or not tokens[head].text.isalpha():
        return a
    owner = noun_phrase(tokens, head, 0, a, language)[0]
    if tokens[owner].lower not in c.ARTICLES or not _fits(tokens, owner, relative, c):
        return a
    return owner


def _fits(tokens: list, k: int, relative: str, c: ModuleType) -> bool:
    """Whether the article at ``k`` (if it is one) may open the noun a ``relative`` of its
    gender stands for (``ARTICLE_GENDERS``, narrower after a preposition)."""
    article = tokens[k].lower
    genders = c.ARTICLE_GENDERS.get(article)
    if genders is None or relative not in c.NOMINATIVE_ARTICLES:
        return True
    if k > 0 and tokens[k - 1].lower in c.PREPOSITIONS:
        genders = c.ARTICLE_GENDERS_AFTER_PREPOSITION.get(article, genders)
    return relative in genders


def _nominative(phrase: str, relative: str, c: ModuleType) -> str:
    """The antecedent with its article in the nominative the relative's gender gives, and the
    adjectives after it declined to match (``NOMINATIVE_ADJECTIVE_ENDINGS``): "einem
    zweitägigen Streik, der …" → "ein zweitägiger Streik"."""
    article, _, rest = phrase.partition(" ")
    if not rest:
        return phrase
    nominative = c.NOMINATIVE_ARTICLES.get(relative, {}).get(article.lower())
    if nominative is None:
        return phrase
    ending = c.NOMINATIVE_ADJECTIVE_ENDINGS.get(relative, {}).get(nominative, "")
    words = rest.split()
    for k, word in enumerate(words[:-1]):
        if not (word.islower() and word.endswith("en")):
            break
        words[k] = word[:-2] + ending if ending else word
    return " ".join([nominative, *words])


def _number_differs(antecedent: str, finite: str, c: ModuleType) -> bool:
    """Whether a relative's plural finite verb ("wurden", "begannen") cannot agree with a
    noun phrase that opens on a singular's article ("eine Einigung")."""
    article = antecedent.partition(" ")[0].lower()
    plural = finite.endswith(c.PLURAL_FINITE_ENDINGS) or finite in c.PLURAL_FINITE_WORDS
    return plural and article in c.SINGULAR_ARTICLES


def _before_closing_verb(tokens: list, end: int, drop: set[int], c: ModuleType) -> int:
    """Where the words before ``end`` stop, past the participle or infinitive that closes the
    main clause before its relative ("Die Stadt hat die Brücke gesperrt, die 1931 gebaut
    wurde": the bridge was built then): the verb's index when a capitalised noun stands before
    it, ``end`` otherwise; an infinitive with its "zu" goes too ("Im Foyer ist eine Büste zu
    sehen, die gestern enthüllt wurde": the bust was unveiled); a separable verb's particle
    closes it as well ("lehnt das Gesetz ab, das …")."""
    if end < 3 or end - 1 in drop or end - 2 in drop:
        return end
    verb = tokens[end - 1]
    particle = verb.lower in c.SEPARABLE_PARTICLES  # "lehnt das Gesetz ab, das …"
    if not verb.text.islower() or not (particle or _closing_verb(verb.text, c)):
        return end
    at = end - 2 if end > 3 and tokens[end - 2].lower == c.TO and end - 3 not in drop else end - 1
    noun = tokens[at - 1]
    return at if noun.text[:1].isupper() and noun.text.isalpha() else end


def _closing_verb(word: str, c: ModuleType) -> bool:
    """A participle or an infinitive: a verb that closes a main clause, not a finite one."""
    if c.is_participle(word):
        return True
    lower = word.lower()
    return lower not in c.AUX and lower in c.lemmas(lower).get("VERB", ())


_REGNAL = re.compile(r"[IVX]{1,5}")  # a pope's or a king's number: "XII", "II"


def _before_brackets(tokens: list, end: int) -> int:
    """Where the words before ``end`` stop, past a bracketed aside closing at ``end`` ("der
    Minister (CDU)"): the opening bracket's index, or past the point of a regnal number
    ("Papst Pius XII."); ``end`` itself when none closes there."""
    if end > 2 and tokens[end - 1].text == "." and _REGNAL.fullmatch(tokens[end - 2].text):
        return end - 1  # "Papst Pius XII., die …": the name, its number's point left
    if end < 3 or tokens[end - 1].text != ")":
        return end
    opening = next((k for k in range(end - 2, max(end - 8, 0), -1) if tokens[k].text == "("), None)
    return end if opening is None else opening


def _unglued(word: str, c: ModuleType) -> tuple[str, list[str]]:
    """A separable verb's finite form split for a main clause: "zurückging" -> "ging" and
    "zurück" at the end ("Die Flut ging zurück"); the word alone otherwise."""
    lower = word.lower()
    for particle in sorted(c.SEPARABLE_PARTICLES, key=len, reverse=True):
        rest = lower[len(particle) :]
        if not lower.startswith(particle) or len(rest) <= 2:
            continue
        if rest in c.AUX | _verb_forms(rest, c) or _glued_present(lower, particle, rest, c):
            return rest, [particle]
    return word, []


def _glued_present(word: str, particle: str, rest: str, c: ModuleType) -> bool:
    """Whether ``word`` is a separable verb's present glued to its particle, as a clause that
    puts its verb last writes it ("zurücktritt": "tritt" of "zurücktreten")."""
    lemmas = c.lemmas(rest).get("VERB", ())
    if not lemmas or rest in lemmas or c.is_participle(rest):
        return False  # an infinitive or a participle, no finite form
    glued = c.lemmas(word).get("VERB", ())
    return any(particle + lemma in glued for lemma in lemmas)


def unglued_verb(word: str, language: str) -> tuple[str, list[str]]:
    """A separable verb's finite form split for a main clause, as ``_unglued`` does."""
    return _unglued(word, lang.words(language, "clauses"))


def _verb_forms(word: str, c: ModuleType) -> frozenset[str]:
    """``word`` itself when it is a finite verb form the language knows ("ging"), else none."""
    return frozenset((word,)) if "VERB" in c.lemmas(word) and c.is_past(word) else frozenset()
