"""Timeline rendering with a million events: frame times, a QGraphicsScene baseline, start-up.

    uv run python benchmarks/render.py [--events 1000000] [--scene-events N] [--db PATH]
                                       [--ingest PATH ...] [--skip-scene] [--skip-startup]
                                       [--lanes 12]

1. Start-up, three times, each in a process of its own: a window opened on a database of that
   many events, until the timeline first paints (their counts, from the summary table);
   until any event can be opened (a day zoomed into as soon as the counts show, until its
   events are drawn one by one, read by time from the store); until every event is ready
   (the timeline, the table, search and counters work on all of them), in wall-clock and
   CPU time; the event loop's longest stall; the process's peak memory. First with the
   columns read from the tables (no file kept), then after a change (edits, a deletion, an
   article added: the changed rows read and merged into the kept file's columns), then
   reopened unchanged, from the cache file.
2. Frames: synthetic events over 30 years, the timeline widget rendered at 1600×900 into an
   image at six zoom levels (all, 1 year, 1 month, 1 week, 1 day, 1 hour), each along a
   60-step pan. A frame is what a view change costs: the layout, then the paint; timed on
   the wall clock and in CPU time (on a busy machine the wall clock adds the waits for a
   core; the load average is printed with them).
   Then the same events in --lanes lanes by person (a fifth of them in two lanes).
3. Baseline, same run: a QGraphicsScene with one item per event, its build and first paint.
4. With --ingest: the longest stall of the event loop (a 10 ms QTimer probe) while the
   window adds those paths to a fresh database.
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np
from PySide6.QtCore import QEvent, QObject, QRectF, QSettings, QTimer
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QApplication, QGraphicsScene

from ui.lanes import LaneSpec, group_lanes
from ui.timeline import TimelineView
from ui.timeline_layout import TimelineData

WIDTH, HEIGHT = 1600, 900
START = 946684800.0  # 2000-01-01
YEAR = 365.25 * 86400
SPAN = 30 * YEAR
LEVELS = {
    "all": None,
    "1 year": YEAR,
    "1 month": 30 * 86400.0,
    "1 week": 7 * 86400.0,
    "1 day": 86400.0,
    "1 hour": 3600.0,
}
PAN_STEPS = 60
PRECISIONS = [("day", 86400.0)] * 12 + [("time", 60.0)] * 4 + [("month", 30 * 86400.0)] * 2
PRECISIONS += [("year", YEAR)]


def synthetic(n: int) -> TimelineData:
    rng = np.random.default_rng(7)
    start = np.sort(START + rng.random(n) * SPAN)
    kinds = rng.integers(0, len(PRECISIONS) + 1, n)  # the last: undated
    lengths = np.array([length for _, length in PRECISIONS] + [86400.0])
    precisions = [p for p, _ in PRECISIONS] + ["day"]
    titles = [f"Synthetic event {i} in region {i % 200}" for i in range(n)]
    return TimelineData.from_columns(
        np.arange(n, dtype=np.int64), start, start + lengths[kinds], titles,
        [precisions[k] for k in kinds.tolist()], kinds == len(PRECISIONS),
    )  # fmt: skip


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.95) - 1)]


def synthetic_lanes(n: int, count: int) -> list[LaneSpec]:
    """``count`` lanes of unequal size (as people in the news are); a fifth of the events
    name two of them and show in both lanes."""
    rng = np.random.default_rng(11)
    first = np.minimum(rng.geometric(1.5 / count, n) - 1, count - 1)
    rows, codes = [np.arange(n)], [first]
    second = rng.random(n) < 0.2
    rows.append(np.flatnonzero(second))
    codes.append((first[second] + 1 + rng.integers(0, count - 1, int(second.sum()))) % count)
    keys = [f"entity:person:Person {i}" for i in range(count)]
    return group_lanes(np.concatenate(rows), np.concatenate(codes), keys, keys, n)


def frames(n: int, lanes: int = 0) -> None:
    t = time.perf_counter()
    data = synthetic(n)
    print(f"{n:,} synthetic events arranged in {time.perf_counter() - t:.2f} s")
    view = TimelineView()
    view.resize(WIDTH, HEIGHT)
    if lanes:
        specs = synthetic_lanes(n, lanes)
        t = time.perf_counter()
        view.set_data(data, specs)
        print(f"in {len(specs)} lanes ({sum(len(s.rows) for s in specs):,} lane events): "
              f"set up in {time.perf_counter() - t:.2f} s")  # fmt: skip
    else:
        view.set_data(data)
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    rng = random.Random(3)
    print(f"\n{'zoom':>8} {'median ms':>10} {'p95 ms':>8} {'max ms':>8} {'cpu p95':>8}"
          "  drawn (median)")  # fmt: skip
    everything: list[float] = []
    cpu_all: list[float] = []
    for name, span in LEVELS.items():
        span = span or (data.t_max - data.t_min) * 1.02
        t0 = data.t_min if name == "all" else START + rng.random() * (SPAN - 2 * span)
        times, drawn, cpu = [], [], []
        for step in range(PAN_STEPS):
            a = t0 + step * span / 40  # each step a fortieth of the width
            begin, begin_cpu = time.perf_counter(), time.thread_time()
            view.set_visible_range(a, a + span)
            view.render(image)
            times.append((time.perf_counter() - begin) * 1000)
            # the CPU time the frame took: on a busy machine, wall time adds the waits for
            # a core that other processes hold
            cpu.append((time.thread_time() - begin_cpu) * 1000)
            lay = view.current_layout()
            drawn.append(
                len(lay.markers) + len(lay.bands) + sum(len(h.bars) for h in lay.histograms)
            )
        everything += times
        cpu_all += cpu
        what = f"{statistics.median(drawn):.0f} shapes"
        print(
            f"{name:>8} {statistics.median(times):10.2f} {p95(times):8.2f} "
            f"{max(times):8.2f} {p95(cpu):8.2f}  {what}"
        )
    print(f"{'overall':>8} {statistics.median(everything):10.2f} {p95(everything):8.2f} "
          f"{max(everything):8.2f} {p95(cpu_all):8.2f}")  # fmt: skip
    print(f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")


def scene_baseline(n: int) -> None:
    data = synthetic(n)
    t = time.perf_counter()
    scene = QGraphicsScene()
    pen, brush = QPen(QColor("#ffffff")), QBrush(QColor("#1f65c8"))
    scale = (WIDTH - 20) / (data.t_max - data.t_min)
    ys = np.random.default_rng(5).random(n) * (HEIGHT - 60)
    for x, y in zip(((data.starts - data.t_min) * scale).tolist(), ys.tolist(), strict=True):
        scene.addEllipse(x, y, 8, 8, pen, brush)
    build = time.perf_counter() - t
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    t = time.perf_counter()
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, WIDTH, HEIGHT), QRectF(0, 0, WIDTH, HEIGHT))
    painter.end()
    paint = time.perf_counter() - t
    print(f"\nQGraphicsScene, one item per event ({n:,}): build {build:.2f} s, "
          f"first paint {paint:.2f} s")  # fmt: skip


class _FirstPaint(QObject):
    """Notes when the timeline first paints with events in it."""

    def __init__(self, view: TimelineView) -> None:
        super().__init__()
        self.view, self.at = view, None
        view.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.at is None and self.view.event_count():
            self.at = time.perf_counter()
        return False


class _DayOpened(QObject):
    """As soon as the counts are painted, zooms into one day and notes when its events are
    drawn one by one (markers one can open), before or after every event is read."""

    def __init__(self, view: TimelineView, probe: _FirstPaint) -> None:
        super().__init__()
        self.view, self.probe = view, probe
        self.at: float | None = None
        self.drawn = 0
        self.zoomed = False
        self.timer = QTimer(interval=5, timeout=self.poll)
        self.timer.start()

    def poll(self) -> None:
        if self.probe.at is None:
            return
        if not self.zoomed:
            self.zoomed = True
            day = START + 4321.37 * 86400
            self.view.set_visible_range(day, day + 86400)
            return
        markers = self.view.current_layout().markers
        if markers and not self.view.drawn_data().summary:
            self.at, self.drawn = time.perf_counter(), len(markers)
            self.timer.stop()


def startup(db: Path, n: int, settings_dir: str, what: str = "") -> None:
    from benchmarks.query import build
    from ui.window import MainWindow

    build(db, n)
    settings = QSettings(str(Path(settings_dir) / "settings.ini"), QSettings.Format.IniFormat)
    gaps: list[float] = []  # the event loop's stalls: a 5 ms timer's lateness
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000 - 5)
        last[0] = now

    stalls = QTimer(interval=5, timeout=tick)
    t, cpu = time.perf_counter(), time.process_time()
    window = MainWindow(str(db), settings)
    window.resize(WIDTH, HEIGHT)
    probe = _FirstPaint(window.timeline)
    loaded: list[tuple[float, float]] = []
    window.itemsLoaded.connect(
        lambda: (loaded.append((time.perf_counter(), time.process_time())), QApplication.quit())
    )
    opened = _DayOpened(window.timeline, probe)
    window.show()
    stalls.start()
    QApplication.exec()
    stalls.stop()
    first = (probe.at or time.perf_counter()) - t
    events = window.timeline.event_count()
    peak = _peak_mb()
    day = f"{opened.at - t:.2f} s ({opened.drawn} events)" if opened.at else "only once all read"
    print(f"\nstart-up with {events:,} events, {what}: first paint (their counts) {first:.2f} s; "
          f"a day zoomed into at once drawn event by event {day}; every event ready (timeline, "
          f"table, search, counters) {loaded[0][0] - t:.2f} s ({loaded[0][1] - cpu:.2f} s of "
          f"CPU, all threads); the event loop's longest stall {max(gaps, default=0):.0f} ms; "
          f"peak memory {peak:.0f} MB (load average {os.getloadavg()[0]:.1f})")  # fmt: skip
    window.close()


def _peak_mb() -> float:
    """This process's peak resident memory in MB: VmHWM, which starts afresh at exec. Linux
    carries ru_maxrss across exec, so a child started by a parent that had just built the
    million-event database reported the parent's peak as its own."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def startup_in_child(db: Path, n: int, how: str) -> None:
    """``startup`` in a process of its own, so that its peak memory is the window's alone;
    ``how``: "fresh", the columns kept from an earlier opening are dropped first (as at the
    first opening of a timeline, or with its file lost); "changed", events are edited, one
    deleted and an article of 1,000 events added before it opens (as after a day's work);
    "unchanged", reopened as it was."""
    import subprocess

    from benchmarks.query import build
    from core.store.columns import cache_file

    build(db, n)  # here, not in the child: the first opening must not find it being built
    if how == "fresh":
        cache_file(db).unlink(missing_ok=True)
    if how == "changed":
        change_some(db)
    what = {
        "fresh": "first opening, no file kept: the columns read from the tables",
        "changed": "after a change (2 edits, 1 deletion, 1,000 events added), with the file "
        "kept before it: the changed rows read",
        "unchanged": "reopened unchanged, the columns from the cache file",
    }[how]
    subprocess.run([sys.executable, __file__, "--db", str(db), "--events", str(n),
                    "--startup-only", what], check=True)  # fmt: skip


def change_some(db: Path) -> None:
    """Edit two events, delete one and add an article of 1,000 events, as the user would."""
    from core.model import Document, Event
    from core.store import open_store
    from core.store.edits import Curator

    store = open_store(db)
    rng = random.Random(time.time())
    try:
        top = store.count_events()
        curator = Curator(store)
        # the synthetic events' dates are not TIMEX3 values: an edit gives one
        curator.update(rng.randrange(1, top // 2), title="An edited event", start="2003-05-01")
        curator.update(rng.randrange(1, top // 2), start="1987-03-19")
        curator.delete([rng.randrange(top // 2, top)])
        events = []
        for i in range(1000):
            start = START + rng.random() * SPAN
            title = f"Added event {i} in region {rng.randrange(200)}"
            events.append(Event(title, "x", None, "day", False, "other", title, 0, len(title),
                                start, start + 86400.0))  # fmt: skip
        mark = f"{time.time()}"
        store.add_document(
            Document(f"/added/{mark}.txt", "Added", mark, "2000-01-01", "user", f"added{mark}"),
            events,
        )
    finally:
        store.close()


def ingest_stall(paths: list[str], settings_dir: str) -> None:
    from ui.window import MainWindow

    db = Path(tempfile.mkdtemp()) / "ingest.db"
    settings = QSettings(str(Path(settings_dir) / "ingest.ini"), QSettings.Format.IniFormat)
    window = MainWindow(str(db), settings)
    window.resize(WIDTH, HEIGHT)
    window.show()
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000 - 10)
        last[0] = now

    probe = QTimer(interval=10, timeout=tick)
    reports = []
    window.ingestFinished.connect(lambda r: (reports.append(r), QApplication.quit()))
    t = time.perf_counter()
    probe.start()
    window.add_paths(paths)
    QApplication.exec()
    probe.stop()
    took = time.perf_counter() - t
    summary = reports[0].summary() if reports else "did not finish"
    print(f"\nadding {', '.join(paths)} with the window open: {took:.0f} s ({summary})")
    print(f"event loop stalls: longest {max(gaps):.0f} ms, p99 {np.percentile(gaps, 99):.0f} ms, "
          f"{sum(g > 100 for g in gaps)} over 100 ms")  # fmt: skip
    window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--scene-events", type=int, help="baseline size (default: --events)")
    parser.add_argument(
        "--db", type=Path, default=Path(tempfile.gettempdir()) / "datelines-render-bench.db"
    )
    parser.add_argument("--ingest", nargs="+", help="measure event-loop stalls adding these")
    parser.add_argument("--skip-scene", action="store_true")
    parser.add_argument("--skip-startup", action="store_true")
    parser.add_argument("--lanes", type=int, default=12, help="also time this many lanes")
    parser.add_argument("--startup-only", metavar="WHAT", help=argparse.SUPPRESS)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings_dir = tempfile.mkdtemp()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    if args.startup_only:
        startup(args.db, args.events, settings_dir, args.startup_only)
        return
    if not args.skip_startup:
        for how in ("fresh", "changed", "unchanged"):
            startup_in_child(args.db, args.events, how)
    frames(args.events)
    if args.lanes:
        print(f"\nthe same events in lanes by person ({args.lanes} people)")
        frames(args.events, args.lanes)
    if not args.skip_scene:
        scene_baseline(args.scene_events or args.events)
    if args.ingest:
        ingest_stall(args.ingest, settings_dir)
    del app


if __name__ == "__main__":
    main()
