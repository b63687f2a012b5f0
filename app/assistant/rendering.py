"""What the assistant's results look like: HTML for the result view and the places it can open.

Plain functions over the core's dataclasses (answers, task results, similar acts), so the widgets
stay small and the wording is in one place.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.assistant.reflow import reflowed
from app.i18n import translate
from app.labels import format_date
from app.objet_display import readable_objet

HIGH_CONFIDENCE = 0.75
_CITATION = re.compile(r"\[(\d{1,3})\]")
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿœŒ0-9][\w'’-]*")
_SMALL_WORDS = {
    "dans", "pour", "avec", "sans", "sous", "entre", "cette", "celle", "leur", "leurs", "mais", "donc",
    "elle", "elles", "nous", "vous", "sont", "était", "être", "avoir", "fait", "plus", "moins", "tout",
    "tous", "toute", "toutes", "après", "avant", "selon", "ainsi", "comme", "quel", "quelle", "quels",
}  # fmt: skip


@dataclass(frozen=True)
class CitedPlace:
    """A page of an act the clerk can open from the assistant: a citation, a source, a precedent."""

    act_id: int
    page: int
    label: str
    quote: str | None = None
    terms: tuple[str, ...] = ()
    tooltip: str = ""


@dataclass
class Rendered:
    html: str
    places: list[CitedPlace] = field(default_factory=list)
    places_title: str = ""
    badge: tuple[str, str] | None = None  # (text, colour)
    badge_detail: str = ""


def words_to_highlight(text: str | None, limit: int = 8) -> tuple[str, ...]:
    """The telling words of a quote or a question, for the reader's highlight (one at a time)."""
    if not text:
        return ()
    seen: dict[str, str] = {}
    for word in _WORD.findall(text):
        word = word.strip("'’-")
        if (len(word) >= 4 or any(c.isdigit() for c in word)) and word.casefold() not in _SMALL_WORDS:
            seen.setdefault(word.casefold(), word)
    return tuple(list(seen.values())[:limit])


_AMOUNT = re.compile(r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})*(?:,\d{1,2})?\s?(?:€|euros?\b)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def claim_of(answer_text: str, n: int) -> str:
    """The sentences of the answer that cite source ``n``: what the clerk wants to see on the page."""
    return " ".join(s for s in _SENTENCE_END.split(answer_text) if f"[{n}]" in s)


def citation_terms(claim: str, quote: str | None, question: str) -> tuple[str, ...]:
    """Words for the reader to highlight: the claim's amounts first, then the words the claim and the
    verified quote share; the quote's (or the question's) own words when they share none."""
    amounts = tuple(dict.fromkeys(m.group(0) for m in _AMOUNT.finditer(claim)))
    quoted = words_to_highlight(quote, limit=40)
    folded = {w.casefold() for w in words_to_highlight(claim, limit=40)}
    shared = tuple(w for w in quoted if w.casefold() in folded)
    return amounts + (shared or quoted or words_to_highlight(question))


def _get(item: Any, name: str, default: Any = None) -> Any:
    if isinstance(item, Mapping):
        return item.get(name, default)
    return getattr(item, name, default)


def act_label(item: Any) -> str:
    """« N° 2021-014 — objet (12/03/2021) » from an ActRecord, a Citation or a source dict."""
    number, objet, date = _get(item, "act_number"), _get(item, "objet"), _get(item, "date")
    parts = []
    if number:
        parts.append(translate("AssistantRendering", "N° %1").replace("%1", str(number)))
    # a vote line or a list entry stored as objet is never shown as one (app/objet_display.py): the file names it
    parts.append(readable_objet(objet) or str(_get(item, "path", "")))
    text = " — ".join(parts)
    return f"{text} ({format_date(date)})" if date else text


def _page_label(label: str, page: int) -> str:
    return translate("AssistantRendering", "%1, p. %2").replace("%1", label).replace("%2", str(page))


def _paragraphs(text: str, link_citations: bool) -> str:
    out = []
    for part in text.split("\n"):
        if not part.strip():
            continue
        escaped = html.escape(part)
        if link_citations:
            escaped = _CITATION.sub(lambda m: f'<a href="cite:{m.group(1)}">[{m.group(1)}]</a>', escaped)
        out.append(f"<p>{escaped}</p>")
    return "".join(out)


def _percents(confidence: float, threshold: float) -> tuple[str, str]:
    """Both as whole percents, or with one decimal when whole ones would read the same on either side
    of the threshold (a refused 0.372 under 0.373 read « confiance 37 %, seuil 37 % »)."""
    whole = round(confidence * 100), round(threshold * 100)
    if whole[0] != whole[1] or confidence == threshold:
        return f"{whole[0]} %", f"{whole[1]} %"
    shown, limit = (f"{v * 100:.1f} %".replace(".", ",") for v in (confidence, threshold))
    return shown, limit


def confidence_badge(confidence: float, refused: bool, kind: str, threshold: float) -> tuple[str, str]:
    """The badge under an answer: its confidence beside the threshold it was held to (« 40 % » alone did not
    say why it was shown, nor « 0 % » why it was refused)."""
    percent, limit = _percents(confidence, threshold)
    if kind == "catalogue":
        return translate("AssistantRendering", "Réponse exacte, tirée du catalogue"), "#2e7d32"
    if refused:
        text = translate("AssistantRendering", "Pas de réponse sûre — confiance %1, seuil %2")
        return text.replace("%1", percent).replace("%2", limit), "#c62828"
    if confidence >= HIGH_CONFIDENCE:
        text = translate("AssistantRendering", "Confiance élevée : %1 (seuil %2)")
        return text.replace("%1", percent).replace("%2", limit), "#2e7d32"
    text = translate("AssistantRendering", "Confiance moyenne : %1 (seuil %2) — vérifiez les sources")
    return text.replace("%1", percent).replace("%2", limit), "#ef6c00"


def _evidence_place(e: Any, n: int, question: str) -> CitedPlace:
    """Opens the reader on the evidence's page, the answer span (or the question's words) highlighted."""
    span = e.span_text
    terms: tuple[str, ...]
    if span:
        number = re.match(r"[\d\s\u00a0.,]+\d", span)
        terms = tuple(dict.fromkeys(t for t in (span, number.group(0).strip() if number else "") if t))
    else:
        terms = words_to_highlight(question)
    label = f"[{n}] {_page_label(act_label(e), e.page)}"
    return CitedPlace(e.act_id, e.page, label, e.text, terms, e.path)


def evidence_html(e: Any, n: int) -> str:
    """The passage, verbatim, its span highlighted, under the act, date and page (a link to the reader)."""
    text = reflowed(e.text)  # the page's line breaks inside a sentence would cut the dock's lines again
    if e.span:
        a, b = e.span
        body = (html.escape(text[:a]) + '<span style="background-color:#ffe066"><b>' + html.escape(text[a:b])
                + "</b></span>" + html.escape(text[b:]))
    else:
        body = html.escape(text)
    body = body.replace("\n", "<br>")
    where = html.escape(_page_label(act_label(e), e.page))
    open_text = html.escape(translate("AssistantRendering", "ouvrir à cette page"))
    return (
        f'<p style="color:#555555; margin-bottom:2px">{where} — <a href="cite:{n}">{open_text}</a></p>'
        f'<blockquote style="margin-left:8px; border-left:3px solid #999999">{body}</blockquote>'
    )


def render_answer(answer: Any, question: str) -> Rendered:
    """An :class:`assistant.qa.Answer`. Evidence-first answers show the verbatim passage, the span
    highlighted, then the short answer; a refusal shows the closest passage and never a sentence."""
    fallback = words_to_highlight(question)
    badge = confidence_badge(answer.confidence, answer.refused, answer.kind, answer.threshold)
    detail = "\n".join(answer.reasons)
    evidence = list(getattr(answer, "evidence", None) or [])
    if evidence and answer.kind == "llm":
        places = [_evidence_place(e, i, question) for i, e in enumerate(evidence, start=1)]
        blocks = "".join(evidence_html(e, i) for i, e in enumerate(evidence, start=1))
        if answer.refused:
            lead = translate("AssistantRendering", "Je ne peux pas l'affirmer. Passage le plus proche :")
            body = f"<p><b>{html.escape(lead)}</b></p>" + blocks
            title = translate("AssistantRendering", "Passage le plus proche")
        else:
            short = re.sub(r"\s*\[\d{1,3}\]", "", answer.answer).strip()  # the passage above is the source
            body = blocks + f"<p><b>{html.escape(short)}</b></p>"
            title = translate("AssistantRendering", "Passage cité")
        return Rendered(body, places, title, badge, detail)
    if answer.refused:
        places = [
            CitedPlace(
                int(s["act_id"]),
                int(s["page"]),
                _page_label(act_label(s), int(s["page"])),
                None,
                fallback,
                str(s.get("path", "")),
            )
            for s in answer.sources
            if s.get("act_id") is not None
        ]
        body = _paragraphs(answer.answer, False)
        if places:
            hint = translate(
                "AssistantRendering",
                "Voici les passages les plus proches de votre question : ouvrez-les pour vérifier vous-même.",
            )
            body += f"<p><i>{html.escape(hint)}</i></p>"
        title = translate("AssistantRendering", "Sources les plus proches")
        return Rendered(body, places, title, badge, detail)
    places = []
    for c in answer.citations:
        claim = claim_of(answer.answer, c.n)
        places.append(
            CitedPlace(
                c.act_id,
                c.page,
                f"[{c.n}] {_page_label(act_label(c), c.page)}",
                " ".join(p for p in (c.quote, claim) if p),  # the reader prefers words found in this passage
                citation_terms(claim, c.quote, question),
                f"« {c.quote} »" if c.quote else c.path,
            )
        )
    title = (
        translate("AssistantRendering", "Délibérations trouvées")
        if answer.kind == "catalogue"
        else translate("AssistantRendering", "Sources citées")
    )
    return Rendered(_paragraphs(answer.answer, answer.kind != "catalogue"), places, title, badge, detail)


def place_for_citation(rendered: Rendered, n: int) -> CitedPlace | None:
    prefix = f"[{n}] "
    return next((p for p in rendered.places if p.label.startswith(prefix)), None)


def _act_places(acts: Sequence[Mapping[str, Any]]) -> list[CitedPlace]:
    return [
        CitedPlace(int(a["act_id"]), int((a.get("pages") or [1])[0]), act_label(a), None, (), str(a.get("path", "")))
        for a in acts
    ]


def _statements(statements: Sequence[Any]) -> str:
    items = []
    for s in statements:
        text = html.escape(s.text)
        if not s.supported:
            check = translate("AssistantRendering", "à vérifier : nombre absent du document")
            text += f' <span style="color:#c62828">({html.escape(check)})</span>'
        items.append(f"<li>{text}</li>")
    return f"<ul>{''.join(items)}</ul>" if items else ""


def _table(rows: Sequence[Sequence[str]]) -> str:
    if not rows:
        return ""
    head = "".join(f"<th>{html.escape(c)}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
    return f'<table border="1" cellspacing="0" cellpadding="3"><tr>{head}</tr>{body}</table>'


def _notice(result: Any) -> str:
    parts = []
    if result.generated_by_ai and result.notice:
        parts.append(f'<p style="color:#c62828"><b>{html.escape(result.notice)}</b></p>')
    parts += [f'<p style="color:#ef6c00">{html.escape(w)}</p>' for w in result.warnings]
    return "".join(parts)


def render_task(result: Any, model_note: str | None = None) -> Rendered:
    """A :class:`assistant.tasks.TaskResult` (summary, plain language, key points, comparison)."""
    from assistant.keypoints import FIELD_LABELS, FIELDS
    from assistant.tasks import comparison_table

    body = ""
    if result.task == "resume":
        body += _statements(result.statements) or _paragraphs(result.text, False)
    elif result.task == "langage_clair":
        body += _paragraphs(result.text, False)
    if result.task == "comparaison":
        body += _table(comparison_table(result))
        for title, statements in (
            (translate("AssistantRendering", "Points communs"), result.common),
            (translate("AssistantRendering", "Différences"), result.differences),
        ):
            if statements:
                body += f"<h4>{html.escape(title)}</h4>" + _statements(statements)
    elif result.key_points and result.task in ("points_cles", "resume"):
        origin = {
            "metadonnees": translate("AssistantRendering", "métadonnées"),
            "texte": translate("AssistantRendering", "lu dans le texte"),
            "modele": translate("AssistantRendering", "proposé par l'IA"),
            "absent": translate("AssistantRendering", "non trouvé"),
        }
        header = [
            translate("AssistantRendering", "Élément"),
            translate("AssistantRendering", "Valeur"),
            translate("AssistantRendering", "Origine"),
        ]
        for points in result.key_points:
            rows = [header] + [
                [FIELD_LABELS[f], points[f]["value"] or "—", origin.get(points[f]["origin"], points[f]["origin"])]
                for f in FIELDS
            ]
            body += _table(rows)
    if model_note:
        note = translate(
            "AssistantRendering",
            "Modèle de langue indisponible : seuls les éléments lus dans le texte sont affichés.",
        )
        body += f'<p style="color:#ef6c00">{html.escape(note)}</p>'
    body = _notice(result) + body
    return Rendered(body, _act_places(result.acts), translate("AssistantRendering", "Actes concernés"))


def render_precedents(act: Any, hits: Sequence[Any]) -> Rendered:
    if not hits:
        text = translate("AssistantRendering", "Aucun acte comparable n'a été trouvé dans la bibliothèque.")
        return Rendered(f"<p>{html.escape(text)}</p>")
    intro = translate("AssistantRendering", "Actes les plus proches de « %1 » :").replace("%1", act_label(act))
    places = [
        CitedPlace(
            h.act.act_id,
            h.page,
            f"{act_label(h.act)} — {h.act.collectivite or ''}",
            h.passage or None,
            tuple(h.terms),
            h.act.path,
        )
        for h in hits
    ]
    return Rendered(f"<p>{html.escape(intro)}</p>", places, translate("AssistantRendering", "Précédents"))
