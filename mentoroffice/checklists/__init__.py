"""Competency checklists and facility tools: form definitions read from ``forms/*.toml``.

This package is free of Qt and of the database; see :mod:`mentoroffice.checklists.forms`.
"""
