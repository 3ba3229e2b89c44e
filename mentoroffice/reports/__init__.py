"""Printed reports: PDF documents built with ReportLab platypus.

``pdf`` holds the shared machinery (embedded DejaVu fonts, styles, the A4 page
template with header and "Page x of y" footer, standard tables, atomic writing);
``layout`` the pieces several reports share (headings, text tables, label/value
grids, progress checkpoints). A report is gathered, then laid out: its figures are
read from the records by :mod:`mentoroffice.figures` into one frozen dataclass, and
one module here lays that dataclass out (no layout module sees a session).
``catalog`` is the registry and the one way in (``generate(session, request, out)``);
``service`` is the window's, opening a session of its own for each report. Nothing
here imports Qt: the UI calls these functions off the GUI thread.

This package imports nothing at import time, so that ReportLab is only loaded
when a report is first printed.
"""
