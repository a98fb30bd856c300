"""UI test fixtures: settings go to a temporary folder, never to the user's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from ui.timeline import TimelineView


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory):
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def view(qtbot):
    """A shown timeline of 900×400 with no events yet."""
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
