"""Indexer sub-commands: import, search, stats, export-scdl (JSON on stdout with --json)."""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import time
import unicodedata
from datetime import date
from pathlib import Path

from indexer.errors import RegistreError
from indexer.models import DOC_TYPES, NON_ACT_DOC_TYPES, ActRecord, SearchFilters
from indexer.progress import Progress

log = logging.getLogger(__name__)


def _print_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _library(args: argparse.Namespace):
    from indexer.library import Library

    # only `import` creates a library: a mistyped --data-dir must not leave an empty one behind
    return Library(args.data_dir, embedder=getattr(args, "embedder", None),
                   ocr_enabled=not getattr(args, "no_ocr", False), create=args.command == "import",
                   e5=None if getattr(args, "no_e5", False) else "auto")


_YEAR_RANGE = (1790, 2200)  # communes deliberate since 1790; later than 2200 is a typo


def _year(value: str) -> int:
    if not re.fullmatch(r"\d{4}", value) or not _YEAR_RANGE[0] <= int(value) <= _YEAR_RANGE[1]:
        raise ValueError(f"année invalide : « {value} » (attendu : quatre chiffres, par exemple 2021)")
    return int(value)


def _day(value: str, key: str, end: bool = False) -> str:
    """AAAA-MM-JJ, checked; AAAA alone stands for the first (or, with ``end``, the last) day of that year."""
    if re.fullmatch(r"\d{4}", value):
        return f"{_year(value)}-12-31" if end else f"{_year(value)}-01-01"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    raise ValueError(f"date invalide pour {key} : « {value} » (attendu : AAAA-MM-JJ, par exemple 2021-03-25)")


def positive_int(text: str) -> int:
    """argparse ``type=`` for counts such as --top: an integer of at least 1, said in French otherwise."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"nombre entier attendu, reçu « {text} »") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"nombre entier positif attendu (1 ou plus), reçu {value}")
    return value


def _parse_filters(values: list[str] | None) -> SearchFilters:
    filters = SearchFilters()
    for item in values or []:
        separator = "=" if "=" in item else ":"
        key, sep, value = item.partition(separator)
        key, value = key.strip().lower().replace("-", "_"), value.strip()
        if not sep:
            raise ValueError(f"filtre sans « = » : {item}")
        if not value:
            raise ValueError(f"filtre {key} sans valeur")
        if key in ("collectivite", "commune"):
            filters.collectivite = value
        elif key in ("date_from", "depuis", "du", "from"):
            filters.date_from = _day(value, key)
        elif key in ("date_to", "jusqu_au", "au", "to"):
            filters.date_to = _day(value, key, end=True)
        elif key in ("annee", "year"):
            filters.date_from, filters.date_to = f"{_year(value)}-01-01", f"{_year(value)}-12-31"
        elif key in ("date",):
            filters.date_from, filters.date_to = _day(value, key), _day(value, key, end=True)
        elif key in ("matiere", "matter", "matter_code"):
            if not re.fullmatch(r"[1-9](?:\.\d{1,2}){0,2}", value):
                raise ValueError(f"matière invalide : « {value} » (code ACTES, par exemple 7 ou 7.5)")
            filters.matter_code = value
        elif key in ("type", "doc_type"):
            if value not in DOC_TYPES:
                raise ValueError(f"type inconnu : {value} (choix : {', '.join(DOC_TYPES)})")
            filters.doc_type = value
        else:
            raise ValueError(f"filtre inconnu : {key}")
    return filters


# Exit codes of every `registre` command (README, « Codes de sortie »).
EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 4  # 3: EnvironmentProblem, 5: LibraryTooNew
PROGRESS_EVERY_S = 2.0


def _progress_printer(enabled: bool):
    """A line at each new stage, at the end of a stage, and at most every PROGRESS_EVERY_S seconds in
    between: a stage that counts in steps of 64 (vectors) moves on screen like one counting files."""
    if not enabled:
        return None
    last_stage = [""]
    last_at = [0.0]

    def show(p: Progress) -> None:
        now = time.monotonic()
        if p.stage != last_stage[0] or p.done == p.total or now - last_at[0] >= PROGRESS_EVERY_S:
            eta = f" — reste ~{p.eta_seconds:.0f} s" if p.eta_seconds else ""
            sys.stderr.write(f"[{p.stage}] {p.done}/{p.total} {p.current[:60]}{eta}\n")
            sys.stderr.flush()
            last_stage[0], last_at[0] = p.stage, now

    return show


def cmd_import(args: argparse.Namespace) -> int:
    root = Path(args.path)
    if not root.is_dir():
        sys.stderr.write(f"registre : « {root} » n'est pas un dossier.\n")
        return EXIT_USAGE
    if args.progress_jsonl:
        from indexer.import_process import serve_progress_jsonl

        # the app's child: errors too travel as a JSON line, so the window shows their French message
        def run(progress, cancel):  # noqa: ANN001, ANN202
            with _library(args) as lib:
                return lib.import_folder(root, progress, cancel, embed=not args.no_embed)

        report = serve_progress_jsonl(run, data_dir=_data_dir(args))
        return EXIT_PARTIAL if report.failed else EXIT_OK
    with _library(args) as lib:
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
    return EXIT_PARTIAL if report.failed else EXIT_OK


def _data_dir(args: argparse.Namespace) -> Path:
    from indexer.config import resolve_data_dir

    return resolve_data_dir(args.data_dir)


def cmd_search(args: argparse.Namespace) -> int:
    try:
        filters = _parse_filters(args.filter)
    except ValueError as exc:
        sys.stderr.write(f"registre : {exc}\n")
        return 2
    with _library(args) as lib:
        found = lib.search_suggested(args.query, top=args.top, mode=args.mode, filters=filters)
        hits = found.hits
        if found.suggestion is not None:
            # with --json, stdout stays the list of hits that scripts already read: the suggestion goes beside it
            said = "Résultats pour" if found.applied else "Vouliez-vous dire"
            print(f"{said} : {found.suggestion.query}", file=sys.stderr if args.json else sys.stdout)
        if args.json and args.details:
            _print_json(found.to_json(args.query))
        elif args.json:
            _print_json([h.to_json() for h in hits])
        else:
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
        sem = data["semantic"]
        # the engine, then how far each encoder is: a library still being vectorised says so
        print(f"recherche par le sens : {sem['engine']} — vecteurs : {sem['passages_embedded']} / {sem['passages']}"
              " passages" + (f", e5 {sem['heads_embedded']} / {sem['heads']} intitulés" if sem["e5_installed"] else ""))
        for key, value in data.items():
            print(f"{key} : {value}")
    return 0


def cmd_export_scdl(args: argparse.Namespace) -> int:
    with _library(args) as lib:
        count = lib.export_scdl(args.out)
    print(json.dumps({"path": str(args.out), "rows": count}, ensure_ascii=False) if args.json
          else f"{count} délibérations exportées dans {args.out}")
    return 0


def act_json(act: ActRecord) -> dict:
    """One act as `registre acts --json` prints it (the contract bench/score_acts.py reads)."""
    v = act.votes
    return {"path": unicodedata.normalize("NFC", act.path), "pages": act.pages, "seq": act.seq,
            "act_number": act.act_number, "objet": act.objet, "date": act.date, "collectivite": act.collectivite,
            "doc_type": str(act.doc_type), "matter_code": act.matter_code,
            "vote": {"pour": v.pour, "contre": v.contre, "abstention": v.abstention, "unanimite": v.unanimite,
                     "effectif": v.effectif, "presents": v.presents, "votants": v.votants},
            "adopted": act.adopted, "pref_date": act.pref_date, "actes_id": act.actes_id}


def cmd_acts(args: argparse.Namespace) -> int:
    """The acts read from the library, without opening the search indexes or the vector model.

    Lists, agendas and annexes hold no act: they are left out (their lines are listed references,
    `registre stats`). Decisions under delegation come typed ``decision``."""
    from indexer.catalog import Catalog
    from indexer.config import resolve_data_dir

    catalogue = resolve_data_dir(args.data_dir) / "catalogue.sqlite3"
    if not catalogue.exists():
        sys.stderr.write(f"registre : aucune bibliothèque dans « {catalogue.parent} ».\n")
        return 2
    catalog = Catalog(catalogue)
    try:
        filters = SearchFilters(collectivite=args.collectivite) if args.collectivite else None
        acts = [a for a in catalog.acts(filters) if a.doc_type not in NON_ACT_DOC_TYPES]
    finally:
        catalog.close()
    if args.path:
        wanted = unicodedata.normalize("NFC", args.path).removeprefix("./")
        acts = [a for a in acts if (p := unicodedata.normalize("NFC", a.path)) == wanted or p.endswith("/" + wanted)
                or p.startswith(wanted.rstrip("/") + "/")]
    acts.sort(key=lambda a: (unicodedata.normalize("NFC", a.path), a.seq))
    if args.json:
        _print_json([act_json(a) for a in acts])
    else:
        for a in acts:
            number = f"n° {a.act_number} " if a.act_number else ""
            print(f"{a.path} p. {a.page_start} — {number}{a.objet or '(objet non trouvé)'} — {a.date or '?'}")
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    with _library(args) as lib:
        answer = lib.structured_query(args.question)
        if answer is None:
            sys.stderr.write("registre : ce n'est pas une question de comptage ou de liste.\n")
            return EXIT_USAGE
        if answer.problem:
            sys.stderr.write(f"registre : {answer.problem}\n")
            return EXIT_USAGE
        data = {"kind": answer.kind, "count": answer.count, "description": answer.description,
                "acts": [{"path": a.path, "pages": a.pages, "act_number": a.act_number, "objet": a.objet,
                          "date": a.date, "collectivite": a.collectivite,
                          "also_in": [{"path": c.path, "pages": c.pages} for c in answer.copies.get(a.act_id, [])]}
                         for a in answer.acts]}
    _print_json(data)
    return 0


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data-dir", help="dossier des données (défaut : REGISTRE_DATA_DIR ou dossier utilisateur)")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.add_argument("--embedder", help="modèle de vecteurs : use-m3 (défaut) ou dossier sentence-transformers")


def exit_code_for(exc: BaseException, data_dir: Path) -> tuple[int, str]:
    """(exit code, French message) for an exception that ends a command; the journal gets the trace."""
    from indexer.environment import explain

    problem = explain(exc, data_dir)
    if problem is not None:
        log.warning("Arrêt : %s (%s)", problem.user_message, problem.detail)
        return problem.exit_code, problem.user_message
    if isinstance(exc, RegistreError):
        return exc.exit_code, exc.user_message
    log.error("Erreur inattendue", exc_info=exc)
    return EXIT_BUG, (f"erreur inattendue ({type(exc).__name__} : {exc}). Le détail est dans le journal "
                      f"({data_dir / 'journal' / 'registre.log'}).")


def _guard(func):
    def run(args: argparse.Namespace) -> int:
        try:
            return func(args)
        except (KeyboardInterrupt, SystemExit, BrokenPipeError):  # a closed pipe is registre.cli's to end
            raise
        except Exception as exc:
            code, text = exit_code_for(exc, _data_dir(args))
            sys.stderr.write(f"registre : {text}\n")
            return code
    return run


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="importer un dossier de délibérations")
    p.add_argument("path")
    p.add_argument("--no-ocr", action="store_true", help="ne pas lire les pages scannées")
    p.add_argument("--no-embed", action="store_true", help="ne pas calculer les vecteurs (recherche par mots seule)")
    p.add_argument("--no-e5", action="store_true",
                   help="ne pas affiner la recherche par le sens avec e5 (import plus court ; USE seul)")
    p.add_argument("--quiet", action="store_true")
    p.add_argument("--progress-jsonl", action="store_true",
                   help="progression en lignes JSON sur la sortie standard (pour l'application)")
    _common(p)
    p.set_defaults(func=_guard(cmd_import))

    p = sub.add_parser("search", help="rechercher dans les délibérations importées")
    p.add_argument("query")
    p.add_argument("--top", type=positive_int, default=10, help="nombre de résultats (1 ou plus)")
    p.add_argument("--mode", choices=("hybrid", "keyword", "vector"), default="hybrid")
    p.add_argument("--filter", action="append", metavar="CLE=VALEUR",
                   help="collectivite=…, annee=2021, date_from=2021-01-01, date_to=…, matiere=7, type=deliberation")
    p.add_argument("--details", action="store_true",
                   help="avec --json : un objet {query, suggestion, applied, hits} au lieu de la liste des résultats")
    _common(p)
    p.set_defaults(func=_guard(cmd_search))

    p = sub.add_parser("stats", help="statistiques du catalogue")
    _common(p)
    p.set_defaults(func=_guard(cmd_stats))

    p = sub.add_parser("export-scdl", help="exporter les métadonnées au format SCDL (CSV)")
    p.add_argument("out", type=Path)
    _common(p)
    p.set_defaults(func=_guard(cmd_export_scdl))

    p = sub.add_parser("acts", help="les actes lus dans la bibliothèque (un objet JSON par acte)")
    p.add_argument("--path", help="un fichier (ou un dossier) de la bibliothèque, chemin relatif au dossier importé")
    p.add_argument("--collectivite", help="seulement les actes de cette collectivité")
    _common(p)
    p.set_defaults(func=_guard(cmd_acts))

    p = sub.add_parser("query", help="question de comptage ou de liste sur les métadonnées")
    p.add_argument("question")
    _common(p)
    p.set_defaults(func=_guard(cmd_query))
