"""What keeps an item of minutes as an act when no vote is printed: each rule on a short excerpt of a real
corpus file (names of private persons replaced). The measure on whole files is bench/score_acts.py."""

from __future__ import annotations

from indexer.models import PageText
from indexer.recap import closing_list, named_in_list
from indexer.segment import analyse

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
