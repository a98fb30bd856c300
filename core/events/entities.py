"""People, organisations and places named in a text, with aliases merged across the document.

No statistical model: capitalised word sequences, the role words that stand before people's
names ("Foreign Minister", "spokesman", "counterpart"), organisation words ("Ministry",
"Alliance", acronyms) and the place gazetteer (``core.events.gazetteer``).

>>> text = "Russian President Vladimir Putin met Xi in Kiev. Putin left."
>>> [(m.name, m.kind) for m in find_mentions(text)]
[('Vladimir Putin', 'person'), ('Xi', 'person'), ('Kyiv', 'place'), ('Vladimir Putin', 'person')]
>>> [m.short for m in find_mentions(text)]
['Putin', 'Xi', 'Kiev', 'Putin']

A name declined in another script is the person named whole before ("Олаф Шольц … Шольцем").
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from core import lang
from core.events.aliases import HELD, LISTED, is_acronym, merge_aliases, with_second_surname
from core.events.gazetteer import is_country, is_land, names_a_land, place
from core.events.mention import ORGANISATION, PERSON, PLACE, Mention
from core.events.name_edges import (
    field_at,
    field_goes_on,
    field_holder,
    given_after,
    partner_ending,
)
from core.events.names import is_latin, written_as_name, written_inside_name
from core.events.sentences import split_sentences

log = logging.getLogger(__name__)


# Marks that open a quotation, whose first word has a capital as a sentence's first has.
_QUOTE_OPENERS = '"“«„'
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]\.(?= [A-Z])|\w+(?:[-'’&]\w+)*")
_SPAN = re.Match.span  # (mapped over a sentence's matches: no Python frame for each word)


@dataclass(frozen=True, slots=True)
class _Names:
    """A language's words for telling people, organisations and places apart."""

    roles: frozenset[str]  # "Foreign Minister", "spokesman": a person's name follows
    role_heads: frozenset[str]  # role words that can stand alone before a name
    organisation_words: frozenset[str]
    organisations: frozenset[str]
    not_actors: frozenset[str]  # "Olympics", "Monday": a happening or a period
    connectors: frozenset[str]  # "of", "bin": lower-case words inside a name
    demonym: re.Pattern[str]
    nationalities: frozenset[str]
    function_words: frozenset[str]
    possessive: re.Pattern[str]
    nouns_capitalised: bool  # German: a capital inside a sentence marks a noun, not a name
    speech_verbs: frozenset[str]  # "sagte Scholz": who speaks after a verb of saying
    place_last: frozenset[str] = frozenset()  # "Weddell Sea", "Kestrel Bridge": a place
    place_first: frozenset[str] = frozenset()  # "Mount Kenya", "Lake Geneva"
    land_modifiers: frozenset[str] = frozenset()  # "West Germany": a land, no body named for it
    place_joiners: frozenset[str] = frozenset()  # "Morvillers-sur-Loir": a place
    place_before: frozenset[str] = frozenset()  # "in Halden": a lone name there is a place
    place_prepositions: frozenset[str] = frozenset()  # "в Иртыше": a lone word is a place
    place_nouns: frozenset[str] = frozenset()  # "у селі Малі Будища": the name is a place
    place_then_person: frozenset[str] = frozenset()  # German "in Lana | Hans Gruber"
    noun_openers: frozenset[str] = frozenset()  # "zum Tod von …": a noun follows, no name
    role_complement: re.Pattern[str] = re.compile("(?!)")  # "Губернатор Пермского края"
    and_word: str = "and"  # "in Kirov, Kostroma and Vologda": a list of places goes on
    partner_endings: frozenset[str] = frozenset()  # "Harlow Brown and Co": one firm
    role_given_names: frozenset[str] = frozenset()  # "Мэр Заречинска | Павел Громов"
    fields: frozenset[str] = frozenset()  # "Minister of | Fisheries Jonas Kabwe": a field
    second_surname: bool = False  # "Carmen Reyes Moreno": two surnames, "Carmen Reyes" too
    given_names: frozenset[str] = frozenset()  # "Pierre Roux": a given name, no word
    demonym_name_endings: tuple[str, ...] = ()  # "Russian" and "Alan" (``names_a_land``)
    demonyms_apart: frozenset[str] = frozenset()  # "German": its land spelled apart


@cache
def _names(language: str) -> _Names:
    events, calendar = lang.words(language, "events"), lang.words(language, "calendar")
    clauses = lang.words(language, "clauses")
    return _Names(
        roles=events.ROLES,
        role_heads=events.ROLES - events.ROLE_MODIFIERS,
        organisation_words=events.ORGANISATION_WORDS,
        organisations=events.ORGANISATIONS,
        not_actors=events.NOT_ACTORS | set(calendar.WEEKDAYS) | set(calendar.MONTHS),
        connectors=events.NAME_CONNECTORS,
        demonym=re.compile(events.DEMONYM),
        nationalities=events.NATIONALITIES,
        function_words=clauses.FUNCTION_WORDS | clauses.PREPOSITIONS,  # "For the year, …"
        possessive=re.compile(clauses.POSSESSIVE),
        nouns_capitalised=lang.words(language, "cues").NOUNS_CAPITALISED,
        speech_verbs=clauses.SPEECH_VERBS,
        place_last=events.PLACE_LAST_WORDS,
        place_first=events.PLACE_FIRST_WORDS,
        land_modifiers=events.LAND_MODIFIERS,
        place_joiners=events.PLACE_JOINERS,
        place_before=events.PLACE_BEFORE,
        place_prepositions=events.PLACE_PREPOSITIONS,
        place_nouns=events.PLACE_NOUNS,
        place_then_person=events.PLACE_THEN_PERSON_AFTER,
        noun_openers=events.NOUN_OPENERS,
        role_complement=re.compile(events.ROLE_COMPLEMENT),
        and_word=clauses.AND,
        partner_endings=events.PARTNER_COMPANY_ENDINGS,
        role_given_names=events.ROLE_PERSON_GIVEN_NAMES,
        fields=events.NAME_PLACE_CONNECTORS,
        second_surname=events.SECOND_SURNAME,
        given_names=events.GIVEN_NAMES,
        demonym_name_endings=events.DEMONYM_NAME_ENDINGS,
        demonyms_apart=events.DEMONYMS_APART,
    )


def find_mentions(
    text: str, start: int = 0, end: int | None = None, language: str = "en",
    sentences: list[tuple[int, int]] | None = None,
) -> list[Mention]:  # fmt: skip
    """The names in ``text[start:end]``, in order, with aliases merged over that stretch;
    ``sentences``, when given, are that stretch's as ``split_sentences`` cuts it, counted in
    ``text`` (``sentences.split_with_body``: the article's split once)."""
    names = _names(language)
    end = len(text) if end is None else end
    if sentences is None:
        sentences = [(start + a, start + b) for a, b in split_sentences(text[start:end], language)]
    raw: list[Mention] = []
    for s_start, s_end in sentences:
        raw.extend(_sentence_mentions(text, s_start, s_end, names, language))
    # a word the text also writes in lower case is an ordinary word ("Parish officials …")
    held = {m.text.lower() for m in raw if m.kind == HELD}
    # (the words of the whole text: read only when one of them may be written in lower case)
    if any(text.find(word, start, end) >= 0 for word in held):
        written = set(_TOKEN.findall(text, start, end))
        raw = [m for m in raw if m.kind != HELD or m.text.lower() not in written]
    return merge_aliases(
        raw, names.connectors, names.nouns_capitalised, names.demonym, names.second_surname
    )


def one_name_per_person(mentions: list[Mention], language: str) -> list[Mention]:
    """``mentions`` of several stretches (a headline's, a body's) with one name per person
    where the language's people bear two surnames: the headline's "Carmen Reyes" is the
    body's "Carmen Reyes Moreno"."""
    names = _names(language)
    return with_second_surname(mentions, names.connectors) if names.second_surname else mentions


def _tokens(text: str, start: int, end: int, names: _Names) -> list[tuple[int, int]]:
    spans = list(map(_SPAN, _TOKEN.finditer(text, start, end)))
    for k, (a, b) in enumerate(spans):
        if b - a > 2 and text[a].isupper():  # the cheap tests first: most words are neither
            possessive = names.possessive.search(text, a, b)
            if possessive:
                spans[k] = (a, possessive.start())
    return spans


def _sentence_mentions(
    text: str, start: int, end: int, names: _Names, language: str
) -> list[Mention]:
    tokens = _tokens(text, start, end, names)
    found: list[Mention] = []
    i = 0
    while i < len(tokens):
        if not text[tokens[i][0]].isupper():  # (most words: no call for them)
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and _continues(text, tokens, j, names):
            j += 1
        while j - 1 > i and text[tokens[j - 1][0] : tokens[j - 1][1]].lower() in names.connectors:
            j -= 1
        if partner_ending(
            text, tokens, j, names.and_word, names.partner_endings
        ):  # "Harlow Brown and Co", "… and Co Inc"
            j += 2
            while j < len(tokens) and _continues(text, tokens, j, names):
                j += 1
        if _place_then_person(text, tokens, i, j, names):  # "in Lana | Hans Gruber"
            found.append(_mention(text, tokens[i][0], tokens[i][1], PLACE, language))
            i += 1
        opens = i == 0 or text[tokens[i][0] - 1] in _QUOTE_OPENERS  # "“Fifty-odd years, …"
        run = _classify_run(text, tokens, i, j, opens, names, language)
        before = text[tokens[i - 1][0] : tokens[i - 1][1]].lower() if i else ""
        if j == i + 1 and before in names.place_before:  # "trained in Halden": a place
            run = [replace(m, kind=PLACE) if m.kind == "unknown" else m for m in run]
        elif before in names.place_nouns:  # "у селі Малі Будища": a village, no one
            run = [replace(m, kind=PLACE) if m.kind in ("unknown", PERSON) else m for m in run]
        elif j == i + 1 and _listed_after_place(text, tokens[i], found, names):
            run = [replace(m, kind=LISTED) if m.kind == "unknown" else m for m in run]
        found.extend(run)
        i = j
    return found


def _place_then_person(
    text: str, tokens: list[tuple[int, int]], i: int, j: int, names: _Names
) -> bool:
    """Whether the run ``tokens[i:j]`` after a place's preposition (German "in", "aus") is a
    place and a person with no word between: one word, then a given name and a surname ("am
    Sonntag wurde in Lana Hans Gruber gewählt"); not a person's own two given names."""
    if not i or j - i < 3 or _lower(text, tokens[i - 1]) not in names.place_then_person:
        return False
    first, second = _lower(text, tokens[i]), _lower(text, tokens[i + 1])
    return second in names.given_names and first not in names.given_names


def _listed_after_place(
    text: str, token: tuple[int, int], found: list[Mention], names: _Names
) -> bool:
    """Whether a lone word goes on a list a place opened and the list closes the clause: "в
    Кирове, Костроме и Вологде.", "in Leeds, Hull and Ripon," are three places, not a place
    and two people ("In Paris, Macron and Scholz met": the list goes on into a verb)."""
    if not found or found[-1].kind not in (PLACE, LISTED):
        return False
    gap = text[found[-1].end : token[0]].split()
    if gap not in ([","], [names.and_word], [",", names.and_word]):
        return False
    rest = _LIST_REST.format(re.escape(names.and_word))
    if gap == [","]:
        rest = _LIST_ON.format(re.escape(names.and_word)) + rest
    return re.match(rest, text[token[1] : token[1] + 120]) is not None


# After a listed place: more of the list, up to "and" and its last word; then punctuation.
_LIST_ON = r"(?:,\s+[^\W\d_][\w-]*)*\s+{0}\s+[^\W\d_][\w-]*"
_LIST_REST = r"\s*[.,;:!?)—–]"


def _is_capital(text: str, token: tuple[int, int]) -> bool:
    return text[token[0]].isupper()


def _lower(text: str, token: tuple[int, int]) -> str:
    return text[token[0] : token[1]].lower()


def _continues(text: str, tokens: list[tuple[int, int]], j: int, names: _Names) -> bool:
    gap = text[tokens[j - 1][1] : tokens[j][0]]
    if gap != " ":
        return False
    word = text[tokens[j][0] : tokens[j][1]]
    if word.lower() in names.connectors:  # "van der Berg", "de la Vega": one may follow one
        k = j + 1
        while k < len(tokens) and _lower(text, tokens[k]) in names.connectors:
            k += 1
        return k < len(tokens) and _is_capital(text, tokens[k])
    particle, dash, rest = word.partition("-")  # "Omar al-Haddad": a particle and a surname
    return _is_capital(text, tokens[j]) or (
        bool(dash) and particle in names.connectors and rest[:1].isupper()
    )


def _classify_run(
    text: str, tokens: list[tuple[int, int]], i: int, j: int, sentence_start: bool,
    names: _Names, language: str,
) -> list[Mention]:  # fmt: skip
    words = [text[a:b] for a, b in tokens[i:j]]
    if not words:
        return []
    if field_goes_on(text, tokens, i, names.and_word, names.fields, names.roles):
        return _holder(text, tokens, i, j, language)  # "Minister of Farming and | Rural …"
    if (
        (sentence_start or names.nouns_capitalised)
        and len(words) > 1
        and _is_common(words[0], language)
        and not place(words[0], language)
        and not _whole_name(text, words, names)
        and not (words[0].lower() in names.roles and field_at(words, 1, names.fields, names.roles))
    ):
        i += 1  # "Shares of Ford Motor Co": the name starts after "of"
        while i < j and text[tokens[i][0] : tokens[i][1]].lower() in names.connectors:
            i += 1
        return _classify_run(text, tokens, i, j, False, names, language)
    after_noun = _after_noun_head(text, tokens, i, j, names)
    if after_noun is not None:  # "zum Tod von Gottfried Lehmann": the name after "von"
        return _classify_run(text, tokens, after_noun, j, False, names, language)
    role_at = [k for k, w in enumerate(words) if w.lower().rstrip(".") in names.roles]
    field = next((k for k in role_at if field_at(words, k + 1, names.fields, names.roles)), None)
    if field is not None:
        role_at = [k for k in role_at if k <= field]  # "Minister of Foreign Affairs Ann Lee"
    if role_at and not _organisation_after(words, role_at[-1], names):
        before = _classify_run(text, tokens, i, i + role_at[0], sentence_start, names, language)
        after = i + role_at[-1] + 1
        if _role_complement(text, tokens, after, names):
            return before  # "Губернатор Пермского края": the role's place, no one's name
        if after < j - 1 and names.nouns_capitalised and text[tokens[after][0]].islower():
            # "Der Gemeinderat von Rosental": a German title before "von" is an office of a
            # place, no person's name after it
            rest = _classify_run(text, tokens, after + 1, j, False, names, language)
            return [*before, *rest]
        if after < j - 1 and is_country(text[tokens[after][0] : tokens[after][1]], language):
            return [*before, *_country_and_person(text, tokens, after, j, language)]
        if after < j and _lower(text, tokens[after]) in names.fields:
            # "Minister of Fisheries Jonas Kabwe": the role's field, then the person holding it
            return [*before, *_holder(text, tokens, after + 1, j, language)]
        given = given_after(text, tokens, after, j, names.role_given_names)
        if given is not None:  # "мэр Заречинска Павел Громов": the town, then the person
            return [*before, _mention(text, tokens[given][0], tokens[j - 1][1], PERSON, language)]
        if after < j:
            return [*before, _mention(text, tokens[after][0], tokens[j - 1][1], PERSON, language)]
        return before
    name = " ".join(words)
    span_start, span_end = tokens[i][0], tokens[j - 1][1]
    if _preceded_by_role(text, tokens, i, names) and _role_complement(text, tokens, i, names):
        return []  # "Губернатор Пермского края": the role's place, no one's name
    after_role = _preceded_by_role(text, tokens, i, names) or (
        names.nouns_capitalised and _after_saying(text, tokens, i, names, language)
    )
    if after_role and len(words) > 1 and is_country(words[0], language):
        return _country_and_person(text, tokens, i, j, language)
    if len(words) > 2 and not is_latin(words[0]) and is_country(words[0], language):
        # "народна художниця України Оксана Герасименко": a title's country, then the person
        return _country_and_person(text, tokens, i, j, language)
    given = (
        given_after(text, tokens, i, j, names.role_given_names)
        if _preceded_by_role(text, tokens, i, names)
        else None
    )
    if given is not None:  # "Мэр | Заречинска Павел Громов": the role's town, then the person
        return [_mention(text, tokens[given][0], tokens[j - 1][1], PERSON, language)]
    kind = _kind(name, sentence_start, after_role, language)
    if kind is None:  # "Сомов был назначен …": a known person's surname, or an ordinary word
        kind = HELD if sentence_start and len(words) == 1 else None
        return [_mention(text, span_start, span_end, kind, language)] if kind else []
    if kind == "unknown" and _after_place_preposition(text, tokens, i, names):
        # "Вода в Иртыше начала подниматься": where, never who "она" is; unless the article
        # names a person in full by that word ("proposa à Odette … Odette Le Goff")
        kind = LISTED
    return [_mention(text, span_start, span_end, kind, language)]


@lru_cache(maxsize=16384)  # a name is classified again at each of its mentions
def _kind(name: str, sentence_start: bool, after_role: bool, language: str) -> str | None:
    names = _names(language)
    words = name.split(" ")  # (its tokens, joined by single spaces: none holds a space)
    lowered = [part for w in words for part in w.lower().split("-")]
    if name in names.nationalities:
        return None
    if place(name, language):
        return PLACE
    # ("Jan Kolbe": a given name before a surname is no month's abbreviation)
    given = len(words) > 1 and lowered[0] in names.given_names
    if any(w in names.not_actors for w in lowered[given:]):
        return None
    if name in names.organisations or any(w in names.organisation_words for w in lowered):
        return ORGANISATION
    if len(words) == 1 and is_acronym(name):
        return ORGANISATION
    if len(lowered) > 1 and (lowered[-1] in names.place_last or lowered[0] in names.place_first):
        return PLACE  # "the Weddell Sea": never a person a pronoun may stand for
    if _named_for_land(words, names, language):
        return ORGANISATION  # "Transport Scotland", "Air Canada": a body named for its land
    if len(words) == 1 and any(part in names.place_joiners for part in lowered[1:-1]):
        return PLACE  # "le maire de Fontenelle-sur-Vire (Calvados)": a commune, no one
    if after_role:
        return PERSON
    if len(words) == 1:
        # A lone capitalised word is a name only if it is not an ordinary word
        # ("Western", "During") nor a nationality ("Chinese"); aliases catch the rest.
        common = (
            _is_common(name, language)
            if sentence_start or names.nouns_capitalised
            else name.lower() in names.function_words
        )
        return None if common else "unknown"
    demonym = names.demonym.search(words[0]) and words[0].lower() not in names.connectors
    demonym = demonym and not given  # "Peter Brandt": a given name, no "Berliner" people's word
    if demonym and words[0].lower().rstrip("s").endswith(names.demonym_name_endings):
        # "Susan Okafor", "Heidi Roe": a given name that ends as a people's word does (not a
        # place's name, "Paris Basin", nor a people's, "Iraqi Officials")
        demonym = (
            words[0] in names.demonyms_apart
            or place(words[0], language) is not None
            or names_a_land(words[0], names.demonym_name_endings, language)
        )
    if any(is_acronym(w) for w in words) or (demonym and len(words) == 2):
        return None
    return PERSON


def _named_for_land(words: list[str], names: _Names, language: str) -> bool:
    """An ordinary word and a country's or region's name: a body named for the land it serves
    ("Transport Scotland", "Air Canada"), not a person ("Patricia Scotland"), another place
    ("West Germany") or a people ("South Korean")."""
    first, last = words[0], words[-1]
    return (
        len(words) == 2
        and is_land(last, language)
        and not names.demonym.search(last)
        and first.lower() not in names.land_modifiers
        and _is_common(first, language)
    )


def _after_noun_head(
    text: str, tokens: list[tuple[int, int]], i: int, j: int, names: _Names
) -> int | None:
    """Where the name starts in a run whose first words are a noun a linking word ties to it,
    in a language that writes every noun with a capital: after "von" when an article opens
    the run ("den Tod von Hanna Roth", "beim Kauf von Wärmepumpen") or a first and a last
    name follow it ("Werkstatt von Paul Roth"; a noble's "von" comes before one last name:
    "Otto von Bismarck", "Ursula von der Leyen"). None when the run is one name."""
    if not names.nouns_capitalised:
        return None
    lowered = [text[a:b].lower() for a, b in tokens[i:j]]
    link = next((k for k, w in enumerate(lowered) if k and w in names.connectors), None)
    if link is None:
        return None
    start = link
    while start < len(lowered) and lowered[start] in names.connectors:
        start += 1
    if start >= len(lowered):
        return None
    before = text[max(0, tokens[i][0] - _OPENER_CHARS) : tokens[i][0]].split()
    opened = bool(before) and before[-1].lower() in names.noun_openers
    return i + start if opened or len(lowered) - start > 1 else None


_OPENER_CHARS = 12  # characters before a run: its article ("einem", "zum")


def _whole_name(text: str, words: list[str], names: _Names) -> bool:
    """A name whose first word is also a common word, kept whole at a sentence's start: an
    organisation's ("General Motors Corp", "Bank of England"), a particle ("Van Liemt") or a
    first name the text writes as a name elsewhere ("Jimmy Hollis", "… had Jimmy's name")."""
    first = words[0].lower()
    if first in names.function_words:
        return False  # "The Bank of England": "The" only opens the sentence
    if not names.nouns_capitalised and written_as_name(text, words[0]):
        return True  # (where every noun has a capital, any noun is written so)
    if not names.nouns_capitalised and written_inside_name(text, words[0], words[1]):
        return True  # "Muere Carmen Reyes … Carmen Reyes Moreno, …": her given name
    if first in names.given_names and words[1][:1].isupper():
        return True  # "Pierre Roux a vendu …": a given name the dictionary holds as a word

    head = next((k for k, w in enumerate(words) if w.lower() in names.connectors), len(words))
    lowered = [part for w in words[:head] for part in w.lower().split("-")]
    return first in names.connectors or any(w in names.organisation_words for w in lowered)


def _holder(
    text: str, tokens: list[tuple[int, int]], i: int, j: int, language: str
) -> list[Mention]:
    """The person after a role's field in ``tokens[i:j]``, if the run names one."""
    span = field_holder(text, tokens, i, j)
    return [] if span is None else [_mention(text, *span, PERSON, language)]


def _organisation_after(words: list[str], role: int, names: _Names) -> bool:
    """A role word inside an organisation's name: "General Motors Corp", "State Street Bank"."""
    return any(w.lower() in names.organisation_words for w in words[role + 1 :])


def _role_complement(text: str, tokens: list[tuple[int, int]], k: int, names: _Names) -> bool:
    """The two words from ``k`` complete the role before them ("Губернатор [Пермского края]"):
    a case other than the role's, so no name in apposition to it."""
    if k + 1 >= len(tokens) or text[tokens[k][1] : tokens[k + 1][0]] != " ":
        return False
    return bool(names.role_complement.match(text[tokens[k][0] : tokens[k + 1][1]]))


def _preceded_by_role(text: str, tokens: list[tuple[int, int]], i: int, names: _Names) -> bool:
    if i == 0:
        return False
    prev = text[tokens[i - 1][0] : tokens[i - 1][1]].lower().rstrip(".")
    return prev in names.role_heads and text[tokens[i - 1][1] : tokens[i][0]] in (" ", ". ")


def _after_saying(
    text: str, tokens: list[tuple[int, int]], i: int, names: _Names, language: str
) -> bool:
    """ "…“, sagte Scholz": a name straight after a verb of saying is who spoke, where a lone
    capitalised word could otherwise be any noun."""
    if i == 0:
        return False
    prev = text[tokens[i - 1][0] : tokens[i - 1][1]].lower()
    verbs = lang.words(language, "clauses").lemmas(prev).get("VERB", ())
    return bool(set(verbs) & names.speech_verbs)


def _mention(text: str, start: int, end: int, kind: str, language: str) -> Mention:
    words = text[start:end]
    return Mention(start, end, words, kind, *_forms(words, kind, language))


@lru_cache(maxsize=16384)  # a name is written again at each of its mentions
def _forms(words: str, kind: str, language: str) -> tuple[str, str]:
    """A mention's canonical name and its short form for titles."""
    canonical = place(words, language) or words if kind == PLACE else words
    parts = words.split()
    if kind == PERSON:
        parts = _before_place(parts, language)  # "Ann Lee [of Leeds]": Lee
    first = len(parts) - 1  # a surname keeps its particles: "Van Liemt", "de la Cruz"
    if first > 0 and _REGNAL.match(parts[first]):
        first -= 1  # a regnal number is no surname: "Louis XVI", "Charles III", not "XVI"
    while first > 0 and parts[first - 1].lower() in _names(language).connectors:
        first -= 1
    if len(parts) == 2 and _HYPHENATED_GIVEN.match(parts[1]):
        first = 0  # "Chung In-yong", "Rha Woong-bae": the family name comes first
    short = " ".join(parts[first:]) if kind == PERSON else words
    return canonical, short


def _before_place(parts: list[str], language: str) -> list[str]:
    """A person's name without the place joined after it ("Ann Lee of Leeds" → "Ann Lee"),
    unless a role stands before the joiner ("Prince of Wales": the whole is the name)."""
    events = lang.words(language, "events")
    cut = next((k for k in range(1, len(parts) - 1) if parts[k] in events.NAME_PLACE_CONNECTORS), 0)
    if not cut or parts[cut - 1].lower().rstrip(".") in events.ROLES:
        return parts
    return parts[:cut]


# A given name of two syllables joined by a hyphen, the second in lower case ("In-yong"):
# written after the family name, as in Korean names.
_HYPHENATED_GIVEN = re.compile(r"^[A-Z][a-z]+-[a-z]+$")
# A king's or pope's number after the name: "XVI", "III", "VI" (I to XXXIX).
_REGNAL = re.compile(r"^X{0,3}(?:IX|IV|V?I{0,3})$(?<=[IVX])")


@lru_cache(maxsize=4096)
def _is_common(word: str, language: str) -> bool:
    """An ordinary word of the language: its capital may only mark a sentence."""
    clauses = lang.words(language, "clauses")
    lower = word.lower()  # a preposition is never a name ("With the vote due, …")
    if clauses.lemmas(word) or lower in lang.union(clauses, "FUNCTION_WORDS", "PREPOSITIONS"):
        return True
    number_value = getattr(lang.words(language, "calendar"), "number_value", None)
    # a count spelt out ("Twenty-five families left", "“Fifty-odd years, …”"): no one's name
    return bool(word[:1].isalpha() and number_value and number_value(word.split("-")[0]))


def _country_and_person(
    text: str, tokens: list[tuple[int, int]], i: int, j: int, language: str
) -> list[Mention]:
    """ "Канцлер Германии Олаф Шольц": the role's country, then the person (``tokens[i:j]``)."""
    return [
        _mention(text, tokens[i][0], tokens[i][1], PLACE, language),
        _mention(text, tokens[i + 1][0], tokens[j - 1][1], PERSON, language),
    ]


def _after_place_preposition(
    text: str, tokens: list[tuple[int, int]], i: int, names: _Names
) -> bool:
    """Whether the word before token ``i`` is a preposition of place (``PLACE_PREPOSITIONS``)."""
    if i == 0:
        return False
    return text[tokens[i - 1][0] : tokens[i - 1][1]].lower() in names.place_prepositions
