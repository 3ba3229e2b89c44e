"""The working pages of each section (registry, checklists, visits, QI...), for the main window.

Each feature package offers a `<feature>_group(office, parent)` of pages built when first
needed; this module places their stand-ins (`LazyPage`) in the sections, so the window opens
with only the page it shows, and each page loads when it is first shown. A section's own
paged list stays as its last tab, "All records".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from ..office import Office
from .audit_page import audit_pages, may_read_audit
from .cascade import cascade_group, cascade_titles
from .changes import ChangeBroadcaster
from .checklists import checklist_group, checklist_titles
from .exchange import exchange_pages
from .indicators import indicator_group, indicator_titles
from .lazy_page import LazyPage, PageGroup
from .reports import report_pages
from .users_page import may_manage_users, users_pages
from .visits import visit_group, visit_titles

Workspaces = dict[str, list[tuple[str, QWidget]]]

# A choice list is at least this many characters wide; longer items are elided in the closed
# list (its drop-down shows them whole), so no translation widens the window past the screen.
COMBO_MIN_CHARACTERS = 12


def build_workspaces(office: Office, parent: QWidget,
                     changes: ChangeBroadcaster | None = None) -> Workspaces:
    """Each section's working pages as (title, stand-in); nothing is built or loaded yet.
    The pages reload on `changes`, by default the window's (`parent.changes`)."""
    changes = changes or getattr(parent, "changes", None) or ChangeBroadcaster(
        office.session_factory, parent)
    cascade = cascade_group(office, parent, changes=changes)
    visits = visit_group(office, parent, changes=changes)
    checklists = checklist_group(office, parent, changes=changes)
    indicators = indicator_group(office, parent, changes=changes)
    office_pages = office_group(office, parent)
    for group in (cascade, visits, checklists, indicators, office_pages):
        group.add_hook_to_all(let_choice_lists_shrink)

    def places(group: PageGroup, titles: dict[str, str], *keys: str) -> list[tuple[str, QWidget]]:
        return [(titles[key], group.place(key)) for key in keys]

    visit_names, office_names = visit_titles(), office_titles(office)
    return {
        "facilities": places(cascade, cascade_titles(), "facilities", "coverage"),
        "people": places(cascade, cascade_titles(), "people"),
        "visits": places(visits, visit_names, "planning", "mentor_reports"),
        "assessments": places(checklists, checklist_titles(), "entry", "tracker"),
        "qi": places(visits, visit_names, "qi_projects", "actions"),
        "indicators": places(indicators, indicator_titles(), "values", "charts"),
        "reports": places(office_pages, office_names, *office_names),
    }


def office_group(office: Office, parent: QWidget) -> PageGroup:
    """Reports, data in and out, backups, and for those who may: users and the audit."""
    group = PageGroup(parent)
    group.add("reports", lambda: report_pages(office, parent)[0][1])
    exchange: list[tuple[str, QWidget]] = []

    def exchange_page(index: int) -> QWidget:
        if not exchange:  # the two pages share a worker: built together, when either is shown
            exchange.extend(exchange_pages(office, parent, _reopen_of(parent)))
        return exchange[index][1]

    group.add("data", lambda: exchange_page(0))
    group.add("backups", lambda: exchange_page(1))
    if may_manage_users(office):
        group.add("users", lambda: users_pages(office, parent)[0][1])
    if may_read_audit(office):
        group.add("audit", lambda: audit_pages(office, parent)[0][1])
    return group


def office_titles(office: Office) -> dict[str, str]:
    """The Reports section's tabs, in order; users and audit only for those who may."""
    translate = QCoreApplication.translate
    titles = {"reports": translate("Reports", "Reports"),
              "data": translate("Exchange", "Data in and out"),
              "backups": translate("Exchange", "Backups")}
    if may_manage_users(office):
        titles["users"] = translate("Users", "Users")
    if may_read_audit(office):
        titles["audit"] = translate("Audit", "Audit")
    return titles


def built_pages(workspaces: Workspaces) -> list[QWidget]:
    """The pages built so far (a test looks that nothing is built before it is shown)."""
    return [place.page for pages in workspaces.values() for _title, place in pages
            if isinstance(place, LazyPage) and place.page is not None]


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
