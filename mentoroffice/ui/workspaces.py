"""The working pages of each section (registry, checklists, visits, QI...), for the main window.

Each feature package offers `<feature>_pages(office, parent)` -> [(title, widget)]; this module
places them in the sections. A section's own paged list stays as its last tab, "All records".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QWidget

from ..office import Office
from .audit_page import audit_pages
from .cascade import cascade_pages
from .checklists import checklist_pages
from .exchange import exchange_pages
from .indicators import indicator_pages
from .reports import report_pages
from .users_page import users_pages
from .visits import visit_pages

Workspaces = dict[str, list[tuple[str, QWidget]]]

# A choice list is at least this many characters wide; longer items are elided in the closed
# list (its drop-down shows them whole), so no translation widens the window past the screen.
COMBO_MIN_CHARACTERS = 12


def build_workspaces(office: Office, parent: QWidget) -> Workspaces:
    facilities, people, coverage = cascade_pages(office, parent)
    planning, qi_projects, actions, mentor_reports = visit_pages(office, parent)
    workspaces = {
        "facilities": [facilities, coverage],
        "people": [people],
        "visits": [planning, mentor_reports],
        "assessments": checklist_pages(office, parent),
        "qi": [qi_projects, actions],
        "indicators": indicator_pages(office, parent),
        "reports": report_pages(office, parent) + exchange_pages(office, parent,
                                                                  _reopen_of(parent))
                   + users_pages(office, parent) + audit_pages(office, parent),
    }
    for pages in workspaces.values():
        for _title, page in pages:
            let_choice_lists_shrink(page)
    return workspaces


def let_choice_lists_shrink(page: QWidget) -> None:
    """The window's width is the widest page's: combo boxes sized to their longest item (a
    facility's full name, a French or Kinyarwanda label) would set it."""
    shrinkable = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
    for combo in page.findChildren(QComboBox):
        widest = combo.fontMetrics().averageCharWidth() * COMBO_MIN_CHARACTERS
        if combo.sizeAdjustPolicy() != shrinkable and combo.sizeHint().width() > widest:
            combo.setSizeAdjustPolicy(shrinkable)
            combo.setMinimumContentsLength(COMBO_MIN_CHARACTERS)
            # Qt keeps the minimum size hint it computed before the policy changed; an
            # explicit minimum width is what layouts then go by.
            combo.setMinimumWidth(combo.sizeHint().width())
    # Layouts of pages never shown yet keep the sizes they cached: drop them all.
    for widget in [*page.findChildren(QWidget), page]:
        widget.updateGeometry()


def _reopen_of(parent: QWidget) -> Callable[[], None] | None:
    """After a restore the office is opened again in a new window, when the window can."""
    can_reopen = getattr(parent, "can_reopen", None)
    if can_reopen is None or not can_reopen():
        return None
    return parent.request_reopen  # type: ignore[attr-defined]
