"""Open our .docx/.odt exports in LibreOffice: convert to PDF, check the text, render page 1 to PNG.

    .venv/bin/python bench/check_exports_libreoffice.py [--data-dir D --seance YYYY-MM-DD] [--out-dir OUT]

Without --data-dir, the procès-verbal of 28 March 2024 is drafted from sample_deliberations/
(imported into a temporary library). Prints one JSON report: conversion times, missing strings,
PNG paths. Exit code 1 when a conversion fails or an expected string is missing.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pypdfium2 as pdfium  # noqa: E402

from assistant.drafting.proces_verbal import build_proces_verbal  # noqa: E402
from assistant.drafting.result import DraftResult  # noqa: E402
from assistant.export import AI_MARK, Heading, Table, export_draft  # noqa: E402
from assistant.export.libreoffice import convert_to_pdf, find_soffice  # noqa: E402
from indexer import Library  # noqa: E402

SAMPLE_SESSION = ("saint-aubin-sur-loire/2024", "2024-03-28")


def _draft(args: argparse.Namespace, work: Path) -> DraftResult:
    if args.data_dir:
        with Library(args.data_dir) as lib:
            return build_proces_verbal(lib, args.seance, args.collectivite)
    docs = work / "docs"
    shutil.copytree(ROOT / "sample_deliberations" / SAMPLE_SESSION[0], docs / SAMPLE_SESSION[0])
    with Library(work / "data", embedder="hashing") as lib:
        lib.import_folder(docs)
        return build_proces_verbal(lib, SAMPLE_SESSION[1])


def _expected(result: DraftResult, validated: bool) -> list[str]:
    draft = result.draft
    wanted = [draft.title, "Sources"]
    wanted += [b.text for b in draft.blocks if isinstance(b, Heading)][:6]
    table = next((b for b in draft.blocks if isinstance(b, Table)), None)
    if table is not None:
        wanted += [row[2] for row in table.rows[:3]]  # the votes
    wanted += [f"{ref.path}, page {ref.page}" for ref in draft.sources()[:2]]
    wanted.append(draft.validation_line() or "" if validated else AI_MARK)
    return wanted


def _pdf_text(pdf: Path) -> tuple[str, int]:
    doc = pdfium.PdfDocument(str(pdf))
    try:
        return " ".join(" ".join(p.get_textpage().get_text_range().split()) for p in doc), len(doc)
    finally:
        doc.close()


def _png(pdf: Path) -> Path:
    stem = pdf.with_suffix("")
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)],
            check=True,
            timeout=60,
        )
    else:
        doc = pdfium.PdfDocument(str(pdf))
        doc[0].render(scale=70 / 72).to_pil().save(stem.with_suffix(".png"))
        doc.close()
    return stem.with_suffix(".png")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir")
    parser.add_argument("--seance", default=SAMPLE_SESSION[1])
    parser.add_argument("--collectivite")
    parser.add_argument("--out-dir", type=Path, default=None, help="where to keep the files (default: temporary)")
    args = parser.parse_args()
    if find_soffice() is None:
        print(
            "LibreOffice (soffice) est introuvable : apt-get install libreoffice-writer-nogui",
            file=sys.stderr,
        )
        return 1
    work = Path(tempfile.mkdtemp(prefix="registre-bench-"))
    out = args.out_dir or work / "out"
    out.mkdir(parents=True, exist_ok=True)
    result = _draft(args, work)
    report: dict[str, object] = {
        "title": result.draft.title,
        "placeholders": len(result.placeholders),
        "filled": len(result.filled),
        "files": [],
    }
    ok = True
    for validated in (False, True):
        draft = result.draft.validate("Marie Dupont, secrétaire de mairie") if validated else result.draft
        wanted = [w for w in _expected(DraftResult(draft, result.filled, result.citations), validated) if w]
        for suffix in (".docx", ".odt"):
            name = f"pv{'-valide' if validated else ''}{suffix}"
            source = export_draft(draft, out / name, overwrite=True)
            started = time.perf_counter()
            pdf = convert_to_pdf(source, out / f"pdf{suffix.replace('.', '-')}")
            seconds = time.perf_counter() - started
            text, pages = _pdf_text(pdf)
            missing = [w for w in wanted if w not in text]
            leaked_mark = validated and AI_MARK in text
            ok = ok and not missing and not leaked_mark
            report["files"].append(
                {  # type: ignore[attr-defined]
                    "file": str(source),
                    "pdf": str(pdf),
                    "pdf_pages": pages,
                    "convert_seconds": round(seconds, 2),
                    "checked": len(wanted),
                    "missing": missing,
                    "ai_mark_after_validation": leaked_mark,
                    "png_page_1": str(_png(pdf)),
                }
            )
    report["ok"] = ok
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
