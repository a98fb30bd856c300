"""Saved web pages with a live page's structure (#14, session 10, helper enA): navigation
junk, a "Last updated" line, entries stamped with the time they were posted. Pages of our own.
"""

from __future__ import annotations

from dataclasses import replace

from core.events.extract import extract_events
from core.events.sentences import split_sentences
from core.reading.readers import read_article

LIVE_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Elmford by-election: live updates as the count goes on | Valley Post</title></head>
<body>
<div class="nav"><a href="/">Home</a> | <a href="/live">Live</a> | <a href="/login">Log in</a></div>
<h1>Elmford by-election: live updates as the count goes on</h1>
<p class="meta">LIVE · Last updated: 9 March 2023, 03:10 GMT</p>
<div class="entry"><span class="time">02:55</span>
<p>The Green candidate, Lena Ortiz, conceded in a short speech to her volunteers.</p></div>
<div class="entry"><span class="time">02:20</span>
<p>A recount has been ordered in the Millbrook ward after a complaint from two agents.</p></div>
<div class="entry"><span class="time">23:40</span>
<p>Polling stations closed at 10pm on Wednesday and the first boxes reached the hall soon after.</p></div>
<footer>Valley Post · Contact · Privacy</footer>
</body></html>
"""

DOT_TIMES = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour talks - live</title></head>
<body><h1>Harbour talks - live</h1>
<p class="standfirst">Delegates meet for a second day as a deal on fishing quotas nears</p>
<div>
<p><b>15.05</b> The fisheries minister has just announced an agreement on quotas for the bay after two days of talks.</p>
<p><b>11.30</b> A quick recap: the talks opened on Monday with delegates from nine ports in the hall.</p>
</div></body></html>
"""


def _read(tmp_path, name: str, markup: str, published: str):
    path = tmp_path / name
    path.write_text(markup, encoding="utf-8")
    return replace(read_article(path), published=published)


def test_a_live_entry_is_its_own_sentence_with_its_time(tmp_path):
    doc = _read(tmp_path, "live.html", LIVE_PAGE, "2023-03-09")
    sentences = [doc.text[a:b] for a, b in split_sentences(doc.text) if b > doc.body_start]
    assert any(s.startswith("02:55 The Green candidate") for s in sentences), sentences
    assert not any("Log in" in s or ("live updates" in s and "conceded" in s) for s in sentences)
    events = {e.title: e.start for e in extract_events(doc)}
    conceded = [t for t in events if "conceded" in t]
    assert conceded and events[conceded[0]] == "2023-03-09T02:55", events
    recount = [t for t in events if "recount" in t.lower()]
    assert recount and events[recount[0]].startswith("2023-03-09"), events
    closed = [t for t in events if "closed" in t]
    assert closed and events[closed[0]] == "2023-03-08T22:00", events


def test_a_standfirst_does_not_run_into_the_first_entry(tmp_path):
    doc = _read(tmp_path, "dots.html", DOT_TIMES, "2023-03-08")
    sentences = [doc.text[a:b] for a, b in split_sentences(doc.text)]
    assert "Delegates meet for a second day as a deal on fishing quotas nears" in sentences
    events = {e.title: e.start for e in extract_events(doc)}
    announced = [t for t in events if "announced" in t]
    assert announced and events[announced[0]] == "2023-03-08T15:05", events
