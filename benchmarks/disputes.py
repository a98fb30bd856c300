"""The disputed and updated events of a stored timeline, printed for reading by hand.

    uv run python benchmarks/disputes.py DB [--limit 20]

Ingest a corpus first (``uv run main.py ingest ../shared/corpus/reuters21578 --db DB``).
Prints how many events there are, how many are disputed, how many took a finer date from a
later report (an update: a source whose date is finer than another's inside it), and each
disputed event with every source's date, publication date and sentence, to be judged: a true
disagreement, the same day in other words, or a wrong merge.

Measured 1 Dec 2026 on the whole Reuters-21578 corpus (21,578 articles, 17 min to ingest on a
shared machine): 19,492 events, 0 disputed. Only 109 events are eligible at all (a telling
kind, someone and a place named, no figure): 94% of Reuters events are of kind "other". 10 of
12 events holding a finer date than a source read right; 2 were wrong merges (options trading
in two different stocks; two fuel price rises).

Measured 2 Dec 2026, disputes without kinds (titles of kind "other" that nearly coincide,
the same people, organisations and places, a verb in common): the first rules gave 12
candidate pairs, read by hand: 7 were one wire text sent again on another day (its "last
week" read against each day), 1 two markets (soybean / corn futures "expected to open
steady"), 1 two routes of one airline, 1 a fiscal quarter read as a calendar one, 1 an edited
re-send ("yesterday" / "Saturday"), 1 a true disagreement. With those classes ruled out (one
text, a calendar day both name, a later date after a report told the earlier as past, places
that differ, five of eight words in common) and coarse merges refused when each report names
someone the other does not: 19,486 events, 1 disputed (Baudouin spoke "yesterday", i.e.
Tuesday, says a Wednesday report; "on Monday", says Thursday's), 10 with a finer date than a
source, all 10 right (Brazil's suspension "last month" / "on February 20", Lyng's Tokyo visit
"in April" / "from April 16", Nakasone in Washington "next month" / "on April 29" …).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.store import open_store


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("--limit", type=int, default=20)
    args = parser.parse_args()
    store = open_store(args.db)
    try:
        conn = store.db.conn
        total = store.count_events()
        disputed = store.disputed_ids()
        kinds = conn.execute("SELECT kind, count(*) FROM events GROUP BY kind").fetchall()
        updated = [r[0] for r in conn.execute(
            "SELECT DISTINCT e.id FROM events e JOIN event_sources s ON s.event_id = e.id "
            "WHERE e.disputed = 0 AND s.start_ts <= e.start_ts AND s.end_ts >= e.end_ts "
            "AND s.end_ts - s.start_ts > e.end_ts - e.start_ts ORDER BY e.id"
        )]  # fmt: skip
        print(
            f"{total} events, {len(disputed)} disputed, {len(updated)} with a finer date than "
            "a source"
        )
        print("kinds:", ", ".join(f"{k} {n}" for k, n in sorted(kinds, key=lambda r: -r[1])))
        for event_id in disputed[: args.limit]:
            event = store.event(event_id)
            print(f"\n#{event_id} {event['title']} [{event['kind']}]")
            for s in store.dispute(event_id)["sources"]:
                sentence = " ".join(s["sentence"].split())
                print(f"  {s['start']:<12} published {s['published']}: {sentence[:220]}")
        for event_id in updated[: args.limit]:
            event = store.event(event_id)
            print(f"\nupdated #{event_id} {event['title']} [{event['kind']}] {event['start']}")
            for s in sorted(event["sources"], key=lambda s: s["published"]):
                sentence = " ".join(s["sentence"].split())
                print(f"  {s['start']:<12} published {s['published']}: {sentence[:220]}")
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
