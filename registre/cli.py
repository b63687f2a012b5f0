"""`registre` command line.

Each layer registers its own sub-commands through ``register(subparsers)``; a sub-command's
parser sets ``func(args) -> int``. Layers are imported lazily so that `registre search` never
pays for Qt or llama.cpp.

Exit codes: 0 ok, 1 partial (some files failed / refused), 2 usage error, 3 environment (permissions,
disk full, library locked or damaged), 4 unexpected error (a bug: its trace is in the journal), 5 library
written by a newer Registre (refused untouched). A :class:`RegistreError` carries its own ``exit_code``.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from typing import NoReturn

from indexer.version import __version__
from registre.argparse_fr import install as install_french_argparse

# Modules that provide sub-commands; a missing optional layer must not break the others.
_LAYERS = ("indexer.cli", "assistant.cli", "assistant.drafting.cli", "app.cli")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse exits 2 already; keep the message French-first
        self.print_usage(sys.stderr)
        self.exit(2, f"registre : erreur d'utilisation : {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="registre", description="Registre — délibérations municipales, hors ligne.")
    parser.add_argument("--version", action="version", version=f"Registre {__version__}",
                        help="affiche la version de Registre")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for name in _LAYERS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name and name.startswith(exc.name):
                continue  # layer not present in this build
            raise
        module.register(sub)
    return parser


def _open_journal(args: argparse.Namespace) -> None:
    """The data folder's log file receives this command's log; a missing folder is not created here
    (except by an import), so that a mistyped --data-dir leaves nothing behind."""
    if not hasattr(args, "data_dir"):
        return
    from indexer.config import resolve_data_dir
    from indexer.journal import attach

    data_dir = resolve_data_dir(args.data_dir)
    # a folder that holds no catalogue is not a library: writing a journal there would start one
    if (data_dir / "catalogue.sqlite3").is_file() or args.command == "import":
        attach(data_dir)


def main(argv: list[str] | None = None) -> int:
    install_french_argparse()  # before building: argparse reads some of its words at construction
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    _open_journal(args)
    try:
        return int(args.func(args) or 0)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BrokenPipeError:
        # `registre stats | head -1`: the reader has what it wanted; that is no error of Registre's.
        # stdout now points at nothing, so that the interpreter's last flush does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:  # a layer without its own guard: same codes and French words as the others
        from indexer.cli import exit_code_for
        from indexer.config import resolve_data_dir

        code, text = exit_code_for(exc, resolve_data_dir(getattr(args, "data_dir", None)))
        sys.stderr.write(f"registre : {text}\n")
        return code
