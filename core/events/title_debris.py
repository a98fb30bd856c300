"""Marks a title keeps where the words between them went: the two commas that set off a
date ("Marie devint ainsi, [en 1961], la première femme …") are left side by side once the
date is dropped, and go with it.
"""

from __future__ import annotations

import re

_EMPTY_ASIDE = re.compile(r"\s*,\s*,(?=\s|$)")


def without_empty_aside(title: str) -> str:
    """``title`` without a pair of commas that enclose nothing.

    >>> without_empty_aside("Marie devint ainsi,, la première femme élue maire")
    'Marie devint ainsi la première femme élue maire'
    """
    return _EMPTY_ASIDE.sub("", title)
