"""Finding a delegation from what someone typed: the one resolver for every `--delegation`.

`resolve_delegation(text, delegations)` accepts, in this order of preference:

1. the delegation's name (case, diacritics and punctuation folded: "viet nam" = "Viet Nam");
2. its country, as import reads countries (`normalise_country`): English names and variants
   ("Laos", "Lao People's Democratic Republic"), ISO alpha-2 and alpha-3 codes ("LA", "LAO")
   and Chinese names ("老挝"). A country with one delegation gives that delegation. A country
   with several gives the one *named* like the country (the "Cambodia" delegation rather than
   "Cambodia Youth Forum", when both are Cambodian); with none named so, the choice is refused
   with the candidates listed;
3. the unique start of a delegation's name or of its country's name ("Lao", "Phil");
4. the unique start of a word inside a name ("Youth" → "Cambodia Youth Forum").

An exact match always wins over a longer name that contains it: "Cambodia" is the Cambodia
delegation, never also "Cambodia Youth Forum". When a step matches several delegations the
text is refused with one sentence naming them; when nothing matches, the sentence lists the
delegations there are.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from delegations.domain.countries import country_name, english_country_name, normalise_country
from delegations.domain.errors import UserError
from delegations.domain.names import clean, fold

MIN_PREFIX = 2  # a single letter is too little to choose a delegation by
_LISTED = 30  # delegations named in a refusal; more are counted


class DelegationNotFound(UserError):
    """No delegation matches the text; `known` are the names of the delegations there are."""

    def __init__(self, text: str, known: Sequence[str]) -> None:
        listed = _listing(sorted(known, key=fold)) if known else "none yet"
        super().__init__(
            f"No delegation matches “{text}”; give a delegation's name, its country (name or "
            f"ISO code) or the start of its name. Delegations: {listed}."
        )
        self.text = text
        self.known = list(known)


class AmbiguousDelegation(UserError):
    """Several delegations match the text; `candidates` are their names."""

    def __init__(self, text: str, candidates: Sequence[str]) -> None:
        super().__init__(
            f"“{text}” matches {len(candidates)} delegations: {_listing(candidates)}; "
            "give more of the name."
        )
        self.text = text
        self.candidates = list(candidates)


def _listing(names: Sequence[str]) -> str:
    shown = ", ".join(names[:_LISTED])
    if len(names) > _LISTED:
        shown += f" and {len(names) - _LISTED} more"
    return shown


def delegation_key(text: str) -> str:
    """Case-, diacritic- and punctuation-blind form of a delegation's name."""
    key = fold(unicodedata.normalize("NFKC", clean(text)))
    key = re.sub(r"[’'`.]", "", key)  # People's -> peoples, P.R. -> pr
    return re.sub(r"[^\w]+", " ", key).strip()


def resolve_delegation(
    text: str, delegations: Iterable[tuple[int, str, str]], *, by_start: bool = True
) -> int:
    """The id of the one delegation `text` designates.

    Args:
        text: what the user typed (a name, a country, a code, the start of a name).
        delegations: (id, name, country alpha-2 code) of every delegation of the event.
        by_start: also steps 3 and 4; import leaves them out, since a list's "Viet" is a
            new delegation's name, not a short way of writing "Viet Nam".

    Raises:
        DelegationNotFound: nothing matches (the sentence lists the delegations there are).
        AmbiguousDelegation: several match equally well (the sentence lists them).
    """
    rows = [(int(id_), name, (country or "").upper()) for id_, name, country in delegations]
    wanted = delegation_key(text or "")
    if not wanted:
        raise DelegationNotFound(text or "", [name for _id, name, _country in rows])

    names = {id_: name for id_, name, _country in rows}

    def decide(ids: list[int]) -> int | None:
        if len(ids) == 1:
            return ids[0]
        if len(ids) > 1:
            raise AmbiguousDelegation(text.strip(), sorted((names[i] for i in ids), key=fold))
        return None

    # 1. The delegation's name, exactly.
    found = decide([id_ for id_, name, _country in rows if delegation_key(name) == wanted])
    if found is not None:
        return found

    # 2. Its country, as import reads countries.
    code = normalise_country(text)
    if code:
        of_country = [row for row in rows if row[2] == code]
        if len(of_country) == 1:
            return of_country[0][0]
        if of_country:
            named_so = [id_ for id_, name, _c in of_country if normalise_country(name) == code]
            if len(named_so) == 1:
                return named_so[0]
            decide([id_ for id_, _name, _c in of_country])  # refuses, naming them

    if len(wanted) < MIN_PREFIX or not by_start:
        raise DelegationNotFound(text.strip(), list(names.values()))

    # 3. The start of a name, or of its country's name.
    def starts(name: str, country: str) -> bool:
        keys = [delegation_key(name)]
        if country:
            keys += [delegation_key(country_name(country)),
                     delegation_key(english_country_name(country))]  # fmt: skip
        return any(key.startswith(wanted) for key in keys)

    found = decide([id_ for id_, name, country in rows if starts(name, country)])
    if found is not None:
        return found

    # 4. The start of a word inside a name.
    pattern = re.compile(rf"(?:^|\s){re.escape(wanted)}")
    found = decide([id_ for id_, name, _c in rows if pattern.search(delegation_key(name))])
    if found is not None:
        return found
    raise DelegationNotFound(text.strip(), list(names.values()))
