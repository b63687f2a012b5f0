"""How an act's objet is read: each rule on a short excerpt of a real corpus file (names of private
persons replaced). The measure on whole files is bench/score_acts.py (« objets justes »)."""

from __future__ import annotations

from indexer.metadata import find_objet
from indexer.models import PageText
from indexer.segment import analyse, clean_objet


def test_a_heading_in_capitals_wraps_in_capitals() -> None:
    # Ouzous, séance du 6 novembre 2014: the heading goes on in capitals, or ends on « DE »
    text = ("2014/25 – DECISISIONS MODIFICATIVES – VOTE DE CREDITS\nSUPPLEMENTAIRES BUDGET 2014\n"
            "Le Maire expose au le conseil municipal que les crédits ouverts aux articles ci-après du\n")
    assert find_objet(text) == "DECISISIONS MODIFICATIVES – VOTE DE CREDITS SUPPLEMENTAIRES BUDGET 2014"
    text = ("N°2014/27 - CONCOURS DU TRESORIER – ATTRIBUTION DE\nL’INDEMNITE DE CONSEIL\n"
            "Monsieur le Maire expose au Conseil Municipal qu’un arrêté interministériel en date du 16\n")
    assert find_objet(text) == "CONCOURS DU TRESORIER – ATTRIBUTION DE L’INDEMNITE DE CONSEIL"


def test_the_speaker_who_presents_opens_the_body() -> None:
    # Roannais Agglomération, conseil communautaire du 28 octobre 2021
    text = ("3. Constitution et reprise de provisions - compte épargne temps (CET) - Année 2021\n"
            "Jacques Dupont présente la constitution et reprise de provisions du compte épargne temps.\n"
            "Vu le décret n° 2010-531 du 20 mai 2010 modifiant certaines dispositions relatives au compte\n")
    assert find_objet(text) == "Constitution et reprise de provisions - compte épargne temps (CET) - Année 2021"


def test_the_objet_above_rapporte_not_the_absent_named_above_it() -> None:
    # Montpellier, délibérations 2014/253 (an absent's name above the objet) and 2014/144 (a blank line)
    text = ("Absents :\nPatrick DUPONT\nVoeu de soutien aux intermittents\nMonsieur le Maire, Philippe Y, rapporte :\n"
            "La coordination montpelliéraine des intermittents et professionnels du spectacles réunis\n")
    assert find_objet(text) == "Voeu de soutien aux intermittents"
    text = ("Stéphanie X,Bernard Y,Dominique Z.\nAbsents :\nElection d'un Adjoint au Maire\n\n"
            "Monsieur le Maire rapporte :\nLe Conseil municipal, en sa séance du 24 avril 2014, a modifié\n")
    assert find_objet(text) == "Election d'un Adjoint au Maire"


def test_what_surrounds_an_objet_is_not_of_it() -> None:
    # Putanges-le-Lac: « QUESTIONS DIVERSES a. » ahead of the item (3 novembre 2017, 11 septembre 2018);
    # the rapporteur after it (3 février 2025)
    assert clean_objet("QUESTIONS DIVERSES. a. Acquisition d’une désherbeuse.") == "Acquisition d’une désherbeuse."
    assert clean_objet("QUESTIONS DIVERSES a. SOUTIEN AUX ACTIONS MENEES PAR LA FONDATION du PATRIMOINE") == \
        "SOUTIEN AUX ACTIONS MENEES PAR LA FONDATION du PATRIMOINE"
    assert clean_objet("Une mission confiée à l’Agence Départementale d'Ingénierie pour une étude préalable à "
                       "l'implantation de jeux aquatiques, rapporteur monsieur X") == (
        "Une mission confiée à l’Agence Départementale d'Ingénierie pour une étude préalable à "
        "l'implantation de jeux aquatiques")
    # Couthenans: how the item came on the agenda (7 octobre 2022), a section's Roman rank (29 janvier 2021)
    assert clean_objet("Déneigement (rajouté en préambule du conseil municipal)") == "Déneigement"
    assert clean_objet("III Adhésion aux associations.") == "Adhésion aux associations."
    assert clean_objet("Vente des anciennes tables (proposition 10€/pièce)") == \
        "Vente des anciennes tables (proposition 10€/pièce)"
    # a « Rapport annuel » is an objet, not a rapporteur
    assert clean_objet("Rapport annuel sur le prix et la qualité du service") == \
        "Rapport annuel sur le prix et la qualité du service"


def test_a_recueil_title_under_its_category_on_arrow_lines() -> None:
    # Corte, recueil du 8 avril 2025 (OCR): the category on the OBJET line, the title on « > » lines,
    # the préfecture's stamp printed over them
    text = ("OBJET : Finances Communales :\n\n> Réajustements des AP/CP pour les années 2024/2028\n\nLE MAIRE,\n\n"
            "Expose au Conseil qu’il convient pour les années 2024/2028 de procéder aux réajustements des\n")
    assert find_objet(text) == "Finances Communales : Réajustements des AP/CP pour les années 2024/2028"
    text = ("OBJET: Gestion du Domaine Communal : [02B-212000962-20250408-DEL-25-04-043-DE|\n\n"
            "> Acquisition par la Commune d’un appartement pour Accusé certifié exécutoire\n\n"
            "les besoins des Services Techniques [Réception par le préfet : 14/04/2025]\n\n"
            "Accusé de réception - Ministère de l'Intérieur\n\nPublication : 14/04/2025\n\n25-04/043\n\nLE MAIRE,\n")
    assert find_objet(text) == ("Gestion du Domaine Communal : Acquisition par la Commune d’un appartement pour "
                                "les besoins des Services Techniques")


_BODY = ("Expose au Conseil qu’il convient de délibérer sur ce point, tel que défini ci-dessous, après avis de la "
         "commission des finances réunie à cet effet.\nLe Conseil Municipal, après en avoir délibéré, adopte.\n")


def test_one_category_heads_several_acts_of_a_recueil_and_a_letter_is_none() -> None:
    text = ("OBJET : Finances Communales :\n\n> Réajustements des AP/CP pour les années 2024/2028\n\n" + _BODY +
            "\nOBJET : Finances Communales :\n\n> Admission en non-valeurs pour l’exercice 2025\n\n" + _BODY +
            "\nCorte, le 02 décembre 2024\n\nObjet: Contre-offre d'achat\n\nMonsieur,\n\n"
            "Suite a votre proposition du 25 novembre 2024, nous avons le plaisir de vous communiquer une\n"
            "contre-offre au prix de 134 000 €, honoraires d’agence inclus.\nNous vous confirmons également que le "
            "logement sera libre de toute occupation au plus tard le 26\njuillet 2025.\n\nNous restons a votre "
            "écoute,\n\nCordialement,\n")
    analysis = analyse([PageText(1, text)], "mairie-corte_deliberations_2025-04-08.txt")
    assert [a.objet for a in analysis.acts] == [
        "Finances Communales : Réajustements des AP/CP pour les années 2024/2028",
        "Finances Communales : Admission en non-valeurs pour l’exercice 2025"]


# Flaux, PV du 17 novembre 2023 (scan, OCR): every page framed by « Objet : Compte rendu conseil municipal
# du … », each item closed by « Vote : Unanimité » a few lines below its « délibéré à l'unanimité »
_FRAME = ("REPUBLIQUE FRANCAISE\nDEPARTEMENT du GARD\nNombre de membres\nen exercice : 11\nqui ont pris part à la\n"
          "délibération : 10\ndont procurations\nDate de la convocation :\n13 novembre 2023\nObjet :\nCompte rendu\n"
          "conseil municipal du\n17 novembre 2023\n")
FLAUX = [
    _FRAME + "1/3\nSéance du 17 novembre 2023\nOrdre du jour\nConvention d'adhésion au service Médecine préventive\n"
    "Adhésion au service Partenariat CNRACL et Invalidité\nMonsieur le Maire demande aux Membres du Conseil "
    "Municipal de rajouter à l’ordre\ndu jour une Décision Modificative Budget M57\nVote : unanimité\n"
    "Ouverture de la séance\nLe quorum est atteint, Monsieur le Maire déclare la séance ouverte\n"
    "Nomination du secrétaire\nMonsieur le Maire propose la candidature de Mme X en qualité de secrétaire\n"
    "Vote : Unanimité\n",
    _FRAME + "2/3\nConvention d'adhésion au service Médecine préventive\nVU le code général de la fonction publique, "
    "et notamment ses articles L812-3 à\nL.812-5 ;\nMonsieur le Maire informe les membres du conseil municipal que le "
    "centre de\ngestion a décidé la mise en place d’une nouvelle convention.\n"
    "Le conseil municipal après en avoir délibéré à l’unanimité\ndemande le bénéfice des prestations proposées par "
    "le centre de gestion,\nautorise Monsieur le Maire à conclure la convention correspondante\nVote : Unanimité\n",
    _FRAME + "3/3\nAdhésion au service Partenariat CNRACL et Invalidité\nMonsieur le Maire expose :\nLa commune de "
    "Flaux confie au CDG 30 le contrôle des dossiers de retraite CNRACL des agents concernés.\n"
    "Le conseil municipal après en avoir délibéré à l'unanimité\nAdhère au service partenariat CNRACL et Invalidité "
    "du Centre de Gestion du\nGard\nVote : Unanimité\n",
]


def test_scanned_minutes_cut_at_their_vote_lines_frame_and_procedure_aside() -> None:
    analysis = analyse([PageText(i + 1, page) for i, page in enumerate(FLAUX)], "PV DU 17 NOVEMBRE-tampon.pdf")
    assert [a.objet for a in analysis.acts] == ["Convention d'adhésion au service Médecine préventive",
                                               "Adhésion au service Partenariat CNRACL et Invalidité"]
    assert [a.page_end for a in analysis.acts] == [2, 3]  # the frame and the procedure join the first act


def test_a_piece_with_no_heading_gets_no_objet_rather_than_a_sentence() -> None:
    from indexer.segment import _first_title_line

    # Clairoix, 24 mars 2006: a vote-cut piece opens on the discussion, not on a heading
    assert _first_title_line("Madame MARTEAU ajoute que le nouveau directeur a démarré en février\n", set()) is None
    assert _first_title_line("Jean-Pierre DUPONT – Anne MARTIN - Michel DURAND\n", set()) is None
    assert _first_title_line("| |2020 suivants : |\n", set()) is None
    # Flaux, .doc table: the frame in the left cell, the heading in the right one
    assert _first_title_line("|Date de la |M14 - Budget Primitif 2020 |\n", set()) == "M14 - Budget Primitif 2020"


def test_the_roll_call_is_no_objet() -> None:
    # Putanges-le-Lac, PV du 19 février 2024 (names replaced): the roll call read as the first heading
    assert clean_objet("DUPONT, Andrée MARTIN, Monique DURAND-PETIT, Philippe BERNARD, Annick ROUX, Philippe") is None
    assert clean_objet("Sophie LEROY, Jean-Pierre MOREAU et Nelly FAURE") is None
    # a heading in capitals with commas stays an objet (Putanges-le-Lac, 27 janvier 2020)
    assert clean_objet("PROJET INTERGENERATIONNEL – TRAVAUX DE VIABILISATION , RESEAUX ET VOIRIE") == \
        "PROJET INTERGENERATIONNEL – TRAVAUX DE VIABILISATION , RESEAUX ET VOIRIE"


def test_the_opening_votes_of_vote_cut_minutes_are_no_act() -> None:
    # Flaux, compte rendu du 19 octobre 2020 (.doc read as a table): the last minutes approved, then an item
    text = ("|COMPTE RENDU du CONSEIL MUNICIPAL de la COMMUNE de FLAUX |\n| |Séance du 19 octobre 2020 |\n"
            "| |Madame X a été nommée secrétaire de séance |\n| |Ordre du jour |\n"
            "| |Approbation du compte rendu du Conseil Municipal du 10 juillet 2020 |\n"
            "| |Le compte rendu du Conseil Municipal du 10 juillet 2020 est validé|\n| |à l’unanimité. |\n"
            "| |Réhabilitation du lavoir du Hameau des Auvis |\n"
            "| |Monsieur le Maire présente le projet de réhabilitation du lavoir du hameau des Auvis, dont le |\n"
            "| |coût est estimé à 12 000 euros hors taxes, et propose de solliciter les subventions. |\n"
            "| |Le conseil municipal après en avoir délibéré, à l’unanimité, approuve le projet. |\n"
            "| |Séance levée à 20h15 |\n")
    analysis = analyse([PageText(1, text)], "20201019-4 - compte rendu du 19 octobre 2020.txt")
    assert [a.objet for a in analysis.acts] == ["Réhabilitation du lavoir du Hameau des Auvis"]


def test_minutes_of_one_item_take_the_agenda_line_printed_again_as_heading() -> None:
    from indexer.segment import numbered_heading, sole_agenda_item

    # Pierrefonds, conseil municipal du 4 juillet 2022
    text = ("Elle donne lecture de l’ordre du jour.\n_________\nOrdre du jour\n"
            "1. Tarification : location du rez-de-chaussée de la mairie annexe\n_________\n"
            "1. Tarification : location du rez-de-chaussée de la mairie annexe\n"
            "Madame le Maire passe la parole à M. X qui explique que la commune a reçu une demande.\n")
    assert sole_agenda_item(text) == "Tarification : location du rez-de-chaussée de la mairie annexe"
    # an agenda line that heads nothing below is not taken
    assert sole_agenda_item(text.replace("_________\n1. Tarification", "_________\nVu le code")) is None
    # Corte, compte rendu du 22 avril 2024: « number — category : » then its bulleted lines
    text = ("ORDRE DU JOUR\n\nARRÊTÉ DU P. L. U. ET BILAN DE CONCERTATION PUBLIQUE\n\n"
            "24-04/058 — Plan Local d'Urbanisme :\n# Arrêt du Projet de Révision du Plan Local d'Urbanisme (P. L. U.)\n"
            "+ Bilan de la Concertation Publique\n\nA la majorité des membres présents et représentés,\n")
    assert numbered_heading(text) == ("24-04/058", "Plan Local d'Urbanisme : Arrêt du Projet de Révision du Plan "
                                                   "Local d'Urbanisme (P. L. U.) - Bilan de la Concertation Publique")


def test_an_objet_cut_short_on_the_scan_is_read_in_full_on_the_agenda() -> None:
    from indexer.segment import agenda_items, completed_from_agenda

    # Flaux, PV du 17 novembre 2023 (OCR): the préfecture's stamp hides the end of the heading's line
    text = ("Ordre du jour\n\nApprobation du procès-verbal du 22 septembre 2023\n\n"
            "Adhésion au service Partenariat CNRACL et Invalidité\n\n"
            "Demande de retrait de la commune de Castillon du Gard de la Communauté\n\n"
            "de Communes du Pont du Gard et d’adhésion à la Communauté de\n\n"
            "Communes Pays d’'Uzès selon la procédure dérogatoire\n\nVente des anciennes tables (proposition 10€)\n\n"
            "Questions diverses\n")
    agenda = agenda_items(text)
    assert completed_from_agenda("Adhésion au service Partenariat CNRACL e", agenda) == \
        "Adhésion au service Partenariat CNRACL et Invalidité"
    assert completed_from_agenda("Demande de retrait de la commune de Castillon du Gard de la Communauté", agenda) \
        == ("Demande de retrait de la commune de Castillon du Gard de la Communauté de Communes du Pont du Gard "
            "et d’adhésion à la Communauté de Communes Pays d’'Uzès selon la procédure dérogatoire")
    # a whole objet stays as it is: no remark of the agenda added, no other item taken
    assert completed_from_agenda("Vente des anciennes tables", agenda) == "Vente des anciennes tables"
    assert completed_from_agenda("Adhésion au service de prévention des risques", agenda) == \
        "Adhésion au service de prévention des risques"


def test_a_commune_named_by_an_agenda_item_is_not_the_one_deliberating() -> None:
    from indexer.metadata import find_deliberating_body

    # Flaux, PV du 17 novembre 2023: the scan's heading names no commune, its agenda names another one
    head = ("REPUBLIQUE FRANCAISE\nDEPARTEMENT du GARD\nOrdre du jour\nConditions de facturation eau et assainissement "
            "2024\nDemande de retrait de la commune de Castillon du Gard de la Communauté\n")
    head += "Le Conseil Municipal, régulièrement convoqué, s’est réuni\n"
    assert find_deliberating_body(head, head) is None  # the folder « flaux/ » names it (importer)
    named = "du CONSEIL MUNICIPAL de la COMMUNE de FLAUX\n" + head
    assert find_deliberating_body(named, named) == "Flaux"


_ITEM_BODY = ("Monsieur le Maire donne la parole à Madame X, présidente de la commission, qui présente la demande "
              "reçue et le devis correspondant.\n")


def test_lettered_items_voted_under_questions_diverses_are_each_an_act() -> None:
    # Putanges-le-Lac, séance du 11 septembre 2018 (names replaced): « 18. QUESTIONS DIVERSES » then a., b., c.,
    # each voted; the recap list at the end repeats them a line apart
    text = ("17. ALIENATION DU CR48 DIT « DES ORMEAUX »\n" + _ITEM_BODY +
            "Après en avoir délibéré, le Conseil Municipal, à l’unanimité des Membres présents ;\n"
            "18. QUESTIONS DIVERSES\na. SOUTIEN AUX ACTIONS MENEES PAR LA FONDATION du PATRIMOINE\n" + _ITEM_BODY +
            "Après en avoir délibéré, le Conseil Municipal, à l’unanimité des Membres présents ;\n"
            "b. REMPLACEMENT DE DEUX CANDELABRES ZONE D’ACTIVITES DE PUTANGES PONT ECREPIN\n" + _ITEM_BODY +
            "Après en avoir délibéré, le Conseil, à l’unanimité des Membres présents ;\n"
            "c. ANIMATION DU REPAS DES ANCIENS DU DIMANCHE 14 OCTOBRE 2018\n" + _ITEM_BODY +
            "Après en avoir délibéré, le Conseil Municipal, à l’unanimité des Membres présents ;\n"
            "DELIBERATIONS\n17. ALIENATION DU CR48\n18. QUESTIONS DIVERSES\na) SOUTIEN AUX ACTIONS MENEES\n"
            "b) REMPLACEMENT DE DEUX CANDELABRES\nc) ANIMATION DU REPAS DES ANCIENS\n")
    from indexer.segment import _lettered_starts

    starts, firsts = _lettered_starts(text)
    assert [text[p : p + 14] for p in starts] == ["b. REMPLACEMEN", "c. ANIMATION D"]
    assert [text[p : p + 14] for p in firsts] == ["18. QUESTIONS "]  # its section heading prints it
    # a list lettered inside a decision, with no vote of its own per item, does not cut
    assert _lettered_starts("a. Article un du règlement intérieur\n" + _ITEM_BODY +
                            "b. Article deux du règlement intérieur\n" + _ITEM_BODY + "Vote : unanimité\n") == ([], [])


def test_the_roll_call_and_its_proxies_are_no_objet() -> None:
    # Putanges-le-Lac, 9 juin 2023 and 19 février 2024 (names replaced)
    assert clean_objet("Dominique X, monsieur Stéphane Y donne pouvoir à madame Hélène Z, , monsieur") is None
    assert clean_objet("Absents ayant donné procuration : Madame V donne pouvoir à Monsieur P") is None
    assert clean_objet("Procès verbai") is None  # the OCR'd page title of Flaux's scans


def test_items_told_under_informations_diverses_are_no_act() -> None:
    # Fargues-Saint-Hilaire, PV du 13 décembre 2018 (names replaced): the last act's vote, then the
    # numbered information items
    head = ("Délibération D2018-89\nObjet : Attribution d’un chèque cadeau multi-enseignes au personnel communal\n"
            "Le principe du chèque multi-enseignes offre un large choix aux agents à l’approche des fêtes de fin\n"
            "d’année.\nLe Conseil Municipal,\nAprès en avoir délibéré,\nPOUR 21\nCONTRE 0\nABSTENTION 0\n"
            "APPROUVE l’attribution d’un chèque cadeau multi-enseignes de 30 € à chaque agent ainsi qu’à\n"
            "chaque enfant de moins de 16 ans au 31 décembre 2018.\n")
    tail = ("Informations diverses\n1/ Arrêté A2018-406 du 25 octobre 2018 portant emploi des crédits au dépenses "
            "imprévues :\nAvenant à l’étude des aménagements des espaces publics du bourg :\n"
            "Crédits prélevés aux dépenses imprévues : 1970 €\nSolde des crédits aux dépenses imprévues : 4 734,61 €\n"
            "2/ Rappel de la diminution de la redevance d’assainissement à compter du 1er janvier 2019 :\n"
            "délibération D2018-39 diminution de la part variable reversée à la commune de 1,07 € HT à 0,80 € HT\n"
            "5/ Recrutement Madame X : adjointe administrative principale 2ème classe en mutation du\n"
            "département de la Moselle à 20H en remplacement de Madame Y qui partira en retraite le 21\ndécembre.\n"
            "6/ Monsieur le Maire fait part du résultat de l’exposition sur les aménagements de bourg. Une centaine\n"
            "de visiteurs sur la période est venue se renseigner.\nLa séance est close.\n")
    analysis = analyse([PageText(1, head), PageText(2, tail)], "fargues-saint-hilaire_proces-verbal_CM_2018-12-13.pdf")
    assert [a.act_number for a in analysis.acts] == ["D2018-89"]
    # « 31/12/17 (+75 abonnés …) » opens no item: a date, not « 1/ »
    from indexer.metadata import ITEM_HEADER

    assert ITEM_HEADER.match("31/12/17 (+75 abonnés pour la commune pour un total de 1261).") is None
    assert ITEM_HEADER.match("5/ Recrutement Madame X : adjointe administrative") is not None


def test_in_voted_minutes_an_item_nobody_voted_on_is_no_act() -> None:
    # Couthenans, compte rendu du 28 octobre 2022 (names replaced): item 1 names people, items 2 and 3 are voted
    text = ("CR du conseil municipal 28 octobre 2022\nOrdre du jour\n1. Mise à jour du plan communal de sauvegarde\n"
            "2. Reversement de la taxe d’aménagement communal à la CCPH\n3. Motion sur les finances locales\n"
            "4. Réglementation des questions diverses\nPréambule\nAccord du conseil pour ajouter à l’ordre du jour "
            "les deux points suivants :\n5. Vente des anciennes tables de l’école (proposition 10€/pièce)\n"
            "Quorum atteint avec 11 élus représentés (minimum 7 élus représentés).\n"
            "1. Mise à jour du plan communal de sauvegarde\nRappel :\nil s’agit de nommer les personnes sur les rôles "
            "à tenir en cas de rupture du barrage du bassin de Champagney\nqui entraine un risque d’inondation sur une "
            "partie de la commune.\nPersonnes nommées sur les divers postes : le Maire, les adjoints, le secrétariat.\n"
            "2. Reversement de la taxe d’aménagement communal à la\nCCPH\nVoir document ci-dessous. Reversement à la "
            "CCPH de 5% des sommes perçues par la commune au titre de la\ntaxe d’aménagement, augmentée à 45% pour ce "
            "qui est perçu sur la zone d’activité économique du village.\n0 contre, 0 abstention, 11 pour\n"
            "3. Motion sur les finances locales\nC’est l’AMF (Association des Maires de France) qui propose une motion "
            "au gouvernement concernant les\ndotations de l’état aux communes.\n"
            "Adoption à 0 Contre, 0 abstention, 11 voix pour\n")
    analysis = analyse([PageText(1, text)], "CR_conseil_municipal_28_10_2022.pdf")
    assert [a.objet for a in analysis.acts] == ["Reversement de la taxe d’aménagement communal à la CCPH",
                                               "Motion sur les finances locales"]


def test_the_agenda_line_printed_again_as_a_numbered_heading_is_no_act() -> None:
    # Pierrefonds, conseil municipal du 10 avril 2024 (names replaced): sections restart their numbering;
    # the agenda's « 1. Élection du président de séance » is printed again below with its act number
    page1 = ("Commune de Pierrefonds - Conseil Municipal du 10 avril 2024 – Page 1 / 3\nCommune de Pierrefonds\n"
             "Conseil Municipal du 10/04/2024\nSecrétaire : Madame X\n_________\nLe quorum est atteint. Madame le "
             "Maire rappelle que chacun a été destinataire du procès-verbal de la séance du\n28 mars 2024. Elle "
             "demande s’il y a des observations.\nMadame le Maire donne lecture de l’ordre du jour.\n_________\n"
             "Ordre du jour\nI. Affaires générales\n1. Élection du président de séance\nII. Finances\n"
             "1. Compte Financier Unique 2023\n2. Affectation des résultats\n3. Subventions 2024 aux associations\n"
             "III. Divers\n1. Bilan annuel des cessions et acquisitions\n2. Informations diverses\n")
    body = ("Le Conseil municipal, après en avoir délibéré, à l’unanimité :\n- APPROUVE la proposition présentée "
            "et CHARGE le maire ou son représentant aux fins d’exécution de la présente délibération.\n")
    page2 = ("Commune de Pierrefonds - Conseil Municipal du 10 avril 2024 – Page 2 / 3\nI. AFFAIRES GÉNÉRALES\n"
             "1. D2024 – 14 - Élection du président de séance\nMadame le Maire rappelle que dans les séances où le "
             "compte administratif est débattu, le conseil municipal élit son président.\n" + body +
             "II. FINANCES\n1. D2024-15 - Compte Financier Unique 2023\nLe compte financier unique est présenté.\n"
             + body)
    page3 = ("Commune de Pierrefonds - Conseil Municipal du 10 avril 2024 – Page 3 / 3\n"
             "2. D2024-16 - Affectation des résultats\nLes résultats de l’exercice sont présentés.\n" + body +
             "3. D2024-17 - Subventions 2024 aux associations\nLes subventions sont présentées.\n" + body)
    analysis = analyse([PageText(1, page1), PageText(2, page2), PageText(3, page3)], "CM-du-10-avril-2024.pdf")
    assert [a.act_number for a in analysis.acts] == ["D2024 – 14", "D2024-15", "D2024-16", "D2024-17"]
    # the rule itself, on the pieces the whole file was cut into (its page 1 cut at the agenda's line)
    from indexer.segment import ActDraft, mark_agenda_repeats

    pieces = [ActDraft(1, 2, "", objet="Élection du président de séance"),
              ActDraft(2, 2, "", act_number="D2024 – 14", objet="Élection du président de séance"),
              ActDraft(2, 3, "", act_number="D2024-15", objet="Compte Financier Unique 2023")]
    mark_agenda_repeats(pieces)
    assert [p.kind for p in pieces] == ["non-act", None, None]


def test_a_heading_read_by_its_rapporteur_opens_an_item() -> None:
    # Clairoix, conseil municipal du 24 mars 2006 (names replaced): no number, no « Objet : », the vote
    # closes each item; the heading is followed by « Madame X donne lecture du rapport suivant : »
    text = ("Le compte-rendu de la précédente réunion a été lu et approuvé.\n-------------------\n"
            "COMPTE ADMINISTRATIF 2005 :\nMadame DUPONT donne lecture du rapport suivant :\n"
            "Le Compte Administratif 2005 de la Commune s’établit ainsi : un total de dépenses de 4 209 342,52 €.\n"
            "Adopté par le Conseil Municipal\n"
            "Monsieur le Maire informe que le policier arrive le 1 avril et qu’une embauche temporaire sera utile.\n"
            "AFFECTATION DES RESULTATS :\nMonsieur MARTIN donne lecture du rapport suivant :\n"
            "Les résultats tels qu’ils viennent d’être énoncés dans le Compte Administratif 2005 sont affectés.\n"
            "Adopté à l’unanimité par le Conseil Municipal,\n"
            "ACQUISITION DE MOBILIER ET DE MATERIEL\nMonsieur DURAND donne lecture du rapport suivant :\n"
            "Le mobilier de la mairie et des écoles doit être renouvelé, selon les devis présentés en commission.\n"
            "Adopté à l’unanimité par le Conseil Municipal,\n")
    analysis = analyse([PageText(1, text)], "clairoix_CM_2006-03-24.txt")
    assert [a.objet for a in analysis.acts] == ["COMPTE ADMINISTRATIF 2005", "AFFECTATION DES RESULTATS",
                                               "ACQUISITION DE MOBILIER ET DE MATERIEL"]


def test_a_piece_with_no_heading_takes_the_agenda_item_it_prints() -> None:
    from indexer.segment import agenda_heading, completed_from_agenda

    # Flaux, compte rendu du 19 juin 2020 (.doc read as a table): the heading stands among the body's cells
    agenda = ["Approbation du compte rendu du conseil du 8 juin 2020",
              "M14 - Taux d’imposition des 3 taxes locales – 2020", "M14 - Budget Primitif 2020",
              "M49 - Budget Primitif 2020", "Prime exceptionnelle agent COVID 19"]
    piece = ("| |2020 suivants : |\n| |Taxe foncière bâti 14,50 % |\n| | |\n|1/2 | |\n"
             "| |M49 - Budget Primitif 2020 |\n| | |\n| |Le Conseil Municipal, à l’unanimité vote le budget|\n")
    assert agenda_heading(piece, agenda) == "M49 - Budget Primitif 2020"  # the closest item, not « M14 - … »
    assert agenda_heading("| |Le Conseil Municipal vote à l’unanimité |\n", agenda) is None
    # Flaux, PV du 15 décembre 2023: two items open alike; a cut objet cannot tell which one it is
    alike = ["Zones d’accélération pour l’implantation d’installations terrestres de production d’énergies "
             "renouvelables - Bilan de concertation", "Zones d’accélération pour l’implantation d’installations "
             "terrestres de production d’énergies renouvelables — Approbation du zonage"]
    cut = "Zones d’accélération pour l’implantation d’installations terrestres de"
    assert completed_from_agenda(cut, alike) == cut


def test_numbered_items_not_the_agenda_lines_when_an_agenda_item_wraps() -> None:
    from indexer.segment import _sequence_starts

    # Pierrefonds, conseil municipal du 28 mars 2024: the agenda's first item wraps over two lines, so its
    # « 1. » and « 2. » stand far enough apart to look like items; the items below are the run
    body = ("Madame le Maire présente le point et le conseil municipal en débat longuement, puis passe au vote.\n"
            * 4 + "Vote : Pour à l’unanimité\n")
    text = ("Ordre du jour\n1. Loi APER – définition des Zones d'Accélération des Energies Renouvelables (dites ZAEnR) "
            "à l'échelle\ndu territoire communal et modalités de concertation du zonage auprès des administrés.\n"
            "2. Installation d’un nouveau conseiller municipal\n3. Détermination du nombre de postes d’adjoint\n"
            "_________\n1. Loi APER – définition des Zones d'Accélération des Energies Renouvelables (dites ZAEnR) à\n"
            "l'échelle du territoire communal.\n" + body + "2. Installation d’un nouveau conseiller municipal\n"
            + body + "3. Détermination du nombre de postes d’adjoint\n" + body)
    starts = _sequence_starts(text)
    assert all(pos > text.index("_________") for pos in starts) and len(starts) == 3


def test_the_installation_of_a_councillor_is_an_act_though_not_voted() -> None:
    # Pierrefonds, 28 mars 2024 (names replaced): the répertoire numbers it 2024_09; nobody votes on it
    vote = "Le Conseil municipal, après en avoir délibéré, à l’unanimité, APPROUVE.\nVote : Pour à l’unanimité\n"
    body = "Madame le Maire présente le point, dont les conseillers débattent avant de passer au vote.\n" * 3
    text = ("1. Loi APER – définition des Zones d'Accélération des Energies Renouvelables\n" + body + vote +
            "2. Installation d’un nouveau conseiller municipal\nConformément à l’article L.270 du code électoral, il "
            "est procédé à l’installation de Mme X\ncomme conseillère municipale en remplacement de Mme Y, dont la "
            "démission est effective depuis le 12 mars 2024.\nMadame le Maire expose le nouveau tableau du conseil.\n"
            "3. Détermination du nombre de postes d’adjoint après la démission d'un adjoint\n" + body + vote +
            "4. Election des délégués de la commune au sein du conseil d’école\n" + body + vote)
    analysis = analyse([PageText(1, text)], "CM-du-28-mars-2024.pdf")
    assert len(analysis.acts) == 4
    assert analysis.acts[1].objet == "Installation d’un nouveau conseiller municipal"


def test_a_heading_with_one_sub_point_is_one_objet() -> None:
    # Pierrefonds, compte rendu du 13 juin 2019 (names replaced)
    text = ("2. Budget Commune\n- Décision modificative n°1\nMonsieur X informe les membres du conseil municipal de la "
            "nécessité de procéder à une\ndécision modificative sur le budget de la commune.\n")
    assert find_objet(text) == "Budget Commune - Décision modificative n°1"
    # several sub-points are a list under the heading, not the objet
    text = ("3. Comptes de l’exercice 2015\n- Approbation du compte de gestion 2015\n"
            "- Vote du compte administratif 2015\nMonsieur X présente les comptes.\n")
    assert find_objet(text) == "Comptes de l’exercice 2015"


def test_a_title_cut_after_a_word_or_ending_on_a_short_line_goes_on() -> None:
    # Corte, PV du 1er juillet 2024 (names replaced)
    text = ("24-07/062 – Participation à l’appel à candidature « ITI » : Investissement Territoriaux Intégrés du "
            "Programme\nCorse FEDER-FSE + 2021-2027 :\n Le Conseil, à l’unanimité des membres présents, Vu\n")
    assert find_objet(text) == ("Participation à l’appel à candidature « ITI » : Investissement Territoriaux Intégrés "
                                "du Programme Corse FEDER-FSE + 2021-2027")
    text = ("24-07/063 – Individualisation de crédits Propriétaire « Occupant » au profit de :\nMme Jeanne X :\n"
            " Le Conseil, à l’unanimité des membres présents et représentés, Adopte la proposition de son Maire\n")
    assert find_objet(text) == "Individualisation de crédits Propriétaire « Occupant » au profit de : Mme Jeanne X"
    # a title ending on a dash is whole when the speaker follows (Putanges-le-Lac, 11 septembre 2018)
    text = ("16. RESULTAT ENQUETE PUBLIQUE CONCERNANT LE CR 48 : DESAFFECTATION -ALIENATION – MISE EN DEMEURE –\n"
            "Monsieur le Maire donne la parole à Monsieur X, Président de la commission Zone d’Activités.\n")
    assert find_objet(text) == \
        "RESULTAT ENQUETE PUBLIQUE CONCERNANT LE CR 48 : DESAFFECTATION -ALIENATION – MISE EN DEMEURE"
    # Corte, PV du 8 avril 2025 (OCR): a blank line between a title's two lines
    text = ("24-04/042 — Acquisition Foncière de la Commune de Corte auprès d’ERILIA pour l’aménagement de la\n\n"
            "« Voie Douce » et du quartier LOGIREM :\n\n> Le Conseil, à l’unanimité des membres présents\n")
    assert find_objet(text) == ("Acquisition Foncière de la Commune de Corte auprès d’ERILIA pour l’aménagement de la "
                                "« Voie Douce » et du quartier LOGIREM")


def test_a_one_act_extract_headed_by_a_dated_number() -> None:
    from indexer.segment import numbered_heading

    # Putanges-le-Lac, délibération du 9 juin 2023 (names replaced)
    text = ("Séance du 9 Juin 2023\nMadame X est nommée secrétaire de séance\n\n"
            "20230609 1 ELECTION DES DELEGUES POUR LES ELECTIONS SENATORIALES DU 24 SEPTEMBRE 2023\n\n"
            "Vu le Code général des collectivités territoriales, et notamment l'article L. 2121-2,\n")
    assert numbered_heading(text) == ("20230609 1",
                                      "ELECTION DES DELEGUES POUR LES ELECTIONS SENATORIALES DU 24 SEPTEMBRE 2023")


def test_minutes_cut_at_their_votes_name_each_piece_by_the_agenda_item_it_prints() -> None:
    # Couthenans, compte rendu du 29 janvier 2021 (names replaced): the first piece opens on the document's title
    text = ("C-R du Conseil municipal\nA l’attention des membres du Conseil municipal de COUTHENANS\n"
            "+ Présents : A, B, C, D, E, F, G, H, I, J.\nOrdre du jour :\nI Convention de mise à disposition de "
            "personnel.\nII Adhésion aux associations locales.\nIII Plan de sauvegarde communal.\nInformations.\n"
            "I Convention de mise à disposition de personnel.\nC’est une convention entre la commune et le Centre De "
            "Gestion (CDG) de la fonction publique\nterritoriale, qui permet le remplacement ou le pourvoi d’un poste."
            "\nADOPTÉ à l’unanimité.\nII Adhésion aux associations locales.\nLa société d’histoire de l’arrondissement "
            "sollicite une\nsubvention par cotisation de 20€/an, que le conseil examine avec les comptes fournis.\n"
            "ADOPTÉ à l’unanimité.\n")
    analysis = analyse([PageText(1, text)], "CR_reunion_20210129.pdf")
    assert [a.objet for a in analysis.acts][:2] == ["Convention de mise à disposition de personnel.",
                                                   "Adhésion aux associations locales."]


def test_a_cited_deliberation_opening_a_wrapped_line_is_no_heading() -> None:
    from indexer.segment import _explicit_starts

    # Corte, PV du 13 février 2023 (names replaced): the act modifies an earlier deliberation it cites
    text = ("23-02/009 – SIS 2B : Modification de la délibération n° 21-12/130 du 06 décembre 2021 : « Cession à "
            "l’Euro\nSymbolique » aux lieu et place de « Donation » :\nLe Conseil Adopte, à la majorité, la "
            "proposition de son Maire, Décide de modifier la\ndélibération n° 21-12/130 du 06 décembre 2021 : "
            "« Cession à l’Euro Symbolique » aux lieu et place de\n« Donation » ; Autorise son Maire à céder.\n")
    assert not any(text[p:].startswith("délibération n°") for p in _explicit_starts(text))


def test_the_report_of_powers_delegated_is_no_act() -> None:
    from indexer.non_acts import non_act_reason

    # Roannais Agglomération, conseil communautaire du 28 octobre 2021
    body = ("Monsieur le Président présente le compte rendu des pouvoirs délégués au Président et au Bureau.\n"
            "L'article L.5211-10 du Code général des collectivités territoriales, stipule que le Président doit "
            "rendre compte de\nl'exercice des pouvoirs délégués, auprès de l'organe délibérant.\n")
    assert non_act_reason("Exercice des pouvoirs délégués au Président et au bureau – Compte-rendu.", body, False)


def test_the_rapporteur_alone_on_his_line_is_not_the_end_of_a_wrapped_title() -> None:
    # Montpellier, procès-verbal du 16 décembre 2011 (names replaced): a long title, then « Prénom NOM : »
    text = ("12 - Délégation de Service Public - Parking Laissac - Avenant n°2\nPhilippe DUPONT :\n"
            "Par délibération du 22 décembre 2008, le Conseil municipal a confié jusqu’au 31 décembre 2011 "
            "l’exploitation\n")
    assert find_objet(text) == "Délégation de Service Public - Parking Laissac - Avenant n°2"
    text = ("37 - Mise à disposition de locaux à l'espace Martin Luther King\nAnne MARTIN-DURAND :\n"
            "La Ville de Montpellier soutient et encourage, depuis de nombreuses années, les associations\n")
    assert find_objet(text) == "Mise à disposition de locaux à l'espace Martin Luther King"


def test_a_title_in_capitals_ends_where_the_body_sentence_opens_on_its_line() -> None:
    # Putanges-le-Lac, séances du 12 avril et du 7 juin 2016: the title and the body's first words on one line
    assert clean_objet("TARIFS ASSAINISSEMENT de LA FORET AUVRAY – EXERCICE 2016 Comme indiqué dans la délibération "
                       "du 5 janvier 2016 prise par") == "TARIFS ASSAINISSEMENT de LA FORET AUVRAY – EXERCICE 2016"
    assert clean_objet("TRANSFERT DE PROPRIETE - PARKING PSLA - Dans le cadre de l’aménagement du parking du PSLA, il "
                       "est nécessaire") == "TRANSFERT DE PROPRIETE - PARKING PSLA"
    # a name in the title, or a title in lower case, stays whole
    named = "ADHESION A L'ASSOCIATION « Vacances ouvertes »"
    assert clean_objet(named) == named
    assert clean_objet("Vote des taux d’imposition et des taxes directes locales 2024 (Etat 1259)") == \
        "Vote des taux d’imposition et des taxes directes locales 2024 (Etat 1259)"


def test_a_flaux_scan_piece_is_named_by_its_heading_not_by_the_frame_objet_line() -> None:
    # Flaux, compte rendu du 28 avril 2022 (scan, OCR; names replaced): the page frame's « Objet : » stands above a
    # bulleted decision « + de signer la convention … »; the heading wraps after « avec la » across OCR's blank line
    page1 = ("Nomination du secrétaire\nMonsieur le Maire propose la candidature de Michel X en qualité de\n"
             "secrétaire pour la présente séance\nVote: à l'unanimité\nation te ren. u Conseil Municipal du 2 tr 2022\n"
             "Monsieur le Maire demande s’il ya des observations.\n"
             "Personne ne prenant la parole, il est passé au vote\n"
             "Vote : à l'unanimité\n\nEnvironnement : Convention de partenariat et de prestation avec la\n\n"
             "Médiation de l’eau\n\nMonsieur le maire a exposé aux membres du conseil municipal que la Médiation de\n"
             "l'eau, créée en octobre 2009, est un dispositif de médiation de la consommation\n")
    page2 = ("La convention est conclue pour une durée indéterminée.\nMonsieur le Maire propose,\nObjet :\n"
             "+ de signer la convention de partenariat et de prestation de services avec la\n"
             "Médiation de l’eau annexée à la présente délibération,\nVote : à l'unanimité\n\n"
             "Décision modificative M49\nDépenses de fonctionnement : manque de crédit budgétaire pour régler des "
             "factures de fonctionnement au chapitre 011.\nVote : à l'unanimité\n")
    analysis = analyse([PageText(1, page1), PageText(2, page2)], "Compte rendu du 28 avril 2022.pdf")
    assert [a.objet for a in analysis.acts] == [
        "Environnement : Convention de partenariat et de prestation avec la Médiation de l’eau",
        "Décision modificative M49"]
