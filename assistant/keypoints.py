"""Key points of an act read by patterns before any model is asked.

What a pattern can read is exact and free; the model is asked only for the fields left empty, and
what it returns is kept only if its numbers appear in the act.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from assistant import text as tx
from indexer.models import ActRecord

FIELDS = ("objet", "decision", "montants", "beneficiaire", "vote", "date_effet")
FIELD_LABELS = {
    "objet": "Objet",
    "decision": "Décision",
    "montants": "Montants",
    "beneficiaire": "Bénéficiaire",
    "vote": "Vote",
    "date_effet": "Date d'effet",
}

_AMOUNT = re.compile(
    r"(?<![\d,])\d{1,3}(?:[ \u00a0\u202f.]\d{3})*(?:,\d{1,2})?\s?(?:€|euros?\b|EUR\b)(?:\s?(?:HT|TTC)\b)?",
    re.IGNORECASE,
)
_OBJET = re.compile(r"\bobjet\s*:\s*(.{5,200}?)(?:\n\n|\n(?=[A-ZÉ][a-zé]+ )|$)", re.IGNORECASE | re.DOTALL)
_BENEFICIARY = re.compile(
    r"(?:au profit d[eu']|en faveur d[eu']|au bénéfice d[eu']|(?:subvention|aide|participation|somme)"
    r"[^.;\n]{0,80}?\b(?:à|a)\s)\s*((?:l['’]\s?)?(?:association|club|comité|société|entreprise|amicale|"
    r"collège|école|syndicat|SIVOM|SIVU|SDE|CCAS|commune|communauté|Madame|Monsieur|Mme|M\.)[^,.;\n]{0,70})",
    re.IGNORECASE,
)
_EFFECT = re.compile(
    r"(?:à compter du|à partir du|à dater du|prend effet (?:le|au)|entre(?:ra)? en vigueur (?:le|au)|"
    r"applicables? (?:au|à compter du))\s+((?:1er|\d{1,2})(?:er)?\s+[a-zéû]+\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})",
    re.IGNORECASE,
)
_DECIDE = re.compile(
    r"\bd[ée]cide\s*(?::|,|de|d['’])?\s*(.{10,260}?)(?:\.\s|\n\n|\bArticle\b|$)", re.IGNORECASE | re.DOTALL
)
_UNANIMITY = re.compile(r"à l['’]unanimité", re.IGNORECASE)
_COUNTS = re.compile(r"\b(pour|contre|abstentions?)\s*:?\s*(\d{1,2})\b", re.IGNORECASE)


@dataclass
class KeyPoint:
    value: str | None
    origin: str  # "metadonnees", "texte", "modele", "absent"
    checked: bool = True  # False when the model gave numbers the act does not contain

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def read_key_points(act: ActRecord, text: str) -> dict[str, KeyPoint]:
    out = {f: KeyPoint(None, "absent") for f in FIELDS}
    if act.objet:
        out["objet"] = KeyPoint(act.objet, "metadonnees")
    elif m := _OBJET.search(text):
        out["objet"] = KeyPoint(tx.normalize_ws(m.group(1)), "texte")
    amounts = list(dict.fromkeys(tx.normalize_ws(m.group()) for m in _AMOUNT.finditer(text)))
    if amounts:
        out["montants"] = KeyPoint(" ; ".join(amounts[:6]), "texte")
    if m := _BENEFICIARY.search(text):
        out["beneficiaire"] = KeyPoint(tx.normalize_ws(m.group(1)).rstrip(" ,;:"), "texte")
    if m := _EFFECT.search(text):
        out["date_effet"] = KeyPoint(tx.normalize_ws(m.group(1)), "texte")
    if m := _DECIDE.search(text):
        out["decision"] = KeyPoint(tx.normalize_ws(m.group(1)).rstrip(" ,;:"), "texte")
    vote = _vote_from_metadata(act) or _vote_from_text(text)
    if vote:
        out["vote"] = KeyPoint(vote, "metadonnees" if _vote_from_metadata(act) else "texte")
    return out


def _vote_from_metadata(act: ActRecord) -> str | None:
    v = act.votes
    if v.unanimite:
        return "à l'unanimité"
    parts = [
        f"{label} : {n}"
        for label, n in (("pour", v.pour), ("contre", v.contre), ("abstention", v.abstention))
        if n is not None
    ]
    return ", ".join(parts) or None


def _vote_from_text(text: str) -> str | None:
    if _UNANIMITY.search(text):
        return "à l'unanimité"
    counts = {m.group(1).lower().rstrip("s"): m.group(2) for m in _COUNTS.finditer(text)}
    return ", ".join(f"{k} : {v}" for k, v in counts.items()) or None


def parse_model_fields(reply: str, wanted: list[str], source_text: str) -> dict[str, KeyPoint]:
    """Read "champ : valeur" lines; drop values whose numbers are not in the act."""
    by_label = {tx.fold(FIELD_LABELS[f]): f for f in wanted}
    source_numbers = tx.numbers(source_text)
    out: dict[str, KeyPoint] = {}
    for line in reply.splitlines():
        label, sep, value = line.strip(" -*•").partition(":")
        field = by_label.get(tx.fold(label.strip()))
        value = value.strip()
        if not sep or field is None or not value or tx.fold(value).startswith("non indiqu"):
            continue
        checked = tx.numbers(value) <= source_numbers
        out[field] = KeyPoint(value, "modele", checked)
    return out
