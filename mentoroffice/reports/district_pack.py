"""The district coordination meeting pack: a summary by level of the cascade (hospitals,
health centers, health posts, community), then each hospital's quarterly report as
:mod:`.supervision` prints it. Its figures are gathered first, by
:mod:`mentoroffice.figures.district_pack`.

Laying out ticks the pack's progress steps (one per hospital) and asks whether to stop: the
GUI shows a bar and may cancel, which raises :class:`ReportCancelled` and leaves no file behind.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph

from ..figures.district_pack import DistrictPack
from ..figures.facility_quarter import OPEN_ESCALATIONS
from ..figures.progress import ReportCancelled, Steps
from ..figures.validation_summary import percent
from .layout import Checkpoint, count_pct, period_meta, section, text_table
from .pdf import ReportStyles, build_pdf, esc, report_styles
from .supervision import hospital_story

__all__ = ["ReportCancelled", "district_pack_pdf"]


# --------------------------------------------------------------------------- district summary


def _levels_table(pack: DistrictPack, styles: ReportStyles) -> Flowable:
    rows = [[line.label, f"{line.units}", f"{line.planned}", count_pct(line.done, line.planned),
             f"{line.missed}", "—" if line.assessed is None else f"{line.assessed}",
             count_pct(line.validated, line.assessed),
             "—" if line.assessed is None else f"{line.overdue_actions} / {line.open_actions}",
             "—" if line.assessed is None else f"{line.open_escalations}"]
            for line in pack.levels]
    return text_table(["Level", "Units", "Visits planned", "Visits done", "Missed",
                       "Mentees assessed", "Mentees validated", "Actions overdue / open",
                       "Escalations open"], rows,
                      [0, 12 * mm, 16 * mm, 20 * mm, 14 * mm, 18 * mm, 21 * mm, 20 * mm,
                       21 * mm], styles, numeric_from=1)


def _community_table(pack: DistrictPack, styles: ReportStyles) -> Flowable:
    rows = [[c.area, f"{c.groups}", count_pct(c.visited, c.groups), f"{c.chws_reached:,}",
             f"{c.mentors}"] for c in pack.community]
    return text_table(["Community technical area", "CHW groups", "Groups visited", "CHWs reached",
                   "Community mentors"], rows, [0, 22 * mm, 26 * mm, 24 * mm, 24 * mm], styles,
                  numeric_from=1, empty="No CHW group in the district.")


def _hospitals_table(pack: DistrictPack, styles: ReportStyles) -> Flowable:
    rows = []
    for hospital in pack.sections:
        fq = hospital.figures
        share = percent(fq.visits.done, fq.visits.planned)
        rows.append([fq.facility_name, f"{fq.visits.done} of {fq.visits.planned}"
                     + (f" ({share}%)" if share is not None else ""),
                     f"{fq.mentees_assessed}",
                     count_pct(fq.mentees_validated, fq.mentees_assessed),
                     f"{sum(1 for a in fq.actions if a.overdue)}",
                     f"{sum(1 for e in fq.escalations if e.status in OPEN_ESCALATIONS)}",
                     f"{len(hospital.charts)}"])
    return text_table(["Hospital and its catchment", "Visits done", "Mentees assessed",
                       "Mentees validated", "Actions overdue", "Escalations open",
                       "Run charts"], rows,
                      [0, 28 * mm, 20 * mm, 22 * mm, 19 * mm, 21 * mm, 15 * mm], styles,
                      numeric_from=1, empty="No hospital in the district.")


def _district_story(pack: DistrictPack, styles: ReportStyles, steps: Steps) -> list[Flowable]:
    note = ("Visits count those planned in the quarter (cancelled ones left out); community "
            "visits are those to CHW groups. Mentees and validations follow the definitions of "
            "the validation summary. Actions and escalations: as they stand today.")
    story: list[Flowable] = [*section("1. District summary by level",
                                      _levels_table(pack, styles), styles),
                             Paragraph(esc(note), styles.small_italic),
                             *section("2. Community level", _community_table(pack, styles),
                                      styles),
                             *section("3. Hospitals", _hospitals_table(pack, styles), styles)]
    big = styles.title.clone("SectionTitle", fontSize=12.5, leading=16, spaceAfter=3)
    for number, hospital in enumerate(pack.sections, start=4):
        story += [PageBreak(), Checkpoint(steps),
                  Paragraph(f"{number}. {esc(hospital.figures.facility_name)}", big),
                  *hospital_story(hospital, styles, number=f"{number}.")]
    return story


# --------------------------------------------------------------------------- public API


def district_pack_pdf(pack: DistrictPack, out: Any, steps: Steps | None = None) -> int:
    """The district coordination meeting pack; returns the page count."""
    steps = steps or Steps(1)
    styles = report_styles()
    meta = period_meta(pack.office, "District coordination meeting pack", pack.district_name,
                       pack.period)
    pages = build_pdf(out, _district_story(pack, styles, steps), meta)
    steps.finish()
    return pages
