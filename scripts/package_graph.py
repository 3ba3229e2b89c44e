"""Print which of MentorOffice's packages import which, and the cycles among them.

    python scripts/package_graph.py

One line per package ("cascade -> core data text"), then every cycle found, or "no cycles".
A top-level module (cli.py, office.py, ...) counts as a package of its own. Imports made
inside functions count too: a cycle that only closes at run time is still a cycle to the
reader. The dependency contract itself is checked by import-linter (pyproject.toml).
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "mentoroffice"


def package_of(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def imported_names(path: Path) -> Iterator[str]:
    parts = ("mentoroffice", *path.relative_to(PACKAGE).with_suffix("").parts[:-1])
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = parts[: len(parts) - node.level + 1]
                yield ".".join((*base, *([node.module] if node.module else [])))
            elif node.module:
                yield node.module


def package_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        source = package_of(path)
        targets = graph.setdefault(source, set())
        for name in imported_names(path):
            if name.startswith("mentoroffice."):
                target = name.split(".")[1]
                if target != source:
                    targets.add(target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each elementary cycle once, starting from its alphabetically first package."""
    found: list[list[str]] = []

    def walk(start: str, node: str, path: list[str]) -> None:
        for target in sorted(graph.get(node, ())):
            if target == start:
                found.append([*path, start])
            elif target > start and target not in path:
                walk(start, target, [*path, target])

    for start in sorted(graph):
        walk(start, start, [start])
    return found


def main() -> int:
    graph = package_graph()
    for package in sorted(graph):
        print(f"{package} -> {' '.join(sorted(graph[package]))}")
    loops = cycles(graph)
    print(f"\n{len(loops)} cycle(s)" if loops else "\nno cycles")
    for loop in loops:
        print("  " + " -> ".join(loop))
    return 1 if loops else 0


if __name__ == "__main__":
    sys.exit(main())
