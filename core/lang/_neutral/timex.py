"""Neutral timex data: each name's value in a language that leaves it out."""

from __future__ import annotations

YEAR_ANAPHOR = r"(?!)"
AMPM = r"(?!)"
QUALIFIER = r"(?!)"
QUOTED_FOREIGN_MONTH = r"(?!)"
