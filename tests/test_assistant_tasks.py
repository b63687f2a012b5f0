"""Summary, key points, plain language, comparison and precedents with a scripted model."""

from __future__ import annotations

from assistant import tasks
from assistant.keypoints import read_key_points
from assistant.llm import ScriptedLLM
from indexer.models import Votes
from indexer.testing import FakeAct, MemoryLibrary

SUBVENTION = (
    "Objet : Subvention exceptionnelle au comité des fêtes\n"
    "Vu le Code général des collectivités territoriales,\n"
    "Monsieur le Maire expose que le comité des fêtes organise la fête du village.\n"
    "Le conseil municipal, après en avoir délibéré, décide d'attribuer une subvention de 800 € "
    "au profit de l'association Comité des fêtes de Saint-Jean, à compter du 1er juillet 2023.\n"
    "Pour : 12, contre : 1, abstention : 2."
)
VOIRIE = (
    "Objet : Travaux de voirie rue des Écoles\n"
    "Le conseil municipal décide de retenir l'entreprise Routes & Cie pour un montant de 45 600,00 € HT.\n"
    "Adopté à l'unanimité."
)


def _lib() -> MemoryLibrary:
    return MemoryLibrary.from_fakes(
        [
            FakeAct("2023/fetes.pdf", [SUBVENTION], "2023-18", None, "2023-06-12", votes=Votes()),
            FakeAct(
                "2023/voirie.pdf",
                [VOIRIE],
                "2023-19",
                "Travaux de voirie",
                "2023-06-12",
                votes=Votes(unanimite=True),
            ),
        ]
    )


def test_key_points_are_read_from_the_text_first() -> None:
    lib = _lib()
    points = read_key_points(lib.act(1), SUBVENTION)
    assert points["objet"].value == "Subvention exceptionnelle au comité des fêtes"
    assert points["montants"].value == "800 €"
    assert points["beneficiaire"].value is not None and "Comité des fêtes de Saint-Jean" in points["beneficiaire"].value
    assert points["date_effet"].value == "1er juillet 2023"
    assert points["vote"].value == "pour : 12, contre : 1, abstention : 2"
    assert points["decision"].value is not None and points["decision"].value.startswith("attribuer une subvention")
    voirie = read_key_points(lib.act(2), VOIRIE)
    assert voirie["objet"].origin == "metadonnees" and voirie["vote"].value == "à l'unanimité"
    assert voirie["montants"].value == "45 600,00 € HT"


def test_model_fills_only_missing_fields_and_its_numbers_are_checked() -> None:
    lib = _lib()
    llm = ScriptedLLM(["Bénéficiaire : Routes & Cie\nDate d'effet : 1er mars 2031"])
    result = tasks.key_points(lib, llm, lib.act(2))
    prompt = llm.calls[0][1]["content"]
    assert "Bénéficiaire :" in prompt and "Montants :" not in prompt  # already read by pattern
    kp = result.key_points[0]
    assert kp["beneficiaire"] == {"value": "Routes & Cie", "origin": "modele", "checked": True}
    assert kp["date_effet"]["checked"] is False  # 2031 is not in the act
    assert result.generated_by_ai and result.warnings


def test_summary_bullets_flag_invented_numbers() -> None:
    lib = _lib()
    reply = (
        "- Objet : subvention au comité des fêtes.\n- Le conseil attribue 800 € au comité.\n"
        "- Le montant total est de 9 999 €.\n- Vote : 12 pour, 1 contre, 2 abstentions."
    )
    result = tasks.summarize(lib, ScriptedLLM([reply]), [lib.act(1)])
    assert len(result.statements) == 4
    assert [s.supported for s in result.statements] == [True, True, False, True]
    assert result.statements[2].missing_numbers == ["9999"]
    assert result.generated_by_ai and result.notice.startswith("Rédigé avec l'aide d'une IA")
    assert result.to_json()["statements"][0]["text"].startswith("Objet")


def test_summary_prompt_contains_the_act_as_data() -> None:
    lib = _lib()
    llm = ScriptedLLM(["- un point"])
    tasks.summarize(lib, llm, [lib.act(1)])
    user = llm.calls[0][1]["content"]
    assert user.startswith("<documents>") and "décide d'attribuer une subvention de 800 €" in user
    assert "3 à 5 puces" in user


def test_plain_language_checks_its_sentences() -> None:
    lib = _lib()
    result = tasks.plain_language(
        lib, ScriptedLLM(["La commune donne 800 € au comité des fêtes. C'est voté."]), lib.act(1)
    )
    assert [s.supported for s in result.statements] == [True, True]


def test_comparison_table_is_exact_and_model_adds_common_and_differences() -> None:
    lib = _lib()
    reply = (
        "Points communs :\n- Deux délibérations du 12 juin 2023 [1] [2].\n"
        "Différences :\n- [1] est une subvention de 800 €, [2] des travaux de 45 600 € [1] [2]."
    )
    result = tasks.compare(lib, ScriptedLLM([reply]), [lib.act(1), lib.act(2)])
    table = tasks.comparison_table(result)
    assert table[0] == ["Champ", "2023-18", "2023-19"]
    montants = next(r for r in table if r[0] == "Montants")
    assert montants[1:] == ["800 €", "45 600,00 € HT"]
    assert len(result.common) == 1 and len(result.differences) == 1
    assert all(s.supported for s in result.differences)


def test_comparison_without_model_is_not_marked_as_ai() -> None:
    lib = _lib()
    result = tasks.compare(lib, None, [lib.act(1), lib.act(2)])
    assert not result.generated_by_ai and result.common == []


def test_precedents_exclude_the_act_itself() -> None:
    lib = _lib()
    hits = tasks.precedents(lib, lib.act(1))
    assert all(h.act.act_id != 1 for h in hits)


def test_many_acts_never_overflow_the_budget() -> None:
    acts = [FakeAct(f"pv/{i}.pdf", [SUBVENTION * 3], f"2023-{i:02d}") for i in range(30)]
    lib = MemoryLibrary.from_fakes(acts)
    llm = ScriptedLLM(["- un point"])
    tasks.summarize(lib, llm, lib.acts())
    prompt = llm.calls[0][1]["content"]
    assert llm.count_tokens(prompt) <= tasks.DOCUMENT_TOKENS + 300
    assert prompt.count("<document ") < 30
