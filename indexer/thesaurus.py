"""Everyday words → the words of the acts. A clerk types "foot", "lampadaires", "embauche", "impôts";
deliberations say "football", "éclairage public", "recrutement", "taux d'imposition". Each entry
adds the administrative wording to a query, as a weaker alternative (the user's words still rank
first). The list is general municipal vocabulary, reviewed as a file like the prompts are."""

from __future__ import annotations

import re
from functools import lru_cache

from indexer.analysis import content_stems

# plain word or expression -> administrative wording
EVERYDAY_TO_ADMINISTRATIVE: dict[str, str] = {
    "foot": "football sportive",
    "club": "association sportive",
    "sport": "sportive association équipements sportifs",
    "lampadaire": "éclairage public",
    "lampadaires": "éclairage public",
    "lumière": "éclairage public",
    "éteindre": "extinction",
    "éteint": "extinction",
    "nuit": "nocturne",
    "poubelle": "conteneurs bacs ordures ménagères déchets",
    "poubelles": "conteneurs bacs ordures ménagères déchets",
    "ramassage": "collecte",
    "ordures": "déchets ménagers",
    "cantine": "restauration scolaire",
    "repas": "restauration scolaire",
    "école": "scolaire groupe scolaire",
    "écoliers": "élèves scolaire",
    "impôt": "taux d'imposition fiscalité taxe",
    "impôts": "taux d'imposition fiscalité taxe",
    "augmente": "augmentation hausse",
    "salaire": "indemnités rémunération",
    "payés": "indemnités rémunération",
    "paye": "indemnités rémunération",
    "élus": "indemnités de fonction maire adjoints conseillers",
    "embauche": "recrutement création de poste",
    "embaucher": "recrutement création de poste",
    "employé": "agent personnel",
    "employés": "agents personnel",
    "temporaire": "non permanent accroissement temporaire d'activité contractuel",
    "vendre": "cession vente",
    "revendre": "cession vente",
    "achat": "acquisition",
    "acheter": "acquisition",
    "terrain": "parcelle",
    "maison": "immeuble bâtiment",
    "route": "voirie",
    "rue": "voirie",
    "trottoir": "voirie",
    "travaux": "marché",
    "eau": "eau potable",
    "égouts": "assainissement",
    "argent": "subvention crédits",
    "aide": "subvention participation",
    "don": "subvention",
    "location": "tarifs de location",
    "salle": "salle des fêtes salle polyvalente",
    "chiens": "fourrière animale",
    "chats": "fourrière animale",
    "animaux": "fourrière animale",
    "cimetière": "concession funéraire",
    "tombe": "concession funéraire",
    "mairie": "commune",
    "voitures": "stationnement véhicules",
    "parking": "stationnement",
    "fête": "manifestation festivités",
    "budget": "budget primitif",
    "dette": "emprunt",
    "prêt": "emprunt",
    "pompiers": "SDIS incendie",
    "internet": "numérique fibre",
    "logement": "logements habitat",
    "bois": "forêt ONF",
    "arbres": "forêt élagage",
    "permis": "autorisation d'urbanisme",
    "construire": "urbanisme permis de construire",
}


@lru_cache(maxsize=1)
def _table() -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for word, wording in EVERYDAY_TO_ADMINISTRATIVE.items():
        stems = content_stems(word)
        if len(stems) == 1:
            table.setdefault(stems[0], []).extend(s for s in content_stems(wording) if s != stems[0])
    return table


def expansions(query: str) -> list[str]:
    """Stems to add to ``query`` (not already in it), in a stable order."""
    stems = content_stems(re.sub(r'"[^"]*"', " ", query))
    present = set(stems)
    out: dict[str, None] = {}
    for stem in stems:
        for extra in _table().get(stem, []):
            if extra not in present:
                out.setdefault(extra, None)
    return list(out)
