"""Issue 11, session 13: votes and préfecture dates, rules read on the tuning parts (A dev, B-H, J, K). Each on a short
excerpt of a real corpus file (private persons anonymised); each fails without its rule. Whole-corpus effect:
bench/devset/acts_votes_session13.txt."""

from __future__ import annotations

from datetime import date

from indexer.models import PageText
from indexer.segment import analyse
from indexer.stamps import document_stamp, find_stamps
from indexer.vote_check import check_vote
from indexer.votes import read_votes

# Flaux, compte rendu du 11 mars 2021 (flaux/pdf-scannes/compte rendu du 11 mars 2021.pdf), end of page 1 as the
# import's OCR read it: the mail-room stamp « PRÉFECTURE DU GARD / Reçu le / - 2 AVR. 2021 » lost its « PR » at the
# edge of the box, and its « Bureau du Courrier » line was read as « VTT »
_FLAUX_CUT_PREFECTURE = """- Contrat de maintenance défibrillateur automatisé externe

- Questions diverses

ÉFECTURE Du &

Reçu le

“ 2 AVR. 2021

VTT
"""


def test_a_mail_room_stamp_whose_prefecture_lost_its_first_letters_is_read() -> None:
    stamps = find_stamps(_FLAUX_CUT_PREFECTURE, date(2021, 3, 11))
    assert [s.pref_date for s in stamps] == ["2021-04-02"]
    wide = document_stamp(stamps)
    assert wide is not None and wide.pref_date == "2021-04-02"
    # « RÉFECTURE DU GARD » (Flaux, 31 mars 2021) too
    assert [s.pref_date for s in find_stamps(_FLAUX_CUT_PREFECTURE.replace("ÉFECTURE", "RÉFECTURE"),
                                              date(2021, 3, 11))] == ["2021-04-02"]


def test_a_letter_received_in_the_minutes_own_words_is_still_no_stamp() -> None:
    text = "La commune a été informée par courrier reçu le 14 septembre 2023 de la dissolution du syndicat.\n"
    assert find_stamps(text, date(2023, 10, 19)) == []
    # nor « infecté » or any word merely ending like it
    assert find_stamps("Local désinfecture\nReçu le\n2 AVR. 2021\n", date(2021, 3, 11)) == []


def test_every_act_of_the_scan_takes_the_stamp_of_its_first_page() -> None:
    page1 = ("COMPTE RENDU du CONSEIL MUNICIPAL de la COMMUNE de FLAUX\nSéance du 11 mars 2021\n"
             "Ordre du jour\n- Convention ler secours\n- Emprunt à court terme\n" + _FLAUX_CUT_PREFECTURE)
    page2 = ("Compte rendu\nconseil municipal du\n11 mars 2021\n\nConvention ler secours\n\n"
             "Monsieur Le Maire expose aux membres du conseil municipal qu'il serait nécessaire de proposer aux "
             "employés un stage de Prévention Secours Civique.\n\nVote : à l'unanimité\n\n"
             "Emprunt à court terme\n\nMonsieur le Maire propose de recourir à un emprunt à court terme sur 2 ans.\n\n"
             "Vote : à l'unanimité\n")
    analysis = analyse([PageText(1, page1, True), PageText(2, page2, True)], "compte rendu du 11 mars 2021.pdf")
    assert analysis.acts
    assert {act.pref_date for act in analysis.acts} == {"2021-04-02"}


# Avranches, 18 décembre 2017 (benjaminpochat-demos/txt/avranches/Procès verbal du conseil municipal du 18 décembre
# 2017.pdf.txt, n° 15) and 30 mai 2016 (CM 16.05.30 - Procès-verbal.pdf.txt, question 2): the OCR of the capital
# decision line reads « T » as « Ï » and « I » as « ? »; councillors' names replaced
_AVRANCHES_AGAINST = """Il est demandé au conseil municipal d'autoriser monsieur le maire ou son représentant à
signer l'avenant no1 et tous documents y afférents.

LE CONSEIL MUNIC?PAL, A L'EXCEPÏION DE MADAME A, MESSIEURS B, C, D, MESDAMES

E, F QUI VOTENÏ CONÏRE, ACCEPTE CEÏÏE PROPOSIÏION
"""
_AVRANCHES_ABSTAIN = """Total des dépenses

+ 83 482 €

LE CONSEIL MUNICIPAL, A L'EXCEPÏION DE MADAME A, MESSIEURS B, C, D, MESDAMES

E, F QUI S'ABSTIENNENT, ACCEPTE CEÏÏE PROPOSIÏION
"""


def test_dissenters_named_in_an_ocr_capital_line_make_no_unanimity() -> None:
    for text in (_AVRANCHES_AGAINST, _AVRANCHES_ABSTAIN):
        votes, adopted = read_votes(text)
        assert votes.unanimite is False
        assert (votes.pour, votes.contre, votes.abstention) == (None, None, None)  # no figure printed
        assert adopted is True
        assert check_vote(votes, text).ok
    # a « Ï » inside a lower-case word is a letter of its own: « laïque » reads no dissent
    assert read_votes("La commission laïque, à l'exception de la présidente, a rendu son avis.")[0].unanimite is None


# Pierrefonds, 28 novembre 2016 (pierrefonds/conseil-municipal/compte-rendu-28-11-2016.pdf, point 10) and Flaux,
# 17 novembre 2023 (flaux/pdf-scannes/PV DU 17 NOVEMBRE-tampon.pdf, retrait de Castillon-du-Gard), shortened: the
# majority is another assembly's, cited in a recital above this council's own unanimity
_PIERREFONDS_CITED = """10. Avis à donner sur la refonte des statuts de la Communauté de Communes des Lisières de l’Oise
Par délibération en date du 29 septembre 2016, les membres du conseil communautaire, ont à la majorité
des voix, approuvé le principe de la modification des statuts de l'EPCI, conformément aux nouvelles
dispositions de la loi NOTRe (Loi n°2015-991 du 7 août 2015).
Madame le maire demande aux membres du conseil municipal s’ils ont d’accord pour approuver
les statuts réactualisés de la C.C.L.O ?
Vote : Pour à l’unanimité, étant précisé que les nouvelles compétences devront faire l’objet de
délibérations en temps voulu.
"""
_FLAUX_CONSIDERING = """Considérant que la commune à une continuité territoriale avec les communes de
Flaux et La Capelle et Masmolène.

Considérant que la commune de Castillon du Gard s’est prononcée à la majorité (un
vote contre), et le conseil communautaire à l'unanimité pour intégration de Castillon
à là CŒU.

Le conseil municipal après en avoir délibéré à l’unanimité

D'accepte l'adhésion de Castillon du Gard à la CCPU au 01 janvier 2024.

Vote : Unanimité
"""


def test_a_majority_cited_in_a_recital_is_not_this_councils_vote() -> None:
    for text in (_PIERREFONDS_CITED, _FLAUX_CONSIDERING):
        votes, adopted = read_votes(text)
        assert votes.unanimite is True and votes.contre == 0
        assert adopted is True
        assert check_vote(votes, text).ok
    # the council's own majority, printed before a chapter's unanimity, still rules (rule 13)
    own = "Le conseil municipal, après en avoir délibéré, à la majorité (2 contre), adopte. Chapitre 65 : à l'unanimité"
    assert read_votes(own)[0].unanimite is False


# Couthenans, 17 septembre 2021 (couthenans/CR_reunion_20210917.pdf, point 1): the unanimity is the vote of the project
# the motion opposes; the motion's own vote line prints 2 abstentions
_COUTHENANS_MOTION = """1/ Motion ONF :
Augmentation des frais de garderie de 40% : Les communes de Haute-Saône souhaitent déposer une motion
contre ce projet déjà voté à l’unanimité.
Vote de la motion : 12 votes pour / 2 abstentions
"""
# Pierrefonds, 10 avril 2024 (pierrefonds/conseil-municipal/CM-du-10-avril-2024.pdf, D2024-17), shortened: the council's
# own decision sentence says unanimity, the vote line names two abstentions (unanimity of the votes cast)
_PIERREFONDS_DECIDED = """Le Conseil municipal, après en avoir délibéré, à l’unanimité :
- DÉCIDE d’approuver le tableau des subventions aux associations pour l’année 2024 tel qu’indiqué cidessus,
Vote : 2 abstentions (M. A et M. B)
"""


def test_a_unanimity_the_text_tells_of_is_not_the_vote_its_vote_line_prints() -> None:
    votes, adopted = read_votes(_COUTHENANS_MOTION)
    assert (votes.pour, votes.abstention, votes.unanimite) == (12, 2, False)
    assert adopted is True and check_vote(votes, _COUTHENANS_MOTION).ok
    # the council's decision sentence still tells its vote
    votes, _adopted = read_votes(_PIERREFONDS_DECIDED)
    assert (votes.abstention, votes.unanimite) == (2, True)
    # and without any vote line, a unanimity anywhere is read as before
    assert read_votes("Le compte rendu est adopté à l’unanimité.")[0].unanimite is True


# Montpellier, 30 mars 2009 (montpellier-opendata/proces-verbaux/PV_CM_30_03_2009.pdf, p. 4-9), shortened: a speaker's
# « une contre-expertise » in the debate was read as one vote against, and the unanimity refused for it
_MONTPELLIER_DEBATE = """M. X : … il nous permet si c’est nécessaire de contester les résultats,
d’avoir une contre-expertise, pas simplement un avis.
En conséquence, il est proposé au Conseil municipal :
- D’acter la création de la mission d’information et d’évaluation sur le service public de l’eau
. Pour : 60 Ont été élus à l’unanimité :
. Adopté à l’unanimité.
"""


def test_the_first_half_of_a_compound_word_is_no_vote_label() -> None:
    votes, adopted = read_votes(_MONTPELLIER_DEBATE)
    assert (votes.pour, votes.contre, votes.unanimite) == (60, 0, True)
    assert adopted is True and check_vote(votes, _MONTPELLIER_DEBATE).ok
    # « une contre-visite », « une contre-partie » (Avranches 2014, Putanges 2020) neither
    assert read_votes("une contre-visite (à la demande de la commune)")[0].contre is None
    # a count and its label followed by a dash and a figure are still a vote
    assert read_votes("Adopté par 20 voix pour, 3 contre - 2 abstentions")[0].contre == 3


# Montpellier, 30 mars 2009 (PV_CM_30_03_2009.pdf, affaire 71, p. 96-97), shortened: a speaker's sentence opens on
# « Pour 2 raisons » above the tally; Pierrefonds, 6 avril 2021 (CM-06-avril-2021.pdf): « pour 30 enfants » opens a
# wrapped line of a unanimous act
_MONTPELLIER_REASONS = """disait Monsieur X mais en fait pour dire quasiment l’inverse.
Pour 2 raisons, la 1ère, on le sait c’est parce que derrière une volonté d’engager un certain nombre de
. Pour : 45
. Contre : 1
. Abstention : 13
. Adopté à la majorité.
"""
_PIERREFONDS_CHILDREN = """… une aide aux devoirs scolaire et des cours particuliers
pour 30 enfants de Pierrefonds.
Vote : Pour à l’unanimité
"""


def test_a_bare_label_and_figure_before_a_word_in_lower_case_is_no_vote() -> None:
    votes, _adopted = read_votes(_MONTPELLIER_REASONS)
    assert (votes.pour, votes.contre, votes.abstention, votes.unanimite) == (45, 1, 13, False)
    assert check_vote(votes, _MONTPELLIER_REASONS).ok
    votes, _adopted = read_votes(_PIERREFONDS_CHILDREN)
    assert (votes.pour, votes.unanimite) == (None, True)
    # a table's « POUR 21 ⏎ CONTRE 0 » and « 11 votes pour 2 abstentions » are still read
    assert read_votes("POUR 21\nCONTRE 0\nABSTENTION 0")[0].pour == 21
    assert read_votes("11 votes pour 2 abstentions")[0].abstention == 2


# Corte, recueil du 18 mars 2025 (corte/texte-ocr-projet-pertitellu/mairie-corte_deliberations_2025-03-18_
# downloads-1925.txt, 25-03/006) as its OCR reads it: « A l'unanimité des membres » cut over blank lines
_CORTE_CUT_UNANIMITY = """invite te Conseit a délibérer en yue d'approuver cet investissement.

LE CONSEIL,

Our rexposé de son Maire,

Après en avoir délibéré,

AVunani

6 des membres présents et représentés,

> ADOPTE le plan de financement
"""


def test_the_check_finds_an_ocr_cut_unanimity_across_blank_lines() -> None:
    votes, adopted = read_votes(_CORTE_CUT_UNANIMITY)
    assert votes.unanimite is True and adopted is True
    assert check_vote(votes, _CORTE_CUT_UNANIMITY).ok
    # a word merely near « unanimit » with no « membres » among the next words is still refused
    assert not check_vote(votes, "Après en avoir délibéré,\n\nAVunani\n\n6 pour le projet de la ville.\n").ok


# Corte, recueil du 1er juillet 2025 (mairie-corte_deliberations_2025-07-01_downloads-1919.txt, 25-07/044): the budget
# form's « VOTES: Pour: » cell is empty, the OCR read a stray « 45 » two lines below; Avranches, 14 décembre 2015
# (CM15.12.14 - PV.pdf.txt): « se prononcer pour : ⏎ ⏎ 1/ mettre en place … »
_CORTE_EMPTY_CELL = """Nombre de suffrages exprimés : 24

VOTES: Pour:

45 c Délibéré par le Conseil Municipal, réuni en séance publique

Après en avoir délibéré,

A l’unanimité des membres présents et représentés,
"""


def test_a_label_s_colon_before_a_blank_line_holds_no_figure() -> None:
    votes, _adopted = read_votes(_CORTE_EMPTY_CELL)
    assert (votes.pour, votes.unanimite) == (None, True)
    assert check_vote(votes, _CORTE_EMPTY_CELL).ok
    assert read_votes("de se prononcer pour :\n\n1/ mettre en place le règlement")[0].pour is None
    # over a single line break the figure is still the label's
    assert read_votes("Pour :\n17\nContre : 2")[0].pour == 17


# Avranches, 11 avril 2016 (CM 16.04.11 - Procè-verbal.pdf.txt, p. 20) and 26 février 2018 (Procès verbal du conseil
# municipal du 26 février 2018.pdf.txt, n° 9): « A L'UNANIMITE » spoilt by the OCR in the decision formula
_AVRANCHES_SPOILT = """Après avis favorable de la commission des finances, il est proposé au conseil municipal
d'autoriser le versement de ces subventions.

LE CONSEIL MUNICIPAL, A luwowiuiÏe, ACCEPÏE CETTE PROPOSITION
"""


def test_a_spoilt_word_shaped_like_l_unanimite_in_the_decision_slot_is_the_unanimity() -> None:
    votes, adopted = read_votes(_AVRANCHES_SPOILT)
    assert (votes.unanimite, votes.contre) == (True, 0) and adopted is True
    assert check_vote(votes, _AVRANCHES_SPOILT).ok
    text = "LE CONSEIL Muwtcrpac, A luwawiwiÏe, ACCEPÏE CES PROPOSIÏIONS\n"
    assert read_votes(text)[0].unanimite is True and check_vote(read_votes(text)[0], text).ok
    # a majority, a word of another shape, or the word outside the formula is no unanimity
    assert read_votes("LE CONSEIL MUNICIPAL, A LA MAJORITE, ACCEPTE CETTE PROPOSITION")[0].unanimite is False
    assert read_votes("LE CONSEIL MUNICIPAL, A lexception, ACCEPTE")[0].unanimite is None
    assert read_votes("Le marché, à luwowiuiÏe, est accepté")[0].unanimite is None


# Corte, 8 avril 2024 (corte/texte-ocr-projet-pertitellu/mairie-corte_proces-verbal_2024-04-08_downloads-1713.txt,
# 24-04/051) as the OCR reads it: the count ends its line, « voix Pour » opens the next after a blank line
_CORTE_WRAPPED_COUNT = """24-04/051 — Adoption du Budget Primitif 2024 :

> Le Conseil Adopte le Budget Primitif 2024 de la Régie de l’Eau en Dépenses et en Recettes pour les
> Sections de Fonctionnement et d’Investissement, à l’unanimité des membres présents et représentés,
> avec 25

voix Pour.

Point n° 3 : REGIE DU PARKING
"""


def test_a_count_whose_voix_opens_the_next_line_is_read_and_checked() -> None:
    votes, _adopted = read_votes(_CORTE_WRAPPED_COUNT)
    assert (votes.pour, votes.unanimite) == (25, True)
    assert check_vote(votes, _CORTE_WRAPPED_COUNT).ok
    # the same in the PDF's text layer (one line break)
    text = "à l’unanimité des membres présents et représentés, avec 25\nvoix Pour.\n"
    assert read_votes(text)[0].pour == 25 and check_vote(read_votes(text)[0], text).ok
    # a figure ending a line above « votes » (no « voix ») is not taken over the break
    assert read_votes("portée uniquement par 7\nvotes contre le projet")[0].contre is None


# Corte, recueil du 8 avril 2025 (mairie-corte_deliberations_2025-04-08_downloads-1921.txt, 25-04/039), the budget
# form's vote line as the OCR reads it: the « Pour » cell's mark glued to « Contre »
_CORTE_GLUED_LABEL = """Nombre de membres exprimés : —L Ÿ

VOTES: Pour fContre : 0 Abstentions : 0
"""


def test_a_capital_label_glued_to_a_stray_letter_is_read() -> None:
    votes, _adopted = read_votes(_CORTE_GLUED_LABEL)
    assert (votes.contre, votes.abstention) == (0, 0)
    assert check_vote(votes, _CORTE_GLUED_LABEL).ok
    # a longer word ending on a label's letters is none
    assert read_votes("le ProContre : 3")[0].contre is None


# Putanges-le-Lac, 5 décembre 2022 (putanges-le-lac/2022/registre-deliberations-pv-du-conseil-municipal-du-5-decembre-
# 2022.pdf, p. 1-2), shortened: the last minutes adopted unanimously, then this act's majority
_PUTANGES_AFTER = """Le compte rendu de la séance du Conseil Municipal du 26 septembre 2022 est adopté à l’unanimité.
Examen de la pétition
Après en avoir délibéré, le Conseil municipal, à la majorité (26 voix contre, 1 abstention et 3 pour) des
membres présents et représentés, rejette la demande.
"""
# Corte, recueil du 8 avril 2025 (25-04/034, budget primitif), shortened: one chapter voted unanimously, the sections
# adopted by majority
_CORTE_CHAPTERS = """> Chapitre 65— Autres charges de gestion courante :
e 22 voix « Pour » et 5 « Abstentions » (V. A, M. B, F. C, P. D, M. E)
e Subventions aux Associations : à l’Unanimité avec 27 voix « Pour »,
La Section de Fonctionnement « Dépenses » est adoptée à la majorité des membres présents et
représentés par :
© 22 voix « Pour » et
e 5 « Abstentions » (V. A, M. B, F. C, P. D, M. E)
"""


def test_a_majority_printed_after_the_last_unanimity_is_the_act_s_vote() -> None:
    votes, adopted = read_votes(_PUTANGES_AFTER)
    assert (votes.pour, votes.contre, votes.abstention, votes.unanimite) == (3, 26, 1, False)
    assert adopted is False and check_vote(votes, _PUTANGES_AFTER).ok
    votes, _adopted = read_votes(_CORTE_CHAPTERS)
    assert (votes.pour, votes.abstention, votes.unanimite) == (22, 5, False)
    assert check_vote(votes, _CORTE_CHAPTERS).ok
    # a unanimity after the majority, or alone, is read as before (rule 13, and a plain unanimity)
    assert read_votes("à la majorité des suffrages. Puis : adopté à l'unanimité.")[0].unanimite is False
    assert read_votes("Adopté à l’unanimité.")[0].unanimite is True
