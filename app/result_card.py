"""What one result row says: which act, when, where — computed from a SearchHit, drawn by ResultDelegate.

Pure data (no painting), so it is tested alone and feeds the plain text that screen readers and the
results filter use.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath

from app.i18n import translate
from app.labels import doc_type_badges, format_date
from app.objet_display import readable_objet
from indexer.models import ActRecord, SearchHit


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


class CardMaker:
    """Builds cards with the translated words looked up once: a listing builds thousands of rows.

    It remembers the last card (by identity), since several columns of one row ask for it in turn.
    """

    def __init__(self) -> None:
        self._place = translate("ResultCard", "%1, page %2")
        self._number = translate("ResultCard", "n° %1")
        self._unknown = translate("ResultCard", "Date inconnue")
        self._badges = doc_type_badges()
        self._last: tuple[SearchHit, ResultCard] | None = None

    def objet_or_place(self, act: ActRecord, page: int) -> tuple[str, bool]:
        """The objet when it reads like one; else « file name, page N » (a vote line is never an objet)."""
        objet = readable_objet(act.objet)
        if objet is not None:
            return objet, True
        name = PurePosixPath(act.path).name
        return self._place.replace("%1", name).replace("%2", str(page or act.page_start)), False

    def __call__(self, hit: SearchHit) -> ResultCard:
        last = self._last
        if last is not None and last[0] is hit:
            return last[1]
        act = hit.act
        title, is_objet = self.objet_or_place(act, hit.page)
        card = ResultCard(
            when=format_date(act.date) or self._unknown,
            where=act.collectivite or "",
            number=self._number.replace("%1", act.act_number) if act.act_number else "",
            title=title,
            title_is_objet=is_objet,
            badge=self._badges.get(act.doc_type or "", ""),
            kind=str(act.doc_type or ""),
            snippet_html=hit.snippet,
        )
        self._last = (hit, card)
        return card


def objet_or_place(act: ActRecord, page: int) -> tuple[str, bool]:
    return CardMaker().objet_or_place(act, page)


def result_card(hit: SearchHit) -> ResultCard:
    return CardMaker()(hit)
