"""Events: what each sentence reports, with the time it is anchored to, its title and names.

``extract.extract_events`` is the entry point; ``happenings`` finds what a sentence reports,
``titles`` and ``phrases`` write its title, ``entities`` its names, ``merge`` joins reports.
Every function takes the document's language: its words come from ``core.lang.<code>``
(``clauses`` for sentence structure and word forms, ``events`` for what happenings are
called), and each module compiles what it needs from them once per language.
"""
