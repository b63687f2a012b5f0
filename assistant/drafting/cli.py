"""`registre draft …`: procès-verbal, liste des délibérations, réponse à une question, note de synthèse.

Each command writes a .docx or .odt and prints JSON ``{path, filled, placeholders, citations}``.
Exit codes: 0 written, 1 nothing written (no act, no model, file exists…), 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

from assistant.drafting.result import DraftingError, DraftResult
from assistant.export import FORMATS, DraftFileExists, UnsupportedFormat, export_draft

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def resolve_data_dir(arg: str | None) -> Path:
    try:
        from indexer.config import resolve_data_dir as resolve
    except ImportError:  # the indexer's resolver is the reference; this mirrors its order
        import platformdirs

        if arg:
            return Path(arg).expanduser()
        env = os.environ.get("REGISTRE_DATA_DIR")
        return Path(env).expanduser() if env else Path(platformdirs.user_data_dir("Registre", appauthor=False))
    return resolve(arg)


def _seance_date(text: str) -> str:
    if not _ISO_DATE.match(text):
        raise argparse.ArgumentTypeError(f"date invalide « {text} » : attendu AAAA-MM-JJ (ex. 2025-03-06)")
    return text


def _out_path(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() not in FORMATS:
        raise argparse.ArgumentTypeError(f"« {text} » : le fichier doit se terminer par .docx ou .odt")
    return path


def _error(message: str) -> int:
    print(f"registre : {message}", file=sys.stderr)
    return 1


def _open_library(args: argparse.Namespace) -> Any:
    from indexer import Library

    data_dir = resolve_data_dir(args.data_dir)
    if not data_dir.exists():
        raise DraftingError(f"Aucun registre dans « {data_dir} » : importez d'abord des documents.")
    from indexer.errors import NoLibraryHere

    try:  # an existing but empty folder is not a library either; only `import` creates one
        return Library(data_dir, create=False)
    except NoLibraryHere as exc:
        raise DraftingError(str(exc)) from exc


def _load_llm(args: argparse.Namespace) -> Any:
    """The local model, or None with the reason printed in French (drafts then work without it)."""
    try:
        from assistant.llm import LlamaLLM, LLMUnavailable
        from assistant.models_store import ModelMissing, resolve_model

        choice = resolve_model(getattr(args, "model", None), data_dir=resolve_data_dir(args.data_dir))
        llm = LlamaLLM(choice.path)
        llm.load()
        return llm
    except (ImportError, ModelMissing, LLMUnavailable) as exc:
        print(f"registre : modèle de langue indisponible — {exc}", file=sys.stderr)
        return None


def _close(llm: Any) -> None:
    close = getattr(llm, "close", None)  # the llama.cpp runtime owns a thread; fakes have nothing to free
    if close is not None:
        close()


def _finish(result: DraftResult, args: argparse.Namespace) -> int:
    draft = result.draft
    if args.validated_by:
        draft = draft.validate(args.validated_by)
        result.draft = draft
        if result.placeholders:
            left = len(result.placeholders)
            result.warnings.append(f"Document marqué comme validé alors qu'il reste {left} élément(s) à compléter.")
    try:
        path = export_draft(draft, args.out, overwrite=args.overwrite)
    except (DraftFileExists, UnsupportedFormat) as exc:
        return _error(str(exc))
    print(json.dumps(result.to_json(path.resolve()), ensure_ascii=False, indent=2))
    return 0


def _with_library(args: argparse.Namespace, build: Any) -> int:
    if args.out.exists() and not args.overwrite:
        return _error(str(DraftFileExists(args.out)))
    try:
        lib = _open_library(args)
    except DraftingError as exc:
        _error(str(exc))
        return 2  # no library there: a usage error, as for every other command
    try:
        result = build(lib)
    except DraftingError as exc:
        return _error(str(exc))
    finally:
        lib.close()
    return _finish(result, args)


def _cmd_pv(args: argparse.Namespace) -> int:
    from assistant.drafting.proces_verbal import build_proces_verbal

    llm = _load_llm(args) if args.llm else None
    try:
        return _with_library(args, lambda lib: build_proces_verbal(lib, args.seance, args.collectivite, llm))
    finally:
        _close(llm)


def _cmd_liste(args: argparse.Namespace) -> int:
    from assistant.drafting.liste import build_liste

    return _with_library(args, lambda lib: build_liste(lib, args.seance, args.collectivite))


def _cmd_email(args: argparse.Namespace) -> int:
    from assistant.drafting.letter import build_letter

    try:
        from assistant import qa
    except ImportError:
        return _error("l'assistant de questions-réponses n'est pas disponible dans cette installation.")

    def build(lib: Any) -> DraftResult:
        llm = _load_llm(args)
        try:
            try:
                answer = qa.ask(lib, llm, args.question, approach="libre")
            except ValueError as exc:  # a real question needs the model: say so, don't write an empty letter
                raise DraftingError(
                    "Impossible de rédiger la réponse sans le modèle de langue local "
                    f"({exc}). Installez le modèle ou rédigez la réponse vous-même."
                ) from exc
        finally:
            _close(llm)
        return build_letter(args.question, answer, args.tone)

    return _with_library(args, build)


def _cmd_synthese(args: argparse.Namespace) -> int:
    from assistant.drafting.synthese import build_synthese

    llm = _load_llm(args) if args.llm else None
    try:
        return _with_library(args, lambda lib: build_synthese(args.sujet, lib.search(args.sujet, top=args.top), llm))
    finally:
        _close(llm)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, type=_out_path, help="fichier à écrire (.docx ou .odt)")
    parser.add_argument(
        "--data-dir", help="dossier du registre (sinon REGISTRE_DATA_DIR, sinon le dossier utilisateur)"
    )
    parser.add_argument("--overwrite", action="store_true", help="remplacer le fichier s'il existe déjà")
    parser.add_argument(
        "--validated-by",
        metavar="NOM",
        help="marquer le document comme relu et validé par NOM (retire la mention IA)",
    )


def register(subparsers: argparse._SubParsersAction) -> None:
    draft = subparsers.add_parser("draft", help="rédiger un procès-verbal, une liste, une réponse (.docx/.odt)")
    sub = draft.add_subparsers(dest="draft_command", required=True, parser_class=type(draft))

    pv = sub.add_parser("pv", help="projet de procès-verbal d'une séance (CGCT L2121-15)")
    pv.add_argument("--seance", required=True, type=_seance_date, help="date de la séance, AAAA-MM-JJ")
    pv.add_argument("--collectivite", help="nom de la collectivité, si plusieurs sont indexées")
    pv.add_argument("--llm", action="store_true", help="résumer la teneur des débats avec le modèle local")
    pv.add_argument("--model", help="fichier GGUF du modèle (avec --llm)")
    _common(pv)
    pv.set_defaults(func=_cmd_pv)

    liste = sub.add_parser("liste", help="liste des délibérations d'une séance (CGCT L2121-25)")
    liste.add_argument("--seance", required=True, type=_seance_date, help="date de la séance, AAAA-MM-JJ")
    liste.add_argument("--collectivite", help="nom de la collectivité, si plusieurs sont indexées")
    _common(liste)
    liste.set_defaults(func=_cmd_liste)

    email = sub.add_parser("email", help="projet de réponse à une question, avec ses sources")
    email.add_argument("--question", required=True, help="la question posée")
    email.add_argument("--tone", choices=("formel", "cordial"), default="formel", help="ton de la réponse")
    email.add_argument("--model", help="fichier GGUF du modèle")
    _common(email)
    email.set_defaults(func=_cmd_email)

    synthese = sub.add_parser("synthese", help="note de synthèse sur un sujet, avec citations")
    synthese.add_argument("--sujet", required=True, help="le sujet, ex. « cantine scolaire »")
    synthese.add_argument("--top", type=int, default=10, help="nombre de délibérations à retenir")
    synthese.add_argument("--llm", action="store_true", help="rédiger la synthèse avec le modèle local")
    synthese.add_argument("--model", help="fichier GGUF du modèle (avec --llm)")
    _common(synthese)
    synthese.set_defaults(func=_cmd_synthese)
