"""The transfer plan on plain records (domain.transfers): windows, vehicles, own cars, pick-ups."""

from __future__ import annotations

import datetime as dt

import pytest

from delegations.domain.errors import UserError
from delegations.domain.transfers import (
    Direction,
    Leg,
    TransferSettings,
    Traveller,
    VehicleSize,
    choose_vehicles,
    parse_vehicles,
    plan_transfers,
)

DAY = dt.date(2025, 7, 24)
SIZES = (VehicleSize("car", 3), VehicleSize("van", 7), VehicleSize("coach", 40))
_ids = iter(range(1, 100_000))


def people(count: int, delegation: str = "Viet Nam", order: int = 1, **extra) -> tuple:  # noqa: ANN003
    return tuple(
        Traveller(next(_ids), f"{delegation} {i}", delegation, order, **extra) for i in range(count)
    )


def arrival(time: str, travellers: tuple, number: str = "CZ3416", place: str = "KWE",
            terminal: str = "T2", mode: str = "flight", day: dt.date = DAY) -> Leg:  # fmt: skip
    return Leg(next(_ids), Direction.ARRIVAL, day, dt.time.fromisoformat(time), mode=mode,
               number=number, place=place, terminal=terminal, travellers=travellers)  # fmt: skip


def departure(time: str, travellers: tuple, number: str = "CZ3415", mode: str = "flight",
              day: dt.date = DAY) -> Leg:  # fmt: skip
    return Leg(next(_ids), Direction.DEPARTURE, day, dt.time.fromisoformat(time), mode=mode,
               number=number, place="KWE", terminal="T2", travellers=travellers)  # fmt: skip


def names(transfer) -> list[str]:  # noqa: ANN001
    return [p.traveller.name for p in transfer.passengers]


def test_arrivals_within_the_window_share_a_vehicle_and_a_later_one_gets_its_own() -> None:
    vn, th, la = people(2, "Viet Nam", 1), people(3, "Thailand", 2), people(2, "Lao PDR", 3)
    plan = plan_transfers([arrival("10:00", vn, "VN5402"), arrival("10:50", th, "FD578"),
                           arrival("11:10", la, "QV913")],
                          TransferSettings(window=60, vehicles=SIZES))  # fmt: skip
    first, second = plan.transfers
    assert names(first) == [p.name for p in vn + th]  # 10:50 is within 60 min of 10:00
    assert first.vehicle.kind == "van" and first.code == "A1"
    # leaves when the 10:50 flight has cleared the hall (45 minutes for a flight)
    assert first.at == dt.datetime(2025, 7, 24, 11, 35)
    assert names(second) == [p.name for p in la] and second.vehicle.kind == "car"
    assert second.code == "A2"


def test_a_narrower_window_splits_the_same_flights() -> None:
    vn, th = people(2, "Viet Nam", 1), people(3, "Thailand", 2)
    legs = [arrival("10:00", vn), arrival("10:50", th)]
    assert len(plan_transfers(legs, TransferSettings(window=30)).transfers) == 2
    assert len(plan_transfers(legs, TransferSettings(window=50)).transfers) == 1


def test_other_terminals_and_stations_are_not_pooled() -> None:
    plan = plan_transfers([arrival("10:00", people(2), terminal="T1"),
                           arrival("10:05", people(2), terminal="T2"),
                           arrival("10:05", people(2), "G2961", place="GYN", terminal="",
                                   mode="train")])  # fmt: skip
    places = sorted((t.place, t.terminal) for t in plan.transfers)
    assert places == [("GYN", ""), ("KWE", "T1"), ("KWE", "T2")]
    train = next(t for t in plan.transfers if t.place == "GYN")
    assert train.at == dt.datetime(2025, 7, 24, 10, 20)  # a train clears in 15 minutes
    assert train.meeting_point == "Station exit, arrivals"


def test_heads_and_vips_ride_alone_in_a_car() -> None:
    head = Traveller(1, "H.E. Minister", "Viet Nam", 1, is_head=True)
    vip = Traveller(2, "Guest of honour", "Viet Nam", 1, is_vip=True)
    plan = plan_transfers([arrival("10:00", (head, vip) + people(4))],
                          TransferSettings(vehicles=SIZES))  # fmt: skip
    own = [t for t in plan.transfers if t.own_car]
    assert sorted(names(t)[0] for t in own) == ["Guest of honour", "H.E. Minister"]
    assert all(len(t.passengers) == 1 and t.vehicle.kind == "car" for t in own)
    pooled = [t for t in plan.transfers if not t.own_car]
    assert len(pooled) == 1 and len(pooled[0].passengers) == 4
    assert pooled[0].vehicle.kind == "van"
    assert not {"H.E. Minister", "Guest of honour"} & set(names(pooled[0]))


@pytest.mark.parametrize(
    ("count", "kinds"),
    [(1, ["car"]), (3, ["car"]), (4, ["van"]), (7, ["van"]), (8, ["coach"]), (40, ["coach"]),
     (45, ["coach", "van"]), (82, ["coach", "coach", "car"])],
)  # fmt: skip
def test_fewest_vehicles_then_fewest_seats(count: int, kinds: list[str]) -> None:
    assert [v.kind for v in choose_vehicles(count, SIZES)] == kinds


def test_a_group_too_big_for_one_vehicle_is_spread_with_every_one_seated() -> None:
    travellers = people(30, "Viet Nam", 1) + people(12, "Thailand", 2) + people(3, "Lao PDR", 3)
    plan = plan_transfers([arrival("09:00", travellers)], TransferSettings(vehicles=SIZES))
    assert [t.vehicle.kind for t in plan.transfers] == ["coach", "van"]
    seated = [p.traveller.id for t in plan.transfers for p in t.passengers]
    assert sorted(seated) == sorted(t.id for t in travellers)
    assert all(len(t.passengers) <= t.vehicle.seats for t in plan.transfers)
    # Viet Nam (30) whole in the coach; Lao PDR (3) whole somewhere; Thailand split
    coach, van = plan.transfers
    assert {p.traveller.delegation for p in coach.passengers if p.traveller.order == 1} == {
        "Viet Nam"
    }
    assert sum(p.traveller.delegation == "Viet Nam" for p in coach.passengers) == 30
    lao_vehicles = {t.code for t in plan.transfers for p in t.passengers
                    if p.traveller.delegation == "Lao PDR"}  # fmt: skip
    assert len(lao_vehicles) == 1


def test_delegations_fitting_whole_are_not_split() -> None:
    # 6 + 5 = 11 people: a coach by the rule; with only vans and cars, two vans, each
    # delegation in one.
    vn, th = people(6, "Viet Nam", 1), people(5, "Thailand", 2)
    sizes = (VehicleSize("car", 3), VehicleSize("van", 7))
    plan = plan_transfers([arrival("09:00", vn + th)], TransferSettings(vehicles=sizes))
    assert sorted(len(t.passengers) for t in plan.transfers) == [5, 6]
    for transfer in plan.transfers:
        assert len({p.traveller.delegation for p in transfer.passengers}) == 1


def test_departure_pick_up_is_the_flight_time_minus_the_lead_per_hotel() -> None:
    at_a = people(2, "Viet Nam", 1, hotel="Sheraton Guiyang")
    at_b = people(2, "Thailand", 2, hotel="Kempinski Guiyang")
    plan = plan_transfers([departure("14:30", at_a + at_b), departure("09:00", people(1),
                           "G2962", mode="train")],
                          TransferSettings(lead={"flight": 150, "train": 60}))  # fmt: skip
    by_hotel = {t.hotel: t for t in plan.transfers}
    assert by_hotel["Sheraton Guiyang"].at == dt.datetime(2025, 7, 24, 12, 0)
    assert by_hotel["Kempinski Guiyang"].at == dt.datetime(2025, 7, 24, 12, 0)
    assert by_hotel["Sheraton Guiyang"].meeting_point == "Lobby, Sheraton Guiyang"
    assert by_hotel[""].at == dt.datetime(2025, 7, 24, 8, 0)
    assert [t.code for t in plan.transfers] == ["D1", "D2", "D3"]
    assert plan.transfers[0].at == dt.datetime(2025, 7, 24, 8, 0)  # numbered in time order


def test_departures_in_a_window_are_picked_up_for_the_earliest_flight() -> None:
    early = people(2, "Viet Nam", 1, hotel="Sheraton")
    late = people(2, "Thailand", 2, hotel="Sheraton")
    plan = plan_transfers([departure("14:00", early), departure("14:40", late)])
    (run,) = plan.transfers
    assert run.at == dt.datetime(2025, 7, 24, 11, 0) and len(run.passengers) == 4


def test_an_early_flight_is_picked_up_the_evening_before() -> None:
    plan = plan_transfers([departure("01:30", people(1, hotel="Sheraton"))])
    (run,) = plan.transfers
    assert run.at == dt.datetime(2025, 7, 23, 22, 30) and run.day == dt.date(2025, 7, 23)
    assert plan.on(dt.date(2025, 7, 23), Direction.DEPARTURE) == (run,)
    assert plan.on(DAY) == ()


def test_meeting_point_and_greeter_by_terminal_then_airport() -> None:
    settings = TransferSettings(
        meeting_points={"KWE T2": "Gate 3, arrivals hall", "kwe": "Information desk"},
        greeters={"KWE": "Ms Wang Li"},
    )
    plan = plan_transfers([arrival("09:00", people(1), terminal="T2"),
                           arrival("09:00", people(1, "Thailand", 2), terminal="T1")], settings)  # fmt: skip
    by_terminal = {t.terminal: t for t in plan.transfers}
    assert by_terminal["T2"].meeting_point == "Gate 3, arrivals hall"
    assert by_terminal["T1"].meeting_point == "Information desk"
    assert {t.greeter for t in plan.transfers} == {"Ms Wang Li"}


def test_a_leg_without_a_time_is_left_out_with_the_reason() -> None:
    untimed = Leg(99, Direction.ARRIVAL, DAY, None, number="MU5678", travellers=people(2))
    plan = plan_transfers([untimed, arrival("10:00", people(1))])
    assert plan.passengers == 1
    assert plan.unplanned == ((untimed, "MU5678 on 2025-07-24 has no time."),)


def test_needs_are_carried_to_the_vehicle() -> None:
    chair = Traveller(5, "Wheelchair user", "Cambodia", 4, needs=("wheelchair",))
    plan = plan_transfers([arrival("10:00", (chair,) + people(2, "Cambodia", 4))])
    assert plan.transfers[0].needs == ("wheelchair",)


@pytest.mark.parametrize(
    ("settings", "sentence"),
    [
        (dict(window=-5), "The transfer window must be 0 to 720 minutes, not -5."),
        (dict(vehicles=()), "Give at least one vehicle size for the transfers (e.g. car=3)."),
        (dict(vehicles=(VehicleSize("van", 0),)),
         "The vehicle “van” must have a name and at least one seat, not 0."),
        (dict(lead={"flight": 900}), "The lead for a flight must be 0 to 720 minutes, not 900."),
    ],
)  # fmt: skip
def test_bad_settings_are_refused_in_one_sentence(settings: dict, sentence: str) -> None:
    with pytest.raises(UserError) as refused:
        TransferSettings(**settings)
    assert str(refused.value) == sentence


def test_vehicle_sizes_from_text() -> None:
    assert parse_vehicles("car=4, minibus=12") == (VehicleSize("car", 4),
                                                   VehicleSize("minibus", 12))  # fmt: skip
    with pytest.raises(UserError, match="“van=seven” is not NAME=SEATS"):
        parse_vehicles("car=3,van=seven")


def test_two_thousand_arrivals_over_three_days_are_planned_quickly() -> None:
    import time

    legs = [
        arrival(f"{6 + (i % 16):02d}:{(i * 7) % 60:02d}", people(4, f"D{i % 12}", i % 12),
                f"XX{i}", terminal=("T1", "T2")[i % 2], day=DAY + dt.timedelta(days=i % 3))
        for i in range(500)
    ]  # fmt: skip
    started = time.perf_counter()
    plan = plan_transfers(legs)
    took = time.perf_counter() - started
    assert plan.passengers == 2000
    assert all(len(t.passengers) <= t.vehicle.seats for t in plan.transfers)
    assert took < 0.5


def test_changes_since_a_print_ignore_renumbering_and_name_what_changed() -> None:
    from delegations.domain.transfers import changes_since, printed_seats

    vn, th = people(2, "Viet Nam", 1), people(2, "Thailand", 2)
    la = people(1, "Lao PDR", 3)
    printed = printed_seats(plan_transfers([arrival("10:00", vn, "VN5402"),
                                            arrival("14:00", th, "FD578")]).transfers)  # fmt: skip
    # An earlier arrival renumbers every vehicle; Thailand's flight is late; one Vietnamese
    # delegate no longer comes.
    now = printed_seats(plan_transfers([arrival("07:00", la, "QV913"),
                                        arrival("10:00", vn[:1], "VN5402"),
                                        arrival("15:30", th, "FD578")]).transfers)  # fmt: skip
    sentences = [c.sentence for c in changes_since(printed, now)]
    assert sentences == [
        f"Added: {la[0].name} (Lao PDR), A1 (car) at 2025-07-24 07:45, KWE T2, QV913 07:00.",
        f"Changed: {th[0].name} (Thailand), now A3: leaves 2025-07-24 16:15 (was 2025-07-24 "
        "14:45); on FD578 15:30 (was FD578 14:00).",
        f"Changed: {th[1].name} (Thailand), now A3: leaves 2025-07-24 16:15 (was 2025-07-24 "
        "14:45); on FD578 15:30 (was FD578 14:00).",
        f"Removed: {vn[1].name} (Viet Nam), was A1 (car) at 2025-07-24 10:45, KWE T2, "
        "VN5402 10:00.",
    ]
    assert changes_since(now, now) == []


def test_heads_through_the_vip_lane_are_met_in_the_vip_lounge() -> None:
    head = Traveller(1, "H.E. Minister", "Viet Nam", 1, is_head=True, needs=("vip-lane",))
    legs = [arrival("10:00", (head,) + people(2))]
    plan = plan_transfers(legs, TransferSettings(meeting_points={"KWE": "Gate 3"}))
    meets = {t.own_car: t.meeting_point for t in plan.transfers}
    assert meets == {True: "VIP lounge", False: "Gate 3"}
    plan = plan_transfers(legs, TransferSettings(meeting_points={"kwe vip": "Hall 1, VIP"}))
    assert {t.meeting_point for t in plan.transfers if t.own_car} == {"Hall 1, VIP"}
