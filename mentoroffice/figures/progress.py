"""What gathering and laying out a report share: its progress steps, cancelling, and the
errors that say why a report cannot be produced.

Pure Python (no SQLAlchemy, no ReportLab): :mod:`mentoroffice.reports` re-exports these, so
that the command line and the window catch one class whichever half raised it.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["Cancelled", "Progress", "ReportCancelled", "ReportError", "Steps"]

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ReportError(Exception):
    """A report that could not be produced; the message says what to do about it."""

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


class ReportCancelled(Exception):
    """The person cancelled the report; nothing was written."""


class Steps:
    """Counts work done for the progress bar and stops when the person cancels.

    Gathering says how many steps the whole report takes (:meth:`expect`) once it knows (a
    district pack: by its hospitals); gathering and laying out then tick the same steps.
    """

    def __init__(self, total: int, progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> None:
        self.done, self.total = 0, max(total, 1)
        self._progress, self._cancelled = progress, cancelled

    def expect(self, total: int) -> None:
        self.total = max(total, 1)

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ReportCancelled("The report was cancelled; no file was written.")

    def tick(self, count: int = 1) -> None:
        self.check()
        self._report(min(self.done + count, self.total))

    def finish(self) -> None:
        """The file is written: too late to cancel, the bar goes to its end."""
        self._report(self.total)

    def _report(self, done: int) -> None:
        self.done = done
        if self._progress is not None:
            self._progress(self.done, self.total)
