"""The layers of DESIGN.md hold: data/ imports nothing of ours nor Qt; ui/ builds no SQL;
domain code imports no Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "mentoroffice"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    package_parts = path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package_parts[: len(package_parts) - node.level + 1]
                names.add(".".join((*base, node.module or "")).rstrip("."))
            elif node.module:
                names.add(node.module)
    return names


def modules_under(folder: str) -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py")) if folder else sorted(PACKAGE.glob("*.py"))


def layer_of(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0] if len(relative.parts) > 1 else "root"


@pytest.mark.parametrize("path", modules_under("data"), ids=lambda p: p.name)
def test_data_layer_imports_neither_qt_nor_the_rest_of_the_app(path: Path) -> None:
    for name in imported_modules(path):
        assert not name.startswith(("PySide6", "shiboken6")), f"{path.name} imports {name}"
        if name.startswith("mentoroffice."):
            assert name.startswith("mentoroffice.data"), f"{path.name} imports {name}"


@pytest.mark.parametrize("path", modules_under("ui"), ids=lambda p: p.name)
def test_ui_builds_no_sql(path: Path) -> None:
    for name in imported_modules(path):
        assert not name.startswith("sqlalchemy"), f"{path.name} imports {name}"
        assert not name.startswith("mentoroffice.data.models"), f"{path.name} imports {name}"


def domain_modules() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if layer_of(p) not in ("ui", "data")
            and p.name not in ("cli.py", "__main__.py")]


@pytest.mark.parametrize("path", domain_modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_domain_code_imports_no_qt(path: Path) -> None:
    for name in imported_modules(path):
        assert not name.startswith(("PySide6", "shiboken6", "mentoroffice.ui")), (
            f"{path.relative_to(PACKAGE)} imports {name}"
        )


def test_the_checks_see_the_packages() -> None:
    assert len(modules_under("data")) >= 10
    assert imported_modules(PACKAGE / "data" / "database.py") >= {"mentoroffice.data.backup"}
