"""A clause's subject as a title names it: asides cut, pronouns resolved to their name.

"Hiram Ltd, the previous owner, sold …" → "Hiram Ltd"; "its board" → "Amoskeag's board";
"…, who died" → the person before "who". A pronoun that opens a sentence stands for the one
person (or organisation) the sentence before it names, or the article's lead does; when no
single name is sure, there is no subject, and no title.
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core import lang
from core.events.antecedents import earlier_subject
from core.events.case_antecedent import case_object_before
from core.events.coordinated_subject import coordinated_subject
from core.events.dropped_subject import bare_phrase_fronted, fronted_only, subject_follows
from core.events.entities import PERSON, Mention
from core.events.group_antecedent import can_be_they, next_to_main
from core.events.inserted_sayings import inserted_saying
from core.events.name_antecedent import name_subject_before
from core.events.nearer_speaker import attributed_speaker, nearer_speaker, unsure_for_main
from core.events.object_antecedent import object_before
from core.events.ordinal_antecedent import counted_before
from core.events.owner_after import neutral_owner, owned_phrase
from core.events.owner_antecedent import thing_owner
from core.events.parse import Sentence
from core.events.person_noun_antecedent import person_noun_before
from core.events.phrase_antecedent import phrase_before
from core.events.plural_antecedent import plural_before
from core.events.plural_subject import (
    number_differs,
    plural_main,
    plural_pronoun_before,
)
from core.events.pronoun_antecedent import antecedent
from core.events.pronoun_names import kept_as_written
from core.events.relative_heads import ends_on_question_word
from core.events.repeated_predicate import repeated_subject
from core.events.role_antecedent import role_before
from core.events.sayer_pronoun import sayer_pronoun
from core.events.since_subject import since_subject
from core.events.speaker_antecedent import speaker_before
from core.events.subject_after_verb import pronoun_before_verb_last, subject_after_verb
from core.events.subject_asides import _without_aside
from core.events.subject_parts import (
    after_occasions,
    after_owned_noun,
    after_time_phrase,
    duration_before,
    names_person,
    one_owner,
    one_person,
    plural_head,
)
from core.events.subject_shapes import (
    _adverb,
    _after_dateline,
    _after_fronted_name,
    _after_fronted_phrase,
    _after_fronted_place,
    _after_opener_phrase,
    _after_told,
    _bare_participle,
    _passive_se,
    _plural_verb,
    _whose_owner,
    fronted_participle,
    is_expletive,
)
from core.events.thing_antecedent import subject_clause, thing_before
from core.events.tokens import Clause, glued_to_that
from core.events.topic_person import (
    possessive_owner,
)
from core.events.unwritten_subject import unwritten_subject
from core.events.whose_articles import owned_subject
from core.events.wording import name_in_title, owner_name, reduce_names


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def _without_inserted_saying(s: Sentence, keep: list[int], verb: int, c: ModuleType) -> list[int]:
    """``keep`` without an attribution set off by commas before the verb ("El banco, agregó
    el ministro, cerró …": the bank)."""
    for k in keep:
        close = inserted_saying(s.tokens, k, verb + 1, c)
        if close is not None and close < verb:
            return [j for j in keep if not k - 1 <= j <= close]
    return keep


def subject_of(
    s: Sentence, clause: Clause, inherited: bool = False
) -> tuple[str, list[Mention], tuple[int, int]]:
    """The clause's subject as written, its aside cut ("Hiram Ltd, the previous owner,") and
    its pronouns resolved to the name they stand for ("its board" → "Amoskeag's board"); a
    clause without one ("…, saying he would") takes the sentence's first subject. "" when a
    pronoun stands for nothing sure."""
    c = _clauses(s.language)
    verb = clause.verb if clause.verb is not None else clause.body
    if pronoun_before_verb_last(s, clause, c):
        verb = clause.body + 1  # "dass sie | ihr Amt … niederlegen wird": the pronoun alone
    keep = [k for k in range(clause.body, verb) if k not in s.drop]
    keep = [k for k in keep if not _adverb(s, k, clause.body)]
    keep = _without_inserted_saying(s, keep, verb, c)  # "El banco, agregó, | cerró"
    coordinated = coordinated_subject(s, clause, keep, subject_of)
    if coordinated is not None:  # "… before the robbery, and | was found": the first's
        return coordinated
    while keep and keep[-1] == verb - 1 and s.tokens[keep[-1]].lower in c.OBJECT_CLITICS:
        verb = keep.pop()  # "qui [les] examinera": the verb's object, no word of the subject
    if _lone_reflexive(s, clause, keep, verb, c):
        verb = keep.pop()  # "La patronal no firmó: | se levantó …": the verb's "se", no subject
    if keep and s.tokens[keep[0]].lower == c.OF and duration_before(s, keep[0]):
        measure = [k for k in range(clause.body, keep[0]) if k in s.drop]
        keep = [*measure, *keep]  # "[Three days] of heavy rain": the time measures the noun
    if not inherited and clause is s.clauses[0] and fronted_only(s, keep, verb, c):
        keep = []  # "De vuelta en España, fundó …": the verb's ending says who
    if not inherited and clause is s.clauses[0] and bare_phrase_fronted(s, keep, verb, c):
        keep = []  # "En términos parecidos habló el alcalde": the subject after the verb
    while keep and s.tokens[keep[-1]].text == ",":
        keep.pop()
    while keep and s.tokens[keep[0]].text == ",":
        keep.pop(0)
    keep = _after_link_aside(s, keep, c)  # "En 1974, pourtant, la biscuiterie ferme"
    if ends_on_question_word(s, keep):
        return "", [], (verb, verb)  # "after a bitter row over who | should lead": no subject
    keep = after_time_phrase(s, keep, c)  # "At about [10pm] a wave hit …": the wave
    keep = _after_dateline(s, keep)  # "WOOL PRICES SYDNEY, [June 3] The board reported"
    keep = after_owned_noun(s, keep, c)  # "At [Monday's] auction the Treasury sold …"
    # "Bei einem Anschlag … sind", "Das hat Bürgermeister Brunner angekündigt"
    fronted = not keep or s.tokens[keep[0]].lower in c.PREPOSITIONS
    fronted = fronted or (len(keep) == 1 and s.tokens[keep[0]].lower in c.EXPLETIVES)
    fronted = fronted or fronted_participle(s, clause) is not None  # "Begonnen hatte der Streit"
    # "Die Gesellschaft, die die Bahn führt, | ließ das Seil austauschen": a main clause
    # resumed after a relative has its subject before it, not after its verb
    resumed = not keep and clause.start > 0 and s.clauses[0].verb is None
    resumed = resumed and any(
        part.opener in c.RELATIVES for part in s.clauses[1:] if part.start < clause.start
    )
    if fronted and c.VERB_LAST and clause.verb is not None and not resumed:
        after = subject_after_verb(s, clause, c, subject_of)  # "Am Montag trafen sich die Minister"
        if after is not None:
            return after
    if not keep:
        return unwritten_subject(s, clause, verb, inherited, c, subject_of)
    keep = _after_told(s, clause, keep, c)
    keep = _after_fronted_name(s, keep, c)  # "У Полтаві ярмарок почався": the fair
    keep = _after_fronted_phrase(s, keep, c)  # "По словам директора, рабочие заметили"
    keep = after_occasions(s, keep, c)  # "Three times, raiders attacked": the raiders
    keep = _after_opener_phrase(s, clause, keep, verb, c)  # "Speaking after the vote, the mayor"
    if not keep:
        return "", [], (verb, verb)
    keep = [k for i, k in enumerate(keep) if not _bare_participle(s, keep, i, verb, c)]
    if len(keep) > 2 and s.tokens[keep[-1]].lower in c.PRONOUNS and s.tokens[keep[-2]].text == ",":
        keep = keep[-1:]  # "A trustee since 1985, she was awarded …": the pronoun is the subject
    keep = _without_aside(s, keep, _after_fronted_place(s, clause))
    if c.VERB_LAST and clause.opener == c.THAT and s.tokens[keep[0]].lower in c.PRONOUNS:
        keep = keep[:1]  # "dass er nicht mehr antreten wird": the verbs last, "er" alone
    if not inherited and len(keep) > 1 and s.tokens[keep[-2]].lower in c.QUESTION_BEFORE_SUBJECT:
        return "", [], (verb, verb)  # "Asked what she would do next, …": a question, no deed
    counted = counted_before(s, keep) if clause is s.clauses[0] and not inherited else ""
    if counted:  # "… added two extra sailings. A third will leave": a third sailing
        return counted, [], (clause.body, verb)
    resolved: list[Mention] = []
    owner = _whose_owner(s, clause, c)  # "the firm whose shares fell" → "the firm's shares"
    if owner is None:
        return "", [], (verb, verb)
    skip = set(range(clause.body, verb)) - set(keep)
    owned_after: tuple[str, str] | None = None  # a sexless possessive's owner, named after
    # the ending that makes a name an owner ("Acme's board" for "its board"); a language
    # that writes none ("son conseil") keeps its possessive word as it stands
    owns = next((e for e in c.POSSESSIVE_ENDINGS if e.startswith("'")), "")
    for k in keep:
        lower = s.tokens[k].lower
        # "its board"; a lone "its" is a slip for "it"
        leading = k == keep[0] != keep[-1] and lower in c.POSSESSIVE_PRONOUNS
        possessive = leading and owns
        if (
            leading
            and c.OWNER_AFTER_NOUN
            and not s.tokens[k + 1].text[:1].isupper()  # "Його Остапенко знайшов": the object
        ):
            skip.add(k)  # "Её выручка сократилась": an owner put after its noun would need
            continue  # a case the title cannot give it; the noun alone, never "Её"
        if keep == [k] and lower in c.OBJECT_PRONOUNS:
            # "Его задержали в понедельник": the object of a verb whose doer goes unnamed; a
            # person put in its place would be titled in the wrong case or sex ("Петров
            # задержали") or stand for a thing ("Його відкрили" of a museum): no subject, but
            # a plural whose doers go unnamed keeps the object as written, as it opens the
            # clause ("Его похоронили в январе": he was buried then), lent to no other clause
            if c.UNNAMED_PLURAL and _plural_verb(s, verb, c) and not inherited:
                thing = case_object_before(s, k) if clause is s.clauses[0] else ""
                return thing or s.tokens[k].text, [], (k, verb)  # "Выставку откроют"
            return "", [], (verb, verb)
        if leading and not owns and c.OWNER_ARTICLES and not owned_after:
            person = neutral_owner(s, k, _antecedent) if clause is s.clauses[0] else None
            if person is not None:  # "Ses obsèques …" → "Les obsèques de Jeanne Roux"
                owned_after = (lower, name_in_title(s.text, person, s.language))
                resolved.append(person)
                skip.add(k)
                continue
        slip = keep == [k] and lower in c.POSSESSIVE_PRONOUNS
        if lower not in c.PRONOUNS and not possessive and not slip:
            continue
        if is_expletive(s, keep, verb, c):
            return "", [], (verb, verb)
        nearer = None if possessive else nearer_speaker(s, clause, k, subject_of)
        if nearer is not None:
            return nearer  # "…, when the firm said it …": the firm, not the main subject
        said = None if possessive else attributed_speaker(s, clause, k)
        if said is not None:
            return said  # "Tickets sold out, the museum said, and it will …": the museum
        mention = _antecedent(s, k)
        before = mention is not None and mention.start < s.tokens[0].start and not possessive
        sayer = sayer_pronoun(s, clause, k, subject_of) if before else None
        if sayer is not None:  # "A farmer said Saturday he is leaving": the farmer, as
            return sayer  # written, not a name of the sentence before
        first = clause is s.clauses[0] and not inherited and keep == [k] and k == clause.body
        phrase, a, b = phrase_before(s, k) if first else ("", 0, 0)
        head = (
            mention is not None
            and mention.kind == PERSON
            and a <= mention.start < b
            and s.text[a : mention.start].split()[-1:] != []
            and s.text[a : mention.start].split()[-1].lower() not in c.PREPOSITIONS
        )
        if phrase and not head:
            # "Les habitants … sont en colère. Ils organisent une marche samedi": the subject
            # before, unless the person named heads it ("Der Präsident Macron … Er")
            return phrase, [], (clause.body, verb)
        skip.add(k)
        if mention is not None:
            resolved.append(mention)
            name = name_in_title(s.text, mention, s.language)
            owner = owner_name(name, _owns(owns, lower, name, c), s.language) if possessive else ""
            continue
        opening = clause is s.clauses[0] and not inherited and (keep == [k] or possessive)
        named = name_subject_before(s, k, subject_of) if opening else None
        if named is not None and possessive:  # "Wayfare began in 2011. Its first customer …"
            owner = owner_name(named[0], owns, s.language)
            resolved.extend(named[1])
            continue
        if named is not None and keep == [k]:  # "Idris formed on Sunday. It deepened …"
            return named[0], named[1], (clause.body, verb)
        thing = thing_before(s, k, subject_of, owner=True) if possessive and opening else None
        if thing is not None:  # "The bridge, built in 1931, was closed … . Its owner …"
            owner = f"{thing[0]}{_owns(owns, lower, thing[0], c)}"
            continue
        thing = thing_before(s, k, subject_of) if keep == [k] else None
        if thing is not None:  # "The bridge … carries 14,000 vehicles a day. It was closed …"
            return thing[0], thing[1], (clause.body, verb)
        topic = earlier_subject(s, k, subject_of) if keep == [k] == [0] and not inherited else None
        if topic is not None:  # "The aircraft was delivered in 2013. It had been inspected …"
            return topic[0], topic[1], (clause.body, verb)
        thing = object_before(s, k, subject_of) if keep == [k] and opening else None
        if thing is not None:  # "In 1964 she designed the town library. It opened in 1966"
            return thing[0], thing[1], (clause.body, verb)
        person = person_noun_before(s, k, subject_of) if keep == [k] and opening else None
        person = person or (role_before(s, k, subject_of) if keep == [k] and opening else None)
        if person is not None:  # "The Ripley man was arrested. He appeared in court …"
            return person[0], person[1], (clause.body, verb)
        again = repeated_subject(s, k) if keep == [k] and clause is s.clauses[0] else None
        if again is not None:  # "… said the ferry sailed in 1907. It sailed in 1908": the ferry
            return again, [], (clause.body, verb)
        spoke = speaker_before(s, k, subject_of) if keep == [k] and clause is s.clauses[0] else None
        if spoke is not None:  # "The museum said …. It added …": the museum
            return spoke[0], spoke[1], (clause.body, verb)
        many = plural_before(s, k, subject_of) if keep == [k] and opening else None
        # "Les riverains … ont écrit au préfet. Jeudi, ils manifesteront": the riverains
        many = many or (
            plural_pronoun_before(s, k, subject_of) if keep == [k] and opening else None
        )
        if many is not None:  # "Talks began in 2021. They collapsed …": the talks
            return many[0], many[1], (clause.body, verb)
        if clause is s.clauses[0] and not inherited and kept_as_written(s, clause, keep, k):
            if possessive:  # "Its board adopted …": whose board is not sure, as written
                skip.discard(k)
                continue
            return s.tokens[k].text, [], (clause.body, verb)  # "It deepened …": not sure whom
        if inherited or clause is s.clauses[0]:
            return "", [], (verb, verb)
        it = lower not in c.PERSONAL_PRONOUNS
        if not possessive and it and clause.opener in c.CLAUSE_SINCE:
            # "copies were built since it entered …": the rifle; "The storm has killed …
            # since it struck …": the storm
            return since_subject(s, clause, keep, subject_of) or ("", [], (verb, verb))
        if lower in c.ONE_THING_PRONOUNS and one_person(s, s.clauses[0]):
            return "", [], (verb, verb)  # "He said the bill fails if it comes up": not him
        if not possessive:
            main = _speaker_subject(s, clause)  # "The authority said it …"
            many = lower == c.THEY and lower not in c.PERSONAL_PRONOUNS  # not German "sie"
            if many and names_person(s, main) and s.plural(main[0]) is False:
                return "", [], (verb, verb)  # "He said negotiators told officials they …"
            if many and main[0] and not can_be_they(s, main):  # "The high point came, when they"
                as_written = s.tokens[k].text if next_to_main(s, k) else ""  # not it
                return as_written, [], (clause.body, verb)
            owner = possessive_owner(s, s.clauses[0], main[1], k)
            # "Its orchard was planted in 1950, and it sold the press": the owner of "its" too
            owner = owner or thing_owner(s, s.clauses[0], main[1], k)
            if owner is not None:  # "His finest hour came in 1966, when he scored": him
                return name_in_title(s.text, owner, s.language), [owner], (clause.body, verb)
            if lower in c.ONE_THING_PRONOUNS and plural_head(s, main[0]):
                return s.tokens[k].text, [], (clause.body, verb)  # not "directors": as written
            if unsure_for_main(s, clause, k, main):  # "Roe said … when it meets"
                return s.tokens[k].text, [], (clause.body, verb)
            if same_person_until(s, clause, k):  # "She ran the ferry from 1981 until she
                return s.tokens[k].text, [], (clause.body, verb)  # retired in 1997": she
            if number_differs(s, clause, k):  # "Der Zoo kaufte …, nachdem sie … waren"
                return "", [], (verb, verb)
            they = plural_main(s, clause, k)  # German "Die Kraniche erreichten …, nachdem sie …"
            return main if it or names_person(s, main) or they else ("", [], (verb, verb))
        # "… said its board …"; "Acme, which runs 90 shops, said its staff …": the subject
        # the relative cuts off, as for "it"
        main = _speaker_subject(s, clause) if s.clauses[0].verb is None else None
        name, more, _ = main or subject_of(s, s.clauses[0], inherited=True)
        personal = lower in c.PERSONAL_POSSESSIVES
        if not name or (personal and not names_person(s, (name, more, (0, 0)))):
            return "", [], (verb, verb)
        name = one_owner(s, name) if lower in c.ONE_THING_PRONOUNS else name
        if not name:
            return "", [], (verb, verb)  # "Shares rose … before its patents expire": not theirs
        resolved.extend(more)
        owner = owner_name(name, _owns(c.POSSESSIVE_ENDINGS[1], lower, name, c), s.language)
    text = reduce_names(s.text, s.tokens, clause.body, verb, s.mentions, skip, s.language)
    if text and keep[0] == clause.body:
        text = owned_subject(s, clause, text, c)  # "cuyas obras" → "las obras del estadio"
    if owned_after is not None and text:  # "Les obsèques de Jeanne Roux"
        owned = owned_phrase(owned_after[0], text, owned_after[1], s.language)
        return owned, resolved, (clause.body, verb)
    if resolved and not owner and s.tokens[keep[-1]].lower in c.PRONOUNS:
        text = ""  # "due to higher costs it": the words before the pronoun are a phrase
    words = list(dict.fromkeys(name_in_title(s.text, m, s.language) for m in resolved))
    words = [] if owner else words  # "said it it intends": one name, once
    and_ = f" {c.AND} "
    first_word = text.split(maxsplit=1)[0].lower() if text else ""
    if (
        words
        and text.islower()
        and s.tokens[keep[0]].lower in c.PRONOUNS
        and first_word not in c.COORDINATORS | {c.AND}
    ):
        and_ = " "  # "вона уперше взяла": the word after the pronoun is how, no one else
    joined = and_.join([*words, text] if text and text.lower() != c.AND else words)
    joined = joined.replace(f"{and_}{c.AND} ", and_)
    article = glued_to_that(clause.opener, c)  # "qu'une enquête sera ouverte": "une enquête"
    if article in c.ARTICLES and keep[0] == clause.body and not owner and not words:
        joined = f"{article} {joined}"
    return f"{owner} {joined}".strip(), resolved, (clause.body, verb)


def same_person_until(s: Sentence, clause: Clause, k: int) -> bool:
    """Whether the pronoun at ``k``, the subject of a past "until" clause, is the one the
    sentence opens on as its subject ("She ran the ferry until she retired"): the same person,
    whoever the sentence before names."""
    c = _clauses(s.language)
    first = s.clauses[0]
    if clause.opener.lower() not in c.CLAUSE_UNTIL or first.verb is None:
        return False
    lower = s.tokens[k].lower
    opens = first.start == first.body == 0 and first.verb == 1
    # a past "until" clause tells what she did ("until she retired in 2002"); a present one
    # a condition ("would stay until she finds a buyer in May"), no deed of hers
    done = clause.verb is not None and c.is_past(s.tokens[clause.verb].text)
    return opens and done and lower in c.PERSONAL_PRONOUNS and s.tokens[0].lower == lower


def _lone_reflexive(s: Sentence, clause: Clause, keep: list[int], verb: int, c: ModuleType) -> bool:
    """Whether the only word before a later clause's verb is its reflexive "se", which is
    no subject ("…: se levantó de la mesa"), and no subject follows the verb either, as
    after a passive "se" ("…: se construirá un puente")."""
    if keep != [verb - 1] or clause is s.clauses[0] or s.tokens[verb - 1].lower not in c.REFLEXIVES:
        return False
    return not (_passive_se(s, verb, c) or subject_follows(s, verb, c))


def _after_link_aside(s: Sentence, keep: list[int], c: ModuleType) -> list[int]:
    """``keep`` past a linking word or fixed aside and its comma that open it ("pourtant,",
    "no obstante,"): the subject comes after them."""
    words = [s.tokens[k].lower for k in keep]
    for aside in (*c.FIXED_ASIDES, *c.LINKS):
        n = len(aside.split())
        if len(words) > n + 1 and words[:n] == aside.split() and words[n] == ",":
            return keep[n + 1 :]
    return keep


def _antecedent(s: Sentence, k: int) -> Mention | None:
    """The name pronoun ``k`` stands for ("Lina Rossi retired. She …" → Lina Rossi), as
    ``antecedent`` finds it with this module's subjects; None when no one name is sure."""
    return antecedent(s, k, subject_of)


def _speaker_subject(s: Sentence, clause: Clause) -> tuple[str, list[Mention], tuple[int, int]]:
    """The main clause's subject, for a pronoun in ``clause`` to stand for: the first clause's,
    or, when that is only a subject its relative cuts off ("Rome, | which was not at the
    talks, | said … it would"), the clause its verb resumes in."""
    first = s.clauses[0]
    c = _clauses(s.language)
    resumed = next(
        (
            cl
            for cl in s.clauses[2:]
            if cl.start < clause.start and cl.verb == cl.body and cl.opener not in c.OPENERS
        ),
        None,
    )
    relative = len(s.clauses) > 2 and s.clauses[1].opener in c.RELATIVES
    if first.verb is None and relative and resumed is not None:
        return subject_of(s, resumed)
    topic = subject_clause(s, c)
    if (
        topic is not None
        and topic.opener == ":"
        and topic.start < clause.start
        and not any(t.text in c.OPEN_QUOTES | c.CLOSE_QUOTES for t in s.tokens[: clause.start])
    ):
        # "A look back at the week: Maren formed …, when it reached …": Maren, not
        # the words that only announce her
        return subject_of(s, topic, inherited=True)
    return subject_of(s, first, inherited=True)


def _owns(owns: str, pronoun: str, name: str, c: ModuleType) -> str:
    """The possessive ending for ``name`` standing for ``pronoun``: the apostrophe alone after a
    plural in -s ("Four officers were hurt when their car crashed" → "Four officers' car")."""
    if pronoun in c.PLURAL_POSSESSIVES and name.endswith("s") and c.PLURAL_OWNER_APOSTROPHE:
        return c.PLURAL_OWNER_APOSTROPHE
    return owns
