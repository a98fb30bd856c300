"""A sentence's tokens and the clause spans the shallow grammar cuts them into.

A token is a word, a figure or a punctuation mark with its character offsets; a clause is a span
of tokens with its opener and its finite verb (``core.events.phrases`` finds them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from types import ModuleType

_TOKEN = re.compile(
    r"\d[\d,.]*\d|\w+(?:[-'’.]\w+|–(?=[^\W\d_])\w+)*(?:-(?=[ \t]+[^\W\d_]))?"
    r"|(?<=\.)['’]s\b|``|''|--|[“”\"]|[,;:–—]|\S"
)  # "Corp.'s": the possessive after an abbreviation's point is one token; "Rennes–Brest",
# a dash between two words with no space, one name (a dash between spaces sets off an aside);
# a hyphen that ends a word before a space is the word's ("Sport- und Freizeitanlage", "pre-
# and post-war": the compound's head comes later), no dash
_DASHES = frozenset(("–", "—", ";", "--"))


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    # The text in lower case, made once: the grammar asks it of a token many times.
    lower: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lower", self.text.lower())


@dataclass(frozen=True, slots=True)
class Clause:
    """Tokens ``[start, end)`` of a sentence's token list; ``body`` skips opener and adverbial."""

    start: int
    body: int
    end: int
    opener: str  # "" for the first clause, else "saying", "when", "that", "–" ...
    verb: int | None  # index of the finite verb, if any


def tokenize(text: str, start: int, end: int) -> list[Token]:
    # each Token's slots set in the loop: one Python call fewer for every word read
    tokens: list[Token] = []
    append = tokens.append
    for match in _TOKEN.finditer(text, start, end):
        word, token = match.group(), _new(Token)
        if word == "_" and _spaced(text, match.start(), match.end()):
            word = "--"  # AP wire copy's dash: "About 200 Americans _ staff and families _ left"
        _START(token, match.start())
        _END(token, match.end())
        _TEXT(token, word)
        _LOWER(token, word.lower())
        append(token)
    return tokens


def _spaced(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands between spaces (or opens or ends the text)."""
    return text[start - 1 : start].isspace() and text[end : end + 1] in ("", " ", "\n")


# A Token made by setting its slots straight: a third less time than the frozen dataclass's
# __init__ and __post_init__ for the same token (tokenize makes one for every word read).
_new = object.__new__
_START, _END, _TEXT, _LOWER = (
    Token.start.__set__,  # type: ignore[attr-defined]
    Token.end.__set__,  # type: ignore[attr-defined]
    Token.text.__set__,  # type: ignore[attr-defined]
    Token.lower.__set__,  # type: ignore[attr-defined]
)


def glued_to_that(opener: str, c: ModuleType) -> str:
    """The word an elided "that" is written onto (French "qu'il", "qu'un": "il", "un"), or ""."""
    elided = c.THAT_ELIDED.strip()
    word = opener.replace("’", "'")
    return word[len(elided) :] if elided and word.startswith(elided) else ""


_LOW_OPEN = re.compile(r"„\s+")
_LOW_CLOSED = re.compile(r"(„[^„“”\s][^„“”]*?)\s+“")
_HIGH_OPEN = re.compile(r"(?:(?<=\s)|^)“\s+")


def glue_quotes(text: str) -> str:
    """Quote marks written onto the words they enclose, once a title's words are joined by
    spaces: "„Terra“ vorgestellt" (German opens low and closes with “), "“Terra” said" (English
    opens with “ after a space)."""
    if "„" in text:  # (each pattern needs its mark: most titles have none)
        text = _LOW_CLOSED.sub(r"\1“", _LOW_OPEN.sub("„", text))
    return _HIGH_OPEN.sub("“", text) if "“" in text else text


_SPACED_OPEN = re.compile(r"«\s+")
_SPACED_CLOSE = re.compile(r"\s+»")


def glue_guillemets(text: str, spaced: bool) -> str:
    """Guillemets written onto the words they enclose where the language does not space them
    (``SPACED_GUILLEMETS``): "станция « Лесная»" → "станция «Лесная»"; French "« … »" stays."""
    if spaced or ("«" not in text and "»" not in text):
        return text
    return _SPACED_OPEN.sub("«", _SPACED_CLOSE.sub("»", text))
