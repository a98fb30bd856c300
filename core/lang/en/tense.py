"""English tense words (see ``core.lang.MODULES``)."""
