"""Labels whole where there is room: event titles (on screen and in the PNG export) and the
axis's upper tier at the left edge."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF, QImage

from tests.ui.test_timeline import at, day_item
from ui.article import ArticleView, reflow
from ui.curation import EventEditor
from ui.render import render_timeline
from ui.timeline_rows import TITLE_MAX_W

LONG = "Central bank of Freedonia injects 95 mln crowns into the money market before noon"


def test_a_long_title_is_whole_where_there_is_room_for_it(view):
    view.resize(1400, 400)
    view.set_items([day_item(1, 1987, 3, 2, LONG), day_item(2, 1987, 3, 20, "Short one")])
    view.set_visible_range(at(1987, 2, 25), at(1987, 3, 31))
    assert QFontMetricsF(view.font()).horizontalAdvance(LONG) > TITLE_MAX_W  # was cut
    marker = next(m for m in view.current_layout().markers if m.event_id == 1)
    assert marker.text == LONG
    view.resize(500, 400)  # a narrow view still cuts it, with "…"
    marker = next(m for m in view.current_layout().markers if m.event_id == 1)
    assert marker.text != LONG and marker.text.endswith("…")


def test_the_exported_image_keeps_long_titles_whole(tmp_path, qtbot):
    """PNG, SVG and PDF draw what the view lays out; the SVG's text says which titles."""
    rows = [{"id": 1, "start_ts": at(1987, 3, 2), "end_ts": at(1987, 3, 3), "title": LONG,
             "precision": "day", "undated": 0},
            {"id": 2, "start_ts": at(1987, 3, 20), "end_ts": at(1987, 3, 21), "title": "Short",
             "precision": "day", "undated": 0}]  # fmt: skip
    for fmt in ("svg", "png"):
        render_timeline(rows, tmp_path / f"t.{fmt}", fmt)
    assert LONG in (tmp_path / "t.svg").read_text()
    assert not QImage(str(tmp_path / "t.png")).isNull()


def test_the_first_period_label_is_never_cut_by_the_left_edge(view):
    """Late in January, "February 1987" pushes "January 1987" out: left out, not "ary 1987"."""
    bold = QFont(view.font())
    bold.setBold(True)
    for start_day in (24, 26, 28, 29, 30, 31):
        view.set_visible_range(at(1987, 1, start_day, 12), at(1987, 3, 12))
        for _, text_x, label in view.current_layout().major:
            assert text_x >= 0, (start_day, label)


WIRE = (
    "PRINTERS UNION WALKS OUT\n\nCHICAGO, March 2 -\n\nThe Graphic Workers Union of Illinois said its\n"
    "members have left the presses of Lakeside Press Inc <LKP> and\nHarbor Print this morning.\n"
    "    The union said talks had been extended twice before the\nwalkout began.\n"
)


def test_the_article_pane_reflows_hard_wrapped_paragraphs_keeping_offsets(qtbot):
    pane = ArticleView()
    qtbot.addWidget(pane)
    sentence = "The union said talks had been extended twice before the\nwalkout began."
    start = WIRE.index(sentence)
    pane.show_article(WIRE, start, start + len(sentence))
    shown = pane.toPlainText()
    assert len(shown) == len(WIRE) == len(reflow(WIRE))
    assert "said its members have left the presses of Lakeside Press Inc <LKP> and Harbor" in shown
    assert "PRINTERS UNION WALKS OUT\n\nCHICAGO, March 2 -\n\n" in shown  # short lines kept
    assert "\n    The union said" in shown  # a new paragraph stays one
    assert pane.highlighted_text() == sentence.replace("\n", " ")


def test_the_edit_dialog_has_room_for_a_whole_title(qtbot):
    editor = EventEditor({"title": LONG, "start": "1987-03-02", "end": None, "kind": "other"})
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    assert editor.title.width() > editor.title.fontMetrics().horizontalAdvance(LONG)
