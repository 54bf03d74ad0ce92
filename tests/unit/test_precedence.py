"""Order of precedence: the ASEAN rule with the host first, last or at the chair, ranks
within a delegation, and the same order in the roster, the booklet and the check-in counters."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pdf_reading import pages_text

from delegations.domain.errors import InvalidInput
from delegations.domain.precedence import (
    DelegationToOrder,
    MemberToOrder,
    Place,
    PrecedenceRule,
    PrecedenceSettings,
    order_delegations,
    order_members,
)
from delegations.services import booklet, demo, protocol
from delegations.services.delegations import (
    DelegateCreate,
    DelegationCreate,
    create_delegate,
    create_delegation,
)
from delegations.services.desk import DeskIndex
from delegations.services.event import open_event
from delegations.services.roster import list_delegates, list_delegations
from delegations.store import EventFile

ASEAN = ["Brunei Darussalam", "Cambodia", "Indonesia", "Lao PDR", "Malaysia", "Myanmar",
         "Philippines", "Singapore", "Thailand", "Timor-Leste", "Viet Nam"]  # fmt: skip
# Given in an order that is none of the answers: codes, not names, decide.
COUNTRIES = ["VN", "CN", "XA", "TH", "JP", "LA", "SG", "BN", "MM", "KH", "PH", "ID", "MY", "TL"]
NAMES = {"CN": "China", "XA": "ASEAN Secretariat", "JP": "Japan"}


def _delegations() -> list[DelegationToOrder]:
    from delegations.domain.countries import country_name

    return [
        DelegationToOrder(i, code, NAMES.get(code) or country_name(code), protocol_order=i)
        for i, code in enumerate(COUNTRIES, start=1)
    ]


def _ordered(settings: PrecedenceSettings) -> list[str]:
    by_id = {d.id: d.name for d in _delegations()}
    return [by_id[i] for i in order_delegations(_delegations(), settings)]


def test_asean_rule_with_china_hosting_last_first_and_at_the_chair() -> None:
    last = _ordered(PrecedenceSettings(host_country="CN", host_place=Place.LAST))
    # Member states by English name (Lao PDR before Malaysia, Viet Nam last of them), then
    # other countries (Japan), then organisations, the host last.
    assert last == [*ASEAN, "Japan", "ASEAN Secretariat", "China"]
    first = _ordered(PrecedenceSettings(host_country="CN", host_place=Place.FIRST))
    assert first == ["China", *ASEAN, "Japan", "ASEAN Secretariat"]
    # The chair is a seat; in lists the presiding delegation comes first.
    assert _ordered(PrecedenceSettings(host_country="CN", host_place=Place.CHAIR)) == first


def test_dialogue_partners_and_an_asean_host() -> None:
    settings = PrecedenceSettings(
        host_country="TH", host_place=Place.LAST,
        partner_countries=("JP", "CN"), partner_place=Place.LAST,
    )  # fmt: skip
    members = [name for name in ASEAN if name != "Thailand"]
    assert _ordered(settings) == [*members, "China", "Japan", "ASEAN Secretariat", "Thailand"]
    partners_first = PrecedenceSettings(partner_countries=("CN",), partner_place=Place.FIRST)
    assert _ordered(partners_first) == ["China", *ASEAN, "Japan", "ASEAN Secretariat"]


def test_a_country_both_host_and_partner_takes_the_hosts_place() -> None:
    settings = PrecedenceSettings(
        host_country="CN", host_place=Place.FIRST,
        partner_countries=("CN",), partner_place=Place.LAST,
    )  # fmt: skip
    assert _ordered(settings)[0] == "China"


def test_manual_rule_is_the_protocol_order() -> None:
    assert _ordered(PrecedenceSettings(rule=PrecedenceRule.MANUAL)) == [
        NAMES.get(code) or name for code, name in zip(COUNTRIES, _ordered_by_id(), strict=True)
    ]


def _ordered_by_id() -> list[str]:
    return [d.name for d in _delegations()]


def test_members_head_first_then_rank_then_family_and_given_name() -> None:
    members = [
        MemberToOrder(1, False, None, "Abbott", "Ann"),  # no rank: after the ranked
        MemberToOrder(2, False, 20, "Zhou", "Wei"),  # Vice-Minister
        MemberToOrder(3, True, 80, "Young", "Yi"),  # the head, whatever the rank
        MemberToOrder(4, False, 10, "Nguyễn", "Văn An"),  # Minister
        MemberToOrder(5, False, 20, "Đỗ", "Hà"),  # Vice-Minister: Đỗ before Zhou (folded)
        MemberToOrder(6, False, None, "Abbott", "Adam"),
    ]
    assert order_members(members) == [3, 4, 5, 2, 6, 1]


# The event file -------------------------------------------------------------------------------


@pytest.fixture
def demo_event(tmp_path: Path) -> Iterator[EventFile]:
    event_file = open_event(tmp_path / "week.sqlite3")
    with event_file.session() as session:
        demo.create_demo_event(session=session)
    yield event_file
    event_file.close()


def _roster_names(event_file: EventFile) -> list[str]:
    with event_file.read() as connection:
        return [row.name for row in list_delegations(session=connection)]


def test_applying_the_rule_reorders_roster_booklet_and_checkin_counters(
    demo_event: EventFile, tmp_path: Path
) -> None:
    assert _roster_names(demo_event) == [*ASEAN, "China"]  # the demo: China hosts, last
    precedence = protocol.set_precedence(demo_event, host_place="first")
    expected = ["China", *ASEAN]
    assert [entry.delegation for entry in precedence.entries] == expected
    assert _roster_names(demo_event) == expected
    counters = DeskIndex.load(demo_event).counters()
    assert [row.label for row in counters.by_delegation] == expected
    with demo_event.read() as connection:
        ids = protocol.delegations_in_precedence(session=connection)
        assert [row.id for row in list_delegations(session=connection)] == ids

    out = tmp_path / "booklet.pdf"
    booklet.print_booklet(demo_event, out)  # heads of delegation only, by default
    text = "\n".join(pages_text(out))
    chapter = text[text.index("with their heads of delegation") :]
    starts = [re.search(rf"^{re.escape(name)}\b", chapter, re.MULTILINE) for name in expected]
    assert all(starts), chapter[:800]
    assert sorted(expected, key=lambda name: starts[expected.index(name)].start()) == expected


def test_a_rank_orders_the_members_in_roster_and_booklet(
    demo_event: EventFile, tmp_path: Path
) -> None:
    with demo_event.read() as connection:
        lao = next(r.id for r in list_delegations(session=connection) if r.name == "Lao PDR")
        before = [row.name for row in list_delegates(session=connection, delegation_id=lao)]
    # A member with no rank yet gets Minister: first after the head, wherever their name was.
    minister = create_delegate(
        demo_event,
        DelegateCreate(delegation_id=lao, given_name="Zed", family_name="Zyxwongsa"),
    )
    protocol.set_delegate_rank(demo_event, minister.id, "部长")  # Chinese name of "Minister"
    with demo_event.read() as connection:
        names = [row.name for row in list_delegates(session=connection, delegation_id=lao)]
        ids = [row.id for row in list_delegates(session=connection, delegation_id=lao)]
        assert protocol.delegates_in_precedence(session=connection, delegation_id=lao) == ids
    assert names == [before[0], "Zed Zyxwongsa", *before[1:]]

    out = tmp_path / "all.pdf"
    booklet.print_booklet(demo_event, out, delegation_lists="all")
    text = "\n".join(pages_text(out))
    section = text[text.index("Lao PDR\n") :]
    assert section.index(before[0]) < section.index("Zed Zyxwongsa") < section.index(before[1])


def test_bad_input_changes_nothing(demo_event: EventFile) -> None:
    before = _roster_names(demo_event)
    for changes in ({"host_place": "middle"}, {"host": "Narnia"}, {"rule": "alphabetical"},
                    {"partners": ["China", "Atlantis"], "host_place": "first"}):  # fmt: skip
        with pytest.raises(InvalidInput):
            protocol.set_precedence(demo_event, **changes)
    assert _roster_names(demo_event) == before
    assert protocol.read_precedence(demo_event).settings.host_place is Place.LAST
    with pytest.raises(InvalidInput, match="not in the rank list"):
        protocol.set_delegate_rank(demo_event, 1, "Emperor")


def test_a_hand_made_order_stays_when_delegations_change(demo_event: EventFile) -> None:
    with demo_event.read() as connection:
        ids = {row.name: row.id for row in list_delegations(session=connection)}
    protocol.set_hand_made_order(demo_event, [ids["Viet Nam"], ids["China"]])
    expected = ["Viet Nam", "China", *[name for name in ASEAN if name != "Viet Nam"]]
    assert _roster_names(demo_event) == expected
    assert protocol.read_precedence(demo_event).settings.rule is PrecedenceRule.MANUAL
    protocol.set_precedence(demo_event, host_place="first")  # the rule stays manual
    assert _roster_names(demo_event) == expected
    protocol.set_precedence(demo_event, rule="asean")
    assert _roster_names(demo_event) == ["China", *ASEAN]


def test_new_delegations_take_their_place_when_the_rule_is_applied(
    demo_event: EventFile,
) -> None:
    create_delegation(demo_event, DelegationCreate(name="ASEAN Secretariat", country="XA"))
    create_delegation(demo_event, DelegationCreate(name="Japan", country="JP"))
    precedence = protocol.set_precedence(demo_event, rule="asean")
    assert [e.delegation for e in precedence.entries] == [
        *ASEAN, "Japan", "ASEAN Secretariat", "China",
    ]  # fmt: skip


def test_the_rank_list_is_edited_and_a_deleted_rank_leaves_no_rank(
    demo_event: EventFile,
) -> None:
    with demo_event.read() as connection:
        ranks = protocol.list_ranks(session=connection)
    assert [r.name for r in ranks[:3]] == ["Minister", "Vice-Minister", "Secretary of State"]
    assert ranks[0].name_zh == "部长"
    protocol.set_delegate_rank(demo_event, 1, "vice-minister")
    edited = [
        protocol.RankInput(r.name, r.name_zh, r.id) for r in ranks if r.name != "Vice-Minister"
    ]
    edited.insert(0, protocol.RankInput("Deputy Prime Minister", "副总理"))
    saved = protocol.save_ranks(demo_event, edited)
    assert [r.name for r in saved[:3]] == [
        "Deputy Prime Minister",
        "Minister",
        "Secretary of State",
    ]
    with demo_event.read() as connection:
        assert connection.execute("SELECT rank_id FROM delegate WHERE id = 1").fetchone() == (None,)
    with pytest.raises(InvalidInput, match="twice"):
        protocol.save_ranks(
            demo_event, [protocol.RankInput("Minister"), protocol.RankInput("minister")]
        )


@pytest.mark.sqlite_only  # an SQLite file of an old schema, upgraded in place
def test_a_file_of_schema_0007_is_upgraded_keeping_its_order_and_check_ins(
    event_path: Path,
) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from delegations.store.eventfile import MIGRATIONS_DIR

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    engine = create_engine(f"sqlite:///{event_path}")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0007")
        for sql in (
            "INSERT INTO event (name, name_zh, start_date, end_date, venue, city, time_zone,"
            " languages, welcome_text, signing_secret, organiser_pin_hash, details_confirmed)"
            " VALUES ('Week 2025', '', '2025-07-24', '2025-07-28', '', '', 'Asia/Shanghai',"
            " 'en', '', 'secret', '', 1)",
            # A hand-made order: Viet Nam before Cambodia.
            "INSERT INTO delegation (id, country, name, institution, protocol_order,"
            " contact_name, contact_email, contact_phone, notes)"
            " VALUES (1, 'VN', 'Viet Nam', '', 1, '', '', '', ''),"
            " (2, 'KH', 'Cambodia', '', 2, '', '', '', '')",
            "INSERT INTO delegate (id, delegation_id, honorific, given_name, family_name,"
            " native_name, name_order, position, organisation, email, phone, dietary,"
            " access_needs, notes, badge_version)"
            " VALUES (7, 2, '', 'Romany', 'Oum', '', 'FAMILY_FIRST', '', '', '', '', '', '',"
            " '', 1)",
            "INSERT INTO checkin (uuid, delegate_id, at, desk, action)"
            " VALUES ('u1', 7, '2025-07-24 08:00:00', 'Lobby', 'IN')",
        ):
            connection.exec_driver_sql(sql)
    engine.dispose()

    event_file = open_event(event_path)
    assert _roster_names(event_file) == ["Viet Nam", "Cambodia"]
    precedence = protocol.read_precedence(event_file)
    assert precedence.settings.rule is PrecedenceRule.MANUAL  # the file's order is kept
    with event_file.read() as connection:
        assert connection.execute("SELECT count(*) FROM checkin").fetchone() == (1,)
        assert connection.execute("SELECT rank_id FROM delegate").fetchall() == [(None,)]
        assert len(protocol.list_ranks(session=connection)) == 16
    protocol.set_precedence(event_file, rule="asean")
    assert _roster_names(event_file) == ["Cambodia", "Viet Nam"]
    event_file.close()
    with sqlite3.connect(event_path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] >= "0008"
