"""Demo visits, assessments and validations, debriefings, QI work, indicators and reports."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from ..checklists.scoring import score
from ..data.enums import (
    ActionStatus,
    ActivityKind,
    AssessmentKind,
    CauseCategory,
    EscalationCategory,
    EscalationLevel,
    EscalationStatus,
    ItemResult,
    MentorKind,
    QIStatus,
    VisitKind,
    VisitStatus,
)
from .cascade import Cascade, Facility, MenteePlan, MentorInfo
from .tables import Rows, pick

STRENGTHS = (
    "Partographs filled in real time for most labours observed",
    "Resuscitation corner ready with a working bag and mask",
    "Good team spirit and the titulaire attends the debriefing",
    "Kangaroo mother care practised on the neonatal unit",
    "Data reviewed monthly and displayed on the ward",
)
WEAKNESSES = (
    "Vital signs not recorded after delivery",
    "Magnesium sulfate loading dose not prepared in advance",
    "No clock with a second hand in the delivery room",
    "Newborns not weighed within the first hour",
    "Stock-out of oxytocin for two weeks",
    "Night shift covered by one nurse for the whole maternity",
)
# A finding, the escalation it may need, and the two actions a team would set for it.
FINDINGS = (
    ("Active management of the third stage of labour not done for every birth", None,
     ("Post the AMTSL job aid in each delivery room",
      "Review ten partographs a week at the morning meeting")),
    ("Oxytocin stored outside the refrigerator", EscalationCategory.EQUIPMENT,
     ("Move the oxytocin to the vaccine refrigerator and log its temperature twice a day",
      "Ask the pharmacy to order oxytocin and track the delivery")),
    ("Only one midwife for 120 births a month", EscalationCategory.STAFFING,
     ("Share the night shifts with the nurses trained in delivery care",
      "Send the district the staffing gap with last quarter's births")),
    ("Amoxicillin dispersible tablets out of stock", EscalationCategory.DRUGS_SUPPLIES,
     ("Ask the pharmacy to order amoxicillin and track the delivery",
      "Check stock cards of tracer drugs every Friday")),
    ("No recovery room after caesarean section", EscalationCategory.INFRASTRUCTURE,
     ("Use the side ward as the recovery room, with a nurse assigned",
      "Put the recovery room in the district's building plan")),
    ("Danger signs not explained to mothers at discharge", None,
     ("Explain the danger signs with the picture card at every discharge",
      "Check at the morning meeting that discharged mothers got the card")),
    ("Temperature of newborns not taken on admission", None,
     ("Take and record every newborn's temperature on admission",
      "Keep a working thermometer in the neonatal unit and check it every shift")),
)
# A QI project's topic: title, indicator code, measure, root causes and the action it sets.
QI_TOPICS = (
    ("Reduce newborn hypothermia on admission", "NEO_HYPOTHERMIA",
     "Newborns admitted with a temperature below 36.5 °C, % a month",
     ("No nurse assigned to newborn admissions at night", "No working thermometer in the unit",
      "Skin-to-skin not started in the delivery room"),
     "Start skin-to-skin contact in the delivery room for every well newborn"),
    ("Postnatal care within 48 hours for every mother", "PNC_COVERAGE",
     "Mothers seen for postnatal care within 48 hours of birth, % a month",
     ("Mothers discharged at night without a PNC appointment", "No room set aside for PNC",
      "PNC not recorded in the register"),
     "Give every mother a PNC appointment card at discharge"),
    ("Successful resuscitation of every newborn not breathing at birth", "RESUS_SUCCESS",
     "Newborns not breathing at birth who were resuscitated, % a month",
     ("Providers not drilled in bag-and-mask ventilation", "Resuscitation bag missing or broken",
      "No one checks the resuscitation corner before births"),
     "Hold a drill on bag-and-mask ventilation every Monday"),
    ("Feeding prescribed per protocol for small and sick newborns", "NEO_FEEDING_PROTOCOL",
     "Small and sick newborns fed per protocol, % a month",
     ("Protocol not posted in the unit", "Feeding volumes not recalculated daily",
      "Cups and syringes for feeding missing"),
     "Post the feeding protocol in the unit and review each baby's volumes at handover"),
)
QI_PROJECT_CHANCE = 0.12  # of a hospital's debriefing finding: a few projects a year
# The QI topic a finding leads to, when a hospital starts a project from it.
TOPIC_OF_FINDING = {
    "Temperature of newborns not taken on admission": 0,
    "Danger signs not explained to mothers at discharge": 1,
}
HOLIDAYS = ((1, 1, "New Year"), (2, 1, "National Heroes' Day"),
            (4, 7, "Genocide against the Tutsi Memorial Day"), (5, 1, "Labour Day"),
            (7, 1, "Independence Day"), (7, 4, "Liberation Day"), (8, 1, "Umuganura Day"),
            (8, 15, "Assumption Day"), (12, 25, "Christmas Day"), (12, 26, "Boxing Day"))


@dataclass(frozen=True)
class DemoForm:
    id: int
    code: str
    technical_area: str
    kind: str
    threshold: float
    items: tuple[tuple[int, str, bool], ...]  # (item id, code, critical)


def months_between(start: dt.date, end: dt.date) -> list[dt.date]:
    month, months = start.replace(day=1), []
    while month <= end:
        months.append(month)
        month = (month + dt.timedelta(days=32)).replace(day=1)
    return months


def working_day(day: dt.date, holidays: set[dt.date], days: int = 1) -> dt.date:
    """The first day from `day` that starts `days` working days in a row (no weekend, no
    public holiday inside a visit)."""
    def free(candidate: dt.date) -> bool:
        return candidate.weekday() < 5 and candidate not in holidays
    while not all(free(day + dt.timedelta(days=n)) for n in range(days)):
        day += dt.timedelta(days=1)
    return day


class ActivityBuilder:
    def __init__(self, rows: Rows, rng: random.Random, cascade: Cascade, forms: list[DemoForm],
                 start: dt.date, as_of: dt.date) -> None:
        self.rows, self.rng, self.cascade = rows, rng, cascade
        self.forms = {f.code: f for f in forms}
        self.start, self.as_of = start, as_of
        self.months = months_between(start, as_of)
        self.holidays = {dt.date(m.year, mo, d) for m in self.months[::12] for mo, d, _ in HOLIDAYS}
        self.holidays |= {dt.date(as_of.year + 1, mo, d) for mo, d, _ in HOLIDAYS}
        self.visits_by_facility: dict[int, dict[dt.date, tuple[int, dt.date]]] = {}
        self.mentors_at: dict[int, list[MentorInfo]] = {}
        self.indicator_ids: dict[str, int] = {}

    def build(self, indicator_ids: dict[str, int]) -> None:
        self.indicator_ids = indicator_ids
        for year in sorted({m.year for m in self.months} | {self.as_of.year + 1}):
            for month, day, name in HOLIDAYS:
                self.rows.add_link("holiday", day=dt.date(year, month, day), name=name)
        self.rows.add_link("setting", key="fiscal_year_start_month", value="10")
        self.rows.add_link("setting", key="office_name", value="District Mentorship Office")
        self._visits()
        self._assessments()
        self._indicator_values()
        self._mentor_reports()

    # --- visits -----------------------------------------------------------------------
    def _visits(self) -> None:
        for mentor in self.cascade.mentors:
            for facility in mentor.facilities:
                self.mentors_at.setdefault(facility.id, []).append(mentor)
        for hospital in self.cascade.hospitals:
            team = [m for m in self.cascade.mentors
                    if m.kind is MentorKind.ASSOCIATION and hospital in m.facilities]
            self._monthly_visits(hospital, team, VisitKind.JOINT_HOSPITAL, days=3, first_day=5)
            self._supervision_visits(hospital)
        for mentor in self.cascade.mentors:
            if mentor.kind is MentorKind.DISTRICT:
                for index, center in enumerate(mentor.facilities):
                    self._monthly_visits(center, [mentor], VisitKind.HEALTH_CENTER, days=2,
                                         first_day=12 + 4 * index)
            elif mentor.kind is MentorKind.COMMUNITY:
                self._community_visits(mentor)

    def _visit(self, facility: Facility, mentors: list[MentorInfo], kind: VisitKind,
               planned: dt.date, days: int, chw_group: int | None = None) -> tuple[int, str]:
        end = planned + dt.timedelta(days=days - 1)
        if end >= self.as_of:
            status = VisitStatus.PLANNED
        else:
            status = VisitStatus.MISSED if self.rng.random() < 0.07 else VisitStatus.DONE
        done = status is VisitStatus.DONE
        visit_id = self.rows.add(
            "visit", org_unit_id=facility.id, chw_group_id=chw_group, kind=kind.value,
            status=status.value, planned_start=planned, planned_end=end,
            actual_start=planned if done else None, actual_end=end if done else None, notes=None)
        for mentor in mentors:
            present = (self.rng.random() > 0.05) if done else None
            self.rows.add_link("visit_mentor", visit_id=visit_id, mentor_id=mentor.id,
                               present=present)
        return visit_id, status.value

    def _monthly_visits(self, facility: Facility, team: list[MentorInfo], kind: VisitKind,
                        days: int, first_day: int) -> None:
        by_month = self.visits_by_facility.setdefault(facility.id, {})
        for month in [*self.months, (self.months[-1] + dt.timedelta(days=32)).replace(day=1)]:
            planned = working_day(month.replace(day=first_day), self.holidays, days)
            visit_id, status = self._visit(facility, team, kind, planned, days)
            if status == VisitStatus.DONE.value:
                by_month[month] = (visit_id, planned)
                self._visit_activities(visit_id, planned, kind)
                if kind in (VisitKind.JOINT_HOSPITAL, VisitKind.HEALTH_CENTER):
                    self._debriefing(visit_id, facility, planned + dt.timedelta(days=days - 1))

    def _supervision_visits(self, hospital: Facility) -> None:
        for month in self.months[::3]:
            planned = working_day(month.replace(day=22), self.holidays)
            self._visit(hospital, [], VisitKind.JOINT_SUPERVISION, planned, 1)

    def _community_visits(self, mentor: MentorInfo) -> None:
        center = next(c for g, c, _ in self.cascade.chw_groups if g in mentor.chw_groups)
        for month in self.months[3::3]:
            for offset, group in enumerate(mentor.chw_groups):
                planned = working_day(month.replace(day=2 + offset), self.holidays)
                self._visit(center, [mentor], VisitKind.COMMUNITY, planned, 1, chw_group=group)

    def _visit_activities(self, visit_id: int, day: dt.date, kind: VisitKind) -> None:
        kinds = [ActivityKind.ENTRY_MEETING, ActivityKind.DATA_REVIEW, ActivityKind.LDHF_SESSION,
                 ActivityKind.CASE_OBSERVATION, ActivityKind.DEBRIEFING]
        if kind is VisitKind.JOINT_HOSPITAL:
            kinds.insert(4, ActivityKind.WARD_ROUND)
        for activity in kinds:
            self.rows.add(
                "visit_activity", visit_id=visit_id, kind=activity.value, held_on=day,
                topic="Helping Babies Breathe" if activity is ActivityKind.LDHF_SESSION else None,
                indicators_reviewed="PNC_COVERAGE, NEO_HYPOTHERMIA"
                if activity is ActivityKind.DATA_REVIEW else None,
                attendee_count=self.rng.randint(3, 14),
                patient_consent=True if activity is ActivityKind.CASE_OBSERVATION else None,
                notes=None)

    # --- debriefings and QI -------------------------------------------------------------
    def _debriefing(self, visit_id: int, facility: Facility, day: dt.date) -> None:
        debriefing_id = self.rows.add(
            "debriefing", visit_id=visit_id, held_on=day,
            strengths=pick(self.rng, STRENGTHS), weaknesses=pick(self.rng, WEAKNESSES))
        for _ in range(self.rng.randint(1, 2)):
            text, escalation, actions = pick(self.rng, FINDINGS)
            finding_id = self.rows.add("finding", debriefing_id=debriefing_id, text=text)
            if self.rng.random() < 0.45:
                self._action(facility, finding_id, None, day, actions)
            if escalation and self.rng.random() < 0.25:
                self._escalation(facility, finding_id, escalation, day, text)
            if (facility.parent and facility.level.value == "hospital"
                    and self.rng.random() < QI_PROJECT_CHANCE):
                self._qi_project(facility, finding_id, day, TOPIC_OF_FINDING.get(text))

    def _action(self, facility: Facility, finding_id: int | None, project_id: int | None,
                day: dt.date, choices: tuple[str, ...]) -> None:
        due = day + dt.timedelta(days=self.rng.choice((14, 30, 45, 60)))
        status = ActionStatus.OPEN
        done_date = None
        if due < self.as_of:
            roll = self.rng.random()
            # teams close or drop what is long past due; recent actions are still under way
            done, going = (0.88, 0.93) if (self.as_of - due).days > 180 else (0.7, 0.85)
            status = (ActionStatus.DONE if roll < done else ActionStatus.IN_PROGRESS
                      if roll < going else ActionStatus.OPEN if roll < 0.95
                      else ActionStatus.DROPPED)
            if status is ActionStatus.DONE:
                done_date = min(self.as_of, due + dt.timedelta(days=self.rng.randint(-10, 20)))
                done_date = max(done_date, day)
        action_id = self.rows.add(
            "action_item", org_unit_id=facility.id, finding_id=finding_id, project_id=project_id,
            action=pick(self.rng, choices), responsible_id=None,
            responsible_name="Titulaire" if facility.level.value == "health_center"
            else "Head of maternity", due_date=due, resources=None, status=status.value,
            done_date=done_date,
            dropped_reason="Replaced by a district-wide action" if status is ActionStatus.DROPPED
            else None, created_on=day)
        self.rows.add("action_status_change", action_id=action_id, from_status=None,
                      to_status=ActionStatus.OPEN.value,
                      changed_at=dt.datetime.combine(day, dt.time(16)), changed_by="demo",
                      note=None)
        if status is not ActionStatus.OPEN:
            changed = done_date or due
            self.rows.add("action_status_change", action_id=action_id, from_status="open",
                          to_status=status.value,
                          changed_at=dt.datetime.combine(changed, dt.time(10)),
                          changed_by="demo", note=None)

    def _escalation(self, facility: Facility, finding_id: int, category: EscalationCategory,
                    day: dt.date, finding: str) -> None:
        level = EscalationLevel.MINISTRY if category is EscalationCategory.STAFFING \
            else EscalationLevel.DISTRICT
        resolved = day + dt.timedelta(days=self.rng.randint(20, 240))
        is_resolved = resolved < self.as_of and self.rng.random() < 0.7
        self.rows.add(
            "escalation", org_unit_id=facility.id, finding_id=finding_id, level=level.value,
            category=category.value, description=f"{finding} ({facility.name})",
            owner="District health office" if level is EscalationLevel.DISTRICT
            else "Ministry of Health", raised_on=day,
            status=(EscalationStatus.RESOLVED if is_resolved else EscalationStatus.OPEN).value,
            response="Addressed in the district plan" if is_resolved else None,
            resolved_on=resolved if is_resolved else None)

    def _qi_project(self, facility: Facility, finding_id: int, day: dt.date,
                    topic_index: int | None) -> None:
        topic = pick(self.rng, QI_TOPICS)
        if topic_index is not None:  # the finding says what to improve
            topic = QI_TOPICS[topic_index]
        title, indicator, measure, causes, action = topic
        project_id = self.rows.add(
            "qi_project", org_unit_id=facility.id, finding_id=finding_id, title=title,
            problem=f"{title}: current performance below the national target",
            aim=f"{title} to 90% within six months", measure=measure,
            indicator_id=self.indicator_ids.get(indicator),
            status=(QIStatus.ACTIVE if day > self.as_of - dt.timedelta(days=180)
                    else QIStatus.SUSTAINING).value, started_on=day, closed_on=None)
        for category, cause in zip((CauseCategory.STAFF, CauseCategory.EQUIPMENT,
                                    CauseCategory.PROCEDURES), causes, strict=True):
            self.rows.add("root_cause", project_id=project_id, parent_id=None,
                          category=category.value, text=cause)
        idea_id = self.rows.add("change_idea", project_id=project_id, text=action)
        self.rows.add("pdsa_cycle", project_id=project_id, change_idea_id=idea_id, cycle_no=1,
                      plan="Try it on one shift for two weeks", do="Done on the day shift",
                      study="The measure rose from 40% to 75% on that shift",
                      act="Adopt on all shifts", start_date=day,
                      end_date=day + dt.timedelta(days=14))
        self._action(facility, None, project_id, day, (action,))

    # --- assessments ------------------------------------------------------------------
    def _assessments(self) -> None:
        for mentee in self.cascade.mentees:
            assessor = self._assessor_for(mentee)
            for code in mentee.form_codes:
                form = self.forms.get(code)
                if form is not None:
                    self._mentee_course(mentee, form, assessor)
        for facility in self.cascade.hospitals + self.cascade.health_centers:
            self._baseline(facility)

    def _assessor_for(self, mentee: MenteePlan) -> MentorInfo | None:
        """A mentor of the mentee's facility in the mentee's area, else any of its mentors."""
        mentors = self.mentors_at.get(mentee.facility.id, [])
        same_area = [m for m in mentors if m.area == mentee.area]
        return pick(self.rng, same_area or mentors) if mentors else None

    def _visit_on_or_after(self, facility_id: int, day: dt.date) -> tuple[int | None, dt.date]:
        by_month = self.visits_by_facility.get(facility_id, {})
        month = day.replace(day=1)
        for _ in range(3):
            if month in by_month:
                visit_id, visit_day = by_month[month]
                if visit_day >= day:
                    return visit_id, visit_day
            month = (month + dt.timedelta(days=32)).replace(day=1)
        return None, working_day(day, self.holidays)

    def _mentee_course(self, mentee: MenteePlan, form: DemoForm,
                       assessor: MentorInfo | None) -> None:
        """Pre-test, then coaching every month or two until a post-mentorship passes."""
        skill = mentee.skill
        day = mentee.enrolled_on
        kind = AssessmentKind.PRE_TEST
        while day < self.as_of:
            visit_id, day = self._visit_on_or_after(mentee.facility.id, day)
            if day >= self.as_of:
                break
            passed = self._assessment(form, kind, mentee, assessor, visit_id, day, skill)
            if kind is AssessmentKind.POST_MENTORSHIP and passed:
                return
            skill = min(0.99, skill + self.rng.uniform(0.02, 0.08))
            kind = (AssessmentKind.POST_MENTORSHIP if skill > 0.86 else AssessmentKind.COACHING)
            day += dt.timedelta(days=self.rng.choice((28, 30, 45)))

    def _assessment(self, form: DemoForm, kind: AssessmentKind, mentee: MenteePlan | None,
                    assessor: MentorInfo | None, visit_id: int | None, day: dt.date,
                    skill: float, facility: Facility | None = None) -> bool:
        results: dict[str, str] = {}
        item_rows = []
        for item_id, code, critical in form.items:
            roll = self.rng.random()
            if not critical and roll < 0.03:
                result = ItemResult.NOT_APPLICABLE
            else:
                result = ItemResult.DONE if roll < skill + (0.05 if critical else 0) \
                    else ItemResult.NOT_DONE
            results[code] = result.value
            item_rows.append((item_id, result.value))
        outcome = score(results, (c for _, c, critical in form.items if critical))
        assessment_id = self.rows.add(
            "assessment", form_id=form.id, kind=kind.value,
            mentee_id=mentee.person_id if mentee else None,
            org_unit_id=(mentee.facility if mentee else facility).id,  # type: ignore[union-attr]
            assessor_id=assessor.person_id if assessor else None, visit_id=visit_id,
            assessed_on=day, done_count=outcome.done, applicable_count=outcome.applicable,
            score_pct=outcome.percent, all_critical_done=outcome.all_critical_done,
            strengths=None, to_improve=None,
            created_at=dt.datetime.combine(day, dt.time(15)))
        for item_id, value in item_rows:
            self.rows.add_link("assessment_item_result", assessment_id=assessment_id,
                               item_id=item_id, result=value, note=None)
        passed = kind is AssessmentKind.POST_MENTORSHIP and outcome.passes(form.threshold)
        if passed and mentee is not None:
            self.rows.add("validation", mentee_id=mentee.person_id, form_code=form.code,
                          assessment_id=assessment_id,
                          assessor_id=assessor.person_id if assessor else None, validated_on=day)
        return passed

    def _baseline(self, facility: Facility) -> None:
        form = self.forms.get("FAC-BASE")
        if form is None:
            return
        day = working_day(self.start, self.holidays)
        self._assessment(form, AssessmentKind.BASELINE, None, None, None, day,
                         self.rng.uniform(0.4, 0.8), facility=facility)

    # --- indicators and reports ----------------------------------------------------------
    def _indicator_values(self) -> None:
        for facility in self.cascade.hospitals:
            for code, indicator_id in self.indicator_ids.items():
                base = self.rng.uniform(0.45, 0.8)
                for index, month in enumerate(self.months[:-1]):
                    denominator = self.rng.randint(20, 160)
                    rate = base + index * 0.006 + self.rng.gauss(0, 0.05)
                    if code.endswith(("MORTALITY", "HYPOTHERMIA", "DEATH_24H")):
                        rate = max(0.0, 0.2 - index * 0.002 + self.rng.gauss(0, 0.03))
                    numerator = max(0, min(denominator, round(denominator * rate)))
                    self.rows.add("indicator_value", indicator_id=indicator_id,
                                  org_unit_id=facility.id, month=month, numerator=numerator,
                                  denominator=denominator)

    def _mentor_reports(self) -> None:
        for mentor in self.cascade.mentors:
            if mentor.kind not in (MentorKind.ASSOCIATION, MentorKind.DISTRICT):
                continue
            for month in self.months[1:]:
                if self.rng.random() < 0.15:
                    continue
                submitted = month + dt.timedelta(days=self.rng.randint(1, 10))
                feedback = self.rng.random() < 0.6
                if submitted > self.as_of:  # not yet sent in: the demo's today comes first
                    continue
                feedback = feedback and submitted + dt.timedelta(days=5) <= self.as_of
                self.rows.add(
                    "mentor_report", mentor_id=mentor.id,
                    month=(month - dt.timedelta(days=1)).replace(day=1),
                    visits_done=self.rng.randint(1, 2 * max(1, len(mentor.facilities))),
                    mentees_assessed=self.rng.randint(2, 12), validations=self.rng.randint(0, 3),
                    challenges=pick(self.rng, WEAKNESSES), submitted_on=submitted,
                    office_feedback="Thank you; please attach the tracker" if feedback else None,
                    feedback_on=submitted + dt.timedelta(days=5) if feedback else None)
