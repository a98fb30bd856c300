"""French reported speech: a quotation followed by who said it, and when.

« L'Occident n'a rien proposé », a déclaré Recep Tayyip Erdogan vendredi. The date in the
attribution dates the saying, and the saying is the event. Regex sources, matched against one
sentence; the quote's words and the speaker are named groups (see ``core.lang.en.reports``).
"""

from __future__ import annotations

_OPEN = '[«“"]'
_CLOSE = '[»”"]'
_NOT_QUOTE = '«»“”"'
_DAY = r"(?:hier|aujourd['’]hui|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_SAID = (
    r"(?:déclaré|dit|affirmé|ajouté|réagi|souligné|averti|estimé|expliqué|précisé|indiqué"
    r"|assuré|insisté|prévenu|martelé|lancé|écrit|tweeté|confié|reconnu|répondu)"
)
# (after the subject pronoun the auxiliary puts after it: « … », a-t-elle déclaré mardi)
_INVERTED = r"(?:(?<=-t-il\s)|(?<=-t-elle\s)|(?<=-t-ils\s)|(?<=-t-elles\s))"
VERBS = (
    rf"(?:a|ont|avait)\s+(?:(?:encore|aussi|également|déjà)\s+)?{_SAID}|{_INVERTED}{_SAID}"
    r"|déclare|dit|affirme|ajoute|souligne|avertit|estime|explique|précise|indique|assure"
    r"|insiste|prévient|martèle|lance|écrit|confie|reconnaît|répond"
)
# « … », il a déclaré … (rare in French, which puts the verb first); « … », a-t-il déclaré …
QUOTE_THEN_SPEAKER = (
    rf"^\s*(?:{_OPEN})\s*(?P<quote>[^{_NOT_QUOTE}]{{12,400}}?)[,.!?]?\s*(?:{_CLOSE})\s*,?\s*"
    r"(?:(?:a|ont|avait)-t-(?=(?:il|elle|ils|elles)\s))?"
    rf"(?P<speaker>[^,;:{_NOT_QUOTE}]{{1,60}}?)\s+(?P<verb>{VERBS})\b(?P<rest>[^{_NOT_QUOTE}]*)$"
)
# « … », a déclaré Erdogan vendredi.
QUOTE_THEN_VERB = (
    rf"^\s*(?:{_OPEN})\s*(?P<quote>[^{_NOT_QUOTE}]{{12,400}}?)[,.!?]?\s*(?:{_CLOSE})\s*,?\s*"
    # (the day may come first, and a role before the name after a comma: « … », a déclaré
    # jeudi le maire de la ville, Anne Roux.)
    rf"(?P<verb>{VERBS})\s+(?P<speaker>(?:{_DAY}(?:\s+(?:matin|midi|après-midi|soir))?\s+)?"
    rf"(?:(?:le|la)\s+(?=[a-zà-ÿ])|l['’](?=[a-zà-ÿ])|(?:le\s+|la\s+|l['’])?(?=[A-ZÀ-Ý]))"
    rf"[^,;:{_NOT_QUOTE}]{{1,60}}?(?:,\s+[A-ZÀ-Ý][^,;:{_NOT_QUOTE}]{{0,40}}?)?)"
    rf"(?P<rest>(?:\s+(?:hier|aujourd['’]hui|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    rf"|le\s+\d|en\s+\d|lors)\b[^{_NOT_QUOTE}]*)?[.!?]?)$"
)
NAME_ABBREVIATION = r"(?:\b(?:M|Mme|Mlle|Dr|Pr|Me|Gén|St|Ste)|\b[A-Z])\.$"
PERSON_PRONOUNS = frozenset(("il", "elle"))
PRONOUN_REACH = 400
TITLE_MARK = " : "
OPEN_MARK = "« "
CLOSE_MARK = " »"
ELLIPSIS = "…"

# -- the article's own report: the header lines above its body (core.reading.header) --
# "Publié le 4 février 2022 à 23h15", "Mis en ligne le …", "Paru le …"
HEADER_PUBLISHED = r"(?:publié|publiée|mis[ \t]+en[ \t]+ligne|paru|parue)"
# "Mis à jour le 5 février 2022", "Actualisé le …", "Modifié le …"
HEADER_UPDATED = r"(?:mis[ \t]+à[ \t]+jour|actualisé|actualisée|modifié|modifiée)"
HEADER_ON = r"le"
# Between a header date and its clock time: "Publié le 04.03.25 à 14h05".
HEADER_AT = r"à"
# "Par Jeanne Martin | 4 février 2022"
BYLINE_BY = r"par"
NAME_LINKS = frozenset({"de", "du", "des", "la", "le", "les", "et", "d'", "l'"})
# Whether a numeric date with slashes is written day first ("03/10/2025" the 3rd of October,
# as dots are): yes.
NUMERIC_SLASHES_DAY_FIRST = True

# -- a source named in an attribution, dated: its publication is a happening --
# "…, selon les chiffres publiés mardi par l'Insee": the source and its publishing, read
# against the words before the date (``core.events.report_sources``).
SOURCE_PUBLISHED = (
    r"\b(?:selon|d['’]après)\s+(?P<source>(?:(?:le|la|les|un|une|des)\s+|l['’])"
    r"(?:[\w-]+\s+){0,2}?(?P<head>[a-zàâçéèêëîïôûùüÿœ][\w-]*))\s+"
    r"(?P<verb>publiée?s?|diffusée?s?|présentée?s?|dévoilée?s?|communiquée?s?"
    r"|rendue?s?\s+publics?|rendues?"
    r"\s+publiques?)\s+(?:le\s+|ce\s+)?$"
)
# "… par l'Insee", "… dans la revue Nature": who published it, or where.
SOURCE_PLACE_OPENERS = frozenset({"par", "dans"})
SOURCE_BE = ("a été", "ont été")
SOURCE_SINGULAR_ENDINGS = ("is", "us")  # "l'avis", "le recensus"

# A title that only points back at news it never names (``core.events.back_reports``):
# "Le maire l'a annoncé".
REPORT_VERB_STEMS = (
    "annonc", "confirm", "indiqu", "précis", "déclar", "affirm", "expliqu", "révél", "rapport",
    "signal", "dit",
)  # fmt: skip
BACK_OBJECTS = frozenset({"l'", "cela", "ceci", "la nouvelle", "la décision"})
BACK_NOUNS = frozenset({"la nouvelle", "la décision"})
# (not news of the report's day: "Le moulin a ouvert après la guerre", "Le quai était fermé",
# "Le conseil voulait vendre la salle")
BACK_NOT_THAT_DAY = frozenset(
    {"après", "avant", "pendant", "durant", "depuis", "autrefois", "jadis", "était", "étaient",
     "avait", "avaient", "voulait", "voulaient"}
)  # fmt: skip
BACK_TOPIC_SHIFTS = frozenset({"par ailleurs", "en outre", "de son côté", "de leur côté"})
BACK_ELIDED = frozenset({"l'"})  # "Le maire l'a annoncé" → "Le maire a annoncé"
# A correction note telling what an earlier version of the article wrongly said
# ("Rectificatif : une première version de cet article datait l'ouverture du musée de 2011."):
# the sentence tells no happening.
RETRACTED_REPORT = (
    r"^(?:[^:.]{1,40}:\s*)?(?:dans\s+)?(?:une|la)\s+(?:(?:précédente|première|ancienne)\s+"
    r"version|version\s+(?:précédente|antérieure|initiale))\s+de\s+(?:cet|notre)\s+"
    r"(?:article|reportage)\b"
)
