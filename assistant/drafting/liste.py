"""Liste des délibérations examinées en séance (CGCT art. L2121-25), from metadata only."""

from __future__ import annotations

from assistant.drafting.result import DraftResult
from assistant.drafting.seance_acts import (
    SeanceLibrary,
    act_facts,
    act_label,
    act_ref,
    adoption,
    format_vote,
    load_seance,
)
from assistant.export import Draft, Heading, Paragraph, Sources, Table, placeholder

LEGAL_NOTE = (
    "Liste établie en application de l'article L2121-25 du code général des collectivités territoriales : "
    "elle est affichée à la mairie et mise en ligne sur le site internet de la commune, lorsqu'il existe, "
    "dans un délai d'une semaine après la séance."
)


def build_liste(lib: SeanceLibrary, date: str, collectivite: str | None = None) -> DraftResult:
    seance = load_seance(lib, date, collectivite)
    acts = seance.deliberations()
    commune = seance.collectivite or placeholder("collectivité")
    rows = []
    for act in acts:
        result, _derived = adoption(act)
        rows.append(
            [
                act_label(act),
                act.objet or placeholder("objet"),
                result,
                format_vote(act.votes) or placeholder("vote"),
            ]
        )
    blocks: list = [Paragraph(LEGAL_NOTE), Heading(1, "Délibérations examinées")]
    if rows:
        blocks.append(Table(["N°", "Objet", "Adoptée", "Vote"], rows))
    else:
        blocks.append(Paragraph(placeholder("aucune délibération identifiée dans les documents de la séance")))
    blocks.append(Paragraph(f"Nombre de délibérations : {len(rows)}."))
    refs = [act_ref(a) for a in acts]
    blocks.append(Sources(refs))
    draft = Draft(
        title="Liste des délibérations",
        subtitle=f"Conseil municipal de {commune} — séance du {seance.date_fr}",
        blocks=blocks,
    )
    filled = [fact for act in acts for fact in act_facts(act)]
    return DraftResult(draft, filled, refs)
