"""The printed reports, read back with pypdf and checked against figures the test computes
itself from the records it created (never from the report or figures code)."""

from __future__ import annotations

import ast
import datetime as dt
import io
import re
import statistics
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from cascade_world import World, build_world
from fresh_process import run_fresh
from pypdf import PdfReader
from sqlalchemy import select
from test_checklist_pdf import collapse, squeeze, unembedded_fonts

from mentoroffice.data.enums import Cadre, MentorKind, PostingRole
from mentoroffice.data.models import (
    ActionItem,
    Assessment,
    ChangeIdea,
    Debriefing,
    Escalation,
    Finding,
    FormDefinition,
    Indicator,
    IndicatorValue,
    MenteeEnrolment,
    MentorAssignment,
    MentorReport,
    PdsaCycle,
    PlannedCompetency,
    Posting,
    QIProject,
    RootCause,
    Setting,
    Validation,
    Visit,
    VisitMentor,
)
from mentoroffice.figures.validation_summary import DEFINITIONS
from mentoroffice.periods import fiscal_quarter, fiscal_year, month, quarter
from mentoroffice.reports.catalog import (
    REPORTS,
    QIProjectsRequest,
    ReportCancelled,
    generate,
    parse_period,
    request_for,
)

QUARTER = fiscal_quarter(2026, 2)  # 1 January - 31 March 2026
OFFICE = "Gicumbi Mentorship Office"
LEVEL = {"hospital": "hospital", "hc1": "hc", "hc2": "hc", "hc3": "hc", "hp1": "hp", "hp2": "hp"}
PRESENT_LABEL = {"RAM": "RAM (midwives)", "RPA": "RPA (paediatrics)",
                 "RSOG": "RSOG (obstetrics and gynaecology)",
                 "district": "District-based mentors", "community": "Community mentors"}


# --------------------------------------------------------------------------- reading PDFs


def pdf_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def bold_text(pdf: bytes) -> str:
    """Everything drawn in a bold face, all pages run together."""
    chunks: list[str] = []

    def visit(text, cm, tm, font, size):  # type: ignore[no-untyped-def]
        if font is not None and "Bold" in str(font.get("/BaseFont", "")):
            chunks.append(text)
    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return collapse(" ".join(chunks))


def assert_well_formed(pdf: bytes) -> list[str]:
    """Page x of y on every page and every font embedded; returns the page texts."""
    texts = pdf_texts(pdf)
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in text
    assert unembedded_fonts(pdf) == []
    return texts


def half_up(part: int, whole: int) -> int:
    return int((Decimal(100 * part) / Decimal(whole)).quantize(Decimal(1), ROUND_HALF_UP))


def count_pct(part: int, whole: int) -> str:
    return f"{part} ({half_up(part, whole)}%)" if whole else f"{part}"


def render(session, code: str, progress=None, **choices) -> bytes:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    pages = generate(session, request_for(code, **choices), buffer, progress=progress)
    data = buffer.getvalue()
    assert pages == len(PdfReader(io.BytesIO(data)).pages)
    return data


# --------------------------------------------------------------------------- the quarter's records


@dataclass(frozen=True)
class V:
    unit: str
    day: dt.date
    status: str
    kind: str
    mentors: dict[str, bool]
    group: str | None = None
    days: int = 1


VISITS = [
    V("hospital", dt.date(2026, 1, 14), "done", "joint_hospital",
      {"ram": True, "rpa": False, "rsog": True}),
    V("hospital", dt.date(2026, 2, 11), "missed", "joint_hospital",
      {"ram": False, "rpa": False, "rsog": False}),
    V("hospital", dt.date(2026, 2, 24), "done", "joint_supervision", {}),
    V("hospital", dt.date(2026, 3, 2), "cancelled", "joint_hospital", {"ram": False}),
    V("hc1", dt.date(2026, 3, 11), "done", "health_center", {"dm": True}),
    V("hc2", dt.date(2026, 3, 12), "planned", "health_center", {"dm": False}),
    V("hp1", dt.date(2026, 1, 20), "done", "health_post", {}),
    V("hc1", dt.date(2026, 2, 5), "done", "community", {"cm": True}, group="g1"),
    V("hospital", dt.date(2026, 4, 8), "planned", "joint_hospital",
      {"ram": False, "rpa": False, "rsog": False}, days=3),
    V("hospital", dt.date(2025, 12, 10), "done", "joint_hospital", {"ram": True}),
]
# mentee, form, day, score, where, validated, assessor
ASSESSMENTS = [
    ("m1", "HBB", dt.date(2026, 1, 14), 60.0, "hospital", False, "ram"),
    ("m1", "HBB", dt.date(2026, 3, 10), 90.0, "hospital", True, "rpa"),
    ("m2", "HBB", dt.date(2026, 2, 11), 70.0, "hospital", False, "rpa"),
    ("m3", "PPH", dt.date(2026, 2, 12), 80.0, "hc1", False, "dm"),
    ("m3", "PPH", dt.date(2025, 12, 1), 40.0, "hc1", False, "dm"),
]
# unit, action, responsible, due, status, done, created
ACTIONS = [
    ("hospital", "Buy a wall clock for the delivery room", "Matron", dt.date(2026, 2, 11),
     "open", None, dt.date(2026, 1, 14)),
    ("hc1", "Drill HBB every Monday", "Titulaire", dt.date(2026, 3, 20), "done",
     dt.date(2026, 3, 18), dt.date(2026, 1, 14)),
    ("hospital", "Order oxytocin and track the delivery", "Pharmacist", dt.date(2026, 4, 30),
     "in_progress", None, dt.date(2026, 2, 24)),
    ("hc2", "Done last year", "Titulaire", dt.date(2025, 11, 1), "done", dt.date(2025, 11, 2),
     dt.date(2025, 10, 1)),
]
QI_ACTION = ("hospital", "Print the PNC register", "Data manager", dt.date(2026, 1, 31), "open",
             None, dt.date(2025, 10, 20))  # an action of the QI project below
ALL_ACTIONS = [*ACTIONS, QI_ACTION]
# unit, category, description, raised, status, resolved
ESCALATIONS = [
    ("hospital", "staffing", "One anesthetist for two theatres", dt.date(2025, 12, 20), "open",
     None),
    ("hc1", "drugs_supplies", "Amoxicillin out of stock", dt.date(2026, 1, 20), "resolved",
     dt.date(2026, 3, 1)),
]
PNC_MONTHS = [dt.date(2025, m, 1) for m in range(4, 13)] + [dt.date(2026, m, 1) for m in (1, 2, 3)]
PNC_VALUES = [(40, 80), (42, 80), (0, 0), (45, 90), (47, 80), (44, 80), (50, 80), (52, 80),
              (55, 80), (30, 60), (45, 60), (50, 50)]
PDSA = [(1, dt.date(2025, 11, 3), "Call mothers on day 2", "Called 30 mothers",
         "Two thirds came back", "Adapt: call on day 1"),
        (2, dt.date(2026, 1, 12), "Book the visit at discharge", "Booked 80%", "Under study",
         "")]


@dataclass
class Quarter:
    world: World
    visit_ids: dict[int, int] = field(default_factory=dict)

    @property
    def session(self):  # type: ignore[no-untyped-def]
        return self.world.session

    def id(self, key: str) -> int:
        return self.world.ids[key]


def _form_id(world: World, code: str) -> int:
    return world.session.scalar(select(FormDefinition.id).where(FormDefinition.code == code))


def _add_visits(q: Quarter) -> None:
    for index, v in enumerate(VISITS):
        done = v.status == "done"
        end = v.day + dt.timedelta(days=v.days - 1)
        row = Visit(org_unit_id=q.id(v.unit), kind=v.kind, status=v.status,
                    planned_start=v.day, planned_end=end, actual_start=v.day if done else None,
                    actual_end=end if done else None,
                    chw_group_id=q.id(v.group) if v.group else None)
        row.mentors = [VisitMentor(mentor_id=q.id(m), present=p if done else None)
                       for m, p in v.mentors.items()]
        q.session.add(row)
        q.session.flush()
        q.visit_ids[index] = row.id


def _add_assessments(q: Quarter) -> None:
    for mentee, form, day, score, at, validated, by in ASSESSMENTS:
        row = Assessment(form_id=_form_id(q.world, form),
                         kind="post_mentorship" if validated else "coaching",
                         mentee_id=q.id(mentee), org_unit_id=q.id(at),
                         assessor_id=q.id(f"{by}_person"), assessed_on=day,
                         done_count=int(score / 10), applicable_count=10, score_pct=score,
                         all_critical_done=validated)
        q.session.add(row)
        q.session.flush()
        if validated:
            q.session.add(Validation(mentee_id=q.id(mentee), form_code=form,
                                     assessment_id=row.id, validated_on=day))
    q.session.flush()


def _add_qi(q: Quarter) -> int:
    indicator = q.session.scalar(select(Indicator).where(Indicator.code == "PNC_COVERAGE"))
    for day, (num, den) in zip(PNC_MONTHS, PNC_VALUES, strict=True):
        q.session.add(IndicatorValue(indicator_id=indicator.id, org_unit_id=q.id("hospital"),
                                     month=day, numerator=num, denominator=den))
    project = QIProject(org_unit_id=q.id("hospital"), title="Postnatal care within 48 hours",
                        problem="Half of mothers miss their postnatal visit",
                        aim="90% of mothers seen within 48 hours by June 2026",
                        measure="Mothers seen within 48 h / births", indicator_id=indicator.id,
                        status="active", started_on=dt.date(2025, 10, 20))
    q.session.add(project)
    q.session.flush()
    top = RootCause(project_id=project.id, category="patients",
                    text="Mothers leave before 48 hours")
    q.session.add_all([top, RootCause(project_id=project.id, category="procedures",
                                      text="No register for PNC visits")])
    q.session.flush()
    why = RootCause(project_id=project.id, category="patients", parent_id=top.id,
                    text="Why? No bed for mothers after delivery")
    q.session.add(why)
    q.session.flush()
    q.session.add(RootCause(project_id=project.id, category="patients", parent_id=why.id,
                            text="Maternity has 12 beds for 160 births a month"))
    idea = ChangeIdea(project_id=project.id, text="Book the PNC visit before discharge")
    q.session.add(idea)
    q.session.flush()
    for number, start, plan, do, study, act in PDSA:
        q.session.add(PdsaCycle(project_id=project.id, change_idea_id=idea.id, cycle_no=number,
                                plan=plan, do=do, study=study, act=act, start_date=start))
    unit, action, who, due, status, _, created = QI_ACTION
    q.session.add(ActionItem(org_unit_id=q.id(unit), project_id=project.id, action=action,
                             responsible_name=who, due_date=due, status=status,
                             created_on=created))
    q.session.flush()
    return project.id


@pytest.fixture
def q(session) -> Quarter:  # type: ignore[no-untyped-def]
    world = build_world(session)
    session.add(Setting(key="office_name", value=OFFICE))
    for key, association in (("ram", "RAM"), ("rpa", "RPA"), ("rsog", "RSOG")):
        world.mentor(key, MentorKind.ASSOCIATION, association)
    world.mentor("dm", MentorKind.DISTRICT, posted_at="hc1")
    world.mentor("cm", MentorKind.COMMUNITY, area="CBMNH", posted_at="hc1")
    world.chw_group("g1", 6, at="hc1")
    session.add_all([
        MentorAssignment(mentor_id=world.ids["dm"], org_unit_id=world.ids[hc],
                         start_date=dt.date(2025, 1, 1)) for hc in ("hc1", "hc2")])
    session.add(MentorAssignment(mentor_id=world.ids["cm"], chw_group_id=world.ids["g1"],
                                 start_date=dt.date(2025, 6, 1)))
    for key, at in (("m1", "hospital"), ("m2", "hospital"), ("m3", "hc1")):
        world.person(key, key.upper(), "Mentee", posted_at=at)
    quarter_world = Quarter(world)
    _add_visits(quarter_world)
    _add_assessments(quarter_world)
    for index in (0, 4):  # the same finding at the hospital and at hc1
        debriefing = Debriefing(visit_id=quarter_world.visit_ids[index], held_on=VISITS[index].day)
        debriefing.findings = [Finding(text="No clock in the delivery room")]
        session.add(debriefing)
    for unit, action, who, due, status, done, created in ACTIONS:
        session.add(ActionItem(org_unit_id=world.ids[unit], action=action, responsible_name=who,
                               due_date=due, status=status, done_date=done, created_on=created))
    for unit, category, text, raised, status, resolved in ESCALATIONS:
        session.add(Escalation(org_unit_id=world.ids[unit], level="ministry", category=category,
                               description=text, raised_on=raised, status=status,
                               resolved_on=resolved, response="Done" if resolved else None))
    world.ids["project"] = _add_qi(quarter_world)
    session.flush()
    return quarter_world


# --------------------------------------------------------------------------- expected figures


def in_quarter(v: V) -> bool:
    return QUARTER.contains(v.day) and v.status != "cancelled"


def visit_counts(visits: list[V]) -> tuple[int, int, int]:
    chosen = [v for v in visits if in_quarter(v)]
    return (len(chosen), sum(v.status == "done" for v in chosen),
            sum(v.status == "missed" for v in chosen))


def overdue_days() -> dict[str, int]:
    return {action: (QUARTER.end - due).days for _, action, _, due, status, _, _ in ALL_ACTIONS
            if status in ("open", "in_progress") and due < QUARTER.end}


# --------------------------------------------------------------------------- supervision report


def test_supervision_report_shows_the_quarter_as_recorded(q: Quarter) -> None:
    pdf = render(q.session, "supervision", facility_id=q.id("hospital"), period=QUARTER)
    texts = assert_well_formed(pdf)
    text = collapse(" ".join(texts))
    assert OFFICE in texts[0] and "Byumba District Hospital" in texts[0]

    planned, done, missed = visit_counts(VISITS)
    assert f"Visits planned {planned} " in text
    assert f"Visits done {count_pct(done, planned)} " in text
    assert f"Visits missed {missed} " in text

    present: dict[str, int] = {}
    kinds = {"ram": "RAM", "rpa": "RPA", "rsog": "RSOG", "dm": "district", "cm": "community"}
    for v in VISITS:
        if in_quarter(v) and v.status == "done":
            for mentor, here in v.mentors.items():
                present[kinds[mentor]] = present.get(kinds[mentor], 0) + (1 if here else 0)
    for kind, label in PRESENT_LABEL.items():
        assert f"{label} {present.get(kind, 0)}" in text

    mentees = {(m, f, s, ok) for m, f, day, s, _, ok, _ in ASSESSMENTS if QUARTER.contains(day)}
    assessed = {m for m, _, _, _ in mentees}
    validated = {m for m, _, _, ok in mentees if ok}
    assert f"Mentees assessed {len(assessed)} " in text
    assert f"Mentees validated {count_pct(len(validated), len(assessed))} " in text
    for form in ("HBB", "PPH"):
        rows = [(m, s, ok) for m, f, s, ok in mentees if f == form]
        people, passed = {m for m, _, _ in rows}, {m for m, _, ok in rows if ok}
        mean = sum(s for _, s, _ in rows) / len(rows)
        title = q.session.scalar(select(FormDefinition.title).where(FormDefinition.code == form))
        assert (f"{form} {title} {len(people)} {len(passed)} "
                f"{half_up(len(passed), len(people))}% {mean:.1f}%") in text

    assert re.search(r"No clock in the delivery room .*?Byumba District Hospital: 14 Jan; "
                     r"Health Center 1: 11 Mar 2\b", text)

    late = overdue_days()
    for action, days in late.items():
        assert re.search(rf"{re.escape(action)} [\w ]+? OVERDUE {days} days, (open|in progress)",
                         text)
    assert text.count("OVERDUE") == len(late)
    assert "OVERDUE" in bold_text(pdf)
    assert "Drill HBB every Monday Titulaire done" in text

    for _unit, _, description, raised, status, resolved in ESCALATIONS:
        days = ((resolved or QUARTER.end) - raised).days
        assert f"{description} {status} {days}" in text


def test_supervision_report_draws_a_run_chart_with_its_figures(q: Quarter) -> None:
    pdf = render(q.session, "supervision", facility_id=q.id("hospital"), period=QUARTER)
    reader = PdfReader(io.BytesIO(pdf))
    [page] = [p for p in reader.pages if "Indicator run charts" in (p.extract_text() or "")]
    text = collapse(page.extract_text())
    percents = [100 * n / d for n, d in PNC_VALUES if d]
    # the chart itself, drawn as vector graphics in the report's font: its title, its month
    # axis, its legend, and the lines (a path per line: "m" moves, "l" draws)
    assert not page.images
    indicator = q.session.scalar(select(Indicator).where(Indicator.code == "PNC_COVERAGE"))
    assert indicator is not None and indicator.name in text
    assert "Apr 2025" in text and "Monthly value (%)" in text
    assert f"Median {statistics.median(percents):.1f}%" in text.replace(" over", "")
    content = page.get_contents().get_data()  # type: ignore[union-attr]
    assert content.count(b" l") >= len(percents)
    assert f"Median {statistics.median(percents):.1f}% over {len(percents)} months" in text
    quarter_values = "; ".join(f"{m:%b %Y} {n}/{d} ({half_up(n, d)}%)"
                               for m, (n, d) in zip(PNC_MONTHS, PNC_VALUES, strict=True)
                               if QUARTER.contains(m))
    assert quarter_values in text
    assert "Changes tested: Postnatal care within 48 hours" in text


# --------------------------------------------------------------------------- district pack


def level_row(label: str, units: int, visits: list[V], mentees: tuple[int, int] | None,
              actions: tuple[int, int] | None, escalations: int | None) -> str:
    planned, done, missed = visit_counts(visits)
    cells = [label, str(units), str(planned), count_pct(done, planned), str(missed)]
    if mentees is None:
        cells += ["—", "—", "—", "—"]
    else:
        cells += [str(mentees[0]), count_pct(mentees[1], mentees[0]),
                  f"{actions[0]} / {actions[1]}", str(escalations)]  # type: ignore[index]
    return " ".join(cells)


def level_figures(level: str) -> tuple[list[V], tuple[int, int], tuple[int, int], int]:
    visits = [v for v in VISITS if LEVEL[v.unit] == level and v.kind != "community"]
    rows = [(m, ok) for m, _, day, _, at, ok, _ in ASSESSMENTS
            if LEVEL[at] == level and QUARTER.contains(day)]
    mentees = (len({m for m, _ in rows}), len({m for m, ok in rows if ok}))
    open_actions = [a for a in ALL_ACTIONS
                    if LEVEL[a[0]] == level and a[4] in ("open", "in_progress")]
    overdue = sum(1 for a in open_actions if a[3] < QUARTER.end)
    escalations = sum(1 for e in ESCALATIONS if LEVEL[e[0]] == level and e[4] == "open")
    return visits, mentees, (overdue, len(open_actions)), escalations


def test_district_pack_summarises_each_level(q: Quarter) -> None:
    pdf = render(q.session, "district_pack", facility_id=q.id("district"), period=QUARTER)
    texts = assert_well_formed(pdf)
    text = collapse(" ".join(texts))
    for label, level, units in (("Hospital", "hospital", 1), ("Health centers", "hc", 3),
                                ("Health posts", "hp", 2)):
        visits, mentees, actions, escalations = level_figures(level)
        assert level_row(label, units, visits, mentees, actions, escalations) in text
    community = [v for v in VISITS if v.kind == "community"]
    assert level_row("Community (CHW groups)", 1, community, None, None, None) in text
    visited = {v.group for v in community if in_quarter(v) and v.status == "done"}
    assert (f"Community-based maternal and newborn health (CBMNH) 1 "
            f"{count_pct(len(visited), 1)} 6 1") in text
    assert "4. Byumba District Hospital" in text
    assert "4.7. Indicator run charts" in text and "4.8. Agreed next steps" in text


def test_district_pack_reports_progress_to_the_end(q: Quarter) -> None:
    seen: list[tuple[int, int]] = []
    render(q.session, "district_pack", facility_id=q.id("district"), period=QUARTER,
           progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_cancelling_the_pack_raises_and_writes_nothing(q: Quarter, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    calls = 0

    def count() -> bool:
        nonlocal calls
        calls += 1
        return False
    pack = request_for("district_pack", facility_id=q.id("district"), period=QUARTER)
    generate(q.session, pack, folder / "full.pdf", cancelled=count)
    assert calls >= 4
    for stop_at in sorted({1, calls // 2, calls}):
        asked = 0

        def cancel_now() -> bool:
            nonlocal asked
            asked += 1
            return asked >= stop_at  # noqa: B023 (used within this iteration only)
        out = folder / f"pack-{stop_at}.pdf"
        with pytest.raises(ReportCancelled):
            generate(q.session, pack, out, cancelled=cancel_now)
        assert not out.exists()
    assert sorted(p.name for p in folder.iterdir()) == ["full.pdf"]  # nor any .partial


# --------------------------------------------------------------------------- letters and QI page


def test_visit_plan_letter_lists_dates_mentors_and_staff_to_release(q: Quarter) -> None:
    world, session = q.world, q.session
    director = world.person("director", "Léonard", "Ndikumana", Cadre.DOCTOR)
    session.add(Posting(person_id=director, org_unit_id=world.ids["hospital"],
                        role=PostingRole.FACILITY_LEADER.value, start_date=dt.date(2024, 1, 1)))
    plans = {"m1": ("MNH", ["HBB", "PPH"], "active"), "m2": ("NEO", ["HBB"], "active"),
             "m4": ("NEO", ["HBB"], "withdrawn")}
    world.person("m4", "M4", "Mentee", posted_at="hospital")
    for key, (area, forms, status) in plans.items():
        enrolment = MenteeEnrolment(person_id=world.ids[key], org_unit_id=world.ids["hospital"],
                                    technical_area=area, enrolled_on=dt.date(2025, 6, 1),
                                    status=status)
        enrolment.competencies = [PlannedCompetency(form_code=f) for f in forms]
        session.add(enrolment)
    session.flush()
    validated = {(m, f) for m, f, _, _, _, ok, _ in ASSESSMENTS if ok}
    release = {key: [f for f in forms if (key, f) not in validated]
               for key, (_, forms, status) in plans.items() if status == "active"}
    release = {key: forms for key, forms in release.items() if forms}

    pdf = render(session, "visit_plan_letter", facility_id=world.ids["hospital"],
                 period=month(2026, 4))
    text = collapse(" ".join(assert_well_formed(pdf)))
    assert "The Director, Byumba District Hospital (Léonard Ndikumana)" in text
    assert "Wed 8 – Fri 10 Apr 2026" in text
    for key, role in (("ram", "RAM, midwifery"), ("rpa", "RPA, paediatrics"),
                      ("rsog", "RSOG, obstetrics and gynaecology")):
        assert f"{key.title()} Mentor ({role})" in text
    assert f"Annex: staff to release ({len(release)})" in text
    for number, (key, forms) in enumerate(sorted(release.items(),
                                                 key=lambda kv: plans[kv[0]][0]), start=1):
        assert f"{number} {key.upper()} Mentee Nurse {plans[key][0]} {', '.join(forms)}" in text
    assert "M4 Mentee" not in text


def test_qi_project_page_has_fishbone_whys_cycles_and_overdue_actions(q: Quarter) -> None:
    buffer = io.BytesIO()
    generate(q.session, QIProjectsRequest(project_id=q.id("project"), today=QUARTER.end), buffer)
    pdf = buffer.getvalue()
    texts = assert_well_formed(pdf)
    text = collapse(" ".join(texts))
    assert sum(len(p.images) for p in PdfReader(io.BytesIO(pdf)).pages) >= 1  # the fishbone
    assert ("1. Patients: Mothers leave before 48 hours Why? No bed for mothers after delivery "
            "Why? Maternity has 12 beds for 160 births a month (root cause)") in text
    assert "No register for PNC visits" not in text.split("5 whys")[1]  # no deeper why
    for _number, _start, plan, do, study, _ in PDSA:
        assert f"{plan} {do} {study}" in text
    days = (QUARTER.end - dt.date(2026, 1, 31)).days
    assert f"Print the PNC register Data manager OVERDUE {days} days, open" in text


# --------------------------------------------------------------------------- validation summary


@pytest.fixture
def crafted(session):  # type: ignore[no-untyped-def]
    """The hand-computed table below, built record by record."""
    world = build_world(session)
    for key, association, area in (("rsog", "RSOG", "MNH"), ("ram", "RAM", "MNH"),
                                   ("rpa", "RPA", "NEO")):
        world.mentor(key, MentorKind.ASSOCIATION, association, area=area)
    world.mentor("dm", MentorKind.DISTRICT, area="MNH")
    session.add_all([MentorAssignment(mentor_id=world.ids["dm"], org_unit_id=world.ids[hc],
                                      start_date=dt.date(2024, 6, 1)) for hc in ("hc1", "hc2")])
    serial = iter(range(1, 100))

    def assess(form: str, by: str, at: str, on: dt.date, validated: bool = False,
               mentee: str | None = None) -> str:
        mentee = mentee or f"v{next(serial)}"
        if mentee not in world.ids:
            world.person(mentee, mentee.upper(), "Crafted", posted_at=at)
        row = Assessment(form_id=_form_id(world, form),
                         kind="post_mentorship" if validated else "coaching",
                         mentee_id=world.ids[mentee], org_unit_id=world.ids[at],
                         assessor_id=world.ids[f"{by}_person"], assessed_on=on, done_count=9,
                         applicable_count=10, score_pct=90.0 if validated else 50.0,
                         all_critical_done=validated)
        session.add(row)
        session.flush()
        if validated:
            session.add(Validation(mentee_id=world.ids[mentee], form_code=form,
                                   assessment_id=row.id, validated_on=on))
            session.flush()
        return mentee
    fy25, fy26 = dt.date(2025, 2, 3), dt.date(2025, 11, 4)
    for n in range(3):
        assess("HBB", "rpa", "hospital", fy25, validated=n < 2)
    ram = [assess("PPH", "ram", "hospital", fy25, validated=n == 0) for n in range(8)]
    assess("PEE", "rsog", "hospital", fy25, mentee=ram[1])  # counted under RAM and RSOG
    late = assess("PEE", "rsog", "hospital", fy25)
    assess("PEE", "rsog", "hospital", fy26, validated=True, mentee=late)
    for n in range(3):
        assess("ANC", "dm", "hc1", fy26, validated=n == 0)
    for _ in range(2):
        assess("PPFP", "dm", "hc2", fy26)
    assess("ANC", "dm", "hc1", dt.date(2025, 9, 30), validated=True)  # FY25, not in Table 2
    return world


# Hand-computed: FY24 empty; FY25 RPA 2 of 3, RAM 1 of 8 (12.5% -> 13%), RSOG 0 of 2;
# FY26 RSOG 1 of 1. Table 2 (FY26): MNH 1 mentor, 1 of 3; FP no mentor, 0 of 2.
TABLE_1 = ["RPA 0 0 (—) 3 2 (67%) 0 0 (—)",
           "RAM 0 0 (—) 8 1 (13%) 0 0 (—)",
           "RSOG 0 0 (—) 2 0 (0%) 1 1 (100%)"]
TABLE_2 = ["Family planning (FP) 0 2 0 (0%)",
           "Maternal and newborn health (MNH) 1 3 1 (33%)"]


def test_validation_summary_reproduces_the_hand_computed_tables(crafted: World) -> None:
    pdf = render(crafted.session, "validation_summary", period=fiscal_year(2026))
    texts = assert_well_formed(pdf)
    text = collapse(" ".join(texts))
    assert "FY24 FY25 FY26" in text
    for row in TABLE_1 + TABLE_2:
        assert row in text
    assert "validated in 2 supported health centers, FY26" in text
    for definition in DEFINITIONS.values():  # the footnotes come from the one definition
        assert squeeze(definition) in squeeze(text)


def test_validation_summary_of_one_year_for_a_catchment(crafted: World) -> None:
    pdf = render(crafted.session, "validation_summary", period=fiscal_year(2025), years=1,
                 facility_id=crafted.ids["hc2"])
    text = collapse(" ".join(assert_well_formed(pdf)))
    assert "RAM 0 0 (—)" in text and "Health Center 2" in text
    assert "Maternal and newborn health (MNH) 1 0 0 (—)" in text  # a mentor, no mentee yet


def test_certificate_names_the_mentee_competency_date_and_assessor(crafted: World) -> None:
    session = crafted.session
    session.add(Setting(key="office_name", value=OFFICE))
    mentee = session.scalar(select(Validation.mentee_id).where(Validation.form_code == "HBB"))
    pdf = render(session, "certificate", mentee_id=mentee, form_code="HBB")
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert box.width > box.height  # landscape
    text = collapse(" ".join(assert_well_formed(pdf)))
    title = session.scalar(select(FormDefinition.title).where(FormDefinition.code == "HBB"))
    for expected in ("CERTIFICATE OF VALIDATION", OFFICE, title, "3 Feb 2025",
                     "Byumba District Hospital", "Rpa Mentor", "Assessor, RPA mentor"):
        assert expected in text
    every = render(session, "certificate", mentee_id=mentee)
    held = session.scalar(select(Validation.id).where(Validation.mentee_id == mentee))
    assert held is not None and len(PdfReader(io.BytesIO(every)).pages) == 1


def test_monthly_mentor_report_sets_reported_beside_recorded(q: Quarter) -> None:
    january = month(2026, 1)
    q.session.add(MentorReport(mentor_id=q.id("ram"), month=january.start, visits_done=2,
                               mentees_assessed=5, validations=0,
                               challenges="Motorbike broken", submitted_on=dt.date(2026, 2, 3),
                               office_feedback="Ask the district for transport",
                               feedback_on=dt.date(2026, 2, 10)))
    q.session.flush()
    visits = sum(1 for v in VISITS if january.contains(v.day) and v.status == "done"
                 and v.mentors.get("ram"))
    assessed = len({m for m, _, day, _, _, _, by in ASSESSMENTS
                    if by == "ram" and january.contains(day)})
    validations = sum(1 for _, _, day, _, _, ok, by in ASSESSMENTS
                      if by == "ram" and ok and january.contains(day))
    pdf = render(q.session, "mentor_report", mentor_id=q.id("ram"), period=january)
    text = collapse(" ".join(assert_well_formed(pdf)))
    assert f"Visits done 2 {visits} {2 - visits:+d}" in text
    assert f"Mentees assessed 5 {assessed} {5 - assessed:+d}" in text
    assert f"Validations 0 {validations}" in text
    assert "Motorbike broken" in text and "Ask the district for transport" in text


# --------------------------------------------------------------------------- catalog, CLI


@pytest.mark.parametrize("text, expected", [
    ("2026Q1", quarter(2026, 1)), ("FY26Q2", fiscal_quarter(2026, 2)),
    ("fy26", fiscal_year(2026)), ("FY2026", fiscal_year(2026)), ("2026-03", month(2026, 3)),
])
def test_periods_are_read_as_people_type_them(text: str, expected: object) -> None:
    assert parse_period(text) == expected


def test_government_fiscal_years_and_wrong_periods() -> None:
    assert parse_period("2019/2020", 7) == fiscal_year(2020, 7)
    assert parse_period("FY20", 7).start == dt.date(2019, 7, 1)
    for wrong in ("2026-13", "Q3", "2019/2021", "last year"):
        with pytest.raises(ValueError):
            parse_period(wrong, 7)


def test_every_report_kind_is_generated(q: Quarter, tmp_path: Path) -> None:
    q.session.add(MentorReport(mentor_id=q.id("ram"), month=dt.date(2026, 1, 1),
                               submitted_on=dt.date(2026, 2, 3)))
    q.session.flush()
    arguments = {"supervision": dict(facility_id=q.id("hospital"), period=QUARTER),
                 "district_pack": dict(facility_id=q.id("district"), period=QUARTER),
                 "validation_summary": dict(period=fiscal_year(2026)),
                 "certificate": dict(mentee_id=q.id("m1")),
                 "mentor_report": dict(mentor_id=q.id("ram"), period=month(2026, 1)),
                 "visit_plan_letter": dict(facility_id=q.id("hospital"), period=month(2026, 4)),
                 "qi_projects": dict(facility_id=q.id("hospital"), period=QUARTER)}
    assert set(arguments) == {kind.code for kind in REPORTS}
    for code, kwargs in arguments.items():
        assert_well_formed(render(q.session, code, **kwargs))
    with pytest.raises(ValueError, match="for a quarter"):
        request_for("supervision", facility_id=q.id("hospital"), period=month(2026, 1))


def test_report_command_writes_the_pdf(q: Quarter, office_url: str, tmp_path: Path,
                                       capsys) -> None:  # type: ignore[no-untyped-def]
    from mentoroffice.cli import main

    q.session.commit()
    out = tmp_path / "supervision.pdf"
    assert main(["--database", office_url, "report", "supervision", "--facility", "HOSPITAL",
                 "--period", "FY26Q2", "--out", str(out)]) == 0
    assert f"Wrote {out}" in capsys.readouterr().out
    assert_well_formed(out.read_bytes())
    assert main(["--database", office_url, "report", "supervision", "--facility", "NOWHERE",
                 "--period", "FY26Q2", "--out", str(out)]) == 2
    assert "no facility with code 'NOWHERE'" in capsys.readouterr().err


# The modules that open or are handed a session: the registry and the Reports screen's service.
SESSION_MODULES = {"catalog.py", "service.py"}


def session_uses(path: Path) -> list[str]:
    """Where a module imports SQLAlchemy or the ORM models, or names a session."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        modules = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                   else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
        found += [f"imports {m}" for m in modules
                  if m.split(".")[0] == "sqlalchemy" or m.endswith("data.models")]
        if (isinstance(node, ast.Name) and node.id == "Session") \
                or (isinstance(node, ast.Attribute) and node.attr == "Session"):
            found.append(f"names Session (line {node.lineno})")
        if isinstance(node, ast.arg) and node.arg == "session":
            found.append(f"takes a session (line {node.lineno})")
    return found


def test_the_layout_modules_are_handed_figures_never_a_session() -> None:
    import mentoroffice.reports

    folder = Path(mentoroffice.reports.__file__).parent
    layout = [p for p in sorted(folder.glob("*.py")) if p.name not in SESSION_MODULES]
    assert {"supervision.py", "district_pack.py", "letters.py",
            "validation_report.py"} <= {p.name for p in layout}
    crossings = {p.name: uses for p in layout if (uses := session_uses(p))}
    assert crossings == {}


def imported_modules(path: Path, root: Path) -> set[str]:
    """The modules a file imports, relative imports resolved (``from .. import x``: ``..x``)."""
    package = list(path.relative_to(root.parent).with_suffix("").parts[:-1])
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *(node.module.split(".") if node.module else [])])
            found |= {module} | {f"{module}.{alias.name}" for alias in node.names}
    return found


def test_visits_and_qi_ask_no_report_of_the_reports_package() -> None:
    """Printing is asked of the reports package by the window, not by the domain services."""
    import mentoroffice

    root = Path(mentoroffice.__file__).parent
    for path in sorted([*root.glob("visits/**/*.py"), *root.glob("qi/**/*.py")]):
        assert not {m for m in imported_modules(path, root)
                    if m.startswith("mentoroffice.reports")}, path
    visits_ui = root / "ui" / "visits" / "printing.py"
    assert "mentoroffice.reports.service" in imported_modules(visits_ui, root)


def test_listing_the_reports_loads_neither_reportlab_nor_matplotlib() -> None:
    report = run_fresh("""
        import mentoroffice.reports.catalog as c
        report["reports"] = len(c.REPORTS)
    """, ("reportlab", "matplotlib", "PySide6"))
    assert report == {"reports": len(REPORTS), "imported": []}


def test_charts_are_png_and_survive_odd_input() -> None:
    from mentoroffice.checklists.progress import TrendPoint
    from mentoroffice.indicators.runchart import analyse
    from mentoroffice.reports.charts import fishbone_png, run_chart_png, score_trend_png

    png = b"\x89PNG\r\n\x1a\n"
    values = [50.0, 52, 49, 95, 51, 60, 61, 62, 63, 64, 65]
    months = [dt.date(2025, m, 1) for m in range(1, 12)]
    chart = run_chart_png("Coverage", months, values, analyse(values),
                          [(dt.date(2025, 6, 15), "PDSA 1"), (dt.date(2024, 1, 1), "outside")])
    assert chart.startswith(png)
    assert run_chart_png("One", months[:1], [40.0], analyse([40.0])).startswith(png)
    assert fishbone_png("Problem", {}).startswith(png)
    assert fishbone_png("P", {"Staff": ["x" * 300] * 9, "Équipement": ["é"]}).startswith(png)
    points = [TrendPoint(dt.date(2025, 1, 5), 55.0, "pre_test"),
              TrendPoint(dt.date(2025, 1, 5), None, "coaching")]
    assert score_trend_png(points).startswith(png)
    with pytest.raises(ValueError):
        run_chart_png("Empty", [], [], analyse([1.0]))


# --------------------------------------------------------------------------- national pack


def test_the_national_pack_from_worker_processes_is_each_districts_pack(
        q: Quarter, office_url: str, tmp_path: Path) -> None:
    from mentoroffice.reports.national import district_packs

    q.session.commit()  # the workers read the database through their own connections
    alone = render(q.session, "district_pack", facility_id=q.id("district"), period=QUARTER)
    seen: list[tuple[int, int]] = []

    pages = district_packs(office_url, [q.id("district")] * 2, QUARTER, tmp_path, workers=2,
                           progress=lambda done, total: seen.append((done, total)))

    written = sorted(tmp_path.glob("district-pack-*.pdf"))
    assert [p.name for p in written] == ["district-pack-01.pdf", "district-pack-02.pdf"]
    expected = pdf_texts(alone)
    for path, count in zip(written, pages, strict=True):
        texts = assert_well_formed(path.read_bytes())
        assert count == len(texts) == len(expected)
        assert texts == expected
    assert seen == [(1, 2), (2, 2)]


def test_cancelling_the_national_pack_removes_every_file(q: Quarter, office_url: str,
                                                        tmp_path: Path) -> None:
    from mentoroffice.reports.national import district_packs

    q.session.commit()
    done: list[int] = []
    with pytest.raises(ReportCancelled):
        district_packs(office_url, [q.id("district")] * 3, QUARTER, tmp_path, workers=1,
                       progress=lambda finished, _total: done.append(finished),
                       cancelled=lambda: bool(done))
    assert done == [1]
    assert list(tmp_path.glob("*.pdf")) == []
