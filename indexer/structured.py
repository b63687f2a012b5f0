"""Questions that are really counts or lists over the metadata ("combien de délibérations sur
l'eau en 2023", "toutes les subventions votées en 2022"): answered by the catalogue, exactly,
instead of by text retrieval or by a language model."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from indexer.frdates import find_dates
from indexer.models import ActRecord, SearchFilters
from indexer.textnorm import fold

_COUNT = re.compile(r"^\s*(?:combien|quel(?:le)?\s+est\s+le\s+nombre|nombre\s+(?:de|d'))")
_LIST = re.compile(
    r"^\s*(?:(?:donne[sz]?(?:-moi)?|affiche[sz]?|montre[sz]?|lister?|liste[sz]?|quelles?\s+sont)\s+)?"
    r"(?:toutes?\s+les|tous\s+les|la\s+liste\s+des|liste\s+des|les\s+listes?\s+des|lister\s+les)\b"
    # « quelles délibérations … », « quels actes … »: the plural asks for the list; « quelle délibération
    # fixe le prix … » (singular) asks for a fact, answered by the assistant
    r"|^\s*quel(?:le)?s\s+(?:sont\s+les\s+)?(?:deliberations|decisions|actes)\b"
)
_NOISE = {
    "combien", "quel", "quelle", "est", "le", "la", "les", "l", "de", "des", "d", "du", "nombre", "y", "a", "t",
    "il", "on", "en", "au", "aux", "sur", "pour", "concernant", "relatives", "relatifs", "relative", "relatif",
    "deliberations", "deliberation", "decisions", "decision", "actes", "acte", "votees", "votes", "vote", "votee",
    "prises", "prise", "adoptees", "adoptee", "ete", "avons", "nous", "ont", "toutes", "tous", "toute", "liste",
    "lister", "donne", "donnez", "affiche", "montre", "moi", "quelles", "sont", "depuis", "entre", "et", "annee",
    "annees", "conseil", "municipal", "commune", "seance", "mois", "dans", "par", "fait", "faites", "passees",
    "qui", "que", "ce", "cette", "ces",
}
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


# A four-digit number after these words is a year the clerk asks about; outside the years a commune can
# have deliberated in, the question is refused rather than silently counting every act (issue 15).
_ASKED_YEAR = re.compile(r"\b(?:en|depuis|entre|et|de|avant|apres|annee|l'annee|d'ici)\s+(\d{4,})\b")
YEARS = (1790, 2200)


@dataclass
class StructuredQuery:
    kind: str  # "count" or "list"
    filters: SearchFilters
    topic: str
    description: str
    problem: str | None = None  # the question cannot have an answer (a year no act can have)


@dataclass
class StructuredAnswer:
    kind: str
    count: int
    acts: list[ActRecord] = field(default_factory=list)
    description: str = ""
    topic: str = ""
    filters: SearchFilters = field(default_factory=SearchFilters)
    problem: str | None = None  # why this question has no meaningful answer (shown instead of a count)
    # act_id -> the other files that hold the same act (an extract and the minutes that read it again),
    # counted once: :mod:`indexer.same_act`
    copies: dict[int, list[ActRecord]] = field(default_factory=dict)


def parse(question: str, collectivites: list[str]) -> StructuredQuery | None:
    folded = fold(question).replace("’", "'")
    if _COUNT.search(folded):
        kind = "count"
    elif _LIST.search(folded):
        kind = "list"
    else:
        return None
    filters = SearchFilters()
    used: set[str] = set()
    for name in sorted(collectivites, key=len, reverse=True):
        if fold(name) in folded:
            filters.collectivite = name
            used.update(re.findall(r"\w+", fold(name)))
            break
    impossible = [y for y in _ASKED_YEAR.findall(folded) if not YEARS[0] <= int(y) <= YEARS[1]]
    if impossible:
        problem = (f"aucune délibération ne peut dater de {impossible[0]} : l'année doit être comprise entre "
                   f"{YEARS[0]} et {YEARS[1]}.")
        return StructuredQuery(kind, filters, "", problem, problem)
    dates = find_dates(question)
    years = [int(y) for y in _YEAR.findall(folded)]
    if dates and re.search(r"seance|reunion|conseil", folded):
        day = dates[0][1].isoformat()
        filters.date_from = filters.date_to = day
    elif years:
        if re.search(r"depuis\s+(?:l'annee\s+)?" + str(years[0]), folded):
            filters.date_from = f"{years[0]}-01-01"
        else:
            filters.date_from = f"{min(years)}-01-01"
            filters.date_to = f"{max(years)}-12-31"
    words = [w for w in re.findall(r"[a-z0-9]+", folded) if w not in _NOISE and w not in used and not w.isdigit()]
    for month in ("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
                  "octobre", "novembre", "decembre"):
        if filters.date_from and filters.date_from == filters.date_to and month in words:
            words.remove(month)
    topic = " ".join(words)
    parts = [("Nombre" if kind == "count" else "Liste") + " des délibérations"]
    if topic:
        parts.append(f"dont l'objet contient « {topic} »")
    if filters.collectivite:
        parts.append(f"de {filters.collectivite}")
    if filters.date_from and filters.date_from == filters.date_to:
        parts.append(f"de la séance du {filters.date_from}")
    elif filters.date_from and filters.date_to:
        parts.append(f"entre le {filters.date_from} et le {filters.date_to}")
    elif filters.date_from:
        parts.append(f"depuis le {filters.date_from}")
    return StructuredQuery(kind, filters, topic, " ".join(parts))
