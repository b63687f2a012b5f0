"""What looks like an act in minutes without being one.

Minutes cut at every heading hold pieces that are not deliberations of the council:
* the closing recap list and empty headers (a heading with almost no text and no vote);
* procedural votes (secrétaire de séance, approving the previous minutes when the register gives it
  no number, adding an item to the agenda);
* information items and questions diverses that nobody votes on;
* withdrawn or adjourned items;
* the maire's (or président's) decisions under delegation (CGCT L2122-22), reported to the council:
  kept, typed ``decision``, searchable, never counted as deliberations.
Each rule is a small named function of the piece's title and text, so a test can name it.
"""

from __future__ import annotations

import re

from indexer.textnorm import fold

# « Pour : 15 », « Pour 9 »: the figure of those who voted for; not a year, an amount or a length (« … représente
# 23 000€, pour 2022 », « pour 60 000 € », « pour 3 ans »: Putanges' information items, voted by nobody)
_FOR_FIGURE = (r"\bpour\s*:?\s*\d{1,3}(?![\d,.]|\s*(?:%|€|euros?\b|ans?\b|mois\b|jours?\b|heures?\b|h\b|\d{3}\b"
               r"|(?:er|e|eme)\b))")
# a vote or a decision of the council printed in the piece; « Après en avoir délibéré, le Conseil Municipal émet
# un avis favorable » (Putanges-le-Lac) is the registre's formula of a decision even where no vote is written
_VOTED = re.compile(
    r"unanim|unan\?mit|" + _FOR_FIGURE + r"|\d+\s+(?:voix|votes?)\b|\bvote\s*:|\bvotes?\s+pour\b|adopte|approuve"
    r"|\bdecide\b|\bpar\s+\w+\s+voix|\bvotants?\b|\babst?ention|\bcontre\s*:|prend acte"
    # « Anne-Marie : 11 votes, Elue », « est élu maire »; not « celui », nor the noun (« les élus ne pourront pas … »)
    r"|(?<!\bles\s)(?<!\bdes\s)(?<!\baux\s)(?<!\bses\s)(?<!\bnos\s)(?<!\bvos\s)(?<!\bun\s)(?<!\bune\s)"
    r"(?<!\bnouveaux\s)(?<!\bnouvel\s)\belu(?:e|s|es)?\b"
    r"|\bapres\s+(?:en\s+)?avoir\s+delibere"
    # « LE CONSEIL MUNICIPAL, A L'EXCEPTION DE … QUI S'ABSTIENNENT, ACCEPTE CES PROPOSITIONS » (Avranches; OCR:
    # « ACCEPÏE », « A luwowiuiÏe, ACCEPÏE CETTE PROPOSITION »)
    r"|\bs'abstien|\bvotent\s+contre\b|\bconseil\s+municipal\b[^.]{0,200}\baccep\S?e\b"
    r"|\bqui\s+votent\b"  # « … QUI VOTENT CONÏRE, ACCEPTE … » as OCR reads it
    r"|" + r"(?m:^[ \t]*\d{1,3}[ \t]+pour[ \t]*\.?[ \t]*$)",  # « 15 pour » alone on its line (Couthenans)
)
_PROCEDURAL = re.compile(
    r"^(?:\W*)(?:designation\s+(?:du|d'un|d'une|de\s+la)\s+secretaire|election\s+(?:du|d'un)\s+secretaire"
    r"|secretaire\s+de\s+seance|nomination\s+(?:du|d'un)\s+secretaire"
    r"|(?:approbation|adoption)\s+(?:du|des)\s+(?:(?:dernier|precedent)\s+)?"
    r"(?:proces[- ]verba(?:l|ux)|compte[s]?[- ]rendus?|pv|cr)\b"
    r"|ajout\s+d'un\s+point|appel\s+(?:nominal|des\s+conseillers)|quorum|ouverture\s+de\s+(?:la\s+)?seance)",
)
_INFORMATION = re.compile(
    r"^(?:\W*)(?:informations?\b|questions?\s+diverses|divers\b|points?\s+divers|communications?\b|presentation\b"
    r"|rapport\s+d'activites?\b|point\s+sur\b|bilan\s+d'activites?\b"
    r"|compte[- ]rendu\s+des\s+(?:decisions|commissions)|tour\s+de\s+table|liste\s+des\s+deliberations"
    r"|exercice\s+des\s+pouvoirs\s+delegues"  # the président reports the decisions taken under delegation
    r"|ordre\s+du\s+jour|recapitulatif)",
)
_WITHDRAWN = re.compile(
    r"\b(?:point|question|dossier|projet)\s+(?:est\s+)?(?:retire|ajourne|reporte)|\bretire\s+de\s+l'ordre")
# DM / DP: décision du maire / du président; DBC / DB: décision du bureau communautaire; A: arrêté
_DECISION_NUMBER = re.compile(r"^\s*(?:DM|DP|DBC|DB|DEC|DD|A)\s*[-_ ]?\d{4}", re.IGNORECASE)
_DECISION_TITLE = re.compile(
    r"^(?:\W*)(?:decision\s+(?:du\s+(?:maire|president)|n\s*[°o]?\s*\d|prise)|arrete\s+(?:du\s+maire|n))")
_DELEGATION_SECTION = re.compile(
    r"decisions?\s+(?:prises?\s+)?(?:par|en\s+vertu\s+de\s+(?:la|sa)|dans\s+le\s+cadre\s+de\s+(?:la|sa))"
    r"\s+delegation")
# « DELEGATION AU MAIRE ARTICLES L-2122.22 ET L-2122.23 » (Avranches): article L2122-23 makes the maire report the
# decisions he took under delegation; the item lists them (« les arrêtés suivants ont été pris »), nobody votes
_DELEGATION_REPORT_TITLE = re.compile(r"2122\W*22\W+(?:et\W+)?l?\W*2122\W*23")
_REPORT_BODY = re.compile(r"arretes?\s+(?:suivants\s+)?ont\s+ete\s+pris|rendu\s+compte|rend\s+compte")
_MIN_LETTERS = 150


def letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def is_voted(text: str) -> bool:
    return bool(_VOTED.search(fold(text)))


def is_voted_item(text: str) -> bool:
    """A vote figure or « Vote : » printed: the council voted on this item (« décide » alone is not enough)."""
    return bool(_VOTED_ITEM.search(fold(text)))


def is_decision(number: str | None, title: str | None, preceding: str) -> bool:
    """A decision under delegation: numbered « DM 2024-04 », titled « Décision du maire … », or listed
    under a « Décisions prises par délégation » heading that opens just before it."""
    if number:  # a numbered item is a decision only by its number; « D2024-27 » after the list is not
        return bool(_DECISION_NUMBER.match(number))
    folded_title = fold(title or "")
    if _DECISION_TITLE.match(folded_title) and "modificative" not in folded_title:
        return True
    return bool(_DELEGATION_SECTION.search(fold(preceding[-400:])))


# « Articles L 2122-22 et L 2122-23 du CGCT – Lecture des décisions prises depuis la dernière séance ⏎ Numéro de la
# décision | Synthèse de la décision » (Montpellier's PVs): the table of the maire's decisions, its rows numbered
_DECISION_TABLE = re.compile(r"(?:decisions?\s+prises|numero\s+de\s+la\s+decision)")


def opens_decision_table(preceding: str) -> bool:
    """Whether the text just above a numbered row is the heading of the table of the maire's decisions (and the
    table is not empty: « Décisions prises par délégation : Néant » before the council's own D2025-008)."""
    folded = fold(preceding[-400:])
    return bool(_DELEGATION_REPORT_TITLE.search(folded) and _DECISION_TABLE.search(folded)
                and not re.search(r"\bneant\b", folded))


# « III. DECISIONS PRISES EN VERTU DES POUVOIRS DELEGUES », « Décisions prises par délégation du conseil » as a heading
_DELEGATION_HEADING = re.compile(
    r"^\W*(?:[ivx]+|\d{1,2})?\W*decisions?\s+(?:du\s+maire\s+)?prises?\s+(?:en\s+vertu\s+(?:des?|de\s+la)\s+"
    r"(?:pouvoirs?\s+)?delegu|par\s+delegation|dans\s+le\s+cadre\s+de\s+(?:la\s+)?delegation)[^\n]*$")


def under_delegation_heading(preceding: str) -> bool:
    """Whether the last line above an item is the heading of the decisions taken under delegation (and the section is
    not empty: « Décisions prises par délégation : Néant »)."""
    lines = [line for line in fold(preceding).split("\n") if line.strip()]
    return bool(lines) and bool(_DELEGATION_HEADING.match(lines[-1].strip())) and "neant" not in lines[-1]


def non_act_reason(title: str | None, own_text: str, has_number: bool) -> str | None:
    """Why this piece of minutes is not a deliberation (None: it is one)."""
    folded_title = fold(title or "")
    body = own_text
    voted = is_voted(body)
    if not folded_title and not has_number and not _VOTED_ITEM.search(fold(body)):
        return "morceau sans objet, sans numéro ni vote (en-tête, tableau)"
    if letters(body) < _MIN_LETTERS and not voted:
        return "en-tête ou ligne de récapitulatif sans texte"
    if _PROCEDURAL.match(folded_title) and not has_number:
        return "vote de procédure"
    # « 34 – N° 2018-055 - Information sur les marchés » (Châtillon), « 2013.02.04 - 12 RAPPORT D'ACTIVITES … A DONNE
    # ACTE » (Avranches): the register gives the item its number, it is an act of the séance even where nobody votes
    if _INFORMATION.match(folded_title) and not has_number and not _VOTED_ITEM.search(fold(body)):
        return "information ou questions diverses sans vote"
    if _WITHDRAWN.search(fold(body[:600])) and not voted:
        return "point retiré ou ajourné"
    # the report is the council's own item only where the register numbers it with the séance's acts
    # (« 2014.06.02 - 15 DELEGATION AU MAIRE … », Avranches 2014: a numbered prise d'acte, vote null)
    if _DELEGATION_REPORT_TITLE.search(folded_title) and not has_number and (
            not voted or _REPORT_BODY.search(fold(body[:800]))):
        return "compte rendu des décisions prises par délégation"
    return None


# a question diverse put to the vote is an act: a vote figure, not just "décide" in a sentence
_VOTED_ITEM = re.compile(r"unanim|" + _FOR_FIGURE + r"|\d+\s+(?:voix|votes?)\b|\bvote\s*:|\bvotants?\b"
                         r"|(?m:^[ \t]*\d{1,3}[ \t]+pour[ \t]*\.?[ \t]*$)")
