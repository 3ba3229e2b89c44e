"""The fishbone of a QI project, drawn on screen with QPainter.

Print uses `mentoroffice.reports.charts.fishbone_png` (matplotlib, 7-point text for paper).
Scaled into a panel on screen that drawing's text shrank below legibility, so the screen has
its own drawing with the same layout (spine to the problem's box on the right, one slanted
bone per category, alternately above and below, causes as ticks off their bone) in the
window's own font, sized to the panel, redrawn as it resizes, with no matplotlib to load.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

MAX_CAUSES_PER_BONE = 6
INK = QColor("#202020")
BOX_FILL = QColor("#e8e8e8")


class FishboneView(QWidget):
    """Problem on the right, a bone per category; at most six causes shown per bone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = ""
        self.bones: list[tuple[str, list[str]]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(420, 280)
        self.setAccessibleName(self.tr("Fishbone diagram"))

    def sizeHint(self) -> QSize:
        return QSize(760, 480)

    def show_causes(self, problem: str, causes: Mapping[str, Sequence[str]]) -> None:
        self.problem = problem
        self.bones = [(category, list(items)) for category, items in causes.items()]
        self.setToolTip("\n".join(f"{c}: " + "; ".join(items) for c, items in self.bones))
        self.update()

    def has_image(self) -> bool:
        return bool(self.problem)

    # --- drawing ----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if not self.problem:
            return
        area = QRectF(self.rect()).adjusted(10, 10, -10, -10)
        head = self._draw_head(painter, area)
        spine_y = head.center().y()
        painter.setPen(QPen(INK, 2.2))
        painter.drawLine(QPointF(area.left(), spine_y), QPointF(head.left() - 2, spine_y))
        self._draw_arrow(painter, QPointF(head.left() - 2, spine_y))
        bones = self.bones or [(self.tr("(no causes yet)"), [])]
        per_side = math.ceil(len(bones) / 2)
        spacing = (head.left() - 12 - area.left()) / per_side
        for index, (category, causes) in enumerate(bones):
            root_x = area.left() + (index // 2 + 1) * spacing
            self._draw_bone(painter, area, category, causes, root_x, spine_y, spacing,
                            up=index % 2 == 0)

    def _draw_head(self, painter: QPainter, area: QRectF) -> QRectF:
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        width = max(120.0, min(230.0, area.width() * 0.2))
        metrics = QFontMetricsF(font)
        text_rect = metrics.boundingRect(QRectF(0, 0, width - 12, area.height() * 0.6),
                                         int(Qt.TextFlag.TextWordWrap), self.problem)
        height = min(area.height() * 0.6, text_rect.height() + 14)
        head = QRectF(area.right() - width, area.center().y() - height / 2, width, height)
        painter.setPen(QPen(INK, 2))
        painter.setBrush(Qt.GlobalColor.white)
        painter.drawRect(head)
        painter.drawText(head.adjusted(6, 6, -6, -6),
                         int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                         self.problem)
        return head

    def _draw_arrow(self, painter: QPainter, tip: QPointF) -> None:
        painter.setBrush(INK)
        painter.drawPolygon([tip, QPointF(tip.x() - 10, tip.y() - 5),
                             QPointF(tip.x() - 10, tip.y() + 5)])

    def _draw_bone(self, painter: QPainter, area: QRectF, category: str, causes: list[str],
                   root_x: float, spine_y: float, spacing: float, up: bool) -> None:
        sign = -1 if up else 1
        label_font = QFont(self.font())
        label_font.setBold(True)
        label_height = QFontMetricsF(label_font).height() + 8
        height = area.height() / 2 - label_height - 6
        run = min(spacing * 0.3, height * 0.55)
        end = QPointF(root_x - run, spine_y + sign * height)
        painter.setPen(QPen(INK, 1.6))
        painter.drawLine(end, QPointF(root_x, spine_y))
        self._draw_label(painter, label_font, category, end, label_height, up)
        shown = causes if len(causes) <= MAX_CAUSES_PER_BONE else (
            [*causes[: MAX_CAUSES_PER_BONE - 1],
             self.tr("(+%1 more)").replace("%1", str(len(causes) - MAX_CAUSES_PER_BONE + 1))])
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        room = height / (len(shown) + 1)
        lines = max(1, min(3, int(room // metrics.lineSpacing())))
        text_width = max(40.0, spacing - run - 18)
        for number, cause in enumerate(shown, start=1):
            y = end.y() - sign * number * room
            x = root_x - run * abs(y - spine_y) / height
            painter.setPen(QPen(INK, 1))
            painter.drawLine(QPointF(x - 10, y), QPointF(x, y))
            box = QRectF(x - 14 - text_width, y - lines * metrics.lineSpacing() / 2,
                         text_width, lines * metrics.lineSpacing())
            painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                                      | Qt.TextFlag.TextWordWrap),
                             self._fit(metrics, cause, text_width, lines))

    def _draw_label(self, painter: QPainter, font: QFont, text: str, end: QPointF,
                    height: float, up: bool) -> None:
        painter.setFont(font)
        width = QFontMetricsF(font).horizontalAdvance(text) + 12
        top = end.y() - height if up else end.y()
        box = QRectF(end.x() - width / 2, top, width, height - 2)
        painter.setPen(QPen(INK, 1))
        painter.setBrush(BOX_FILL)
        painter.drawRect(box)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)

    @staticmethod
    def _fit(metrics: QFontMetricsF, text: str, width: float, lines: int) -> str:
        """The text, cut with an ellipsis when it needs more than `lines` lines."""
        room = lines * metrics.lineSpacing() + 1

        def height(candidate: str) -> float:
            return metrics.boundingRect(QRectF(0, 0, width, 10_000),
                                        int(Qt.TextFlag.TextWordWrap), candidate).height()

        if height(text) <= room:
            return text
        while text and height(text + "…") > room:
            text = text[:-1]
        return text.rstrip() + "…"
