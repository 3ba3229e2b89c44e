"""Work off the GUI thread: database queries, reports, imports.

A task is a plain function called with a `TaskContext` (progress, cancellation); its result or
exception comes back on the GUI thread by signal. Each task opens its own database session from
the session factory: sessions never cross threads. What a task's writes change is reported
once, when it ends (`core.changes.gathering`), however many transactions it made.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..core.changes import gathering

log = logging.getLogger(__name__)


class TaskContext:
    """Handed to the task function: report progress, ask whether the person cancelled."""

    def __init__(self, signals: TaskSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def progress(self, done: int, total: int) -> None:
        self._signals.progress.emit(done, total)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class TaskSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    def __init__(self, function: Callable[[TaskContext], Any]) -> None:
        super().__init__()
        self.function = function
        self.signals = TaskSignals()
        self.context = TaskContext(self.signals)
        self.setAutoDelete(False)  # the caller keeps it until its signal arrives

    def run(self) -> None:
        try:
            with gathering():
                result = self.function(self.context)
        except BaseException as error:  # noqa: BLE001 - every failure goes back to the GUI
            log.info("Background task failed: %s", error, exc_info=True)
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


class TaskRunner(QObject):
    """Starts tasks on a thread pool and keeps them alive until they report."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._running: set[Task] = set()

    def start(self, function: Callable[[TaskContext], Any],
              on_result: Callable[[Any], None],
              on_error: Callable[[BaseException], None],
              on_progress: Callable[[int, int], None] | None = None) -> Task:
        task = Task(function)
        self._running.add(task)
        task.signals.finished.connect(lambda result: self._done(task, on_result, result))
        task.signals.failed.connect(lambda error: self._done(task, on_error, error))
        if on_progress is not None:
            task.signals.progress.connect(on_progress)
        self.pool.start(task)
        return task

    def _done(self, task: Task, callback: Callable[[Any], None], value: Any) -> None:
        self._running.discard(task)
        callback(value)

    def busy(self) -> bool:
        return bool(self._running)

    def cancel_all(self) -> None:
        for task in list(self._running):
            task.context.cancel()
