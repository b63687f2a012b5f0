"""The vote of an act, in the forms real minutes print it.

* tables and lists: « POUR 21 / CONTRE 0 / ABSTENTION 0 », « Votants : 19 — Pour : 17 — Contre : 2 »;
* sentences: « par 25 voix », « 11 votes pour 2 abstentions », « Par 21 voix « Pour » et 5 « Abstentions » »;
* figures in words: « par dix-sept voix pour et deux abstentions »;
* unanimity, with named abstentions or against: « à l'unanimité des suffrages exprimés (abstention :
  M. X, Mme Y) », « unanimité moins une abstention »;
* the séance's figures, repeated on each act: membres en exercice, présents, votants.

A label is read with the figure that follows it (« POUR 21 ») or precedes it (« 21 voix pour »), never
across a line break the wrong way: « POUR 21 ⏎ CONTRE 0 » is pour 21, contre 0 — not contre 21.
What is not printed stays None. The reading is checked by :mod:`indexer.vote_check`, which re-reads
the text its own way; a vote it refuses is not stored.
"""

from __future__ import annotations

import re

from indexer.frdates import words_to_int
from indexer.models import Votes
from indexer.textnorm import edit_distance, fold

_WORD_UNITS = ("un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
               "douze", "treize", "quatorze", "quinze", "seize", "vingt", "trente", "quarante", "cinquante",
               "soixante")
_WORD = r"(?:" + "|".join(sorted(_WORD_UNITS, key=len, reverse=True)) + r")"
# "dix-sept", "vingt et un", "trente-deux": words joined by hyphens or "et"
FIGURE = rf"(?:\d{{1,3}}|{_WORD}(?:(?:[ -]et[ -]|-){_WORD})*)"
_LABELS = {"pour": "pour", "contre": "contre", "abstention": "abstention", "abstentions": "abstention",
           "absention": "abstention", "absentions": "abstention"}  # « 2 contre 3 absentions », typed by hand
_LABEL = r"(pour|contre|abstentions?|absentions?)"
# « Pour : 17 », « CONTRE = 2 »: anywhere. « POUR 21 » without colon: only at the start of a line or
# after a separator, so that "pour 10 ans" is not a vote.
# … nor the first group of a larger number: « contre 5 221 493 € en 2025 »
_NOT_VOTES = (
    r"(?![ \t]*(?:ans?\b|mois\b|jours?\b|semaines?\b|%|€|euros?\b|heures?\b|h\b|cent\b|km\b|m²|places?\b))"
    r"(?![ \u00a0.]\d{3}\b)"
)
# … and a bare « POUR 21 » is no vote when a word in lower case follows that is none of a vote's: « Pour 2 raisons, la
# 1ère … » opening a speaker's sentence (Montpellier), « pour 30 enfants », « pour 10 classes » opening a wrapped line
_NOT_A_BARE_COUNT = r"(?![ \t]+(?!(?:voix|votes?|suffrages?|pour|contre|abst?entions?)\b)(?-i:[a-zà-ÿ]))"
# « Pour : 17 » over a line break too, but not over a blank line: « VOTES: Pour: ⏎ ⏎ 45 c Délibéré … » (a form's empty
# cell, then an OCR'd figure of something else below it), « se prononcer pour : ⏎ ⏎ 1/ mettre en place … ». A label
# in capitals may be glued by the OCR to a stray letter before it: « VOTES: Pour fContre : 0 Abstentions : 0 » (Corte)
_LABEL_FIRST = re.compile(
    rf"(?:(?:\b|(?<=(?-i:[a-z]))(?=(?-i:[PCA])))(?<!\w\w\w){_LABEL}\s*[:=](?![ \t]*\n[ \t]*\n)\s*({FIGURE})"
    rf"|(?:^|[—–|/;•]|\bvotes?\s*:?)[ \t]*{_LABEL}[ \t]+(\d{{1,3}})\b{_NOT_A_BARE_COUNT})\b{_NOT_VOTES}",
    re.IGNORECASE | re.MULTILINE)
# « 17 pour », « 21 voix contre », but not « parcelle n°90 pour une contenance de 86 m2 »: a reference
# number (n° 90) is no figure of a vote, and a bare « 90 pour une … » is a preposition; nor the first half of a
# compound word (« d’avoir une contre-expertise », « une contre-proposition »). The count may end its line with its
# « voix » opening the next, a blank line between (« … à l’unanimité …, avec 25 ⏎ ⏎ voix Pour. », Corte's OCR)
_NUMBER_FIRST = re.compile(
    rf"(?<!n°)(?<!n°\s)(?<!nº)(?<!nº\s)(?<!\bno\s)\b({FIGURE})(?:[ \t]+|[ \t]*\n(?:[ \t]*\n)?[ \t]*(?=voix\b))"
    rf"((?:voix|votes?|suffrages?)[ \t]*\n?[ \t]*)?"
    rf"(?:[«\"“][ \t]*)?{_LABEL}\b(?![ \t]*cent\b)(?![-‐‑][^\W\d_])",
    re.IGNORECASE)
_PREPOSITION_AFTER = re.compile(r"[ \t]+(?:une?|la|le|les|l[’']|des|du|ce|cette|ces|son|sa|ses|leur)\b", re.IGNORECASE)
# A bare « 17 pour » (no « voix ») is a vote only where the clause ends or the next count follows:
# « 17 pour, 2 contre », « 11 pour – 1 contre », « 17 pour 2 abstentions », « 12 pour ⏎ Contre ». Otherwise
# « pour » is the preposition: « AB 290 pour partie », « compte 627 pour régulariser », « de 650 à 750 pour
# les bénéficiaires », « 0 pour 1000 abonnés », « zone 2U1-7 pour ⏎ permettre ».
_BARE_POUR_ENDS = re.compile(
    r"[ \t]*(?:\n(?![ \t]*(?-i:[a-zà-ÿ]))|$(?!\n)|[,;.:()»\"”/–—-]|et\b|contre\b|abst?entions?\b"
    r"|\d{1,3}[ \t]+(?:(?:voix|votes?)[ \t]+)?(?:contre|abst?entions?|pour)\b)",
    re.IGNORECASE | re.MULTILINE,
)
# … nor a figure that is one group of a larger number (« 1 004 471 pour », « 114 500 pour ») or a reference
# (« parcelle AB 290 », a cadastral section; « compte 627 », « article 6574 », « zone 2U1-7 »)
_NOT_A_COUNT_BEFORE = re.compile(
    r"(?:\d[ \u00a0.]|\w[-/]|(?-i:\b(?!ET|DE|LA|LE|DU|AU|EN|OU|UN|SA|SE)[A-Z]{2})[ \u00a0]"
    r"|\b(?:compte|article|parcelle|section|lot|chapitre|opération|operation|"
    r"indice|code|route|rue|n°|numéro|numero)[ \u00a0]+)$",
    re.IGNORECASE,
)
# The largest council (Paris) has 163 members: no vote figure is larger.
MAX_VOTE_FIGURE = 170
_LABEL_BEFORE = re.compile(rf"{_LABEL}\s*[:=]?[ \t]*$", re.IGNORECASE)
_COUNTED_LABEL_BEFORE = re.compile(rf"\b{FIGURE}[ \t]+(?:(?:voix|votes?)[ \t]+)?[«\"“]?[ \t]*{_LABEL}[»\"”]?[ \t]*$",
                                   re.IGNORECASE)
# « Résultat du vote : ⏎ Pour le changement de prestataire : 13 votes », « 13 votes » alone on the line that closes an
# item (Couthenans): the votes cast, all for (a ballot's line names its candidate first: « - Anne-Marie : 11 votes »)
_TALLY_LINE = re.compile(r"^[ \t]*(?:pour\b[^\n:]{0,60}:[ \t]*)?(\d{1,3})[ \t]+votes?[ \t]*\.?[ \t]*$",
                         re.IGNORECASE | re.MULTILINE)
_BY_VOICES = re.compile(rf"\bpar\s+({FIGURE})\s+(?:voix|votes|suffrages)\b(?!\s*(?:[«\"“]\s*)?contre)", re.IGNORECASE)


# « A L'UNANIMITE des votants (31 voix), 8 abstentions » (Bourg-en-Bresse): the unanimity's own count is the « pour »
_UNANIMITY_COUNT = re.compile(rf"unanimit[ée]\s+des\s+(?:votants|suffrages\s+exprim[ée]s)\s*\(\s*({FIGURE})\s+"
                              r"(?:voix|votes|votants|suffrages)\s*\)", re.IGNORECASE)


def figure(text: str) -> int | None:
    """« 21 » or « vingt et un » as an int; None past 999 or for anything else."""
    text = text.strip().lower()
    if text.isdigit():
        value = int(text)
        return value if value < 1000 else None
    return words_to_int(text.replace("-", " "))


def _first(pattern: str, text: str) -> int | None:
    m = re.search(pattern, text, re.IGNORECASE)
    return figure(m.group(1)) if m else None


def seance_figures(text: str) -> Votes:
    """Membres en exercice, présents, votants: printed in the séance header and often with each act."""
    return Votes(
        effectif=_first(rf"en\s+exercice\s*:?\s*({FIGURE})\b", text),
        presents=_first(rf"(?:\bpr[ée]sents?|nombre\s+de\s+pr[ée]sents)\s*:\s*({FIGURE})\b", text),
        votants=_first(
            rf"(?:\bvotants?\s*:?\s*|pris\s+part\s+(?:au\s+vote|[àa]\s+la\s+d[ée]lib[ée]ration)\s*:?\s*)({FIGURE})\b",
            text),
    )


def labelled_figures(text: str) -> dict[str, int]:
    """The first figure printed with each label (pour, contre, abstention)."""
    found: dict[str, tuple[int, int]] = {}  # label -> (offset, value)

    def keep(label: str, offset: int, raw: str) -> None:
        value = figure(raw)
        if value is not None and value > MAX_VOTE_FIGURE:
            return
        key = _LABELS[label.lower()]
        if value is not None and (key not in found or offset < found[key][0]):
            found[key] = (offset, value)

    for m in _LABEL_FIRST.finditer(text):  # « Pour : dix-sept » in words; « POUR 21 » in digits only
        keep(m.group(1) or m.group(3), m.start(), m.group(2) or m.group(4))
    for m in _NUMBER_FIRST.finditer(text):
        bare_pour = not m.group(2) and m.group(3).lower() == "pour"
        if bare_pour and (
            _PREPOSITION_AFTER.match(text, m.end())
            or not _BARE_POUR_ENDS.match(text, m.end())
            or _NOT_A_COUNT_BEFORE.search(text, max(0, m.start() - 20), m.start())
        ):
            continue
        line_before = text[max(0, m.start() - 40) : m.start()].rsplit("\n", 1)[-1]
        if _LABEL_BEFORE.search(line_before) and not _COUNTED_LABEL_BEFORE.search(line_before):
            continue  # "POUR 21 CONTRE 0": 21 belongs to POUR
        keep(m.group(3), m.start(), m.group(1))
    return {key: value for key, (_offset, value) in found.items()}


# « unanimité », and as OCR reads it: « UNANIM?ÏE », « UNANIMIÏE », « UNAN?MITE » (Avranches' OCR: « ? » for « I »)
_UNANIMITY = re.compile(r"unanimit[ée]|unanim[^\s,.;:]{1,3}[ée](?!\w)|unan\?mit[ée]", re.IGNORECASE)
# Corte's scanned recueils (#PERTITELLU OCR) misread the « A l'unanimité des membres présents et représentés » line
# in a new way on nearly every page: « A Pananimité des meres… », « À Pumanimitédes membres… », « ALunaniité des m »,
# « AVunani ⏎ 6 des membres… ». Such a word is a unanimity only in that formula: a line that opens with « A », whose
# first word is « unanimité » give or take two letters (or its first five letters, cut at the line's end), right
# below « Après en avoir délibéré » (however OCR'd: « Apis en avoid », « pets avoir dling ») or followed by
# « des m… » (« ds meres », « dos momires »). A line that merely looks like the word (« aux animations ») is not.
_OCR_A_LINE = re.compile(r"^[^\w\n]{0,3}[aà]\s?(?P<rest>[^\n]*)", re.IGNORECASE | re.MULTILINE)
_OCR_TARGET = "unanimit"
_OCR_DELIBERE = re.compile(r"avoi|d[ée]lib", re.IGNORECASE)
_OCR_MEMBERS = re.compile(r"(?:des|ds|dos|es) ?m|membres")  # on the folded text: « Pananimitédes mémbres »


def _ocr_unanimity_word(rest: str) -> bool:
    """Whether the start of ``rest`` (the line after its « A ») is « unanimité » as OCR may have read it."""
    letters = re.sub(r"[^a-z]", "", fold(rest))[:13]
    for start in range(3):  # up to two stray letters first: « l' », « P », « V », « Cau »
        for size in (7, 8, 9):  # a letter lost or added: « Pananiité », « Vaunanimité »
            window = letters[start:start + size]
            if len(window) == size and edit_distance(window, _OCR_TARGET, 2) <= 2:
                return True
    cut = re.fullmatch(r"\W{0,2}\w{0,2}?(unani)\w{0,2}\W*", fold(rest))  # « AVunani » at the line's end
    return cut is not None


def ocr_unanimity(text: str) -> int | None:
    """Where Corte's OCR'd « A l'unanimité des membres … » formula stands in ``text``, if it does."""
    for m in _OCR_A_LINE.finditer(text):
        rest = m.group("rest")
        if _UNANIMITY.search(rest) or not _ocr_unanimity_word(rest):
            continue
        before = text[max(0, m.start() - 80) : m.start()].rstrip().rsplit("\n", 1)[-1]
        after = text[m.start("rest") : m.start("rest") + 60]
        if _OCR_DELIBERE.search(before) or _OCR_MEMBERS.search(fold(after)):
            return m.start()
    return None


# « LE CONSEIL MUNICIPAL, A luwowiuiÏe, ACCEPÏE CETTE PROPOSITION » (Avranches' OCR): the one word in the slot of the
# council's decision formula, between « à » and the verb, is how the council voted; where OCR spoilt it past any
# reading but kept the shape of « l'unanimité » (a « l », ten letters or so, half of them in their place:
# « luwawiwiÏe »), it is the unanimity (a majority, « à la majorité », or « à l'exception de … » is more than one word)
_DECISION_SLOT = re.compile(
    r"\bconseil\s+\S+\s*,\s*[àa]\s+(?P<word>[^\s,]{8,12})\s*,\s*(?:accep|adopt|approuv|d[ée]cid)", re.IGNORECASE)
_UNANIMITY_SHAPE = "lunanimite"


def _spoilt_unanimity(text: str) -> int | None:
    """Where the decision formula's slot holds a word shaped like an OCR-spoilt « l'unanimité », if it does."""
    for m in _DECISION_SLOT.finditer(text):
        letters = re.sub(r"[^a-z]", "", fold(m.group("word")))
        if letters.startswith("l") and abs(len(letters) - len(_UNANIMITY_SHAPE)) <= 1 \
                and sum(a == b for a, b in zip(letters, _UNANIMITY_SHAPE, strict=False)) >= len(_UNANIMITY_SHAPE) // 2:
            return m.start("word")
    return None


_MAJORITY = re.compile(r"\b[àa]\s+la\s+majorit[ée]\b", re.IGNORECASE)
# a sentence that states how a vote is taken, not how this one went: « les délégués des communes sont en principe élus
# au scrutin secret à la majorité absolue sauf en cas de troisième tour où la majorité relative prévaut » (Putanges),
# « … des compétences est déterminé à la majorité qualifiée » (Avranches), « l’élection a lieu à la majorité
# relative » (Pierrefonds)
_RULE_OF_VOTE = re.compile(r"scrutin|en\s+principe|pr[ée]vaut|majorit[ée]\s+(?:qualifi[ée]e|relative)|requise?"
                           r"|d[ée]termin[ée]|\bpeu(?:t|vent)\s+d[ée]cider", re.IGNORECASE)
_SENTENCE_SPAN = 250  # a sentence without its full stop (a table's cell) ends this far above
_RULE_AFTER = 80  # and ends at the line's end below


# a recital citing a vote taken elsewhere or earlier, not this one: « Considérant que la commune de X s’est prononcée
# à la majorité (un vote contre) » (Flaux), « Par délibération en date du 29 septembre 2016, les membres du conseil
# communautaire, ont à la majorité des voix, approuvé … » (Pierrefonds): the sentence's first line opens so
_RECITAL = re.compile(r"(?:consid[ée]rant|vu|attendu|par\s+(?:sa\s+|une\s+)?d[ée]lib[ée]ration|par\s+d[ée]cision)\b",
                      re.IGNORECASE)
_LINE_OPENING = re.compile(r"(?:^|(?<=[.;]))[^\w\n]*(?=[A-ZÀ-Ý])", re.MULTILINE)


def _in_a_recital(text: str, start: int, at: int) -> bool:
    """Whether the sentence from ``start`` to the vote at ``at`` opens on a recital's words: its last line (or
    sentence) that opens with a capital, wrapped lines going on in lower case."""
    openings = list(_LINE_OPENING.finditer(text, start, at))
    return bool(openings) and _RECITAL.match(text, openings[-1].end()) is not None


def _reporting(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Each « à la majorité » that reports this vote, in order, not a sentence stating the rule of a vote (« … élus au
    scrutin secret à la majorité absolue », « … le troisième tour a lieu à la majorité relative ») nor a recital citing
    another vote: the words of its sentence up to its line's end. « à l'unanimité » is not read so (tried: it lost real
    unanimities); hence a known miss: the law's « peut décider, à l'unanimité, de ne pas procéder au scrutin secret »
    above an election's figures (Pierrefonds 11/06/2020: 18 pour, 1 contre) now reads as a unanimity with votes
    against: the check refuses it."""
    found = []
    for m in pattern.finditer(text):
        start = max(text.rfind(".", 0, m.start()) + 1, text.rfind(";", 0, m.start()) + 1, m.start() - _SENTENCE_SPAN)
        ends = [i for i in (text.find(".", m.end()), text.find(";", m.end()), text.find("\n", m.end())) if i >= 0]
        if not _RULE_OF_VOTE.search(text[start : min([*ends, m.end() + _RULE_AFTER])]) \
                and not _in_a_recital(text, start, m.start()):
            found.append(m)
    return found


_REJECTED = re.compile(
    r"(?:proposition|d[ée]lib[ée]ration|projet|motion|amendement)\s+(?:est\s+)?rejet[ée]e?|\brejette\b", re.IGNORECASE
)
_ADOPTED = re.compile(r"\b(adopt[ée]e?s?|approuv[ée]e?s?|d[ée]cide|adopte|accept[ée]e?s?)\b", re.IGNORECASE)
# « LE CONSEIL MUNICIPAL, A L'EXCEPTION DE MADAME A, MESSIEURS B, C, QUI S'ABSTIENNENT, ACCEPTE » (Avranches): no
# figures, but not a unanimity; « LE CONSEIL MUNICIPAL, A L'EXCEPTION DE MADAME A, … oui s'assÏiewwewÏ, ACCEPTE » (the
# OCR garbled « qui s'abstiennent »): the council accepts but for the members it names
_EXCEPT_DISSENTERS = re.compile(r"\b[àa]\s+l['’]exception\s+de\b[^.;]{0,300}?\bqui\s+(?:s['’]abst|votent\s+contre)"
                                r"|\bconseil\s+municipal\s*,\s*[àa]\s+l['’]exception\s+de\b[^.;]{0,300}?\baccep",
                                re.IGNORECASE)
# « … MESDAMES X, Y QUI VOTENT CONTRE, ACCEPTE … » even where OCR lost the « à l'exception de » (« A lexcepÏiow DE »)
# or the word « contre » (« QUI VOTENT CONÏRE »): members voted against by name
_NAMED_DISSENT = re.compile(r"\bvotent\s+contre\b|\bqui\s+votent\b")
# Avranches' OCR of its capital decision lines reads « T » as « Ï » and « I » as « ? » (« LE CONSEIL MUNIC?PAL, A
# L'EXCEPÏION DE MADAME A, … QUI VOTENÏ CONÏRE, ACCEPTE CEÏÏE PROPOSIÏION »): inside a word in capitals they are read
# back before the dissenters are looked for (a « Ï » between lower-case letters, « laïque », stays)
_OCR_CAPITAL_T = re.compile(r"(?<=[A-Z?Ï])Ï|Ï(?=[A-Z?Ï])")
_OCR_CAPITAL_I = re.compile(r"(?<=[A-ZÏ])\?(?=[A-ZÏ])")


def _capitals_read_back(text: str) -> str:
    return _OCR_CAPITAL_I.sub("I", _OCR_CAPITAL_T.sub("T", text))


_CIVILITY = re.compile(r"\b(?:M\.|MM\.|Mme|Mmes|Mlle|Monsieur|Madame|Mademoiselle)(?=[\s.])")
_ABSTENTION_LIST = re.compile(r"\babstentions?\s*:\s*([^\n;]{0,200})", re.IGNORECASE)
_AGAINST_LIST = re.compile(r"\bcontre\s*:\s*([^\n;]{0,200})", re.IGNORECASE)
_ABSTAINING = re.compile(r"([^\n;:]{0,200}?)\bs[’']abst(?:enant|iennent|ient|enu)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<!\bM)(?<!\bMM)(?<!\bMme)(?<!\bMmes)(?<!\bMlle)[.!?]\s")
_SURNAME = re.compile(r"\b[A-ZÀ-Ý][\w-]+")  # a surname after a plural title


def _count_names(portion: str) -> int | None:
    """How many people a list names ("M. Dupont, Mme Martin", "MM. Dupont et Durand")."""
    people, plural = 0, False
    for part in re.split(r",|\bet\b", portion):
        if _CIVILITY.search(part):
            people += 1
            plural = bool(re.search(r"\b(?:MM|Mmes)\b", part))
        elif plural and _SURNAME.search(part):  # "MM. Dupont et Durand": the second name has no title
            people += 1
    return people or None


def _listed(label: re.Pattern[str], text: str) -> int | None:
    """How many people follow ``label`` ("Contre : …"), up to the end of its sentence."""
    m = label.search(text)
    return _count_names(_SENTENCE_END.split(m.group(1))[0]) if m else None


def _named_abstentions(text: str) -> int | None:
    """Abstentions as names: "Abstention : M. Dupont, Mme Martin", "M. X et Mme Y s'abstenant"."""
    listed = _listed(_ABSTENTION_LIST, text)
    if listed:
        return listed
    m = _ABSTAINING.search(text)
    if m:
        return _count_names(_SENTENCE_END.split(m.group(1))[-1])
    return None


# « A la majorité …, Abstention de l'Opposition, ⏎ (5 Membres : MM. A, B, C, D, E) » (Corte): a group abstaining, its
# count in brackets
_GROUP_ABSTAINING = re.compile(
    rf"\babstentions?\s+(?:de|du|des)\b[^(.;]{{0,60}}\(\s*({FIGURE})\s+(?:membres|conseillers|[ée]lus)\b",
    re.IGNORECASE)


# « par 19 voix « Pour », et5 « Abstentions » » (Corte's OCR): « et » glued to the figure that follows it
_GLUED_ET = re.compile(r"\b(et)(\d{1,3})(?=[ \t]*[«\"“]?[ \t]*(?:voix|votes?|pour|contre|abst?entions?)\b)",
                       re.IGNORECASE)


# the line that states the result of the vote: « Vote : 12 votes pour / 2 abstentions », « Vote de la motion : … »,
# « Vote : Pour à l’unanimité », « Résultat du vote : … »
_VOTE_LINE = re.compile(r"^[ \t>•*-]*(?:vote|r[ée]sultats?\s+du\s+vote)\b[^:\n]{0,60}[:;](?P<said>[^\n]*)$",
                        re.IGNORECASE | re.MULTILINE)
_SAYS_A_VOTE = re.compile(r"\d|\b(?:pour|contre|abst?entions?|unanim|majorit)", re.IGNORECASE)
# the council's own decision: « Le Conseil municipal, après en avoir délibéré, à l’unanimité », « l'assemblée … »; an
# association's « Assemblée générale » is none (« désigne pour siéger à l'Assemblée générale … le Maire à l'unanimité »
# above « Vote : 1 contre … 7 pour », Flaux: the unanimity names the delegate, not how the council voted)
_DECIDING = re.compile(r"conseil|d[ée]lib[ée]r|assembl[ée]e(?!\s+g[ée]n[ée]rale)", re.IGNORECASE)


def _unanimity_of_this_vote(text: str, unanimities: list[re.Match[str]]) -> re.Match[str] | None:
    """The first « unanimité » that tells this act's vote. Where the act prints vote lines that say how the vote went
    (« Vote de la motion : 12 votes pour / 2 abstentions »), a unanimity neither on such a line nor in a sentence of
    the council's decision (« … après en avoir délibéré, à l’unanimité ») is another vote the text tells of (« une
    motion contre ce projet déjà voté à l’unanimité »)."""
    lines = [m for m in _VOTE_LINE.finditer(text) if _SAYS_A_VOTE.search(m.group("said"))]
    for m in unanimities:
        if not lines or any(line.start("said") <= m.start() < line.end() for line in lines):
            return m
        start = max(text.rfind(".", 0, m.start()) + 1, text.rfind(";", 0, m.start()) + 1, m.start() - _SENTENCE_SPAN)
        if _DECIDING.search(text, start, m.start()):
            return m
    return None


def _several_votes(text: str) -> bool:
    """Whether the act's vote lines (« Vote : … » opening their line) tell two different votes, one of them at least
    not unanimous: the lines of a table voted one by one (« La fiesta … Vote : 9 pour ⏎ Chavamieux … Vote : 6 pour,
    1 abstention, 2 contre », Flaux). The same vote printed twice is one."""
    results: set[tuple[int | None, int, int, bool]] = set()
    for m in _VOTE_LINE.finditer(text):
        said = m.group("said")
        if not _SAYS_A_VOTE.search(said):
            continue
        figures = labelled_figures(said)
        against, abstaining = figures.get("contre") or 0, figures.get("abstention") or 0
        dissent = bool(against or abstaining or _MAJORITY.search(said))
        results.add((figures.get("pour"), against, abstaining, dissent))
    return len(results) >= 2 and any(dissent for *_figures, dissent in results)


def read_votes(text: str) -> tuple[Votes, bool | None]:
    """The vote printed in an act's text, and whether the act was adopted (None: not said)."""
    text = _GLUED_ET.sub(r"\1 \2", text)
    votes = seance_figures(text)
    figures = labelled_figures(text)
    votes.pour = figures.get("pour")
    votes.contre = figures.get("contre")
    votes.abstention = figures.get("abstention")
    if votes.pour is None and votes.contre is None:
        # « par 25 voix », « à l'unanimité des votants (31 voix) »: all the votes cast, for
        by_voices = _BY_VOICES.search(text) or _TALLY_LINE.search(text) or _UNANIMITY_COUNT.search(text)
        if by_voices:
            votes.pour = figure(by_voices.group(1))
    if votes.abstention is None and (group := _GROUP_ABSTAINING.search(text)):
        votes.abstention = figure(group.group(1))  # « Abstention de l'Opposition, (5 Membres : MM. A, B, …) »
    if votes.abstention is None:
        votes.abstention = _named_abstentions(text)
    if votes.contre is None:
        votes.contre = _listed(_AGAINST_LIST, text)  # "Contre : M. Leblanc, Mme Papin"
    if votes.abstention is None and re.search(r"\babstentions?\s*:\s*(?:n[ée]ant|aucune)\b", text, re.I):
        votes.abstention = 0
    if votes.contre is None and re.search(r"\bcontre\s*:\s*(?:n[ée]ant|aucun)\b", text, re.I):
        votes.contre = 0
    unanimities, majorities = list(_UNANIMITY.finditer(text)), _reporting(_MAJORITY, text)
    written = _unanimity_of_this_vote(text, unanimities)
    majority = majorities[0] if majorities else None
    ocr_read = None
    if written is None and not unanimities:
        ocr_read = ocr_unanimity(text)
        ocr_read = _spoilt_unanimity(text) if ocr_read is None else ocr_read
    unanimity = written.start() if written is not None else ocr_read
    # « à la Majorité … par 22 voix et 5 Abstentions », then a chapter « Adopté à l'Unanimité »: the act's
    # own vote is the one printed first; and a majority printed after the last unanimity (a chapter voted
    # unanimously, then the section « adoptée à la majorité », Corte's budgets; « Adopté à l'unanimité » for the
    # last minutes, then the act's « à la majorité (26 voix contre, …) ») is the act's vote too
    last_majority = majorities[-1] if majorities else None
    last_unanimity = unanimities[-1].start() if unanimities else unanimity
    unanimous = unanimity is not None and not (majority is not None and majority.start() < unanimity) \
        and not (last_majority is not None and last_unanimity is not None and last_majority.start() > last_unanimity)
    if unanimous:
        votes.unanimite = True
        if votes.contre is None:
            votes.contre = 0
    elif (votes.pour is not None or votes.contre or majority
          or _EXCEPT_DISSENTERS.search(read_back := _capitals_read_back(text))
          or _NAMED_DISSENT.search(fold(read_back))):
        votes.unanimite = False
    if _several_votes(text):
        # « Vote : 9 pour » under one line of the table, « Vote : 6 pour, 1 abstention, 2 contre » under the next: each
        # line of a table voted one by one, no figure is the act's; it was not voted as one unanimity
        votes.pour = votes.contre = votes.abstention = None
        votes.unanimite = False
        unanimous = False
    adopted: bool | None = None
    if _REJECTED.search(text) or votes.pour is not None and votes.contre is not None and votes.contre > votes.pour:
        adopted = False
    elif unanimous or (votes.pour is not None and votes.pour > (votes.contre or 0)) or _ADOPTED.search(text):
        adopted = True
    return votes, adopted

