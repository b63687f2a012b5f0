"""Reproduce the 12 cases of issue 15 through the `registre` command, as a hostile or unlucky user would.

Runs against whatever code ``python -m registre`` finds first, so the same script shows the defects
on main and their fixes on a branch:

    PYTHONPATH=/work/main  /work/main/.venv/bin/python bench/reproduce_issue15.py    # before
    PYTHONPATH=$PWD        /work/main/.venv/bin/python bench/reproduce_issue15.py    # after

For each case it prints the command, the interesting part of the output and a verdict:
« DÉFAUT » (the behaviour the issue describes) or « OK » (the behaviour the issue asks for).
Cases 9a/9b need root (chattr, a tiny tmpfs for the full disk); they are skipped otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

import hostile_files as hf  # noqa: E402

SAMPLES = REPO / "sample_deliberations"
ENV = dict(os.environ, REGISTRE_EMBEDDER="hashing", PYTHONIOENCODING="utf-8")
TIMEOUT = 240


class Case:
    def __init__(self, number: str, title: str) -> None:
        self.number, self.title = number, title
        self.lines: list[str] = []
        self.defect: bool | None = None

    def show(self, text: str) -> None:
        self.lines.append(text)


def registre(*args: str, env: dict | None = None, timeout: int = TIMEOUT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "registre", *args], capture_output=True, text=True,
                          env=env or ENV, timeout=timeout, errors="replace")


def cmdline(*args: str) -> str:
    return "registre " + " ".join(a if " " not in a else repr(a) for a in args)


def tail(text: str, lines: int = 4) -> str:
    kept = [line for line in text.strip().splitlines() if line.strip()]
    return "\n".join("    " + line[:200] for line in kept[-lines:]) or "    (rien)"


def good_folder(base: Path) -> Path:
    """The sample folder (the two communes with text PDFs, .txt, .docx, .odt), without its problem files."""
    dest = base / "dossier"
    for commune in ("fontclaire", "valmont-le-vieux"):
        shutil.copytree(SAMPLES / commune, dest / commune)
    return dest


def run_import(case: Case, folder: Path, data: Path, *extra: str) -> tuple[subprocess.CompletedProcess, dict | None]:
    args = ("import", str(folder), "--data-dir", str(data), "--json", "--no-ocr", "--no-embed", *extra)
    case.show("$ " + cmdline(*args))
    done = registre(*args)
    case.show(f"  code de sortie {done.returncode}")
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError:
        report = None
    if report is None:
        case.show("  stderr :\n" + tail(done.stderr))
    return done, report


def failures(report: dict | None) -> list[tuple[str, str, str]]:
    if not report:
        return []
    return [(f["path"], f["code"], f["reason"]) for f in report.get("failed", []) + report.get("warnings", [])]


def show_failures(case: Case, report: dict | None, only: str | None = None) -> None:
    for path, code, reason in failures(report):
        if only is None or only in path:
            case.show(f"  {path} : {code} — {reason[:110]}")


# ---------------------------------------------------------------------------------------------- cases


def case_1(base: Path) -> Case:
    case = Case("1", "nom de fichier qui n'est pas de l'UTF-8")
    folder = good_folder(base)
    hf.non_utf8_name(folder, hf.deliberation_text(1).encode())
    done, report = run_import(case, folder, base / "data")
    show_failures(case, report, "deliberation_")
    imported = report["imported"] if report else 0
    case.show(f"  importés : {imported}")
    case.defect = report is None or imported < 9 or "Traceback" in done.stderr
    return case


def case_2(base: Path) -> Case:
    case = Case("2", "PDF endommagé que seul pypdf ouvre, texte avec NUL et surrogates isolés")
    folder = good_folder(base)
    hf.pypdf_only_pdf(folder / "abime.pdf")
    probe = subprocess.run([sys.executable, "-c", (
        "import sys, pypdfium2, pypdf\n"
        "try:\n    pypdfium2.PdfDocument(sys.argv[1]); print('pdfium: ouvert')\n"
        "except Exception as e: print('pdfium: refuse', e)\n"
        "t = pypdf.PdfReader(sys.argv[1], strict=False).pages[0].extract_text()\n"
        "print('pypdf:', ascii(t))"), str(folder / "abime.pdf")], capture_output=True, text=True, env=ENV)
    case.show("  (le fichier) " + probe.stdout.strip().replace("\n", " | ")[:200])
    done, report = run_import(case, folder, base / "data")
    show_failures(case, report, "abime")
    case.defect = report is None or report["imported"] < 9 or "Traceback" in done.stderr
    return case


def case_3(base: Path) -> Case:
    case = Case("3", "deux imports de la même bibliothèque en même temps")
    folder = good_folder(base)
    for i in range(60):
        hf.good_txt(folder / "lot" / f"delib_{i:03d}.txt", i)
    data = base / "data"
    args = ("import", str(folder), "--data-dir", str(data), "--json", "--no-ocr")
    case.show("$ " + cmdline(*args) + "   (deux fois, à 0,3 s d'intervalle)")
    first = subprocess.Popen([sys.executable, "-m", "registre", *args], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=ENV)
    time.sleep(0.3)
    second = registre(*args)
    out1, err1 = first.communicate(timeout=TIMEOUT)
    rep1 = _json(out1)
    rep2 = _json(second.stdout)
    case.show(f"  premier : code {first.returncode}, importés {rep1.get('imported') if rep1 else '—'}")
    if rep1 is None:
        case.show("  stderr du premier :\n" + tail(err1, 2))
    case.show(f"  second : code {second.returncode}, importés {rep2.get('imported') if rep2 else '—'}")
    if rep2 is None:
        case.show("  stderr du second :\n" + tail(second.stderr, 3))
    both_worked = bool(rep1 and rep2 and rep1.get("imported") and rep2.get("imported"))
    told = "un import est déjà en cours" in second.stderr.lower()
    case.defect = both_worked or "Traceback" in second.stderr or not told
    return case


def _json(text: str) -> dict | None:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return None


def peak_rss_of(argv: list[str], timeout: int) -> tuple[subprocess.CompletedProcess | None, float, float]:
    """(result, seconds, peak RSS in MB) of a child; None when it ran past ``timeout`` (killed)."""
    started = time.monotonic()
    child = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV,
                             errors="replace")
    try:
        out, err = child.communicate(timeout=timeout)
        result: subprocess.CompletedProcess | None = subprocess.CompletedProcess(argv, child.returncode, out, err)
    except subprocess.TimeoutExpired:
        child.kill()
        child.communicate()
        result = None
    seconds = time.monotonic() - started
    return result, seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def case_4(base: Path, inflated_mb: int) -> Case:
    case = Case("4", f"bombe zip : .docx dont le XML gonfle à {inflated_mb} Mo")
    folder = good_folder(base)
    bomb = hf.docx_bomb(folder / "bombe.docx", inflated_mb * 1024 * 1024)
    case.show(f"  taille du .docx : {bomb.stat().st_size / 1024:.0f} Ko")
    args = ("import", str(folder), "--data-dir", str(base / "data"), "--json", "--no-ocr", "--no-embed")
    case.show("$ " + cmdline(*args) + "   (mesuré dans un processus à part)")
    # measured from a fresh interpreter so that RUSAGE_CHILDREN holds only this import
    probe = (
        "import resource, subprocess, sys, time, json\n"
        "t = time.monotonic()\n"
        "try:\n    r = subprocess.run(sys.argv[2:], capture_output=True, text=True, timeout=int(sys.argv[1]))\n"
        "    rc, out = r.returncode, r.stdout\n"
        "except subprocess.TimeoutExpired:\n    rc, out = 'tué (délai)', ''\n"
        "print(json.dumps({'rc': rc, 'out': out, 's': time.monotonic() - t,"
        " 'mb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe, "180", sys.executable, "-m", "registre", *args],
                          capture_output=True, text=True, env=ENV)
    info = json.loads(done.stdout)
    report = _json(info["out"])
    case.show(f"  code {info['rc']}, {info['s']:.1f} s, mémoire maximale {info['mb']:.0f} Mo")
    show_failures(case, report, "bombe")
    case.defect = info["mb"] > 400 or info["s"] > 60 or report is None
    return case


def case_5(base: Path) -> Case:
    case = Case("5", "lien symbolique vers un fichier hors du dossier (/etc/passwd)")
    folder = good_folder(base)
    hf.link(folder / "fontclaire" / "annexe.txt", "/etc/passwd")
    hf.link(folder / "valmont-le-vieux" / "copie_cantine.txt", "../fontclaire/2023/D2023-12_cantine.txt")
    data = base / "data"
    _done, report = run_import(case, folder, data)
    show_failures(case, report, "annexe")
    args = ("search", "root bin bash nologin", "--data-dir", str(data), "--json", "--mode", "keyword")
    found = registre(*args)
    case.show("$ " + cmdline(*args))
    data = _json(found.stdout) or []
    hits = [h["path"] for h in (data["hits"] if isinstance(data, dict) else data)]  # main's JSON became an object
    case.show(f"  résultats : {hits[:5]}")
    case.defect = any("annexe" in h for h in hits)
    return case


def case_6(base: Path) -> Case:
    case = Case("6", "formules dans l'export SCDL (CSV)")
    folder = base / "dossier"
    objets = ['=HYPERLINK("http://exemple.invalid/?x="&A1;"Cliquez")', "=cmd|' /C calc'!A0", "@SUM(1+1)*cmd",
              "+33 rue de la Mairie : bail", "Tarifs 2022 - cantine"]
    for i, objet in enumerate(objets):
        (folder / f"f{i}.txt").parent.mkdir(parents=True, exist_ok=True)
        (folder / f"f{i}.txt").write_text(hf.deliberation_text(i, objet=objet), encoding="utf-8")
    data = base / "data"
    run_import(case, folder, data)
    out = base / "scdl.csv"
    args = ("export-scdl", str(out), "--data-dir", str(data))
    done = registre(*args)
    case.show("$ " + cmdline(*args) + f"   → code {done.returncode}")
    import csv

    with out.open(encoding="utf-8") as fh:
        cells = [row["DELIB_OBJET"] for row in csv.DictReader(fh)]
    for cell in cells:
        case.show(f"  DELIB_OBJET = {cell}")
    case.defect = any(c[:1] in ("=", "+", "-", "@", "\t", "\r") for c in cells)
    return case


def case_7(base: Path) -> Case:
    case = Case("7", "SQL paramétré : dossier de modèle « modèle l'essai »")
    folder = good_folder(base)
    data = base / "data"
    run_import(case, folder, data)
    model = base / "modèle l'essai"
    model.mkdir()
    (model / "modules.json").write_text("[]")
    args = ("stats", "--data-dir", str(data), "--json", "--embedder", str(model))
    done = registre(*args)
    case.show("$ " + cmdline(*args) + f"   → code {done.returncode}")
    stats = _json(done.stdout)
    case.show(f"  embedding_model : {stats.get('embedding_model') if stats else tail(done.stderr, 2)}")
    case.defect = stats is None
    return case


_KILL_CHILD = """
import os, signal, sys, threading
from indexer import Library
folder, data, delay = sys.argv[1], sys.argv[2], float(sys.argv[3])
lib = Library(data, embedder="hashing", ocr_enabled=False)
sys.stderr.write("START\\n"); sys.stderr.flush()
threading.Timer(delay, lambda: os.kill(os.getpid(), signal.SIGKILL)).start()
lib.import_folder(folder)
os.kill(os.getpid(), signal.SIGKILL)
"""

_KEYWORD_DOCS = """
import json, sys, tantivy
from indexer import Library
with Library(sys.argv[1], embedder="hashing", ocr_enabled=False) as lib:
    idx = lib.keyword._index
    idx.reload()
    s = idx.searcher()
    res = s.search(tantivy.Query.all_query(), max(1, s.num_docs))
    docs = [(int(s.doc(a)["act_id"][0]), int(s.doc(a)["page"][0])) for _sc, a in res.hits]
    acts = {a.act_id: (a.path, a.page_start) for a in lib.acts()}
    known = sorted([acts[a][0], p] for a, p in docs if a in acts)
    print(json.dumps({"count": len(docs), "orphans": sum(1 for a, _p in docs if a not in acts), "docs": known}))
"""


def keyword_snapshot(data: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", _KEYWORD_DOCS, str(data)], capture_output=True, text=True,
                          env=ENV, timeout=TIMEOUT)
    return json.loads(done.stdout)


def case_8(base: Path, trials: int) -> Case:
    case = Case("8", "kill -9 pendant le réimport de fichiers modifiés")
    folder = base / "dossier"
    for i in range(20):
        hf.good_txt(folder / f"delib_{i:02d}.txt", i, version=1)
    data = base / "data"
    run_import(case, folder, data)
    for i in range(20):
        hf.good_txt(folder / f"delib_{i:02d}.txt", i, version=2)
    clean = base / "propre"
    run_import(case, folder, clean)
    reference = keyword_snapshot(clean)
    case.show(f"  import propre : {reference['count']} documents dans l'index mots-clés")
    case.defect = False
    for trial in range(trials):
        shutil.rmtree(data)
        for i in range(20):
            hf.good_txt(folder / f"delib_{i:02d}.txt", i, version=1)
        registre("import", str(folder), "--data-dir", str(data), "--json", "--no-ocr", "--no-embed")
        for i in range(20):
            hf.good_txt(folder / f"delib_{i:02d}.txt", i, version=2)
        delay = 0.05 + 0.1 * trial
        killed = subprocess.run([sys.executable, "-c", _KILL_CHILD, str(folder), str(data), str(delay)],
                                capture_output=True, text=True, env=ENV, timeout=TIMEOUT)
        registre("import", str(folder), "--data-dir", str(data), "--json", "--no-ocr", "--no-embed")
        snap = keyword_snapshot(data)
        same = snap["count"] == reference["count"] and snap["docs"] == reference["docs"]
        case.show(f"  tué après {delay:.2f} s (code {killed.returncode}), repris : {snap['count']} documents,"
                  f" {snap['orphans']} d'actes disparus — {'identique' if same else 'DIFFÉRENT'}")
        case.defect = case.defect or not same
    return case


def _chattr(path: Path, flag: str) -> bool:
    return subprocess.run(["chattr", flag, str(path)], capture_output=True).returncode == 0


def _fingerprint(folder: Path) -> dict[str, str]:
    """Content digest of the library's data files (the journal, the lock file and SQLite's shared-memory
    index are not data)."""
    import hashlib

    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and "journal" not in p.parts
            and p.name != "import.lock" and not p.name.endswith("-shm")
            and not (p.name.endswith("-wal") and p.stat().st_size == 0)}


def case_9(base: Path) -> list[Case]:
    out = []
    folder = good_folder(base)
    hf.good_txt(folder / "nouveau" / "delib_nouvelle.txt", 3)
    (folder / "nouveau" / "delib_nouvelle.txt").rename(folder / "nouveau" / "x.txt")
    small = base / "petit"
    shutil.copytree(SAMPLES / "fontclaire", small)

    def env_case(number: str, title: str, prepare: Callable[[Path], Callable[[], None]],
                 target: Path = folder) -> Case:
        case = Case(number, title)
        data = base / f"data{number}"
        registre("import", str(small), "--data-dir", str(data), "--json", "--no-ocr", "--no-embed")
        undo = prepare(data)
        before = _fingerprint(data)
        try:
            done, report = run_import(case, target, data)
            if report is not None:
                case.show(f"  importés {report['imported']}")
                case.show("  stderr :\n" + tail(done.stderr, 3))
        finally:
            undo()
        after = _fingerprint(data)
        changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
        case.show(f"  bibliothèque modifiée : {'oui : ' + ', '.join(changed[:4]) if changed else 'non'}")
        case.defect = done.returncode != 3 or "Traceback" in done.stderr
        return case

    if os.geteuid() == 0:
        def readonly_catalogue(data: Path) -> Callable[[], None]:
            for p in data.glob("catalogue.sqlite3*"):
                _chattr(p, "+i")
            return lambda: [_chattr(p, "-i") for p in data.glob("catalogue.sqlite3*")]

        out.append(env_case("9a", "catalogue.sqlite3 en lecture seule", readonly_catalogue))

        def full_disk(data: Path) -> Callable[[], None]:
            shutil.rmtree(data)
            data.mkdir()
            subprocess.run(["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(data)], check=True)
            registre("import", str(small), "--data-dir", str(data), "--json", "--no-ocr", "--no-embed")
            return lambda: None  # unmounted at the end of the case, after the resume below

        big = base / "gros"
        for i in range(150):
            hf.good_txt(big / f"d{i:03d}.txt", i)
        case = env_case("9b", "disque plein (tmpfs de 600 Ko)", full_disk, target=big)
        out.append(case)
        # space freed (the tmpfs grown): the same import resumes and ends equal to a clean one
        data = base / "data9b"
        subprocess.run(["mount", "-o", "remount,size=64m", str(data)], check=False)
        again = registre("import", str(big), "--data-dir", str(data), "--json", "--no-ocr", "--no-embed")
        clean = base / "propre9b"
        registre("import", str(small), "--data-dir", str(clean), "--json", "--no-ocr", "--no-embed")
        registre("import", str(big), "--data-dir", str(clean), "--json", "--no-ocr", "--no-embed")
        got = _json(registre("stats", "--data-dir", str(data), "--json").stdout) or {}
        want = _json(registre("stats", "--data-dir", str(clean), "--json").stdout) or {}
        keys = ("files", "acts", "chunks", "keyword_documents")
        case.show(f"  place libérée, réimport : code {again.returncode} ; "
                  + ", ".join(f"{k} {got.get(k)}/{want.get(k)}" for k in keys) + " (repris / import propre)")
        case.defect = case.defect or any(got.get(k) != want.get(k) for k in keys)
        subprocess.run(["umount", "-l", str(data)], check=False)
    else:
        skipped = Case("9a/9b", "lecture seule / disque plein : il faut être root (chattr, mount)")
        out.append(skipped)

    def corrupt(data: Path) -> Callable[[], None]:
        (data / "catalogue.sqlite3").write_bytes(b"ceci n'est pas une base SQLite " * 200)
        for extra in data.glob("catalogue.sqlite3-*"):
            extra.unlink()
        return lambda: None

    out.append(env_case("9c", "catalogue endommagé", corrupt))

    def readonly_index(data: Path) -> Callable[[], None]:
        index = next(p for p in data.iterdir() if p.name.startswith("index-mots"))
        if os.geteuid() == 0:
            _chattr(index, "+i")
            return lambda: _chattr(index, "-i")
        index.chmod(0o555)
        return lambda: index.chmod(0o755)

    case = env_case("9d", "dossier de l'index en lecture seule", readonly_index)
    case.defect = case.defect or any("illisible" in line for line in case.lines)
    out.append(case)
    return out


def case_10(base: Path) -> list[Case]:
    folder = good_folder(base)
    extra = folder / "extra"
    hf.corrupt_zip(extra / "abime.docx")
    hf.corrupt_zip(extra / "abime.odt")
    hf.utf16_txt(extra / "bloc_notes_unicode.txt", hf.deliberation_text(4))
    hf.binary_txt(extra / "binaire.txt")
    hf.bad_doc(extra / "ancien.doc")
    (extra / "vide.pdf").write_bytes(b"")
    (extra / "vide.txt").write_bytes(b"")
    hf.link_loop(extra)
    long_rel = hf.over_long_path(extra, hf.deliberation_text(5).encode())
    case = Case("10", "raisons fausses ou manquantes")
    done, report = run_import(case, folder, base / "data")
    got = {path.rsplit("/", 1)[-1]: (code, reason) for path, code, reason in failures(report)}
    for path, code, reason in failures(report):
        if "extra/" in path or "boucle" in path or len(path) > 200:
            shown = path if len(path) < 70 else f"{path[:30]}…{path[-30:]} ({len(path)} caractères)"
            case.show(f"  {shown} : {code} — {reason[:100]}")
    checks = {
        "abime.docx": lambda c, r: "PDF" not in r,
        "abime.odt": lambda c, r: "PDF" not in r,
        "ancien.doc": lambda c, r: "installez" not in r,
        "vide.txt": lambda c, r: c == "fichier_vide",
        "boucle.pdf": lambda c, r: True,
    }
    wrong = []
    for name, ok in checks.items():
        if name not in got or not ok(*got[name]):
            wrong.append(name)
    if "bloc_notes_unicode.txt" in got:
        wrong.append("bloc_notes_unicode.txt (refusé)")
    if "binaire.txt" not in got:
        wrong.append("binaire.txt (importé)")
    if any("identique" in r for _p, _c, r in failures(report)):
        wrong.append("« identique » sur un fichier en échec")
    if not any(p.endswith(long_rel[-40:]) or len(p) > 1000 for p, _c, _r in failures(report)):
        wrong.append("chemin trop long non signalé")
    case.show(f"  mal signalés : {wrong or 'aucun'}")
    case.defect = bool(wrong) or done.returncode != 1
    return [case]


def case_11(base: Path) -> list[Case]:
    folder = good_folder(base)
    data = base / "data"
    case = Case("11", "entrées acceptées en silence")
    run_import(case, folder, data)
    wrong = []
    checks = [
        (("search", "cantine", "--data-dir", str(data), "--filter", "annee=abcd"), "annee=abcd"),
        (("search", "cantine", "--data-dir", str(data), "--top", "-1"), "--top -1"),
        (("query", "combien de délibérations en 9999", "--data-dir", str(data)), "en 9999"),
        (("search", "cantine", "--data-dir", str(base / "dta-mal-tape")), "--data-dir mal tapé"),
        (("search", "--data-dir", str(data)), "argparse"),
        (("search", "cantine", "--top", "dix", "--data-dir", str(data)), "argparse"),
    ]
    for args, label in checks:
        done = registre(*args)
        case.show("$ " + cmdline(*args) + f"   → code {done.returncode}")
        case.show(tail(done.stderr or done.stdout, 2))
        english = any(w in done.stderr for w in ("the following", "invalid choice", "invalid int", "usage:",
                                                 "error:", "unrecognized", "expected one"))
        if done.returncode != 2 or english:
            wrong.append(label)
    created = (base / "dta-mal-tape").exists()
    case.show(f"  dossier mal tapé créé : {'oui' if created else 'non'}")
    if created:
        wrong.append("dossier créé")
    case.show(f"  acceptés à tort : {wrong or 'aucun'}")
    case.defect = bool(wrong)
    return [case]


def case_12(base: Path) -> Case:
    case = Case("12", "la progression de la vectorisation ne bouge pas")
    folder = base / "dossier"
    for i in range(150):
        hf.good_txt(folder / f"delib_{i:03d}.txt", i)
    args = ("import", str(folder), "--data-dir", str(base / "data"), "--no-ocr")
    case.show("$ REGISTRE_EMBEDDER=use-m3 " + cmdline(*args) + "   (le vrai modèle : la vectorisation dure)")
    done = registre(*args, env=dict(ENV, REGISTRE_EMBEDDER="use-m3"))
    lines = [line for line in done.stderr.splitlines() if line.startswith("[vectorisation]")]
    case.show("  " + " | ".join(line.split(" — ")[0] for line in lines[:8]))
    values = {line.split()[1] for line in lines}
    finals = {v for v in values if v.split("/")[0] in ("0", v.split("/")[1])}
    case.defect = len(values - finals) == 0
    return case


# ---------------------------------------------------------------------------------------------- main


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="numéros séparés par des virgules (ex. 1,4,9)")
    parser.add_argument("--bomb-mb", type=int, default=60, help="taille gonflée de la bombe du cas 4")
    parser.add_argument("--kills", type=int, default=3, help="essais de kill -9 du cas 8")
    args = parser.parse_args()
    only = set(args.only.split(",")) if args.only else None
    # `python -m` puts the current folder first on sys.path: run from elsewhere so that PYTHONPATH
    # alone chooses which checkout is tried
    os.chdir(tempfile.gettempdir())
    code = subprocess.run([sys.executable, "-c", "import indexer; print(indexer.__file__)"], capture_output=True,
                          text=True, env=ENV).stdout.strip()
    print(f"Code essayé : {code}")
    runs: list[tuple[str, Callable[[Path], Case | list[Case]]]] = [
        ("1", case_1), ("2", case_2), ("3", case_3), ("4", lambda b: case_4(b, args.bomb_mb)), ("5", case_5),
        ("6", case_6), ("7", case_7), ("8", lambda b: case_8(b, args.kills)), ("9", case_9), ("10", case_10),
        ("11", case_11), ("12", case_12),
    ]
    verdicts = []
    for number, run in runs:
        if only and number not in only:
            continue
        base = Path(tempfile.mkdtemp(prefix=f"wt15-cas{number}-"))
        started = time.monotonic()
        try:
            result = run(base)
        finally:
            subprocess.run(["umount", "-l", str(base / "data9b")], capture_output=True, check=False)
            hf.remove_tree(base)
        for case in result if isinstance(result, list) else [result]:
            verdict = "—" if case.defect is None else ("DÉFAUT" if case.defect else "OK")
            print(f"\n=== cas {case.number} : {case.title} — {verdict} ({time.monotonic() - started:.0f} s)")
            print("\n".join(case.lines))
            verdicts.append(f"{case.number}:{verdict}")
        sys.stdout.flush()
    print("\nBilan : " + "  ".join(verdicts))
    return 0


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.default_int_handler)
    sys.exit(main())
