"""The desk's burst recogniser: a scanner's rhythm versus a person's (pure timing, no Qt)."""

from __future__ import annotations

from delegations.ui.checkin.burst import BURST_GAP_MS, GAP_MS, MIN_LENGTH, BurstRecogniser


def _feed(recogniser: BurstRecogniser[str], text: str, start: float, gap: float) -> dict:
    released: list[str] = []
    scanned: list[str] = []
    for number, char in enumerate(text):
        routing = recogniser.character(char, start + number * gap)
        released += routing.release
        scanned += routing.scan
    return {"released": "".join(released), "scanned": "".join(scanned)}


def test_scanner_characters_8_ms_apart_are_a_burst_from_the_first() -> None:
    recogniser: BurstRecogniser[str] = BurstRecogniser()
    routed = _feed(recogniser, "ABCDEFGH", 1000, 8)
    assert routed == {"released": "", "scanned": "ABCDEFGH"}
    _routing, ends_burst = recogniser.end_key(1000 + 8 * 8)
    assert ends_burst


def test_a_person_typing_is_released_key_by_key_in_order() -> None:
    recogniser: BurstRecogniser[str] = BurstRecogniser()
    routed = _feed(recogniser, "Nguyen", 1000, 120)
    routed["released"] += "".join(recogniser.expire().release)
    assert routed == {"released": "Nguyen", "scanned": ""}
    assert recogniser.end_key(2000) == (recogniser.expire(), False)


def test_fewer_close_characters_than_a_burst_are_released() -> None:
    recogniser: BurstRecogniser[str] = BurstRecogniser()
    routed = _feed(recogniser, "ab"[: MIN_LENGTH - 1], 0, 10)
    routing, ends_burst = recogniser.end_key(25)
    assert routed["scanned"] == "" and "".join(routing.release) == "ab" and not ends_burst


def test_a_burst_after_slow_typing_takes_only_its_own_characters() -> None:
    recogniser: BurstRecogniser[str] = BurstRecogniser()
    slow = _feed(recogniser, "Ngu", 0, 200)
    fast = _feed(recogniser, "K7Q2ZZ", 1000, 8)
    assert slow["released"] == "Ng"  # "u" was held until the burst came
    assert fast == {"released": "u", "scanned": "K7Q2ZZ"}


def test_a_hiccup_inside_a_running_burst_does_not_cut_it() -> None:
    recogniser: BurstRecogniser[str] = BurstRecogniser()
    _feed(recogniser, "ABCD", 0, 8)
    hiccup = recogniser.character("E", 24 + BURST_GAP_MS - 1)
    assert hiccup.scan == ("E",)


def test_a_gap_wider_than_the_burst_gap_starts_over() -> None:
    recogniser: BurstRecogniser[str] = BurstRecogniser()
    _feed(recogniser, "ABCD", 0, 8)
    later = recogniser.character("x", 24 + BURST_GAP_MS + 1)
    assert later.scan == () and recogniser.holding and not recogniser.in_burst


def test_characters_just_slower_than_the_gap_are_a_person() -> None:
    recogniser: BurstRecogniser[str] = BurstRecogniser()
    routed = _feed(recogniser, "abcdefg", 0, GAP_MS + 1)
    assert routed["scanned"] == "" and routed["released"] == "abcdef"


def test_another_key_releases_what_is_held_and_ends_a_burst() -> None:
    recogniser: BurstRecogniser[str] = BurstRecogniser()
    _feed(recogniser, "ab", 0, 10)
    assert recogniser.other_key().release == ("a", "b")
    _feed(recogniser, "ABCD", 100, 8)
    recogniser.other_key()
    assert not recogniser.in_burst


def test_starts_run() -> None:
    recogniser: BurstRecogniser[str] = BurstRecogniser()
    assert recogniser.starts_run(0)
    recogniser.character("a", 0)
    assert not recogniser.starts_run(BURST_GAP_MS) and recogniser.starts_run(BURST_GAP_MS + 1)
    recogniser.end_key(10)
    assert recogniser.starts_run(11)


def test_a_burst_rescues_the_keys_a_stall_released_just_before_it() -> None:
    recogniser: BurstRecogniser[str] = BurstRecogniser()
    routed = _feed(recogniser, "AE", 0, 8)
    routings = [recogniser.character(char, 8 + 100 + 8 * n) for n, char in enumerate("AAAA")]
    assert [r.release for r in routings] == [("A", "E"), (), (), ()]  # the stall: a person?
    started = routings[-1]
    assert routed["released"] == "" and started.burst_started
    assert started.rescued + started.scan == tuple("AEAAAA")


def test_keys_released_before_a_gap_wider_than_the_burst_gap_are_not_rescued() -> None:
    recogniser: BurstRecogniser[str] = BurstRecogniser()
    _feed(recogniser, "Ngu", 0, 100)
    started = [
        recogniser.character(c, 200 + BURST_GAP_MS + 1 + 8 * n) for n, c in enumerate("K7Q2")
    ]
    assert started[0].release == ("u",)  # "N" and "g" went at once
    assert started[-1].burst_started and started[-1].rescued == ()
    assert started[-1].scan == tuple("K7Q2")


def test_held_keys_that_timed_out_are_rescued_by_a_burst_right_after() -> None:
    recogniser: BurstRecogniser[str] = BurstRecogniser()
    recogniser.character("A", 0)
    assert recogniser.expire().release == ("A",)
    started = [recogniser.character(c, 90 + 8 * n) for n, c in enumerate("EAAA")]
    assert started[-1].rescued == ("A",) and started[-1].scan == tuple("EAAA")
    recogniser.end_key(200)
    assert recogniser.released_in_run == []


def test_over_an_open_menu_a_stalled_scanner_is_held_not_given_to_the_menu() -> None:
    recogniser: BurstRecogniser[str] = BurstRecogniser()
    routings = [
        recogniser.character(char, at, patient=True)
        for char, at in (("A", 0), ("E", 8), ("A", 8 + GAP_MS + 60), ("A", 8 + GAP_MS + 68))
    ]
    assert all(routing.release == () for routing in routings)  # "E" would run Export…
    assert routings[-1].burst_started and routings[-1].scan == tuple("AEAA")


def test_over_an_open_menu_a_persons_key_still_goes_to_the_menu() -> None:
    recogniser: BurstRecogniser[str] = BurstRecogniser()
    assert recogniser.character("e", 0, patient=True).release == ()
    assert recogniser.expire().release == ("e",)
