"""Export of the extracted metadata in the SCDL « Délibérations » CSV format (schema.data.gouv.fr)."""

from __future__ import annotations

from pathlib import Path

from indexer.actes import level1_name
from indexer.csv_safe import write_rows
from indexer.models import NOT_DELIBERATIONS, ActRecord

SCDL_FIELDS = (
    "COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM",
    "DELIB_OBJET", "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID", "PREF_DATE", "VOTE_EFFECTIF", "VOTE_REEL",
    "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION", "DELIB_URL",
)


def _blank(value: object) -> str:
    return "" if value is None else str(value)


def scdl_row(act: ActRecord) -> dict[str, str]:
    v = act.votes
    return {
        "COLL_NOM": _blank(act.collectivite),
        "COLL_SIRET": "",
        "DELIB_ID": _blank(act.act_number),
        "DELIB_DATE": _blank(act.date),
        "DELIB_MATIERE_CODE": _blank(act.matter_code),
        "DELIB_MATIERE_NOM": _blank(level1_name(act.matter_code)),
        "DELIB_OBJET": " ".join((act.objet or "").split()),
        "BUDGET_ANNEE": "",
        "BUDGET_NOM": "",
        "PREF_ID": _blank(act.actes_id),
        "PREF_DATE": _blank(act.pref_date),
        "VOTE_EFFECTIF": _blank(v.effectif),
        "VOTE_REEL": _blank(v.votants),
        "VOTE_POUR": _blank(v.pour),
        "VOTE_CONTRE": _blank(v.contre),
        "VOTE_ABSTENTION": _blank(v.abstention),
        "DELIB_URL": act.path,
    }


def write_scdl(acts: list[ActRecord], out: Path) -> int:
    """One row per deliberation: lists, agendas, annexes and decisions under delegation are not.
    Cells that a spreadsheet would run as formulas are neutralised (:mod:`indexer.csv_safe`)."""
    deliberations = [a for a in acts if a.doc_type not in NOT_DELIBERATIONS]
    return write_rows(out, SCDL_FIELDS, (scdl_row(act) for act in deliberations))
