"""Bulk import of a folder, as small resumable steps.

1. scan: list supported files and decide, for each, what to do (:mod:`indexer.scan`): unchanged
   size+mtime skips hashing, a known hash at a vanished path is a move (no re-processing), paths
   gone from disk are removed;
2. read: text layer of each new or changed file, OCR cache applied, acts and passages stored in
   one SQLite transaction per file, then pushed to the keyword index in batches — keyword
   search works long before the slow steps are over;
3. OCR: image-only pages through Tesseract, each page cached as soon as it is read;
4. vectors: passages without an embedding for the current model, in batches.

A file's stage (:class:`~indexer.catalog.Stage`) records how far it got, so a killed import
resumes where it stopped and never duplicates anything. The importer makes decisions; every
read and write of the catalogue goes through :class:`~indexer.catalog.Catalog`.
"""

from __future__ import annotations

import logging
import re
import time
from pathlib import Path

from indexer.catalog import Catalog, FileContent, KnownFile, OcrJob, Stage
from indexer.chunking import act_heads, chunk_act
from indexer.collectivites import canonical_spellings, from_folders
from indexer.digest import sha256_file
from indexer.embeddings import Embedder
from indexer.environment import explain
from indexer.errors import EnvironmentProblem, ExtractionError, Reason, message
from indexer.extract import extract_pages
from indexer.extract.ocr import OcrEngine, find_tesseract, ocr_pages
from indexer.extract.stamp_ocr import stamp_reading
from indexer.keyword_base import KeywordBackend
from indexer.keyword_docs import keyword_docs
from indexer.models import FileStatus, ImportFailure, ImportReport, PageText
from indexer.progress import Cancelled, CancelToken, ProgressCallback, ProgressReporter, ProgressStage
from indexer.scan import Action, Decision, DiskFile, Skipped, decide, needs_hash, walk
from indexer.segment import analyse
from indexer.stamps import find_stamps

log = logging.getLogger(__name__)

KEYWORD_BATCH_FILES = 40
KEYWORD_BATCH_SECONDS = 15.0
EMBED_BATCH = 64
EMBED_REPORT_EVERY = 16  # passages encoded between two progress reports
SHARPEN_BATCH = 32  # ~3-10 s of e5 on 2 cores: a cancel is honoured quickly

# Bump when segmentation or metadata rules change: the next import re-reads acts from the stored
# page texts (no PDF reading, no OCR), and only passages whose text changed are embedded again.
ANALYSIS_VERSION = 156  # 6: stamps, lists, decisions, non-acts, checked votes; 7: heads for e5 (act_heads);
# 8: act numbers on their heading, objets wrapped, the council that met owns its minutes; 9: vote check
# fixes (« Pour : 15 Contre : 2 »), pieces without objet/number/vote, presentations, notes de synthèse;
# 10: a numbered deliberation after the list of decisions stays a deliberation; 11: a run of numbered
# items survives one missing number; 12: a file named after the commune its text names; 13: a majority
# printed before a chapter's unanimity is the act's vote; 14: objets wrapped in capitals, stopped at the
# speaker who presents, without « QUESTIONS DIVERSES a. » nor the rapporteur; 15: recueil titles under their
# category (« > » lines), letters and page frames are no act, minutes cut at their « Vote : » lines; 16: the
# agenda completes an objet cut short and names the only item of one-item minutes; 17: a commune an item is
# about (« retrait de la commune de … ») is not the one deliberating; 18: lettered items voted under
# « Questions diverses », the roll call and its proxies are no objet; 19: items told under « Informations
# diverses » are no act, a date « 31/12/17 » opens no item; 20: in voted minutes an unvoted item is no act,
# nor the agenda's line printed again as a numbered heading; 21: a heading read by its rapporteur opens an item;
# 22: a piece with no heading takes the agenda item it prints, « Vote ; » (OCR) closes an item, an ambiguous
# completion from the agenda is not made; 23: « (rajouté …) » and a Roman rank are not of the objet; 24: a run
# of numbered items takes no agenda line; 25: the installation of a councillor is an act though not voted;
# 26: a heading with one sub-point below is one objet; 27: a title cut after « de » or ending on a short line goes on;
# 28: and across the blank line OCR leaves; 29: a one-act extract headed by a dated number, pieces cut at
# their votes named by the agenda item they print; 30: a cited « délibération n° … » opening a body line is no
# heading, the report of powers delegated is no act; 31: « après en avoir délibéré » is a decision (no unvoted
# item), nor an item the closing list names; 32: « Prénom NOM : » ends a title; 33: the report of decisions
# under delegation (« articles L-2122.22 et L-2122.23 ») is no act; 34: a bare « 290 pour partie » is no vote
# figure, nor one above 170 or the first group of a larger number (« contre 5 221 493 € »); 35: one-word headings
# the agenda announces, « élu » a word (not « celui »), « approbation du dernier compte-rendu » procedural,
# « Pour 9 » no objet, an item above a sub-list of questions diverses kept; 36: a title in capitals ends where the
# body's first sentence opens on its line; 37: a stamp whose @ctes identifier spells another act number
# (« …-25-07-059-DE » on « 25-07/058 ») is not the act's; 38: Flaux scans: « + de
# signer … » no objet, a heading cut after « la » goes on below, « s'il y a des observations … passé au vote » an
# opening vote; 39: where the closing list of deliberations names most pieces, one it does not name is none
# 40: a commune named inside a sentence (« … (DSU) de la commune d'Héricourt ») is not the one that sits
# 41: a recueil repeating each extract's heading stays deliberations; a reception date OCR cut or made up
# (« 30/10/2707 ») takes the recueil's single reception date
# 42: figures printed before their labels (« 11 votes pour 2 abstentions »), « absentions », and the figure lines
# listed below a « Vote : » line stay with that vote
# 43: a recueil has one act per extract (its opening: « DELIBERATION DU CONSEIL MUNICIPAL / SEANCE DU … »; a
# budget form: « EXTRAIT DU REGISTRE … » with its own number), numbers lost by OCR read below the objet or
# between the neighbours; an objet goes on over a blank line to a line that can only continue it
# 44: « QUESTION No N » headings (Avranches 2015-2016) with the title below; OCR'd unanimity (« UNANIM?ÏE »);
# « A L'EXCEPTION DE … QUI S'ABSTIENNENT, ACCEPTE » is a vote, not a unanimity; « adoption du compte-rendu » no act
# 45: items lettered under a numbered one (« 20/A DENOMINATION … », « 20/B … »; closing list « 20 a) ») are acts
# 46: the first of several acts reads its vote in its own text, not in the opening's (« mode de vote … à l'unanimité »)
# 47: « 26 Conseillers … étaient présents » is no objet; one act's heading « 20-11/092 : Titre » gives number and objet
# 48: Corte's OCR'd « A Pananimité des meres … » under « Après en avoir délibéré » is a unanimity (votes, vote check)
# 49: Avranches' justified headings: a number alone on its line heads the capitals below (« 2014.06.02 - 12 »);
# a capital heading wraps over a blank line; article numbers (L-2122.22) are no table figures; a délégation report
# that the register numbers with the séance's acts is an act
# 50: an act number printed again with no vote is the closing list's line (Putanges' long wrapped list titles)
# 51-55: session 6 of issue 11 (joint headings, mail-room stamp, sub-points, « les élus », agenda objets)
# 56: minutes cut at their votes: the secretary named « pour la présente séance » and the show of hands kept, voted,
# are the opening, no act
# 57: ranked points « 1/ », « 2/ » all inside one register-numbered act are its points, not acts; a short capital
# title after a recurring register number heads an item (« 2015.12.14 - 3 DETR 2016 »)
# 58: short titles with a year after a register number (« 20241216 10 Prix de vente 2025 ») and announced by the
# agenda (« 5. Tarification 2023 »); a lone number and its dash take the title on the line below (Corte's OCR)
# 59: « et5 « Abstentions » »: an OCR-glued « et » before a vote figure is read apart
# 60: « 24-12/124\_ — » (Markdown-escaped underscore after an OCR'd number) still heads its act; the page frame's
# « Nombte de membres » (OCR) is no objet
# 61: numbered sub-items each voted under one heading (« QUESTION No 2 ⏎ … ⏎ 1 - Affectation … ») are the acts, the
# heading none of its own; Avranches' OCR: « QUESTION Nol1 », « UNAN?MITE », « ACCEPÏE » still head and vote an item
# 62: a recueil extract whose opening OCR read « DATE DE. CONVOCATION » / « DATEDECONVOCATION » is still an extract
# 63: register numbers the OCR damaged (« 2(»I8.02.26-9 », « 2016.02.26-2 » in 2018, « 2018.02.26-I », « … - s ») take
# the séance's own numbering; « LE CONSEIL MUNICIPAL, A L'EXCEPTION DE …, ACCEPTE » is no unanimity
# 64: a capital title the OCR glued (« VENTEDESCHALETSALAVILLEDEMORTAIN-BOCAGE ») is cut into the words its document
# prints in its body, where they cut it whole
# 65: « OBIET \* Finances … » (Corte's Markdown OCR) is an objet line
# 66: the national form « procès-verbal de l'élection du maire et des adjoints » holds three acts (maire, number of
# adjoints, adjoints), titled as the form prints them
# 67: a title line ending on a colon goes on with its second half on the next line (« … acte administratif : ⏎
# Cession au profit de … »); a number heading's title read over its wrapped lines
# 68: minutes whose agenda lists its items without numbers and whose body prints each again as its heading (Flaux's
# comptes rendus of 2020) are cut at those headings, titled with the agenda's words; a number the heading does not
# print (« Retrait de la délibération n° 2020-17 ») is not the item's
# 69: a title wrapped over lines goes on across a blank line (OCR) with a line opening on a bracket or a quote
# (« … de l’Eau ⏎ Potable ⏎ ⏎ (R. P. Q. S.) pour l’exercice 2024 », Corte), not with a note on who votes
# 70: ranked headings « 1/ », « 2/ », « 3/ » all inside one numbered item of the séance (« 65 - Entretien du patrimoine
# arboré … », Montpellier) are that item's sections, not acts; « Michaël DELAFOSSE : La ville … », the rapporteur's
# name and a colon opening his speech, ends the title above it
# 71: « pour 2022 », « pour 60 000 € », « pour 3 ans » are no vote figure: an information item whose text prints them
# was voted by nobody
# 72: « à la majorité » in a sentence that states how a vote is taken (« élus au scrutin secret à la majorité absolue »,
# « déterminé à la majorité qualifiée ») does not overrule the unanimity printed after it
# 73: a heading's one sub-point behind the Symbol font's dash (U+F02D: « 3. Accueil de loisirs ⏎ [U+F02D] Supplément
# mini-camps », Pierrefonds 2018-2020) completes its title, as « - » does
# 74: an item the closing list of deliberations marks « (pas de délibération voir compte rendu) » is no act, its
# register number notwithstanding (Putanges-le-Lac 2019)
# 75: a numbered heading may print its date before the dash (« N° DP 2021-313 du 15 septembre 2021 - Culture - … »,
# Roannais Agglomération): the Président's decisions are cut, typed decisions
# 76: a title on an arrow line that ends on « au profit de » goes on with the civility and name below it (Corte's
# recueils)
# 77: a heading in capitals goes on over the capital lines below it across a blank line also when its line is short
# (pdftotext spreads Avranches' justified headings: « RECONSTRUCTION DU STOCKAGE ⏎ ⏎ INDUSTRIEL DE PONT-GILBERT – … »),
# a colon alone on its line joining the two halves; a bracketed note (« (LA SEANCE EST PRESIDEE PAR …) ») is not taken
# 78: a tally alone on an item's closing line, « 13 votes » or « Pour la décision modificative : 13 votes », is the
# votes cast, all for (Couthenans)
# 79: sub-points the agenda lists under a numbered item and the body prints again as its sub-headings, each voted, are
# acts of their own (Pierrefonds' budget séances: « 1. Budget - Commune ⏎ - Affectation … ⏎ - Vote des subventions … »)
# 80: a rank missing between two numbered headings of one sequence is looked for by its number at a line's start
# (« 24-03/032 —- … » doubled by the OCR, « 24-04/045 — Ajustements AP /CP 2024/2027 »): indexer/number_gaps.py
# 81: lettered « Questions diverses » items the closing list of deliberations names are acts with no vote formula; a
# piece that starts inside that closing list is its line, no act (Putanges-le-Lac 2016-2017)
# 82: minutes with no other heading whose only numbered items are « 1. » and « 2. », each closed by its vote, are cut
# there, not at their votes (Pierrefonds 07/06/2018)
# 83: a count and its label wrapped over two lines right after « voix » (« avec 24 voix ⏎ « Pour » », « une voix ⏎
# contre ») are read, and the independent vote check finds them
# 84: the numbered rows under « Lecture des décisions prises … L 2122-22 et L 2122-23 » (the maire's decisions table of
# Montpellier's PVs) are decisions, not acts; « Décisions prises par délégation : Néant » opens no table
# 85: a rank the run of numbered items skips (« 5. », « 7. ») is found between its neighbours, its title however
# short (« 6. VENTE D’HERBE 2016 », « 28 – N° 2018-049 - Exercice 2018 – … »)
# 86: « : SANS DELIBERATION » after an item of the closing list marks it no deliberation, like « (pas de délibération »
# 87: an agenda's sub-point the body words otherwise past its first three words (« Constitution d’une provision
# semi-budgétaire ») or behind its item's title (« − Budget – Commune : Vote des subventions … ») is a sub-point too
# 88: an objet is completed from the agenda only where its last word too opens the agenda item's (no « … provision
# semi-budgétaire » -> « … provision pour risques et charges »)
# 89: préfecture stamps OCR spoilt: « <mangled> préfecture le DATE » beside « Envoyé en préfecture le » is the reception
# line; a stamp whose identifier spells the act's number is its own wherever it stands, a spoilt identifier's date goes
# to the act it spells; no reception date before the date an identifier prints; a misread département is the document's
# 90: OCR slips on scans: « Objet : Compte readu conseil municipal du … » is the page frame's, not an act's; an
# agenda item printed again is found under a budget code OCR misread (« MH - Budget Primitif 2021 » for « M14 - … »)
# 91: an open-data metadata sheet (« Fiche métadonnées », « * LICENCE : », « * MOTS CLÉS : ») is typed autre
# 92: a register number missing between its neighbours is found where the OCR misread one figure of its prefix
# (« d5-07/058 — Création de poste … » between 25-07/057 and 25-07/059), numbered as the neighbours spell it
# 93: in a recueil, an extract whose opening prints the séance of an earlier year (« SEANCE DU 22 décembre 2010 »)
# is a deliberation annexed to the act above, not one of this séance
# 94: a mail-room stamp's year OCR spoilt (« 22 OCT. 2t21 », « 30 SEP, 2071 ») is the one within the year after the
# séance, one digit mended at most; a stamp dated before the séance is not its acts'; « 0 3 DEC. » is the 3rd. With it,
# a scan whose text shows no reception date has its first and last pages read again for the stamp (new imports only)
# 95: lettered sub-points (« A. », « B. ») between two register numbers that follow each other (« 2016.09.26 - 3 »,
# « … - 4 ») are parts of the numbered act, not acts, and its title ends where its first part begins
# 96: a heading the rapporteur's line follows (« TITRE : ⏎ Monsieur X donne lecture du rapport suivant ») is the objet
# where no other rule found one
# 97: an information item the register numbers (« 34 –N° 2018-055 - Information sur les marchés ») is an act of the
# séance, voted or not; a rank found in its run's gap may stand right against its title (« 34 –N° … »)
# (also 97) a closing list's items open on a word: a table's dates under a « délibérations » column header are no list
# 98: a numbered item right under « DECISIONS PRISES EN VERTU DES POUVOIRS DELEGUES » (or « … par délégation ») is the
# maire's decision even when numbered like the séance's acts (« DL-055-07-13 », L'Arbresle)
# 99: minutes cut at their votes: a first piece whose vote is the opening's (the last minutes approved, the secrétaire)
# is the opening, whatever line names it (« (SESSION ORDINAIRE) », Illats)
# 100: « à l'unanimité des votants (31 voix) »: the unanimity's own count is the « pour »
# 101: « Compte tenu … » opens the body: a title wrapped over lines stops before it
# 102: a mail-room stamp whose « PRÉFECTURE » lost its first letters at the edge of the box (« ÉFECTURE DU GARD ⏎
# Reçu le ⏎ - 2 AVR. 2021 ») is still the préfecture's
# 103: dissenters named on a capital decision line the OCR spoilt (« A L'EXCEPÏION DE … QUI VOTENÏ CONÏRE, ACCEPTE »:
# « Ï » for T, « ? » for I inside capitals) make the vote no unanimity
# 104: a register number the OCR garbled (« 2017.12.18-"17 », « 20l7.l2.l8'l8 ») is read back from the séance's prefix
# 105: « à la majorité » in a recital that cites another vote (« Considérant que la commune de X s’est prononcée à la
# majorité », « Par délibération en date du …, les membres du conseil communautaire ont à la majorité … ») does not
# overrule this council's unanimity
# 106: sub-headings repeating their numbered item's opening words (« 4. Noël 2016 - Prime … et attribution … ⏎ Noël
# 2016 - Prime aux agents ⏎ … Vote ⏎ Noël 2016 - Attribution … ⏎ … Vote »), each voted, are acts
# 107: where an act prints vote lines saying how the vote went (« Vote de la motion : 12 votes pour / 2 abstentions »),
# a unanimity neither on them nor in the council's decision sentence is another vote it tells of (« déjà voté à
# l’unanimité »)
# 108: points numbered under their item's number (« 4-1 », « 4-2 », « 5.a) », « 5.b) »), each voted or named by the
# closing list (which now reads « 4.1 … »), are acts; their item, voting nothing above them, is a rubric
# 109: the first half of a compound word (« une contre-expertise », « une contre-partie ») is no vote label
# 110: a bare « POUR 21 » followed by a word in lower case that is none of a vote's (« Pour 2 raisons », « pour 30
# enfants » opening a line) is no vote figure
# 111: numbered lines inside a quotation « … » (an article of a code the minutes cite) are no items of the séance
# 112: the vote check finds an OCR'd unanimity whose « des membres » follows over blank lines (« AVunani ⏎ ⏎ 6 des
# membres présents et représentés », Corte)
# 113: the last lettered sub-item runs to the next heading (not 3000 characters) when its vote is looked for, and
# « A L'UNAN?MITE » (OCR) closes an item
# 114: a label's colon before a blank line holds no figure (« VOTES: Pour: ⏎ ⏎ 45 c Délibéré … », a form's empty cell)
# 115: the one word of the decision formula's slot (« LE CONSEIL MUNICIPAL, A ▢, ACCEPTE ») that the OCR spoilt but left
# shaped like « l'unanimité » (« luwowiuiÏe ») is the unanimity, for the reader and the vote check
# 116: a register number only the closing list prints, between two found neighbours, whose act before it holds two
# decisions across a page break: its heading was lost with an unread page; the act begins at that page
# 117: a count ending its line whose « voix » opens the next, over a blank line too (« avec 25 ⏎ ⏎ voix Pour. »), is
# read and found by the vote check
# 118: a vote label in capitals glued by the OCR to one or two stray letters before it (« VOTES: Pour fContre : 0 »)
# is read
# 119: a heading's one sub-point below its wrapped title (« … abris-voyageurs ⏎ départementaux ⏎ − Conclusion … ») is
# part of the objet, as below a one-line title
# 120: a majority printed after the act's last unanimity (a chapter voted unanimously, then the section « adoptée à la
# majorité »; the last minutes « adopté à l’unanimité », then the act's « à la majorité (26 voix contre …) ») is its
# vote
# 121: minutes cut at their votes keep the figure lines below a « Vote : » line over a blank line (« Vote : 1 contre ⏎ ⏎
# 3 abstentions ⏎ 7 pour ») and a table voted line by line (« Chavamieux : 1000 € ⏎ Vote : 6 pour … ») as one act whose
# vote lines tell different votes: not unanimous, no figures; a unanimity naming a delegate to an association's
# « Assemblée générale » is not the council's vote
# 122: items in capitals counting on (« 2. ACQUISITION … ») past a longer numbered list inside the first (« 1. Compte
# tenu … » to « 8. De ne pas avoir … ») are the séance's items; a document of no known type holding three acts or more
# is minutes
# 123: a bare « 15 pour » alone on its line votes its item; titles ending on a colon, each with its count on the next
# line (« Vote des comptes de gestion 2020 : ⏎ 15 pour »), two or more inside one numbered item, are its acts
# 124: the budget (« BUDGET PRIMITIF 2006 ») stays an act where voted minutes print no vote under its tables; the vote
# check counts the members named before « s'abstient » (« Adopté, sauf par M. X qui s'abstient »)
# 141 (objets, session 14): a title goes on over the line below that opens in lower case (not after a word the stamp
# cut); an item's rank (« 9/ ») and « DÉLIBÉRATIONS » are no objet; agenda items behind « + » bullets; the préfecture
# stamp's « Reçu en préfecture … » and an OCR'd « Nombre de membies » are not of an objet; a sentence glued to a title
# (« photovoltaïqueLa commune … ») ends it
# 142: a heading in capitals goes on below a blank line with a « RAPPORT ANNUEL … » line in capitals (not the
# rapporteur's « RAPPORT DE … »), and past its own closing colon (« PLACE DU MARCHE : ⏎ ⏎ INTEGRATION … », not a list
# of « - » sub-points)
# 143 (rules, session 14, my v125 at landing above main's 142): minutes cut at their votes, a piece that opens on the
# decision's first article (« Article 1er : … ») is the decision of the item above, not an item
# 144 (rules, session 14, my v126): an item the closing list ranks (« 18. TABLEAU DES EMPLOIS … ») that the body prints
# with its rank but no dot (« 18 TABLEAU DES EMPLOIS … ») is a heading
# 145: an arrow the OCR read with a speck before it (« }> Admission … ») brings the title under its category; the frame
# of a scanned page (« PV conseil municipal du 09 juin 2023 », « Note de synthèse conseil municipal du … »,
# « FRÉPOBLIQUE FRANCAISE », « Nombre de menibtes ») is no objet
# 146 (rules, session 14, my v127): where the closing list's every item is printed in the body as a capital heading
# (« INDEMNITES AUX ADJOINTS … »), those headings open the acts and a piece the list does not name (the election's
# « 1. Présidence de l'Assemblée ») is none
# 147: an extract that holds one act with no « Objet : » and no number is titled by the heading right below the roll
# call's « Secrétaire de séance : X » line, over its wrapped lines (Eybens)
# 148 (rules, session 14, my v128): a file named « …_CM_… » whose title says « DÉLIBÉRATIONS DU CONSEIL MUNICIPAL »
# is a deliberation (minutes if it holds more than two acts)
# 149: a title in a .doc table's cell ending on a dash goes on in the cells below (« Centre Socioculturel … – ⏎
# Avenant à la convention … ⏎ 2021 - Animation de la vie sociale », Flaux)
# 150 (rules, session 14, my v129): a register number glued to its title by a dash (« 20240219 1-Consultation … »)
# heads its act, and « 20230911-7 » is the same numbering as « 20230911 6 »
# 151 (rules, session 14, my v130): a recueil number alone on its line keeps its letter (« 25-07/059-A », the
# deliberation cancelling and replacing 25-07/059)
# 152: a scanned page's frame as the OCR read it (« Il mars 2021 », « conseil mugicipal du ») does not stop the search
# for the piece's first title, and a sign read before its first letter (« €CPU — Marché nocturne 2021 ») is not of it
# 153: a title cut under the stamp that opens on its budget's code (« M49 - Dépenses d’investissement avant le vd ») is
# completed from the agenda item that prints the same code after its title (« … avant le vote du budget 2024 M49 »)
# 154: a piece's first title line in capitals (30 characters or more) goes on with the capital lines right below it
# (« AVIS D'APPEL A MANIFESTATION D’INTERET CONCURRENTE ⏎ SUITE A LA MANIFESTATION … », Flaux)
# 155 (rules, session 14, my v131): a group abstaining with its count in brackets (« Abstention de l'Opposition,
# (5 Membres : MM. …) ») is read, and found by the vote check
# 156: a ranked item whose title is one word (a rubric: « 3) Urbanisme ») is titled by the line below it that a colon
# closes (« Convention financière avec le SyME 05 : »)

# a reception label the page's OCR did read (its date is for the stamp reader, with the séance): no second reading
_STAMP_LABEL = re.compile(r"re[çc]u\s+(?:le|en\s+pr[ée]fecture)|r[ée]ception\s+(?:en\s+pr[ée]fecture|par\s+le\s+pr)",
                          re.IGNORECASE)


def read_content(rel: str, pages: list[PageText]) -> FileContent:
    """Acts, passages and status of one file, from its page texts (pure: no catalogue, no disk)."""
    analysis = analyse(pages, Path(rel).name)
    chunks = [chunk_act(act.objet, act.page_slices) for act in analysis.acts]
    heads = [act_heads(act.objet, act.page_slices) for act in analysis.acts]
    pending = sum(1 for p in pages if p.needs_ocr)
    has_text = any(p.text.strip() for p in pages)
    code: str | None = None
    reason: str | None = None
    if pending and not has_text:
        status, code, reason = FileStatus.PARTIAL, Reason.NO_TEXT, message(Reason.NO_TEXT)
    elif pending:
        status = FileStatus.PARTIAL
    else:
        status = FileStatus.OCR if any(p.ocr for p in pages) else FileStatus.OK
    return FileContent(pages, analysis, chunks, status, code, reason, ANALYSIS_VERSION, heads)


class Importer:
    def __init__(self, catalog: Catalog, keyword: KeywordBackend, embedder: Embedder | None,
                 ocr_enabled: bool = True, ocr_language: str = "fra", sharpener: Embedder | None = None) -> None:
        self.catalog = catalog
        self.keyword = keyword
        self.embedder = embedder
        self.sharpener = sharpener  # e5 over the heads (indexer.e5), None where no engine loads
        self.ocr: OcrEngine | None = find_tesseract(ocr_language) if ocr_enabled else None
        self.ocr_enabled = ocr_enabled
        self._pending_keyword: list[int] = []
        self._outdated: list[int] = []
        self._last_flush = time.monotonic()
        self._root_id = 0
        self._duplicates: list[tuple[str, str]] = []  # (copy, first seen) with the same content

    # ------------------------------------------------------------------ entry point
    def run(self, root: Path, progress: ProgressCallback | None = None, cancel: CancelToken | None = None,
            embed: bool = True) -> ImportReport:
        started = time.monotonic()
        report = ImportReport()
        reporter = ProgressReporter(progress, cancel)
        root = root.resolve()
        log.info("Import de %s", root)
        try:
            todo = self._scan_stage(root, report, reporter)
            stage_start = time.monotonic()
            self._read_stage(todo, report, reporter)
            self._report_duplicates(report)
            self._reanalyse_outdated(reporter)
            self._flush_keyword()
            report.stage_seconds["lecture"] = time.monotonic() - stage_start
            stage_start = time.monotonic()
            self._ocr_stage(report, reporter)
            self._flush_keyword()
            self.keyword.optimize()
            self._merge_collectivite_spellings()
            report.stage_seconds["ocr"] = time.monotonic() - stage_start
            if embed and self.embedder is not None:
                stage_start = time.monotonic()
                self._embed_stage(report, reporter)
                report.stage_seconds["vectorisation"] = time.monotonic() - stage_start
            if embed and self.sharpener is not None:
                stage_start = time.monotonic()
                self._sharpen_stage(reporter)
                report.stage_seconds["affinage"] = time.monotonic() - stage_start
        except Cancelled:
            report.cancelled = True
        finally:
            self._flush_keyword()
        report.acts = self.catalog.act_count()
        report.seconds = time.monotonic() - started
        _log_report(root, report)
        reporter_total = report.imported + report.unchanged
        if progress is not None and not report.cancelled:
            progress_done = ProgressReporter(progress, None)
            progress_done.pages = report.pages
            progress_done.report(reporter_total, reporter_total, ProgressStage.DONE)
        return report

    # ------------------------------------------------------------------ 1. scan
    def _scan_stage(self, root: Path, report: ImportReport,
                    reporter: ProgressReporter) -> list[tuple[DiskFile, str, Decision]]:
        stage_start = time.monotonic()
        self._root_id = self.catalog.add_root(str(root))
        known = self.catalog.known_files(self._root_id)
        reporter.report(0, 0, ProgressStage.SCAN, str(root))
        skipped: list[Skipped] = []
        disk = list(walk(root, skipped))
        for item in skipped:
            failure = ImportFailure(item.rel, item.reason, message(item.reason))
            (report.failed if item.failed else report.warnings).append(failure)
            log.info("Non lu : %s — %s %s", item.rel, item.reason, item.detail)
        on_disk = {f.rel for f in disk}
        vanished = {rel: k for rel, k in known.items() if rel not in on_disk}
        vanished_by_sha = {k.sha256: k for k in vanished.values()}
        todo: list[tuple[DiskFile, str, Decision]] = []
        seen_sha: dict[str, str] = {}
        for i, f in enumerate(disk):
            reporter.report(i, len(disk), ProgressStage.SCAN, f.rel)
            current = known.get(f.rel)
            sha: str | None = None
            if needs_hash(f, current):
                try:
                    sha = sha256_file(f.path)
                except OSError as exc:
                    log.warning("Lecture impossible de %s : %s", f.rel, exc)
                    report.failed.append(
                        ImportFailure(f.rel, Reason.READ_ERROR, message(Reason.READ_ERROR, exc.strerror)))
                    continue
                if sha in seen_sha:
                    self._duplicates.append((f.rel, seen_sha[sha]))
                seen_sha.setdefault(sha, f.rel)
            decision = decide(f, current, sha, vanished_by_sha, ANALYSIS_VERSION)
            self._apply_scan_decision(f, decision, current, vanished, vanished_by_sha, report)
            if decision.to_read:
                todo.append((f, sha or (current.sha256 if current else ""), decision))
        if vanished:
            removed_ids = [k.file_id for k in vanished.values()]
            self.keyword.replace_files(removed_ids, [])
            self.catalog.remove_files(removed_ids)
            report.removed += len(removed_ids)
        self.catalog.mark_scanned(self._root_id)
        report.stage_seconds["analyse"] = time.monotonic() - stage_start
        return todo

    def _apply_scan_decision(self, f: DiskFile, decision: Decision, current: KnownFile | None,
                             vanished: dict[str, KnownFile], vanished_by_sha: dict[str, KnownFile],
                             report: ImportReport) -> None:
        if decision.touch and decision.file_id is not None:
            self.catalog.touch_file(decision.file_id, f.size, f.mtime)
        if decision.action == Action.MOVED and decision.file_id is not None:
            old = next(k for k in vanished.values() if k.file_id == decision.file_id)
            del vanished[old.path]
            del vanished_by_sha[old.sha256]
            self.catalog.move_file(decision.file_id, f.rel, f.size, f.mtime)
            report.moved += 1
        if not decision.to_read:
            report.unchanged += 1
            if current is not None and current.unreadable:
                report.failed.append(ImportFailure(f.rel, current.reason_code or "", current.reason or ""))
        if decision.reanalyse and decision.file_id is not None:
            self._outdated.append(decision.file_id)

    # ------------------------------------------------------------------ 2. read
    def _read_stage(self, todo: list[tuple[DiskFile, str, Decision]], report: ImportReport,
                    reporter: ProgressReporter) -> None:
        for i, (f, sha, decision) in enumerate(todo):
            reporter.report(i, len(todo), ProgressStage.READ, f.rel)
            old_id = decision.file_id
            if old_id is not None:
                stored = self.catalog.known_file(old_id)
                if stored is not None and stored.sha256 == sha and stored.stage == Stage.STORED:
                    self._pending_keyword.append(old_id)  # killed between storing and indexing
                    self._maybe_flush()
                    report.imported += 1
                    continue
            failure = self._read_isolated(f, sha, old_id, report)
            if failure is not None:
                report.failed.append(failure)
                continue
            report.imported += 1
            reporter.pages = report.pages
            self._maybe_flush()

    def _read_isolated(self, f: DiskFile, sha: str, old_id: int | None, report: ImportReport) -> ImportFailure | None:
        """Read, analyse and store one file. The one place where a file's problem stays that file's:
        any exception becomes its failure, with a French reason, and the traceback goes to the journal.
        Only the environment (disk full, permissions, a damaged catalogue) and cancellation stop the
        import, because every following file would fail the same way."""
        try:
            pages = self._apply_ocr_cache(sha, extract_pages(f.path))
            file_id = self.catalog.store_file(self._root_id, f.rel, sha, f.size, f.mtime,
                                              read_content(f.rel, pages), replaces=old_id)
        except ExtractionError as exc:
            log.info("Illisible : %s — %s %s", f.rel, exc.reason, exc.detail)
            self._store_failure(f, sha, old_id, exc)
            return ImportFailure(f.rel, exc.reason, exc.user_message)
        except (Cancelled, EnvironmentProblem, KeyboardInterrupt):
            raise
        except OSError as exc:  # the document itself: no permission to read it, gone since the scan…
            problem = explain(exc, self.catalog.path.parent, engine_text=False)
            if problem is not None:
                raise problem from exc
            log.warning("Lecture impossible de %s : %s", f.rel, exc)
            failure = ExtractionError(Reason.READ_ERROR, exc.strerror or str(exc))
            self._store_failure(f, sha, old_id, failure)
            return ImportFailure(f.rel, Reason.READ_ERROR, message(Reason.READ_ERROR, exc.strerror))
        except Exception as exc:  # a library bug on one file must not stop the folder
            problem = explain(exc, self.catalog.path.parent, engine_text=False)
            if problem is not None:
                raise problem from exc
            log.exception("Erreur inattendue à l'import de %s", f.rel)
            failure = ExtractionError(Reason.UNEXPECTED, f"{type(exc).__name__}: {exc}")
            self._store_failure(f, sha, old_id, failure)
            return ImportFailure(f.rel, Reason.UNEXPECTED, failure.user_message)
        if old_id is not None:
            self._pending_keyword.append(old_id)  # its old pages must leave the keyword index
        report.pages += len(pages)
        self._pending_keyword.append(file_id)
        return None

    def _report_duplicates(self, report: ImportReport) -> None:
        """« identique à un autre fichier » only when that other file was imported and this one too: two
        empty or two damaged files are each reported for their own reason, not as copies."""
        failed = {f.path for f in report.failed}
        for copy, first in self._duplicates:
            if copy not in failed and first not in failed:
                report.warnings.append(ImportFailure(copy, Reason.DUPLICATE, f"{message(Reason.DUPLICATE)} ({first})"))
        self._duplicates = []

    def _apply_ocr_cache(self, sha: str, pages: list[PageText]) -> list[PageText]:
        if self.ocr is None:
            return pages
        out = []
        for p in pages:
            cached = self.catalog.cached_ocr(sha, p.number, self.ocr.name) if p.needs_ocr else None
            out.append(PageText(p.number, cached, ocr=True) if cached is not None else p)
        return out

    def _store_failure(self, f: DiskFile, sha: str, old_id: int | None, exc: ExtractionError) -> None:
        self.catalog.store_failure(self._root_id, f.rel, sha, f.size, f.mtime, str(exc.reason), exc.user_message,
                                   replaces=old_id)

    def _merge_collectivite_spellings(self) -> None:
        """OCR and typists spell one commune several ways; filters and counts need one name. An act
        whose text names no commune takes the one its folder is named after, when that is known."""
        self.catalog.apply_collectivite_spellings(canonical_spellings(self.catalog.raw_collectivite_counts()))
        unnamed = self.catalog.unnamed_act_paths()
        named = from_folders({path for _, path in unnamed}, self.catalog.collectivites())
        self.catalog.name_acts((act_id, named[path]) for act_id, path in unnamed if path in named)

    # ------------------------------------------------------------------ keyword batches
    def _maybe_flush(self) -> None:
        if (len(self._pending_keyword) >= KEYWORD_BATCH_FILES
                or time.monotonic() - self._last_flush > KEYWORD_BATCH_SECONDS):
            self._flush_keyword()

    def _flush_keyword(self) -> None:
        """Push pending files to the keyword index. Files the catalogue replaced or dropped are listed in
        the catalogue itself, in the transaction that replaced them (:meth:`Catalog.stale_keyword_files`):
        a kill -9 before this flush leaves them listed, and the next flush removes them, so the index
        converges to exactly what a clean import gives."""
        self._last_flush = time.monotonic()
        stale = self.catalog.stale_keyword_files()
        if not self._pending_keyword and not stale:
            return
        file_ids = list(dict.fromkeys(self._pending_keyword))
        self._pending_keyword = []
        self.keyword.replace_files([*file_ids, *(i for i in stale if i not in file_ids)],
                                   keyword_docs(self.catalog, file_ids))
        self.catalog.mark_indexed(file_ids, clear_stale=stale)

    # ------------------------------------------------------------------ 3. OCR
    def _ocr_stage(self, report: ImportReport, reporter: ProgressReporter) -> None:
        jobs = self.catalog.ocr_jobs(self._root_id)
        if not jobs:
            return
        if self.ocr is None:
            report.pages_without_text += len(jobs)
            if self.ocr_enabled:
                for rel in sorted({job.path for job in jobs}):
                    report.warnings.append(ImportFailure(rel, Reason.OCR_UNAVAILABLE, message(Reason.OCR_UNAVAILABLE)))
            return
        engine = self.ocr
        by_key: dict[tuple[Path, int], OcrJob] = {(job.absolute_path, job.page): job for job in jobs}
        remaining: dict[int, int] = {}
        for job in jobs:
            remaining[job.file_id] = remaining.get(job.file_id, 0) + 1
        failed_pages: dict[int, int] = {}
        reporter.report(0, len(jobs), ProgressStage.OCR, "")
        for done, (path, page, text, error) in enumerate(ocr_pages(engine, list(by_key)), start=1):
            job = by_key[(path, page)]
            if text is None:
                failed_pages[job.file_id] = failed_pages.get(job.file_id, 0) + 1
                log.warning("OCR en échec : %s page %d (%s)", job.path, page, error)
            self.catalog.store_ocr_page(job, engine.name, text or "", cache=error is None)
            report.ocr_pages += 1
            remaining[job.file_id] -= 1
            if remaining[job.file_id] == 0:
                self._read_missed_stamp(engine, [j for j in jobs if j.file_id == job.file_id])
                self._reanalyse(job.file_id)
                if failed_pages.get(job.file_id):
                    report.warnings.append(ImportFailure(
                        job.path, Reason.OCR_FAILED,
                        f"{message(Reason.OCR_FAILED)} ({failed_pages[job.file_id]} page(s))"))
            reporter.report(done, len(jobs), ProgressStage.OCR, path.name)

    def _read_missed_stamp(self, engine: OcrEngine, jobs: list[OcrJob]) -> None:
        """A scan whose text shows no préfecture reception date: its first and last scanned pages (where the
        préfecture stamps a paper copy: Flaux's on page 1, 3 of 3, 4 of 4) are searched once more for a mail-room
        stamp the page's OCR left out (:mod:`indexer.extract.stamp_ocr`), and the first one read is added to its
        page's text (and to the OCR cache, so that a copy of the file gets it too). At most two pages a file,
        each about as long as its own OCR."""
        if not jobs:
            return
        texts = {p.number: p.text for p in self.catalog.pages(jobs[0].file_id)}  # its text pages too
        whole = "\n".join(texts.values())
        if _STAMP_LABEL.search(whole) or any(s.pref_date for s in find_stamps(whole)):
            return
        ordered = sorted(jobs, key=lambda j: j.page)
        for job in dict.fromkeys([ordered[0], ordered[-1]]):
            try:
                reading = stamp_reading(engine, job.absolute_path, job.page)
            except Exception as exc:  # a second reading that fails costs nothing but itself
                log.warning("Relecture du tampon en échec : %s page %d (%s)", job.path, job.page, exc)
                continue
            if reading:
                self.catalog.store_ocr_page(job, engine.name, f"{texts[job.page]}\n\n{reading}", cache=True)
                return

    def _reanalyse_outdated(self, reporter: ProgressReporter) -> None:
        for i, file_id in enumerate(self._outdated):
            reporter.report(i, len(self._outdated), ProgressStage.REANALYSE, "")
            self._reanalyse(file_id)
        self._outdated = []

    def _reanalyse(self, file_id: int) -> None:
        known = self.catalog.known_file(file_id)
        if known is None:
            return
        try:
            content = read_content(known.path, self.catalog.pages(file_id))
        except Exception:  # a rule that trips on one text keeps that file's earlier acts, never stops the import
            log.exception("Erreur inattendue à l'analyse de %s", known.path)
            return
        self.catalog.rewrite_content(file_id, content)
        self._pending_keyword.append(file_id)
        self._maybe_flush()

    # ------------------------------------------------------------------ 4. vectors
    def _embed_stage(self, report: ImportReport, reporter: ProgressReporter) -> None:
        assert self.embedder is not None
        model = self.embedder.model_id
        total = self.catalog.count_missing_embeddings(model)
        done = 0
        reporter.report(0, total, ProgressStage.EMBED, "")
        while True:
            batch = self.catalog.chunks_missing_embedding(model, EMBED_BATCH)
            if not batch:
                break
            # encoded in slices, each reported: on 2 cores a batch of 64 takes ~10 s, and the line must move
            for start in range(0, len(batch), EMBED_REPORT_EVERY):
                part = batch[start : start + EMBED_REPORT_EVERY]
                vectors = self.embedder.embed_passages([text for _h, text in part])
                self.catalog.store_embeddings(model, list(zip([h for h, _t in part], vectors, strict=True)))
                done += len(part)
                report.chunks_embedded += len(part)
                reporter.report(min(done, total), total, ProgressStage.EMBED, "")


    def _sharpen_stage(self, reporter: ProgressReporter) -> None:
        """e5 vectors of the heads, last: keyword search and USE already work, each batch makes the search
        sharper (the searcher re-reads the e5 matrix when e5's own vector generation moves; USE's stays).
        Killed, it resumes."""
        assert self.sharpener is not None
        model = self.sharpener.model_id
        total, embedded = self.catalog.head_counts(model)
        done = 0
        reporter.report(0, total - embedded, ProgressStage.SHARPEN, "")
        while True:
            batch = self.catalog.heads_missing_embedding(model, SHARPEN_BATCH)
            if not batch:
                break
            vectors = self.sharpener.embed_passages([text for _h, text in batch])
            self.catalog.store_embeddings(model, list(zip([h for h, _t in batch], vectors, strict=True)))
            done += len(batch)
            reporter.report(min(done, total - embedded), total - embedded, ProgressStage.SHARPEN, "")


def _log_report(root: Path, report: ImportReport) -> None:
    log.info(
        "Import terminé (%s) : %d importés, %d inchangés, %d supprimés, %d déplacés, %d en échec, %d avertissements,"
        " %d pages, %d pages OCR, %d actes, %.1f s%s",
        root.name, report.imported, report.unchanged, report.removed, report.moved, len(report.failed),
        len(report.warnings), report.pages, report.ocr_pages, report.acts, report.seconds,
        " (annulé)" if report.cancelled else "")
    for failure in report.failed:
        log.info("  échec %s : %s", failure.path, failure.code)
    for warning in report.warnings:
        log.info("  avertissement %s : %s", warning.path, warning.code)
