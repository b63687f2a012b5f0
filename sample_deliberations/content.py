"""Fictional communes, séances and acts rendered by generate.py.

Everything here is invented; amounts, names and votes are chosen so that questions can target them
(a subsidy voted twice with different amounts, a tariff only present on a scanned page, …).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Commune:
    name: str  # without "Commune de"
    departement: str
    maire: str
    members: tuple[str, ...]  # the maire first, civility included
    numbering: str  # how the secretariat writes act numbers, for documentation only
    siren: str


@dataclass(frozen=True)
class Vote:
    pour: int | None = None
    contre: int | None = None
    abstention: int | None = None
    unanimite: bool = False
    style: str = "colon"  # "colon", "comma", "unanimite", "unanimite_count"


@dataclass
class Act:
    number: str | None
    objet: str
    matter: str  # ACTES level 2, e.g. "7.5"
    vote: Vote
    expose: list[str]
    visas: list[str]
    articles: list[str]
    considerants: list[str] = field(default_factory=list)
    show_matter: bool = False
    rapporteur: str = "Monsieur le Maire"
    table: tuple[tuple[str, ...], ...] | None = None  # first row is the header
    table_widths: tuple[int, ...] | None = None
    debate: list[str] = field(default_factory=list)  # only printed in procès-verbaux
    facts: dict[str, str] = field(default_factory=dict)
    new_page: bool = False  # in a multi-act document, start this act on a new page
    table_as_annex: bool = False  # print the table on its own page after the signatures


@dataclass
class Seance:
    commune: Commune
    day: date
    heure: str  # "20h30"
    convocation: date
    excuses: list[str]  # members absent with an excuse
    pouvoirs: list[tuple[str, str]]  # (who gave, to whom); the giver is also excused
    absents: list[str]
    secretaire: str
    acts: list[Act] = field(default_factory=list)

    @property
    def presents(self) -> list[str]:
        away = set(self.excuses) | set(self.absents)
        return [m for m in self.commune.members if m not in away]

    @property
    def votants(self) -> int:
        return len(self.presents) + len(self.pouvoirs)


SAINT_AUBIN = Commune(
    name="Saint-Aubin-sur-Loire",
    departement="Loiret",
    maire="Monsieur Bernard LEFÈVRE",
    members=(
        "M. Bernard LEFÈVRE", "Mme Martine GIRAUD", "M. Philippe CHARPENTIER", "Mme Sylvie BOUCHER",
        "M. Jean-Marc ROUSSEAU", "Mme Nathalie PERRIN", "M. Olivier DUMAS", "Mme Catherine LEROY",
        "M. Thierry BLANCHARD", "Mme Isabelle FAURE", "M. Didier MARCHAND", "Mme Sandrine COLIN",
        "M. Laurent GAUTHIER", "Mme Émilie ROBIN", "M. Yannick HUET",
    ),
    numbering="2021-014",
    siren="214502871",
)

VALMONT = Commune(
    name="Valmont-le-Vieux",
    departement="Côte-d'Or",
    maire="Madame Claudine MOREAU",
    members=(
        "Mme Claudine MOREAU", "M. Gérard VINCENT", "Mme Hélène BARBIER", "M. Michel ARNAUD",
        "Mme Josiane CARON", "M. Patrick NOËL", "Mme Aurélie MASSON", "M. Christophe LEMAIRE",
        "Mme Danielle RENAUD", "M. Sébastien PICARD", "Mme Véronique GUÉRIN",
    ),
    numbering="DE_2022_007",
    siren="212106549",
)

FONTCLAIRE = Commune(
    name="Fontclaire",
    departement="Loiret",
    maire="Monsieur Jacques PELLETIER",
    members=(
        "M. Jacques PELLETIER", "Mme Annie ROGER", "M. Frédéric LAMBERT", "Mme Monique BERTRAND",
        "M. Alain FONTAINE", "Mme Céline HUBERT", "M. Marc DUPUIS", "Mme Brigitte LECLERC",
        "M. Romain MEUNIER", "Mme Odile GARNIER", "M. Kévin BRUNET",
    ),
    numbering="D2023-12",
    siren="214501337",
)

CGCT = "Vu le Code général des collectivités territoriales"
UNANIME = Vote(unanimite=True, style="unanimite")


# --- Saint-Aubin-sur-Loire -------------------------------------------------------------------

def sa_2019_11_28() -> Seance:
    s = Seance(
        SAINT_AUBIN, date(2019, 11, 28), "20h30", date(2019, 11, 21),
        excuses=["M. Yannick HUET", "Mme Sandrine COLIN"],
        pouvoirs=[("M. Yannick HUET", "M. Laurent GAUTHIER")],
        absents=[], secretaire="Mme Nathalie PERRIN",
    )
    s.acts.append(Act(
        number="2019-031",
        objet="Tarifs des concessions au cimetière communal à compter du 1er janvier 2020",
        matter="3.5",
        vote=Vote(pour=13, contre=0, abstention=1),
        expose=[
            "Monsieur le Maire rappelle que les tarifs des concessions funéraires n'ont pas été revus "
            "depuis le 1er janvier 2012. Il propose de les actualiser pour tenir compte de l'aménagement "
            "du nouveau columbarium et du jardin du souvenir réalisés en 2019.",
        ],
        visas=[
            f"{CGCT}, notamment ses articles L2223-13 à L2223-15",
            "Vu le règlement du cimetière communal",
        ],
        articles=[
            "De fixer comme suit les tarifs des concessions à compter du 1er janvier 2020 :",
        ],
        table=(
            ("Type de concession", "Durée", "Tarif"),
            ("Concession trentenaire (2 m²)", "30 ans", "180 euros"),
            ("Concession cinquantenaire (2 m²)", "50 ans", "320 euros"),
            ("Case de columbarium", "15 ans", "450 euros"),
            ("Dispersion au jardin du souvenir", "-", "40 euros"),
        ),
        table_widths=(90, 30, 40),
        facts={
            "concession_trentenaire": "180 euros",
            "concession_cinquantenaire": "320 euros",
            "columbarium_15_ans": "450 euros",
            "jardin_du_souvenir": "40 euros",
        },
    ))
    return s


def sa_2020_05_25() -> Seance:
    s = Seance(
        SAINT_AUBIN, date(2020, 5, 25), "19h00", date(2020, 5, 19),
        excuses=[], pouvoirs=[], absents=[], secretaire="Mme Émilie ROBIN",
    )
    s.acts.append(Act(
        number="2020-022",
        objet="Fixation des indemnités de fonction du maire et des adjoints",
        matter="5.6",
        show_matter=True,
        vote=Vote(pour=13, contre=0, abstention=2),
        expose=[
            "Monsieur le Maire rappelle que, suite au renouvellement général du conseil municipal du "
            "15 mars 2020 et à l'installation du conseil ce jour, il appartient à l'assemblée de fixer "
            "les indemnités de fonction du maire et des adjoints, dans la limite de l'enveloppe "
            "indemnitaire globale.",
            "Pour une commune de 1 000 à 3 499 habitants (population municipale : 1 842 habitants), le "
            "taux maximal est de 51,6 % de l'indice brut terminal de la fonction publique pour le maire "
            "et de 19,8 % pour chaque adjoint.",
            "Monsieur le Maire indique que les trois adjoints ont reçu délégation de fonctions par "
            "arrêtés du 26 mai 2020 (finances et personnel ; écoles et jeunesse ; travaux et "
            "urbanisme).",
        ],
        visas=[
            f"{CGCT}, notamment ses articles L2123-20 à L2123-24-1",
            "Vu le procès-verbal d'installation du conseil municipal et d'élection du maire et des "
            "adjoints en date du 25 mai 2020",
            "Vu les arrêtés municipaux du 26 mai 2020 portant délégation de fonctions aux adjoints",
        ],
        considerants=[
            "Considérant que le montant des indemnités doit respecter l'enveloppe globale constituée "
            "des indemnités maximales du maire et des adjoints en exercice",
        ],
        articles=[
            "Article 1 : Le montant de l'indemnité de fonction du maire est fixé à 51,6 % de l'indice "
            "brut terminal de l'échelle indiciaire de la fonction publique, à compter du 25 mai 2020.",
            "Article 2 : Le montant des indemnités de fonction des adjoints est fixé à 16,5 % de "
            "l'indice brut terminal pour chacun des trois adjoints, à compter de la date de leurs "
            "arrêtés de délégation.",
            "Article 3 : Les indemnités seront revalorisées automatiquement en fonction de l'évolution "
            "de la valeur du point d'indice.",
            "Article 4 : Les crédits nécessaires sont inscrits au budget communal, chapitre 65.",
            "Article 5 : Un tableau récapitulatif des indemnités allouées est annexé à la présente "
            "délibération.",
        ],
        table=(
            ("Élu", "Fonction", "Taux (% IB terminal)"),
            ("M. Bernard LEFÈVRE", "Maire", "51,6 %"),
            ("Mme Martine GIRAUD", "1re adjointe", "16,5 %"),
            ("M. Philippe CHARPENTIER", "2e adjoint", "16,5 %"),
            ("Mme Sylvie BOUCHER", "3e adjointe", "16,5 %"),
        ),
        table_widths=(70, 50, 50),
        table_as_annex=True,
        facts={
            "taux_maire": "51,6 %",
            "taux_adjoints": "16,5 %",
            "population": "1 842 habitants",
        },
    ))
    return s


def sa_2021_03_12() -> Seance:
    s = Seance(
        SAINT_AUBIN, date(2021, 3, 12), "20h30", date(2021, 3, 5),
        excuses=["Mme Catherine LEROY", "M. Didier MARCHAND"],
        pouvoirs=[("Mme Catherine LEROY", "Mme Isabelle FAURE")],
        absents=["M. Yannick HUET"], secretaire="Mme Sylvie BOUCHER",
    )
    s.acts.append(Act(
        number="2021-012", objet="Approbation du compte de gestion 2020 du receveur municipal",
        matter="7.1", vote=UNANIME, expose=[], visas=[], articles=[],
    ))
    s.acts.append(Act(
        number="2021-013", objet="Vote du compte administratif 2020", matter="7.1",
        vote=Vote(pour=12, contre=0, abstention=0, style="comma"), expose=[], visas=[], articles=[],
    ))
    s.acts.append(Act(
        number="2021-014",
        objet="Attribution d'une subvention à l'Association Sportive de Saint-Aubin (football)",
        matter="7.5",
        show_matter=True,
        vote=Vote(pour=11, contre=1, abstention=1),
        expose=[
            "Monsieur le Maire expose que l'Association Sportive de Saint-Aubin (football), présidée "
            "par M. Jérôme Vasseur, compte cette saison 96 licenciés dont 58 jeunes de moins de 18 ans. "
            "L'association sollicite une aide de la commune pour l'achat d'équipements (ballons, "
            "maillots, buts mobiles pour l'école de football) et les frais de déplacement des équipes "
            "de jeunes.",
            "La commission Vie associative, réunie le 2 mars 2021, a émis un avis favorable à "
            "l'attribution d'une subvention de fonctionnement de 1 500 euros.",
            "Le club organise par ailleurs le tournoi de jeunes de Pentecôte, qui a accueilli 24 "
            "équipes en 2019.",
        ],
        visas=[
            f"{CGCT}, notamment son article L2311-7",
            "Vu la demande de subvention présentée par l'association le 18 janvier 2021",
            "Vu le budget primitif 2021",
        ],
        considerants=[
            "Considérant l'intérêt local que présente l'action de l'association en faveur de la "
            "pratique sportive des jeunes de la commune",
        ],
        articles=[
            "Article 1 : D'attribuer une subvention de 1 500 euros (mille cinq cents euros) à "
            "l'Association Sportive de Saint-Aubin (football) au titre de l'année 2021.",
            "Article 2 : Dit que la dépense sera imputée à l'article 6574 du budget communal 2021.",
            "Article 3 : D'autoriser Monsieur le Maire à signer tout document relatif à ce dossier.",
        ],
        facts={
            "montant": "1 500 euros",
            "beneficiaire": "Association Sportive de Saint-Aubin (football)",
            "annee": "2021",
            "imputation": "article 6574",
            "licencies": "96",
        },
    ))
    s.acts.append(Act(
        number="2021-015",
        objet="Tarifs de la restauration scolaire (cantine) à compter du 1er septembre 2021",
        matter="8.1",
        vote=UNANIME,
        expose=[
            "Monsieur le Maire expose que le marché de fourniture des repas de la cantine scolaire, "
            "attribué à la société Restauval, prend fin le 31 août 2021. Le nouveau marché, conclu pour "
            "trois ans, prévoit un prix unitaire du repas livré de 3,05 € HT, soit une hausse de 6 % "
            "liée à l'introduction de 50 % de produits durables dont 20 % issus de l'agriculture "
            "biologique (loi EGalim).",
            "Le coût de revient complet d'un repas, en tenant compte du personnel de service, des "
            "fluides et de l'entretien de la salle, est estimé à 7,40 €. La commune prend en charge "
            "la différence entre ce coût et le tarif payé par les familles.",
            "Il est proposé de fixer le prix du repas enfant à 3,20 € (contre 3,05 € depuis 2018) et de "
            "maintenir une tarification réduite pour les familles dont le quotient familial est "
            "inférieur à 700 euros, ainsi qu'un tarif pour les repas des adultes (enseignants, "
            "personnel communal).",
            "La commission Écoles et jeunesse, réunie le 25 février 2021, a examiné plusieurs "
            "scénarios : une hausse limitée au coût du nouveau marché (3,15 €), une hausse alignée sur "
            "les communes voisines (3,30 €) et la solution retenue (3,20 €). Elle a également proposé "
            "de maintenir la gratuité du goûter de la garderie périscolaire.",
            "Monsieur le Maire rappelle que 142 enfants sont inscrits à la cantine et que 21 familles "
            "bénéficient aujourd'hui du tarif réduit. La recette attendue pour l'année scolaire "
            "2021-2022 est estimée à 61 300 €, pour une dépense totale de 141 800 €.",
            "Il est précisé que les repas non décommandés 48 heures à l'avance seront facturés, sauf "
            "absence pour maladie justifiée par un certificat médical, et que le tarif des repas "
            "servis aux enfants bénéficiant d'un projet d'accueil individualisé (PAI) avec panier "
            "repas fourni par la famille est fixé à 1,10 € pour couvrir les frais de surveillance.",
        ],
        visas=[
            f"{CGCT}, notamment son article L2121-29",
            "Vu le Code de l'éducation, notamment ses articles R531-52 et R531-53",
            "Vu l'avis de la commission Écoles et jeunesse du 25 février 2021",
        ],
        considerants=[
            "Considérant que les tarifs de la restauration scolaire ne peuvent excéder le coût par "
            "usager résultant des charges supportées au titre du service",
        ],
        articles=[
            "Article 1 : De fixer comme suit les tarifs de la restauration scolaire à compter du "
            "1er septembre 2021 :",
            "Article 2 : Les repas sont facturés mensuellement aux familles par la régie de recettes "
            "de la restauration scolaire.",
            "Article 3 : La délibération n° 2018-027 du 22 juin 2018 est abrogée à compter du "
            "1er septembre 2021.",
        ],
        table=(
            ("Catégorie", "Prix du repas"),
            ("Repas enfant", "3,20 €"),
            ("Repas enfant - quotient familial inférieur à 700 euros", "2,10 €"),
            ("Repas enfant avec panier repas (PAI)", "1,10 €"),
            ("Repas adulte", "5,60 €"),
        ),
        table_widths=(120, 40),
        facts={
            "tarif_repas_enfant": "3,20 €",
            "ancien_tarif": "3,05 €",
            "tarif_reduit": "2,10 €",
            "tarif_adulte": "5,60 €",
            "prestataire": "Restauval",
            "date_effet": "1er septembre 2021",
        },
    ))
    s.acts.append(Act(
        number="2021-016",
        objet="Création d'un poste d'adjoint technique territorial à temps non complet (28/35e)",
        matter="4.1", vote=UNANIME, expose=[], visas=[], articles=[],
    ))
    s.acts.append(Act(
        number="2021-017", objet="Vote des taux d'imposition 2021", matter="7.2",
        vote=Vote(pour=10, contre=2, abstention=1, style="comma"), expose=[], visas=[], articles=[],
    ))
    s.acts.append(Act(
        number="2021-018",
        objet="Demande de subvention DETR pour la rénovation de la toiture de l'école",
        matter="7.5", vote=UNANIME, expose=[], visas=[], articles=[],
    ))
    return s


def sa_2022_09_29() -> Seance:
    s = Seance(
        SAINT_AUBIN, date(2022, 9, 29), "20h00", date(2022, 9, 22),
        excuses=["M. Olivier DUMAS", "Mme Émilie ROBIN"],
        pouvoirs=[("M. Olivier DUMAS", "M. Jean-Marc ROUSSEAU")],
        absents=[], secretaire="M. Laurent GAUTHIER",
    )
    s.acts.append(Act(
        number="2022-041",
        objet="Travaux de voirie 2022 : attribution du marché de réfection de la rue des Tilleuls "
        "et du chemin des Vignes",
        matter="1.1",
        rapporteur="M. Philippe CHARPENTIER, adjoint chargé des travaux",
        vote=Vote(pour=12, contre=0, abstention=2),
        expose=[
            "M. Philippe CHARPENTIER rappelle qu'une consultation en procédure adaptée a été lancée le "
            "4 juillet 2022 pour la réfection de la chaussée de la rue des Tilleuls (420 mètres) et du "
            "chemin des Vignes (310 mètres). Quatre entreprises ont remis une offre avant le 5 août 2022.",
            "Après analyse des offres selon les critères du règlement de consultation (prix 60 %, "
            "valeur technique 40 %), la commission d'appel d'offres propose de retenir l'offre de "
            "l'entreprise Berthier TP (Jargeau), économiquement la plus avantageuse, pour un montant de "
            "68 420,50 euros HT, soit 82 104,60 euros TTC.",
        ],
        visas=[
            f"{CGCT}",
            "Vu le Code de la commande publique, notamment son article R2123-1",
            "Vu le rapport d'analyse des offres du 12 septembre 2022",
        ],
        articles=[
            "Article 1 : D'attribuer le marché de réfection de la rue des Tilleuls et du chemin des "
            "Vignes à l'entreprise Berthier TP pour un montant de 68 420,50 euros HT.",
            "Article 2 : D'autoriser Monsieur le Maire à signer le marché et toute pièce s'y rapportant.",
            "Article 3 : Les crédits sont inscrits au budget 2022, opération 214 « Voirie communale ».",
        ],
        debate=[
            "M. Didier MARCHAND demande si les riverains du chemin des Vignes seront prévenus de la "
            "fermeture de la voie. M. CHARPENTIER répond qu'un courrier sera distribué et que les "
            "travaux, prévus du 17 octobre au 10 novembre 2022, se feront sous circulation alternée.",
            "Mme Isabelle FAURE regrette que les trottoirs de la rue des Tilleuls ne soient pas "
            "compris dans le marché ; Monsieur le Maire indique qu'ils feront l'objet d'une tranche "
            "ultérieure en 2023.",
        ],
        facts={
            "entreprise": "Berthier TP",
            "montant_ht": "68 420,50 euros HT",
            "montant_ttc": "82 104,60 euros TTC",
            "voies": "rue des Tilleuls et chemin des Vignes",
        },
    ))
    s.acts.append(Act(
        number="2022-042",
        objet="Modification simplifiée n° 1 du Plan Local d'Urbanisme (PLU) : modalités de mise à "
        "disposition du public",
        matter="2.1",
        vote=UNANIME,
        new_page=True,
        expose=[
            "Monsieur le Maire expose que le Plan Local d'Urbanisme approuvé le 14 décembre 2017 "
            "comporte une erreur matérielle dans le règlement de la zone UB (hauteur maximale des "
            "annexes fixée à 2,50 mètres au lieu de 3,50 mètres) et qu'il convient d'autoriser les "
            "panneaux photovoltaïques sur les toitures en zone A.",
            "Ces évolutions relèvent de la procédure de modification simplifiée. Le dossier sera mis "
            "à disposition du public pendant un mois, du 2 novembre au 2 décembre 2022, en mairie aux "
            "heures d'ouverture, avec un registre permettant de formuler des observations.",
        ],
        visas=[
            f"{CGCT}",
            "Vu le Code de l'urbanisme, notamment ses articles L153-45 à L153-48",
            "Vu l'arrêté du maire du 12 septembre 2022 engageant la modification simplifiée n° 1 du PLU",
        ],
        articles=[
            "Article 1 : De fixer les modalités de mise à disposition du public du dossier de "
            "modification simplifiée n° 1 du PLU du 2 novembre au 2 décembre 2022 inclus.",
            "Article 2 : Un avis précisant ces modalités sera publié dans la presse locale et affiché "
            "en mairie au moins huit jours avant le début de la mise à disposition.",
        ],
        debate=[
            "M. Thierry BLANCHARD demande si la modification permettra l'installation de fermes "
            "solaires au sol. Monsieur le Maire répond que seules les toitures des bâtiments agricoles "
            "sont concernées.",
        ],
        facts={
            "procedure": "modification simplifiée n° 1",
            "mise_a_disposition": "du 2 novembre au 2 décembre 2022",
            "zone": "UB et A",
        },
    ))
    s.acts.append(Act(
        number="2022-043",
        objet="Vente d'un terrain communal cadastré section ZB n° 112 au lieu-dit « Les Grands "
        "Champs »",
        matter="3.2",
        vote=Vote(pour=13, contre=1, abstention=0),
        expose=[
            "Monsieur le Maire informe l'assemblée que M. et Mme Tessier, domiciliés 8 impasse des "
            "Grands Champs, souhaitent acquérir la parcelle communale cadastrée section ZB n° 112, "
            "d'une superficie de 1 250 m², contiguë à leur propriété. Ce terrain, classé en zone UB, "
            "n'est pas affecté à un service public.",
            "Le service du Domaine, consulté le 3 août 2022, a estimé la valeur vénale du bien à "
            "36 000 euros. Après négociation, les acquéreurs proposent le prix de 37 500 euros, frais "
            "de notaire et de bornage à leur charge.",
        ],
        visas=[
            f"{CGCT}, notamment son article L2241-1",
            "Vu le Code général de la propriété des personnes publiques",
            "Vu l'avis du Domaine n° 2022-45287-61234 du 3 août 2022",
        ],
        articles=[
            "Article 1 : De céder à M. et Mme Tessier la parcelle cadastrée section ZB n° 112 "
            "(1 250 m²) au prix de 37 500 euros.",
            "Article 2 : Les frais d'acte notarié et de bornage sont à la charge des acquéreurs.",
            "Article 3 : D'autoriser Monsieur le Maire à signer l'acte de vente auprès de l'étude de "
            "Maître Delorme, notaire à Châteauneuf-sur-Loire.",
        ],
        debate=[
            "Mme Nathalie PERRIN s'oppose à la vente : elle estime que la commune devrait conserver "
            "ce terrain pour un futur projet de logements pour personnes âgées. Monsieur le Maire "
            "rappelle que la parcelle, enclavée, ne se prête pas à un tel projet.",
        ],
        facts={
            "parcelle": "section ZB n° 112",
            "surface": "1 250 m²",
            "prix": "37 500 euros",
            "acquereurs": "M. et Mme Tessier",
            "estimation_domaine": "36 000 euros",
        },
    ))
    s.acts.append(Act(
        number="2022-044",
        objet="Décision modificative n° 2 du budget principal 2022",
        matter="7.1",
        vote=UNANIME,
        expose=[
            "M. Philippe CHARPENTIER, en l'absence de l'adjointe aux finances, présente la décision "
            "modificative n° 2, nécessaire pour financer le surcoût des dépenses d'énergie et ajuster "
            "les crédits de l'opération de voirie.",
        ],
        visas=[f"{CGCT}, notamment ses articles L1612-11 et L2311-1", "Vu le budget primitif 2022"],
        articles=["Article unique : D'adopter la décision modificative n° 2 suivante :"],
        table=(
            ("Section / article", "Libellé", "Montant"),
            ("F - 60612", "Énergie - électricité", "+ 14 000,00 euros"),
            ("F - 022", "Dépenses imprévues", "- 14 000,00 euros"),
            ("I - 2151 / op. 214", "Réseaux de voirie", "+ 9 500,00 euros"),
            ("I - 2313", "Constructions", "- 9 500,00 euros"),
        ),
        table_widths=(45, 75, 50),
        facts={"energie": "+ 14 000,00 euros", "voirie": "+ 9 500,00 euros"},
    ))
    s.acts.append(Act(
        number="2022-045",
        objet="Tarifs de location de la salle des fêtes à compter du 1er janvier 2023",
        matter="7.10",
        vote=Vote(pour=10, contre=2, abstention=2),
        new_page=True,
        expose=[
            "Monsieur le Maire propose de revoir les tarifs de location de la salle des fêtes, "
            "inchangés depuis 2016, compte tenu de la hausse du coût du chauffage et de l'électricité.",
        ],
        visas=[f"{CGCT}", "Vu le règlement intérieur de la salle des fêtes"],
        articles=["Article 1 : De fixer les tarifs suivants à compter du 1er janvier 2023 :",
                  "Article 2 : Une caution de 800 euros est demandée à la réservation."],
        table=(
            ("Location", "Habitants de la commune", "Extérieurs"),
            ("Week-end (du samedi 9 h au lundi 9 h)", "250 euros", "450 euros"),
            ("Journée en semaine", "120 euros", "220 euros"),
            ("Associations communales", "gratuit (2 fois par an)", "-"),
        ),
        table_widths=(80, 50, 40),
        debate=[
            "M. Jean-Marc ROUSSEAU et Mme Nathalie PERRIN jugent la hausse trop forte pour les "
            "familles de la commune et proposent 200 euros pour le week-end. Cette proposition est "
            "mise aux voix et rejetée (4 voix pour, 10 voix contre).",
        ],
        facts={
            "weekend_habitants": "250 euros",
            "weekend_exterieurs": "450 euros",
            "caution": "800 euros",
            "amendement_rejete": "200 euros",
        },
    ))
    s.acts.append(Act(
        number="2022-046",
        objet="Adoption de la nomenclature budgétaire et comptable M57 au 1er janvier 2023",
        matter="7.1",
        vote=UNANIME,
        expose=[
            "Monsieur le Maire expose que la nomenclature M57 deviendra obligatoire pour toutes les "
            "collectivités au 1er janvier 2024. Le comptable public a émis un avis favorable au "
            "passage anticipé de la commune au 1er janvier 2023, sous sa forme abrégée.",
        ],
        visas=[f"{CGCT}", "Vu l'avis favorable du comptable public du 6 septembre 2022"],
        articles=["Article 1 : D'adopter la nomenclature M57 abrégée à compter du 1er janvier 2023.",
                  "Article 2 : De fixer la durée d'amortissement des biens selon le tableau annexé."],
        facts={"date_effet": "1er janvier 2023", "nomenclature": "M57 abrégée"},
    ))
    return s


def sa_2023_04_06() -> Seance:
    s = Seance(
        SAINT_AUBIN, date(2023, 4, 6), "20h30", date(2023, 3, 30),
        excuses=["M. Didier MARCHAND"],
        pouvoirs=[("M. Didier MARCHAND", "Mme Martine GIRAUD")],
        absents=[], secretaire="Mme Isabelle FAURE",
    )
    s.acts.append(Act(number="2023-007", objet="Vote du budget primitif 2023", matter="7.1",
                      vote=UNANIME, expose=[], visas=[], articles=[]))
    s.acts.append(Act(
        number="2023-008",
        objet="Subvention 2023 à l'Association Sportive de Saint-Aubin (football)",
        matter="7.5",
        vote=Vote(pour=14, contre=0, abstention=1, style="comma"),
        expose=[
            "Monsieur le Maire expose que l'Association Sportive de Saint-Aubin (football) a créé une "
            "équipe féminine à la rentrée 2022 et compte désormais 118 licenciés. Elle sollicite une "
            "subvention de 2 000 euros.",
            "Compte tenu des contraintes budgétaires, la commission Vie associative propose de porter "
            "la subvention de 1 500 euros à 1 800 euros, la commune prenant par ailleurs en charge "
            "l'entretien du terrain d'honneur.",
        ],
        visas=[f"{CGCT}, notamment son article L2311-7", "Vu le budget primitif 2023 voté ce jour"],
        articles=[
            "Article 1 : D'attribuer une subvention de 1 800 euros à l'Association Sportive de "
            "Saint-Aubin (football) pour l'année 2023.",
            "Article 2 : La dépense est imputée à l'article 6574 du budget 2023.",
        ],
        facts={
            "montant": "1 800 euros",
            "montant_demande": "2 000 euros",
            "beneficiaire": "Association Sportive de Saint-Aubin (football)",
            "annee": "2023",
            "licencies": "118",
        },
    ))
    s.acts.append(Act(
        number="2023-009",
        objet="Prix de l'eau potable et redevance d'assainissement collectif pour l'année 2023",
        matter="8.8",
        show_matter=True,
        vote=Vote(pour=12, contre=1, abstention=2),
        expose=[
            "Monsieur le Maire rappelle que la commune exploite en régie le service de l'eau potable "
            "et le service de l'assainissement collectif. Les travaux de renouvellement de la "
            "canalisation de la rue de la Loire (2022) et la mise aux normes de la station "
            "d'épuration imposent une hausse des tarifs.",
            "Pour une consommation de référence de 120 m³, la facture annuelle d'un abonné passe de "
            "414,00 euros à 437,40 euros, soit une hausse de 5,7 %.",
        ],
        visas=[
            f"{CGCT}, notamment ses articles L2224-1 à L2224-12-5",
            "Vu le rapport sur le prix et la qualité du service de l'eau 2021",
        ],
        articles=["Article 1 : De fixer comme suit les tarifs applicables aux consommations à compter "
                  "du 1er mai 2023 :"],
        table=(
            ("Service", "Part fixe (abonnement annuel)", "Part variable"),
            ("Eau potable", "42,00 euros", "1,45 euros / m³"),
            ("Assainissement collectif", "30,00 euros", "1,80 euros / m³"),
        ),
        table_widths=(55, 60, 55),
        facts={
            "eau_part_variable": "1,45 euros / m³",
            "eau_abonnement": "42,00 euros",
            "assainissement_part_variable": "1,80 euros / m³",
            "assainissement_abonnement": "30,00 euros",
            "facture_120_m3": "437,40 euros",
            "date_effet": "1er mai 2023",
        },
    ))
    s.acts.append(Act(
        number="2023-010",
        objet="Éclairage public : remplacement de 84 luminaires par des lanternes LED et fonds de "
        "concours au syndicat d'énergie",
        matter="7.8", vote=UNANIME, expose=[], visas=[], articles=[],
    ))
    return s


def sa_2024_03_28() -> Seance:
    s = Seance(
        SAINT_AUBIN, date(2024, 3, 28), "20h00", date(2024, 3, 21),
        excuses=["Mme Sandrine COLIN", "M. Thierry BLANCHARD", "Mme Catherine LEROY"],
        pouvoirs=[("Mme Sandrine COLIN", "Mme Sylvie BOUCHER"),
                  ("M. Thierry BLANCHARD", "M. Laurent GAUTHIER")],
        absents=["M. Yannick HUET"], secretaire="Mme Nathalie PERRIN",
    )
    s.acts.append(Act(
        number="2024-011", objet="Vote du compte administratif 2023", matter="7.1",
        rapporteur="Mme Martine GIRAUD, adjointe chargée des finances",
        vote=Vote(pour=12, contre=0, abstention=0, style="comma"),
        expose=[
            "Mme Martine GIRAUD présente le compte administratif 2023. Monsieur le Maire quitte la "
            "salle au moment du vote ; la présidence est assurée par Mme GIRAUD.",
            "Section de fonctionnement : dépenses 1 103 842,17 euros, recettes 1 298 611,40 euros, "
            "soit un excédent de 194 769,23 euros. Section d'investissement : dépenses 487 215,60 euros, "
            "recettes 402 930,12 euros, soit un déficit de 84 285,48 euros.",
        ],
        visas=[f"{CGCT}, notamment son article L2121-14", "Vu le compte de gestion 2023"],
        articles=["Article unique : D'approuver le compte administratif 2023 du budget principal."],
        facts={"excedent_fonctionnement": "194 769,23 euros", "deficit_investissement": "84 285,48 euros"},
    ))
    s.acts.append(Act(
        number="2024-012", objet="Affectation du résultat de fonctionnement 2023", matter="7.1",
        vote=UNANIME,
        expose=["Le résultat de fonctionnement 2023 s'élève à 194 769,23 euros."],
        visas=[f"{CGCT}", "Vu le compte administratif 2023"],
        articles=["Article 1 : D'affecter 84 285,48 euros au compte 1068 (couverture du besoin de "
                  "financement de la section d'investissement) et de reporter 110 483,75 euros en "
                  "recettes de fonctionnement (ligne 002)."],
        facts={"compte_1068": "84 285,48 euros", "report_002": "110 483,75 euros"},
    ))
    s.acts.append(Act(
        number="2024-013", objet="Vote du budget primitif 2024", matter="7.1",
        rapporteur="Mme Martine GIRAUD, adjointe chargée des finances",
        vote=Vote(pour=11, contre=2, abstention=0),
        new_page=True,
        expose=[
            "Mme Martine GIRAUD présente le budget primitif 2024, qui s'équilibre en dépenses et en "
            "recettes à 1 245 300 euros en section de fonctionnement et à 612 800 euros en section "
            "d'investissement. Les principales opérations d'investissement sont la rénovation de la "
            "toiture de l'école (185 000 euros), les trottoirs de la rue des Tilleuls (64 000 euros) "
            "et l'acquisition d'un véhicule utilitaire électrique (32 000 euros).",
        ],
        visas=[f"{CGCT}, notamment ses articles L2311-1 et suivants",
               "Vu le débat d'orientation budgétaire du 29 février 2024"],
        articles=["Article unique : D'adopter le budget primitif 2024 du budget principal, voté par "
                  "chapitre, arrêté comme suit :"],
        table=(
            ("Section", "Dépenses", "Recettes"),
            ("Fonctionnement", "1 245 300,00 euros", "1 245 300,00 euros"),
            ("Investissement", "612 800,00 euros", "612 800,00 euros"),
        ),
        table_widths=(50, 60, 60),
        debate=[
            "M. Jean-Marc ROUSSEAU et Mme Nathalie PERRIN annoncent qu'ils voteront contre, estimant "
            "que l'achat du véhicule électrique n'est pas prioritaire.",
        ],
        facts={
            "fonctionnement": "1 245 300 euros",
            "investissement": "612 800 euros",
            "toiture_ecole": "185 000 euros",
            "trottoirs_tilleuls": "64 000 euros",
        },
    ))
    s.acts.append(Act(
        number="2024-014", objet="Vote des taux d'imposition 2024", matter="7.2",
        vote=UNANIME,
        expose=["Monsieur le Maire propose de maintenir les taux d'imposition de 2023."],
        visas=[f"{CGCT}", "Vu le Code général des impôts, notamment son article 1639 A"],
        articles=["Article 1 : De fixer les taux 2024 comme suit : taxe foncière sur les propriétés "
                  "bâties 38,52 % ; taxe foncière sur les propriétés non bâties 52,10 %."],
        facts={"tfpb": "38,52 %", "tfpnb": "52,10 %"},
    ))
    s.acts.append(Act(
        number="2024-015", objet="Attribution des subventions aux associations pour 2024", matter="7.5",
        show_matter=True,
        vote=Vote(pour=13, contre=0, abstention=0, unanimite=True, style="unanimite_count"),
        expose=["Mme Sylvie BOUCHER, adjointe chargée de la vie associative, présente les propositions "
                "de la commission Vie associative du 12 mars 2024."],
        visas=[f"{CGCT}, notamment son article L2311-7", "Vu le budget primitif 2024"],
        articles=["Article 1 : D'attribuer les subventions suivantes pour l'année 2024 :",
                  "Article 2 : Les crédits sont inscrits à l'article 6574 du budget 2024."],
        table=(
            ("Association", "Montant 2024"),
            ("Association Sportive de Saint-Aubin (football)", "1 800 euros"),
            ("Comité des fêtes de Saint-Aubin", "1 200 euros"),
            ("Coopérative scolaire de l'école Jules-Verne", "900 euros"),
            ("Club des aînés « Les Bords de Loire »", "400 euros"),
            ("Association de pêche « La Gaule aubinoise »", "250 euros"),
            ("Total", "4 550 euros"),
        ),
        table_widths=(120, 40),
        facts={
            "football": "1 800 euros",
            "comite_des_fetes": "1 200 euros",
            "cooperative_scolaire": "900 euros",
            "club_des_aines": "400 euros",
            "peche": "250 euros",
            "total": "4 550 euros",
        },
    ))
    s.acts.append(Act(
        number="2024-016",
        objet="Modification du tableau des effectifs : création d'un poste d'adjoint administratif "
        "principal de 2e classe à temps complet",
        matter="4.1",
        vote=UNANIME,
        expose=[
            "Monsieur le Maire expose que l'agent d'accueil de la mairie, actuellement adjoint "
            "administratif, est inscrit sur la liste d'aptitude après réussite à l'examen "
            "professionnel. Il propose de créer le poste correspondant et de supprimer l'ancien poste "
            "après avis du comité social territorial.",
        ],
        visas=[f"{CGCT}", "Vu le Code général de la fonction publique, notamment son article L313-1",
               "Vu le tableau des effectifs adopté le 7 décembre 2023"],
        articles=["Article 1 : De créer, à compter du 1er mai 2024, un poste d'adjoint administratif "
                  "principal de 2e classe à temps complet (35/35e).",
                  "Article 2 : De modifier le tableau des effectifs en conséquence."],
        facts={"grade": "adjoint administratif principal de 2e classe", "date_effet": "1er mai 2024",
               "temps": "temps complet"},
    ))
    s.acts.append(Act(
        number="2024-017",
        objet="Adhésion de la commune au Syndicat mixte de la fourrière animale du Loiret",
        matter="5.7",
        vote=Vote(pour=12, contre=0, abstention=1),
        expose=[
            "Monsieur le Maire rappelle que chaque commune doit disposer d'une fourrière pour les "
            "animaux errants. La convention avec le refuge de Sully-sur-Loire prend fin le 30 juin "
            "2024. L'adhésion au syndicat mixte coûte 0,85 euro par habitant et par an, soit environ "
            "1 570 euros.",
        ],
        visas=[f"{CGCT}, notamment ses articles L5211-18 et L5721-2", "Vu le Code rural, article L211-24",
               "Vu les statuts du Syndicat mixte de la fourrière animale du Loiret"],
        articles=["Article 1 : D'approuver l'adhésion de la commune au Syndicat mixte de la fourrière "
                  "animale du Loiret à compter du 1er juillet 2024.",
                  "Article 2 : De désigner Mme Émilie ROBIN déléguée titulaire et M. Laurent GAUTHIER "
                  "délégué suppléant."],
        debate=[
            "Mme Émilie ROBIN demande si le syndicat assure aussi la capture des chats errants. "
            "Monsieur le Maire répond que oui, dans le cadre des campagnes de stérilisation.",
        ],
        facts={"cotisation": "0,85 euro par habitant", "cout_annuel": "1 570 euros",
               "date_effet": "1er juillet 2024", "delegue_titulaire": "Mme Émilie ROBIN"},
    ))
    return s


# --- Valmont-le-Vieux ------------------------------------------------------------------------

def va_2019_06_14() -> Seance:
    s = Seance(
        VALMONT, date(2019, 6, 14), "20h00", date(2019, 6, 7),
        excuses=["M. Sébastien PICARD", "Mme Josiane CARON"],
        pouvoirs=[("Mme Josiane CARON", "Mme Hélène BARBIER")],
        absents=[], secretaire="M. Christophe LEMAIRE",
    )
    s.acts.append(Act(
        number="DE_2019_018",
        objet="Subvention à l'association Les Amis du Patrimoine de Valmont",
        matter="7.5",
        rapporteur="Madame le Maire",
        vote=Vote(pour=9, contre=0, abstention=1, style="comma"),
        expose=[
            "Madame le Maire présente la demande de l'association Les Amis du Patrimoine de Valmont, "
            "qui organise le 21 septembre 2019 les Journées du patrimoine à l'église Saint-Martin et "
            "restaure le lavoir de la rue Basse.",
        ],
        visas=[f"{CGCT}", "Vu la demande de l'association du 2 mai 2019"],
        articles=["Article 1 : D'attribuer une subvention de 600 euros à l'association Les Amis du "
                  "Patrimoine de Valmont pour l'année 2019.",
                  "Article 2 : La dépense est inscrite à l'article 6574 du budget 2019."],
        facts={"montant": "600 euros", "beneficiaire": "Les Amis du Patrimoine de Valmont"},
    ))
    s.acts.append(Act(
        number="DE_2019_019",
        objet="Participation aux frais de fonctionnement du regroupement pédagogique intercommunal "
        "(RPI) Valmont-Brémur",
        matter="8.1",
        rapporteur="Madame le Maire",
        vote=UNANIME,
        new_page=True,
        expose=[
            "Madame le Maire expose que la participation de la commune aux frais de fonctionnement "
            "de l'école du RPI, située à Brémur, est calculée au prorata du nombre d'élèves : 23 "
            "enfants de Valmont-le-Vieux sur 61 élèves à la rentrée 2018.",
        ],
        visas=[f"{CGCT}", "Vu le Code de l'éducation, article L212-8",
               "Vu la convention du RPI du 3 juillet 2015"],
        articles=["Article 1 : D'approuver la participation de la commune pour l'année scolaire "
                  "2018-2019, soit 23 élèves x 720 euros = 16 560 euros.",
                  "Article 2 : D'autoriser Madame le Maire à mandater cette somme à la commune de Brémur."],
        facts={"eleves": "23", "cout_par_eleve": "720 euros", "montant": "16 560 euros"},
    ))
    return s


def va_2020_10_09() -> Seance:
    s = Seance(
        VALMONT, date(2020, 10, 9), "20h30", date(2020, 10, 2),
        excuses=["Mme Aurélie MASSON"],
        pouvoirs=[("Mme Aurélie MASSON", "M. Gérard VINCENT")],
        absents=[], secretaire="Mme Danielle RENAUD",
    )
    s.acts.append(Act(
        number="DE_2020_027",
        objet="Travaux de voirie : attribution du marché de réfection de la route de la Combe",
        matter="1.1",
        rapporteur="Madame le Maire",
        vote=Vote(pour=10, contre=0, abstention=1),
        expose=[
            "Madame le Maire rappelle que la route de la Combe (VC n° 4) est très dégradée sur "
            "1,2 kilomètre. Trois entreprises ont été consultées. L'offre la mieux disante est celle "
            "de l'entreprise Roussel TP (Is-sur-Tille) pour 48 650,00 euros HT.",
        ],
        visas=[f"{CGCT}", "Vu le Code de la commande publique"],
        articles=["Article 1 : De retenir l'offre de l'entreprise Roussel TP pour un montant de "
                  "48 650,00 euros HT, soit 58 380,00 euros TTC.",
                  "Article 2 : De solliciter une subvention du Département au titre du programme "
                  "Village Côte-d'Or."],
        facts={"entreprise": "Roussel TP", "montant_ht": "48 650,00 euros HT",
               "montant_ttc": "58 380,00 euros TTC", "voie": "route de la Combe"},
    ))
    s.acts.append(Act(
        number="DE_2020_028",
        objet="Rapport annuel 2019 sur le prix et la qualité du service public d'eau potable",
        matter="8.8",
        rapporteur="Madame le Maire",
        vote=UNANIME,
        new_page=True,
        expose=[
            "Madame le Maire présente le rapport annuel 2019 du service d'eau potable. Le service "
            "dessert 212 abonnés ; le volume facturé est de 21 480 m³. Le rendement du réseau est de "
            "78,5 %. Le prix du m³ d'eau pour une facture de 120 m³ est de 2,31 euros TTC. La qualité "
            "de l'eau distribuée a été conforme à 100 % des analyses de l'ARS.",
        ],
        visas=[f"{CGCT}, notamment son article L2224-5"],
        articles=["Article unique : De prendre acte du rapport 2019 sur le prix et la qualité du "
                  "service public d'eau potable."],
        facts={"abonnes": "212", "rendement": "78,5 %", "prix_m3": "2,31 euros TTC",
               "volume": "21 480 m³"},
    ))
    return s


def va_2021_12_10() -> Seance:
    s = Seance(
        VALMONT, date(2021, 12, 10), "19h30", date(2021, 12, 3),
        excuses=["M. Michel ARNAUD", "M. Patrick NOËL", "Mme Véronique GUÉRIN"],
        pouvoirs=[("M. Patrick NOËL", "Mme Claudine MOREAU")],
        absents=[], secretaire="M. Gérard VINCENT",
    )
    s.acts.append(Act(
        number="DE_2021_041",
        objet="Recrutement d'un agent contractuel pour un accroissement temporaire d'activité au "
        "service technique",
        matter="4.2",
        rapporteur="Madame le Maire",
        show_matter=True,
        vote=Vote(pour=8, contre=1, abstention=0),
        expose=[
            "Madame le Maire expose que l'agent technique communal est en congé de maladie de longue "
            "durée et que l'entretien des espaces verts et du cimetière ne peut plus être assuré. Elle "
            "propose de recruter un agent contractuel pour une durée de six mois.",
        ],
        visas=[f"{CGCT}", "Vu le Code général de la fonction publique, notamment son article L332-23 1°"],
        articles=["Article 1 : D'autoriser le recrutement d'un agent contractuel sur un emploi "
                  "d'adjoint technique à temps non complet (20/35e) du 3 janvier au 30 juin 2022.",
                  "Article 2 : La rémunération est fixée sur la base du 1er échelon du grade d'adjoint "
                  "technique territorial."],
        facts={"duree": "six mois", "temps": "20/35e", "periode": "du 3 janvier au 30 juin 2022"},
    ))
    return s


def va_2022_04_08() -> Seance:
    s = Seance(
        VALMONT, date(2022, 4, 8), "20h00", date(2022, 4, 1),
        excuses=["M. Sébastien PICARD"], pouvoirs=[], absents=[], secretaire="Mme Hélène BARBIER",
    )
    s.acts.append(Act(
        number="DE_2022_007",
        objet="Vote du budget primitif 2022",
        matter="7.1",
        rapporteur="Madame le Maire",
        vote=Vote(pour=9, contre=0, abstention=1),
        expose=[
            "Madame le Maire présente le budget primitif 2022. La section de fonctionnement "
            "s'équilibre à 312 450 euros et la section d'investissement à 186 900 euros. "
            "L'investissement principal est la réfection de la toiture du lavoir de la rue Basse "
            "(58 000 euros), subventionnée à 40 % par la DETR.",
        ],
        visas=[f"{CGCT}, notamment ses articles L2311-1 à L2343-2"],
        articles=["Article unique : D'adopter le budget primitif 2022 arrêté à 312 450 euros en "
                  "fonctionnement et 186 900 euros en investissement."],
        facts={"fonctionnement": "312 450 euros", "investissement": "186 900 euros",
               "lavoir": "58 000 euros"},
    ))
    return s


def va_2023_02_17() -> Seance:
    s = Seance(
        VALMONT, date(2023, 2, 17), "20h00", date(2023, 2, 10),
        excuses=["Mme Josiane CARON", "M. Christophe LEMAIRE"],
        pouvoirs=[("Mme Josiane CARON", "M. Michel ARNAUD"),
                  ("M. Christophe LEMAIRE", "Mme Claudine MOREAU")],
        absents=[], secretaire="Mme Aurélie MASSON",
    )
    s.acts.append(Act(
        number="DE_2023_004",
        objet="Tarifs de location de la salle polyvalente pour 2023",
        matter="7.10",
        rapporteur="Madame le Maire",
        vote=UNANIME,
        expose=[
            "Madame le Maire propose d'instaurer un supplément chauffage du 15 octobre au 15 avril "
            "pour tenir compte de la hausse du prix du fioul.",
        ],
        visas=[f"{CGCT}"],
        articles=["Article 1 : Les tarifs de location de la salle polyvalente sont fixés à 180 euros "
                  "le week-end pour les habitants de Valmont-le-Vieux et à 320 euros pour les "
                  "extérieurs.",
                  "Article 2 : Un supplément chauffage de 40 euros est appliqué du 15 octobre au 15 avril."],
        facts={"weekend_habitants": "180 euros", "weekend_exterieurs": "320 euros",
               "supplement_chauffage": "40 euros"},
    ))
    return s


def va_2024_07_05() -> Seance:
    s = Seance(
        VALMONT, date(2024, 7, 5), "20h30", date(2024, 6, 28),
        excuses=["M. Gérard VINCENT", "Mme Danielle RENAUD"],
        pouvoirs=[("M. Gérard VINCENT", "Mme Claudine MOREAU")],
        absents=[], secretaire="M. Sébastien PICARD",
    )
    s.acts.append(Act(
        number="DE_2024_022",
        objet="Éclairage public : extinction nocturne de 23 h 00 à 5 h 00",
        matter="6.1",
        rapporteur="Madame le Maire",
        vote=Vote(pour=8, contre=1, abstention=1),
        expose=[
            "Madame le Maire expose que l'éclairage public représente 38 % de la consommation "
            "d'électricité de la commune. L'extinction de l'éclairage public au cœur de la nuit "
            "permettrait une économie estimée à 4 200 euros par an, tout en réduisant la pollution "
            "lumineuse. Les 96 points lumineux sont équipés d'horloges astronomiques.",
            "Le SICECO a été consulté et procédera au paramétrage des horloges sans frais.",
        ],
        visas=[f"{CGCT}, notamment ses articles L2212-1 et L2212-2",
               "Vu le Code de l'environnement, notamment son article L583-1"],
        considerants=["Considérant que l'extinction nocturne ne compromet pas la sécurité des usagers "
                      "compte tenu de la faible circulation"],
        articles=["Article 1 : L'éclairage public sera interrompu chaque nuit de 23 h 00 à 5 h 00 sur "
                  "l'ensemble du territoire communal à compter du 1er septembre 2024.",
                  "Article 2 : Madame le Maire prendra un arrêté de police précisant ces modalités.",
                  "Article 3 : L'information de la population sera assurée par affichage et dans le "
                  "bulletin municipal."],
        facts={"horaires": "de 23 h 00 à 5 h 00", "economie": "4 200 euros par an",
               "date_effet": "1er septembre 2024", "points_lumineux": "96"},
    ))
    return s


# --- Fontclaire ------------------------------------------------------------------------------

def fc_2021_07_08() -> Seance:
    s = Seance(
        FONTCLAIRE, date(2021, 7, 8), "20h00", date(2021, 7, 1),
        excuses=["Mme Odile GARNIER"], pouvoirs=[], absents=[], secretaire="M. Romain MEUNIER",
    )
    s.acts.append(Act(
        number="D2021-19",
        objet="Adhésion de la commune au Syndicat intercommunal à vocation scolaire (SIVOS) "
        "Loire-Sologne",
        matter="5.7",
        vote=UNANIME,
        expose=[
            "Monsieur le Maire rappelle que les enfants de Fontclaire sont scolarisés à l'école de "
            "Saint-Aubin-sur-Loire. Le SIVOS Loire-Sologne, qui gère le transport scolaire et la "
            "restauration des écoles de Saint-Aubin-sur-Loire et de Tigy, propose à la commune "
            "d'adhérer au 1er janvier 2022. La contribution est estimée à 14 800 euros par an.",
        ],
        visas=[f"{CGCT}, notamment son article L5211-18", "Vu les statuts du SIVOS Loire-Sologne"],
        articles=["Article 1 : D'approuver l'adhésion de la commune de Fontclaire au SIVOS "
                  "Loire-Sologne à compter du 1er janvier 2022.",
                  "Article 2 : De désigner M. Frédéric LAMBERT et Mme Céline HUBERT délégués titulaires."],
        facts={"syndicat": "SIVOS Loire-Sologne", "contribution": "14 800 euros par an",
               "date_effet": "1er janvier 2022"},
    ))
    return s


def fc_2022_11_24() -> Seance:
    s = Seance(
        FONTCLAIRE, date(2022, 11, 24), "19h00", date(2022, 11, 17),
        excuses=[], pouvoirs=[], absents=[], secretaire="Mme Brigitte LECLERC",
    )
    s.acts.append(Act(
        number="D2022-31",
        objet="Acquisition d'un tracteur-tondeuse pour le service technique : choix du fournisseur",
        matter="1.1",
        show_matter=True,
        vote=Vote(pour=9, contre=2, abstention=0),
        expose=[
            "Monsieur le Maire expose que le tracteur-tondeuse acquis en 2009 n'est plus réparable. "
            "Trois devis ont été reçus : Ets Girardin Motoculture (23 900 euros HT), Agri-Loiret "
            "Services (25 450 euros HT) et Vert Matériel (26 100 euros HT). La reprise de l'ancien "
            "matériel est proposée par Ets Girardin Motoculture pour 1 500 euros.",
        ],
        visas=[f"{CGCT}", "Vu le Code de la commande publique, notamment son article R2122-8"],
        articles=["Article 1 : De retenir le devis des Ets Girardin Motoculture pour 23 900 euros HT.",
                  "Article 2 : D'accepter la reprise de l'ancien matériel pour 1 500 euros."],
        facts={"fournisseur": "Ets Girardin Motoculture", "montant_ht": "23 900 euros HT",
               "reprise": "1 500 euros"},
    ))
    return s


def fc_2023_05_16() -> Seance:
    s = Seance(
        FONTCLAIRE, date(2023, 5, 16), "20h30", date(2023, 5, 9),
        excuses=["M. Alain FONTAINE", "M. Kévin BRUNET"],
        pouvoirs=[("M. Alain FONTAINE", "M. Jacques PELLETIER")],
        absents=[], secretaire="Mme Annie ROGER",
    )
    s.acts.append(Act(
        number="D2023-12",
        objet="Tarif de la cantine scolaire à la rentrée 2023",
        matter="8.1",
        vote=Vote(pour=10, contre=0, abstention=0, style="comma"),
        expose=[
            "Monsieur le Maire informe le conseil que le SIVOS Loire-Sologne facture désormais à la "
            "commune le coût des repas des enfants de Fontclaire. Il propose de fixer le tarif payé "
            "par les familles à 3,60 € par repas à compter du 4 septembre 2023 (3,35 € auparavant).",
        ],
        visas=[f"{CGCT}", "Vu la délibération du SIVOS Loire-Sologne du 4 avril 2023"],
        articles=["Article 1 : Le tarif du repas de cantine est fixé à 3,60 € à compter du 4 septembre 2023.",
                  "Article 2 : Un tarif dégressif de 3,20 € s'applique à partir du troisième enfant."],
        facts={"tarif_repas": "3,60 €", "ancien_tarif": "3,35 €", "tarif_troisieme_enfant": "3,20 €",
               "date_effet": "4 septembre 2023"},
    ))
    return s
