"""Corrections through the main window's Edit menu, kept in the database across a reopen."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel

from core.ingest import ingest
from core.store import open_store
from tests.ui.test_window import make_window


def _edit_menu(window):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    return {a.text().split(" ")[0].replace("&", ""): a for a in menu.actions() if a.text()}


def _events(db) -> list[tuple[int, str]]:
    store = open_store(db)
    try:
        return [(r["id"], r["title"]) for r in store.events()]
    finally:
        store.close()


def _titles(db) -> set[str]:
    store = open_store(db)
    try:
        return {r["title"] for r in store.events()}
    finally:
        store.close()


def test_delete_undo_and_merge_from_the_edit_menu(qtbot, tmp_path, own_sample):
    db = tmp_path / "t.db"
    store = open_store(db)
    ingest(store, [own_sample], workers=1)
    store.close()
    window = make_window(qtbot, db)
    menu = _edit_menu(window)
    assert not menu["Undo"].isEnabled()

    victim = next(e for e in _events(db) if "closed" in e[1].lower())
    window.select_event(victim[0])
    with qtbot.waitSignal(window.itemsLoaded, timeout=10000):
        menu["Delete"].trigger()
    assert victim[1] not in _titles(db)
    assert menu["Undo"].text().startswith("&Undo Delete")
    with qtbot.waitSignal(window.itemsLoaded, timeout=10000):
        menu["Undo"].trigger()
    assert victim[1] in _titles(db)

    first, second = _events(db)[:2]
    table = window.table
    for event_id in (first[0], second[0]):
        row = table.event_model().row_of(event_id)
        table.selectionModel().select(
            table.model().index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    with qtbot.waitSignal(window.itemsLoaded, timeout=10000):
        menu["Merge"].trigger()
    window.close()

    store = open_store(db)  # what a restart finds
    merged = [e for e in (store.event(first[0]), store.event(second[0])) if e]
    assert len(merged) == 1 and len(merged[0]["sources"]) == 2
    store.close()


def test_a_damaged_database_is_reported_with_a_way_out_and_left_untouched(qtbot, tmp_path):
    path = tmp_path / "damaged.db"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    before = path.read_bytes()
    from ui.window import MainWindow

    window = MainWindow(str(path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: getattr(window, "open_failure", None) is not None, timeout=10000)
    box = window.open_failure
    assert "damaged" in box.text() or "not a Datelines database" in box.text()
    assert {b.text() for b in box.buttons()} >= {"New Timeline…", "Open Another…"}
    box.close()
    window.close()
    assert path.read_bytes() == before


def test_file_export_writes_what_the_filters_show(qtbot, tmp_path, own_sample):
    import csv

    from PySide6.QtGui import QImage

    db = tmp_path / "t.db"
    store = open_store(db)
    ingest(store, [own_sample], workers=1)
    kinds = {r["kind"] for r in store.events()}
    store.close()
    window = make_window(qtbot, db)
    kind = sorted(kinds)[0]
    with qtbot.waitSignal(window.filtersApplied, timeout=5000):
        window.filters.kind_box.setCurrentText(kind)
    out = tmp_path / "shown.csv"
    with qtbot.waitSignal(window.exportFinished, timeout=10000):
        window.exporter.export(str(out), "csv")
    with out.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows and {r["kind"] for r in rows} == {kind}
    assert len(rows) == window.event_model.rowCount()
    image = tmp_path / "view.png"
    with qtbot.waitSignal(window.exportFinished, timeout=10000):
        window.exporter.export(str(image), "png")
    assert QImage(str(image)).width() == window.timeline.width()
    window.close()


def test_setting_a_publication_date_in_the_window_resolves_again(qtbot, tmp_path, own_sample):
    db = tmp_path / "t.db"
    store = open_store(db)
    ingest(store, [own_sample], workers=1)
    doc_id = store.documents()[0]["id"]
    store.close()
    window = make_window(qtbot, db)
    with qtbot.waitSignal(window.redated, timeout=10000):
        window.redating.redate_in_background(doc_id, "2022-03-16")
    store = open_store(db)
    starts = {r["start"] for r in store.events()}
    assert "2022-03-15" in starts and "2022-03-08" not in starts  # "said on Tuesday"
    assert store.documents()[0]["published_source"] == "user"
    store.close()
    window.close()


def test_split_off_a_source_from_the_detail_panel(qtbot, tmp_path, own_sample):
    from PySide6.QtCore import QUrl

    db = tmp_path / "t.db"
    store = open_store(db)
    ingest(store, [own_sample.parent], workers=1)  # two reports: some events have two sources
    merged = next(r for r in store.events() if r["sources"] == 2)
    before = store.count_events()
    store.close()
    window = make_window(qtbot, db)
    with qtbot.waitSignal(window.eventShown, timeout=10000):
        window.select_event(merged["id"])
    assert "split off" in window.detail.toPlainText()
    with qtbot.waitSignal(window.itemsLoaded, timeout=10000):
        window.detail.anchorClicked.emit(QUrl("split:1"))
    store = open_store(db)
    assert len(store.event(merged["id"])["sources"]) == 1
    assert store.count_events() == before + 1  # the other report is an event of its own
    store.close()
    window.close()
