"""English clauses words (see ``core.lang.MODULES``)."""
