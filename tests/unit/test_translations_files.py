"""The translation files stay in step with the code and with each other (lupdate, lrelease)."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from delegations.ui.translation_files import languages, release, ts_path, update

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


@pytest.mark.parametrize("language", languages())
def test_each_qm_is_what_lrelease_makes_of_its_ts(language: str, tmp_path: Path) -> None:
    ts = ts_path(language)
    rebuilt = tmp_path / f"delegations_{language}.qm"
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
