"""One spelling per collectivité: OCR and typists write "Putanges-le-Lac", "Putanges le Lac",
"Putangesle-Lac"; filters and counts need one name. The first spelling met is kept."""

from __future__ import annotations

import re

from indexer.textnorm import fold


def key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(name))


def edit_distance(a: str, b: str, limit: int) -> int:
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


class CollectiviteNames:
    def __init__(self, known: list[str]) -> None:
        self._by_key: dict[str, str] = {}
        for name in known:
            self._by_key.setdefault(key(name), name)

    def canonical(self, name: str | None) -> str | None:
        if not name:
            return None
        k = key(name)
        if k in self._by_key:
            return self._by_key[k]
        if len(k) >= 7:
            for other_key, other in self._by_key.items():
                if edit_distance(k, other_key, 1) <= 1:
                    return other
        self._by_key[k] = name
        return name
