"""Signed badge codes: round trip, forgery, QR size."""

from __future__ import annotations

import pytest
import segno

from delegations.domain.codes import CODE_LENGTH, InvalidCode, make_code, read_code

SECRET = "0f" * 32


def test_code_round_trips_and_is_qr_alphanumeric() -> None:
    code = make_code(SECRET, 1234, 3)
    assert len(code) == CODE_LENGTH
    assert code.isupper() and code.isalnum()
    badge = read_code(SECRET, code)
    assert (badge.delegate_id, badge.version) == (1234, 3)
    # What a person types: lower case, spaces and dashes are accepted.
    typed = "-".join(code[i : i + 5] for i in range(0, len(code), 5)).lower()
    assert read_code(SECRET, f" {typed} ").delegate_id == 1234


@pytest.mark.parametrize("delegate_id", [1, 999, 50_000, 2**32 - 1])
def test_code_fits_a_small_qr_in_alphanumeric_mode(delegate_id: int) -> None:
    qr = segno.make(make_code(SECRET, delegate_id, 255), error="m", micro=False)
    assert qr.version <= 4
    assert qr.mode == "alphanumeric"


def test_codes_of_other_delegates_or_versions_share_no_signature() -> None:
    codes = {make_code(SECRET, i, v) for i in range(1, 50) for v in (1, 2)}
    assert len({code[10:] for code in codes}) == len(codes)


@pytest.mark.parametrize(
    "tamper",
    [
        lambda code: code[:-1] + ("A" if code[-1] != "A" else "B"),  # signature changed
        lambda code: make_code("another event's secret", 7, 1),  # signed by another event
        lambda code: code[:3] + ("Q" if code[3] != "Q" else "R") + code[4:],  # id changed
        lambda code: code[:-2],  # truncated
        lambda code: code[:-1] + "1",  # outside the alphabet
        lambda code: "HELLO WORLD",
    ],
)
def test_forged_codes_are_refused(tamper) -> None:  # noqa: ANN001
    with pytest.raises(InvalidCode):
        read_code(SECRET, tamper(make_code(SECRET, 7, 1)))


def test_out_of_range_values_are_not_encoded() -> None:
    with pytest.raises(ValueError):
        make_code(SECRET, 0, 1)
    with pytest.raises(ValueError):
        make_code(SECRET, 1, 256)
    with pytest.raises(ValueError):
        make_code("", 1, 1)


def test_a_code_with_an_altered_last_character_is_refused() -> None:
    code = make_code("secret", 42, 1)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    for other in alphabet.replace(code[-1], ""):
        with pytest.raises(InvalidCode):
            read_code("secret", code[:-1] + other)
