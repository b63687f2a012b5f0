"""Indexer sub-commands: import, search, stats, export-scdl (JSON on stdout with --json)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from indexer.errors import RegistreError
from indexer.models import DOC_TYPES, SearchFilters
from indexer.progress import Progress


def _print_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _library(args: argparse.Namespace):
    from indexer.library import Library

    return Library(args.data_dir, embedder=getattr(args, "embedder", None),
                   ocr_enabled=not getattr(args, "no_ocr", False),
                   e5=None if getattr(args, "no_e5", False) else "auto")


def _parse_filters(values: list[str] | None) -> SearchFilters:
    filters = SearchFilters()
    for item in values or []:
        separator = "=" if "=" in item else ":"
        key, sep, value = item.partition(separator)
        key, value = key.strip().lower().replace("-", "_"), value.strip()
        if not sep:
            raise ValueError(f"filtre sans « = » : {item}")
        if key in ("collectivite", "commune"):
            filters.collectivite = value
        elif key in ("date_from", "depuis", "du", "from"):
            filters.date_from = value
        elif key in ("date_to", "jusqu_au", "au", "to"):
            filters.date_to = value
        elif key in ("annee", "year"):
            filters.date_from, filters.date_to = f"{value}-01-01", f"{value}-12-31"
        elif key in ("date",):
            filters.date_from = filters.date_to = value
        elif key in ("matiere", "matter", "matter_code"):
            filters.matter_code = value
        elif key in ("type", "doc_type"):
            if value not in DOC_TYPES:
                raise ValueError(f"type inconnu : {value} (choix : {', '.join(DOC_TYPES)})")
            filters.doc_type = value
        else:
            raise ValueError(f"filtre inconnu : {key}")
    return filters


def _progress_printer(enabled: bool):
    if not enabled:
        return None
    last = {"stage": ""}

    def show(p: Progress) -> None:
        if p.stage != last["stage"] or p.done == p.total or p.done % 25 == 0:
            eta = f" — reste ~{p.eta_seconds:.0f} s" if p.eta_seconds else ""
            sys.stderr.write(f"[{p.stage}] {p.done}/{p.total} {p.current[:60]}{eta}\n")
            last["stage"] = p.stage

    return show


def cmd_import(args: argparse.Namespace) -> int:
    root = Path(args.path)
    if not root.is_dir():
        sys.stderr.write(f"registre : « {root} » n'est pas un dossier.\n")
        return 2
    with _library(args) as lib:
        if args.progress_jsonl:
            from indexer.import_process import serve_progress_jsonl

            report = serve_progress_jsonl(
                lambda progress, cancel: lib.import_folder(root, progress, cancel, embed=not args.no_embed))
            return 1 if report.failed else 0
        report = lib.import_folder(root, progress=_progress_printer(not args.json and not args.quiet),
                                   embed=not args.no_embed)
    data = report.to_json()
    if args.json:
        _print_json(data)
    else:
        print(f"Importés : {report.imported} — inchangés : {report.unchanged} — supprimés : {report.removed} — "
              f"déplacés : {report.moved}")
        print(f"Pages lues : {report.pages} (OCR : {report.ocr_pages}) — actes au catalogue : {report.acts} — "
              f"{report.seconds:.1f} s")
        for f in report.failed:
            print(f"  ÉCHEC  {f.path} : {f.reason}")
        for f in report.warnings:
            print(f"  ATTENTION  {f.path} : {f.reason}")
    return 1 if report.failed else 0


def cmd_search(args: argparse.Namespace) -> int:
    try:
        filters = _parse_filters(args.filter)
    except ValueError as exc:
        sys.stderr.write(f"registre : {exc}\n")
        return 2
    with _library(args) as lib:
        found = lib.search_suggested(args.query, top=args.top, mode=args.mode, filters=filters)
        hits = found.hits
        if args.json:
            _print_json(found.to_json(args.query))
        else:
            if found.suggestion is not None:
                said = "Résultats pour" if found.applied else "Vouliez-vous dire"
                print(f"{said} : {found.suggestion.query}")
            for i, h in enumerate(hits, 1):
                a = h.act
                print(f"{i:2}. {a.objet or '(objet non trouvé)'} — {a.collectivite or '?'} {a.date or ''}"
                      f" — {a.path} p. {h.page}")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    with _library(args) as lib:
        data = lib.stats()
    if args.json:
        _print_json(data)
    else:
        for key, value in data.items():
            print(f"{key} : {value}")
    return 0


def cmd_export_scdl(args: argparse.Namespace) -> int:
    with _library(args) as lib:
        count = lib.export_scdl(args.out)
    print(json.dumps({"path": str(args.out), "rows": count}, ensure_ascii=False) if args.json
          else f"{count} délibérations exportées dans {args.out}")
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    with _library(args) as lib:
        answer = lib.structured_query(args.question)
        if answer is None:
            sys.stderr.write("registre : ce n'est pas une question de comptage ou de liste.\n")
            return 2
        data = {"kind": answer.kind, "count": answer.count, "description": answer.description,
                "acts": [{"path": a.path, "pages": a.pages, "act_number": a.act_number, "objet": a.objet,
                          "date": a.date, "collectivite": a.collectivite} for a in answer.acts]}
    _print_json(data)
    return 0


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data-dir", help="dossier des données (défaut : REGISTRE_DATA_DIR ou dossier utilisateur)")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.add_argument("--embedder", help="modèle de vecteurs : use-m3 (défaut) ou dossier sentence-transformers")


def _guard(func):
    def run(args: argparse.Namespace) -> int:
        try:
            return func(args)
        except RegistreError as exc:
            sys.stderr.write(f"registre : {exc.user_message}\n")
            return exc.exit_code
    return run


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="importer un dossier de délibérations")
    p.add_argument("path")
    p.add_argument("--no-ocr", action="store_true", help="ne pas lire les pages scannées")
    p.add_argument("--no-embed", action="store_true", help="ne pas calculer les vecteurs (recherche par mots seule)")
    p.add_argument("--no-e5", action="store_true",
                   help="ne pas affiner la recherche par le sens avec e5 (plus rapide ; USE seul)")
    p.add_argument("--quiet", action="store_true")
    p.add_argument("--progress-jsonl", action="store_true",
                   help="progression en lignes JSON sur la sortie standard (pour l'application)")
    _common(p)
    p.set_defaults(func=_guard(cmd_import))

    p = sub.add_parser("search", help="rechercher dans les délibérations importées")
    p.add_argument("query")
    p.add_argument("--top", type=int, default=10)
    p.add_argument("--mode", choices=("hybrid", "keyword", "vector"), default="hybrid")
    p.add_argument("--filter", action="append", metavar="CLE=VALEUR",
                   help="collectivite=…, annee=2021, date_from=2021-01-01, date_to=…, matiere=7, type=deliberation")
    _common(p)
    p.set_defaults(func=_guard(cmd_search))

    p = sub.add_parser("stats", help="statistiques du catalogue")
    _common(p)
    p.set_defaults(func=_guard(cmd_stats))

    p = sub.add_parser("export-scdl", help="exporter les métadonnées au format SCDL (CSV)")
    p.add_argument("out", type=Path)
    _common(p)
    p.set_defaults(func=_guard(cmd_export_scdl))

    p = sub.add_parser("query", help="question de comptage ou de liste sur les métadonnées")
    p.add_argument("question")
    _common(p)
    p.set_defaults(func=_guard(cmd_query))
