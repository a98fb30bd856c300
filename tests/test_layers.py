"""The layers hold: import-linter's contracts in pyproject.toml, and no import cycles.

core never imports Qt or ui; core's packages import only those below them; the timeline's
pure model imports no Qt; no module of core or ui imports, however indirectly, one that
imports it back.
"""

from __future__ import annotations

from pathlib import Path

import grimp
import pytest
from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parent.parent


def test_import_linter_contracts_are_kept(capsys: pytest.CaptureFixture[str]) -> None:
    exit_code = lint_imports(str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True)
    report = capsys.readouterr().out
    assert exit_code == 0, f"import-linter found broken contracts:\n{report}"
    assert "0 broken" in report


def _cycles(package: str) -> list[list[str]]:
    """Each direct import that a chain of imports leads back from, as that loop."""
    graph = grimp.build_graph(package, cache_dir=None)
    loops = []
    for importer in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(importer)):
            back = graph.find_shortest_chain(importer=imported, imported=importer)
            if back:
                loops.append([importer, *back])
    return loops


@pytest.mark.parametrize("package", ["core", "ui"])
def test_no_import_cycles(package: str) -> None:
    """Stricter than the acyclic_siblings contract: a package's ``__init__`` and its own
    modules must not import each other either."""
    loops = _cycles(package)
    assert not loops, "import cycles:\n" + "\n".join(" -> ".join(loop) for loop in loops)


def test_the_checks_see_the_nested_modules() -> None:
    """A contract over a package that no longer exists would pass vacuously."""
    graph = grimp.build_graph("core", "ui", cache_dir=None)
    for module in ("core.store.schema", "core.temporal.tagger", "ui.timeline_layout"):
        assert module in graph.modules
