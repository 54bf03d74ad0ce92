"""The check-in card without a photo shows the person's initials, not their title's."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from delegations.services.checkin import CheckInResult, Outcome
from delegations.ui.checkin.card import ResultCard


@pytest.mark.parametrize(
    ("name", "native", "expected"),
    [
        ("H.E. Oum Romany", "អ៊ុំ រ៉ូម៉ានី", "OR"),
        ("Dr Bai Zhen", "白真", "白"),
        ("", "สมชาย ใจดี", "สจ"),
    ],
)
def test_the_card_shows_the_persons_initials(
    qtbot: QtBot, name: str, native: str, expected: str
) -> None:
    card = ResultCard()
    qtbot.addWidget(card)
    card.show_result(
        CheckInResult(
            outcome=Outcome.ADMITTED, message="", delegate_id=1, name=name, native_name=native
        )
    )
    assert card.photo.initials() == expected
