"""Reply to an elected official's or a resident's question, from an answer of the assistant.

The answer (``assistant.qa.Answer`` or any object/dict with ``answer``/``text``, ``citations`` and
``refused``) is the only substance; the letter adds the forms of politeness of the chosen tone and
lists the deliberations the answer rests on.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from assistant.drafting.result import DraftResult
from assistant.export import (
    Block,
    BulletList,
    Draft,
    Heading,
    Paragraph,
    SourceRef,
    Sources,
    format_date_fr,
    placeholder,
)

Tone = Literal["formel", "cordial"]
TONES: tuple[Tone, ...] = ("formel", "cordial")


@dataclass(frozen=True)
class _Wording:
    greeting: str
    intro: str
    sources_note: str
    refused: str
    closing: str


_WORDING: dict[str, _Wording] = {
    "formel": _Wording(
        greeting="Madame, Monsieur,",
        intro="Par votre message, vous avez bien voulu interroger la commune sur la question suivante : "
        "« {q} ». Vous trouverez ci-dessous les éléments issus des délibérations du conseil municipal.",
        sources_note="Les délibérations citées en annexe peuvent être consultées en mairie aux heures d'ouverture.",
        refused="Les délibérations dont nous disposons ne permettent pas de répondre avec certitude à votre "
        "question. Nous revenons vers vous dès que nous aurons pu vérifier ce point.",
        closing="Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
    ),
    "cordial": _Wording(
        greeting="Bonjour,",
        intro="Merci pour votre message. Voici ce que nous avons trouvé dans les délibérations du conseil "
        "municipal au sujet de votre question : « {q} ».",
        sources_note="Les délibérations citées sont consultables en mairie si vous souhaitez les lire.",
        refused="Nous n'avons pas trouvé de réponse sûre dans les délibérations ; nous vérifions et "
        "revenons vers vous rapidement.",
        closing="Bien cordialement,",
    ),
}


def _get(obj: Any, *names: str, default: Any = None) -> Any:
    for name in names:
        if isinstance(obj, Mapping) and name in obj:
            return obj[name]
        if hasattr(obj, name):
            return getattr(obj, name)
    return default


def _ref(item: Any) -> SourceRef | None:
    path = _get(item, "path")
    if not path:
        return None
    return SourceRef(str(path), _get(item, "page"), _get(item, "act_number"), _get(item, "objet"), _get(item, "date"))


def citation_refs(answer: Any) -> tuple[list[SourceRef], dict[int, int]]:
    """The cited sources, numbered 1..n in the letter, and how the answer's own numbers map to them."""
    refs: list[SourceRef] = []
    renumber: dict[int, int] = {}
    for position, citation in enumerate(_get(answer, "citations", default=[]) or [], start=1):
        ref = _ref(citation)
        if ref is None:
            continue
        if ref not in refs:
            refs.append(ref)
        renumber[int(_get(citation, "n", default=position))] = refs.index(ref) + 1
    return refs, renumber


_CITED = re.compile(r"\s?\[(\d{1,3})\]")


def _renumber(text: str, mapping: dict[int, int]) -> str:
    def swap(m: re.Match[str]) -> str:
        new = mapping.get(int(m.group(1)))
        return f" [{new}]" if new else ""

    return _CITED.sub(swap, text)


def build_letter(question: str, answer: Any, tone: str = "formel", today: date | None = None) -> DraftResult:
    if tone not in _WORDING:
        raise ValueError(f"Ton inconnu « {tone} » : choisissez « formel » ou « cordial ».")
    words = _WORDING[tone]
    text = (_get(answer, "answer", "text", default="") or "").strip()
    refused = bool(_get(answer, "refused", default=False)) or not text
    refs, mapping = citation_refs(answer)
    closest = [r for r in (_ref(x) for x in _get(answer, "sources", default=[]) or []) if r is not None]
    question = " ".join(question.split())
    blocks: list[Block] = [
        Paragraph(f"{placeholder('lieu')}, le {format_date_fr((today or date.today()).isoformat())}"),
        Paragraph(placeholder("nom et adresse du destinataire")),
        Paragraph(f"Objet : {question}"),
        Paragraph(words.greeting),
        Paragraph(words.intro.format(q=question)),
    ]
    if refused:
        blocks.append(Paragraph(words.refused))
        blocks.append(Paragraph(placeholder("réponse à rédiger après vérification")))
    else:
        blocks.append(Paragraph(_renumber(text, mapping), ai_generated=True))
        if refs:
            blocks.append(Paragraph(words.sources_note))
    blocks += [Paragraph(words.closing), Paragraph(placeholder("nom et qualité du signataire"))]
    if refs:
        blocks.append(Sources(refs))
    elif refused and closest:
        # not sources of an answer, only where the clerk should look first; removed before sending
        blocks += [
            Heading(1, "Documents à vérifier (note interne, à retirer avant envoi)"),
            BulletList([r.label() for r in dict.fromkeys(closest)]),
        ]
    subject = question if len(question) <= 80 else question[:77].rstrip() + "…"
    draft = Draft(title="Projet de réponse", subtitle=f"Objet : {subject}", blocks=blocks)
    warnings = ["L'assistant n'a pas trouvé de réponse sûre : la lettre est à compléter."] if refused else []
    return DraftResult(draft, [], refs, warnings)
