"""One deliberation held by several files: the extract, the minutes that contain it, its OCR text copy.

A clerk's folder holds the same act more than once — the signed extract sent to the préfecture, the
procès-verbal of the séance that reads it again, a text copy made for the web site. A count of
deliberations (« combien de délibérations en 2024 ? ») counts acts, not files, so these copies are
counted once. The rule is deliberately strict, because merging two different acts would be a wrong
count stated as a fact, while a missed merge is only a visible duplicate in the list:

* same collectivité (place names compared with :func:`indexer.textnorm.place_key`) and same séance date;
* and the same printed act number (« D2024-14 », « 2024_14 » and « 2024-14 » are one number);
* or, when one of them prints no number, the same objet, word for word once accents, case and
  punctuation are set aside;
* and nothing that proves them distinct: two @ctes identifiers on two extracts, two objets that
  share less than half their words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from indexer.models import ActRecord, DocType
from indexer.textnorm import fold, place_key, words

_MIN_OBJET_WORDS = 3  # « Subventions » alone says neither that two acts are one nor that they differ
_SAME_OBJET_OVERLAP = 0.5  # an OCR copy of an objet keeps most of its words; another act does not


def number_key(number: str | None) -> str | None:
    """« D2024-14 », « 2024_14 », « 2024 / 14 », « n° 2024-014 » → « 2024 14 »: the figures, leading zeros off."""
    if not number:
        return None
    figures = re.findall(r"\d+", number)
    return " ".join(str(int(f)) for f in figures) if figures else None


def objet_key(objet: str | None) -> str | None:
    if not objet:
        return None
    found = words(fold(objet))
    return " ".join(found) if len(found) >= _MIN_OBJET_WORDS else None


def _different(a: ActRecord, b: ActRecord) -> bool:
    """What proves two acts distinct whatever their numbers: two extracts sent to the préfecture under
    two @ctes identifiers (Montpellier prints « n° 2014 / 137 » on every act of a séance), or two
    objets that share less than half their words."""
    if a.doc_type == b.doc_type == DocType.DELIBERATION and a.actes_id and b.actes_id and a.actes_id != b.actes_id:
        return True
    objet_a, objet_b = objet_key(a.objet), objet_key(b.objet)
    if objet_a and objet_b:
        words_a, words_b = set(objet_a.split()), set(objet_b.split())
        return len(words_a & words_b) / len(words_a | words_b) < _SAME_OBJET_OVERLAP
    return False


def _same_on_one_day(a: ActRecord, b: ActRecord) -> bool:
    """Two acts of one collectivité's séance (the caller groups by place and date) that are one act."""
    if _different(a, b):
        return False
    number_a, number_b = number_key(a.act_number), number_key(b.act_number)
    if number_a and number_b:
        return number_a == number_b
    objet_a = objet_key(a.objet)
    return objet_a is not None and objet_a == objet_key(b.objet)


@dataclass
class DistinctAct:
    """An act counted once, and the other files that hold it too."""

    act: ActRecord
    copies: list[ActRecord] = field(default_factory=list)


def _preference(act: ActRecord) -> tuple[int, str, int]:
    # the extract is the act itself; the minutes only report it
    return (0 if act.doc_type == DocType.DELIBERATION else 1, act.path, act.seq)


def distinct_acts(acts: list[ActRecord]) -> list[DistinctAct]:
    """The acts once each, in the order of their first appearance; copies in other files attached."""
    groups: list[list[ActRecord]] = []
    by_day: dict[tuple[str, str], list[int]] = {}  # (place, date) -> indexes of the groups of that day
    for act in acts:
        day = (place_key(act.collectivite or ""), act.date or "")
        home = None
        if act.date and act.collectivite:
            home = next((i for i in by_day.get(day, []) if any(
                other.file_id != act.file_id and _same_on_one_day(act, other) for other in groups[i])), None)
        if home is None:
            by_day.setdefault(day, []).append(len(groups))
            groups.append([act])
        else:
            groups[home].append(act)
    result = []
    for group in groups:  # groups stand in the order of their first act
        kept = min(group, key=_preference)
        result.append(DistinctAct(kept, [a for a in group if a is not kept]))
    return result
