"""Export of the extracted metadata in the SCDL « Délibérations » CSV format (schema.data.gouv.fr)."""

from __future__ import annotations

from pathlib import Path

from indexer.actes import level1_name
from indexer.csv_safe import write_rows
from indexer.models import NOT_DELIBERATIONS, ActRecord
from indexer.same_act import DistinctAct, distinct_acts

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


_VOTE_CELLS = ("VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION")
_PREF_CELLS = ("PREF_ID", "PREF_DATE")
_SINGLE_CELLS = ("DELIB_ID", "DELIB_OBJET", "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM")


def merged_row(distinct: DistinctAct) -> dict[str, str]:
    """The row of an act held by several files: the kept record's cells, its blanks filled from a copy.
    A vote or a préfecture stamp is taken whole from one record, never assembled from two."""
    row = scdl_row(distinct.act)
    for copy in map(scdl_row, distinct.copies):
        for cells in ((*_VOTE_CELLS,), (*_PREF_CELLS,), *((cell,) for cell in _SINGLE_CELLS)):
            if not any(row[c] for c in cells) and any(copy[c] for c in cells):
                row.update({c: copy[c] for c in cells})
    return row


def write_scdl(acts: list[ActRecord], out: Path) -> int:
    """One row per deliberation: lists, agendas, annexes, decisions under delegation and the empty record of a
    document of no known kind are not, and an act held by two files (the extract and the minutes) is one row
    (:mod:`indexer.same_act`).
    Cells that a spreadsheet would run as formulas are neutralised (:mod:`indexer.csv_safe`)."""
    # a document of no known kind that yields no act (an open-data metadata sheet) is no row of the export
    deliberations = [a for a in acts if a.doc_type not in NOT_DELIBERATIONS
                     and not (a.doc_type == "autre" and not (a.objet or a.act_number or a.date))]
    return write_rows(out, SCDL_FIELDS, (merged_row(d) for d in distinct_acts(deliberations)))
