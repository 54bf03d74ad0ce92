"""One resolver for every place that takes a delegation by text (`--delegation`, import)."""

from pathlib import Path

import pytest

from delegations.domain.delegations import (
    AmbiguousDelegation,
    DelegationNotFound,
    resolve_delegation,
)
from delegations.domain.errors import UserError

WEEK = [
    (1, "Brunei Darussalam", "BN"),
    (2, "Cambodia", "KH"),
    (3, "Cambodia Youth Forum", "KH"),
    (4, "Lao PDR", "LA"),
    (5, "Viet Nam", "VN"),
    (6, "Philippines", "PH"),
    (7, "China", "CN"),
    (8, "Guangxi Department of Education", "CN"),
    (9, "Malaysia", "MY"),
]


@pytest.mark.parametrize(
    "text",
    ["Laos", "老挝", "Lao", "LA", "LAO", "la", "Lao People's Democratic Republic", "lao pdr",
     "  Lao   PDR "],
)  # fmt: skip
def test_every_way_of_writing_laos_finds_the_lao_delegation(text: str) -> None:
    assert resolve_delegation(text, WEEK) == 4


@pytest.mark.parametrize("text", ["Vietnam", "Viet Nam", "viet nam", "VN", "VNM", "越南", "Việt"])
def test_every_way_of_writing_viet_nam_finds_it(text: str) -> None:
    assert resolve_delegation(text, WEEK) == 5


def test_an_exact_name_wins_over_a_longer_name_containing_it() -> None:
    assert resolve_delegation("Cambodia", WEEK) == 2
    assert resolve_delegation("cambodia youth forum", WEEK) == 3
    assert resolve_delegation("柬埔寨", WEEK) == 2  # the country's delegation named like it
    assert resolve_delegation("KH", WEEK) == 2


def test_a_country_with_several_delegations_none_named_like_it_is_refused() -> None:
    delegations = [(1, "Ministry of Education", "KH"), (2, "Cambodia Youth Forum", "KH")]
    with pytest.raises(AmbiguousDelegation) as refusal:
        resolve_delegation("Cambodia", delegations)
    assert refusal.value.candidates == ["Cambodia Youth Forum", "Ministry of Education"]
    assert "Cambodia Youth Forum, Ministry of Education" in str(refusal.value)


def test_a_delegation_named_in_another_spelling_of_its_country_is_chosen() -> None:
    delegations = [(1, "Vietnam", "VN"), (2, "Hanoi University", "VN")]
    assert resolve_delegation("Viet Nam", delegations) == 1
    assert resolve_delegation("越南", delegations) == 1


def test_unique_prefixes_and_words() -> None:
    assert resolve_delegation("Phil", WEEK) == 6
    assert resolve_delegation("Brun", WEEK) == 1
    assert resolve_delegation("Guangxi", WEEK) == 8
    assert resolve_delegation("Youth", WEEK) == 3
    assert resolve_delegation("Mal", WEEK) == 9


def test_an_ambiguous_prefix_lists_the_candidates_in_one_sentence() -> None:
    with pytest.raises(AmbiguousDelegation) as refusal:
        resolve_delegation("Cam", WEEK)
    message = str(refusal.value)
    assert isinstance(refusal.value, UserError)
    assert message == (
        "“Cam” matches 2 delegations: Cambodia, Cambodia Youth Forum; give more of the name."
    )


def test_an_unknown_name_lists_what_exists() -> None:
    with pytest.raises(DelegationNotFound) as refusal:
        resolve_delegation("Atlantis", WEEK)
    message = str(refusal.value)
    assert message.startswith("No delegation matches “Atlantis”")
    assert "Brunei Darussalam, Cambodia, Cambodia Youth Forum, China" in message
    with pytest.raises(DelegationNotFound, match="none yet"):
        resolve_delegation("Laos", [])


def test_a_country_without_a_delegation_and_one_letter_are_not_matches() -> None:
    with pytest.raises(DelegationNotFound):
        resolve_delegation("Thailand", WEEK)
    with pytest.raises(DelegationNotFound):
        resolve_delegation("L", WEEK)
    with pytest.raises(DelegationNotFound):
        resolve_delegation("  ", WEEK)


def test_two_delegations_with_the_same_name_are_refused() -> None:
    with pytest.raises(AmbiguousDelegation):
        resolve_delegation("Malaysia", [(1, "Malaysia", "MY"), (2, "MALAYSIA", "MY")])


def test_the_service_reads_the_event_file(tmp_path: Path) -> None:
    from delegations.services.delegations import DelegationCreate, add_delegation
    from delegations.services.event import open_event
    from delegations.services.roster import find_delegation

    event_file = open_event(tmp_path / "event.sqlite3")
    with event_file.session() as session:
        lao = add_delegation(session, DelegationCreate(name="Lao PDR", country="LA")).id
        add_delegation(session, DelegationCreate(name="Cambodia", country="KH"))
    with event_file.read() as connection:
        assert find_delegation(session=connection, text="老挝") == lao
    with event_file.session() as session:
        assert find_delegation(session=session, text="Laos") == lao
    event_file.close()
