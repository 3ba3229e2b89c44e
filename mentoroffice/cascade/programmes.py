"""The programmes the office runs, as settings: visit rhythm, capacity caps, technical areas.

The month plan (`visits.planning`), the capacity rule on assignments (`assignments`) and the
coverage view (`coverage`) read them here. An assignment or a visit that names no programme
belongs to the default programme (the migration made "Ingobyi", with the rhythm and caps the
code had fixed before). A programme listing no technical areas mentors in all of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.refusals import NotFound, RuleRefused, Violation, rule
from ..core.writes import expect_version
from ..data.enums import MentorKind, RhythmSchedule, VisitKind
from ..data.models import Programme, ProgrammeArea, ProgrammeCap, ProgrammeRhythm, TechnicalArea
from ..text import QT_TRANSLATE_NOOP

A_PROGRAMME = QT_TRANSLATE_NOOP("Rules", "This programme")


@dataclass(frozen=True)
class Rhythm:
    """How a kind of visit comes back and how long it lasts."""

    visit_kind: VisitKind
    schedule: RhythmSchedule
    days_min: int
    days_max: int
    quarter_month: int | None = None  # quarterly: the quarter's 1st, 2nd or 3rd month
    interval_min_weeks: int | None = None
    interval_max_weeks: int | None = None

    @property
    def gap_days(self) -> tuple[int, int] | None:
        """The allowed days from one visit's start to the next's, when the rhythm sets it."""
        if self.interval_min_weeks is None or self.interval_max_weeks is None:
            return None
        return self.interval_min_weeks * 7, self.interval_max_weeks * 7


@dataclass(frozen=True)
class ProgrammeSettings:
    code: str
    name: str
    rhythms: tuple[Rhythm, ...]
    caps: dict[MentorKind, int] = field(default_factory=dict)
    areas: tuple[str, ...] = ()  # none: every technical area
    active: bool = True
    is_default: bool = False
    id: int | None = None
    version: int | None = None

    def rhythm(self, kind: VisitKind) -> Rhythm | None:
        return next((r for r in self.rhythms if r.visit_kind is kind), None)

    def covers_area(self, area: str) -> bool:
        return not self.areas or area in self.areas


def _settings(programme: Programme) -> ProgrammeSettings:
    rhythms = tuple(
        Rhythm(VisitKind(r.visit_kind), RhythmSchedule(r.schedule), r.days_min, r.days_max,
               r.quarter_month, r.interval_min_weeks, r.interval_max_weeks)
        for r in sorted(programme.rhythms, key=lambda r: list(VisitKind).index(
            VisitKind(r.visit_kind))))
    return ProgrammeSettings(
        programme.code, programme.name, rhythms,
        {MentorKind(c.mentor_kind): c.max_places for c in programme.caps},
        tuple(sorted(a.technical_area for a in programme.areas)), programme.active,
        programme.is_default, programme.id, programme.version_id)


def all_programmes(session: Session) -> list[ProgrammeSettings]:
    """Every programme, the default first, then by name."""
    programmes = session.scalars(select(Programme)).all()
    return sorted((_settings(p) for p in programmes), key=lambda p: (not p.is_default, p.name))


def programmes_by_id(session: Session) -> dict[int, ProgrammeSettings]:
    return {p.id: p for p in all_programmes(session) if p.id is not None}


def default_programme_id(session: Session) -> int | None:
    return session.scalar(select(Programme.id).where(Programme.is_default.is_(True)))


def programme_of(session: Session, programme_id: int | None) -> ProgrammeSettings | None:
    """The named programme, or the default one for None."""
    wanted = programme_id if programme_id is not None else default_programme_id(session)
    programme = session.get(Programme, wanted) if wanted is not None else None
    return _settings(programme) if programme is not None else None


def active_programmes(session: Session) -> list[ProgrammeSettings]:
    return [p for p in all_programmes(session) if p.active]


# --- saving ---------------------------------------------------------------------------------


def _problems(session: Session, data: ProgrammeSettings) -> list[Violation]:
    problems = []
    if not data.code.strip() or not data.name.strip():
        problems.append(rule("name", QT_TRANSLATE_NOOP(
            "Rules", "Give the programme a code and a name."), field="name"))
    taken = session.scalar(select(Programme.id).where(Programme.code == data.code.strip()))
    if taken is not None and taken != data.id:
        problems.append(rule("code_taken", QT_TRANSLATE_NOOP(
            "Rules", "The code {code} is already used."), field="code", code=data.code))
    for rhythm in data.rhythms:
        problems += _rhythm_problems(rhythm)
    if any(places < 1 for places in data.caps.values()):
        problems.append(rule("cap", QT_TRANSLATE_NOOP(
            "Rules", "A mentor covers at least one place."), field="caps"))
    known = set(session.scalars(select(TechnicalArea.code)))
    unknown = sorted(set(data.areas) - known)
    if unknown:
        problems.append(rule("area", QT_TRANSLATE_NOOP(
            "Rules", "There is no technical area {areas}."), field="areas",
            areas=", ".join(unknown)))
    return problems


def _rhythm_problems(rhythm: Rhythm) -> list[Violation]:
    problems = []
    if not 1 <= rhythm.days_min <= rhythm.days_max:
        problems.append(rule("days", QT_TRANSLATE_NOOP(
            "Rules", "A visit lasts at least 1 day, and its longest length is not below its "
            "shortest ({low} to {high} days)."), field="days",
            low=rhythm.days_min, high=rhythm.days_max))
    weeks = (rhythm.interval_min_weeks, rhythm.interval_max_weeks)
    if (None in weeks and weeks != (None, None)) or (
            None not in weeks and not 1 <= weeks[0] <= weeks[1]):  # type: ignore[operator]
        problems.append(rule("interval", QT_TRANSLATE_NOOP(
            "Rules", "The interval between visits needs both its shortest and longest number "
            "of weeks, the shortest at least 1 and not above the longest."), field="interval"))
    if rhythm.schedule is RhythmSchedule.WEEKS and rhythm.interval_min_weeks is None:
        problems.append(rule("interval", QT_TRANSLATE_NOOP(
            "Rules", "Visits every so many weeks need the interval in weeks."),
            field="interval"))
    if (rhythm.schedule is RhythmSchedule.QUARTERLY) != (rhythm.quarter_month in (1, 2, 3)):
        problems.append(rule("quarter_month", QT_TRANSLATE_NOOP(
            "Rules", "A visit once a quarter needs the quarter's month: 1, 2 or 3."),
            field="quarter_month"))
    return problems


def save_programme(session: Session, data: ProgrammeSettings) -> Programme:
    """Add a programme (data.id None) or replace one's settings, as read at data.version."""
    problems = _problems(session, data)
    if problems:
        raise RuleRefused(problems)
    if data.id is None:
        programme = Programme(active=True, is_default=False)
        session.add(programme)
    else:
        found = session.get(Programme, data.id)
        if found is None:
            raise NotFound(f"There is no programme with id {data.id}.")
        expect_version(found, data.version, A_PROGRAMME)
        programme = found
    programme.code, programme.name = data.code.strip(), data.name.strip()
    programme.active = data.active or programme.is_default
    _replace_children(session, programme, data)
    session.flush()
    return programme


def _replace_children(session: Session, programme: Programme, data: ProgrammeSettings) -> None:
    programme.rhythms = []
    programme.caps = []
    programme.areas = []
    session.flush()
    programme.rhythms = [
        ProgrammeRhythm(visit_kind=r.visit_kind.value, schedule=r.schedule.value,
                        quarter_month=r.quarter_month, interval_min_weeks=r.interval_min_weeks,
                        interval_max_weeks=r.interval_max_weeks, days_min=r.days_min,
                        days_max=r.days_max) for r in data.rhythms]
    programme.caps = [ProgrammeCap(mentor_kind=kind.value, max_places=places)
                      for kind, places in data.caps.items()]
    programme.areas = [ProgrammeArea(technical_area=code) for code in sorted(set(data.areas))]


def set_default_programme(session: Session, programme_id: int, version: int) -> None:
    """Make a programme the default one (it is then active)."""
    programme = session.get(Programme, programme_id)
    if programme is None:
        raise NotFound(f"There is no programme with id {programme_id}.")
    expect_version(programme, version, A_PROGRAMME)
    for other in session.scalars(select(Programme).where(Programme.is_default.is_(True))):
        other.is_default = False
    session.flush()
    programme.is_default = True
    programme.active = True
    session.flush()


def set_programme_active(session: Session, programme_id: int, active: bool,
                         version: int) -> None:
    """Stop (or restart) running a programme; the default programme always runs."""
    programme = session.get(Programme, programme_id)
    if programme is None:
        raise NotFound(f"There is no programme with id {programme_id}.")
    expect_version(programme, version, A_PROGRAMME)
    if not active and programme.is_default:
        raise RuleRefused([rule("default", QT_TRANSLATE_NOOP(
            "Rules", "{programme} is the office's default programme: make another programme "
            "the default first."), programme=programme.name)])
    programme.active = active
    session.flush()

