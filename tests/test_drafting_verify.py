"""The PV verifier's rules, each on a few real lines of ../shared/corpus (quoted here as Registre reads them)."""

from __future__ import annotations

from assistant.drafting.checked_facts import check_seance_facts
from assistant.drafting.decisions import decision_text, information_reason
from assistant.drafting.seance_facts import SourcePage, extract_seance_facts
from assistant.drafting.verify import (
    check_count,
    check_names,
    check_person,
    check_proxy,
    check_result,
    check_summary,
    check_vote,
    read_printed_vote,
)

# couthenans/CR_conseil_municipal_07_10_2022.pdf, page 1
COUTHENANS_ATTENDANCE = (
    "Présents : Jean-Pierre JEANROY, Nelly WIDMER, Yves LISCHKA, David TRIPOGNEY, Agnès MICHELOT, Adeline\n"
    "TEXEIRA, Jacques DELUNSCH, Marielle SAUGET, Marc SAUGET, Patrick KACZMAREK, Anne-Marie MUNINGER.\n"
    "Absents non excusés : Mathieu FIGINI (pas de pouvoir donné), Maryline LECESTRE (pas de pouvoir donné).\n"
)
# couthenans/CR_reunion_20211105.pdf
COUTHENANS_2021 = (
    "Excusés : Maryline (pas de pouvoir donné) / Marielle (pouvoir donné à Agnès) / Marc (pouvoir donné à Mario)"
)
# corte/proces-verbaux/mairie-corte_proces-verbal_2023-11-20_downloads-1716.pdf
CORTE = (
    "26 Conseillers Municipaux étaient présents ou représentés (05 Procurations : Andrei-Ruiz Marie\n"
    "Cécile, Cristiani-Castelli Marie Luce, Demuynck Frédéric, Luciani Fabien, Malleroni Marie Josée), 3\n"
    "Conseillers étaient absents (Albertini Jean Toussaint, Baghioni Elodie, Barriele Martine).\n"
)
# putanges-le-lac/2017/compte-rendu-registre-6-10-2017.pdf
PUTANGES_ABSENTS = (
    "Absents : MM Charlène LHEUREUX, Laëtitia LAPRUNE, Séverine MONTEBRAN, Catherine CASTEL, Isbelle DEBONS, "
    "Pierre\nFERRIER, Franck LEVEQUE, Françoise DUARTE (arrivée au point n°5-a), Monique FOUREY-BECHET "
    "(arrivée au point n°5-a).\n"
)
# putanges-le-lac/2021/compte-rendu-seance-du-1er-mars-2021-1.pdf
PUTANGES_SECRETAIRE = (
    "procuration à Mme Sophie PICHONNIER\nAbsents : Mme Chantal LEFOYER, Monsieur Anthony Guilmin\n"
    "Madame Andrée NOEL est nommée secrétaire de séance.\n"
)
# flaux/pdf-scannes/PV du 16 décembre 2022.pdf (a scan: the OCR reads the mayor's name two ways)
FLAUX_OCR = (
    "dans la salle de réunion de la mairie, sous la présidence de Monsieur Denis TUVIN - Maire\n"
    "Présents : Denis JÜUVIN - Catherine MARTEL - Muriel NIGGEL - Alessandra STURANI\n"
)


# --- représentés ---------------------------------------------------------------------------------


def test_a_denied_proxy_is_refused_and_named() -> None:
    verdict = check_proxy("Mathieu FIGINI", "donné", COUTHENANS_ATTENDANCE)
    assert not verdict.ok
    assert "pas de pouvoir donné" in verdict.conflict and "Mathieu FIGINI" in verdict.conflict


def test_a_given_proxy_passes_with_its_holder_and_fails_with_another() -> None:
    assert check_proxy("Marielle", "Agnès", COUTHENANS_2021).ok
    assert check_proxy("Marc", "Mario", COUTHENANS_2021).ok
    assert not check_proxy("Marc", "Agnès", COUTHENANS_2021).ok
    assert not check_proxy("Maryline", None, COUTHENANS_2021).ok


def test_a_name_in_a_procurations_list_passes_and_one_in_the_absents_that_follow_does_not() -> None:
    assert check_proxy("Demuynck Frédéric", None, CORTE).ok
    assert check_proxy("Andrei-Ruiz Marie Cécile", None, CORTE).ok  # the name wraps over two lines
    verdict = check_proxy("Baghioni Elodie", None, CORTE)
    assert not verdict.ok and "aucune phrase" in verdict.conflict


def test_a_proxy_giver_also_listed_absent_is_refused() -> None:
    text = "Pouvoirs : Marie PETIT à Jean MARTIN.\nAbsents : Marie PETIT."
    verdict = check_proxy("Marie PETIT", "Jean MARTIN", text, absents=["Marie PETIT"])
    assert not verdict.ok and "absents" in verdict.conflict


def test_the_extractor_s_couthenans_proxies_become_a_placeholder_not_a_fact() -> None:
    page = SourcePage("couthenans/CR.pdf", 1, COUTHENANS_ATTENDANCE)
    raw = extract_seance_facts([page])
    checked = check_seance_facts(raw, [page])
    assert checked.facts.get("representes") is None
    assert "pas de pouvoir donné" in (checked.note("representes") or "")
    assert checked.facts.value("absents") == ("Mathieu FIGINI", "Maryline LECESTRE")
    assert len(checked.facts.value("presents") or ()) == 11  # type: ignore[arg-type]


# --- names of a list, persons --------------------------------------------------------------------


def test_a_first_name_cut_from_its_surname_at_a_line_end_is_refused() -> None:
    verdicts = dict(check_names(["Isbelle DEBONS", "Pierre", "Franck LEVEQUE"], PUTANGES_ABSENTS))
    assert verdicts["Isbelle DEBONS"].ok and verdicts["Franck LEVEQUE"].ok
    assert not verdicts["Pierre"].ok and "FERRIER" in verdicts["Pierre"].conflict


def test_a_first_name_printed_elsewhere_is_judged_where_the_list_is() -> None:
    text = "4. TRAVAUX EGLISE ST PIERRE de la commune historique\n" + PUTANGES_ABSENTS
    (_, verdict), = check_names(["Pierre"], text, near="Absents : MM Charlène LHEUREUX, Laëtitia")
    assert not verdict.ok


def test_a_surname_split_by_a_scan_s_dash_is_refused() -> None:
    # flaux/pdf-scannes/COMPTE RENDU DU 31 MARS 2021.pdf, as the OCR reads it
    text = (
        "Présents : Denis JUVIN - Catherine MARTEL -\nCatherine VINAS - Philippe VINÇON - Philippe ROUVIER - COROUGE\n"
        "Absent: Jean-Pierre PLUS"
    )
    verdicts = dict(check_names(["Catherine MARTEL", "Philippe ROUVIER", "COROUGE"], text))
    assert verdicts["Catherine MARTEL"].ok
    assert not verdicts["Philippe ROUVIER"].ok and not verdicts["COROUGE"].ok


def test_fragments_and_absent_names_are_refused() -> None:
    verdicts = dict(check_names(["(04", "Demuynck Frédéric", "Jean DUPONT"], CORTE))
    assert not verdicts["(04"].ok and verdicts["Demuynck Frédéric"].ok
    assert "introuvable" in verdicts["Jean DUPONT"].conflict


def test_two_people_read_as_one_secretary_are_refused() -> None:
    verdict = check_person("Monsieur Anthony Guilmin Madame Andrée NOEL", PUTANGES_SECRETAIRE)
    assert not verdict.ok and "plusieurs personnes" in verdict.conflict
    assert check_person("Madame Andrée NOEL", PUTANGES_SECRETAIRE).ok
    assert not check_person("Mme Chantal LEFOYER", PUTANGES_SECRETAIRE, absents=["Mme Chantal LEFOYER"]).ok


def test_two_spellings_of_one_person_in_a_scan_make_both_unsure() -> None:
    verdict = check_person("Monsieur Denis TUVIN", FLAUX_OCR, roster=["Denis JÜUVIN", "Catherine MARTEL"])
    assert not verdict.ok and "deux graphies" in verdict.conflict
    verdicts = dict(check_names(["Denis JÜUVIN", "Catherine MARTEL"], FLAUX_OCR, ["Monsieur Denis TUVIN"]))
    assert not verdicts["Denis JÜUVIN"].ok and verdicts["Catherine MARTEL"].ok


# --- counts --------------------------------------------------------------------------------------


def test_a_count_that_differs_from_the_names_listed_is_a_conflict() -> None:
    assert check_count("présents", 11, 11).ok
    verdict = check_count("présents", 12, 11)
    assert not verdict.ok and verdict.conflict == "11 noms listés, 12 annoncés"


def test_a_count_against_its_list_in_the_facts_becomes_a_placeholder() -> None:
    page = SourcePage("cr.pdf", 1, "Présents : 12\n" + COUTHENANS_ATTENDANCE)
    checked = check_seance_facts(extract_seance_facts([page]), [page])
    assert checked.facts.get("presents_nombre") is None
    assert checked.note("presents_nombre") == "11 noms listés, 12 annoncés"


# --- votes ---------------------------------------------------------------------------------------


def test_vote_figures_are_read_in_the_order_printed() -> None:
    vote = read_printed_vote("L'entreprise qui s'occupait du déneigement arrête.\n11 votes pour 2 abstentions")
    assert vote.figures == {"pour": 11, "abstention": 2}
    assert vote.lines == ["11 votes pour 2 abstentions"]
    printed = read_printed_vote("Pour : 11, contre : 0, abstention : 0")
    assert printed.figures == {"pour": 11, "contre": 0, "abstention": 0}
    assert read_printed_vote("Pour 14 Contre 0 Abstention 1").figures == {"pour": 14, "contre": 0, "abstention": 1}
    # couthenans 2021-11-05 and 2023-02-24: « pour » in a sentence or a heading is not a vote
    grdf = "Le contrat signé pour 25 ans arrive à échéance le 13 octobre\n3 abstentions 8 votes pour"
    assert read_printed_vote(grdf).figures == {"abstention": 3, "pour": 8}
    bois = "9/ Changement de destination pour 2 parcelles de bois\n1 abstention 11 votes pour"
    assert read_printed_vote(bois).figures == {"abstention": 1, "pour": 11}


def test_a_misread_vote_fails_and_names_what_is_printed() -> None:
    text = "2/ Déneigement :\n11 votes pour 2 abstentions"
    verdict = check_vote(2, None, 2, False, text)
    assert not verdict.ok and "11 votes pour 2 abstentions" in verdict.conflict
    assert check_vote(11, None, 2, False, text).ok


def test_a_unanimity_or_a_figure_not_printed_fails() -> None:
    # putanges 2017, « ELECTION D'UN PREMIER ADJOINT »: an election, no unanimity printed
    election = "Il est alors procédé à l'élection.\nNombre de votants .... 38\nMajorité absolue .... 20"
    assert not check_vote(None, 0, None, True, election).ok
    # the same act holds two decisions: « 4-1 » voted unanimously, « 4-2 » an election by ballot
    merged = (
        "4-1 DETERMINATION DU NOMBRE DE POSTE D'ADJOINT.\nle conseil municipal décide, après en avoir délibéré, "
        "à l'unanimité des\nmembres présents :\n4-2 ELECTION D'UN PREMIER ADJOINT.\nIl est alors procédé à l'élection."
    )
    verdict = check_vote(None, 0, None, True, merged)
    assert not verdict.ok and "plusieurs points (4-1, 4-2)" in verdict.conflict
    # corte 2024-07-01: « à l'unanimité » printed, « 154 voix pour » is not
    assert not check_vote(154, 0, None, True, "Adopté à l'unanimité des membres présents et représentés").ok
    assert check_vote(None, 0, None, True, "Adopté à l'unanimité des membres présents et représentés").ok
    # the figure the library took for « pour » is an account number
    corte = (
        "Le Conseil, ayant entendu l'exposé de son rapporteur à l'unanimité des membres présents et représentés,\n"
        "budgets « Général » et du « CCAS » par des écritures d'ordre semi-budgétaires, aux comptes 6815 pour\n"
        "l'ordonnateur et 154 pour le Comptable Public à hauteur de 5 250 € (Cinq mille deux-cent-cinquante euros)"
    )
    assert read_printed_vote(corte).figures == {}
    assert not check_vote(154, 0, None, True, corte).ok


# --- decisions, information items, summaries -----------------------------------------------------

SUBVENTIONS = (
    "3/ Subventions aux associations :\nLe budget réservé aux associations s’élève à 2000€\nASSPEC : 600€\n"
    "Coopérative scolaire : 600€\nCycloclub Couthenans : 230€\n13 votes"
)
MAM = (
    "4/ Présentation d’un projet de maison d’assistante maternelle :\n"
    "Mme Alcalay et Mme Nguyen présentent un projet de MAM dans le logement communal attenant à l’école.\n"
    "La délibération sera réalisée au prochain conseil."
)


def test_the_decision_is_copied_verbatim_with_amounts_and_beneficiaries() -> None:
    decision = decision_text(SUBVENTIONS)
    assert decision.split("\n") == [
        "Le budget réservé aux associations s’élève à 2000€",
        "ASSPEC : 600€",
        "Coopérative scolaire : 600€",
        "Cycloclub Couthenans : 230€",
    ]


def test_decide_and_article_lines_are_the_decision_of_a_formal_act() -> None:
    text = (
        "Objet : Tarifs\nVu le code général des collectivités territoriales,\nLe Conseil Municipal,\n"
        "DÉCIDE de fixer le tarif à 3,50 € par repas à compter du 1er septembre 2024.\nAdopté à l'unanimité"
    )
    assert decision_text(text) == "DÉCIDE de fixer le tarif à 3,50 € par repas à compter du 1er septembre 2024."


def test_presentations_reports_and_later_deliberations_are_information_items() -> None:
    assert information_reason("Présentation d’un projet de maison d’assistante maternelle", None, MAM, False)
    sied = "6/ Présentation du rapport d’activité du SIED70\nGrosse activité pour le SIED en 2021"
    assert information_reason("Présentation du rapport d’activité du SIED70", None, sied, False)
    assert information_reason("Remboursement d’assurance", "DM 2024-07", "", False)
    assert information_reason("Stérilisation des chats", None, "", in_misc=True)
    assert information_reason("Subventions aux associations", None, SUBVENTIONS, False) is None
    # a presentation that is voted stays a deliberation
    voted = "Présentation du compte administratif 2023\n13 votes pour"
    assert information_reason("Présentation du compte administratif 2023", None, voted, False) is None


def test_a_summary_with_a_figure_or_name_not_in_the_source_is_dropped() -> None:
    assert check_summary("Le conseil attribue 600 € à l'ASSPEC et 230 € au Cycloclub Couthenans.", SUBVENTIONS).ok
    assert not check_summary("Le conseil attribue 650 € à l'ASSPEC.", SUBVENTIONS).ok
    assert not check_summary("Le conseil attribue 600 € au Football Club.", SUBVENTIONS).ok


def test_namesakes_are_not_taken_for_one_absent_person() -> None:
    from assistant.drafting.verify.base import same_person

    # corte 2023-02-13 lists « M. Luciani » among the proxies and « F. Luciani » among the absents
    assert not same_person("M. Luciani", "F. Luciani")
    assert not same_person("Marielle SAUGET", "Marc SAUGET")
    assert same_person("Mme Marie PETIT", "Marie PETIT") and same_person("M. PETIT", "Marie PETIT")
    text = "Procurations : ML Castelli, M. Luciani, JF Orsatelli.\nAbsents : JT Albertini, F. Luciani."
    assert check_proxy("M. Luciani", None, text, absents=["JT Albertini", "F. Luciani"]).ok


def test_an_arrival_note_beside_a_name_is_kept_as_printed() -> None:
    # pierrefonds/conseil-municipal/CM-04-juillet-2022.pdf
    text = "Présents : Madame Hélène DEFOSSEZ, Madame Karine DUTEIL (arrivée à 18h36), Madame Laetitia PIERRON"
    names = ["Madame Karine DUTEIL (arrivée à 18h36)", "Madame Karine DUTEIL (arrivée à 19h)"]
    verdicts = dict(check_names(names, text))
    assert verdicts["Madame Karine DUTEIL (arrivée à 18h36)"].ok
    assert not verdicts["Madame Karine DUTEIL (arrivée à 19h)"].ok


def test_a_list_with_minus_signs_as_bullets_gives_one_name_each() -> None:
    # pierrefonds/conseil-municipal/compte-rendu-09-07-2016.pdf
    text = "Excusés : − Madame Isabelle SIGAUD − Monsieur Jean-Marc GOSSOT\nSecrétaire de séance : X"
    facts = extract_seance_facts([SourcePage("cr.pdf", 1, text)])
    assert facts.value("excuses") == ("Madame Isabelle SIGAUD", "Monsieur Jean-Marc GOSSOT")


def test_the_page_s_wrapping_is_undone_in_a_quotation_but_not_its_words() -> None:
    # couthenans/CR_conseil_municipal_07_10_2022.pdf, point 5 (a superscript « er » on its own line)
    text = (
        "5/ Adoption de la nomenclature budgtéraire et comptable M57 simplifiée :\n"
        "C’est un changement de codification au niveau du fonctionnement du\nbudget.\n"
        "Nous utilisons actuellement la nomenclature M14. La nouvelle nomenclature sera obligatoire au plus tard le 1\n"
        "er\njanvier 2024. Nous souhaitons passer le 1\ner janvier 2023.\n"
        "Quelques changements notamment sur les amortissements,\n13 votes pour"
    )
    assert decision_text(text).split("\n") == [
        "C’est un changement de codification au niveau du fonctionnement du budget.",
        "Nous utilisons actuellement la nomenclature M14. La nouvelle nomenclature sera obligatoire au plus tard "
        "le 1er janvier 2024. Nous souhaitons passer le 1er janvier 2023.",
        "Quelques changements notamment sur les amortissements,",
    ]


def test_a_result_is_written_only_when_the_source_prints_it() -> None:
    assert check_result(True, "2/ Déneigement :\n11 votes pour 2 abstentions").ok  # 11 pour, 0 contre
    assert check_result(True, "Adopté à l'unanimité des membres présents").ok
    assert not check_result(True, "Présentation du rapport d'activité du SIED70\nGrosse activité pour le SIED").ok
    assert not check_result(True, "4 votes pour 8 votes contre").ok
    assert check_result(False, "4 votes pour 8 votes contre").ok


# benjaminpochat-demos/pdf/fargues-saint-hilaire_proces-verbal_CM_2018-12-13.pdf, page 1
FARGUES_ROLL_CALL = (
    "Présents : ALLAIS Florence ; BAUMARD Laurence ; BOUCHEZ Patricia ; CHEVALARD \n"
    "Paul ; DUBOIS Bertrand ; LEVEQUE Marc ; ROCA Nathalie\n"
    "Excusés : BARBE Dominique (donne procuration à ROCA Nathalie) ; BOUYER Cécile (donne \n"
    "procuration à CHEVALARD Paul) ; NABAIS RAMOS \n"
    "Manuel (donne procuration à BOUCHEZ Patricia) ; SAMIE Jean-Marc (donne procuration à \n"
    "LEVEQUE Marc)\n"
    "Absents : DESLANDES Ingrid ; SCAILLIEREZ Alizée\n"
    "Secrétaires de Séance : Bertrand DUBOIS ; Marc LEVEQUE\n"
)


def test_a_wrapped_name_gives_one_proxy_and_the_secretaries_are_not_absent() -> None:
    facts = extract_seance_facts([SourcePage("fargues.pdf", 1, FARGUES_ROLL_CALL)])
    assert facts.value("representes") == (
        "BARBE Dominique (pouvoir à ROCA Nathalie)",
        "BOUYER Cécile (pouvoir à CHEVALARD Paul)",
        "NABAIS RAMOS Manuel (pouvoir à BOUCHEZ Patricia)",
        "SAMIE Jean-Marc (pouvoir à LEVEQUE Marc)",
    )
    assert facts.value("absents") == ("DESLANDES Ingrid", "SCAILLIEREZ Alizée")


def test_a_first_name_whose_surname_ends_the_line_above_is_no_proxy_giver() -> None:
    assert check_proxy("NABAIS RAMOS Manuel", "BOUCHEZ Patricia", FARGUES_ROLL_CALL).ok
    verdict = check_proxy("Manuel", "BOUCHEZ Patricia", FARGUES_ROLL_CALL)
    assert not verdict.ok and "RAMOS" in verdict.conflict
    assert check_proxy("BARBE Dominique", "ROCA Nathalie", FARGUES_ROLL_CALL).ok


# benjaminpochat-demos/txt/divers/illats_CR_CM_2018-12-13.txt
ILLATS_ROLL_CALL = (
    "PRESENTS : MM et Mmes Ph. DUBOURG, G. BELIN, P. PEIGNEY, C.BUZOS, S.\n"
    "VALLOIR, E. BANOS, E. AMART, G. BAILLET, R. CARSANA, F.PEDURAND,\n"
    "C.DRILLEAUD, Ph. VINCENT, J. Ph. PROVOST, D. LESCURE\n"
    "ABSENT : F.BAUDON\n"
    "Secrétaire de séance : Cécile BUZOS\n"
)


def test_a_list_s_civilities_are_no_name_and_an_initial_at_a_line_end_does_not_end_the_list() -> None:
    facts = extract_seance_facts([SourcePage("illats.txt", 1, ILLATS_ROLL_CALL)])
    presents = facts.value("presents")
    assert presents is not None and len(presents) == 14
    assert presents[0] == "Ph. DUBOURG" and "S. VALLOIR" in presents and presents[-1] == "D. LESCURE"
    checked = check_seance_facts(facts, [SourcePage("illats.txt", 1, ILLATS_ROLL_CALL)])
    assert checked.facts.value("presents") == presents


def test_a_bare_vote_label_is_no_line_of_the_decision() -> None:
    # pierrefonds/conseil-municipal, minutes whose figures stand on the lines under « Vote : »
    body = (
        "2. Convention de mise à disposition du Foyer Napoléon avec l'Office du Tourisme\n"
        "Le conseil municipal décide d'approuver la convention de mise à disposition du Foyer Napoléon.\n"
        "Vote :\n"
        "    -    Pour : 15\n"
        "    -    Abstention : 4\n"
    )
    assert decision_text(body).split("\n") == [
        "Le conseil municipal décide d'approuver la convention de mise à disposition du Foyer Napoléon."
    ]
