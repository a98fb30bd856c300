"""The language an article is written in: detected from its text, English when unsure.

English text taken for another language would lose its events, so another language is only
declared for enough text, said with enough confidence; otherwise the article is read as
English and the log says why. The detector is py3langid (its model ships inside the wheel:
nothing is fetched at run time); ``benchmarks/language_id.py`` compares it with others.

>>> detect_language("Der Kanzler reist am Montag nach Kiew und trifft dort am folgenden Tag "
...                 "den Präsidenten, sagte sein Sprecher.").code
'de'
>>> detect_language("Talks resume next week").code  # too short to be sure of anything else
'en'
>>> detect_language("北京会谈：两国领导人将于下周举行会谈。").code  # no English in this script
'zh'
"""

from __future__ import annotations

import copy
import logging
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from core.lang import REFERENCE, languages
from core.model import Document

log = logging.getLogger(__name__)

# Below these, the article is read in the reference language (English). Calibrated on the
# sentences of benchmarks/language_id.py: headlines of 30-40 characters in other languages
# score 0.3-0.99, sentences 0.93-1.0; English mixed with quotes and names scores >= 0.94.
MIN_CONFIDENCE = 0.9
MIN_LETTERS = 20
# A guess of a language Datelines reads, less sure than that but at least this sure, counts
# when the detector asked among the languages read alone is sure of it: Spanish articles full
# of Catalan names score 0.62-0.89 among all languages and 1.0 among those read. English text
# is guessed English (>= 0.94), so this never takes an English article from English.
MIN_GUESS = 0.5  # more likely than every other language together
MIN_GUESS_LETTERS = 60  # a sentence at least: a headline alone stays unsure
# What the detector says of tables of figures and of text it cannot tell: no language to read
# in, so the reference one.
NO_LANGUAGE = frozenset({"zxx", "und"})
# Text whose letters are mostly of another script than English's (Han, Cyrillic, Arabic…) cannot
# be English whatever the detector's confidence: a Chinese article scored 0.78 and was read as
# English, with no events and no word why. Its guess is kept then.
FOREIGN_SCRIPT_SHARE = 0.5
MIN_SCRIPT_LETTERS = 4  # "北京会谈" (Beijing talks); one stray letter says nothing
# Enough of the beginning of the text (title and lead) to tell its language: the cost grows
# with the length (0.15 ms an article of Reuters at 600 characters, 0.26 ms at 2,000).
SAMPLE_CHARS = 600


@dataclass(frozen=True, slots=True)
class Detected:
    """What the detector made of a text, and the language the article is read in."""

    code: str  # ISO 639-1: the language Document.language is given
    guess: str  # what the detector said, before the confidence and length checks
    confidence: float  # the detector's probability for ``guess``, in [0, 1]


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    # Normalised probabilities: a confidence comparable across texts of any length.
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> Detected:
    """The language of ``text`` (an ISO 639-1 code): another than English only when sure."""
    sample = text[:SAMPLE_CHARS]
    letters = sum(map(str.isalpha, sample))
    if letters == 0:
        return Detected(REFERENCE, REFERENCE, 0.0)
    guess, confidence = _identifier().classify(sample)
    if guess in NO_LANGUAGE:
        return Detected(REFERENCE, guess, float(confidence))
    latin = letters  # an ASCII sample's letters are all Latin: spare counting them one by one
    if not sample.isascii():
        latin = sum(c.isascii() or "\u00c0" <= c <= "\u024f" for c in sample if c.isalpha())
    if latin < letters * FOREIGN_SCRIPT_SHARE and letters >= MIN_SCRIPT_LETTERS:
        return Detected(guess, guess, float(confidence))
    sure = confidence >= MIN_CONFIDENCE and letters >= MIN_LETTERS
    second = letters >= MIN_GUESS_LETTERS and confidence >= MIN_GUESS and guess in languages()
    if not sure and second:
        sure = _among_read(sample) == guess  # Spanish full of Catalan names, German of Swiss
    return Detected(guess if sure else REFERENCE, guess, float(confidence))


@cache
def _read_identifier() -> Any:
    # The same model, not loaded again (half a second): set_languages gives the copy arrays
    # of its own and leaves the shared ones as they are.
    identifier = copy.copy(_identifier())
    identifier.set_languages(list(languages()))
    return identifier


def _among_read(sample: str) -> str | None:
    """The language Datelines reads that the text is surely in, asked among those alone."""
    guess, confidence = _read_identifier().classify(sample)
    return guess if confidence >= MIN_CONFIDENCE else None


def with_language(document: Document) -> Document:
    """The document with its detected language (title and the start of the body)."""
    text = f"{document.title}\n{document.text[document.body_start :]}"
    found = detect_language(text)
    if found.code != found.guess:
        log.info(
            "%s: read as English; it may be %s (confidence %.2f, %d characters)",
            document.label, found.guess, found.confidence, len(text),
        )  # fmt: skip
    return document if found.code == document.language else replace(document, language=found.code)


def is_read(code: str) -> bool:
    """Whether Datelines reads this language: it has a folder under ``core/lang``."""
    return code in languages()


def language_name(code: str) -> str:
    """The English name of a language code, or the code itself when it is not known.

    >>> language_name("et"), language_name("zz")
    ('Estonian', 'zz')
    """
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(code).english_name or code
    except (ValueError, UnknownLocaleError):
        return code


def unread_note(code: str, stored: bool = True) -> str:
    """What was and was not read of an article in a language Datelines does not read yet
    (``stored``: kept in the database, as ``ingest`` does; else only read, as ``extract``).

    >>> unread_note("et")  # doctest: +ELLIPSIS
    'written in Estonian (et), which Datelines does not read yet (it reads English...): stored \
with its title and publication date, no events extracted'
    """
    read = ", ".join(language_name(c) for c in languages())
    kept = "stored with its title and publication date" if stored else "title and date read"
    return (
        f"written in {language_name(code)} ({code}), which Datelines does not read yet "
        f"(it reads {read}): {kept}, no events extracted"
    )
