"""Events: what each sentence reports, with the time it is anchored to, its title and names.

``extract.extract_events`` is the entry point; ``happenings`` finds what a sentence reports,
``titles`` and ``phrases`` write its title, ``entities`` its names, ``merge`` joins reports.
"""
