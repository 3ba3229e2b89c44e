"""Mentorship visits: the monthly plan and what happened on each visit."""
