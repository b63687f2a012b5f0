"""Score `registre draft pv` against the hand-checked truth set `bench/devset/pv_truth.json`.

For each séance of the truth set, the draft is made with the real CLI (JSON on stdout + the .docx), then
every fact the source states is classed:

- right        the draft states it and it matches the source;
- wrong        the draft states a value that contradicts the source (a proxy nobody gave, a vote figure
               that is not printed, a count that differs…);
- placeholder  the draft shows « [à compléter …] » where the source states the fact;
- missing      neither;
- incomplete   (lists only) some of the names, none wrong.

Facts the source does not state (null in the truth) are scored only when the draft states them anyway:
**invented**. Deliberations are read from the .docx (Heading 2 entries under the « Délibérations »
heading): is each truth deliberation there, with the right vote, and its decision figures written? An
information item (presentation, report, questions diverses, mayor's decision, procedural vote) written as
a deliberation counts as wrong structure.

Headline per split (dev / heldout / all): **wrong facts written** (wrong + invented, target 0), facts
filled right as a share of the facts the source states, placeholders where the source states the fact.

    .venv/bin/python bench/score_pv.py                      # library: /work/data/corpus-base, else a small one
    .venv/bin/python bench/score_pv.py --data-dir D --show-errors
    .venv/bin/python bench/score_pv.py --only PV-couthenans-2022-10-07 --keep-drafts /tmp/pv --details

The full library is used once its import report (``/work/data/corpus-base.import.json``) is written; until then
a small one is imported from copies of the truth's source files (corpus folders kept), in $TMPDIR/pvlib.

Names match case- and accent-insensitively on the surname (capitals) or, without capitals, on every word.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
TRUTH = REPO / "bench" / "devset" / "pv_truth.json"
CORPUS = Path(os.environ.get("REGISTRE_CORPUS", REPO.parent / "shared" / "corpus"))
BASE_LIBRARY = Path("/work/data/corpus-base")
SMALL_LIBRARY = Path(tempfile.gettempdir()) / "pvlib"
# Lists that name acts of many séances: a full library has them, so the small one carries them too.
EXTRA_SOURCES = [
    "pierrefonds/listes-deliberations/REPERTOIRE-CHRONOLOGIQUE-2024-POUR-AFFICHAGE.pdf",
    "pierrefonds/listes-deliberations/REPERTOIRE-CHRONOLOGIQUE-2025-POUR-AFFICHAGE.pdf",
]

SCALARS = [
    "president", "secretaire", "heure_ouverture", "heure_cloture", "date_convocation", "lieu",
    "membres_en_exercice", "presents_nombre", "votants", "quorum",
]  # fmt: skip
LISTS = ["presents", "representes", "excuses", "absents"]
FACTS = SCALARS[:-1] + LISTS + ["quorum"]
# Words of each fact's « [à compléter : …] » label (assistant/drafting/seance_facts.py FACT_LABELS).
PLACEHOLDER_KEYS = {
    "heure_ouverture": "heure d'ouverture",
    "lieu": "lieu de la seance",
    "date_convocation": "date de convocation",
    "president": "president de seance",
    "membres_en_exercice": "membres en exercice",
    "presents_nombre": "nombre de membres presents",
    "votants": "nombre de votants",
    "presents": "noms des membres presents",
    "representes": "representes",
    "excuses": "excuses",
    "absents": "membres absents",
    "secretaire": "secretaire de seance",
    "quorum": "quorum",
    "heure_cloture": "heure de cloture",
}
# The .docx line of each fact in « Membres du conseil », read when the JSON has no filled fact.
DOCX_LINES = {
    "membres_en_exercice": "membres en exercice",
    "presents": "presents",
    "representes": "representes",
    "excuses": "excuses",
    "absents": "absents",
    "votants": "votants",
    "secretaire": "secretaire de seance",
}
PLACEHOLDER_RE = re.compile(r"\[à compléter[^\]]*\]")
EMPTY_WORDS = {"", "neant", "aucun", "aucune", "personne", "-", "—"}
CIVILITIES = {"monsieur", "madame", "mme", "mlle", "m", "mm", "mmes", "messieurs", "mesdames", "dr", "docteur", "mr"}
STOPWORDS = set(
    "les des pour une aux par sur avec dans del deliberation deliberations objet commune relative relatif "
    "mise place cadre suite".split()
)

# --- text helpers -------------------------------------------------------------------------------


def fold(text: str) -> str:
    text = unicodedata.normalize("NFD", str(text).lower().replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", fold(text))


def digits_only(text: str) -> str:
    """« 1 124,00 € » → « 112400 »; « 50% » → « 50% »: the README's comparison for figures."""
    return re.sub(r"[\s\u00a0\u202f.,€]", "", fold(text))


def is_placeholder(text: str) -> bool:
    return "[à compléter" in str(text)


def is_empty(text: str) -> bool:
    return fold(text).strip(" .") in EMPTY_WORDS


def name_key(name: str) -> list[str]:
    """Surname in capitals (« Jean-Pierre JEANROY » → [jeanroy]); without capitals, every word."""
    tokens = [t for t in re.split(r"[\s,]+", str(name).strip()) if t]
    tokens = [t.strip(".()") for t in tokens if fold(t.strip(".()")) not in CIVILITIES]
    caps = [t for t in tokens if len(t) >= 3 and t.upper() == t and any(c.isalpha() for c in t)]
    chosen = caps or [t for t in tokens if len(t) >= 3] or tokens
    return [fold(t) for t in chosen]


def name_matches(truth: str, draft: str) -> bool:
    key = name_key(truth)
    have = set(words(draft))
    return bool(key) and all(k in have or k.replace("-", " ") in fold(draft) for k in key)


def full_match(truth: str, draft: str) -> bool:
    """Every word of the name (first names too) is in the draft's text."""
    key = [w for w in words(truth) if len(w) >= 3 and w not in CIVILITIES]
    have = set(words(draft))
    return bool(key) and all(k in have for k in key)


def parse_time(text: Any) -> tuple[int, int] | None:
    match = re.search(r"(\d{1,2})\s*(?:h|heures?|:)\s*(\d{2})?", fold(text))
    return (int(match.group(1)), int(match.group(2) or 0)) if match else None


MONTHS = "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre".split()
DAY_WORDS = {
    "premier": 1, "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "dix-sept": 17,
    "dix-huit": 18, "dix-neuf": 19, "vingt": 20, "vingt-et-un": 21, "vingt et un": 21, "vingt-deux": 22,
    "vingt-trois": 23, "vingt-quatre": 24, "vingt-cinq": 25, "vingt-six": 26, "vingt-sept": 27, "vingt-huit": 28,
    "vingt-neuf": 29, "vingt neuf": 29, "vingt huit": 28, "trente": 30, "trente-et-un": 31, "trente et un": 31,
}  # fmt: skip


def parse_date(text: Any) -> tuple[int, int, int | None] | None:
    t = fold(text)
    if m := re.search(r"(\d{4})-(\d{2})-(\d{2})", t):
        return int(m.group(3)), int(m.group(2)), int(m.group(1))
    if m := re.search(r"(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})", t):
        year = int(m.group(3))
        return int(m.group(1)), int(m.group(2)), year + 2000 if year < 100 else year
    month_re = "|".join(MONTHS)
    if m := re.search(rf"(\d{{1,2}})(?:er)?\s+({month_re})(?:\s+(\d{{4}}))?", t):
        return int(m.group(1)), MONTHS.index(m.group(2)) + 1, int(m.group(3)) if m.group(3) else None
    for word, day in sorted(DAY_WORDS.items(), key=lambda kv: -len(kv[0])):
        if m := re.search(rf"\b{word}\s+({month_re})", t):
            return day, MONTHS.index(m.group(1)) + 1, None
    return None


def as_int(value: Any) -> int | None:
    if isinstance(value, int):
        return value
    match = re.search(r"\d+", str(value))
    return int(match.group(0)) if match else None


# --- reading the draft --------------------------------------------------------------------------


@dataclass
class DraftDelib:
    heading: str
    label: str
    objet: str
    body: str


@dataclass
class Draft:
    ok: bool
    error: str = ""
    facts: dict[str, Any] = field(default_factory=dict)  # from the JSON « filled »
    excerpts: dict[str, str] = field(default_factory=dict)
    placeholders: list[str] = field(default_factory=list)
    lines: list[tuple[str, str]] = field(default_factory=list)  # (style, text) of the .docx, in order
    deliberations: list[DraftDelib] = field(default_factory=list)

    def line(self, prefix: str) -> str | None:
        """The text after « Label : » of the first .docx line whose label starts with prefix."""
        for style, text in self.lines:
            if style.startswith("Heading"):
                continue
            head, sep, rest = text.partition(":")
            if sep and fold(head).strip().startswith(prefix):
                return rest.strip()
        return None


def docx_lines(path: Path) -> list[tuple[str, str]]:
    from docx import Document  # python-docx, a dependency of the product

    doc = Document(str(path))
    out: list[tuple[str, str]] = []
    paragraphs = {id(p._p): p for p in doc.paragraphs}
    tables = {id(t._tbl): t for t in doc.tables}
    for child in doc.element.body.iterchildren():
        if id(child) in paragraphs:
            p = paragraphs[id(child)]
            out.append((p.style.name if p.style is not None else "", p.text))
        elif id(child) in tables:
            for row in tables[id(child)].rows:
                out.append(("Table", " | ".join(cell.text for cell in row.cells)))
    return out


HEADING_RE = re.compile(r"^\s*(?:D[ée]lib[ée]ration\s+)?(?:n\s*°\s*)?(?P<label>.*?)\s+[—–-]\s+(?P<objet>.+)$", re.I)


def split_deliberations(lines: list[tuple[str, str]]) -> list[DraftDelib]:
    found: list[DraftDelib] = []
    in_section = False
    current: DraftDelib | None = None
    for style, text in lines:
        level = style.replace("Heading", "").strip() if style.startswith("Heading") else ""
        if level == "1":
            in_section = "liberation" in fold(text) and "diverse" not in fold(text) and "information" not in fold(text)
            current = None
            continue
        if not in_section:
            continue
        if level:
            if fold(text).startswith("recapitulatif"):
                current = None
                continue
            match = HEADING_RE.match(text)
            label, objet = (match.group("label"), match.group("objet")) if match else ("", text)
            current = DraftDelib(text, label, objet, "")
            found.append(current)
        elif current is not None:
            current.body += text + "\n"
    return found


def run_draft(registre: str, data_dir: Path, seance: dict[str, Any], out_dir: Path) -> Draft:
    out = out_dir / f"{seance['id']}.docx"
    cmd = [registre, "draft", "pv", "--seance", seance["date"], "--collectivite", seance["collectivite"],
           "--data-dir", str(data_dir), "--out", str(out), "--overwrite"]  # fmt: skip
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        return Draft(False, error=(proc.stderr.strip() or proc.stdout.strip())[-300:])
    data = json.loads(proc.stdout)
    (out_dir / f"{seance['id']}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    draft = Draft(True, placeholders=list(data.get("placeholders", [])))
    for fact in data.get("filled", []):
        draft.facts.setdefault(fact["fact"], fact["value"])
        draft.excerpts.setdefault(fact["fact"], fact.get("excerpt", ""))
    draft.lines = docx_lines(out)
    draft.deliberations = split_deliberations(draft.lines)
    text = "\n".join(t for _, t in draft.lines)
    draft.placeholders = list(dict.fromkeys(draft.placeholders + PLACEHOLDER_RE.findall(text)))
    return draft


# --- scoring the séance facts --------------------------------------------------------------------


@dataclass
class Outcome:
    status: str  # right | wrong | placeholder | missing | incomplete | invented | derived | absent
    fact: str
    draft: str = ""
    truth: str = ""


def draft_value(draft: Draft, name: str) -> Any:
    """The value the draft states for a fact: JSON « filled » first, else its .docx line."""
    if name in draft.facts:
        return draft.facts[name]
    if name == "presents_nombre":
        for _, text in draft.lines:
            if m := re.match(r"\s*Présents\s*\((\d+)\)", text):
                return int(m.group(1))
        return None
    if name in DOCX_LINES:
        text = draft.line(DOCX_LINES[name])
        if text is None or is_placeholder(text):
            return None
        if is_empty(text):
            return []
        if name in LISTS:
            return [t for t in re.split(r",\s+", text) if t.strip()]
        return text
    return None


def has_placeholder(draft: Draft, name: str) -> bool:
    key = PLACEHOLDER_KEYS[name]
    for ph in draft.placeholders:
        label = fold(ph)
        if name == "presents_nombre" and "nombre de membres presents" in label:
            return True
        if name == "quorum" and "quorum" in label:
            return True
        if key in label and not (name == "excuses" and "non excuses" in label):
            if name == "presents" and "nombre" in label:
                continue
            return True
    return False


def score_scalar(name: str, truth: Any, value: Any, accept: list[Any]) -> str:
    """right | wrong for a value the draft states, against a stated truth (or an accepted one)."""
    candidates = ([truth] if truth is not None else []) + list(accept)
    for cand in candidates:
        if same_value(name, cand, value):
            return "right"
    return "wrong"


def same_value(name: str, truth: Any, value: Any) -> bool:
    if name in ("president", "secretaire"):
        return name_matches(str(truth), str(value))
    if name in ("heure_ouverture", "heure_cloture"):
        return parse_time(truth) is not None and parse_time(truth) == parse_time(value)
    if name == "date_convocation":
        t, d = parse_date(truth), parse_date(value)
        return bool(t and d and t[:2] == d[:2] and (t[2] is None or d[2] is None or t[2] == d[2]))
    if name == "lieu":
        stop = {"dans", "la", "le", "les", "de", "du", "des", "en", "au", "a", "l", "ses"}
        tw = {w for w in words(truth) if w not in stop}
        dw = {w for w in words(value) if w not in stop}
        return bool(tw) and (tw <= dw or (len(dw) >= 2 and dw <= tw))
    if name == "quorum":
        if isinstance(truth, int) or str(truth).isdigit():
            return as_int(value) == as_int(truth)
        return fold(value).strip() == fold(truth).strip()
    return as_int(value) == as_int(truth)


def draft_items(value: Any) -> list[str]:
    if value is None:
        return []
    items = value if isinstance(value, list) else re.split(r",\s+", str(value))
    return [str(i).strip() for i in items if str(i).strip() and not is_empty(str(i))]


PROXY_RE = re.compile(r"^(?P<from>.+?)\s*\((?:pouvoir|procuration)\s+(?:à|a)\s+(?P<to>.+)\)\s*$", re.I)


def score_list(name: str, truth: list[Any], value: Any, others: list[tuple[str, str]]) -> tuple[str, str]:
    """(status, detail) of a list fact. A name the draft adds is wrong (a proxy nobody gave, an absent listed
    as present, a fragment such as « (04 »); the same right name written twice is only noted."""
    items = draft_items(value)
    notes: list[str] = []
    bad: list[str] = []
    if name == "representes":
        left, done = list(truth), []
        for item in items:
            m = PROXY_RE.match(item)
            giver, holder = (m.group("from"), m.group("to")) if m else (item, None)
            hit = next((t for t in left if name_matches(t["mandant"], giver)), None)
            if hit is None:
                if any(name_matches(t["mandant"], giver) for t in done):
                    notes.append(f"doublon {giver}")
                else:
                    bad.append(f"{giver} → {holder or '?'} (aucun pouvoir dans la source)")
                continue
            left.remove(hit)
            done.append(hit)
            if hit["mandataire"] and holder and not name_matches(hit["mandataire"], holder):
                bad.append(f"{giver} → {holder} (source : → {hit['mandataire']})")
        missing = [t["mandant"] for t in left]
    else:
        left, done = list(truth), []
        for item in items:
            hit = next((t for t in left if name_matches(t, item) and name_matches(item, t)), None)
            hit = hit or next((t for t in left if name_matches(t, item)), None)
            several = [t for t in left if full_match(t, item)]
            if len(several) > 1:  # « − Madame Isabelle SIGAUD − Monsieur Jean-Marc GOSSOT » as one item
                for t in several:
                    left.remove(t)
                done.extend(several)
                continue
            if hit is None:
                if any(name_matches(t, item) for t in done):
                    notes.append(f"doublon {item}")
                    continue
                where = next((kind for other, kind in others if name_matches(other, item)), None)
                bad.append(item + (f" (source : {where})" if where else " (pas dans la source)"))
            else:
                left.remove(hit)
                done.append(hit)
        missing = list(left)
    detail = "; ".join(bad + notes + ([f"manque : {', '.join(missing)}"] if missing and truth else []))
    if bad:
        return "wrong", detail
    if truth and len(missing) == len(truth):
        return "missing", detail
    return ("incomplete" if missing else "right"), detail


PERSONS = ("president", "secretaire")
STATUSES = ("right", "wrong", "invented", "placeholder", "missing", "incomplete")


def score_facts(seance: dict[str, Any], draft: Draft) -> list[Outcome]:
    facts = seance["facts"]
    accept = facts.get("accept", {})
    roster = [(n, kind) for kind in ("presents", "excuses", "absents") for n in facts.get(kind) or []]
    roster += [(r["mandant"], "representes") for r in facts.get("representes") or []]
    out: list[Outcome] = []
    for name in FACTS:
        truth = facts.get(name)
        truth_text = json.dumps(truth, ensure_ascii=False) if truth is not None else "non indiqué"
        if not draft.ok:
            out.append(Outcome("missing" if truth is not None else "absent", name, "", truth_text))
            continue
        value = draft_value(draft, name)
        if name == "quorum" and value is None and "quorum (calculé)" in draft.facts:
            value = draft.facts["quorum (calculé)"]
            if truth is None:  # derived from counts: fine when the counts are the source's
                counts_ok = all(
                    draft.facts.get(k) is not None
                    and score_scalar(k, facts.get(k), draft.facts[k], accept.get(k, [])) == "right"
                    for k in ("presents_nombre", "membres_en_exercice")
                )
                out.append(Outcome("derived" if counts_ok else "invented", name, str(value), truth_text))
                continue
        shown = json.dumps(value, ensure_ascii=False) if value is not None else ""
        if truth is None:
            if value is None or (name in LISTS and not draft_items(value)):
                out.append(Outcome("absent", name, shown, truth_text))
            elif name not in LISTS and score_scalar(name, None, value, accept.get(name, [])) == "right":
                out.append(Outcome("derived", name, shown, truth_text))
            else:
                out.append(Outcome("invented", name, shown, truth_text))
            continue
        if value is None:
            out.append(Outcome("placeholder" if has_placeholder(draft, name) else "missing", name, "", truth_text))
            continue
        if name in LISTS:
            if truth and not draft_items(value):  # « néant » where the source names people
                out.append(Outcome("wrong", name, shown or "néant", truth_text))
                continue
            others = [r for r in roster if r[1] != name]
            status, detail = score_list(name, truth, value, others)
            out.append(Outcome(status, name, shown + (f" — {detail}" if detail else ""), truth_text))
        else:
            status = score_scalar(name, truth, value, accept.get(name, []))
            intruder = next(
                (
                    n
                    for n, _ in roster
                    if name in PERSONS and name_matches(n, str(value)) and not name_matches(n, str(truth))
                ),
                None,
            )
            if status == "right" and intruder:
                status, shown = "wrong", f"{shown} — nomme aussi {intruder}"
            out.append(Outcome(status, name, shown, truth_text))
    return out


# --- scoring the deliberations ------------------------------------------------------------------


def objet_words(text: str) -> set[str]:
    return {w for w in words(text) if len(w) >= 3 and w not in STOPWORDS}


def objet_score(truth: str, draft: str) -> float:
    """Lenient: a draft heading cut at the line's end, or made of the decision's words, still matches."""
    tw, dw = objet_words(truth), objet_words(draft)
    common = len(tw & dw)
    if not tw or not dw or common < min(2, len(tw)) or common / len(tw) < 0.4:
        return 0.0
    return common / min(len(tw), len(dw))


INFO_PREFIX = re.compile(r"^\s*(?:questions?\s+diverses|en\s+communication)\s*:\s*", re.I)
REFERENCE = re.compile(r"^\s*(DM\s*\d{4}[-_ ]?\d+)", re.I)


def same_item(info: str, draft: DraftDelib) -> bool:
    """Is this draft heading that information item? Its reference (« DM 2024-07 »), or most of its words."""
    ref = REFERENCE.match(info)
    if ref:
        return number_key(ref.group(1)) in number_key(draft.heading)
    tw, dw = objet_words(INFO_PREFIX.sub("", info)), objet_words(draft.objet)
    common = len(tw & dw)
    return bool(tw and dw) and common / len(dw) >= 0.75 and common / len(tw) >= 0.5


def number_key(text: str | None) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(text or ""))


def match_deliberations(truth: list[dict[str, Any]], drafts: list[DraftDelib]) -> dict[int, int]:
    """truth index → draft index: act number first (when it is distinctive), then objet words."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for ti, t in enumerate(truth):
        key = number_key(t.get("act_number"))
        if len(key) < 4:
            continue
        for di, d in enumerate(drafts):
            if di not in used and (
                number_key(d.label) == key or re.search(rf"(?<![0-9]){key}(?![0-9])", number_key(d.heading))
            ):
                pairs[ti] = di
                used.add(di)
                break
    scored = sorted(
        ((objet_score(t["objet"], d.objet), ti, di) for ti, t in enumerate(truth) for di, d in enumerate(drafts)),
        reverse=True,
    )
    for score, ti, di in scored:
        if score >= 0.6 and ti not in pairs and di not in used:
            pairs[ti] = di
            used.add(di)
    return pairs


def vote_text(d: DraftDelib) -> str:
    for line in d.body.splitlines():
        if fold(line).startswith("vote"):
            return line.partition(":")[2].strip()
    return ""


def parse_vote(text: str) -> dict[str, Any]:
    t = fold(text)
    vote: dict[str, Any] = {"unanimite": "unanimit" in t, "majorite": "majorit" in t}
    for key, word in (("pour", "pour"), ("contre", "contre"), ("abstention", "abstentions?")):
        m = re.search(rf"{word}\s*:?\s*(\d+)", t) or re.search(rf"(\d+)\s+(?:voix\s+|votes?\s+)?{word}", t)
        vote[key] = int(m.group(1)) if m else None
    return vote


def score_vote(truth: dict[str, Any] | None, text: str) -> tuple[str, str]:
    if not text or is_placeholder(text):
        if truth is None:
            return "absent", ""
        return ("placeholder" if is_placeholder(text) else "missing"), ""
    got = parse_vote(text)
    stated = any(got[k] is not None for k in ("pour", "contre", "abstention")) or got["unanimite"] or got["majorite"]
    if not stated:
        return ("absent", "") if truth is None else ("missing", "")
    if truth is None:
        return "invented", "aucun vote dans la source"
    problems = []
    for key in ("pour", "contre", "abstention"):
        if got[key] is None:
            continue
        if truth.get(key) is not None and got[key] != truth[key]:
            problems.append(f"{key} {got[key]} (source : {truth[key]})")
        elif truth.get(key) is None and got[key] != 0:
            problems.append(f"{key} {got[key]} (non imprimé)")
    against = (truth.get("contre") or 0) + (truth.get("abstention") or 0)
    if got["unanimite"] and not truth.get("unanimite") and (against or truth.get("majorite")):
        problems.append(
            "« unanimité » (source : " + ("majorité" if truth.get("majorite") else f"{against} contre/abst.") + ")"
        )
    if truth.get("unanimite") and ((got["contre"] or 0) > 0):
        problems.append("contre > 0 (source : unanimité)")
    if problems:
        return "wrong", "; ".join(problems)
    agrees = (
        (got["unanimite"] and truth.get("unanimite"))
        or (got["majorite"] and truth.get("majorite"))
        or any(got[k] is not None and got[k] == truth.get(k) for k in ("pour", "contre", "abstention"))
    )
    return ("right", "") if agrees else ("missing", "")


def figures_written(figures: list[str], body: str) -> list[bool]:
    text = digits_only(body)
    found = []
    for fig in figures:
        key = digits_only(fig)
        pattern = rf"(?<![0-9]){re.escape(key)}(?![0-9])" if key[:1].isdigit() else re.escape(key)
        found.append(bool(re.search(pattern, text)))
    return found


@dataclass
class DelibScore:
    present: int = 0
    total: int = 0
    votes: Counter[str] = field(default_factory=Counter)
    figures_found: int = 0
    figures_total: int = 0
    info_as_delib: int = 0
    duplicates: int = 0
    unmatched: int = 0
    errors: list[str] = field(default_factory=list)


def score_deliberations(seance: dict[str, Any], draft: Draft) -> DelibScore:
    truth = seance["deliberations"]
    score = DelibScore(total=len(truth))
    score.figures_total = sum(len(t["figures"]) for t in truth)
    if not draft.ok:
        score.votes.update("missing" if t["vote"] is not None else "absent" for t in truth)
        return score
    drafts = draft.deliberations
    pairs = match_deliberations(truth, drafts)
    for ti, t in enumerate(truth):
        if ti not in pairs:
            score.votes["missing" if t["vote"] is not None else "absent"] += 1
            continue
        d = drafts[pairs[ti]]
        score.present += 1
        status, detail = score_vote(t["vote"], vote_text(d))
        score.votes[status] += 1
        if status in ("wrong", "invented"):
            score.errors.append(f"vote {status} — « {t['objet'][:60]} » : draft « {vote_text(d)} » ; {detail}")
        found = figures_written(t["figures"], d.heading + "\n" + d.body)
        score.figures_found += sum(found)
    matched = set(pairs.values())
    infos = seance.get("informations", [])
    for di, d in enumerate(drafts):
        if di in matched:
            continue
        info = next((i for i in infos if same_item(i["objet"], d)), None)
        if info is not None:
            score.info_as_delib += 1
            score.errors.append(
                f"structure — information présentée comme délibération : « {d.heading[:90]} », vote « "
                f"{vote_text(d)} » (source : {info['kind']} « {info['objet'][:60]} », p.{info['page']})"
            )
        elif any(match_deliberations([t], [d]) for t in truth):
            score.duplicates += 1
        else:
            score.unmatched += 1
            score.errors.append(
                f"structure — délibération absente de la source (inventée, découpée ou objet illisible) : "
                f"« {d.heading[:90]} », vote « {vote_text(d)} »"
            )
    return score


# --- report -------------------------------------------------------------------------------------


@dataclass
class SeanceResult:
    seance: dict[str, Any]
    draft: Draft
    facts: list[Outcome]
    delibs: DelibScore


def totals(results: list[SeanceResult]) -> dict[str, Any]:
    facts = Counter(o.status for r in results for o in r.facts)
    votes: Counter[str] = Counter()
    d = DelibScore()
    for r in results:
        votes.update(r.delibs.votes)
        d.present += r.delibs.present
        d.total += r.delibs.total
        d.figures_found += r.delibs.figures_found
        d.figures_total += r.delibs.figures_total
        d.info_as_delib += r.delibs.info_as_delib
        d.duplicates += r.delibs.duplicates
        d.unmatched += r.delibs.unmatched
    stated = sum(facts[k] for k in ("right", "wrong", "placeholder", "missing", "incomplete"))
    votes_stated = sum(votes[k] for k in ("right", "wrong", "placeholder", "missing"))
    wrong = facts["wrong"] + facts["invented"] + votes["wrong"] + votes["invented"] + d.info_as_delib
    right = facts["right"] + votes["right"]
    return {
        "seances": len(results),
        "infos": sum(len(r.seance.get("informations", [])) for r in results),
        "drafted": sum(r.draft.ok for r in results),
        "facts": facts,
        "facts_stated": stated,
        "votes": votes,
        "votes_stated": votes_stated,
        "delibs": d,
        "wrong_written": wrong,
        "right": right,
        "stated": stated + votes_stated,
        "placeholders": facts["placeholder"] + votes["placeholder"],
    }


def pct(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.0f} %)" if b else f"{a}/0"


def describe(t: dict[str, Any]) -> list[str]:
    f, v, d = t["facts"], t["votes"], t["delibs"]
    return [
        f"  WRONG FACTS WRITTEN: {t['wrong_written']}  (séance facts wrong {f['wrong']} + invented {f['invented']}; "
        f"votes wrong {v['wrong']} + invented {v['invented']}; informations as deliberations {d.info_as_delib})",
        f"  filled right: {pct(t['right'], t['stated'])} of the facts the source states (séance facts + votes)",
        f"  placeholders where the source states the fact: {pct(t['placeholders'], t['stated'])}",
        f"  séance facts ({t['facts_stated']} stated): right {f['right']}, wrong {f['wrong']}, incomplete "
        f"{f['incomplete']}, placeholder {f['placeholder']}, missing {f['missing']} | not stated: invented "
        f"{f['invented']}, derived ok {f['derived']}",
        f"  deliberations present {pct(d.present, d.total)}; votes ({t['votes_stated']} stated): right {v['right']}, "
        f"wrong {v['wrong']}, placeholder {v['placeholder']}, missing {v['missing']}, invented {v['invented']}",
        f"  decision figures written {pct(d.figures_found, d.figures_total)}; informations kept out of deliberations "
        f"{pct(t['infos'] - d.info_as_delib, t['infos'])}; drafts made {t['drafted']}/{t['seances']}",
        f"  draft deliberations not in the source (invented, split, or objet unreadable): {d.unmatched}; "
        f"duplicated: {d.duplicates}",
    ]


def seance_line(r: SeanceResult) -> str:
    s, f = r.seance, Counter(o.status for o in r.facts)
    if not r.draft.ok:
        return f"{s['id']:<34} {s['split']:<7} NO DRAFT — {r.draft.error[:90]}"
    d = r.delibs
    wrong = f["wrong"] + f["invented"] + d.votes["wrong"] + d.votes["invented"] + d.info_as_delib
    return (
        f"{s['id']:<34} {s['split']:<7} wrong {wrong:>2} | facts R{f['right']} W{f['wrong']} I{f['invented']} "
        f"P{f['placeholder']} M{f['missing'] + f['incomplete']} | delibs {d.present}/{d.total} "
        f"votes R{d.votes['right']} W{d.votes['wrong'] + d.votes['invented']} P{d.votes['placeholder']} "
        f"| figures {d.figures_found}/{d.figures_total} | info→delib {d.info_as_delib} "
        f"| not in source {d.unmatched} dup {d.duplicates}"
    )


def errors_of(r: SeanceResult) -> list[str]:
    lines = []
    for o in r.facts:
        if o.status in ("wrong", "invented"):
            excerpt = r.draft.excerpts.get(o.fact, "")
            lines.append(
                f"    {o.status} {o.fact}: draft {o.draft[:300]} | truth {o.truth[:200]}"
                + (f" | lu dans « {excerpt[:120]} »" if excerpt else "")
            )
    lines += [f"    {e}" for e in r.delibs.errors]
    return lines


# --- library ------------------------------------------------------------------------------------


def build_small_library(registre: str, truth: list[dict[str, Any]], target: Path) -> None:
    """Copies of the truth's source files (corpus folders kept, so the collectivité is inferred) + import."""
    if (target / "READY").exists():
        return
    shutil.rmtree(target, ignore_errors=True)
    src = target.with_name(target.name + "-src")
    shutil.rmtree(src, ignore_errors=True)
    paths = {s["path"] for e in truth for s in e["sources"]} | set(EXTRA_SOURCES)
    for rel in sorted(paths):
        dest = src / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(CORPUS / rel, dest)
    print(f"import de {len(paths)} fichiers dans {target} …", file=sys.stderr)
    subprocess.run([registre, "import", str(src), "--data-dir", str(target), "--no-embed", "--quiet"], check=True)
    (target / "READY").write_text("ok\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--truth", type=Path, default=TRUTH)
    parser.add_argument("--data-dir", type=Path, help=f"library (default {BASE_LIBRARY} if ready, else a small one)")
    parser.add_argument("--small-library", type=Path, default=SMALL_LIBRARY, help="where to build the small library")
    parser.add_argument("--registre", default=str(REPO / ".venv" / "bin" / "registre"))
    parser.add_argument("--split", choices=("dev", "heldout", "all"), default="all", help="séances to run")
    parser.add_argument("--only", action="append", help="séance id (repeatable)")
    parser.add_argument("--show-errors", action="store_true", help="list each wrong/invented fact with draft and truth")
    parser.add_argument("--details", action="store_true", help="list every séance fact's outcome (to check the scorer)")
    parser.add_argument("--note", help="a line printed in the header (e.g. the commit of the code measured)")
    parser.add_argument("--keep-drafts", type=Path, help="folder for the .docx/.json drafts (default: temporary)")
    args = parser.parse_args(argv)

    truth = json.loads(args.truth.read_text(encoding="utf-8"))
    chosen = [
        s
        for s in truth
        if (args.split == "all" or s["split"] == args.split) and (not args.only or s["id"] in args.only)
    ]
    data_dir = args.data_dir
    if data_dir is None:
        report = BASE_LIBRARY.with_name(BASE_LIBRARY.name + ".import.json")  # written when its import is over
        if (BASE_LIBRARY / "READY").exists() or (report.exists() and report.stat().st_size > 0):
            data_dir = BASE_LIBRARY
        else:
            build_small_library(args.registre, truth, args.small_library)
            data_dir = args.small_library
    out_dir = args.keep_drafts or Path(tempfile.mkdtemp(prefix="score_pv-"))
    out_dir.mkdir(parents=True, exist_ok=True)

    results = []
    for seance in chosen:
        draft = run_draft(args.registre, data_dir, seance, out_dir)
        results.append(SeanceResult(seance, draft, score_facts(seance, draft), score_deliberations(seance, draft)))

    print(f"PV drafts scored against {args.truth.relative_to(REPO) if args.truth.is_relative_to(REPO) else args.truth}")
    print(f"library: {data_dir} | drafts: {out_dir} | registre: {args.registre}")
    if args.note:
        print(args.note)
    print("\nPer séance (R right, W wrong, I invented, P placeholder, M missing/incomplete):")
    for r in results:
        print(seance_line(r))
        if args.show_errors:
            for line in errors_of(r):
                print(line)
        if args.details:
            for o in r.facts:
                print(f"    {o.status:<11} {o.fact:<20} draft {o.draft[:110]} | truth {o.truth[:80]}")
    for split in ("dev", "heldout", "all"):
        subset = [r for r in results if split == "all" or r.seance["split"] == split]
        if subset:
            print(f"\n== {split} ({len(subset)} séances)")
            print("\n".join(describe(totals(subset))))
    per_fact = Counter((o.fact, o.status) for r in results for o in r.facts)
    print("\nPer fact, all séances (R right, W wrong, I invented, P placeholder, M missing, C incomplete):")
    for name in FACTS:
        cells = [
            f"{s[0].upper() if s != 'incomplete' else 'C'}{per_fact[(name, s)]}"
            for s in STATUSES
            if per_fact[(name, s)]
        ]
        print(f"  {name:<20} {' '.join(cells) or '—'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
