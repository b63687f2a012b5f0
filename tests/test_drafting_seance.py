"""Liste des délibérations and procès-verbal from a fake library: facts filled, nothing invented."""

from __future__ import annotations

import re

import pytest

from assistant.drafting.liste import build_liste
from assistant.drafting.proces_verbal import build_proces_verbal
from assistant.drafting.result import DraftingError
from assistant.drafting.seance_facts import SourcePage, extract_seance_facts
from assistant.export import Heading, Table
from assistant.llm import ScriptedLLM
from indexer.models import ActRecord, PageText, Votes
from indexer.testing import MemoryLibrary

DATE = "2024-03-12"
COMMUNE = "Saint-Exemple"

PV_PAGE_1 = """Commune de Saint-Exemple
Procès-verbal de la séance du conseil municipal du 12 mars 2024
L'an deux mille vingt-quatre, le 12 mars à 20 h 30, le conseil municipal de Saint-Exemple,
dûment convoqué le 5 mars 2024, s'est réuni dans la salle du conseil en mairie, sous la présidence
de Monsieur Jean MARTIN, maire.
Membres en exercice : 15
Présents : 12
Votants : 14
Présents : Jean MARTIN, Sophie DURAND, Paul LEROY, Anne MOREAU, Louis GARNIER, Claire FAURE,
Marc ROUX, Julie BLANC, Pierre GIRARD, Nadia BONNET, Hugo LAMBERT et Emma FONTAINE.
Marie PETIT a donné pouvoir à Jean MARTIN, Alain DUBOIS a donné pouvoir à Sophie DURAND.
Excusés : Luc BERNARD.
Absents : Henri MERCIER.
Secrétaire de séance : Sophie DURAND
Le quorum est atteint.
"""
PV_PAGE_2 = """D2024-01 - Objet : Vote du budget primitif 2024
Monsieur LEROY demande si la hausse des dépenses de voirie est maintenue. Le maire confirme.
Le conseil municipal, après en avoir délibéré, à l'unanimité, adopte le budget primitif.
D2024-02 - Objet : Tarifs de la cantine scolaire
Pour : 10, contre : 3, abstention : 1.
"""
PV_PAGE_3 = """Questions diverses : néant.
L'ordre du jour étant épuisé, la séance est levée à 22 h 15.
"""


def _act(act_id: int, path: str, doc_type: str, pages: tuple[int, int], **kw: object) -> ActRecord:
    return ActRecord(
        act_id=act_id,
        file_id=act_id,
        path=path,
        root="/registre",
        doc_type=doc_type,
        page_start=pages[0],
        page_end=pages[1],
        date=DATE,
        collectivite=COMMUNE,
        **kw,
    )  # type: ignore[arg-type]


def make_library(page_1: str = PV_PAGE_1, page_3: str = PV_PAGE_3) -> MemoryLibrary:
    pv = _act(1, "2024/pv-2024-03-12.pdf", "proces-verbal", (1, 3), objet="Procès-verbal de séance")
    budget = _act(
        2,
        "2024/D2024-01.pdf",
        "deliberation",
        (1, 1),
        act_number="D2024-01",
        objet="Vote du budget primitif 2024",
        votes=Votes(unanimite=True, pour=14, votants=14),
        adopted=True,
    )
    cantine = _act(
        3,
        "2024/D2024-02.pdf",
        "deliberation",
        (1, 1),
        act_number="D2024-02",
        objet="Tarifs de la cantine scolaire",
        votes=Votes(pour=10, contre=3, abstention=1),
    )
    unknown = _act(
        4, "2024/D2024-03.pdf", "deliberation", (1, 1), act_number="D2024-03", objet="Convention de fourrière"
    )
    annexe = _act(5, "2024/annexe-budget.pdf", "annexe", (1, 1), objet="Annexe budgétaire")
    other_day = ActRecord(
        6,
        6,
        "2023/D2023-99.pdf",
        "/registre",
        "deliberation",
        1,
        1,
        act_number="D2023-99",
        objet="Autre séance",
        date="2023-12-01",
        collectivite=COMMUNE,
    )
    return MemoryLibrary(
        [
            (pv, [PageText(1, page_1), PageText(2, PV_PAGE_2), PageText(3, page_3)]),
            (budget, [PageText(1, "Délibération D2024-01. Membres en exercice : 15. Présents : 11.")]),
            (cantine, [PageText(1, "Délibération D2024-02")]),
            (unknown, [PageText(1, "Délibération D2024-03")]),
            (annexe, [PageText(1, "Présents : 3. Séance ouverte à 9 h 00.")]),
            (other_day, [PageText(1, "Présents : 2")]),
        ]
    )


def _facts(result) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    return {f["fact"]: f for f in result.to_json()["filled"]}


def test_liste_lists_each_deliberation_of_the_day_with_its_vote() -> None:
    result = build_liste(make_library(), DATE)
    draft = result.draft
    table = next(b for b in draft.blocks if isinstance(b, Table))
    assert table.header == ["N°", "Objet", "Adoptée", "Vote"]
    assert [row[0] for row in table.rows] == ["D2024-01", "D2024-02", "D2024-03"]
    assert table.rows[0][2:] == ["Adoptée", "À l'unanimité (14 voix pour)"]
    # adopted unknown but pour > contre: the majority of votes cast decides (L2121-20)
    assert table.rows[1][2:] == ["Adoptée", "Pour : 10, contre : 3, abstention : 1"]
    assert table.rows[2][2:] == ["[à compléter]", "[à compléter : vote]"]
    assert "Autre séance" not in draft.plain_text() and "Annexe budgétaire" not in draft.plain_text()
    assert COMMUNE in (draft.subtitle or "") and "12 mars 2024" in (draft.subtitle or "")
    assert "[à compléter : vote]" in result.placeholders
    assert {c.path for c in result.citations} == {
        "2024/D2024-01.pdf",
        "2024/D2024-02.pdf",
        "2024/D2024-03.pdf",
    }
    assert any(f.name == "résultat (D2024-02)" and "déduit" in str(f.value) for f in result.filled)


def test_no_act_that_day_is_a_clear_error() -> None:
    with pytest.raises(DraftingError, match="Aucun acte indexé pour la séance du 1er janvier 2020"):
        build_liste(make_library(), "2020-01-01")


def test_pv_fills_facts_from_the_minutes_with_their_page() -> None:
    result = build_proces_verbal(make_library(), DATE)
    facts = _facts(result)
    expected = {
        "heure_ouverture": "20 h 30",
        "president": "Monsieur Jean MARTIN",
        "date_convocation": "5 mars 2024",
        "lieu": "dans la salle du conseil en mairie",
        "membres_en_exercice": 15,
        "presents_nombre": 12,
        "votants": 14,
        "secretaire": "Sophie DURAND",
        "quorum": "atteint",
        "heure_cloture": "22 h 15",
    }
    for name, value in expected.items():
        assert facts[name]["value"] == value, name
        assert facts[name]["source"]["path"] == "2024/pv-2024-03-12.pdf"
    assert facts["heure_cloture"]["source"]["page"] == 3
    assert facts["presents_nombre"]["source"]["page"] == 1  # the PV wins over the deliberation's own count
    assert facts["presents"]["value"][:2] == ["Jean MARTIN", "Sophie DURAND"]
    assert facts["presents"]["value"][-1] == "Emma FONTAINE" and len(facts["presents"]["value"]) == 12
    assert facts["representes"]["value"] == [
        "Marie PETIT (pouvoir à Jean MARTIN)",
        "Alain DUBOIS (pouvoir à Sophie DURAND)",
    ]
    assert facts["excuses"]["value"] == ["Luc BERNARD"]
    assert facts["absents"]["value"] == ["Henri MERCIER"]
    assert facts["quorum (calculé)"]["value"] == "atteint"  # 12 present ≥ 8 = majority of 15

    text = result.draft.plain_text()
    assert "Le 12 mars 2024 à 20 h 30, le conseil municipal de Saint-Exemple" in text
    assert "la séance est levée à 22 h 15" in text
    assert "[à compléter : heure" not in text
    headings = [b.text for b in result.draft.blocks if isinstance(b, Heading)]
    for wanted in (
        "Ouverture de la séance",
        "Membres du conseil",
        "Quorum",
        "Ordre du jour",
        "Délibérations",
        "Clôture",
    ):
        assert wanted in headings
    assert "Délibération n° D2024-02 — Tarifs de la cantine scolaire" in headings
    # the debates are the clerk's to write when no model is given
    assert "[à compléter : teneur des débats sur le point D2024-01]" in result.placeholders


def test_pv_without_times_leaves_placeholders_and_invents_nothing() -> None:
    page_1 = PV_PAGE_1.replace(" à 20 h 30", "").replace("sous la présidence\nde Monsieur Jean MARTIN, maire.", "")
    page_1 = page_1.replace("Secrétaire de séance : Sophie DURAND\n", "")
    result = build_proces_verbal(make_library(page_1=page_1, page_3="Questions diverses : néant."), DATE)
    facts = _facts(result)
    for missing in ("heure_ouverture", "heure_cloture", "president", "secretaire"):
        assert missing not in facts
    for label in (
        "heure d'ouverture de la séance",
        "heure de clôture",
        "président de séance",
        "secrétaire de séance",
    ):
        assert f"[à compléter : {label}]" in result.placeholders
    text = result.draft.plain_text()
    # the annexe says "ouverte à 9 h 00" but annexes are not read, and no hour appears from nowhere
    assert not re.search(r"\b\d{1,2} h \d{2}\b", text)
    assert "Jean MARTIN" in text  # still listed among présents, read from the text


def test_every_fact_read_from_text_is_in_its_source_page() -> None:
    lib = make_library()
    result = build_proces_verbal(lib, DATE)
    pages = {("2024/pv-2024-03-12.pdf", p.number): " ".join(p.text.split()) for p in lib.act_pages(1)}
    for fact in result.to_json()["filled"]:
        key = (fact["source"]["path"], fact["source"]["page"])
        if key not in pages:
            continue  # metadata facts cite the act itself
        values = fact["value"] if isinstance(fact["value"], list) else [fact["value"]]
        for value in values:
            for piece in re.split(r" \(pouvoir à |\)$", str(value)):
                piece = piece.strip(" )")
                if piece and fact["fact"] not in ("heure_ouverture", "heure_cloture", "quorum (calculé)"):
                    assert piece in pages[key], (fact["fact"], piece)
                elif piece and fact["fact"].startswith("heure"):
                    assert piece.replace(" h ", " h ") in pages[key]


def test_llm_only_writes_the_debates_and_is_labelled() -> None:
    lib = make_library()
    pv_numbered = _act(
        7,
        "2024/pv-2024-03-12.pdf",
        "proces-verbal",
        (2, 2),
        act_number="D2024-01",
        objet="Vote du budget primitif 2024",
        votes=Votes(unanimite=True),
        adopted=True,
    )
    lib.add(pv_numbered, [PageText(2, PV_PAGE_2)])
    llm = ScriptedLLM(
        lambda messages: (
            "M. LEROY a demandé si la hausse des dépenses de voirie était maintenue ; le maire l'a confirmé."
            if "budget" in messages[-1]["content"] and "interventions" in messages[-1]["content"]
            else "Je ne sais pas."  # nor a one-line summary of a decision: that is tested on its own
        )
    )
    result = build_proces_verbal(lib, DATE, llm=llm)
    ai = [b for b in result.draft.blocks if getattr(b, "ai_generated", False)]
    assert len(ai) == 1 and "LEROY" in ai[0].text
    assert "<document" in llm.calls[0][-1]["content"]  # document text framed as data
    # other points keep their placeholder; facts are unchanged by the model
    assert "[à compléter : teneur des débats sur le point D2024-02]" in result.placeholders
    assert _facts(result)["heure_ouverture"]["value"] == "20 h 30"


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        (
            "L'an deux mil seize, le cinq janvier, à vingt heures trente, les membres du conseil",
            "heure_ouverture",
            "20 h 30",
        ),
        ("Séance du 3 avril 2025\nLa séance est ouverte à 18h45 par le maire.", "heure_ouverture", "18 h 45"),
        ("Arrivée de Madame X à 19h03.\nLa séance est levée à 21h25", "heure_cloture", "21 h 25"),
        (
            "Nombre de conseillers en exercice : 33\nNombre de conseillers présents : 21\nQuorum : 17",
            "membres_en_exercice",
            33,
        ),
        ("Madame DUTEIL est nommée secrétaire de séance et informe", "secretaire", "Madame DUTEIL"),
    ],
)
def test_fact_patterns_on_real_wordings(text: str, fact: str, value: object) -> None:
    facts = extract_seance_facts([SourcePage("pv.pdf", 1, text)])
    assert facts.value(fact) == value


def test_arrival_time_is_not_taken_for_the_opening() -> None:
    facts = extract_seance_facts([SourcePage("pv.pdf", 1, "Séance du 6 mars 2025\nArrivée de Madame X à 19h03.")])
    assert facts.get("heure_ouverture") is None


def test_proxies_written_in_brackets_and_inline_absence() -> None:
    text = (
        "Présents : Jean-Pierre, Yves, Agnès.\n"
        "Excusés : Anne-Marie (pouvoir donné à Yves) / Marc (pouvoir donné Agnès) / Lucie\n"
        "Maryline : absente non excusée"
    )
    facts = extract_seance_facts([SourcePage("cr.pdf", 1, text)])
    assert facts.value("presents") == ("Jean-Pierre", "Yves", "Agnès")
    assert facts.value("representes") == ("Anne-Marie (pouvoir à Yves)", "Marc (pouvoir à Agnès)")
    assert facts.value("excuses") == ("Anne-Marie", "Marc", "Lucie")
    assert facts.value("absents") == ("Maryline",)


def test_points_of_an_unnumbered_minutes_are_the_deliberations() -> None:
    text = "Présents : Yves, Agnès.\n1/ Délibération voirie\n12 votes pour\n2/ Délibération forêt\n8 votes pour"
    acts = [
        _act(1, "cr.pdf", "proces-verbal", (1, 1), objet="Délibération voirie", votes=Votes(pour=12), adopted=True),
        _act(2, "cr.pdf", "proces-verbal", (1, 1), objet="Délibération forêt", votes=Votes(pour=8, contre=4)),
        _act(3, "cr.pdf", "proces-verbal", (1, 1), objet="Questions diverses"),
    ]
    result = build_liste(MemoryLibrary([(a, [PageText(1, text)]) for a in acts]), DATE)
    table = next(b for b in result.draft.blocks if isinstance(b, Table))
    assert [row[1:] for row in table.rows] == [
        ["Délibération voirie", "Adoptée", "Pour : 12"],
        ["Délibération forêt", "Adoptée", "Pour : 8, contre : 4"],
    ]
    assert table.rows[0][0] == "[à compléter : numéro]"  # a point number is not an act number


def test_point_text_cuts_the_minutes_between_two_points() -> None:
    from assistant.drafting.proces_verbal import point_text

    first = _act(1, "pv.pdf", "proces-verbal", (1, 1), act_number="D2024-01")
    second = _act(2, "pv.pdf", "proces-verbal", (1, 1), act_number="D2024-02")
    part = point_text(PV_PAGE_2, first, second)
    assert part.startswith("D2024-01 - Objet") and "LEROY" in part and "cantine" not in part
    assert point_text(PV_PAGE_2, second, None).startswith("D2024-02")
    unnumbered = _act(3, "cr.pdf", "proces-verbal", (1, 1), objet="Tarifs de la CANTINE scolaire")
    assert point_text(PV_PAGE_2, unnumbered, None).startswith("Tarifs de la cantine scolaire")


def test_interventions_are_quoted_word_for_word_and_questions_diverses_split_off() -> None:
    from assistant.drafting.debates import intervention_sentences, split_misc

    text = (
        "Vu le budget ;\nDébat :\nMme Émilie ROBIN demande si le syndicat capture les chats. Monsieur\n"
        "le Maire répond que oui. Le conseil municipal, après en avoir délibéré, décide : Article 1.\n"
        "Questions diverses\nM. Laurent GAUTHIER annonce la chasse aux œufs.\n"
        "L'ordre du jour étant épuisé, la séance est levée à 22h40."
    )
    point, misc = split_misc(text)
    assert intervention_sentences(point) == [
        "Mme Émilie ROBIN demande si le syndicat capture les chats.",
        "Monsieur le Maire répond que oui.",
    ]
    assert intervention_sentences(misc) == ["M. Laurent GAUTHIER annonce la chasse aux œufs."]
    assert intervention_sentences("Le conseil municipal décide. Vu le code.") == []


def test_pv_quotes_the_debates_of_the_minutes_without_a_model() -> None:
    lib = make_library()
    lib.add(_act(7, "2024/pv-2024-03-12.pdf", "proces-verbal", (2, 2), act_number="D2024-01"), [PageText(2, PV_PAGE_2)])
    result = build_proces_verbal(lib, DATE)
    quotes = next(f for f in result.filled if f.name == "interventions (D2024-01)")
    assert quotes.value == ("Monsieur LEROY demande si la hausse des dépenses de voirie est maintenue.",)
    assert "« Monsieur LEROY demande si la hausse des dépenses de voirie est maintenue. »" in result.draft.plain_text()
    assert not any(getattr(b, "ai_generated", False) for b in result.draft.blocks)


# Pierrefonds, compte rendu du 23 novembre 2020 (shortened): the minutes open with their agenda, so each
# point's title is printed twice — the agenda line came first and was taken for the point, which then
# held no vote (« aucun vote imprimé dans le texte de ce point », a wrong statement)
AGENDA_FIRST = """Conseil Municipal du 23 novembre 2020
Elle donne lecture de l'ordre du jour.
Ordre du jour
1.   Adoption du règlement intérieur du conseil municipal
2.   Convention de mise à disposition du Foyer Napoléon avec l'Office du Tourisme
    1. Adoption du règlement intérieur du conseil municipal
Conformément à l'article L 2121-8 du Code général des collectivités territoriales, l'assemblée délibérante établit
son règlement intérieur dans les six mois de son installation.
M. TANGUY indique que le règlement intérieur est principalement composé de rappels à la loi.
Vote :
    -    Contre : 4 (M. THUILLIER, M. LEBLANC, Mme DEBUISSIER, M. TANGUY)
    -    Abstention : 2 (M. RIBEIRO et M. TOLEDANO (pouvoir))
    -    Pour : 13
    2. Convention de mise à disposition du Foyer Napoléon avec l'Office du Tourisme
Madame le Maire explique que la commune de Pierrefonds est sensible au tourisme.
Vote :
    -    Pour : 15
    -    Abstention : 4
La séance est levée à 21h22.
"""


def test_minutes_that_open_with_their_agenda_give_each_point_its_body_and_vote() -> None:
    date = "2020-11-23"
    reglement = ActRecord(1, 1, "cr-2020-11-23.pdf", "/r", "proces-verbal", 1, 1, None,
                          "Adoption du règlement intérieur du conseil municipal", date, "Pierrefonds", seq=0,
                          votes=Votes(pour=13, contre=4, abstention=2, unanimite=False), adopted=True)
    convention = ActRecord(2, 1, "cr-2020-11-23.pdf", "/r", "proces-verbal", 1, 1, None,
                           "Convention de mise à disposition du Foyer Napoléon avec l'Office du Tourisme", date,
                           "Pierrefonds", seq=1, votes=Votes(pour=15, abstention=4, unanimite=False), adopted=True)
    library = MemoryLibrary([(reglement, [PageText(1, AGENDA_FIRST)]), (convention, [PageText(1, AGENDA_FIRST)])])
    text = build_proces_verbal(library, date).draft.plain_text()
    assert "aucun vote imprimé" not in text
    assert "Vote : Pour : 13, contre : 4, abstentions : 2." in text
    assert "Vote : Pour : 15, abstentions : 4." in text
    # each point quotes its own debates: the convention's do not hold M. TANGUY's words on the règlement
    convention_part = text[text.index("Délibération n° [à compléter : numéro] — Convention"):]
    assert "TANGUY" not in convention_part.split("Récapitulatif")[0]


# corte/proces-verbaux/mairie-corte_proces-verbal_2023-03-20_downloads-1593.pdf, page 2 (OCR): the indexer did not
# cut « 23-03/019 —- Adoption… » there; the séance's .txt copy holds it
CORTE_OCR = """23-03/018 — Approbation du Compte de Gestion 2022 :
Y Le Conseil, Approuve à l'unanimité du Compte de Gestion 2022 du Parking Municipal Tuffelli tel que présenté.
Point n° 4 : Régie du Parking RESTONICA-GROTELLE
23-03/019 —- Adoption du Compte Administratif 2022 du Parking Restonica-Grotelle :
Le Maire et Madame Marie-Luce CASTELLI ne prennent pas part au vote.
Adopte à l'unanimité avec 23 Voix Pour, par chapitre et par section, le Compte Administratif 2022.
23-03/020 — Approbation du Compte de Gestion 2022 :
> Le Conseil, Approuve à l'unanimité du Compte de Gestion 2022 du Parking Restonica-Grotelle tel que présenté.
"""
CORTE_TXT = """23-03/019 — Adoption du Compte Administratif 2022 du Parking Restonica-Grotelle :
Adopte à l'unanimité avec 23 Voix Pour, par chapitre et par section, le Compte Administratif 2022 en
"""


def test_a_point_ends_at_an_act_number_another_copy_of_the_seance_knows() -> None:
    date = "2023-03-20"
    pdf, txt = "corte/pv-2023-03-20.pdf", "corte/pv-2023-03-20.txt"
    gestion = ActRecord(1, 1, pdf, "/r", "proces-verbal", 2, 2, "23-03/018", "Approbation du Compte de Gestion 2022",
                        date, "Corte", seq=0, votes=Votes(pour=23, unanimite=True), adopted=True)
    gestion2 = ActRecord(2, 1, pdf, "/r", "proces-verbal", 2, 2, "23-03/020", "Approbation du Compte de Gestion 2022",
                         date, "Corte", seq=1, votes=Votes(unanimite=True), adopted=True)
    ca = ActRecord(3, 2, txt, "/r", "proces-verbal", 1, 1, "23-03/019",
                   "Adoption du Compte Administratif 2022 du Parking Restonica-Grotelle", date, "Corte", seq=0,
                   votes=Votes(pour=23, unanimite=True), adopted=True)
    library = MemoryLibrary([(gestion, [PageText(2, CORTE_OCR)]), (gestion2, [PageText(2, CORTE_OCR)]),
                             (ca, [PageText(1, CORTE_TXT)])])
    text = build_proces_verbal(library, date).draft.plain_text()
    point_018 = text[text.index("Délibération n° 23-03/018"):text.index("Délibération n° 23-03/019")]
    assert "23 voix" not in point_018.lower()  # the 23 votes are point 019's
    assert "Restonica" not in point_018


# flaux/doc-originaux/20200608-5 - compte rendu du 8 juin.doc (a table: the page's main column is the last cell)
FLAUX_DOC = """| |Ordre du jour |
| |Approbation du compte rendu du conseil du 27 mai 2020 |
| |Désignations des délégués syndicaux |
|Date de la convocation : |Désignations des délégués commissions municipales |
| |Désignations des membres de la Commission des Impôts Directs |
| |Questions diverses |
| | |
| |Désignations des délégués syndicaux |
| |Conseiller communautaire : Monsieur Denis JUVIN |
| |Désignation des commissions municipales |
| |Commission finances : Denis JUVIN – Catherine MARTEL |
| |Désignations des membres de la Commission des Impôts Directs |
|Nombre de membres |Après en avoir délibéré, à l'unanimité, le Conseil Municipal dresse une liste de 24 noms : |
| |Questions diverses |
"""


def test_a_point_is_read_below_the_agenda_and_ends_at_the_next_agenda_item() -> None:
    """The indexer did not cut the CCID item: the delegates' act runs over its unanimity. The draft's point
    starts below the agenda and ends at the next item the agenda names, so no vote is written for it."""
    date = "2020-06-08"
    path = "flaux/cr-2020-06-08.doc"
    compte_rendu = ActRecord(1, 1, path, "/r", "proces-verbal", 1, 1, None,
                             "Approbation du compte rendu du conseil du 27 mai 2020", date, "Flaux", seq=0)
    delegues = ActRecord(2, 1, path, "/r", "proces-verbal", 1, 1, None, "Désignations des délégués syndicaux", date,
                         "Flaux", seq=1, votes=Votes(unanimite=True), adopted=True)
    library = MemoryLibrary([(compte_rendu, [PageText(1, FLAUX_DOC)]), (delegues, [PageText(1, FLAUX_DOC)])])
    text = build_proces_verbal(library, date).draft.plain_text()
    point = text[text.index("\nDélibérations\n"):].split("— Désignations des délégués syndicaux", 1)[1]
    point = point.split("Délibération n°")[0]
    assert "Vote : À l'unanimité" not in point and "aucun vote imprimé" in point
    assert "Conseiller communautaire" in point  # its own body was found


# couthenans/CR_reunion_20211105.pdf: « Ordre du jour » heads the points themselves, it lists nothing
COUTHENANS_POINTS = """CR du conseil municipal 05 novembre 2021
Ordre du jour
1/ Recensement voirie communale :
L'état demande de mesurer toute la voirie communale afin que l'on perçoive une dotation estimée à un peu
plus de 5 000 €.
12 votes pour.
2/ Renouvellement contrat GRDF :
Présentation du directeur territorial de GRDF.
3 abstentions 8 votes pour
"""


def test_an_ordre_du_jour_heading_the_points_is_no_agenda_to_skip() -> None:
    date = "2021-11-05"
    path = "couthenans/cr-2021-11-05.pdf"
    voirie = ActRecord(1, 1, path, "/r", "proces-verbal", 1, 1, None, "Recensement voirie communale", date,
                       "Couthenans", seq=0, votes=Votes(pour=12), adopted=True)
    grdf = ActRecord(2, 1, path, "/r", "proces-verbal", 1, 1, None, "Renouvellement contrat GRDF", date,
                     "Couthenans", seq=1, votes=Votes(pour=8, abstention=3), adopted=True)
    library = MemoryLibrary([(voirie, [PageText(1, COUTHENANS_POINTS)]), (grdf, [PageText(1, COUTHENANS_POINTS)])])
    text = build_proces_verbal(library, date).draft.plain_text()
    assert "Vote : Pour : 12." in text and "dotation estimée" in text
