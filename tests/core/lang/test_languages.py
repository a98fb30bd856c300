"""Every language folder holds the same modules with the same names as English."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from core import lang


def _public(module: object) -> dict[str, type]:
    return {n: type(v) for n, v in vars(module).items() if n.isupper() and not n.startswith("_")}


@pytest.mark.parametrize("code", lang.languages())
@pytest.mark.parametrize("module", lang.MODULES)
def test_language_has_every_name_english_has(code: str, module: str) -> None:
    reference = _public(lang.words(lang.REFERENCE, module))
    names = _public(lang.words(code, module))
    missing = sorted(set(reference) - set(names))
    extra = sorted(set(names) - set(reference))
    assert not missing, f"core/lang/{code}/{module}.py lacks {missing}"
    assert not extra, f"core/lang/{code}/{module}.py has names English lacks: {extra}"
    wrong = {n: (t.__name__, names[n].__name__) for n, t in reference.items() if names[n] is not t}
    assert not wrong, f"core/lang/{code}/{module}.py: names of another type than English's: {wrong}"


@pytest.mark.parametrize("code", lang.languages())
def test_language_folder_names_itself(code: str) -> None:
    assert importlib.import_module(f"core.lang.{code}").NAME


def test_english_is_the_reference_and_comes_first() -> None:
    assert lang.languages()[0] == "en"


def test_an_unknown_language_is_refused_with_the_languages_read() -> None:
    with pytest.raises(lang.UnknownLanguage, match="Datelines reads en"):
        lang.words("xx", "calendar")


def _stated(code: str, module: str) -> set[str]:
    """The public names a language folder's module assigns itself (not the neutral ones)."""
    path = Path(lang.__file__).parent / code / f"{module}.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign):
            targets = [node.target]
        names |= {t.id for t in targets if isinstance(t, ast.Name) and t.id.isupper()}
    return names


@pytest.mark.parametrize("module", lang.MODULES)
def test_neutral_values_are_names_english_has_with_its_types(module: str) -> None:
    reference = _public(lang.words(lang.REFERENCE, module))
    neutral = _public(importlib.import_module(f"core.lang._neutral.{module}"))
    assert set(neutral) <= set(reference), sorted(set(neutral) - set(reference))
    wrong = [n for n, t in neutral.items() if reference[n] is not t]
    assert not wrong, f"core/lang/_neutral/{module}.py: names of another type than English's"


@pytest.mark.parametrize("code", [c for c in lang.languages() if c != lang.REFERENCE])
@pytest.mark.parametrize("module", lang.MODULES)
def test_a_language_states_only_what_it_reads(code: str, module: str) -> None:
    """A row restating the neutral value is noise: leave the name out of the folder."""
    neutral = vars(importlib.import_module(f"core.lang._neutral.{module}"))
    data = lang.words(code, module)
    restated = sorted(
        n for n in _stated(code, module) & set(neutral) if getattr(data, n) == neutral[n]
    )
    assert not restated, f"core/lang/{code}/{module}.py restates neutral values: {restated}"


def test_a_name_left_out_reads_nothing() -> None:
    """German reads no fiscal quarters: its pattern for them is the neutral one, never matching."""
    assert "ORDINAL_QUARTER" not in _stated("de", "cues")
    assert lang.words("de", "cues").ORDINAL_QUARTER == r"(?!)"
