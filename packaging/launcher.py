"""Entry point of the frozen Windows build: the GUI, or a command when one is given."""

import sys

from mentoroffice.__main__ import gui_main

if __name__ == "__main__":
    sys.exit(gui_main())
