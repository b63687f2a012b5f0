"""`registre` command line.

Each layer registers its own sub-commands through ``register(subparsers)``; a sub-command's
parser sets ``func(args) -> int``. Layers are imported lazily so that `registre search` never
pays for Qt or llama.cpp.

Exit codes: 0 ok, 1 partial (some files failed / refused), 2 usage error.
"""

from __future__ import annotations

import argparse
import importlib
import sys

# Modules that provide sub-commands; a missing optional layer must not break the others.
_LAYERS = ("indexer.cli", "assistant.cli", "assistant.drafting.cli", "app.cli")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 already; keep the message French-first
        self.print_usage(sys.stderr)
        self.exit(2, f"registre : erreur d'utilisation : {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="registre", description="Registre — délibérations municipales, hors ligne.")
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


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    return int(args.func(args) or 0)
