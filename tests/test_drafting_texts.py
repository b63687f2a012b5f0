"""Letters, corrections and notes de synthèse: the model words, the code keeps the facts and sources."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest

from assistant.drafting.correction import correct_text, plain_language, word_changes
from assistant.drafting.letter import build_letter
from assistant.drafting.synthese import build_synthese
from assistant.export import Heading, Paragraph, Sources, Table
from assistant.llm import ScriptedLLM
from indexer.models import ActRecord, SearchHit, Votes

TODAY = date(2025, 3, 10)


@dataclass
class FakeCitation:
    n: int
    path: str
    page: int
    act_number: str | None = None
    objet: str | None = None
    date: str | None = None


@dataclass
class FakeAnswer:
    answer: str
    refused: bool = False
    citations: list[FakeCitation] = field(default_factory=list)
    sources: list[dict] = field(default_factory=list)


def _paragraphs(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [b.text for b in result.draft.blocks if isinstance(b, Paragraph)]


def test_formal_letter_carries_the_answer_and_its_sources() -> None:
    answer = FakeAnswer(
        "Le conseil a attribué 1 500 euros à l'Association Sportive [2]. Le vote a eu lieu le 12 mars 2021 [4].",
        citations=[
            FakeCitation(2, "2021/2021-014.pdf", 1, "2021-014", "Subvention AS football", "2021-03-12"),
            FakeCitation(4, "2021/liste.pdf", 1),
        ],
    )
    result = build_letter("Quel montant pour le club de football ?", answer, "formel", today=TODAY)
    texts = _paragraphs(result)
    assert texts[0] == "[à compléter : lieu], le 10 mars 2025"
    assert "Madame, Monsieur," in texts
    assert any(t.startswith("Je vous prie d'agréer") for t in texts)
    body = next(b for b in result.draft.blocks if isinstance(b, Paragraph) and b.ai_generated)
    # citation numbers follow the letter's own source list
    expected = "Le conseil a attribué 1 500 euros à l'Association Sportive [1]. "
    expected += "Le vote a eu lieu le 12 mars 2021 [2]."
    assert body.text == expected
    sources = next(b for b in result.draft.blocks if isinstance(b, Sources))
    assert [r.path for r in sources.refs] == ["2021/2021-014.pdf", "2021/liste.pdf"]
    assert result.to_json()["citations"][0]["act_number"] == "2021-014"
    assert "[à compléter : nom et qualité du signataire]" in result.placeholders


def test_cordial_letter_on_a_refusal_promises_nothing_and_points_to_documents() -> None:
    answer = FakeAnswer(
        "Je ne trouve pas de réponse sûre.",
        refused=True,
        sources=[{"path": "2023/2023-009.pdf", "page": 2, "act_number": "2023-009"}],
    )
    result = build_letter("Quel est le prix de l'eau en 2030 ?", answer, "cordial", today=TODAY)
    texts = _paragraphs(result)
    assert "Bonjour," in texts and "Bien cordialement," in texts
    assert not any(b.ai_generated for b in result.draft.blocks if isinstance(b, Paragraph))
    assert "[à compléter : réponse à rédiger après vérification]" in result.placeholders
    assert result.citations == [] and result.warnings
    assert any(isinstance(b, Heading) and "note interne" in b.text for b in result.draft.blocks)
    assert "2023/2023-009.pdf" in result.draft.plain_text()


def test_unknown_tone_is_refused() -> None:
    with pytest.raises(ValueError, match="formel"):
        build_letter("Q ?", FakeAnswer("R"), "familier")


def test_word_changes_lists_each_correction() -> None:
    changes = word_changes(
        "Les conseillé municipaux a voté le budget.", "Les conseillers municipaux ont voté le budget."
    )
    assert [(c.kind, c.before, c.after, c.word_index) for c in changes] == [
        ("remplacement", "conseillé", "conseillers", 1),
        ("remplacement", "a", "ont", 3),
    ]
    assert word_changes("un deux", "un deux trois")[0].kind == "ajout"
    assert word_changes("un deux trois", "un trois")[0].kind == "suppression"


def test_correction_uses_the_model_and_frames_the_text_as_data() -> None:
    llm = ScriptedLLM(["Texte corrigé : La séance est ouverte à 20 heures."])
    result = correct_text("La séance est ouvert a 20 heures.", llm)
    assert result.corrected == "La séance est ouverte à 20 heures."
    assert [(c.before, c.after) for c in result.changes] == [("ouvert a", "ouverte à")]
    assert "<texte>" in llm.calls[0][-1]["content"] and result.warning is None


def test_a_runaway_model_changes_nothing() -> None:
    llm = ScriptedLLM(["Voici une tout autre histoire, beaucoup plus longue que le texte de départ, sans rapport."])
    result = correct_text("Bonjour à tous.", llm)
    assert result.corrected == "Bonjour à tous." and result.changes == [] and result.warning


def test_plain_language_rewrite_is_diffed_too() -> None:
    llm = ScriptedLLM(["Le conseil a décidé de baisser le prix de la cantine."])
    result = plain_language("Le conseil municipal, après en avoir délibéré, décide de diminuer le tarif.", llm)
    assert result.changes and result.corrected.startswith("Le conseil a décidé")


def _hit(act_id: int, date_: str, number: str, objet: str, passage: str, votes: Votes) -> SearchHit:
    act = ActRecord(
        act_id,
        act_id,
        f"{date_[:4]}/{number}.pdf",
        "/r",
        "deliberation",
        1,
        2,
        act_number=number,
        objet=objet,
        date=date_,
        collectivite="Saint-Exemple",
        votes=votes,
        adopted=True,
    )
    return SearchHit(act=act, page=1, score=1.0, snippet=passage, passage=passage)


HITS = [
    _hit(
        2,
        "2023-05-16",
        "D2023-12",
        "Tarif de la cantine 2023",
        "Le repas enfant passe à 3,40 euros.",
        Votes(pour=10, contre=0, abstention=0),
    ),
    _hit(
        1,
        "2021-03-12",
        "2021-015",
        "Tarifs de la cantine 2021",
        "Le repas enfant est fixé à 3,20 euros.",
        Votes(unanimite=True),
    ),
]


def test_synthese_without_model_lists_decisions_in_order_with_citations() -> None:
    result = build_synthese("cantine scolaire", HITS, today=TODAY)
    headings = [b.text for b in result.draft.blocks if isinstance(b, Heading)]
    assert headings[2:4] == [
        "[1] 12 mars 2021 — Tarifs de la cantine 2021",
        "[2] 16 mai 2023 — Tarif de la cantine 2023",
    ]
    assert "[à compléter : synthèse à rédiger à partir des décisions ci-dessous]" in result.placeholders
    table = next(b for b in result.draft.blocks if isinstance(b, Table))
    assert table.rows[0][4] == "À l'unanimité" and table.rows[1][4] == "Pour : 10, contre : 0, abstention : 0"
    assert [r.act_number for r in result.citations] == ["2021-015", "D2023-12"]


def test_synthese_with_model_drops_citations_to_nothing() -> None:
    llm = ScriptedLLM(["Le repas passe de 3,20 euros [1] à 3,40 euros [2], puis à 5 euros [7]."])
    result = build_synthese("cantine scolaire", HITS, llm=llm, today=TODAY)
    summary = next(b for b in result.draft.blocks if isinstance(b, Paragraph) and b.ai_generated)
    assert "[7]" not in summary.text and "[1]" in summary.text and "[2]" in summary.text
    assert any("inexistantes" in w for w in result.warnings)
    assert llm.calls[0][-1]["content"].count("<document ") == 2
