"""Entry point of the frozen Registre: the same sub-commands as `registre`; none (a double-click) opens the window."""

import multiprocessing
import sys

from registre.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the import runs in a child process: in a frozen build it re-enters here
    raise SystemExit(main(sys.argv[1:] or ["gui"]))
