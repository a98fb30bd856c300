"""English events words (see ``core.lang.MODULES``)."""
