"""Every language folder holds the same modules with the same names as English."""

from __future__ import annotations

import importlib

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
