"""ACTES nomenclature (level 1, with level 2 when the document states it) and a transparent classifier.

A code written in the act ("Nomenclature ACTES : 7.5") wins with confidence 1. Otherwise the
objet and the opening of the text vote for a level-1 matter through keyword stems; the
confidence says how clear the vote was. No keyword at all leaves the matter missing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.textnorm import fold

LEVEL1 = {
    "1": "Commande publique",
    "2": "Urbanisme",
    "3": "Domaine et patrimoine",
    "4": "Fonction publique",
    "5": "Institutions et vie politique",
    "6": "Libertés publiques et pouvoirs de police",
    "7": "Finances locales",
    "8": "Domaines de compétences par thèmes",
    "9": "Autres domaines de compétences",
}

# Folded stems; a stem matches at the start of a word.
_KEYWORDS: dict[str, tuple[str, ...]] = {
    "1": ("marche public", "marches publics", "appel d'offre", "attribution du marche", "avenant",
          "delegation de service public", "mapa", "consultation des entreprises", "commande publique",
          "groupement de commande", "maitrise d'oeuvre"),
    "2": ("plan local d'urbanisme", "plu", "permis de construire", "droit de preemption", "zonage",
          "lotissement", "carte communale", "scot", "urbanisme", "amenagement", "opah"),
    "3": ("acquisition", "cession", "vente", "parcelle", "bail", "convention d'occupation", "servitude",
          "domaine public", "declassement", "cadastr", "immeuble", "terrain", "location", "denomination"),
    "4": ("creation de poste", "creation d'un poste", "tableau des effectifs", "personnel", "agent",
          "recrutement", "rifseep", "regime indemnitaire", "emploi", "contractuel", "cdg",
          "centre de gestion", "protection sociale", "avancement de grade", "heures supplementaires"),
    "5": ("election", "adjoint", "delegation", "indemnite", "commission", "reglement interieur",
          "designation", "delegue", "installation", "syndicat", "intercommunal", "communaute de communes",
          "adhesion", "statuts", "conseiller", "representant"),
    "6": ("police", "stationnement", "circulation", "videoprotection", "debit de boisson", "etat civil",
          "arrete", "securite"),
    "7": ("budget", "decision modificative", "compte administratif", "compte de gestion", "subvention",
          "tarif", "taxe", "impot", "emprunt", "pret", "redevance", "fiscal", "affectation du resultat",
          "non-valeur", "non valeur", "creance", "finance", "credit", "fonds de concours", "garantie",
          "amortissement", "dotation", "loyer", "prix"),
    "8": ("ecole", "scolaire", "cantine", "enseignement", "culture", "social", "environnement", "eau",
          "assainissement", "dechet", "voirie", "transport", "sante", "logement", "tourisme",
          "eclairage public", "periscolaire", "jeunesse", "sport", "bibliotheque", "energie", "forest",
          "rpqs", "gemapi"),
    "9": ("motion", "voeu"),
}

_PATTERNS = {
    code: re.compile(r"\b(?:" + "|".join(re.escape(k) for k in words) + r")")
    for code, words in _KEYWORDS.items()
}
_EXPLICIT = re.compile(
    r"(?:nomenclature|mati[eè]re|code\s+mati[eè]re|classification)\s*(?:actes)?\s*:?\s*(?:n°\s*)?([1-9])\.(\d{1,2})\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Matter:
    code: str | None
    name: str | None
    confidence: float


def classify(objet: str | None, text: str) -> Matter:
    explicit = _EXPLICIT.search(text[:6000])
    if explicit:
        level1 = explicit.group(1)
        return Matter(f"{level1}.{explicit.group(2)}", LEVEL1[level1], 1.0)
    scores: dict[str, float] = {}
    folded_objet = fold(objet or "")
    folded_body = fold(text[:1500])
    for code, pattern in _PATTERNS.items():
        score = 3.0 * len(pattern.findall(folded_objet)) + 0.5 * len(pattern.findall(folded_body))
        if score:
            scores[code] = score
    if not scores:
        return Matter(None, None, 0.0)
    best, best_score = max(scores.items(), key=lambda item: item[1])
    share = best_score / sum(scores.values())
    strength = min(1.0, best_score / 4.0)
    return Matter(best, LEVEL1[best], round(share * strength, 3))


def level1_name(code: str | None) -> str | None:
    return LEVEL1.get(code.split(".")[0]) if code else None
