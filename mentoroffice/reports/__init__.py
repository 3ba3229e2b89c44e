"""Printed reports: PDF documents built with ReportLab platypus.

``pdf`` holds the shared machinery (embedded DejaVu fonts, styles, the A4 page
template with header and "Page x of y" footer, standard tables, atomic writing);
one module per report builds its story from plain dataclasses. Nothing here
imports Qt or the database: the UI gathers the data and calls these functions,
off the GUI thread.

This package imports nothing at import time, so that ReportLab is only loaded
when a report is first printed.
"""
