"""English timex words (see ``core.lang.MODULES``)."""
