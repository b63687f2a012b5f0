"""Session 4 of issue 11: rules that hold for a layout family, not one file. Each on a short excerpt of a real
corpus file (names of private persons replaced); each fails without its rule. Whole-corpus effect and the
measure on unseen files: bench/devset/acts_after_session4.txt."""

from __future__ import annotations

from indexer.models import PageText
from indexer.segment import _vote_starts, analyse
from indexer.stamps import document_stamp, find_stamps, stamp_for_span
from indexer.vote_check import checked
from indexer.votes import read_votes


def _extract(number: str, objet: str, reception: str) -> str:
    """One extract of Corte's OCR'd recueil of 28 October 2025 (corte/texte-ocr-projet-pertitellu/
    mairie-corte_deliberations_2025-10-28_downloads-1909.txt), shortened."""
    return f"""{number}
COMMUNE DE CORTE
DELIBERATION DU CONSEIL MUNICIPAL
SEANCE DU 28 Octobre 2025
DATE DE CONVOCATION : 20 Octobre 2025 PRÉSENTS : 20 ABSENTS 07 PROCURATIONS : 02
SECRÉTAIRE DE SÉANCE : Monsieur Marc DUPONT
OBJET : Finances Communales : {objet}
LE MAIRE,
Expose qu’il s’agit de fixer les modalités de financement du projet.
Le Maire invite le Conseil à délibérer.
Accusé de réception - Ministère de l'Intérieur
[02B-212000962-20251030-DEL-{number.replace('/', '-')}-DE]
Accusé certifié exécutoire
{reception} Publication : 30/10/2025
Pour l'autorité compétente par délégation
{number}
LE CONSEIL,
Après en avoir délibéré,
A l’unanimité des membres présents et représentés,
APPROUVE la proposition.
"""


RECUEIL = "".join([
    _extract("25-10/075", "Plan de financement Requalification du Centre Ancien.",
             "Réception par le préfet : 30/10/2025}"),
    _extract("25-10/076", "Plan de financement Espace Logirem.", "Réception par le préfet : 30/10/202"),
    _extract("25-10/077", "Modification du Plan de financement acquisition des parcelles AD 106 à AD 109.",
             "Réception par le préfet : 30/10/2707S"),
])


def test_a_recueil_of_extracts_stays_deliberations() -> None:
    """Three acts under one heading are minutes, but a recueil prints « DELIBERATION DU CONSEIL MUNICIPAL »
    over each of its extracts: it stays a set of deliberations (the 4 Corte recueils of the corpus)."""
    analysis = analyse([PageText(1, RECUEIL)], "mairie-corte_deliberations_2025-10-28_downloads-1909.txt")
    assert [a.act_number for a in analysis.acts] == ["25-10/075", "25-10/076", "25-10/077"]
    assert analysis.doc_type == "deliberation"


def test_a_reception_date_ocr_cut_or_garbled_is_the_recueils_single_date() -> None:
    """« Réception par le préfet : 30/10/202 » (cut) and « 30/10/2707S » (a year OCR made up) give no date;
    every stamp of the recueil that prints a real date prints 30/10/2025: that is the act's date."""
    stamps = find_stamps(RECUEIL)
    assert {s.pref_date for s in stamps} == {"2025-10-30", None}  # 2707 is no year
    second = RECUEIL.index("25-10/076")
    third = RECUEIL.index("25-10/077")
    pref = stamp_for_span(stamps, second, third, document_stamp(stamps), "25-10/076")
    assert pref is not None and pref.pref_date == "2025-10-30"
    assert pref.actes_id == "02B-212000962-20251030-DEL-25-10-076-DE"
    pref = stamp_for_span(stamps, third, len(RECUEIL), document_stamp(stamps), "25-10/077")
    assert pref is not None and pref.pref_date == "2025-10-30"


def test_reception_dates_that_differ_give_no_date_to_an_act_without_its_own() -> None:
    """Corte's recueil of 18 March 2025 was received on 20/03, 21/03 and 01/04/2025: an act whose stamp OCR
    lost gets no date rather than a neighbour's."""
    text = RECUEIL.replace("30/10/2025}", "20/03/2025}").replace("30/10/2707S", "01/04/2025")
    stamps = find_stamps(text)
    second = text.index("25-10/076")
    pref = stamp_for_span(stamps, second, text.index("25-10/077"), document_stamp(stamps), "25-10/076")
    assert pref is not None and pref.pref_date is None


def _figures(text: str) -> tuple:
    votes, _adopted = read_votes(text)
    votes, _why = checked(votes, text)
    return votes.pour, votes.contre, votes.abstention


def test_figures_printed_before_their_labels_in_one_line() -> None:
    """Couthenans' comptes rendus (CR_reunion_20211105.pdf, CR_conseil_municipal_07_10_2022.pdf …) print
    « 11 votes pour 2 abstentions », « 2 contre 3 absentions 6 votes pour »: each figure before its label,
    the next label right after; « absentions » typed by hand is an abstention."""
    body = "Nous allons voter pour la reprise du temple par la commune à l’euro symbolique.\n\n"
    assert _figures(body + "2 contre 3 absentions 6 votes pour\n") == (6, 2, 3)
    assert _figures(body + "11 votes pour 2 abstentions\n") == (11, None, 2)
    assert _figures(body + "2 votes contre 1 abstention 9 votes pour\n") == (9, 2, 1)
    assert _figures(body + "POUR 21 CONTRE 0 ABSTENTION 0\n")[0] == 21  # labels first: unchanged
    assert _figures(body + "Vote :\n- Absentions : 3 M. A, M. B et Mme C\n- Pour : 15\n") == (15, None, 3)


# Pierrefonds, CM-12-avril-2022.pdf, pages 2-3: each item's « Vote : » line, its figures listed below it
PIERREFONDS_VOTE_LISTS = """Commune de Pierrefonds
Conseil Municipal du 12 avril 2022
Présents : Madame A, Monsieur B, Madame C
Elle donne lecture de l’ordre du jour.
         - Approbation du compte de gestion 2021
         - Approbation du compte administratif 2021
         - Affectation des résultats 2021
         - Vote des subventions aux associations
         - Vote du taux des taxes communales
    - Approbation du compte de gestion 2021
Mme le maire présente aux membres du conseil municipal le compte administratif 2021 qui récapitule
l’ensemble des opérations effectuées en 2021. Le compte de gestion du Service de gestion comptable de
Compiègne est conforme à notre compte administratif 2021.
Vote :
    -    Pour : 15
    -    Abstentions : 3 (Mme X, M. Y, M. Z)
    - Approbation du compte administratif 2021
Madame le maire quitte la séance.
Monsieur PAPIN, premier adjoint, propose aux membres du conseil municipal d’approuver le compte
administratif 2021 de la commune.
Vote :

    -      Pour : 14
    -      Contre : 3 (Mme X, M. Y, M. Z)


Madame le maire réintègre la séance et remercie ceux qui lui ont accordé leur confiance.
    - Affectation des résultats 2021
Après conformité et approbation du compte de gestion et du compte administratif 2021, les résultats de
clôture sont les suivants : Fonctionnement : 120 655.71 € ; Investissement : 158 214.66 €.
Vote : pour à l’unanimité. M. Z remarque qu’il n’y a pas de transfert d’excédent de
fonctionnement vers la section d’investissement.
    -      Vote des subventions aux associations
Mme LEMAITRE présente les demandes de subventions des associations examinées en commission. Sur proposition
de Mme X qui intervient au Club des aînés comme animatrice, la subvention est proposée à 300 €.
Vote pour l’ensemble des subventions :
    -    Pour : 15
    -    Absentions : 3 (Mme X, M. Y, M. Z). Ils indiquent qu’en raison
         de la situation budgétaire, ils s’abstiendront sur l’ensemble des subventions.
    − Vote du taux des taxes communales
Mme le maire donne la parole à M. Ribeiro.
Il rappelle que la commune percevait jusqu’en 2020, 3 taxes que sont la Taxe d’Habitation, la Taxe Foncière Bâti
et la Taxe Foncière Non Bâti.
Il précise que dans le cadre de la réforme de la taxe d’habitation, la commune ne perçoit plus depuis 2021 de
produit de taxe d’habitation sur les résidences principales.
Cette perte est compensée par l'attribution de la part départementale de taxe foncière bâti (TFB) à chaque commune
et par le calcul d'un coefficient correcteur qui s'appliquera au produit de TFB afin de neutraliser l'effet de sous-
compensation ou sur-compensation.
Pour la Taxe Foncière Bâti et la Taxe Foncière Non Bâti, compte tenu des bases d’impositions prévisionnelles pour
2022, il est proposé de maintenir les mêmes taux.
Mme le maire prend la parole et propose d’appliquer les taux suivants pour 2022 :
Taxe foncière sur le bâti 40.92 ; Taxe foncière sur le non bâti 43.95.
Vote : pour à l’unanimité
"""


def test_the_figures_listed_below_a_vote_line_stay_with_their_item() -> None:
    """Minutes cut at their « Vote : » lines: the « - Pour : 15 / - Abstentions : 3 » lines below belong to
    that vote, not to the next item (which got the previous item's figures: every vote shifted by one)."""
    text = PIERREFONDS_VOTE_LISTS
    starts = _vote_starts(text)
    pieces = [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    assert pieces[1].lstrip().startswith("- Approbation du compte administratif 2021")
    assert "Pour : 15" in pieces[0] and "Abstentions : 3" in pieces[0]
    assert "Pour : 14" in pieces[1] and "Contre : 3" in pieces[1]
    assert "Pour : 14" not in pieces[2]


_ROLL_CALL = """SEANCE DU 28 Octobre 2025
DATE DE CONVOCATION : 20 Octobre 2025 PRESENTS : 20 ABSENTS : 07 PROCURATIONS : 02
L’An Deux-Mil-Vingt-Cinq, le Vingt-huit du mois d’Octobre à 17 heures, le Conseil, légalement
convoqué par son Maire, s’est réuni dans la salle de la Maison du Temps Libre, sous la présidence du
Docteur X, Maire.
PRÉSENTS : A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T.
SECRÉTAIRE DE SÉANCE : Monsieur Y
"""


def _corte_extract(number: str, objet: str, body: str) -> str:
    """An extract of Corte's recueil of 28 October 2025 as OCR reads it, shortened."""
    return f"""{number}

COMMUNE DE CORTE

DELIBERATION DU CONSEIL MUNICIPAL

{_ROLL_CALL}
OBJET : {objet}

LE MAIRE,

{body}
Le Maire invite le Conseil à délibérer.

25-10/{number[-3:]}

LE CONSEIL,
Après en avoir délibéré,
À l’unanimité des membres présents et représentés,
}}> ADOPTE la proposition de son Maire.
"""


# the number above the second extract mangled by OCR (« 2 5- 10/080 »), a budget table inside the first
# (numbered rows « 1. Affectation … »), a budget form (« EXTRAIT DU REGISTRE … », its own number) last
CORTE_RECUEIL = (
    _corte_extract("25-10/079", "Finances Communales : OPAH Individualisations Z Marie",
                   "Propose au Conseil de l’autoriser à individualiser une aide municipale.\n"
                   "1. Affectation en réserves R 1064 en investissement pour le montant des plus-values 0.00\n"
                   "2. Affectation en réserves R 1068 en investissement (au minimum pour la couverture du besoin)\n"
                   "3. Report en exploitation R 002 Montant éventuellement reversé 0,00\n")
    + _corte_extract("2 5- 10/080",
                     "Finances Communales : Modification du Plan de financement acquisition des parcelles AD"
                     "\n\n106 à AD 109 — Cité PLANUCCIA - Précisions.",
                     "Expose que par délibération n° 25-07/048 en date du 01.07.2025, le Conseil Municipal a approuvé\n"
                     "le plan de financement.\n")
    + """Pour l'autorité compétente par délégation
2B096 COMMUNE DE CORTE Code INSEE SERVICE EAU CORTE 2024
#25,.10-081
EXTRAIT DU REGISTRE DES DELIBERATIONS DU Conseil Municipal AFFECTATION DU RESULTAT D'EXPLOITATION DE
L'EXERCICE 2024
Après avoir examiné le compte administratif statuant sur l'affectation du résultat d'exploitation
de l'exercice 2024, le Conseil Municipal décide d'affecter le résultat d'exploitation comme suit :
VOTES: Pour : 27 Contre : 0 Abstentions : 0
AFFECTATION DU RESULTAT D'EXPLOITATION
a.Résultat de l'exercice précédé du signe + (excédent) ou - (déficit) 22 095,65
Résultat à affecter : d. = a. + c. (1) 92 743.32
""")


def test_a_recueil_has_one_act_per_extract() -> None:
    """Corte's recueils (the 4 of the corpus): each extract's opening (« DELIBERATION DU CONSEIL MUNICIPAL /
    SEANCE DU … / DATE DE CONVOCATION ») opens one act; numbered rows of a table inside an extract are
    none; a budget form opens with « EXTRAIT DU REGISTRE … » and prints its own number; where OCR mangled
    the number above an extract, the one it repeats below its objet is its number."""
    analysis = analyse([PageText(1, CORTE_RECUEIL)], "mairie-corte_deliberations_2025-10-28_downloads-1909.txt")
    assert analysis.doc_type == "deliberation"
    assert [a.act_number for a in analysis.acts] == ["25-10/079", "25-10/080", "25-10/081"]
    assert analysis.acts[1].objet == ("Finances Communales : Modification du Plan de financement acquisition des "
                                      "parcelles AD 106 à AD 109 — Cité PLANUCCIA - Précisions.")
    assert analysis.acts[2].objet == "AFFECTATION DU RESULTAT D'EXPLOITATION DE L'EXERCICE 2024"


# Avranches, « CM 16.04.11 - Procè-verbal.pdf.txt » (OCR of the demos project), pages 5-8, shortened
AVRANCHES_QUESTIONS = [
    """CM - 11.04.2016
QUESTION No1
ADOPTION DU COMPTE-RENDU DE LA SEANCE DU 23 NOVEMBRE 20'l5
Rapporteur : Monsieur le Maire
Avant d'aborder les questions inscrites à l'ordre du jour, il vous est proposé d'approuver le
compte-rendu de la précédente réunion de conseil en date du 23 novembre 2015.
LE CONSEIL MUN?CIPAL, A L'UNANIMITE, ACCEPÏE CETTE PROPOSIÏION
5
""",
    """CM - 11.04.2016
QUESTION No 2
AFFECTATION DU RESULTAT 2015 DU BUDGET PRINCIPAL
Rapporteur : Monsieur X
La détermination des résultats s'effectue à la clôture de l'exercice, au vu du compte administratif.
L'excédent de fonctionnement s'élève à 2 510152 ,08 €. Après avis favorable de la commission des
finances, il est proposé au conseil municipal d'affecter cet excédent en section d'investissement.
LE CONSEIL MUNICIPAL, A L'UNANIM?ÏE, ACCEPTE CETÏE PROPOSITION
6
""",
    """CM - 11.04.2016
QUESTION No 3
VOTE DES TAUX DE FISCAL?TE
Ra(?porteur .' Monsieur X
Pour le projet de budget de l'exercice 2016, les services de l'Etat ont notifié, le 13 mars dernier,
les bases d'imposition prévisionnelles pour 2016, pour les taxes directes locales.
LE CONSEIL MUNICIPAL, A L'EXCEPTION DE MADAME A, MESSIEURS B, C, QUI S'ABSTIENNENT, ACCEPTE CES
PROPOSITIONS
7
""",
]


def test_old_avranches_minutes_cut_at_their_question_headings() -> None:
    """« QUESTION No 3 » alone on its line, the title below it: one item each (Avranches 2015-2016, 2 files of
    the corpus); the adoption of the last minutes is no act; an OCR'd « A L'UNANIM?ÏE » is a unanimity and
    « A L'EXCEPTION DE … QUI S'ABSTIENNENT, ACCEPTE » a vote."""
    pages = [PageText(i + 5, text) for i, text in enumerate(AVRANCHES_QUESTIONS)]
    analysis = analyse(pages, "CM 16.04.11 - Procè-verbal.pdf.txt")
    assert [a.objet for a in analysis.acts] == ["AFFECTATION DU RESULTAT 2015 DU BUDGET PRINCIPAL",
                                                "VOTE DES TAUX DE FISCAL?TE"]
    assert analysis.acts[0].votes.unanimite is True
    assert analysis.acts[1].adopted is True


# Putanges-le-Lac, compte-rendu-seance-du-29-mai-2018.pdf, pages 11-13, shortened
PUTANGES_LETTERED = """19. TRAVAUX DE MISE EN ACCESSIBILITE DE LA SALLE FERON – AMIANTE – SPS
Le cabinet JSA propose de retenir EXECO, moins disant, pour un montant de 820,00 € HT soit 984,00 € TTC.
Il est proposé de retenir les bureaux d'étude présentés ci-dessus pour la suite de l'opération, les offres
des autres bureaux n'étant pas complètes.
Après en avoir délibéré, le Conseil, à l’unanimité des Membres présents ;
        Approuve les propositions ci-dessus.
20. QUESTIONS DIVERSES.
20/A DENOMINATION D’UNE VOIE PUBLIQUE
Monsieur le Maire informe l’Assemblée que la dénomination des voies communales et principalement celles à caractère de
rue, est laissée au libre choix des Conseils Municipaux. Afin de rester dans la logique de destination de ce site,
Monsieur le Maire suggère de dénommer cette voie « RUE DU LAC ».
Après en avoir délibéré, à l’unanimité des Membres présents, le Conseil Municipal ;
         Adopte la dénomination de cette voie « RUE DU LAC ».
20/B SUBVENTION ACTIV’ORNE – 1ERE COURSE NATURE DE PUTANGES-LE-LAC
Madame X informe l’Assemblée que l’association Activ’Orne sollicite une subvention pour l’organisation le 7 juillet
2018, d’une première course à pied « nature » hors routes goudronnées de plusieurs circuits proposés en fonction des
capacités de chacun. Une aide financière à hauteur de 500,00 € est également soumise à l’approbation du Conseil.
Après en avoir délibéré, le Conseil, à l’unanimité des Membres présents ;
         Décide l’inscription de cette dépense au chapitre 65 Article 6574 du budget primitif 2018.
                                               DELIBERATIONS
17. VIREMENT DE CREDITS N° 3/2018
18. DIAGNOSTIC TERRITORIAL – CADRAGE DE MISSION ORNE METROPOLE
19. TRAVAUX DE MISE EN ACCESSIBILITE DE LA SALLE FERON – AMIANTE – SPS
20. QUESTIONS DIVERSES
    20 a) DENOMINATION D’UNE VOIE PUBLIQUE
    20 b) SUBVENTION ACTIV’ORNE – 1ERE COURSE NATURE DE PUTANGES-LE-LAC
"""


def test_items_lettered_under_a_numbered_one_are_acts() -> None:
    """« 20. QUESTIONS DIVERSES. ⏎ 20/A DENOMINATION … ⏎ 20/B SUBVENTION … », each voted, and named « 20 a) »,
    « 20 b) » by the closing list of deliberations: two acts, their letters no words of their objets."""
    text = "Putanges-Le-Lac, séance du 29 mai 2018\n" + "x\n" * 40 + PUTANGES_LETTERED
    analysis = analyse([PageText(11, text)], "compte-rendu-seance-du-29-mai-2018.pdf")
    objets = [a.objet for a in analysis.acts]
    assert objets[-2:] == ["DENOMINATION D’UNE VOIE PUBLIQUE",
                           "SUBVENTION ACTIV’ORNE – 1ERE COURSE NATURE DE PUTANGES-LE-LAC"]


# Pierrefonds, compte-rendu-07-11-2019.pdf, pages 1-3, shortened
PIERREFONDS_OPENING_VOTE = """Commune de Pierrefonds
Conseil Municipal du 7 novembre 2019
Madame le maire demande aux membres du conseil municipal s’ils souhaitent conserver le mode
de vote à main levée et nominatif.
Vote : Pour à l’unanimité
                                             _________
1. Acquisition par voie de préemption des parcelles cadastrées B 2538 et B 981
Madame le maire expose que la commune a exercé son droit de préemption sur les parcelles cadastrées
B 2538 et B 981, d’une superficie totale de 1 200 m², afin d’y aménager un parking public à proximité du
centre-bourg de la commune de Pierrefonds.
Vote :
   - Pour : 14
   - Contre : 1, Monsieur X qui ne voit pas l’intérêt d’acheter un terrain pour en faire
       un parking s’il sert déjà de parking.
2. Renouvellement du Contrat Enfance Jeunesse
Il est proposé au conseil municipal de renouveler le Contrat Enfance Jeunesse avec la CAF de l’Oise à compter
du 1er janvier 2019 et d’autoriser Madame le maire à signer ce contrat.
Vote : Pour, à l’unanimité
3. Renouvellement du contrat Horizon Villages On line
Le contrat Horizon Villages On Line conclu avec la société JVS MAIRISTEM arrive à échéance : il est proposé de
le renouveler pour une durée de trois ans et d’autoriser Madame le maire à le signer.
Vote :
   - Pour : 14
   - Abstention : 1, Monsieur X.
"""


def test_the_first_act_does_not_take_the_opening_s_vote() -> None:
    """« mode de vote à main levée … Vote : Pour à l’unanimité » (or the last minutes' approval) opens the
    séance: the first act's vote is its own « Pour : 14 / Contre : 1 », not that unanimity (refused by the
    check as « unanimité avec 1 voix contre », the first act kept no vote)."""
    analysis = analyse([PageText(1, PIERREFONDS_OPENING_VOTE)], "compte-rendu-07-11-2019.pdf")
    first = analysis.acts[0]
    assert first.objet.startswith("Acquisition par voie de préemption")
    assert (first.votes.pour, first.votes.contre, first.votes.unanimite) == (14, 1, False)


# Corte, mairie-corte_proces-verbal_2023-11-20_downloads-1716.pdf (one-act minutes), names replaced
CORTE_ONE_ACT = """Compte rendu de la réunion du Conseil Municipal Extraordinaire du 20 Novembre 2023
26 Conseillers Municipaux étaient présents ou représentés (05 Procurations : A B, C D, E F, G H,
I J), 3 Conseillers étaient absents (K L, M N, O P).
Le Maire, après avoir procédé à l’appel des Membres du Conseil Municipal, et avoir désigné Monsieur Q R
comme Secrétaire de séance, ouvre la session.
* POINT N° 1 : Tempêtes des 2, 3 et 4 Novembre 2023
20-11/092 : Bilan, dégâts, conséquences, suite aux tempêtes des 2,3 et 4 Novembre 2023.
Le Conseil, à l’unanimité des membres présents et représentés, Prend acte du bilan présenté.
"""


def test_one_act_minutes_take_the_numbered_heading_not_the_roll_call() -> None:
    """« 26 Conseillers Municipaux étaient présents … » is the roll call, never an objet; the heading
    « 20-11/092 : Bilan, … » (a colon after the number) gives the act's number and objet."""
    analysis = analyse([PageText(1, CORTE_ONE_ACT)], "mairie-corte_proces-verbal_2023-11-20_downloads-1716.pdf")
    assert len(analysis.acts) == 1
    assert analysis.acts[0].act_number == "20-11/092"
    assert analysis.acts[0].objet.startswith("Bilan, dégâts, conséquences")
