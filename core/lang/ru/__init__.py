"""Russian: news in Russian, read with its own words (case forms and all)."""

NAME = "Russian"
