"""What one result row says: which act, when, where — computed from a SearchHit, drawn by ResultDelegate.

Pure data (no painting), so it is tested alone and feeds the plain text that screen readers and the
results filter use.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath

from app.i18n import translate
from app.labels import doc_type_badges, format_date
from indexer.models import ActRecord, SearchHit
from indexer.objet_lines import display_objet


@dataclass(frozen=True)
class ResultCard:
    when: str  # « 12/03/2021 », or « Date inconnue »
    where: str  # the commune, "" when unknown
    number: str  # « n° 2021-014 », "" when unknown
    title: str  # the objet, or « Fichier.pdf, page 3 » when there is no readable objet
    title_is_objet: bool
    badge: str  # short document type: « Délibération », « PV », « Liste »…
    kind: str  # the document type's code, for the badge's colour
    snippet_html: str  # <b>-marked passage, may be ""

    def heading(self, show_where: bool = True) -> str:
        parts = [self.when] + ([self.where] if show_where and self.where else [])
        return " · ".join(parts)

    def title_line(self) -> str:
        return f"{self.number} — {self.title}" if self.number else self.title

    def plain(self) -> str:
        """One line for DisplayRole: accessibility, copying, the filter text."""
        return " — ".join(x for x in (self.heading(), self.badge, self.title_line()) if x)


def objet_or_place(act: ActRecord, page: int) -> tuple[str, bool]:
    """The objet when it reads like one; else « file name, page N » (a vote line is never an objet)."""
    objet = display_objet(act.objet)
    if objet is not None:
        return objet, True
    name = PurePosixPath(act.path).name
    return translate("ResultCard", "%1, page %2").replace("%1", name).replace("%2", str(page or act.page_start)), False


def result_card(hit: SearchHit) -> ResultCard:
    act = hit.act
    title, is_objet = objet_or_place(act, hit.page)
    number = translate("ResultCard", "n° %1").replace("%1", act.act_number) if act.act_number else ""
    return ResultCard(
        when=format_date(act.date) or translate("ResultCard", "Date inconnue"),
        where=act.collectivite or "",
        number=number,
        title=title,
        title_is_objet=is_objet,
        badge=doc_type_badges().get(act.doc_type or "", ""),
        kind=str(act.doc_type or ""),
        snippet_html=hit.snippet,
    )
