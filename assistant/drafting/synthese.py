"""Note de synthèse on a topic across several acts, each statement tied to a numbered source."""

from __future__ import annotations

import re
from datetime import date

from assistant.drafting.llm_passes import SYNTHESIS_TASK, ask_documents, framed_document
from assistant.drafting.result import DraftResult
from assistant.drafting.seance_acts import act_facts, format_vote
from assistant.drafting.seance_facts import Fact
from assistant.export import (
    Block,
    Draft,
    Heading,
    Paragraph,
    SourceRef,
    Sources,
    Table,
    format_date_fr,
    placeholder,
)
from assistant.llm import LLM
from indexer.models import SearchHit

PASSAGE_CHARS = 600
_CITED = re.compile(r"\[(\d{1,3})\]")


def _ordered(hits: list[SearchHit]) -> list[SearchHit]:
    """One hit per act, oldest first, so the note reads as a history of the decisions."""
    seen: dict[int, SearchHit] = {}
    for hit in hits:
        seen.setdefault(hit.act.act_id, hit)
    return sorted(seen.values(), key=lambda h: (h.act.date or "9999", h.act.act_number or "", h.act.path))


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= PASSAGE_CHARS else flat[:PASSAGE_CHARS].rsplit(" ", 1)[0] + " […]"


def _check_citations(text: str, count: int) -> tuple[str, bool]:
    """Drop citation marks that point to no document; report whether any had to go."""
    bad = False

    def keep(m: re.Match[str]) -> str:
        nonlocal bad
        if 1 <= int(m.group(1)) <= count:
            return m.group(0)
        bad = True
        return ""

    return _CITED.sub(keep, text), bad


def build_synthese(topic: str, hits: list[SearchHit], llm: LLM | None = None, today: date | None = None) -> DraftResult:
    ordered = _ordered(hits)
    refs = [SourceRef(h.act.path, h.page, h.act.act_number, h.act.objet, h.act.date) for h in ordered]
    day = format_date_fr((today or date.today()).isoformat())
    blocks: list[Block] = [
        Paragraph(
            f"Note établie le {day} à partir de {len(ordered)} document(s) du registre portant sur "
            f"« {topic} ». Les numéros entre crochets renvoient aux sources en annexe."
        ),
        Heading(1, "Synthèse"),
    ]
    warnings: list[str] = []
    summary = None
    if llm is not None and ordered:
        documents = "\n\n".join(
            framed_document(n, refs[n - 1].label(), h.passage or h.snippet) for n, h in enumerate(ordered, 1)
        )
        summary = ask_documents(llm, SYNTHESIS_TASK, {"documents": documents, "topic": topic}, max_tokens=400)
        if summary is not None:
            summary, bad = _check_citations(summary, len(ordered))
            if bad:
                warnings.append("Des renvois du modèle vers des sources inexistantes ont été retirés.")
            if not _CITED.search(summary):
                warnings.append("La synthèse du modèle ne cite aucune source : vérifiez-la entièrement.")
    if summary:
        blocks.append(Paragraph(summary, ai_generated=True))
    else:
        blocks.append(Paragraph(placeholder("synthèse à rédiger à partir des décisions ci-dessous")))
    blocks.append(Heading(1, "Décisions relevées"))
    if not ordered:
        blocks.append(Paragraph("Aucune délibération du registre ne correspond à ce sujet."))
    rows = []
    for n, hit in enumerate(ordered, 1):
        act = hit.act
        when = format_date_fr(act.date) if act.date else placeholder("date")
        blocks.append(Heading(2, f"[{n}] {when} — {act.objet or placeholder('objet')}"))
        blocks.append(Paragraph(f"Extrait : « {_excerpt(hit.passage or act.objet or '')} » [{n}]"))
        rows.append(
            [
                str(n),
                when,
                act.act_number or "—",
                act.objet or placeholder("objet"),
                format_vote(act.votes) or placeholder("vote"),
            ]
        )
    if rows:
        blocks += [Heading(2, "Tableau récapitulatif"), Table(["Réf.", "Date", "N°", "Objet", "Vote"], rows)]
    blocks.append(Sources(refs))
    draft = Draft(title=f"Note de synthèse : {topic}", subtitle=f"Établie le {day}", blocks=blocks)
    filled: list[Fact] = [fact for h in ordered for fact in act_facts(h.act)]
    return DraftResult(draft, filled, refs, warnings)
