"""What the choosers offer: the small read-only records a service returns for a combo box or a
look-up field, one family for every domain package.

Most are picked by an id and shown by a ``label`` (the `Choice` protocol): a place
(`PlaceChoice`) or a person (`PersonChoice`). The others differ for a reason their docstring
gives: a mentor whose kind the window translates (`MentorChoice`), a facility *or* a CHW group
(`PlaceOrGroupChoice`, two id spaces), and the choices picked by a code (`FormChoice`,
`AreaChoice`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

__all__ = ["AreaChoice", "Choice", "FormChoice", "MentorChoice", "PersonChoice", "PlaceChoice",
           "PlaceOrGroupChoice"]


class Choice(Protocol):
    """What a look-up field or a combo of choices needs: an id to keep, a label to show."""

    @property
    def id(self) -> int: ...

    @property
    def label(self) -> str: ...


@dataclass(frozen=True)
class PlaceChoice:
    """An organisation unit (hospital, health center, district...)."""

    id: int
    name: str
    level: str  # an OrgLevel value; "" where the chooser does not know it
    parent: str | None = None  # the name of the unit it sits in, where the chooser shows it

    @property
    def label(self) -> str:
        return self.name


@dataclass(frozen=True)
class PersonChoice:
    """A person: a mentee, an assessor, a mentor."""

    id: int  # the person's id; the mentor's id where the chooser picks mentors
    name: str
    detail: str = ""  # what tells namesakes apart: cadre and facility, code, association...
    place: PlaceChoice | None = None  # where the person works, where the chooser needs it

    @property
    def label(self) -> str:
        return f"{self.name} ({self.detail})" if self.detail else self.name


@dataclass(frozen=True)
class MentorChoice:
    """A mentor for the cascade's assignment dialog. Unlike `PersonChoice` it keeps the kind and
    the association apart instead of one ready-made ``detail``, because the window shows the
    kind in its own language."""

    id: int  # the mentor's id (not the person's)
    name: str
    kind: str  # a MentorKind value
    association: str | None = None
    facility: str | None = None  # the name of the current posting's facility


@dataclass(frozen=True)
class PlaceOrGroupChoice:
    """Where a mentor is assigned: a facility or a CHW group. Exactly one of the two ids is
    set (they are separate tables, so one ``id`` would not say which); ``parent`` is the
    facility's parent unit, or the group's health center."""

    name: str
    level: str  # an OrgLevel value; "community" for a CHW group
    org_unit_id: int | None = None
    chw_group_id: int | None = None
    parent: str | None = None


@dataclass(frozen=True)
class FormChoice:
    """A checklist form, picked by its code; an unavailable one carries what is wrong with
    its file."""

    code: str
    label: str
    kind: str  # "mentee", "facility", or "" when the file could not be read
    available: bool
    problem: str = ""


@dataclass(frozen=True)
class AreaChoice:
    """A technical area, picked by its code."""

    code: str
    name: str

    @property
    def label(self) -> str:
        return self.name
