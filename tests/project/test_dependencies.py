"""The packages depend on each other as pyproject.toml's dependency contract says (import-linter:
layers top to bottom, and nothing below reaches the command line or the window), and no two
packages import each other, even through others or inside a function."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def lint_imports() -> str:
    """import-linter's program, installed beside this Python (bin/ or Scripts/)."""
    found = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert found, (f"lint-imports is not installed beside {sys.executable}: "
                   "install the 'check' extra")
    return found


def package_graph_script() -> ModuleType:
    path = ROOT / "scripts" / "package_graph.py"
    spec = importlib.util.spec_from_file_location("package_graph", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_dependency_contract_holds() -> None:
    # GIVEN the contract in pyproject.toml, WHEN import-linter checks the package (afresh, no
    # cache), THEN every contract is kept
    done = subprocess.run([lint_imports(), "--no-cache", "--no-logo"], cwd=ROOT, check=False,
                          capture_output=True, text=True, encoding="utf-8")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout, done.stdout


def test_no_package_imports_one_that_imports_it() -> None:
    # GIVEN the package graph scripts/package_graph.py draws (a top-level module counts as a
    # package, imports inside functions count), THEN it has no cycle
    script = package_graph_script()
    graph = script.package_graph()
    assert {"cli", "ui", "core", "data", "checklists", "reports"} <= set(graph)  # it sees them
    loops = [" -> ".join(loop) for loop in script.cycles(graph)]
    assert loops == [], "\n".join(loops)
