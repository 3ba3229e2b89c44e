"""The window: Qt widgets, dialogs, table models, charts and the task runner; it calls the
domain packages and builds no SQL (DESIGN.md's layers). A regular package, like the others, so
the dependency contract (import-linter, pyproject.toml) sees its modules."""
