"""The figures the office reports, each defined once: reports and DHIS2 exports share them.

Each printed report's figures are gathered here, by one function per report kind taking the
session and the report's typed request (:mod:`.requests`), into one frozen dataclass that
:mod:`mentoroffice.reports` lays out. Nothing here imports ReportLab or Qt.
"""
