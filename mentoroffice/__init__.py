"""MentorOffice: a district hospital clinical-mentorship office's desktop application."""

__version__ = "0.1.0"
