"""Neutral reports data: each name's value in a language that leaves it out."""

from __future__ import annotations

NUMERIC_SLASHES_DAY_FIRST = False
