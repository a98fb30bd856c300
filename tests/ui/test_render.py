"""The timeline exported as PNG, SVG and PDF, each read back by its own reader."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

from core.ingest import ingest
from core.store import open_store
from ui.render import render_timeline

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def rows(tmp_path, own_sample):
    store = open_store(tmp_path / "t.db")
    ingest(store, [own_sample], workers=1)
    rows = store.events()
    store.close()
    return rows


def test_png_is_the_drawn_timeline(qapp, tmp_path, rows):
    out = tmp_path / "t.png"
    render_timeline(rows, out, "png", (1200, 600))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 600)
    colours = {image.pixel(x, y) for x in range(0, 1200, 7) for y in range(0, 600, 7)}
    assert len(colours) > 10  # axis, markers, bands and titles, not a blank page


def test_svg_names_the_events(qapp, tmp_path, rows):
    out = tmp_path / "t.svg"
    render_timeline(rows, out, "svg", (1600, 900))
    root = ET.parse(out).getroot()
    text = " ".join(t.text or "" for t in root.iter() if t.tag.endswith("text"))
    assert any(word in text for word in ("bridge", "Bridge", "cables", "Buses"))
    assert root.get("viewBox") == "0 0 1600 900"


def test_pdf_page_holds_the_timeline(qapp, tmp_path, rows):
    out = tmp_path / "t.pdf"
    render_timeline(rows, out, "pdf", (1600, 900))
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    assert "2022" in reader.pages[0].extract_text()  # the axis labels are text


def test_export_image_from_the_command_line(tmp_path, own_sample):
    db = str(tmp_path / "x.db")
    main = [sys.executable, str(ROOT / "main.py")]
    subprocess.run([*main, "ingest", str(own_sample), "--db", db], check=True, capture_output=True)
    out = tmp_path / "view.png"
    result = subprocess.run(
        [*main, "export", "--format", "png", "--db", db, "-o", str(out), "--size", "800x400",
         "--from", "2022-03", "--to", "2022-03"],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert QImage(str(out)).width() == 800
    missing = subprocess.run(
        [*main, "export", "--format", "svg", "--db", db], capture_output=True, text=True
    )
    assert missing.returncode == 1 and "needs -o" in missing.stderr
