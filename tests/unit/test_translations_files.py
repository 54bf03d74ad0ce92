"""The translation files stay in step with the code and with each other (lupdate, lrelease)."""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from delegations.ui.translation_files import (
    TRANSLATIONS,
    languages,
    qt_catalogue,
    qt_sources,
    qt_strings_to_translate,
    qt_ts_path,
    release,
    source_files,
    ts_path,
    update,
)

PLURAL_MARK = re.compile(r"%L?n")


def plural_messages(ts: Path) -> dict[tuple[str, str], list[ElementTree.Element]]:
    """(context, source) -> the message's translation elements, for each counted string."""
    found: dict[tuple[str, str], list[ElementTree.Element]] = {}
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            if PLURAL_MARK.search(source):
                found[(name, source)] = message.findall("translation")
    return found


def test_english_is_the_source_and_always_there() -> None:
    assert languages()[0] == "en"


QT_CATALOGUES = sorted(TRANSLATIONS.glob("qtbase_*.ts"))


@pytest.mark.parametrize("ts", [ts_path(lang) for lang in languages()] + QT_CATALOGUES, ids=str)
def test_each_qm_is_what_lrelease_makes_of_its_ts(ts: Path, tmp_path: Path) -> None:
    rebuilt = tmp_path / ts.with_suffix(".qm").name
    release(ts, rebuilt)
    committed = ts.with_suffix(".qm")
    assert committed.read_bytes() == rebuilt.read_bytes(), (
        f"{committed.name} is stale: run `python -m delegations.ui.translation_files`"
    )


def test_every_counted_string_of_the_code_has_its_english_forms(tmp_path: Path) -> None:
    refreshed = ts_path("en", tmp_path)
    shutil.copy(ts_path("en"), refreshed)
    update(refreshed, "en")  # what the update tool would write: the code's plurals, merged

    counted = plural_messages(refreshed)
    assert ("MainWindow", "%Ln delegate(s)") in counted
    missing = []
    for (context, source), translations in counted.items():
        forms = [form.text or "" for form in translations[0].iter("numerusform")]
        finished = translations[0].get("type") is None
        if not finished or len(forms) != 2 or not all(PLURAL_MARK.search(f) for f in forms):
            missing.append(f"{context}: {source}")
    assert not missing, (
        "Plural strings without English forms (see delegations.ui.language): " + "; ".join(missing)
    )


def test_english_catalogue_holds_only_plurals() -> None:
    root = ElementTree.parse(ts_path("en")).getroot()
    assert root.get("language") == "en"
    assert all(message.get("numerus") == "yes" for message in root.iter("message"))


# The languages the window is translated into; Qt ships its own strings for Chinese only.
TRANSLATED = ("zh_CN", "vi", "th", "km", "lo", "my", "id", "ms")
COMPLETE = "zh_CN"
MAX_UNFINISHED = 0.02


def messages(ts: Path) -> dict[tuple[str, str], ElementTree.Element]:
    """(context, source) -> the message element, for every message of `ts`."""
    found = {}
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message
    return found


def unfinished(ts: Path) -> list[str]:
    """The messages of `ts` without a usable translation (unfinished, or an empty form)."""
    left = []
    for (context, source), message in messages(ts).items():
        translation = message.find("translation")
        forms = [translation] if translation is not None else []
        if message.get("numerus") == "yes" and translation is not None:
            forms = translation.findall("numerusform")
        empty = not forms or any(not (form.text or "").strip() for form in forms)
        if translation is None or translation.get("type") == "unfinished" or empty:
            left.append(f"{context}::{source}")
    return left


def catalogues(language: str) -> list[Path]:
    """The `.ts` files of `language`: ours, and the Qt strings Qt does not translate into it."""
    return [ts_path(language), qt_ts_path(language)]


@pytest.fixture(scope="module")
def code_messages(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], str]:
    """What lupdate finds in the code today: (context, source) -> "yes" for a plural."""
    fresh = tmp_path_factory.mktemp("lupdate") / "delegations_xx.ts"
    update(fresh, "xx")
    return {key: message.get("numerus", "no") for key, message in messages(fresh).items()}


def test_every_language_has_its_files() -> None:
    assert set(TRANSLATED) <= set(languages())
    for language in TRANSLATED:
        for ts in catalogues(language):
            assert ts.with_suffix(".qm").exists(), f"{ts.name} has no .qm"


@pytest.mark.parametrize("language", TRANSLATED)
def test_each_ts_parses_as_its_language(language: str) -> None:
    for ts in catalogues(language):
        root = ElementTree.parse(ts).getroot()
        assert (root.tag, root.get("language"), root.get("sourcelanguage")) == (
            "TS",
            language,
            "en",
        ), ts.name
        assert messages(ts), f"{ts.name} is empty"


def test_chinese_is_complete_with_nothing_obsolete() -> None:
    ts = ts_path(COMPLETE)
    assert unfinished(ts) == []
    obsolete = [
        source
        for (_context, source), message in messages(ts).items()
        if message.find("translation").get("type") in {"obsolete", "vanished"}  # type: ignore[union-attr]
    ]
    assert obsolete == []


@pytest.mark.parametrize("language", [lang for lang in TRANSLATED if lang != COMPLETE])
def test_at_most_two_percent_left_unfinished(language: str) -> None:
    for ts in catalogues(language):
        left = unfinished(ts)
        share = len(left) / len(messages(ts))
        assert share <= MAX_UNFINISHED, (
            f"{ts.name}: {len(left)} of {len(messages(ts))} unfinished ({share:.1%}), e.g. "
            + "; ".join(left[:5])
        )


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_string_of_the_code_is_in_the_ts(
    language: str, code_messages: dict[tuple[str, str], str]
) -> None:
    held = {
        key: message.get("numerus", "no") for key, message in messages(ts_path(language)).items()
    }
    missing = sorted(f"{c}::{s}" for c, s in code_messages.keys() - held.keys())
    gone = sorted(f"{c}::{s}" for c, s in held.keys() - code_messages.keys())
    assert (missing, gone) == ([], []), (
        "run `python -m delegations.ui.translation_files` (then fill the translations)"
    )
    assert held == code_messages  # a plural stays a plural


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_qt_string_the_window_shows_is_translated_by_qt_or_by_us(language: str) -> None:
    ours = set(messages(qt_ts_path(language)))
    shipped = qt_catalogue(language)
    for context, sources in qt_sources().items():
        for source in sources:
            by_qt = shipped is not None and bool(shipped.translate(context, source))
            assert by_qt or (context, source) in ours, f"{context}::{source}"
    assert ours == {
        (c, s) for c, sources in qt_strings_to_translate(language).items() for s in sources
    }


def class_names_of_the_code() -> set[str]:
    """Every class defined in `delegations/ui`, by name."""
    names = set()
    for path in source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names |= {node.name for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
    return names


def test_every_context_is_a_class_of_the_code(code_messages: dict[tuple[str, str], str]) -> None:
    # lupdate files `parent.tr("x")` under "parent" and a bare `tr("x")` under "", while PySide
    # looks the string up under the object's class: such a string never shows translated.
    contexts = {context for context, _source in code_messages}
    assert contexts - class_names_of_the_code() == set(), (
        "call tr() on self or on a class (ClassName.tr), see delegations.ui.language"
    )
