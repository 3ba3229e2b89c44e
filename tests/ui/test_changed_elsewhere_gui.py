"""The window when another PC saved the record first: it says what changed, offers Reload,
and after the reload the person's own change saves."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace

import pytest
from cascade_world import World, build_world
from PySide6.QtCore import Qt

from mentoroffice.cascade.service import CascadeService
from mentoroffice.data.enums import VisitKind
from mentoroffice.data.models import Visit
from mentoroffice.qi.service import QIService
from mentoroffice.ui.cascade.person_dialogs import PersonDialog
from mentoroffice.ui.visits.common import VisitsContext
from mentoroffice.ui.visits.plan_dialogs import MoveVisitDialog
from mentoroffice.visits.service import VisitService

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def world(session) -> World:  # type: ignore[no-untyped-def]
    world = build_world(session)
    world.person("mentee", "Émilienne", "Nyirahabimana", posted_at="hospital")
    session.commit()
    return world


def test_the_person_dialog_says_what_the_other_pc_changed_and_reloads(qtbot, office, world,  # type: ignore[no-untyped-def]
                                                                     tmp_path) -> None:
    cascade = CascadeService(office.session_factory)
    page = cascade.person_page(world.ids["mentee"])
    dialog = PersonDialog(cascade, page)
    qtbot.addWidget(dialog)
    dialog.show()
    # Meanwhile, on the other PC:
    cascade.update_person(page.id, replace(page.details(), phone="0788 123 456"), page.version,
                          read=page.details())
    qtbot.keyClicks(dialog.qualification_edit, "A1 midwife")
    qtbot.mouseClick(dialog.save_button, LEFT)

    assert dialog.isVisible()
    message = dialog.errors.general.text()
    assert "changed on another PC since you opened it" in message
    assert "Phone is now “0788 123 456”." in message
    assert dialog.reload_button.isVisible()
    if os.environ.get("MENTOROFFICE_SHOTS"):
        dialog.grab().save(str(tmp_path / "person-changed-elsewhere.png"))

    qtbot.mouseClick(dialog.reload_button, LEFT)
    assert dialog.phone_edit.text() == "0788 123 456"
    assert not dialog.reload_button.isVisible() and not dialog.errors.general.isVisible()
    qtbot.keyClicks(dialog.qualification_edit, "A1 midwife")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    saved = cascade.person_page(page.id)
    assert (saved.phone, saved.qualification) == ("0788 123 456", "A1 midwife")


def test_moving_a_visit_moved_on_another_pc_offers_to_reload(qtbot, office, world,  # type: ignore[no-untyped-def]
                                                             session) -> None:
    visit = Visit(org_unit_id=world.ids["hc1"], kind=VisitKind.HEALTH_CENTER.value,
                  planned_start=dt.date(2026, 9, 7), planned_end=dt.date(2026, 9, 7))
    session.add(visit)
    session.commit()
    visits = VisitService(office.session_factory)
    context = VisitsContext(visits, QIService(office.session_factory), lambda: dt.date(2026, 8, 31),
                            "QI office")
    row = visits.visit_detail(visit.id).visit
    dialog = MoveVisitDialog(context, row)
    qtbot.addWidget(dialog)
    dialog.show()
    visits.move_visit(row.id, dt.date(2026, 9, 14), row.version)  # the other PC
    dialog.date_edit.setDate(dt.date(2026, 9, 21))
    dialog.accept()
    assert dialog.isVisible() and dialog.reload_button.isVisible()
    assert "changed on another PC" in dialog.general_error.text()
    qtbot.mouseClick(dialog.reload_button, LEFT)
    assert dialog.reload_requested and not dialog.isVisible()
    assert visits.visit_detail(row.id).visit.planned_start == dt.date(2026, 9, 14)
