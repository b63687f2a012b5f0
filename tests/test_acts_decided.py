"""What keeps an item of minutes as an act when no vote is printed: each rule on a short excerpt of a real
corpus file (names of private persons replaced). The measure on whole files is bench/score_acts.py."""

from __future__ import annotations

from indexer.metadata import NUMBERED_TITLE
from indexer.models import PageText
from indexer.non_acts import is_voted, non_act_reason
from indexer.objet_lines import not_an_objet
from indexer.recap import closing_list, named_in_list, only_listed
from indexer.segment import ActDraft, analyse

_UNANIMOUS = "Après en avoir délibéré, le Conseil Municipal, à l’unanimité, décide de donner son accord.\n"
_BODY = "Monsieur le Maire expose le dossier aux Membres du Conseil Municipal et les invite à en délibérer.\n" * 2


def test_apres_en_avoir_delibere_is_a_decision_though_no_vote_is_printed() -> None:
    # Putanges-le-Lac, séance du 7 juin 2016 (names replaced; items 9-11 ranked 1-3): 1 and 3 are voted, 2 is decided
    # « Après en avoir délibéré » without a vote word; the unvoted-item rule had dropped it
    text = ("1. FESTIV’ART PRODUCTION – SUBVENTION COMPLEMENTAIRE\n" + _BODY + _UNANIMOUS +
            "2. ADHESION A LA FEDERATION DEPARTEMENTALE DES GROUPEMENTS DE DEFENSE CONTRE LES\n"
            "ORGANISMES NUISIBLES (FDGDON)\nMonsieur le Maire donne la parole à Madame X ;\n"
            "La FDGDON est un organisme de conseil et de vente de produits destinés à l’éradication des nuisibles.\n"
            "La commune nouvelle a reçu un appel d’adhésion pour l’année 2016 qui s’élève à 924,48 €.\n"
            "Monsieur le Maire demande aux Membres du Conseil Municipal de se prononcer sur cette adhésion.\n"
            "Après en avoir délibéré, le Conseil Municipal émet un avis favorable à cet appel de cotisation et charge\n"
            "Monsieur le Maire de mandater les 924,48 € demandés.\n"
            "3. ACQUISITION DE TERRAINS PRIVES POUR LA CREATION DE LA VOIE D’ACCES AU PSLA\n" + _BODY + _UNANIMOUS)
    analysis = analyse([PageText(1, text)], "compte-rendu-seance-du-7-juin-2016.pdf")
    assert [a.objet for a in analysis.acts] == [
        "FESTIV’ART PRODUCTION – SUBVENTION COMPLEMENTAIRE",
        "ADHESION A LA FEDERATION DEPARTEMENTALE DES GROUPEMENTS DE DEFENSE CONTRE LES ORGANISMES NUISIBLES (FDGDON)",
        "ACQUISITION DE TERRAINS PRIVES POUR LA CREATION DE LA VOIE D’ACCES AU PSLA"]


_RECAP = ("LISTE DES DELIBERATIONS\n1. PROGRAMME VOIRIE 2016\n2. TARIFS CAMPING DU VAL D’ORNE\n"
          "3. MODIFICATION DES STATUTS DU SMICO\n4. INTENTION DE TRAVAUX A L’EGLISE DE ST MALO DANS LA COMMUNE "
          "HISTORIQUE DE LA FRESNAYE\nAU SAUVAGE\n5. ACHAT PAR LA COMMUNE HISTORIQUE DE ST AUBERT SUR ORNE D’UNE "
          "BANDE DE TERRAIN\nCADASTREE E N°356\n")
_ITEMS = ("1. PROGRAMME VOIRIE 2016\n" + _BODY + _UNANIMOUS + "2. TARIFS CAMPING DU VAL D’ORNE\n" + _BODY + _UNANIMOUS +
          "3. MODIFICATION DES STATUTS DU SMICO\n" + _BODY + _UNANIMOUS +
          "4. INTENTION DE TRAVAUX A L’EGLISE DE ST MALO DANS LA COMMUNE HISTORIQUE DE\nLA FRESNAYE AU SAUVAGE\n"
          "Monsieur X expose aux Membres du conseil municipal que la commune historique de la FRESNAYE AU\n"
          "SAUVAGE en collaboration avec l’Association des Amis de l’Eglise, a mené à terme 2 tranches de travaux.\n"
          "Les Membres du conseil, après avoir entendu cet exposé ;\n"
          " Donnent leur accord de principe pour étudier la possibilité d’une 3ème phase.\n"
          " Autorisent l’Association des Amis de l’Eglise à continuer leurs démarches de recherches de financements.\n"
          "5. ACHAT PAR LA COMMUNE HISTORIQUE DE ST AUBERT SUR ORNE D’UNE BANDE DE\nTERRAIN CADASTREE E N°356\n"
          + _BODY + _UNANIMOUS)


def test_an_item_the_closing_list_of_deliberations_names_is_an_act_though_not_voted() -> None:
    # Putanges-le-Lac, séance du 12 juillet 2016 (names replaced): item 6 (here 4) is agreed without a vote word;
    # the minutes' own closing « LISTE DES DELIBERATIONS » names it, so it was deliberated
    analysis = analyse([PageText(1, _ITEMS), PageText(2, _RECAP)], "compte-rendu-seance-du-12-07-2016.pdf")
    objets = [a.objet for a in analysis.acts]
    assert len(objets) == 5
    assert objets[3] == ("INTENTION DE TRAVAUX A L’EGLISE DE ST MALO DANS LA COMMUNE HISTORIQUE DE "
                         "LA FRESNAYE AU SAUVAGE")
    # without the list, the same item is an item nobody voted on: told, not deliberated
    alone = analyse([PageText(1, _ITEMS)], "compte-rendu-seance-du-12-07-2016.pdf")
    assert len(alone.acts) == 4


def test_the_closing_list_is_read_only_at_the_end_and_names_by_the_opening_of_a_title() -> None:
    titles = closing_list(_ITEMS + _RECAP)
    assert len(titles) == 5
    assert named_in_list("INTENTION DE TRAVAUX A L’EGLISE DE ST MALO DANS LA COMMUNE HISTORIQUE", titles)
    assert not named_in_list("Vente de la parcelle E 358", titles)
    # « DELIBERATIONS - SEANCE DU 29 MAI 2018 » heading a registre is its title, not a closing list
    assert closing_list("DELIBERATIONS\n1. TARIFS CAMPING\n2. VENTE DE TERRAIN\n" + _BODY * 20) == []


def test_avranches_numbers_with_a_spaced_dash_cut_the_minutes() -> None:
    # Avranches, conseil municipal du 28 janvier 2016 (names replaced): « 2016.01.28 - 2 » was no heading
    # (only « 2016.01.28-3 » was), so 19 numbered deliberations were read as 2 acts
    accept = "LE CONSEIL MUNICIPAL, A L’UNANIMITE, ACCEPTE CETTE PROPOSITION\n"
    body = "Il est proposé au conseil municipal d'approuver le plan de financement présenté en commission.\n" * 2
    text = ("Monsieur X est désigné comme secrétaire de séance.\n"
            "2016.01.28 - 1 ADOPTION DU COMPTE RENDU DE LA SEANCE DU 28 SEPTEMBRE 2015\n" + body + accept +
            "2016.01.28 - 2 DETR : SORTIE DU COLLEGE LA CHAUSSONNIERE\n" + body + accept +
            "2016.01.28 - 3 CONSTITUTION D'UN GROUPEMENT DE COMMANDES AVEC LA COMMUNAUTE\n"
            "DE COMMUNES AVRANCHES – MONT SAINT MICHEL CONCERNANT DES\nTRAVAUX RUE SAINT-EXUPERY\n" + body + accept)
    analysis = analyse([PageText(1, text)], "CM16.01.28 - PV.pdf.txt")
    assert [a.act_number for a in analysis.acts] == ["2016.01.28 - 1", "2016.01.28 - 2", "2016.01.28 - 3"]
    assert analysis.acts[1].objet == "DETR : SORTIE DU COLLEGE LA CHAUSSONNIERE"
    # the heading itself, whatever else cuts the minutes (votes, ranks)
    heading = NUMBERED_TITLE.match("2016.01.28 - 2 DETR : SORTIE DU COLLEGE LA CHAUSSONNIERE")
    assert heading and heading.group("num") == "2016.01.28 - 2"
    heading = NUMBERED_TITLE.match("2018.07.06 -4 DELEGATION AU MAIRE ARTICLES L-2122.22 ET L-2122.23")
    assert heading and heading.group("num") == "2018.07.06 -4"


def test_the_report_of_decisions_taken_under_delegation_is_an_act_only_where_the_register_numbers_it() -> None:
    # Avranches, conseil municipal du 2 juin 2014 (names replaced): article L2122-23 has the maire report the
    # decisions he took under the council's delegation; the item lists them, nobody votes on it. The register numbers
    # it « 2014.06.02 - 15 » with the séance's acts: a numbered prise d'acte, an act with no vote (truth convention
    # of bench/devset/README.md, part D); unnumbered (« QUESTION No 19 », Avranches 2016), it is none
    accept = "LE CONSEIL MUNICIPAL, A L’UNANIMITE, ACCEPTE CETTE PROPOSITION\n"
    body = "Il est proposé au conseil municipal d'approuver la convention présentée en commission des finances.\n" * 2
    text = ("2014.06.02 - 14 CONVENTION AVEC LE CENTRE DE GESTION\n" + body + accept +
            "2014.06.02 - 15 DELEGATION AU MAIRE-ARTICLES L-2122.22 ET L-2122.23 DU CODE\n"
            "GENERAL DES COLLECTIVITES TERRITORIALES\nConformément à la délibération du conseil municipal "
            "d'Avranches en date du 7 avril 2014\nm'accordant délégation, les arrêtés suivants ont été pris :\n"
            "09 avril 2014 :\nIl a été conclu une convention de location avec Monsieur X en vue de la location\n"
            "d’une maison d’habitation sise rue de la Liberté moyennant un loyer mensuel de 180 €uros.\n")
    analysis = analyse([PageText(1, text)], "Procès-verbal du conseil municipal du 2 juin.pdf.txt")
    assert [a.act_number for a in analysis.acts] == ["2014.06.02 - 14", "2014.06.02 - 15"]
    assert analysis.acts[1].votes.is_empty()
    report = "DELEGATION AU MAIRE ARTICLES L-2122.22 ET L-2122.23 DU CODE GENERAL DES COLLECTIVITES TERRITORIALES"
    assert non_act_reason(report, text[text.index("Conformément") :], False) is not None
    # a delegation the council grants (voted) stays an act: Flaux, 19 juin 2020
    granted = "Délégation de missions complémentaires du Conseil municipal au Maire (article L2122-22 du CGCT)"
    assert non_act_reason(granted, "Le Conseil Municipal, à l’unanimité, décide de déléguer.", False) is None


def test_a_one_word_heading_the_agenda_announces_is_an_item() -> None:
    # Saint-Apollinaire (commune-non-identifiee_CR_CM_2015-05-22.txt, names replaced): « 3) Urbanisme » and
    # « 4) Agriculture » were no heading, so the convention voted under each was read into the item above
    vote = "Pour 9\n Abstention 0\n Contre 0\n"
    body = "Monsieur le Maire expose au conseil municipal le projet et après en avoir délibéré, celui-ci :\n"
    text = ("ORDRE DU JOUR\n1) Vote des subventions 2015\n2) Plan de financement pour le nouveau réservoir\n"
            "3) Urbanisme\n4) Agriculture\n0) Approbation du dernier compte-rendu\n"
            "Le compte-rendu du conseil municipal du 08 avril 2015 n’est pas adopté. Une remarque est faite.\n"
            "1) Vote des subventions 2015\n" + body + vote + "2) Plan de financement pour le nouveau réservoir\n"
            + body + vote + "3) Urbanisme\nConvention financière avec le SyME 05 :\n" + body + vote +
            "4) Agriculture\nLa convention de résiliation amiable :\n" + body + vote)
    analysis = analyse([PageText(1, text)], "commune-non-identifiee_CR_CM_2015-05-22.txt")
    assert [a.objet for a in analysis.acts] == ["Vote des subventions 2015",
                                               "Plan de financement pour le nouveau réservoir",
                                               # the title below the rubric, as the truth reads it (v155)
                                               "Convention financière avec le SyME 05",
                                               "La convention de résiliation amiable"]
    # « Pour 9 » is a vote line, never an objet; « approbation du dernier compte-rendu » is procedural
    assert not_an_objet("Contre 0") and not_an_objet("Abstention 1 Anne X")
    assert non_act_reason("Approbation du dernier compte-rendu", "Le compte-rendu n’est pas adopté." * 20, False)
    # « celui-ci » is no « élu »: the piece is not voted by that word
    assert not is_voted("Le conseil municipal prend connaissance de la convention, celui-ci la signera.")


def test_a_numbered_item_just_above_a_sub_list_of_questions_diverses_is_an_item() -> None:
    # Couthenans, 28 octobre 2022 (names replaced): « 6. Subvention … » stood 172 characters above « 1 / respect
    # des horaires … » (a sub-item of « 7. Questions diverses »), and the two were taken for one heading
    vote = "Adoption à 0 Contre, 0 abstention, 11 voix pour\n"
    body = "Présentation du point par le maire au conseil, puis discussion entre les élus présents.\n" * 2
    text = ("1. Reversement de la taxe d’aménagement communal à la CCPH\n" + body + vote +
            "2. Motion sur les finances locales\n" + body + vote +
            "3. Vente des anciennes tables de l’école\n" + body + vote +
            "4. Subvention pour l’ASL (Association Sport & Loisirs)\nL’ASL a fait une demande de subvention de 500€\n"
            + vote + "5. Questions diverses\n1 / respect des horaires des travaux le dimanche\n"
            "Un rappel amiable sera fait individuellement aux personnes concernées.\n2/ Stérilisation des chats\n"
            "2 chats ont été capturés et emmenés jeudi matin chez le vétérinaire.\n")
    analysis = analyse([PageText(1, text)], "CR_conseil_municipal_28_10_2022.pdf")
    assert "Subvention pour l’ASL (Association Sport & Loisirs)" in [a.objet for a in analysis.acts]


def test_where_the_closing_list_names_most_items_an_item_it_does_not_name_is_none() -> None:
    # Putanges-le-Lac, 27 novembre 2017 (names replaced): « 1/ En cas d’acquisition … » and « 2/ De ne pas avoir … »
    # are conditions set out in item 12, cut as items; the closing « DELIBERATIONS » list does not name them
    recap = closing_list("texte de la séance\n" * 30 +
                         "DELIBERATIONS\n10. TRAVAUX SUPPLEMENTAIRES AU LAVOIR DU FRICHE\n"
                         "11. DECISION MODIFICATIVE N° 6/2017\n12. PROPOSITION D’ACHAT PARCELLE D 81 LIEU-DIT CHAMP DU "
                         "MARIAGE\n13. PROPOSITION D’ACHAT D’UNE PARTIE DE LA PARCELLE D 80\n")
    objets = ["TRAVAUX SUPPLEMENTAIRES AU LAVOIR DU FRICHE", "DECISION MODIFICATIVE N° 6/2017",
              "PROPOSITION D’ACHAT PARCELLE D 81 LIEU-DIT CHAMP DU MARIAGE",
              "En cas d’acquisition par la commune de Putanges-le-Lac de la parcelle D81, il est convenu que",
              "De ne pas avoir à prendre à sa charge les frais de dossier de la SAFER",
              "PROPOSITION D’ACHAT D’UNE PARTIE DE LA PARCELLE D 80"]
    pieces = [ActDraft(1, 1, "", objet=objet) for objet in objets]
    only_listed(pieces, recap)
    assert [piece.kind for piece in pieces] == [None, None, None, "non-act", "non-act", None]
    # where the list names few of the pieces, it is not the minutes' own list: nothing is dropped
    pieces = [ActDraft(1, 1, "", objet=objet) for objet in ("Budget primitif", "Vente de terrain", "Tarifs 2018")]
    only_listed(pieces, recap)
    assert [piece.kind for piece in pieces] == [None, None, None]
