"""One spelling per collectivité: OCR and typists write "Putanges-le-Lac", "Putanges le Lac",
"PUTANGESLE-LAC"; filters and counts need one name. Each act keeps the spelling it was read
with; the catalogue shows the best-formed, most frequent spelling of its cluster."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import PurePosixPath

from indexer.textnorm import edit_distance, place_key


def _well_formed(name: str) -> int:
    """Prefer "Putanges-le-Lac" to "PUTANGESLE-LAC": mixed case, and separators between words."""
    if name.isupper():
        return 0
    return 1 + min(2, len(re.findall(r"[ -]", name)))


def canonical_spellings(counts: dict[str, int]) -> dict[str, str]:
    """Map every spelling to the one its cluster should display (same key, or one edit apart)."""
    clusters: list[list[str]] = []
    for name in sorted(counts, key=lambda n: -counts[n]):
        k = place_key(name)
        for cluster in clusters:
            other = place_key(cluster[0])
            if k == other or (len(k) >= 7 and edit_distance(k, other, 1) <= 1):
                cluster.append(name)
                break
        else:
            clusters.append([name])
    mapping: dict[str, str] = {}
    for cluster in clusters:
        best = max(cluster, key=lambda n: (_well_formed(n) > 0, counts[n], _well_formed(n)))
        for name in cluster:
            mapping[name] = best
    return mapping


def from_folders(paths: Iterable[str], known: Iterable[str]) -> dict[str, str]:
    """The collectivité each file's folders are named after ("couthenans/CR_reunion_20210604.pdf").

    Informal minutes ("Conseil municipal du 4 juin 2021") often never write the commune's name; the
    clerk's folder does. Only a name already read in some act counts, nearest folder first. Paths
    whose folders name no known collectivité are left out.
    """
    by_key = {place_key(name): name for name in known}
    found: dict[str, str] = {}
    for path in paths:
        for folder in reversed(PurePosixPath(path).parts[:-1]):
            name = by_key.get(place_key(folder))
            if name:
                found[path] = name
                break
    return found
