"""Does each event take the right time expression? Scored on TimeBank/AQUAINT's TLINKs.

    uv run python benchmarks/event_anchor.py [--corpus ../shared/corpus/tempeval3-train]
                                             [--errors 30] [--half first|second]

``--fill first|all|day`` adds, in each sentence where the app gives no event, a bare event on
the sentence's dated time expressions (its first, all of them, or only a lone day): a yardstick
of what the app's refusals cost and save (session 37: "day" kept the precision and added seven
points of recall on the first half, and doubled the traps). Read it with care: TimeML's events
include states ("the market was calm this year" is anchored on "this year"), so a refused
sentence scores as a hit here when its date holds any eventuality. Session 38 labelled by hand
339 dated sentences of unread text (Reuters, TimeBank's first half, es/fr/de) that the app
refuses and whose main clause reads as a title: only 29 held a happening a chronology would
keep, on that date; the rest were states, figures, forecasts and dates of other things. A gate
learned on TimeBank's TLINKs, and one learned on those labels, found no subset worth adding.

``--half first`` scores the first half of each subset's files (sorted by name, TimeBank and
AQUAINT alike), ``--half second`` the rest: tune on one half, keep the other unseen.

Every ``.tml`` file under ``CORPUS/{TimeBank,AQUAINT}`` is read by the app
(``core.reading.readers.read_documents``) and its events extracted
(``core.events.extract.extract_events``); the same file's TimeML markup, parsed here, gives the
gold: ``<EVENT>``s and ``<TIMEX3>``s with character offsets into the very text the app read
(checked per file), ``<MAKEINSTANCE>`` (event instance -> event) and the ``<TLINK>``s between
an event instance and a time expression.

Definitions
-----------
Gold anchor
    A TLINK between an event (instance) and a TIMEX3 of type DATE or TIME whose relation says
    the two *share time*: IS_INCLUDED, INCLUDES, DURING, DURING_INV, SIMULTANEOUS, IDENTITY,
    BEGINS, BEGUN_BY, ENDS, ENDED_BY (either direction of the link; the event-side relation is
    kept for the breakdown). BEFORE/AFTER/IBEFORE/IAFTER are left out: they say the event
    happened outside that time, so it is not the event's date. DURATION and SET timexes are
    no dates. Values with no position on the calendar (PAST_REF, FUTURE_REF) are no anchors;
    PRESENT_REF counts as the document creation time (DCT). Only direct event-timex links are
    used (no closure over event-event links), so the gold is incomplete: an event with no such
    link is not gold-anchored.
    An anchor is *in-text* when its timex is in the text, *DCT* when it is ``t0`` (the DCT,
    or PRESENT_REF); an event anchored only to the DCT is counted apart.
Sentence
    For precision and traps: our event's own span (``char_start``..``char_end``), which is
    the sentence it came from; a gold event belongs to it when its first character is inside.
    For recall: the app's sentence split (``core.events.sentences.split_sentences``); one of
    our events serves a sentence when their spans overlap.
Match
    *strict*: our ``start`` equals the gold TIMEX3 ``value`` (a PRESENT_REF anchor has the
    DCT's day as its value; one-digit ISO weeks, ``2000-W7``, are written ``2000-W07``).
    *loose*: as strict, or one value's calendar interval lies inside the other's
    (``1998-01`` and ``1998-01-08``; ``1989-Q4`` and ``1989-11``); a gold value with X
    digits (``1989-QX``) matches by pattern or through its known part (``1989``).
Anchor precision
    Of our dated events whose sentence holds at least one gold-anchored event (in-text or
    DCT), the share whose ``start`` matches the anchor value of some gold event in that
    sentence. Also given for sentences with an in-text anchor only.
Anchor recall
    Units are (sentence, value) pairs: a sentence with a gold event anchored to an in-text
    DATE/TIME timex of that value (DCT anchors are left out: dating a report to its day is
    the fallback, not finding its time). A unit is found when one of our dated events in the
    sentence matches the value.
Trap date
    Our dated event whose ``start`` matches (loosely) no gold anchor value of its sentence
    but matches the value of an in-text DATE/TIME timex of that sentence to which no gold
    event of the sentence is anchored: a date that only describes something (a maturity, a
    comparison baseline, "since 1919"). Matching is loose, so *approximate* traps are the
    same with our value a coarser or finer reading of that timex (ours ``1988-09-30`` for "a
    year ago" whose gold value is ``1988-Q3``); a timex of exactly our value is named first.
    Counted apart: traps in sentences where the gold anchors some event elsewhere (to
    another timex or the DCT) and traps in sentences with no gold anchor at all, which are
    *unverified*: TimeBank links only some events to times, so many of those are annotation
    gaps (a real happening on that date whose link nobody wrote). Read the examples.
Wrong date
    A scored event (see precision) that misses and is no trap: listed apart by ``--errors``.

Precision alone rewards leaving events undated; read it beside recall and the counts.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.events.extract import extract_events, publication_moment
from core.events.sentences import split_sentences, split_with_body
from core.model import Document
from core.reading.readers import read_documents
from core.temporal.tagger import tag as tag_times
from core.timeval import parse_value

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "tempeval3-train"
SUBSETS = ("TimeBank", "AQUAINT")

# Relations (seen from the event) under which the event and the timex share time.
ANCHOR_RELATIONS = frozenset(
    "IS_INCLUDED INCLUDES DURING DURING_INV SIMULTANEOUS IDENTITY "
    "BEGINS BEGUN_BY ENDS ENDED_BY".split()
)
INVERSE = {
    "IS_INCLUDED": "INCLUDES",
    "INCLUDES": "IS_INCLUDED",
    "DURING": "DURING_INV",
    "DURING_INV": "DURING",
    "BEGINS": "BEGUN_BY",
    "BEGUN_BY": "BEGINS",
    "ENDS": "ENDED_BY",
    "ENDED_BY": "ENDS",
    "BEFORE": "AFTER",
    "AFTER": "BEFORE",
    "IBEFORE": "IAFTER",
    "IAFTER": "IBEFORE",
}
ANCHOR_TYPES = frozenset({"DATE", "TIME"})
VAGUE_VALUES = frozenset({"PAST_REF", "FUTURE_REF"})
DCT_ID = "t0"

_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)
_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'([A-Za-z_]+)="([^"]*)"')
_DCT = re.compile(r"<DCT>\s*<TIMEX3\b([^>]*)>", re.DOTALL)
_DOCID = re.compile(r"<DOCID>\s*(.*?)\s*</DOCID>", re.DOTALL)
_LINK = re.compile(r"<(MAKEINSTANCE|TLINK)\b([^>]*)>")
_SHORT_WEEK = re.compile(r"-W([0-9])(?![0-9])")
_KNOWN_PART = re.compile(r"[0-9]+(?:-[0-9]+)*")


@dataclass(frozen=True)
class Timex:
    tid: str
    start: int
    end: int
    type: str
    value: str


@dataclass
class GoldEvent:
    eid: str
    start: int
    end: int
    anchors: list[tuple[str, str]] = field(default_factory=list)  # (tid, event-side relation)


@dataclass
class GoldDoc:
    doc_id: str
    text: str
    dct: str
    timexes: dict[str, Timex]
    events: dict[str, GoldEvent]

    def anchor_values(self, event: GoldEvent) -> list[tuple[str, bool, str]]:
        """(value, in_text, relation) of each usable anchor of ``event``."""
        found = []
        for tid, relation in event.anchors:
            timex = self.timexes.get(tid)
            if timex is None or timex.type not in ANCHOR_TYPES or timex.value in VAGUE_VALUES:
                continue
            in_text = tid != DCT_ID and timex.value != "PRESENT_REF"
            found.append((timex.value if in_text else self.dct[:10], in_text, relation))
        return found


class OurEvent(Protocol):
    title: str
    start: str
    undated: bool
    char_start: int
    char_end: int


def parse_timeml(markup: str) -> GoldDoc:
    """The gold of one TimeML document, offsets into its tag-free, unescaped <TEXT>."""
    markup = markup.replace("\r\n", "\n").replace("\r", "\n")
    body = _TEXT.search(markup)
    if body is None:
        raise ValueError("no <TEXT> element")
    text, elements = _plain_text(body.group(1))
    timexes: dict[str, Timex] = {}
    events: dict[str, GoldEvent] = {}
    for name, attrs, start, end in elements:
        if name == "TIMEX3" and "tid" in attrs:
            value = normalise_value(attrs.get("value", ""))
            timexes[attrs["tid"]] = Timex(attrs["tid"], start, end, attrs.get("type", ""), value)
        elif name == "EVENT" and "eid" in attrs:
            events[attrs["eid"]] = GoldEvent(attrs["eid"], start, end)
    dct_match = _DCT.search(markup)
    dct_attrs = dict(_ATTR.findall(dct_match.group(1))) if dct_match else {}
    dct = dct_attrs.get("value", "")
    timexes[DCT_ID] = Timex(DCT_ID, -1, -1, dct_attrs.get("type", "DATE"), dct)
    doc_id = m.group(1) if (m := _DOCID.search(markup)) else ""
    doc = GoldDoc(doc_id, text, dct, timexes, events)
    _attach_anchors(doc, markup[body.end() :])
    return doc


def normalise_value(value: str) -> str:
    """The gold value in the form the app writes: ISO weeks with two digits (``2000-W07``)."""
    return _SHORT_WEEK.sub(r"-W0\1", value.strip())


def _plain_text(body: str) -> tuple[str, list[tuple[str, dict[str, str], int, int]]]:
    """Text without tags (entities unescaped) and each element's (name, attrs, start, end)."""
    parts: list[str] = []
    length = 0
    open_: list[tuple[str, dict[str, str], int]] = []
    elements: list[tuple[str, dict[str, str], int, int]] = []
    pos = 0
    for tag in _TAG.finditer(body):
        piece = html.unescape(body[pos : tag.start()])
        parts.append(piece)
        length += len(piece)
        pos = tag.end()
        closing, name, attrs, empty = tag.groups()
        if closing:
            for i in range(len(open_) - 1, -1, -1):
                if open_[i][0] == name:
                    opened = open_.pop(i)
                    elements.append((name, opened[1], opened[2], length))
                    break
        elif empty:
            elements.append((name, dict(_ATTR.findall(attrs)), length, length))
        else:
            open_.append((name, dict(_ATTR.findall(attrs)), length))
    parts.append(html.unescape(body[pos:]))
    return "".join(parts), elements


def _attach_anchors(doc: GoldDoc, links: str) -> None:
    found = [(kind, dict(_ATTR.findall(raw))) for kind, raw in _LINK.findall(links)]
    # Instances first: nothing obliges a file to declare them before the links that use them.
    instance_of = {a.get("eiid", ""): a.get("eventID", "") for k, a in found if k == "MAKEINSTANCE"}
    for kind, attrs in found:
        relation = attrs.get("relType", "")
        if kind != "TLINK":
            continue
        if "eventInstanceID" in attrs and "relatedToTime" in attrs:
            eiid, tid = attrs["eventInstanceID"], attrs["relatedToTime"]
        elif "timeID" in attrs and "relatedToEventInstance" in attrs:
            eiid, tid = attrs["relatedToEventInstance"], attrs["timeID"]
            relation = INVERSE.get(relation, relation)
        else:
            continue
        event = doc.events.get(instance_of.get(eiid, ""))
        if event is not None and relation in ANCHOR_RELATIONS:
            event.anchors.append((tid, relation))


def strict_match(ours: str, gold: str) -> bool:
    return ours == gold


def loose_match(ours: str, gold: str) -> bool:
    """Equal, one calendar interval inside the other, or an X-pattern gold value that fits."""
    if ours == gold:
        return True
    if "X" in gold:
        if re.fullmatch(re.escape(gold).replace("X", "[0-9A-Z]"), ours):
            return True
        known = _KNOWN_PART.match(gold)
        gold = known.group() if known else ""
        if not gold:
            return False
    a, b = parse_value(ours), parse_value(gold)
    if a is None or b is None:
        return False
    return (b.start <= a.start and a.end <= b.end) or (a.start <= b.start and b.end <= a.end)


@dataclass
class Trap:
    doc_id: str
    title: str
    date: str
    timex: str
    sentence: str
    value: str  # the timex's gold value
    approximate: bool  # ours is not the timex's value but loosely matches it
    gold: list[str]  # the anchor values of the sentence's gold events; none: unverified


@dataclass
class Wrong:
    doc_id: str
    title: str
    date: str
    gold: list[str]
    sentence: str


@dataclass
class Scores:
    documents: int = 0
    gold_events: int = 0
    gold_in_text: int = 0  # events with an in-text DATE/TIME anchor
    gold_dct_only: int = 0
    relations: Counter[str] = field(default_factory=Counter)
    ours_dated: int = 0
    ours_undated: int = 0
    ours_unscored: int = 0  # dated, in a sentence with no gold anchor
    precision_total: int = 0
    precision_strict: int = 0
    precision_loose: int = 0
    intext_total: int = 0
    intext_strict: int = 0
    intext_loose: int = 0
    recall_total: int = 0
    recall_strict: int = 0
    recall_loose: int = 0
    traps: list[Trap] = field(default_factory=list)
    wrong: list[Wrong] = field(default_factory=list)


def score_document(doc: GoldDoc, ours: list[OurEvent], scores: Scores) -> None:
    """Add one document's counts to ``scores`` (see the module docstring for definitions)."""
    scores.documents += 1
    scores.gold_events += len(doc.events)
    for event in doc.events.values():
        anchors = doc.anchor_values(event)
        if any(in_text for _, in_text, _ in anchors):
            scores.gold_in_text += 1
        elif anchors:
            scores.gold_dct_only += 1
        scores.relations.update(relation for _, _, relation in anchors)
    for our in ours:
        if our.undated:
            scores.ours_undated += 1
        else:
            scores.ours_dated += 1
            _score_precision(doc, our, scores)
    _score_recall(doc, [o for o in ours if not o.undated], scores)


def _gold_in(doc: GoldDoc, start: int, end: int) -> list[GoldEvent]:
    return [e for e in doc.events.values() if start <= e.start < end]


def _score_precision(doc: GoldDoc, our: OurEvent, scores: Scores) -> None:
    inside = _gold_in(doc, our.char_start, our.char_end)
    anchors = [a for e in inside for a in doc.anchor_values(e)]
    values = {v for v, _, _ in anchors}
    sentence = " ".join(doc.text[our.char_start : our.char_end].split())
    if not values:
        scores.ours_unscored += 1
    else:
        strict = any(strict_match(our.start, v) for v in values)
        loose = any(loose_match(our.start, v) for v in values)
        scores.precision_total += 1
        scores.precision_strict += strict
        scores.precision_loose += loose
        if any(in_text for _, in_text, _ in anchors):
            scores.intext_total += 1
            scores.intext_strict += strict
            scores.intext_loose += loose
        if loose:
            return
    trap = _trap(doc, our, inside, sentence)
    if trap is not None:
        trap.gold = sorted(values)
        scores.traps.append(trap)
    elif values:
        scores.wrong.append(Wrong(doc.doc_id, our.title, our.start, sorted(values), sentence))


def _trap(doc: GoldDoc, our: OurEvent, inside: list[GoldEvent], sentence: str) -> Trap | None:
    """The trap our date fell into: a timex of the sentence no gold event is anchored to."""
    anchored_tids = {tid for e in inside for tid, _ in e.anchors}
    candidates = [
        t
        for t in doc.timexes.values()
        if t.tid != DCT_ID
        and t.type in ANCHOR_TYPES
        and t.tid not in anchored_tids
        and our.char_start <= t.start < our.char_end
        and loose_match(our.start, t.value)
    ]
    if not candidates:
        return None
    timex = min(candidates, key=lambda t: (t.value != our.start, t.start))
    text = doc.text[timex.start : timex.end]
    approximate = timex.value != our.start
    return Trap(doc.doc_id, our.title, our.start, text, sentence, timex.value, approximate, [])


def _score_recall(doc: GoldDoc, dated: list[OurEvent], scores: Scores) -> None:
    for start, end in split_sentences(doc.text):
        values = {
            v
            for e in _gold_in(doc, start, end)
            for v, in_text, _ in doc.anchor_values(e)
            if in_text
        }
        if not values:
            continue
        mine = [o.start for o in dated if o.char_start < end and o.char_end > start]
        for value in values:
            scores.recall_total += 1
            scores.recall_strict += any(strict_match(m, value) for m in mine)
            scores.recall_loose += any(loose_match(m, value) for m in mine)


def tml_files(corpus: Path, half: str | None = None) -> list[Path]:
    """The corpus's files; ``half`` "first" or "second": that half of each subset's files."""
    files = []
    for subset in SUBSETS:
        paths = sorted((corpus / subset).glob("*.tml"))
        cut = (len(paths) + 1) // 2
        files += paths[:cut] if half == "first" else paths[cut:] if half == "second" else paths
    return sorted(files)


@dataclass(frozen=True)
class Bare:
    """A yardstick's event: only a date on a sentence (``filled``)."""

    title: str
    start: str
    undated: bool
    char_start: int
    char_end: int


def filled(document: Document, events: list[OurEvent], fill: str) -> list[OurEvent]:
    """``events`` and, in each sentence none of them comes from, a bare event on the sentence's
    dated time expressions: the first ("first"), every one ("all"), or a lone one of a day's
    precision ("day")."""
    timexes = [
        t
        for t in tag_times(document.text, publication_moment(document), document.language)
        if t.type in ANCHOR_TYPES and t.value[:1].isdigit()
    ]
    _, body = split_with_body(document.text, document.body_start, document.language)
    out = list(events)
    for start, end in body:
        if any(e.char_start < end and e.char_end > start for e in events):
            continue
        here = [t for t in timexes if start <= t.start < end]
        if fill == "day":
            here = here if len(here) == 1 and len(here[0].value) == 10 else []
        elif fill == "first":
            here = here[:1]
        out += [Bare("(bare date)", t.value, False, start, end) for t in here]
    return out


def run(corpus: Path, half: str | None = None, fill: str | None = None) -> Scores:
    scores = Scores()
    for path in tml_files(corpus, half):
        gold = parse_timeml(path.read_bytes().decode("utf-8"))
        document = read_documents(path)[0]
        if document.text != gold.text:
            print(f"skipped {path.name}: the app's text differs from the markup's", file=sys.stderr)
            continue
        gold.doc_id = gold.doc_id or path.stem
        events: list[OurEvent] = list(extract_events(document))
        score_document(gold, filled(document, events, fill) if fill else events, scores)
    return scores


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}% ({part:,} / {whole:,})" if whole else "   n/a"


def report(scores: Scores, seconds: float, errors: int) -> None:
    s = scores
    dated = s.ours_dated
    plain = sum(not t.approximate for t in s.traps)
    verified = sum(bool(t.gold) for t in s.traps)
    print(f"Event anchoring on TimeBank + AQUAINT: {s.documents} documents in {seconds:.1f} s")
    print(
        f"gold events   {s.gold_events:,}: anchored to an in-text DATE/TIME {s.gold_in_text:,},"
        f" to the DCT only {s.gold_dct_only:,}"
    )
    relations = ", ".join(f"{r} {n}" for r, n in s.relations.most_common())
    print(f"gold anchor relations (event side): {relations}")
    print(
        f"our events    {dated + s.ours_undated:,}: dated {dated:,}, undated {s.ours_undated:,};"
        f" dated in sentences with no gold anchor (unscored) {s.ours_unscored:,}"
    )
    print()
    print(f"anchor precision  strict {_share(s.precision_strict, s.precision_total)}")
    print(f"                  loose  {_share(s.precision_loose, s.precision_total)}")
    print(f"  in-text anchors strict {_share(s.intext_strict, s.intext_total)}")
    print(f"                  loose  {_share(s.intext_loose, s.intext_total)}")
    print(f"anchor recall     strict {_share(s.recall_strict, s.recall_total)}")
    print(f"                  loose  {_share(s.recall_loose, s.recall_total)}")
    print(
        f"trap dates        {len(s.traps):,} = {_share(len(s.traps), dated)} of our dated events;"
        f" {plain:,} exact, {len(s.traps) - plain:,} approximate"
    )
    print(
        f"  where gold anchors the sentence elsewhere {verified:,},"
        f" in sentences with no gold anchor (unverified) {len(s.traps) - verified:,}"
    )
    if errors:
        print(f"\nTrap dates (first {min(errors, len(s.traps))}):")
        for t in s.traps[:errors]:
            mark = f" (~{t.value})" if t.approximate else ""
            gold = f"gold {', '.join(t.gold)}" if t.gold else "no gold anchor: unverified"
            print(f"  {t.doc_id} | {t.title} | {t.date}{mark} from {t.timex!r} | {gold}")
            print(f"      {t.sentence[:160]}")
        print(f"\nWrong dates, not traps (first {min(errors, len(s.wrong))} of {len(s.wrong)}):")
        for w in s.wrong[:errors]:
            print(f"  {w.doc_id} | {w.title} | {w.date} | gold {', '.join(w.gold)}")
            print(f"      {w.sentence[:160]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="list N examples")
    ap.add_argument(
        "--half", choices=("first", "second"), help="only that half of each subset's files"
    )
    ap.add_argument(
        "--fill",
        choices=("first", "all", "day"),
        help="also a bare event on the dates of sentences that give none (a yardstick)",
    )
    args = ap.parse_args()
    if not any((args.corpus / subset).is_dir() for subset in SUBSETS):
        print(f"skipped: no TimeBank/AQUAINT folder under {args.corpus}", file=sys.stderr)
        return
    began = time.perf_counter()
    scores = run(args.corpus, args.half, args.fill)
    if args.half:
        print(f"{args.half} half of each subset's files")
    if args.fill:
        print(f"with bare events on the dates of silent sentences ({args.fill})")
    report(scores, time.perf_counter() - began, args.errors)


if __name__ == "__main__":
    main()
