"""French: dates, tense cues and happenings as French news writes them."""

NAME = "French"
