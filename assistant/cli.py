"""`registre ask`, `registre summarize`, `registre compare`.

Exit codes: 0 ok (a refusal is a normal answer), 2 usage error (unknown file, missing model…).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assistant.llm import LlamaLLM
    from indexer import ActRecord, Library

EXIT_OK, EXIT_USAGE = 0, 2


class UsageError(Exception):
    """A French message for the user; the command exits with code 2."""


def register(subparsers: Any) -> None:
    ask = subparsers.add_parser("ask", help="poser une question sur les délibérations indexées")
    ask.add_argument("question", help="la question, en français")
    ask.add_argument(
        "--threshold",
        type=float,
        default=None,
        help="confiance minimale pour répondre, entre 0 et 1 (défaut : le seuil calibré du modèle)",
    )
    ask.add_argument("--top", type=int, default=None,
                     help="nombre d'extraits donnés au modèle (défaut : 3 pour le choix, 4 pour la réponse libre)")
    _common(ask)
    ask.set_defaults(func=run_ask)

    summarize = subparsers.add_parser("summarize", help="résumer un document déjà importé")
    summarize.add_argument("path", help="chemin du PDF importé (absolu ou relatif au dossier importé)")
    summarize.add_argument("--act", help="numéro de l'acte (ex. 2019-93) ou rang dans le fichier (1, 2…)")
    summarize.add_argument("--plain", action="store_true", help="explication en langage clair")
    summarize.add_argument(
        "--key-points",
        action="store_true",
        help="points clés seulement (le modèle complète les champs non trouvés)",
    )
    _common(summarize)
    summarize.set_defaults(func=run_summarize)

    compare = subparsers.add_parser("compare", help="comparer deux documents (ou plus) déjà importés")
    compare.add_argument("paths", nargs="+", metavar="PATH", help="au moins deux PDF importés")
    compare.add_argument("--no-llm", action="store_true", help="tableau des points clés seulement, sans modèle")
    _common(compare)
    compare.set_defaults(func=run_compare)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir", help="dossier des données (sinon REGISTRE_DATA_DIR, sinon le dossier utilisateur)"
    )
    parser.add_argument("--model", help="fichier .gguf à utiliser (sinon REGISTRE_MODEL, sinon le modèle par défaut)")
    parser.add_argument("--threads", type=int, default=None, help="fils de calcul du modèle (défaut 2)")
    parser.add_argument("--json", action="store_true", help="sortie JSON")


def run_ask(args: argparse.Namespace) -> int:
    from assistant.qa import ask

    if args.threshold is not None and not 0.0 <= args.threshold <= 1.0:
        return _usage("--threshold doit être compris entre 0 et 1.")
    if args.top is not None and args.top < 1:
        return _usage("--top doit être au moins 1.")
    try:
        with _Session(args) as session:
            llm = session.llm if session.needs_llm_for(args.question) else None
            answer = ask(session.lib, llm, args.question, threshold=args.threshold, top=args.top)
    except UsageError as exc:
        return _usage(str(exc))
    if args.json:
        _print_json(answer.to_json())
        return EXIT_OK
    print(answer.answer)
    for c in answer.citations:
        ref = f"[{c.n}] {c.path}, page {c.page}" + (f", acte n° {c.act_number}" if c.act_number else "")
        print(ref + (f"\n    « {c.quote} »" if c.quote else ""))
    if answer.refused and answer.sources:
        print("Sources les plus proches :")
        for s in answer.sources:
            print(f"  - {s['path']}, page {s['page']}" + (f" — {s['objet']}" if s.get("objet") else ""))
    print(f"Confiance : {answer.confidence:.2f} (seuil {answer.threshold:.2f})")
    return EXIT_OK


def run_summarize(args: argparse.Namespace) -> int:
    from assistant import tasks

    try:
        with _Session(args) as session:
            acts = _acts_for(session.lib, args.path)
            if args.act:
                acts = [_pick_act(acts, args.act, args.path)]
            if args.key_points:
                result = tasks.key_points(session.lib, session.llm, acts[0])
            elif args.plain:
                result = tasks.plain_language(session.lib, session.llm, acts[0])
            else:
                result = tasks.summarize(session.lib, session.llm, acts)
    except UsageError as exc:
        return _usage(str(exc))
    payload = result.to_json()
    payload["path"] = args.path
    if args.json:
        _print_json(payload)
        return EXIT_OK
    if result.statements:
        for s in result.statements:
            print(f"- {s.text}" + ("" if s.supported else "  (à vérifier)"))
    from assistant.keypoints import FIELD_LABELS

    for kp in result.key_points:
        for name, point in kp.items():
            if point["value"]:
                print(f"{FIELD_LABELS.get(name, name)} : {point['value']}")
    for w in result.warnings:
        print(w)
    if result.generated_by_ai:
        print(result.notice)
    return EXIT_OK


def run_compare(args: argparse.Namespace) -> int:
    from assistant import tasks

    if len(args.paths) < 2:
        return _usage("indiquez au moins deux documents à comparer.")
    try:
        with _Session(args) as session:
            acts = [_acts_for(session.lib, p)[0] for p in args.paths]
            result = tasks.compare(session.lib, None if args.no_llm else session.llm, acts)
    except UsageError as exc:
        return _usage(str(exc))
    if args.json:
        payload = result.to_json()
        payload["table"] = tasks.comparison_table(result)
        _print_json(payload)
        return EXIT_OK
    for row in tasks.comparison_table(result):
        print(" | ".join(row))
    if result.common:
        print("Points communs :")
        for s in result.common:
            print(f"- {s.text}")
    if result.differences:
        print("Différences :")
        for s in result.differences:
            print(f"- {s.text}")
    if result.generated_by_ai:
        print(result.notice)
    return EXIT_OK


class _Session:
    """The library and, only when needed, the model; both closed on exit."""

    def __init__(self, args: argparse.Namespace) -> None:
        from indexer.config import resolve_data_dir

        self._args = args
        self.data_dir = resolve_data_dir(args.data_dir)
        self._lib: Library | None = None
        self._llm: LlamaLLM | None = None

    def __enter__(self) -> _Session:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._llm is not None:
            self._llm.close()
        if self._lib is not None:
            self._lib.close()

    @property
    def lib(self) -> Library:
        if self._lib is None:
            from indexer import Library

            if not self.data_dir.exists():
                raise UsageError(
                    f"aucune bibliothèque dans {self.data_dir} : importez d'abord des documents "
                    "(registre import DOSSIER)."
                )
            from indexer.errors import NoLibraryHere

            try:  # an empty or mistyped folder: say so, and leave nothing behind (only `import` creates one)
                self._lib = Library(self.data_dir, create=False)
            except NoLibraryHere as exc:
                raise UsageError(str(exc)) from exc
        return self._lib

    @property
    def llm(self) -> LlamaLLM:
        if self._llm is None:
            from assistant.llm import LLMUnavailable
            from assistant.runtime import load_llm

            try:
                self._llm = load_llm(self._args.model, self.data_dir, n_threads=self._args.threads)
            except LLMUnavailable as exc:
                raise UsageError(str(exc)) from exc
        return self._llm

    def needs_llm_for(self, question: str) -> bool:
        """Catalogue questions (counts, lists) are answered without loading 1 GB of model."""
        from assistant.qa import catalogue_query

        return catalogue_query(self.lib, question) is None


def _acts_for(lib: Library, path: str) -> list[ActRecord]:
    record = lib.find_file(path)
    if record is None:
        raise UsageError(
            f"le fichier {path} n'est pas dans la bibliothèque : importez-le d'abord (registre import DOSSIER)."
        )
    acts = sorted(lib.acts_of_file(record.file_id), key=lambda a: a.page_start)
    if not acts:
        raise UsageError(f"le fichier {path} est importé mais aucun acte n'y a été reconnu.")
    return acts


def _pick_act(acts: list[ActRecord], wanted: str, path: str) -> ActRecord:
    for a in acts:
        if a.act_number and a.act_number.lower() == wanted.lower():
            return a
    if wanted.isdigit() and 1 <= int(wanted) <= len(acts):
        return acts[int(wanted) - 1]
    numbers = ", ".join(a.act_number or f"#{i}" for i, a in enumerate(acts, start=1))
    raise UsageError(f"aucun acte « {wanted} » dans {path} (actes : {numbers}).")


def _usage(message: str) -> int:
    print(f"registre : {message}", file=sys.stderr)
    return EXIT_USAGE


def _print_json(payload: dict[str, Any]) -> None:
    json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
