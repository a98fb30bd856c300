"""Languages in the window: each article's language in the list, a language filter, and a
line under Problems for an article in a language Datelines does not read yet."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QStyleOptionViewItem

from tests.ui.test_window import drop_files, make_window

LANGUAGES = Path(__file__).resolve().parents[1] / "fixtures" / "languages"
ENGLISH, ESTONIAN = LANGUAGES / "harbour-en.txt", LANGUAGES / "sadam-et.txt"


@pytest.fixture
def mixed(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path / "timeline.db")
    with qtbot.waitSignal(window.ingestFinished, timeout=60000) as blocker:
        drop_files(window, [ENGLISH, ESTONIAN])
    window.report = blocker.args[0]
    yield window
    window.close()
    assert window.tasks.pool.waitForDone(10000), "a background task outlived the window"


def shown_text(window, row: int) -> str:
    option = QStyleOptionViewItem()
    index = window.document_model.index(row)
    window.documents.itemDelegate().initStyleOption(option, index)
    return option.text


def test_each_article_shows_its_language_in_the_list(mixed):
    texts = [shown_text(mixed, row) for row in range(mixed.document_model.rowCount())]
    assert any("Harbour" in t and "English (en)" in t for t in texts)
    assert any("Tallinna" in t and "Estonian (et)" in t for t in texts)


def test_an_unread_language_is_named_under_problems_and_the_article_still_listed(mixed):
    assert mixed.problems_dock.isVisible()
    [(path, reason)] = mixed.problems.problems()
    assert path == str(ESTONIAN)
    assert "Estonian (et)" in reason and "does not read yet" in reason
    assert "no events extracted" in reason
    assert mixed.document_model.rowCount() == 2
    assert "1 in a language not read yet" in mixed.status_label.text()


def test_the_language_filter_shows_only_the_events_of_that_languages_articles(qtbot, mixed):
    box = mixed.languages.box
    offered = [box.itemText(i) for i in range(box.count())]
    assert offered == ["All languages", "English (en)", "Estonian (et)"]
    everything = len(mixed.timeline.items())
    assert everything > 0
    with qtbot.waitSignal(mixed.filtersApplied, timeout=5000):
        box.setCurrentIndex(offered.index("Estonian (et)"))
    assert len(mixed.timeline.items()) == 0 == mixed.event_model.rowCount()
    with qtbot.waitSignal(mixed.filtersApplied, timeout=5000):
        box.setCurrentIndex(offered.index("English (en)"))
    assert len(mixed.timeline.items()) == everything
    with qtbot.waitSignal(mixed.filtersApplied, timeout=5000):
        box.setCurrentIndex(0)
    assert len(mixed.timeline.items()) == everything


def test_the_detail_panel_names_each_person_once_however_the_sources_spell_them(qtbot):
    from ui.detail import DetailPanel

    panel = DetailPanel()
    qtbot.addWidget(panel)
    names = ["Emmanuel Macron", "Macron", "Vladimir Poutine", "Vladimir Putin", "Путиным",
             "Эммануэль Макрон", "Moscow"]  # fmt: skip
    kinds = ["person"] * 6 + ["place"]
    source = {"published_source": "header", "sentence": "Macron met Putin.", "path": "a.txt",
              "published": "2022-02-07T10:00", "document_title": "A"}  # fmt: skip
    panel.show_event({"undated": False, "start": "2022-02-07", "end": None, "precision": "day",
                      "title": "Macron met Putin", "kind": "meeting", "sources": [source],
                      "entities": [{"text": n, "kind": k} for n, k in zip(names, kinds, strict=True)]})  # fmt: skip
    who = next(line for line in panel.toPlainText().splitlines() if "Who and where" in line)
    assert who.count("Macron") + who.count("Макрон") == 1
    assert who.count("Put") + who.count("Pout") + who.count("Пут") == 1
    assert "Vladimir Putin" in who  # as most write it, not the French exonym listed first
    assert "Moscow" in who
