"""Printed reports: PDF documents built with ReportLab platypus.

``pdf`` holds the shared machinery (embedded DejaVu fonts, styles, the A4 page
template with header and "Page x of y" footer, standard tables, atomic writing);
``layout`` the pieces several reports share (headings, text tables, label/value
grids, progress steps). One module per report takes a SQLAlchemy ``Session``,
gathers its figures (mostly through :mod:`mentoroffice.figures`) and builds its
story from plain dataclasses; ``catalog.generate`` is the one way in. Nothing
here imports Qt: the UI calls these functions off the GUI thread, each with a
session of its own.

This package imports nothing at import time, so that ReportLab is only loaded
when a report is first printed.
"""
