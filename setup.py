"""The package list, which pyproject.toml cannot state: every mentoroffice package found in
mentoroffice/, plus the two data packages that live at the top of the repository (forms/ and
resources/, mapped in pyproject.toml's [tool.setuptools.package-dir])."""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["mentoroffice*"]),
                "mentoroffice.forms", "mentoroffice.resources"])
