"""German: Datelines reads German news (dates, times and events)."""

NAME = "Deutsch"
