"""The one text module of the core: cleaning, folding, words, stop words, stems and place names.

Search, metadata, the assistant's checks and drafting all compare French text through these
functions, so a word that matches in one place matches in the others: "Délibération",
"deliberation" and "DÉLIBÉRATION" fold alike, "délibérations" and "délibération" stem alike, and
"Saint-Aubin" names the place written "Saint-Aubin-sur-Loire" in the documents.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f\u200b]+")
_MANY_NEWLINES = re.compile(r"\n{3,}")
_HYPHEN_BREAK = re.compile(r"(\w)[\u00ad\ufffe\uffff]\s*")
# Letters that NFKD leaves whole, and the typographic apostrophe that typists and Word use.
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "’": "'", "ʼ": "'"})

WORD_PATTERN = r"[^\W_]+"  # letters and digits; "DE_2021_014" gives "de", "2021", "014"
_WORD = re.compile(WORD_PATTERN, re.UNICODE)

# French function words (the Snowball list, folded), plus elisions and frequent words that carry
# nothing in a search. Folded: compare with fold(word).
STOP_WORDS = frozenset("""
ai aie aient aies ait as au aura aurai auraient aurais aurait auras aurez auriez aurions aurons auront aux
avaient avais avait avec avez aviez avions avons ayant ayante ayantes ayants ayez ayons c ce ces d dans de des
du elle en es est et eu eue eues eurent eus eusse eussent eusses eussiez eussions eut eux eumes eutes furent
fus fusse fussent fusses fussiez fussions fut fumes futes il j je l la le leur lui m ma mais me mes moi mon
meme n ne nos notre nous on ont ou par pas pour qu que qui s sa se sera serai seraient serais serait seras
serez seriez serions serons seront ses soient sois soit sommes son sont soyez soyons suis sur t ta te tes toi
ton tu un une vos votre vous y a etaient etais etait etant etante etantes etants etiez etions ete etee etees
etes les dont cette leurs tout tous toute toutes etre fait plus ainsi
""".split())

# Words so frequent in deliberations that finding them in a source is no evidence that it answers
# a question (the assistant's checks add them to the stop words; the search index keeps them).
GENERIC_WORDS = frozenset("""
conseil municipal municipale commune deliberation deliberations monsieur madame maire article selon apres
avoir faire autre autres document documents extrait extraits reponse question
""".split())


# Control characters go (tab and newline stay), and so do lone UTF-16 surrogates: damaged text layers
# map glyphs to them, SQLite cannot encode them, and they stopped whole imports (issue 15). One regex
# pass: 3x faster than the character loop it replaces.
_UNWANTED_CHARS = re.compile("[\x00-\x08\x0b-\x1f\ud800-\udfff]")


def clean_page_text(text: str) -> str:
    """Normalise what PDF libraries return: odd spaces, soft hyphens, CR, tabs between words."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _HYPHEN_BREAK.sub(r"\1", text)
    text = _UNWANTED_CHARS.sub("", text)
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _MANY_NEWLINES.sub("\n\n", text).strip()


def fold(text: str) -> str:
    """Lower-case, accents stripped, ligatures opened, one apostrophe: 'Délibération' -> 'deliberation'."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES).lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=4096)
def _fold_char(ch: str, keep_case: bool) -> str:
    opened = ch.translate(_LIGATURES)
    kept = [c for c in unicodedata.normalize("NFKD", opened if keep_case else opened.lower())
            if not unicodedata.combining(c)]
    return kept[0] if kept else ch


def fold_aligned(text: str, keep_case: bool = False) -> str:
    """Like :func:`fold`, one output character per input character: a match found in the folded
    text has the same span in the original (highlights, quotes, facts read with their excerpt).
    ``keep_case`` strips accents only, for patterns where a capital letter marks a name."""
    return "".join(_fold_char(ch, keep_case) for ch in text)


def words(text: str) -> list[str]:
    """Runs of letters and digits, as printed."""
    return _WORD.findall(text)


def is_stop_word(word: str) -> bool:
    return fold(word) in STOP_WORDS


@lru_cache(maxsize=1)
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("french")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball French stem of a word, folded before and after."""
    return fold(_stemmer().stemWord(fold(word)))


@lru_cache(maxsize=300_000)
def analyse_word(word: str) -> str | None:
    """The stem of one word as printed, or None for a stop word (cached: texts repeat words)."""
    folded = fold(word)
    return None if folded in STOP_WORDS else stem(folded)


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, or ``limit + 1`` as soon as it is known to exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


# ---------------------------------------------------------------- place names

_PLACE_PREFIX = re.compile(r"^(?:(?:la\s+)?(?:commune|ville|mairie|municipalite)\s+(?:de\s+|d'|du\s+)|"
                           r"(?:le\s+)?conseil\s+municipal\s+(?:de\s+|d'))")
_SAINT = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes"}


def place_key(name: str) -> str:
    """One key per spelling of a place: "Putanges-le-Lac", "Putanges le Lac", "PUTANGESLE-LAC"."""
    return re.sub(r"[^a-z0-9]", "", fold(name))


def place_words(name: str) -> list[str]:
    """The words of a place name, folded, with "Commune de" dropped and "St" read as "Saint"."""
    folded = _PLACE_PREFIX.sub("", fold(name).strip())
    return [_SAINT.get(w, w) for w in re.findall(r"[a-z0-9]+", folded)]


def same_place(short: str, long: str) -> bool:
    """Whether ``short`` names the place ``long``, as a clerk reads it: "Saint-Aubin" is
    "Saint-Aubin-sur-Loire", "St Aubin" too, "Commune de Pierrefonds" is "Pierrefonds"; "Aubin" is not
    "Saint-Aubin" (a place name is shortened from its end, not its start)."""
    a, b = place_words(short), place_words(long)
    if not a or not b:
        return False
    if len(a) > len(b):
        a, b = b, a
    return b[: len(a)] == a
