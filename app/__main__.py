import sys

from app.cli import run_from_argv

raise SystemExit(run_from_argv(sys.argv[1:]))
