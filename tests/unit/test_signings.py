"""Agreement signings: the rules of an agreement, the running order, the signing table, the
register and the ceremony's running order as printed."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from pathlib import Path

import pytest
from pdf_reading import page_count, page_sizes, pages_text, pdf_text, render_pages

from delegations.domain.errors import UserError
from delegations.domain.signings import (
    AgreementDraft,
    AgreementKind,
    OrderEntry,
    PartyDraft,
    Person,
    Signatory,
    check_agreement,
    running_order,
    table_layout,
)
from delegations.services import signings
from delegations.services.event import open_event
from delegations.store import EventFile

PEOPLE = {1: Person(1, "Ms. Yang Xuemei", "CN"), 2: Person(2, "Mr. Phạm Quang Huy", "VN"),
          3: Person(3, "Dr. Wang Haitao", "CN"), 4: Person(4, "Dr. Siriporn Wongsuwan", "TH")}  # fmt: skip
COLLEGE = PartyDraft("Guiyang Vocational and Technical College", "CN", signatories=(1,))
FORWARD = PartyDraft("Forward Tire Company", "VN", signatories=(2,), name_of_country="Viet Nam")


def _draft(*parties: PartyDraft, witnesses: tuple[int, ...] = ()) -> AgreementDraft:
    return AgreementDraft("MoU on Tyre Technicians", "轮胎技术人才备忘录", AgreementKind.MOU,
                          parties, witnesses)  # fmt: skip


# The rules ----------------------------------------------------------------------------------


def test_a_valid_agreement_passes_without_warnings() -> None:
    assert check_agreement(_draft(COLLEGE, FORWARD, witnesses=(3,)), PEOPLE) == []


@pytest.mark.parametrize(
    ("draft", "sentence"),
    [
        (_draft(COLLEGE), "Parties: “MoU on Tyre Technicians” needs two or more parties (only "
         "“Guiyang Vocational and Technical College” is named); add the other party with its "
         "signatory."),
        (_draft(COLLEGE, PartyDraft("Forward Tire Company", "VN", signatories=(2, 4))),
         "Signatory: “Forward Tire Company” has two signatories (Mr. Phạm Quang Huy and Dr. "
         "Siriporn Wongsuwan); one person signs for each party."),
        (_draft(COLLEGE, PartyDraft("Forward Tire Company", "VN", signatories=(99,))),
         "Signatory: delegate 99, named to sign for “Forward Tire Company”, is not in the event."),
        (_draft(COLLEGE, PartyDraft("Forward Tire Company", "VN")),
         "Signatory: no one signs for “Forward Tire Company”; name one of the event's delegates."),
        (_draft(COLLEGE, PartyDraft("Forward Tire Company", "VN", signatories=(1,))),
         "Signatory: Ms. Yang Xuemei cannot sign for both “Guiyang Vocational and Technical "
         "College” and “Forward Tire Company”."),
        (_draft(COLLEGE, FORWARD, witnesses=(2,)),
         "Witness: Mr. Phạm Quang Huy signs “MoU on Tyre Technicians” and cannot also witness it."),
        (_draft(COLLEGE, FORWARD, witnesses=(77,)), "Witness: delegate 77 is not in the event."),
        (_draft(COLLEGE, PartyDraft("guiyang vocational and technical college", "CN",
                                    signatories=(3,))),
         "Party: “guiyang vocational and technical college” is named twice as a party to “MoU "
         "on Tyre Technicians”; one person signs for each party."),
    ],
)  # fmt: skip
def test_each_broken_rule_is_refused_in_one_sentence(draft: AgreementDraft, sentence: str) -> None:
    with pytest.raises(UserError) as refused:
        check_agreement(draft, PEOPLE)
    assert str(refused.value) == sentence


def test_a_signatory_of_another_country_than_the_party_is_a_warning() -> None:
    swapped = PartyDraft("Forward Tire Company", "VN", signatories=(4,), name_of_country="Viet Nam")
    assert check_agreement(_draft(COLLEGE, swapped), PEOPLE) == [
        "Dr. Siriporn Wongsuwan signs “MoU on Tyre Technicians” for “Forward Tire Company” "
        "(Viet Nam) but is in the delegation of Thailand."
    ]
    unknown = PartyDraft("Forward Tire Company", "", signatories=(4,))
    assert check_agreement(_draft(COLLEGE, unknown), PEOPLE) == []


def test_running_order_hand_placed_first_then_agreements_mous_letters() -> None:
    entries = [
        OrderEntry(1, 0, AgreementKind.LETTER_OF_INTENT, "A letter"),
        OrderEntry(2, 0, AgreementKind.MOU, "B memorandum"),
        OrderEntry(3, 2, AgreementKind.MOU, "placed second"),
        OrderEntry(4, 0, AgreementKind.AGREEMENT, "Z agreement"),
        OrderEntry(5, 1, AgreementKind.LETTER_OF_INTENT, "placed first"),
    ]
    assert running_order(entries) == [5, 3, 4, 2, 1]


def test_the_host_signs_on_the_right_as_the_audience_sees_it() -> None:
    guest, host = (
        Signatory("Forward Tire Company", "VN", "Mr. Phạm Quang Huy"),
        Signatory("Guiyang Vocational and Technical College", "CN", "Ms. Yang Xuemei"),
    )
    witnesses = [Person(3, "Dr. Wang Haitao", "CN"), Person(9, "Ms. Observer", "SG")]
    layout = table_layout([host, guest], witnesses, host_country="CN")
    left, right = layout.places
    assert (left.party, left.label, left.host) == ("Forward Tire Company", "left", False)
    assert (right.signatory, right.label, right.host) == ("Ms. Yang Xuemei", "right", True)
    assert left.x < 0 < right.x and [p.country for p in layout.places] == ["VN", "CN"]
    standing = {w.name: w.x for w in layout.witnesses}
    assert standing["Dr. Wang Haitao"] == right.x  # behind the host's signatory
    assert standing["Ms. Observer"] == 0.0  # of no party's country: behind the middle
    # Without a host party, the first party named is the host.
    assert table_layout([guest, host], []).places[-1].party == "Forward Tire Company"
    three = table_layout([host, guest, Signatory("ITE", "SG", "Mr. Chandran")], [], "CN")
    assert [p.party for p in three.places] == ["ITE", "Forward Tire Company",
                                               "Guiyang Vocational and Technical College"]  # fmt: skip


# The event file -----------------------------------------------------------------------------


@pytest.fixture
def event_file(demo_path: Path, tmp_path: Path) -> EventFile:
    path = tmp_path / "event.sqlite3"
    shutil.copy(demo_path, path)
    return open_event(path)


def _digest(event_file: EventFile) -> str:
    with event_file.read() as connection:
        rows = [connection.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
                for table in ("agreement", "agreementparty", "agreementwitness",
                              "signingceremony")]  # fmt: skip
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def test_the_demo_has_the_26_july_ceremony_with_forward_tire_company(event_file: EventFile) -> None:
    register = signings.read_register(event_file)
    (ceremony,) = register.ceremonies
    assert ceremony.title_en.startswith("Launch of the China–ASEAN International Skills Talent")
    assert (str(ceremony.day), f"{ceremony.start:%H:%M}", ceremony.place) == (
        "2025-07-26",
        "11:30",
        "Multifunction Hall",
    )
    first = ceremony.agreements[0]
    assert [(p.name, p.country, p.signatory) for p in first.parties] == [
        ("Guiyang Vocational and Technical College", "CN", "Ms. Yang Xuemei"),
        ("Forward Tire Company", "VN", "Mr. Phạm Quang Huy"),
    ]
    assert len(ceremony.agreements) == 6 and not register.unscheduled
    assert all(a.title_zh and not a.warnings for a in ceremony.agreements)


BAD = [
    (signings.AgreementInput("One party", (signings.PartyInput("Guizhou University", "CN",
                                                               "Liu Xiaoyan"),)),
     "Parties: “One party” needs two or more parties (only “Guizhou University” is named); add "
     "the other party with its signatory."),
    (signings.AgreementInput("Two for one", (
        signings.PartyInput("Guizhou University", "CN", "Liu Xiaoyan, Zhou Minghui"),
        signings.PartyInput("Forward Tire Company", "VN", "Phạm Quang Huy", "company"))),
     "Signatory: “Guizhou University” has two signatories (Prof. Liu Xiaoyan and Prof. Zhou "
     "Minghui); one person signs for each party."),
    (signings.AgreementInput("Stranger", (
        signings.PartyInput("Guizhou University", "CN", "Liu Xiaoyan"),
        signings.PartyInput("Forward Tire Company", "VN", "Nguyen Nobody"))),
     "Signatory: “Nguyen Nobody” is not one of the event's delegates (give a delegate's id, "
     "e-mail or full name)."),
    (signings.AgreementInput("Nowhere", (
        signings.PartyInput("Guizhou University", "Atlantis", "Liu Xiaoyan"),
        signings.PartyInput("Forward Tire Company", "VN", "Phạm Quang Huy"))),
     "Country: “Atlantis” (party “Guizhou University”) is not a country this event knows."),
    (signings.AgreementInput("No ceremony", (
        signings.PartyInput("Guizhou University", "CN", "Liu Xiaoyan"),
        signings.PartyInput("Forward Tire Company", "VN", "Phạm Quang Huy")), ceremony_id=42),
     "There is no signing ceremony 42; `delegations signings` lists them with their numbers."),
]  # fmt: skip


@pytest.mark.parametrize(("given", "sentence"), BAD)
def test_bad_input_is_one_sentence_and_nothing_is_written(
    event_file: EventFile, given: signings.AgreementInput, sentence: str
) -> None:
    before = _digest(event_file)
    with pytest.raises(UserError) as refused:
        signings.add_agreement(event_file, given)
    assert str(refused.value) == sentence
    with pytest.raises(UserError):
        signings.update_agreement(event_file, 1, given)
    assert _digest(event_file) == before


def test_add_edit_order_and_remove(event_file: EventFile) -> None:
    ceremony = signings.add_ceremony(event_file, signings.CeremonyInput(
        "Closing signings", dt.date(2025, 7, 27), dt.time(16), "huaxi hall", "闭幕签约"))  # fmt: skip
    parties = (signings.PartyInput("Guizhou University", "China", "Liu Xiaoyan"),
               signings.PartyInput("Forward Tire Company", "Viet Nam", "Phạm Quang Huy",
                                   "company"))  # fmt: skip
    first = signings.add_agreement(event_file, signings.AgreementInput(
        "Rubber MoU", parties, "橡胶备忘录", ceremony_id=ceremony)).id  # fmt: skip
    second = signings.add_agreement(event_file, signings.AgreementInput(
        "Laboratory Agreement", parties, "实验室协议", "agreement", ("Wang Haitao",),
        ceremony)).id  # fmt: skip
    closing = _ceremony(event_file, ceremony)
    assert closing.place == "Huaxi Hall"  # the room's own spelling
    assert [a.id for a in closing.agreements] == [first, second]
    signings.set_running_order(event_file, ceremony, [second, first])
    assert [(a.id, a.number) for a in _ceremony(event_file, ceremony).agreements] == [
        (second, 1),
        (first, 2),
    ]
    swapped = (parties[0], signings.PartyInput("Forward Tire Company", "VN", "Wang Haitao"))
    saved = signings.update_agreement(event_file, first, signings.AgreementInput(
        "Rubber MoU", swapped, "橡胶备忘录", "loi", ceremony_id=ceremony))  # fmt: skip
    assert saved.warnings == ("Dr. Wang Haitao signs “Rubber MoU” for “Forward Tire Company” "
                              "(Viet Nam) but is in the delegation of China.",)  # fmt: skip
    edited = next(a for a in _ceremony(event_file, ceremony).agreements if a.id == first)
    assert edited.kind == AgreementKind.LETTER_OF_INTENT and edited.number == 2
    assert edited.warnings == saved.warnings
    signings.remove_agreement(event_file, second)
    signings.remove_ceremony(event_file, ceremony)
    register = signings.read_register(event_file)
    assert [a.id for a in register.unscheduled] == [first]
    assert len(register.ceremonies) == 1


def _ceremony(event_file: EventFile, ceremony_id: int) -> signings.CeremonyView:
    return signings.ceremony_view(event_file, ceremony_id)


# Printed ------------------------------------------------------------------------------------


def test_the_running_order_is_printed_in_order_with_seats_and_flags(
    event_file: EventFile, tmp_path: Path
) -> None:
    ceremony = signings.read_register(event_file).ceremonies[0]
    order = [a.id for a in ceremony.agreements]
    signings.set_running_order(event_file, ceremony.id, order[::-1])
    pdf = signings.print_ceremony(event_file, ceremony.id, tmp_path / "running.pdf")
    text = pdf_text(pdf)
    titles = [a.title_zh for a in reversed(ceremony.agreements)]
    positions = [text.index(title) for title in titles]
    assert positions == sorted(positions), "the Chinese titles in the running order"
    assert "Signs: Mr. Phạm Quang Huy — seat: left" in " ".join(text.split())
    assert "Signs: Ms. Yang Xuemei — seat: host, right" in " ".join(text.split())
    assert "Audience and photographers" in text and "中国—东盟国际技能人才培养计划" in text
    assert page_sizes(pdf)[0] == pytest.approx((595.3, 841.9), abs=0.5)
    # The flags are drawn (China's and Viet Nam's: red fields, yellow stars; nothing else is).
    page = next(render_pages(pdf, dpi=60, grayscale=False)).convert("RGB")
    colours = {
        page.getpixel((x, y)) for x in range(0, page.width, 2) for y in range(0, page.height, 2)
    }
    assert any(r > 200 and g < 60 and b < 60 for r, g, b in colours)  # red
    assert any(r > 200 and g > 200 and b < 60 for r, g, b in colours)  # yellow


def test_the_register_lists_every_agreement_with_its_chinese_title(
    event_file: EventFile, tmp_path: Path
) -> None:
    for n in range(1, 25):  # an event expecting 60 agreements: the register runs over pages
        signings.add_agreement(event_file, signings.AgreementInput(
            f"Unscheduled MoU {n}", (
                signings.PartyInput("Guizhou University", "CN", "Liu Xiaoyan"),
                signings.PartyInput("Souphanouvong University", "LA", "Keomany Manivone")),
            f"未排期合作备忘录第{n}号"))  # fmt: skip
    pdf = signings.print_register(event_file, tmp_path / "register.pdf")
    text = pdf_text(pdf)
    agreements = signings.read_register(event_file).agreements()
    assert len(agreements) == 30
    for agreement in agreements:
        assert agreement.title_zh in text
        for party in agreement.parties:
            assert party.name in text and party.signatory in text
    assert "Forward Tire Company" in text and "Viet Nam" in text
    width, height = page_sizes(pdf)[0]
    assert width > height  # landscape
    pages = pages_text(pdf)
    assert page_count(pdf) == len(pages) == 5 and "Page 5 第5页" in pages[-1]  # 7 rows a page
    assert "未排期合作备忘录第24号" in pages[-1]


def test_a_signatory_or_witness_away_on_the_ceremony_day_is_warned(event_file: EventFile) -> None:
    with event_file.write_locked() as connection:
        connection.execute(
            "UPDATE delegate SET departure = '2025-07-25' WHERE given_name = 'Quang Huy'"
        )
        connection.execute(  # Oum Romany (a witness) and Sok Sophal (a signatory) among them
            "UPDATE delegate SET arrival = '2025-07-27' WHERE delegation_id = "
            "(SELECT id FROM delegation WHERE country = 'KH')"
        )
    warnings = [w for a in signings.read_register(event_file).agreements() for w in a.warnings]
    assert warnings == [
        "Mr. Phạm Quang Huy leaves on 25 July, before the ceremony of 26 July.",
        "Dr. Sok Sophal arrives on 27 July, after the ceremony of 26 July.",
        "H.E. Oum Romany arrives on 27 July, after the ceremony of 26 July.",
    ]
