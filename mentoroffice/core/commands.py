"""What the command line's commands share, whichever package writes them (`mentoroffice.cli`,
`mentoroffice.exchange.commands`): the refusal shown to the person who typed the command.

It lives here, below the domain packages, so that a package adding commands never imports
`mentoroffice.cli` (which imports the window); `cli` re-exports it.
"""

from __future__ import annotations

__all__ = ["CommandError"]


class CommandError(Exception):
    """A message for the person at the command line; exit code 2."""
