"""`python -m mentoroffice` and the `mentoroffice` command: the composition root."""

from __future__ import annotations

import sys

from .cli import main


def gui_main() -> int:
    return main(sys.argv[1:] or ["gui"])


if __name__ == "__main__":
    sys.exit(main())
