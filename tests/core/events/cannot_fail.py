"""A pytest plugin that lists table cases which cannot fail: every check of a
``check_events`` call is negative ("not", "not-title", "no-title…", "title-not", "none") and
the sentence gave no event at all, so the checks hold whatever the rule under test does.

    uv run pytest -q -p no:cacheprovider -p tests.core.events.cannot_fail tests/core/events

prints each such case (test id, checks, the test's string parameters) at the end; with
CANNOT_FAIL_JSON=FILE it also writes them, with the document each read, to FILE. A case it
lists may still guard its rule (the rule may be what keeps the sentence eventless): run the
sentence with the rule switched off to tell.
"""

from __future__ import annotations

import json
import os

import pytest

import core.events.extract as extract
from tests.core.events import articles

NEGATIVE = {"not", "not-title", "no-title", "no-title-with", "no-title-ending", "title-not", "none"}
_original = articles.check_events
_original_extract = extract.extract_events
_current: list[pytest.Item] = []
_last_document: list[object] = [None]
FOUND: list[tuple[str, list[tuple[str, ...]], dict[str, object], dict[str, object]]] = []


def _recording_extract_events(document, *args, **kwargs):
    """``extract_events``, remembering the document it read."""
    _last_document[0] = document
    return _original_extract(document, *args, **kwargs)


def _recording_check_events(events, checks):
    """``check_events``, noting a call whose checks are all negative and that got no event."""
    if not events and checks and all(c[0] in NEGATIVE for c in checks) and _current:
        item = _current[-1]
        params = getattr(getattr(item, "callspec", None), "params", {})
        doc = _last_document[0]
        fields = ("title", "text", "published", "body_start", "language")
        read = {f: getattr(doc, f) for f in fields} if doc is not None else {}
        FOUND.append((item.nodeid, list(checks), dict(params), read))
    return _original(events, checks)


def pytest_configure(config):
    """Swap in the recording helper before the test modules import it."""
    articles.check_events = _recording_check_events
    extract.extract_events = _recording_extract_events
    articles.extract_events = _recording_extract_events


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item):
    """Remember which test is running, so that a recorded call names it."""
    _current.append(item)
    yield
    _current.pop()


def pytest_terminal_summary(terminalreporter):
    """List the cases that cannot fail."""
    write = terminalreporter.write_line
    write(f"cases whose negative checks met no event at all: {len(FOUND)}")
    for nodeid, checks, params, _document in FOUND:
        texts = [v for v in params.values() if isinstance(v, str) and " " in v]
        write(f"CANNOT-FAIL {nodeid}\t{checks}\t{texts}")
    if os.environ.get("CANNOT_FAIL_JSON"):
        rows = [
            {"test": n, "checks": c, "params": {k: v for k, v in p.items() if isinstance(v, str)},
             "document": d}
            for n, c, p, d in FOUND
        ]  # fmt: skip
        with open(os.environ["CANNOT_FAIL_JSON"], "w", encoding="utf-8") as out:
            json.dump(rows, out, ensure_ascii=False, indent=1)
