"""The few places a language model may help a draft; each one is optional and clearly labelled.

The model words what the documents already say; it never supplies a fact. Document text is framed
as data (``assistant.prompts.document_block``), and its answer is discarded when it says it does
not know.
"""

from __future__ import annotations

import re

from assistant.llm import LLM, Message

_DONT_KNOW = re.compile(r"je ne sais pas|aucun (?:débat|échange|élément)|rien n'est rapporté", re.IGNORECASE)

DEBATES_TASK = (
    "<documents>\n{documents}\n</documents>\n\n"
    "Ce document est un extrait du procès-verbal d'une séance de conseil municipal, sur le point « {point} ». "
    "Relève les interventions des élus rapportées dans ce texte (par exemple « Monsieur X demande… », "
    "« Madame Y précise… ») et résume-les en 2 à 4 phrases, en nommant qui est intervenu et sur quoi. "
    "Ne recopie ni les visas ni la décision. "
    "S'il n'y a aucune intervention d'élu dans le texte, réponds seulement : Aucun débat rapporté."
)

DECISION_TASK = (
    "<documents>\n{documents}\n</documents>\n\n"
    "Ce texte est la décision d'un conseil municipal. Résume-la en une seule phrase simple, en recopiant "
    "exactement les montants, dates et noms, sans rien ajouter. "
    "Si le texte ne contient pas de décision, réponds seulement : Je ne sais pas."
)

SYNTHESIS_TASK = (
    "<documents>\n{documents}\n</documents>\n\n"
    "Rédige une note de synthèse de 5 à 10 phrases sur le sujet « {topic} » à partir de ces "
    "délibérations, dans l'ordre chronologique. Après chaque information, indique entre crochets "
    "le numéro du document qui la contient, par exemple [2]. Recopie exactement les montants, "
    "dates et numéros. Si les documents ne traitent pas du sujet, réponds seulement : Je ne sais pas."
)


def system_message() -> Message:
    from assistant import prompts

    return Message(role="system", content=prompts.load("systeme_documents"))


def ask_documents(llm: LLM, task: str, values: dict[str, str], max_tokens: int) -> str | None:
    """Run one document-grounded task; None when the model declines or returns nothing."""
    from assistant import prompts

    content = prompts.fill(task, values)
    completion = llm.complete([system_message(), Message(role="user", content=content)], max_tokens=max_tokens)
    text = " ".join(completion.text.split())
    if not text or _DONT_KNOW.search(text[:80]):
        return None
    return text


def framed_document(n: int, header: str, body: str) -> str:
    from assistant import prompts

    return prompts.document_block(n, header, body)
