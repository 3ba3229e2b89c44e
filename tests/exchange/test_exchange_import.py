"""Importing real .xlsx and .csv files, then comparing the database with the rows of the file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from exchange_support import (
    PEOPLE_HEADERS,
    PEOPLE_ROWS,
    build_world,
    form_items,
    people_world,
    table_checksums,
    table_counts,
    valid_rows,
    write_csv,
    write_xlsx,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from mentoroffice.checklists.scoring import score
from mentoroffice.data.models import (
    Assessment,
    FormDefinition,
    Indicator,
    IndicatorValue,
    MenteeEnrolment,
    Mentor,
    MentorAssignment,
    OrgUnit,
    Person,
    Posting,
    Validation,
)
from mentoroffice.exchange.importing import (
    Action,
    DuplicatePolicy,
    ImportCancelled,
    ImportRefused,
    open_import,
)
from mentoroffice.exchange.mapping import ImportKind
from mentoroffice.office import Office


@pytest.fixture
def world(office: Office) -> Office:
    with office.session_factory.begin() as session:
        people_world(session)
    return office


def run_file(office: Any, kind: str, path: Path, policy: str = "skip", **kwargs: Any) -> Any:
    job = open_import(path, kind, policy=policy, catalog=office.catalog)
    with office.session_factory.begin() as session:
        return job.run(session, **kwargs)


def unit(session: Session, code: str) -> OrgUnit:
    found = session.scalar(select(OrgUnit).where(OrgUnit.code == code))
    assert found is not None, code
    return found


def person(session: Session, **where: str) -> Person:
    found = session.scalars(select(Person).filter_by(**where)).one()
    return found


# --- each kind, compared with its source rows -------------------------------------------------


def test_facilities_with_parents_in_any_order(office: Office, tmp_path: Path) -> None:
    with office.session_factory.begin() as session:
        build_world(session)
    rows = valid_rows("facilities", None)
    report = run_file(office, "facilities", write_xlsx(tmp_path / "f.xlsx", rows))
    assert report.summary.to_add == 3
    with office.session_factory() as session:
        for code, name, _level, parent, uid in rows[1:]:
            stored = unit(session, code)
            assert stored.name == name and stored.dhis2_uid == uid
            assert stored.parent is not None and stored.parent.code == parent
        assert unit(session, "HP4").level == "health_post"
        assert unit(session, "HC4").level == "health_center"


@pytest.mark.parametrize("delimiter", [",", ";"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_people_from_csv_in_each_encoding(office: Office, tmp_path: Path, encoding: str,
                                          delimiter: str) -> None:
    with office.session_factory.begin() as session:
        build_world(session)
    path = write_csv(tmp_path / "people.csv", [PEOPLE_HEADERS, *PEOPLE_ROWS], encoding, delimiter)
    report = run_file(office, "people", path)
    assert report.summary.to_add == len(PEOPLE_ROWS)
    with office.session_factory() as session:
        claudine = person(session, code="RW-0412")
        assert (claudine.first_name, claudine.last_name, claudine.sex, claudine.cadre,
                claudine.phone) == ("Claudine", "Mukamana", "F", "midwife", "+250 788 123 456")
        posting = session.scalars(select(Posting).where(Posting.person_id == claudine.id)).one()
        assert (posting.org_unit.code, posting.role, posting.start_date) == (
            "HC1", "facility_leader", dt.date(2024, 3, 5))
        emile = person(session, code="RW-0414")
        assert emile.first_name == "Émile" and emile.cadre == "nurse" and emile.sex == "M"
        aimee = person(session, code="RW-0413")
        assert aimee.first_name == "Aimée" and aimee.cadre == "doctor" and aimee.phone is None
        assert person(session, last_name="Habimana").code is None


def test_mentors_and_assignments_keep_the_cascade_rules(world: Office, tmp_path: Path) -> None:
    rows = valid_rows("mentors", None)
    report = run_file(world, "mentors", write_xlsx(tmp_path / "m.xlsx", rows))
    assert report.summary.to_add == 3
    with world.session_factory() as session:
        emile = person(session, code="RW-0414")
        mentor = session.scalars(select(Mentor).where(Mentor.person_id == emile.id)).one()
        assert mentor.kind == "district" and {a.technical_area for a in mentor.areas} == {
            "MNH", "NEO"}
        places = sorted(a.org_unit.code for a in mentor.assignments)
        assert places == ["HC1", "HC3"]
        rsog = session.scalars(select(Mentor).where(Mentor.association == "RSOG")).one()
        assert rsog.person.code == "RW-0413"
    # A third health center breaks the "2 health centers" rule: refused without a reason...
    third = [rows[0] + ["Override reason"], ["RW-0414", None, None, "district", None, "MNH",
                                             "HC2", "2024-03-01", None]]
    with pytest.raises(ImportRefused) as refused:
        run_file(world, "mentors", write_xlsx(tmp_path / "m3.xlsx", third))
    problem = refused.value.report.problems[0]
    assert problem.row == 2 and problem.column == "Override reason"
    assert "at most 2 health centers" in problem.message
    # ...and kept, with the reason, when the file gives one.
    third[1][-1] = "Covering for a colleague on study leave"
    run_file(world, "mentors", write_xlsx(tmp_path / "m4.xlsx", third))
    with world.session_factory() as session:
        stored = session.scalars(select(MentorAssignment).where(
            MentorAssignment.org_unit_id == unit(session, "HC2").id)).one()
        assert stored.override_reason == "Covering for a colleague on study leave"


def test_enrolments(world: Office, tmp_path: Path) -> None:
    report = run_file(world, "enrolments",
                      write_xlsx(tmp_path / "e.xlsx", valid_rows("enrolments", None)))
    assert report.summary.to_add == 2
    with world.session_factory() as session:
        rows = {(e.person.last_name, e.technical_area, e.enrolled_on, e.status,
                 tuple(sorted(c.form_code for c in e.competencies)))
                for e in session.scalars(select(MenteeEnrolment))}
    assert rows == {("Mukamana", "MNH", dt.date(2024, 2, 1), "active", ("PEE", "PPH")),
                    ("Habimana", "NEO", dt.date(2024, 2, 1), "active", ("HBB",))}


def test_assessments_with_step_results_are_scored_and_validate(world: Office,
                                                              tmp_path: Path) -> None:
    with world.session_factory() as session:
        rows = valid_rows("assessments", session)
        items = form_items(session, "HBB")
    run_file(world, "assessments", write_xlsx(tmp_path / "a.xlsx", rows))
    words = {"fait": "done", "non fait": "not_done"}
    with world.session_factory() as session:
        stored = {a.mentee.last_name: a for a in session.scalars(select(Assessment))}
        for row, name in ((rows[1], "Mukamana"), (rows[2], "Habimana")):
            results = {code: words[cell] for (code, _), cell in zip(items, row[7:], strict=True)}
            expected = score(results, [code for code, critical in items if critical])
            assessment = stored[name]
            assert (assessment.done_count, assessment.applicable_count,
                    assessment.score_pct, assessment.all_critical_done) == (
                expected.done, expected.applicable, expected.percent,
                expected.all_critical_done)
            assert {r.item.code: r.result for r in assessment.results} == results
        assert stored["Mukamana"].kind == "pre_test"
        validation = session.scalars(select(Validation)).one()
        assert validation.mentee_id == stored["Habimana"].mentee_id
        assert validation.validated_on == dt.date(2024, 5, 5)


def test_steps_missing_or_unknown_are_placed_by_column(world: Office, tmp_path: Path) -> None:
    with world.session_factory() as session:
        rows = valid_rows("assessments", session)
    rows[0].append("9.9")
    rows[1].append("fait")
    rows[2][8] = None
    rows[2][9] = "peut-être"
    with pytest.raises(ImportRefused) as refused:
        run_file(world, "assessments", write_xlsx(tmp_path / "a.xlsx", rows))
    found = {(p.row, p.column) for p in refused.value.report.problems}
    assert found == {(2, "9.9"), (3, rows[0][8]), (3, rows[0][9])}


def test_legacy_scores_validate_only_on_the_trackers_word(world: Office, tmp_path: Path) -> None:
    rows = valid_rows("legacy_scores", None)
    report = run_file(world, "legacy_scores", write_xlsx(tmp_path / "l.xlsx", rows))
    assert report.summary.to_add == 3
    with world.session_factory() as session:
        steps = {code: len(form_items(session, code)) for code in ("PPH", "PEE")}
        stored = sorted(session.scalars(select(Assessment)), key=lambda a: a.assessed_on)
        assert [(a.form.code, a.score_pct, a.kind, a.results) for a in stored] == [
            ("PPH", 72.0, "pre_test", []), ("PEE", 80.0, "coaching", []),
            ("PPH", 90.0, "post_mentorship", [])]
        for a in stored:
            assert a.applicable_count == steps[a.form.code]
            assert a.done_count == round(a.score_pct / 100 * a.applicable_count)
        validation = session.scalars(select(Validation)).one()
        assert (validation.form_code, validation.validated_on) == ("PPH", dt.date(2023, 9, 12))
        assert stored[2].all_critical_done and not stored[0].all_critical_done


def test_legacy_scores_that_contradict_themselves_are_refused(world: Office,
                                                             tmp_path: Path) -> None:
    rows = [["Mentee staff code", "Competency", "Date", "Score", "Type", "Code FOSA", "Validé"],
            ["RW-0412", "PPH", "2023-09-12", 70, "post-test", "HC1", "oui"],
            ["RW-0412", "PEE", "2023-09-12", 96, "coaching", "HC1", "oui"],
            ["RW-0412", "PEE", "2023-09-13", 120, "coaching", "HC1", None]]
    with pytest.raises(ImportRefused) as refused:
        run_file(world, "legacy_scores", write_xlsx(tmp_path / "l.xlsx", rows))
    found = {(p.row, p.column): p.message for p in refused.value.report.problems}
    assert "below the 85% threshold" in found[(2, "Validé")]
    assert "Only a post-mentorship" in found[(3, "Validé")]
    assert "outside 0-100" in found[(4, "Score")]


def test_indicator_values(world: Office, tmp_path: Path) -> None:
    rows = valid_rows("indicator_values", None)
    run_file(world, "indicator_values", write_xlsx(tmp_path / "i.xlsx", rows))
    with world.session_factory() as session:
        stored = {(v.org_unit_id, session.get(Indicator, v.indicator_id).code, v.month,
                   v.numerator, v.denominator)
                  for v in session.scalars(select(IndicatorValue))}
        hospital, hc1 = unit(session, "HOSPITAL").id, unit(session, "HC1").id
    assert stored == {(hospital, "PNC_COVERAGE", dt.date(2024, 7, 1), 112, 130),
                      (hc1, "RESUS_SUCCESS", dt.date(2024, 7, 1), 9, 11),
                      (hospital, "PNC_COVERAGE", dt.date(2024, 8, 1), 0, 0)}


# --- duplicates, re-imports, all or nothing ---------------------------------------------------


@pytest.mark.parametrize("kind", list(ImportKind))
def test_reimporting_the_same_file_adds_nothing(world: Office, tmp_path: Path, kind: ImportKind
                                                ) -> None:
    with world.session_factory() as session:
        rows = valid_rows(kind, session)
    path = write_xlsx(tmp_path / f"{kind}.xlsx", rows)
    first = run_file(world, kind, path)
    assert first.summary.to_add == len(rows) - 1
    with world.session_factory() as session:
        before = table_checksums(session)
    for policy in ("skip", "update"):
        again = run_file(world, kind, path, policy)
        assert again.summary.to_skip == len(rows) - 1, again.outcomes
        with world.session_factory() as session:
            assert table_checksums(session) == before


def test_duplicate_people_in_the_file_and_in_the_database(world: Office, tmp_path: Path) -> None:
    rows = [PEOPLE_HEADERS, PEOPLE_ROWS[0], PEOPLE_ROWS[1],
            ["RW-0600", "Alice", "Mutoni", "F", "nurse", None, None, None, None],
            ["RW-0600", "Alice", "Mutoni", "F", "nurse", None, None, None, None]]
    path = write_xlsx(tmp_path / "p.xlsx", rows)
    job = open_import(path, "people", policy="stop")
    with world.session_factory() as session:
        report = job.preview(session)
    messages = {p.row: p.message for p in report.problems}
    assert "already in the database" in messages[2] and "already in the database" in messages[3]
    assert "repeats row 4" in messages[5]
    assert [o.action for o in report.outcomes] == [Action.REFUSED, Action.REFUSED, Action.ADD,
                                                   Action.REFUSED]
    job.policy = DuplicatePolicy.SKIP
    with world.session_factory() as session:
        assert [p.row for p in job.preview(session).problems] == [5]


def test_update_changes_what_the_file_says_and_keeps_what_it_leaves_blank(
        world, tmp_path: Path) -> None:
    rows = [PEOPLE_HEADERS,
            ["RW-0412", "Claudine", "Mukamana", "F", "midwife", None, "HC2", None, "2025-01-06"]]
    report = run_file(world, "people", write_xlsx(tmp_path / "p.xlsx", rows), "update")
    assert report.summary.to_update == 1
    with world.session_factory() as session:
        claudine = person(session, code="RW-0412")
        assert claudine.phone == "+250 788 123 456"  # blank cell: kept
        history = [(p.org_unit.code, p.start_date, p.end_date, p.end_reason)
                   for p in claudine.postings]
    assert history == [("HC1", dt.date(2024, 3, 5), dt.date(2025, 1, 6), "transfer"),
                       ("HC2", dt.date(2025, 1, 6), None, None)]


def test_preview_reports_by_row_and_column_and_changes_nothing(world: Office,
                                                               tmp_path: Path) -> None:
    rows = [PEOPLE_HEADERS,
            ["RW-0700", "Eric", "Mugabo", "M", "nurse", None, "HC9", None, "2024-13-01"],
            ["RW-0701", "Diane", "Uwera", "?", "plumber", "phone", "HC1", None, "2024-01-01"],
            ["RW-0702", "Yves", "Gatete", "M", "doctor", None, "HC1", None, "2024-01-01"]]
    job = open_import(write_xlsx(tmp_path / "p.xlsx", rows), "people")
    with world.session_factory() as session:
        before = table_checksums(session)
        report = job.preview(session)
        assert table_checksums(session) == before
    assert {(p.row, p.column) for p in report.problems} == {
        (2, "Code FOSA"), (2, "Date d'affectation"), (3, "Sexe"), (3, "Cadre"),
        (3, "Téléphone")}
    assert report.summary.to_add == 1 and report.summary.refused == 2
    with world.session_factory() as session:
        assert table_checksums(session) == before


def test_a_refused_run_keeps_nothing(world: Office, tmp_path: Path) -> None:
    rows = [PEOPLE_HEADERS,
            ["RW-0800", "Eric", "Mugabo", "M", "nurse", None, "HC1", None, "2024-01-01"],
            ["RW-0801", "Diane", "Uwera", "F", "nurse", None, "NOWHERE", None, "2024-01-01"]]
    with world.session_factory() as session:
        before = table_checksums(session)
    with pytest.raises(ImportRefused) as refused:
        run_file(world, "people", write_xlsx(tmp_path / "p.xlsx", rows))
    assert [p.row for p in refused.value.report.problems] == [3]
    with world.session_factory() as session:
        assert table_checksums(session) == before


def test_cancel_keeps_nothing_and_progress_counts_rows(world: Office, tmp_path: Path) -> None:
    rows = [PEOPLE_HEADERS] + [[f"RW-9{n:03d}", f"Name{chr(65 + n % 26)}", "Gatete", "M",
                                "nurse", None, "HC1", None, "2024-01-01"] for n in range(30)]
    path = write_xlsx(tmp_path / "p.xlsx", rows)
    seen: list[tuple[int, int]] = []
    with world.session_factory() as session:
        before = table_counts(session)
    with pytest.raises(ImportCancelled):
        run_file(world, "people", path, progress=lambda d, t: seen.append((d, t)),
                 cancelled=lambda: len(seen) >= 10)
    assert seen[-1] == (10, 30)
    with world.session_factory() as session:
        assert table_counts(session) == before
    seen.clear()
    run_file(world, "people", path, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(n, 30) for n in range(1, 31)]
    with world.session_factory() as session:
        assert table_counts(session)["person"] == before["person"] + 30


def test_the_session_is_clean_after_a_refusal_so_the_caller_may_go_on(world: Office, tmp_path: Path
                                                                        ) -> None:
    bad = write_xlsx(tmp_path / "bad.xlsx", [PEOPLE_HEADERS, ["X", "A", "B", "?", "nurse"]])
    good = write_xlsx(tmp_path / "good.xlsx", valid_rows("people", None))
    with world.session_factory.begin() as session:
        with pytest.raises(ImportRefused):
            open_import(bad, "people").run(session)
        open_import(good, "people").run(session)
    with world.session_factory() as session:
        assert session.scalar(select(Person.id).where(Person.code == "X")) is None
        assert session.scalar(select(Person.id).where(Person.code == "RW-0500")) is not None


def test_assessment_forms_come_from_the_database(world: Office) -> None:
    with world.session_factory() as session:
        assert session.scalar(select(FormDefinition.id).where(FormDefinition.code == "HBB"))
