"""The check-in desk's in-memory index: search as you type, status, counters, arrivals list.

`DeskIndex.load(event_file)` reads every delegate once (20,000 in well under a second) and
every delegate's status from the journal. After that a search, a scan's answer and the
counters are computed in memory:

- `search(text)`: every word of `text`, folded (case, diacritics, đ/Đ: "duc" finds "Đức"),
  must occur in the delegate's given, family or native name, organisation or delegation;
  substrings count, so "明华" finds 李明华 and Thai names match inside a word. Ranked: all
  words whole name words first, then starts of name words, then inside a name, then
  organisation or delegation only; within a rank, by name. Limited (50 by default); `total` says how many
  matched.
- `answer(code)`: what a scan would show, without writing (verify + look-up + status).
- `counters()`, `not_arrived(...)`: admitted / expected overall, by delegation, by role, and
  the not-yet-arrived list, filtered like the GUI's list.

The index never writes. The admission functions of `services.checkin` take `index=` and
update its status after their commit; `refresh(event_file)` picks up what others wrote (a
merged journal, another process on the same file, edited delegates) and is cheap when nothing
changed — call it from a timer or after File ▸ Exchange check-ins.

Not thread-safe: use it on the GUI thread, or rebuild a new one in a worker and swap it in.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from delegations.domain.codes import InvalidCode, read_code
from delegations.domain.names import display_name, fold, full_name
from delegations.domain.precedence import folded_member_key
from delegations.files import replaced_atomically
from delegations.services.checkin import (
    ACTION_OF_DB,
    NOT_ARRIVED,
    CheckInResult,
    Outcome,
    Status,
    already_in,
    gone,
    invalid_code,
    parse_db_time,
    replaced_badge,
    statuses_from,
)
from delegations.store.stored import stored_date, stored_name_order

if TYPE_CHECKING:
    from delegations.store import EventFile
    from delegations.store.sql import SqlConnection

SEARCH_LIMIT = 50
CLOCK_TOLERANCE = dt.timedelta(days=1)
"""A desk's clock may read this far before the event's first day or after its last."""
_SEP = "\x1f"  # between the name part and the organisation/delegation part of a search key
_FULL_RELOAD_ABOVE = 500  # changed delegates after which statuses are re-read in one pass


@dataclass(frozen=True, slots=True)
class DeskPerson:
    """A delegate as the desk shows them (no photo: `services.delegations` loads it by id)."""

    id: int
    name: str  # with honorific, in the person's own order
    native_name: str
    delegation_id: int
    delegation: str
    country: str
    role_id: int | None
    role: str
    role_color: str
    position: str
    organisation: str
    notes: str
    access_needs: str
    badge_version: int
    is_head: bool


@dataclass(frozen=True, slots=True)
class SearchHit:
    person: DeskPerson
    status: Status


@dataclass(frozen=True, slots=True)
class SearchResult:
    hits: tuple[SearchHit, ...]
    total: int  # how many matched; hits holds the best `limit` of them


@dataclass(frozen=True, slots=True)
class CountRow:
    """Admitted / expected for one delegation or role (`key` is its id; None: no role)."""

    key: int | None
    label: str
    admitted: int
    expected: int


@dataclass(frozen=True, slots=True)
class Counters:
    admitted: int
    expected: int
    by_delegation: tuple[CountRow, ...]  # protocol order
    by_role: tuple[CountRow, ...]  # the roles' order, "No role" last


@dataclass(frozen=True, slots=True)
class ArrivalRow:
    """A line of the not-yet-arrived list (and of its CSV and PDF)."""

    delegate_id: int
    name: str
    native_name: str
    delegation: str
    role: str
    organisation: str
    notes: str


_PEOPLE_SQL = """
SELECT d.id, d.honorific, d.given_name, d.family_name, d.name_order, d.native_name,
       d.position, d.organisation, d.notes, d.access_needs, d.badge_version,
       g.id, g.name, g.country, g.head_id, r.id, r.name, r.color, k.sort_order
FROM delegate AS d JOIN delegation AS g ON g.id = d.delegation_id
LEFT JOIN role AS r ON r.id = d.role_id LEFT JOIN rank AS k ON k.id = d.rank_id
"""
# Cheap fingerprints of what the index holds; a change means reload.
_PEOPLE_PRINT_SQL = """
SELECT (SELECT count(*) || ':' || coalesce(max(id), 0) || ':' || coalesce(sum(badge_version), 0) || ':' ||
        coalesce(sum(length(given_name) + length(family_name) + length(native_name)
              + length(organisation) + length(notes) + length(access_needs) + length(honorific)
              + length(position) + coalesce(role_id, 0) * 7 + delegation_id * 13
              + coalesce(rank_id, 0) * 17), 0)
        FROM delegate),
       (SELECT count(*) || ':' || coalesce(sum(length(name) + coalesce(head_id, 0) + protocol_order), 0)
        FROM delegation),
       (SELECT count(*) || ':' || coalesce(sum(length(name) + length(color) + sort_order), 0) FROM role),
       (SELECT count(*) || ':' || coalesce(sum(sort_order * (id + 1)), 0) FROM rank),
       (SELECT signing_secret FROM event LIMIT 1)
"""
# The journal's print: its size and latest instant. Entries are never deleted, so if as many
# entries are later than the known latest as the count grew by, those are all the new ones.
_JOURNAL_PRINT_SQL = "SELECT count(*), max(at) FROM checkin"


FilePrints = tuple[tuple[Any, ...], tuple[int, Any]]
"""What `DeskIndex.refresh` compares: the delegates' print and the journal's."""


def file_prints(event_file: EventFile) -> FilePrints:
    """The file's prints now; reads only, safe in a worker thread."""
    with event_file.read() as connection:
        people = tuple(connection.execute(_PEOPLE_PRINT_SQL).one())
        count, top = connection.execute(_JOURNAL_PRINT_SQL).one()
    return people, (count, top)


class DeskIndex:
    """Everything the desk reads, in memory. Build with `DeskIndex.load(event_file)`."""

    def __init__(self) -> None:
        self.secret = ""
        self.people: tuple[DeskPerson, ...] = ()  # by name
        self.by_id: dict[int, DeskPerson] = {}
        self._names: list[str] = []  # " given family native " folded: " x" = a word start
        self._keys: list[str] = []  # names + organisation + delegation, folded
        self._status: dict[int, Status] = {}
        self._delegations: list[tuple[int, str]] = []  # protocol order
        # What orders the members, by id: is the head, rank's sort order, family and given
        # name folded (`domain.precedence.folded_member_key`).
        self._member_of: dict[int, tuple[bool, int | None, str, str]] = {}
        self._precedence: list[int] | None = None  # see `_in_precedence`
        self._roles: list[tuple[int | None, str]] = []
        self._people_print: tuple[Any, ...] = ()
        self._last_search: tuple[list[str], list[int]] = ([], [])  # words, matching rows
        self._journal_print: tuple[int, Any] = (0, None)
        # The counters, kept up to date with each status (a scan's answer must not wait for
        # a pass over 20,000 people): admitted and expected, by delegation and by role.
        self._admitted = 0
        self._by_delegation: dict[int, list[int]] = {}
        self._by_role: dict[int | None, list[int]] = {}

    # Loading -------------------------------------------------------------------------

    @classmethod
    def load(cls, event_file: EventFile) -> DeskIndex:
        index = cls()
        with event_file.read() as connection:
            index._load_people(connection)
            index._load_statuses(connection)
        return index

    def _load_people(self, connection: SqlConnection) -> None:
        self._people_print = tuple(connection.execute(_PEOPLE_PRINT_SQL).one())
        self.secret = self._people_print[-1] or ""
        entries: list[tuple[str, DeskPerson, str, str]] = []
        folded: dict[str, str] = {}

        def folded_of(text: str) -> str:
            value = folded.get(text)
            if value is None:
                value = folded[text] = fold(text)
            return value

        member_of: dict[int, tuple[bool, int | None, str, str]] = {}
        for row in connection.execute(_PEOPLE_SQL):
            (id_, honorific, given, family, order, native, position, organisation, notes,
             access, version, delegation_id, delegation, country, head_id, role_id, role,
             color, rank_order) = row  # fmt: skip
            order = stored_name_order(order)
            person = DeskPerson(
                id_, display_name(honorific, given, family, order), native, delegation_id,
                delegation, country, role_id, role or "", color or "", position, organisation,
                notes, access, version, head_id == id_,
            )  # fmt: skip
            folded_given, folded_family = folded_of(given), folded_of(family)
            folded_names = (folded_given, folded_family, folded_of(native) if native else "")
            name_key = " " + " ".join(filter(None, folded_names)) + " "
            other = folded_of(organisation) + " " + folded_of(delegation)
            sort_key = folded_of(full_name(given, family, order) or native) + " " + str(id_)
            entries.append((sort_key, person, name_key, other))
            member_of[id_] = (head_id == id_, rank_order, folded_family, folded_given)
        entries.sort(key=lambda entry: entry[0])
        self.people = tuple(entry[1] for entry in entries)
        self.by_id = {person.id: person for person in self.people}
        self._names = [entry[2] for entry in entries]
        self._keys = [f"{entry[2]}{_SEP}{entry[3]}" for entry in entries]
        self._last_search = ([], [])
        self._member_of, self._precedence = member_of, None
        self._delegations = [
            (row[0], row[1])
            for row in connection.execute(
                "SELECT id, name FROM delegation ORDER BY protocol_order, name, id"
            )
        ]
        self._roles = [
            (row[0], row[1])
            for row in connection.execute("SELECT id, name FROM role ORDER BY sort_order")
        ]

    def _load_statuses(self, connection: SqlConnection) -> None:
        self._journal_print = tuple(connection.execute(_JOURNAL_PRINT_SQL).one())
        self._status = statuses_from(connection)
        self._count_all()

    def _count_all(self) -> None:
        self._admitted = 0
        self._by_delegation = {id_: [0, 0] for id_, _name in self._delegations}
        self._by_role = {id_: [0, 0] for id_, _name in self._roles}
        statuses = self._status
        for person in self.people:
            inside = person.id in statuses and statuses[person.id].checked_in
            self._admitted += inside
            for table, key in (
                (self._by_delegation, person.delegation_id), (self._by_role, person.role_id),
            ):  # fmt: skip
                pair = table.setdefault(key, [0, 0])
                pair[0] += inside
                pair[1] += 1

    def _set_status(self, delegate_id: int, status: Status) -> None:
        was_inside = self.status(delegate_id).checked_in
        self._status[delegate_id] = status
        person = self.by_id.get(delegate_id)
        if person is None or was_inside == status.checked_in:
            return
        step = 1 if status.checked_in else -1
        self._admitted += step
        self._by_delegation[person.delegation_id][0] += step
        self._by_role[person.role_id][0] += step

    def refresh(self, event_file: EventFile, prints: FilePrints | None = None) -> bool:
        """Pick up what changed in the file since loading; True if anything did.

        Delegates, delegations or roles changed: everything is re-read. Only the journal
        changed: the statuses of the delegates with new entries are re-read (all of them, in
        one pass, after a large merge). `prints`: what `file_prints` read just before (in a
        worker: at 20,000 delegates the delegates' print takes 20–80 ms).
        """
        if prints is not None and prints == (self._people_print, self._journal_print):
            return False
        with event_file.read() as connection:
            people_print = (
                prints[0]
                if prints is not None
                else tuple(connection.execute(_PEOPLE_PRINT_SQL).one())
            )
            if people_print != self._people_print:
                self._load_people(connection)
                self._load_statuses(connection)
                return True
            count, top = connection.execute(_JOURNAL_PRINT_SQL).one()
            known_count, known_top = self._journal_print
            if (count, top) == (known_count, known_top):
                return False
            new = count - known_count
            if known_top is None or not 0 < new <= _FULL_RELOAD_ABOVE:
                self._load_statuses(connection)
                return True
            later = connection.execute(
                "SELECT delegate_id FROM checkin WHERE at > ?", (known_top,)
            ).all()
            if len(later) != new:  # older entries merged in, or written meanwhile
                self._load_statuses(connection)
                return True
            changed = {row[0] for row in later}
            for delegate_id in changed:
                row = connection.execute(
                    "SELECT action, at, desk FROM checkin WHERE delegate_id = ? "
                    "ORDER BY at DESC, uuid DESC LIMIT 1",
                    (delegate_id,),
                ).first()
                if row is not None:
                    self._set_status(
                        delegate_id,
                        Status(row[0] == "IN", parse_db_time(row[1]), row[2], ACTION_OF_DB[row[0]]),
                    )
            self._journal_print = (count, top)
            return True

    def note(self, delegate_id: int, status: Status) -> None:
        """Record a status this process has just committed (the admission functions call it)."""
        self._set_status(delegate_id, status)

    # Reading -------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.people)

    def status(self, delegate_id: int) -> Status:
        return self._status.get(delegate_id, NOT_ARRIVED)

    def search(self, text: str, limit: int = SEARCH_LIMIT) -> SearchResult:
        """Delegates matching every word of `text`, best first (see the module docstring)."""
        words = fold(text).split()
        if not words:
            return SearchResult((), 0)
        matches = self._matching(words)
        names = self._names
        ranked: list[int] = []
        taken: set[int] = set()
        for tier in (
            [f" {word} " for word in words],  # whole name words
            [f" {word}" for word in words],  # starts of name words
            words,  # anywhere in a name
        ):
            if len(tier) == 1:
                (part,) = tier
                found = (i for i in matches if part in names[i] and i not in taken)
            else:
                found = (i for i in matches if i not in taken and all(p in names[i] for p in tier))
            # Only the best `limit` are shown: a tier that fills them need not be read to its end.
            chosen = list(islice(found, limit - len(ranked)))
            ranked += chosen
            if len(ranked) >= limit:
                break
            taken.update(chosen)
        if len(ranked) < limit:  # organisation or delegation only
            ranked += islice((i for i in matches if i not in taken), limit - len(ranked))
        people, statuses = self.people, self._status
        hits = tuple(SearchHit(people[i], statuses.get(people[i].id, NOT_ARRIVED)) for i in ranked)
        return SearchResult(hits, len(matches))

    def _matching(self, words: list[str]) -> list[int]:
        """The rows whose key holds every word, in name order.

        Typing on only narrows a search (each earlier word is inside one of the new words), so
        the previous search's rows are filtered instead of all 20,000 keys.
        """
        keys = self._keys
        longest = max(words, key=len)
        earlier_words, earlier = self._last_search
        if earlier_words and all(any(old in new for new in words) for old in earlier_words):
            matches = [i for i in earlier if longest in keys[i]]
        else:
            matches = [i for i, key in enumerate(keys) if longest in key]
        for word in words:
            if word is not longest:
                matches = [i for i in matches if word in keys[i]]
        self._last_search = (words, matches)
        return matches

    def answer(self, code: str) -> CheckInResult:
        """What scanning `code` would show now, from memory; writes nothing."""
        try:
            badge = read_code(self.secret, code)
        except InvalidCode as error:
            return invalid_code(error)
        person = self.by_id.get(badge.delegate_id)
        if person is None:
            return gone()
        fields = {
            "delegate_id": person.id, "name": person.name, "native_name": person.native_name,
            "delegation": person.delegation, "role": person.role,
            "role_color": person.role_color, "delegation_id": person.delegation_id,
            "is_head": person.is_head, "position": person.position,
            "organisation": person.organisation, "notes": person.notes,
            "access_needs": person.access_needs,
        }  # fmt: skip
        if badge.version != person.badge_version:
            return replaced_badge(badge.version, person.badge_version, **fields)
        current = self.status(person.id)
        if current.checked_in:
            return already_in(current, **fields)
        return CheckInResult(
            Outcome.ADMITTED, f"Would admit: {person.name} ({person.delegation}).", **fields
        )

    def members(self, delegation_id: int) -> list[SearchHit]:
        """A delegation's members with their status in the order of precedence: the head
        first, then by rank, then by name (the head's card lists them)."""
        members = [p for p in self.people if p.delegation_id == delegation_id]
        members.sort(key=self._member_key)
        return [SearchHit(p, self.status(p.id)) for p in members]

    def _member_key(self, person: DeskPerson) -> tuple:
        return folded_member_key(*self._member_of[person.id], person.id)

    def _in_precedence(self) -> list[int]:
        """Positions in `people` in the order of precedence, as the roster, the badges and
        the booklet list them (`domain.precedence.member_key`); worked out when first needed,
        as scans never need it (~0.1 s at 20,000 delegates on a slow machine)."""
        if self._precedence is None:
            place_of = {id_: place for place, (id_, _name) in enumerate(self._delegations)}
            last, people = len(place_of), self.people
            self._precedence = sorted(
                range(len(people)),
                key=lambda i: (
                    place_of.get(people[i].delegation_id, last),
                    self._member_key(people[i]),
                ),
            )
        return self._precedence

    # Counters and the not-yet-arrived list ----------------------------------------------

    def counters(self) -> Counters:
        """Admitted and expected, overall, by delegation and by role (kept as statuses change:
        no pass over the people)."""
        admitted, expected = self._admitted, len(self.people)
        by_delegation, by_role = self._by_delegation, self._by_role
        labels = dict(self._delegations)
        role_labels: dict[int | None, str] = {**dict(self._roles), None: "No role"}
        return Counters(
            admitted,
            expected,
            tuple(CountRow(k, labels.get(k, ""), a, e) for k, (a, e) in by_delegation.items()),
            tuple(
                CountRow(k, role_labels.get(k, ""), a, e)
                for k, (a, e) in by_role.items()
                if e or k is not None
            ),
        )

    def not_arrived(
        self,
        *,
        delegation_id: int | None = None,
        role_id: int | None = None,
        text: str = "",
    ) -> list[ArrivalRow]:
        """Delegates not checked in, in the order of precedence (delegations in protocol
        order; within each the head first, then by rank, then by name); filtered."""
        words = fold(text).split()
        rows: list[ArrivalRow] = []
        for position in self._in_precedence():
            person = self.people[position]
            if self.status(person.id).checked_in:
                continue
            if delegation_id is not None and person.delegation_id != delegation_id:
                continue
            if role_id is not None and person.role_id != role_id:
                continue
            if words and not all(word in self._keys[position] for word in words):
                continue
            rows.append(
                ArrivalRow(person.id, person.name, person.native_name, person.delegation,
                           person.role, person.organisation,
                           "; ".join(part for part in (person.notes, person.access_needs)
                                     if part)),
            )  # fmt: skip
        return rows


# The desk's clock ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ClockOutsideEvent:
    """The desk's clock reads a day far from the event's (admission times order merged
    journals, so a wrong clock puts this desk's admissions out of order)."""

    today: dt.date  # the desk's local date
    start: dt.date
    end: dt.date


def clock_outside_event(
    event_file: EventFile, now: dt.datetime | None = None
) -> ClockOutsideEvent | None:
    """The desk's local date (`now`: this computer's clock) if it is more than a day before
    the event's first day or after its last, else None."""
    with event_file.read() as connection:
        row = connection.execute("SELECT start_date, end_date FROM event LIMIT 1").fetchone()
    if row is None or not row[0] or not row[1]:
        return None
    start, end = stored_date(row[0]), stored_date(row[1])
    today = (now or dt.datetime.now()).date()
    if start - CLOCK_TOLERANCE <= today <= end + CLOCK_TOLERANCE:
        return None
    return ClockOutsideEvent(today, start, end)


# Exports of the not-yet-arrived list ------------------------------------------------------

CSV_HEADERS = ("Name", "Native name", "Delegation", "Role", "Organisation", "Notes")


def write_arrivals_csv(path: Path | str, rows: Iterable[ArrivalRow]) -> int:
    """Write the list as CSV (UTF-8 with BOM, so spreadsheet programs read every script)."""
    path = Path(path)
    count = 0
    with (
        replaced_atomically(path) as temporary,
        temporary.open("w", encoding="utf-8-sig", newline="") as out,
    ):
        writer = csv.writer(out)
        writer.writerow(CSV_HEADERS)
        for row in rows:
            writer.writerow((row.name, row.native_name, row.delegation, row.role,
                             row.organisation, row.notes))  # fmt: skip
            count += 1
    return count


def print_arrivals(
    path: Path | str, rows: Iterable[ArrivalRow], *, title: str, subtitle: str = ""
) -> int:
    """The fallback paper list: an A4 PDF with tick boxes, grouped by delegation.

    Returns the number of pages.
    """
    from delegations.printing.arrivals import ListLine, render_arrivals

    lines = [
        ListLine(row.name, row.native_name, row.delegation, row.role, row.notes) for row in rows
    ]
    return render_arrivals(Path(path), lines, title=title, subtitle=subtitle)
