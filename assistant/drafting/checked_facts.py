"""The séance facts after the verifier's second reading: what passed is written, what failed is a conflict.

The extractor's facts (:mod:`seance_facts`) go through :mod:`assistant.drafting.verify` one by one, against
the page each was read from. Names that fail are dropped from their list; a scalar or a count that fails is
removed. Each failure leaves a French note, shown in the draft's placeholder so the clerk sees why.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from assistant.drafting.seance_facts import Fact, SeanceFacts, SourcePage
from assistant.drafting.verify import Verdict, check_count, check_names, check_person, check_proxy

LISTS = ("presents", "excuses", "absents")
_PROXY_ITEM = re.compile(r"^(?P<from>.+?) \(pouvoir à (?P<to>.+)\)$")
_NUMBERS = ("membres_en_exercice", "presents_nombre", "votants")


@dataclass
class CheckedFacts:
    facts: SeanceFacts
    conflicts: dict[str, list[str]] = field(default_factory=dict)  # fact name → notes, in French
    verdicts: list[tuple[str, Verdict]] = field(default_factory=list)

    def note(self, name: str) -> str | None:
        notes = self.conflicts.get(name)
        return " ; ".join(notes) if notes else None

    def _fail(self, name: str, verdict: Verdict) -> None:
        self.conflicts.setdefault(name, []).append(verdict.conflict)


def _giver(item: str) -> tuple[str, str | None]:
    match = _PROXY_ITEM.match(item)
    return (match.group("from"), match.group("to")) if match else (item, None)


def _tidy(item: str) -> str:
    """A bracket left over from the list's own punctuation (« Malleroni Marie Josée) ») is not the name's."""
    if item.endswith(")") and item.count(")") > item.count("("):
        item = item[:-1].rstrip()
    if item.startswith("(") and item.count("(") > item.count(")"):
        item = item[1:].lstrip()
    return item


def _names(value: object) -> tuple[str, ...]:
    return tuple(_tidy(v) for v in value) if isinstance(value, tuple) else ()


def _keep_passing(out: CheckedFacts, name: str, fact: Fact, judged: Iterable[tuple[str, Verdict]]) -> Fact | None:
    """The list fact with only its items that passed (None when none did); each verdict recorded."""
    good = []
    for item, verdict in judged:
        out.verdicts.append((name, verdict))
        if verdict.ok:
            good.append(item)
        else:
            out._fail(name, verdict)
    return replace(fact, value=tuple(good)) if good else None


def check_seance_facts(facts: SeanceFacts, pages: list[SourcePage]) -> CheckedFacts:
    texts = {(p.path, p.page): p.text.replace("\u00a0", " ") for p in pages}

    def source(fact: Fact) -> str:
        return texts.get((fact.path, fact.page), fact.excerpt)

    out = CheckedFacts(SeanceFacts())
    absents = _names(facts.value("absents"))
    roster = [n for kind in LISTS for n in _names(facts.value(kind))]
    roster += [_giver(i)[0] for i in _names(facts.value("representes"))]
    roster += [str(facts.value(k)) for k in ("president", "secretaire") if facts.value(k)]
    for name, fact in facts.facts.items():
        kept: Fact | None = fact
        if name in LISTS:
            others = [n for n in roster if n not in _names(fact.value)]
            kept = _keep_passing(out, name, fact, check_names(_names(fact.value), source(fact), others, fact.excerpt))
        elif name == "representes":
            judged = []
            for item in _names(fact.value):
                giver, holder = _giver(item)
                ((_, named),) = check_names([giver], source(fact), near=fact.excerpt)
                judged.append((item, named if not named.ok else check_proxy(giver, holder, source(fact), absents)))
            kept = _keep_passing(out, name, fact, judged)
        elif name in ("president", "secretaire"):
            others = [n for n in roster if n != fact.value]
            verdict = check_person(str(fact.value), source(fact), others, absents)
            out.verdicts.append((name, verdict))
            if not verdict.ok:
                out._fail(name, verdict)
                kept = None
        elif (
            name in _NUMBERS
            and isinstance(fact.value, int)
            and not re.search(rf"(?<!\d){fact.value}(?!\d)", fact.excerpt or source(fact))
        ):
            verdict = Verdict.failed("nombre imprimé", f"{fact.value} n'est pas imprimé à cet endroit")
            out.verdicts.append((name, verdict))
            out._fail(name, verdict)
            kept = None
        if kept is not None:
            out.facts.offer(kept)
    _counts(facts, out)
    return out


def _counts(raw: SeanceFacts, out: CheckedFacts) -> None:
    """A count and the names it counts, both printed: they must agree (names as the source lists them)."""
    presents = _names(raw.value("presents"))
    announced = out.facts.value("presents_nombre")
    if presents and isinstance(announced, int):
        verdict = check_count("présents", announced, len(presents))
        out.verdicts.append(("presents_nombre", verdict))
        if not verdict.ok:
            out._fail("presents_nombre", verdict)
            out.facts.facts.pop("presents_nombre", None)
    votants = out.facts.value("votants")
    if presents and isinstance(votants, int):
        listed = len(presents) + len(_names(raw.value("representes")))
        verdict = check_count("votants (présents et représentés)", votants, listed)
        out.verdicts.append(("votants", verdict))
        if not verdict.ok:
            out._fail("votants", verdict)
            out.facts.facts.pop("votants", None)
