"""The package list, which pyproject.toml cannot state: every package under mentoroffice/
(found as namespace packages too: mentoroffice/ui has no __init__.py), plus the two data
packages that live at the top of the repository (forms/ and resources/, mapped in
pyproject.toml's [tool.setuptools.package-dir])."""

from setuptools import find_namespace_packages, setup

setup(packages=[*find_namespace_packages(include=["mentoroffice", "mentoroffice.*"],
                                         exclude=["*.__pycache__"]),
                "mentoroffice.forms", "mentoroffice.resources"])
