"""Ukrainian: news in Ukrainian, read with its own words (case forms and all)."""

NAME = "Ukrainian"
