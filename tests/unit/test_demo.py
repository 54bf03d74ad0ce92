"""The demo event: the China–ASEAN Education Cooperation Week 2025, on a real event file."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import Session, select

from delegations.domain.countries import COUNTRY_NAMES
from delegations.domain.errors import InvalidInput
from delegations.domain.models import (
    AgendaSession,
    Delegate,
    Delegation,
    NameOrder,
    Role,
    SessionKind,
    Speaker,
)
from delegations.domain.names import usual_name_order
from delegations.paths import demo_dir, resources_dir
from delegations.services import agenda, demo, demo_agenda, demo_names, speakers
from delegations.services import delegations as svc
from delegations.services.event import get_event, open_event
from delegations.store import EventFile

JULY_26 = dt.date(2025, 7, 26)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EventFile]:
    """One demo event with 600 synthetic delegates, shared by the read-only tests."""
    event_file = open_event(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    with event_file.session() as session:
        demo.create_demo_event(session=session, delegates=600, seed=11)
    yield event_file
    event_file.close()


def _demo(path: Path, *, delegates: int = 0, seed: int = 2025) -> tuple[EventFile, dict]:
    event_file = open_event(path)
    with event_file.session() as session:
        counts = demo.create_demo_event(session=session, delegates=delegates, seed=seed)
    return event_file, counts


def _delegates_by_country(session: Session) -> list[tuple[str, Delegate]]:
    query = (
        select(Delegation.country, Delegate)
        .join(Delegation, Delegation.id == Delegate.delegation_id)
        .order_by(Delegate.id)
    )
    return [(country, delegate) for country, delegate in session.exec(query)]


# The event and its delegations ------------------------------------------------------------


def test_the_event_is_the_2025_week_in_guiyang(demo_file: EventFile) -> None:
    with demo_file.session() as session:
        event = get_event(session=session)
    assert event.name == "China–ASEAN Education Cooperation Week 2025"
    assert "中国—东盟教育交流周" in event.name_zh
    assert (event.start_date, event.end_date) == (dt.date(2025, 7, 24), dt.date(2025, 7, 28))
    assert event.city == "Guiyang, Guizhou"
    assert event.venue
    assert event.time_zone == "Asia/Shanghai"
    assert event.languages == "en,zh"
    assert len(event.welcome_text) > 200


def test_twelve_delegations_in_protocol_order_each_headed_by_a_member(
    demo_file: EventFile,
) -> None:
    with demo_file.session() as session:
        rows = svc.list_delegations(session=session)
        assert [row.country for row in rows] == list(COUNTRY_NAMES)
        assert [row.name for row in rows] == list(COUNTRY_NAMES.values())
        for row in rows:
            assert row.head_id is not None, row.name
            head = session.get(Delegate, row.head_id)
            assert head is not None and head.delegation_id == row.id
            assert session.get(Role, head.role_id).code == "hod"
            assert row.member_count >= 6
            delegation = session.get(Delegation, row.id)
            assert delegation.contact_email
            assert dt.date(2025, 7, 24) <= delegation.arrival <= delegation.departure


def test_fixed_members_have_plausible_details(demo_file: EventFile) -> None:
    with demo_file.session() as session:
        members = _delegates_by_country(session)
        role_codes = {role.id: role.code for role in session.exec(select(Role))}
    codes = {role_codes[delegate.role_id] for _country, delegate in members}
    assert {"hod", "vip", "speaker", "delegate", "staff", "media", "observer"} <= codes
    assert all(delegate.position and delegate.organisation for _c, delegate in members)
    assert any(delegate.dietary == "Halal" for country, delegate in members if country == "MY")
    assert any(delegate.access_needs for _c, delegate in members)
    for _country, delegate in members:
        assert dt.date(2025, 7, 24) <= delegate.arrival <= delegate.departure
        assert delegate.departure <= dt.date(2025, 7, 28)


# The 26 July seminar and its real speakers ------------------------------------------------


def _seminar(session: Session) -> AgendaSession:
    return session.exec(
        select(AgendaSession).where(
            AgendaSession.day == JULY_26, AgendaSession.title_en == demo.SEMINAR_TITLE
        )
    ).one()


def test_the_26_july_seminar_has_its_three_speakers_with_their_positions(
    demo_file: EventFile,
) -> None:
    with demo_file.session() as session:
        seminar = _seminar(session)
        found = {
            speakers.speaker_display_name(link): (link.position, link.organisation)
            for link in agenda.session_speakers(session=session, session_id=seminar.id)
        }
    assert seminar.kind == SessionKind.SEMINAR
    assert seminar.title_zh
    assert found["Bai Zhen"] == ("Deputy Director", "Guizhou Provincial Department of Education")
    assert found["H.E. Oum Romany"] == (
        "Secretary of State",
        "Ministry of Education, Youth and Sport",
    )
    assert found["Li Zhicheng"] == ("Deputy General Manager", "China Mobile Guizhou")


def test_real_people_get_no_invented_native_name_or_address(demo_file: EventFile) -> None:
    real = {("Zhen", "Bai"), ("Romany", "Oum"), ("Zhicheng", "Li")}
    with demo_file.session() as session:
        found = [s for s in session.exec(select(Speaker)) if (s.given_name, s.family_name) in real]
        oum = session.exec(select(Delegate).where(Delegate.family_name == "Oum")).one()
    assert len(found) == 3
    for speaker in found:
        assert speaker.native_name == ""
        assert speaker.name_order == NameOrder.FAMILY_FIRST
    assert (oum.native_name, oum.email) == ("", "")


def test_oum_romany_heads_the_cambodian_delegation_and_is_linked_as_speaker(
    demo_file: EventFile,
) -> None:
    with demo_file.session() as session:
        cambodia = session.exec(select(Delegation).where(Delegation.country == "KH")).one()
        speaker = session.exec(select(Speaker).where(Speaker.family_name == "Oum")).one()
        head = session.get(Delegate, cambodia.head_id)
    assert (head.given_name, head.family_name) == ("Romany", "Oum")
    assert speaker.delegate_id == head.id


def test_the_programme_launch_is_a_signing_ceremony_naming_forward_tire(
    demo_file: EventFile,
) -> None:
    with demo_file.session() as session:
        [signing] = session.exec(
            select(AgendaSession).where(AgendaSession.kind == SessionKind.SIGNING)
        ).all()
    assert signing.day == JULY_26
    assert demo.PROGRAMME_NAME in signing.title_en
    assert "Forward Tire" in signing.description


def test_the_week_has_a_plausible_agenda(demo_file: EventFile) -> None:
    with demo_file.session() as session:
        rows = agenda.list_sessions(session=session)
        rooms = agenda.list_rooms(session=session)
    assert 6 <= len(rooms) <= 8
    assert all(room.capacity and room.floor for room in rooms)
    assert {row.day.day for row in rows} == {24, 25, 26, 27, 28}
    kinds = {row.kind for row in rows}
    assert {kind.value for kind in SessionKind} <= kinds  # every kind is used
    assert all(row.title_zh for row in rows)
    # Parallel seminars: three rooms busy at 14:00 on 25 July.
    parallel = [row for row in rows if row.day.day == 25 and row.start_time == dt.time(14)]
    assert len({row.room_id for row in parallel}) == 3
    talks = [row for row in rows if row.kind in ("seminar", "plenary", "opening ceremony")]
    assert all(row.chair_name for row in talks)
    with_speakers = [row for row in rows if row.speaker_names]
    assert len(with_speakers) >= 12


def test_synthetic_speakers_have_bios_and_native_names(demo_file: EventFile) -> None:
    with demo_file.session() as session:
        rows = speakers.list_speakers(session=session)
        all_speakers = list(session.exec(select(Speaker)))
    assert len(rows) >= 20
    assert all(speaker.bio for speaker in all_speakers)
    by_country = {row.country for row in rows if row.native_name}
    assert {"CN", "TH", "KH", "LA", "MM"} <= by_country


# Synthetic delegates ----------------------------------------------------------------------


def _fingerprint(event_file: EventFile) -> list[tuple]:
    with event_file.session() as session:
        return [
            (country, d.honorific, d.given_name, d.family_name, d.native_name, d.position,
             d.organisation, d.email, d.dietary, d.arrival, d.departure)
            for country, d in _delegates_by_country(session)
        ]  # fmt: skip


def test_the_same_seed_gives_the_same_delegates_another_seed_others(tmp_path: Path) -> None:
    first, counts = _demo(tmp_path / "a.sqlite3", delegates=300, seed=7)
    again, _ = _demo(tmp_path / "b.sqlite3", delegates=300, seed=7)
    other, _ = _demo(tmp_path / "c.sqlite3", delegates=300, seed=8)
    try:
        assert _fingerprint(first) == _fingerprint(again)
        assert _fingerprint(first) != _fingerprint(other)
        # The fixed part, written first, does not depend on the seed.
        fixed = counts["delegates"] - 300
        assert _fingerprint(first)[:fixed] == _fingerprint(other)[:fixed]
    finally:
        for event_file in (first, again, other):
            event_file.close()


def test_delegates_500_adds_exactly_500_spread_by_country_size(tmp_path: Path) -> None:
    event_file, base = _demo(tmp_path / "base.sqlite3")
    with event_file.session() as session:
        before = {row.country: row.member_count for row in svc.list_delegations(session=session)}
        counts = demo.create_demo_event(session=session, delegates=500, seed=3)
    with event_file.session() as session:
        after = {row.country: row.member_count for row in svc.list_delegations(session=session)}
        emails = [email for email in session.exec(select(Delegate.email))]
    event_file.close()
    added = {country: after[country] - before[country] for country in after}
    assert counts["delegates"] == base["delegates"] + 500
    assert sum(added.values()) == 500
    assert all(n > 0 for n in added.values()), added
    assert max(added, key=added.__getitem__) == "CN"
    assert added["ID"] > added["SG"] > added["BN"]
    assert len(emails) == len(set(emails))


def test_running_again_adds_delegates_without_duplicating_the_event(tmp_path: Path) -> None:
    event_file, first = _demo(tmp_path / "e.sqlite3", delegates=40)
    with event_file.session() as session:
        second = demo.create_demo_event(session=session, delegates=40)
    event_file.close()
    assert second == {**first, "delegates": first["delegates"] + 40}
    assert second["delegations"] == 12


def test_delegates_join_an_event_that_has_its_own_delegations(event_path: Path) -> None:
    event_file = open_event(event_path)
    with event_file.session() as session:
        vietnam = svc.add_delegation(session, svc.DelegationCreate(name="MOET", country="VN")).id
        svc.add_delegation(session, svc.DelegationCreate(name="Observers", country="FR"))
        counts = demo.create_demo_event(session=session, delegates=25)
    with event_file.session() as session:
        rows = svc.list_delegates(session=session)
        sessions = agenda.list_sessions(session=session)
    event_file.close()
    assert counts["delegations"] == 2 and counts["delegates"] == 25
    assert {row.delegation_id for row in rows} == {vietnam}
    assert sessions == []


def test_no_delegation_to_add_to_is_refused(event_path: Path) -> None:
    event_file = open_event(event_path)
    with pytest.raises(InvalidInput) as refused, event_file.session() as session:
        svc.add_delegation(session, svc.DelegationCreate(name="Observers", country="FR"))
        demo.create_demo_event(session=session, delegates=5)
    event_file.close()
    assert refused.value.field == "Delegates"


# Names in their own scripts -------------------------------------------------------------

BLOCKS = {
    "TH": (0x0E00, 0x0E7F),
    "KH": (0x1780, 0x17FF),
    "MM": (0x1000, 0x109F),
    "LA": (0x0E80, 0x0EFF),
}


def test_native_names_are_nfc_and_in_their_own_script(demo_file: EventFile) -> None:
    with demo_file.session() as session:
        members = _delegates_by_country(session)
    seen = dict.fromkeys(BLOCKS, 0)
    for country, delegate in members:
        native = delegate.native_name
        assert unicodedata.normalize("NFC", native) == native
        if country in BLOCKS and native:
            low, high = BLOCKS[country]
            assert all(low <= ord(c) <= high for c in native.replace(" ", "")), native
            seen[country] += 1
        if country == "CN":
            assert native and all("\u4e00" <= c <= "\u9fff" for c in native), native
            assert delegate.name_order == NameOrder.FAMILY_FIRST
    assert all(n >= 5 for n in seen.values()), seen


def test_names_follow_each_countrys_usage(demo_file: EventFile) -> None:
    with demo_file.session() as session:
        members = _delegates_by_country(session)
    vietnamese = [d for c, d in members if c == "VN" and d.family_name != ""]
    assert any(not d.family_name.isascii() for d in vietnamese)  # Nguyễn, Trần, Đặng …
    assert all(d.name_order == NameOrder.FAMILY_FIRST for d in vietnamese)
    assert all(d.email.isascii() for _c, d in members)
    myanmar = [d for c, d in members if c == "MM"]
    assert myanmar and all(d.family_name == "" and d.given_name for d in myanmar)
    khmer = [d for c, d in members if c == "KH" and d.native_name]
    assert all(d.name_order == NameOrder.FAMILY_FIRST for d in khmer)
    # The Khmer name is written in the same order as the romanised one: family first.
    kh_family = dict(demo_names.KH_FAMILY)
    assert all(d.native_name.split()[0] == kh_family[d.family_name] for d in khmer)
    thai = [d for c, d in members if c == "TH" and d.native_name]
    th_given = {latin: native for latin, native, _g in demo_names.TH_GIVEN}
    assert all(d.native_name.split()[0] == th_given[d.given_name] for d in thai)
    malay = [d for c, d in members if c == "MY" and (" bin " in d.given_name)]
    assert malay and all(d.family_name == "" for d in malay)
    brunei = {d.honorific for c, d in members if c == "BN"}
    assert brunei & {"Awang", "Dayang", "Pengiran", "Haji", "Hajah", "Dato"}


def test_every_name_order_is_the_one_import_would_guess(demo_file: EventFile) -> None:
    # The demo is what a list without a name-order column becomes: Chinese, Vietnamese and
    # Cambodian names family first, Chinese Singaporeans and Malaysians too (Han names).
    with demo_file.session() as session:
        members = _delegates_by_country(session)
        people = list(session.exec(select(Speaker)))
    assert all(d.name_order == usual_name_order(c, d.native_name) for c, d in members)
    assert all(p.name_order == usual_name_order(p.country, p.native_name) for p in people)
    family_first = {c for c, d in members if d.name_order == NameOrder.FAMILY_FIRST}
    assert {"CN", "VN", "KH", "SG", "MY"} <= family_first
    assert not family_first & {"TH", "LA", "MM", "PH", "ID", "TL"}


# Orthography: every native string in the tables is a well-formed sequence -------------------


def _table_natives() -> list[tuple[str, str]]:
    d = demo_names
    parts = [("th", n) for _l, n, _g in d.TH_GIVEN] + [("th", n) for _l, n in d.TH_FAMILY]
    parts += [("km", n) for _l, n, _g in d.KH_GIVEN] + [("km", n) for _l, n in d.KH_FAMILY]
    parts += [("lo", n) for _l, n, _g in d.LA_GIVEN] + [("lo", n) for _l, n in d.LA_FAMILY]
    parts += [("my", n) for _l, n, _g in d.MM_SYLLABLES]
    parts += [("zh", n) for _l, n, _g in d.CN_GIVEN + d.SEA_CHINESE_GIVEN]
    parts += [("zh", n) for _l, n in d.CN_FAMILY + d.SEA_CHINESE_FAMILY]
    return parts


def _thai_lao_well_formed(text: str, script: str) -> bool:
    """Leading vowels before a consonant; marks on a consonant; tone marks last."""
    if script == "th":
        consonants = {chr(c) for c in range(0x0E01, 0x0E2F)}
        leading, upper_lower = "เแโใไ", "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e47"
        tones, killer, am = "\u0e48\u0e49\u0e4a\u0e4b", "\u0e4c", "\u0e33"
    else:
        consonants = {chr(c) for c in range(0x0E81, 0x0EAF)} | set("\u0ebd\u0edc\u0edd")
        leading, upper_lower = "ເແໂໃໄ", "\u0eb1\u0eb4\u0eb5\u0eb6\u0eb7\u0eb8\u0eb9\u0ebb\u0ebc"
        tones, killer, am = "\u0ec8\u0ec9\u0eca\u0ecb", "\u0ecc", "\u0eb3"

    def consonant(char: str) -> bool:
        return char in consonants

    for i, char in enumerate(text):
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if char in leading and not consonant(after):
            return False
        if char in upper_lower and not consonant(before):
            return False
        if char in tones and not (consonant(before) or before in upper_lower):
            return False
        if char == killer and not (consonant(before) or before in "\u0e34\u0e38"):
            return False
        if char == am and not (consonant(before) or before in tones):
            return False
    return True


def test_thai_and_lao_names_are_in_logical_order() -> None:
    for script, text in _table_natives():
        if script in ("th", "lo"):
            assert _thai_lao_well_formed(text, script), text
    assert not _thai_lao_well_formed("\u0e34ส", "th")  # a vowel sign with no consonant
    assert not _thai_lao_well_formed("สเ", "th")  # a leading vowel after its consonant


FONTS = {
    "th": "NotoSansThai-Regular.ttf",
    "km": "NotoSansKhmer-Regular.ttf",
    "lo": "NotoSansLao-Regular.ttf",
    "my": "NotoSansMyanmar-Regular.ttf",
    "zh": "wqy-microhei.ttc",
}


def test_every_native_name_shapes_without_broken_clusters() -> None:
    """HarfBuzz marks an impossible Khmer or Myanmar sequence with a dotted circle."""
    import uharfbuzz as hb  # installed with reportlab[shaping]: missing is a failure

    fonts = {}
    for script, file_name in FONTS.items():
        path = resources_dir() / "fonts" / file_name
        assert path.is_file(), f"the bundled font {path} is missing"
        fonts[script] = hb.Font(hb.Face(hb.Blob.from_file_path(str(path)), 0))

    def broken(text: str, script: str) -> bool:
        font = fonts[script]
        buffer = hb.Buffer()
        buffer.add_str(text)
        buffer.guess_segment_properties()
        hb.shape(font, buffer, {})
        glyphs = [info.codepoint for info in buffer.glyph_infos]
        dotted_circle = font.get_nominal_glyph(0x25CC)
        return 0 in glyphs or dotted_circle in glyphs

    assert broken("\u17b6\u179f", "km")  # the check works: Khmer vowel sign before its base
    assert broken("\u1031\u103b\u1000", "my")  # Myanmar medial with no consonant
    for script, text in _table_natives():
        assert unicodedata.normalize("NFC", text) == text
        assert not broken(text, script), (script, text)


# The demo event itself does not change when its data moves -------------------------------

# Every column the demo writes, table by table (not the secret, not columns added later).
DEMO_COLUMNS = {
    "event": "name, name_zh, start_date, end_date, venue, city, time_zone, languages, "
    "welcome_text, details_confirmed",
    "role": "id, code, name, color, sort_order",
    "delegation": "id, country, name, institution, protocol_order, head_id, contact_name, "
    "contact_email, contact_phone, arrival, departure, notes",
    "delegate": "id, delegation_id, role_id, honorific, given_name, family_name, native_name, "
    "name_order, position, organisation, email, phone, dietary, access_needs, photo, arrival, "
    "departure, notes, badge_version",
    "speaker": "id, honorific, given_name, family_name, native_name, name_order, position, "
    "organisation, country, bio, photo, delegate_id",
    "room": "id, name, capacity, floor, sort_order",
    "agendasession": "id, day, start_time, end_time, room_id, kind, title_en, title_zh, "
    "description, chair_id, interpretation, expected_attendance",
    "sessionspeaker": "session_id, speaker_id, position, role",
}
# The digest of the demo event as the Python tables made it (before they became data files),
# but for one synthetic delegate here for 26 July only, who now leaves on the 27th (their
# flight home leaves before theirs lands: demo_travel), and the synthetic sessions' chairs and
# speakers, picked clear of their flights (demo_agenda; days, times and rooms unchanged).
DEMO_DIGEST = "29035d03da4c29a0d23201f98f37360fd5e14587668a889425c43219febbcef4"


def _event_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with sqlite3.connect(path) as connection:
        for table, columns in DEMO_COLUMNS.items():
            rows = connection.execute(f"SELECT {columns} FROM {table} ORDER BY rowid").fetchall()
            digest.update(repr((table, rows)).encode())
    return digest.hexdigest()


@pytest.mark.sqlite_only  # the digest is of the SQLite file's rows, in rowid order
def test_the_demo_event_is_the_same_people_names_and_agenda_as_ever(tmp_path: Path) -> None:
    event_file = open_event(tmp_path / "digest.sqlite3")
    with event_file.session() as session:
        demo.create_demo_event(session=session, delegates=600, seed=11)
        demo_agenda.add_synthetic_sessions(session=session, count=120, seed=7)
    event_file.close()
    assert _event_digest(tmp_path / "digest.sqlite3") == DEMO_DIGEST


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def test_the_demo_data_files_are_utf8_json_in_nfc() -> None:
    files = sorted(demo_dir().glob("*.json"))
    assert {path.name for path in files} >= {"event.json", "people.json", "agenda.json"}
    for path in files:
        data = json.loads(path.read_bytes().decode("utf-8"))  # strict UTF-8
        for text in _strings(data):
            assert unicodedata.normalize("NFC", text) == text, (path.name, text)


# Travel and rooms of the synthetic delegates -----------------------------------------------


def test_synthetic_delegates_travel_and_sleep_so_the_checks_are_clean(
    demo_file: EventFile,
) -> None:
    from delegations.services import hotels, travel

    assert travel.check_travel(demo_file) == []
    assert hotels.read_rooming(demo_file).warnings == ()
    with demo_file.read() as connection:
        people = connection.execute("SELECT count(*) FROM delegate").fetchone()[0]
        travelling = connection.execute(
            "SELECT count(DISTINCT delegate_id) FROM delegateleg"
        ).fetchone()[0]
        stays = connection.execute(
            "SELECT count(*), sum(CASE WHEN own_arrangements THEN 1 ELSE 0 END) FROM roomstay"
        ).fetchone()
        shared = connection.execute(
            "SELECT count(*), count(DISTINCT p.delegation_id), count(DISTINCT p.arrival), "
            "count(DISTINCT p.departure) FROM roomstay s JOIN delegate p ON p.id = s.delegate_id "
            "WHERE s.room_id IS NOT NULL GROUP BY s.room_id HAVING count(*) > 1"
        ).fetchall()
    assert people == 712 and stays[0] == people
    assert 0 < stays[1] < people // 2  # Guizhou's own institutions go home …
    assert travelling == people - stays[1]  # … and have no journey to Guiyang
    assert shared and all(row == (2, 1, 1, 1) for row in shared)
