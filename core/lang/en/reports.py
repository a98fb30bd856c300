"""English reported speech: a quotation followed by who said it, and when.

“The West has made no contribution,” he said in comments published Friday. The date in the
attribution dates the saying, and the saying is the event. Regex sources, matched against one
sentence; the quote's words and the speaker are named groups.
"""

from __future__ import annotations

_OPEN = '[“"]|``'
_CLOSE = "[”\"]|''"
VERBS = (
    r"said|says|told|added|wrote|declared|insisted|warned|stressed|argued|noted|stated"
    r"|complained|claimed|explained|tweeted|posted"
)
# “…,” he said … / “…,” Erdogan told reporters …
QUOTE_THEN_SPEAKER = (
    rf"^\s*(?:{_OPEN})(?P<quote>[^“”\"]{{12,400}}?)[,.!?]?\s*(?:{_CLOSE})\s*,?\s*"
    rf"(?P<speaker>[^,;:“”\"]{{1,60}}?)\s+(?P<verb>{VERBS})\b(?P<rest>[^“”\"]*)$"
)
# “…,” said Erdogan on Friday.
QUOTE_THEN_VERB = (
    rf"^\s*(?:{_OPEN})(?P<quote>[^“”\"]{{12,400}}?)[,.!?]?\s*(?:{_CLOSE})\s*,?\s*"
    rf"(?P<verb>{VERBS})\s+(?P<speaker>[A-Z][^,;:“”\"]{{0,60}}?)(?P<rest>(?:\s+(?:on|in)\b[^“”\"]*)?[.!?]?)$"
)
# A speaker's name may hold these abbreviations ("Mr. Gerstner", "Robert W. Baird"); any other
# full stop followed by a capital ends the sentence ("… Corp. He said …").
NAME_ABBREVIATION = (
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen|Lt|Col|Sgt|Capt|Prof|St|Jr|Sr)|\b[A-Z])\.$"
)
# Who "he" or "she" stands for: the last person named before, within this many characters.
PERSON_PRONOUNS = frozenset(("he", "she"))
PRONOUN_REACH = 400
# A title: the speaker, this mark, and the quote's words (cut at a word, with an ellipsis).
TITLE_MARK = ": "
OPEN_MARK = "“"
CLOSE_MARK = "”"
ELLIPSIS = "…"
