"""What the signed-in user's role may not do is disabled in the window, with a tooltip saying why.

`allow(widget, actor, permission)` is the one call every page makes for a button or an action
that starts a write. A refused widget stays disabled for good: pages that enable their buttons
by selection call `setEnabled(True)` as before, and the guard turns it off again at once, so
"enabled" means "the selection allows it and the role allows it". The service still refuses
the write itself (core.access); this only spares people a button that would be refused.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ..core.access import ROLE_LABELS, Actor, Permission

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
GUARD_NAME = "roleGuard"


def what_it_does(permission: Permission) -> str:
    """What a permission lets a role do, as the tooltip's end: "cannot {this}"."""
    return {
        Permission.REGISTRY: translate("Access", "change the registry"),
        Permission.PLANS: translate("Access", "plan or move visits"),
        Permission.FIELD_RECORDS: translate("Access", "record visits or mentor reports"),
        Permission.ASSESSMENTS: translate("Access", "enter assessments or coaching plans"),
        Permission.ANY_ASSESSMENT: translate("Access", "correct other people's assessments"),
        Permission.QI: translate("Access", "change QI projects, actions or escalations"),
        Permission.INDICATORS: translate("Access", "enter indicator values"),
        Permission.IMPORT: translate("Access", "import files"),
        Permission.EXPORT: translate("Access", "export data"),
        Permission.REPORTS: translate("Access", "print reports"),
        Permission.BACKUP: translate("Access", "make backups"),
        Permission.RESTORE: translate("Access", "restore a backup"),
        Permission.USERS: translate("Access", "manage the office's users"),
        Permission.SETTINGS: translate("Access", "change the office's settings"),
        Permission.AUDIT: translate("Access", "read the audit trail"),
    }[permission]


def why_not(actor: Actor, permission: Permission) -> str:
    role = translate("Rules", ROLE_LABELS[actor.role])
    return translate("Access", "Your role ({role}) cannot {what}.").format(
        role=role, what=what_it_does(permission))


class _Guard(QObject):
    """Keeps a refused widget or action disabled whatever its page enables."""

    def __init__(self, target: QWidget | QAction) -> None:
        super().__init__(target)
        self.setObjectName(GUARD_NAME)
        self.target = target
        if isinstance(target, QAction):
            target.enabledChanged.connect(self._keep_off)
        else:
            target.installEventFilter(self)

    def _keep_off(self, enabled: bool = True) -> None:
        if enabled and self.target.isEnabled():
            self.target.setEnabled(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.EnabledChange:
            self._keep_off()
        return False


def allow(target: QWidget | QAction, actor: Actor | None, permission: Permission) -> bool:
    """Whether `actor` may use `target`; if not, it is disabled for good with the reason as
    its tooltip. No actor (a page made without signing in, as in tests) is not refused here:
    the service refuses the write."""
    if actor is None or actor.may(permission):
        return True
    reason = why_not(actor, permission)
    target.setToolTip(reason)
    if isinstance(target, QWidget):
        target.setToolTipDuration(-1)
    target.setEnabled(False)
    if target.findChild(QObject, GUARD_NAME) is None:
        _Guard(target)
    return False


def allow_all(targets: list[QWidget | QAction] | tuple[QWidget | QAction, ...],
              actor: Actor | None, permission: Permission) -> bool:
    allowed = True
    for target in targets:
        allowed = allow(target, actor, permission) and allowed
    return allowed
