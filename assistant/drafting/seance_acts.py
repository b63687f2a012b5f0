"""The acts of one council session, read from the library's metadata (no LLM)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from assistant.drafting.result import DraftingError
from assistant.drafting.seance_facts import Fact, SourcePage
from assistant.export import SourceRef, format_date_fr, placeholder
from indexer.models import ActRecord, SearchFilters, Votes
from indexer.protocol import ActSource

SeanceLibrary = ActSource  # the part of the library the drafts need


# Order of trust when several documents state the same fact: the minutes describe the session itself.
_DOC_PRIORITY = {"proces-verbal": 0, "deliberation": 1, "liste": 2, "ordre-du-jour": 3, "autre": 4}
_NUMBER_PARTS = re.compile(r"\d+|\D+")


def _natural(text: str | None) -> tuple[tuple[int, int | str], ...]:
    return tuple((0, int(p)) if p.isdigit() else (1, p.lower()) for p in _NUMBER_PARTS.findall(text or ""))


@dataclass
class Seance:
    date: str
    collectivite: str | None
    acts: list[ActRecord]

    @property
    def date_fr(self) -> str:
        return format_date_fr(self.date)

    def deliberations(self) -> list[ActRecord]:
        """Acts that are decisions of this session, one per number, in number order."""
        chosen: dict[str, ActRecord] = {}
        unnumbered: list[ActRecord] = []
        per_file = Counter(a.path for a in self.acts)
        for act in self.acts:
            if not _is_decision(act, per_file[act.path]):
                continue
            if not act.act_number:
                unnumbered.append(act)
                continue
            known = chosen.get(act.act_number)
            if known is None or _richness(act) > _richness(known):
                chosen[act.act_number] = act
        numbered = sorted(chosen.values(), key=lambda a: _natural(a.act_number))
        return numbered + sorted(unnumbered, key=lambda a: (a.path, a.page_start, a.act_id))

    def minutes_of(self, act: ActRecord) -> ActRecord | None:
        """The part of the procès-verbal that reports this decision, where the debates are written."""
        if act.doc_type == "proces-verbal":
            return act
        for other in self.acts:
            if other.doc_type == "proces-verbal" and act.act_number and other.act_number == act.act_number:
                return other
        return None

    def source_acts(self) -> list[ActRecord]:
        """Acts whose text may describe the session, most trusted first (annexes excluded)."""
        usable = [a for a in self.acts if a.doc_type != "annexe"]
        return sorted(usable, key=lambda a: (_DOC_PRIORITY.get(a.doc_type, 5), a.path, a.page_start))


_NOT_A_DECISION = re.compile(
    r"^\s*(?:questions?\s+diverses|informations?\b|divers\b|procès-verbal|compte[- ]rendu|ordre\s+du\s+jour"
    r"|liste\s+des\s+délibérations)",
    re.IGNORECASE,
)


def _is_decision(act: ActRecord, acts_in_file: int) -> bool:
    """A deliberation, or one point of a procès-verbal that the indexer split into its points."""
    if act.doc_type == "deliberation":
        return True
    if act.doc_type != "proces-verbal":
        return False
    if act.act_number:
        return True
    return acts_in_file > 1 and bool(act.objet) and not _NOT_A_DECISION.match(act.objet or "")


def _richness(act: ActRecord) -> int:
    return sum(x is not None for x in (act.objet, act.adopted)) + (0 if act.votes.is_empty() else 2)


def load_seance(lib: SeanceLibrary, date: str, collectivite: str | None = None) -> Seance:
    acts = lib.acts(SearchFilters(collectivite=collectivite or None, date_from=date, date_to=date))
    if not acts:
        where = f" pour « {collectivite} »" if collectivite else ""
        raise DraftingError(
            f"Aucun acte indexé pour la séance du {format_date_fr(date)}{where}. "
            "Vérifiez la date, le nom de la collectivité, ou importez d'abord les documents de la séance."
        )
    names = Counter(a.collectivite for a in acts if a.collectivite)
    if not collectivite and len(names) > 1:
        listed = ", ".join(sorted(names))
        raise DraftingError(
            f"Plusieurs collectivités ont siégé le {format_date_fr(date)} ({listed}) : "
            "précisez laquelle avec --collectivite."
        )
    name = collectivite or (names.most_common(1)[0][0] if names else None)
    return Seance(date, name, [_with_objet_from_text(lib, a) for a in acts])


def _with_objet_from_text(lib: SeanceLibrary, act: ActRecord) -> ActRecord:
    """Minutes often give each act as "Délibération n° X - Objet : …" without the objet in metadata."""
    if act.objet or not act.act_number or act.doc_type == "annexe":
        return act
    heading = re.compile(rf"{re.escape(act.act_number)}\s*[-–:]?\s*Objet\s*:\s*(?P<v>[^\n]+)", re.IGNORECASE)
    for page in lib.act_pages(act.act_id):
        match = heading.search(page.text)
        if not match:
            continue
        objet = match.group("v").strip()
        # a title wrapped over two lines goes on with a lower-case word
        rest = page.text[match.end() :].lstrip(" \t").split("\n", 2)
        if len(rest) > 1 and rest[1][:1].islower():
            objet = f"{objet} {rest[1].strip()}"
        return replace(act, objet=objet.rstrip(" .;:"))
    return act


def seance_pages(lib: SeanceLibrary, seance: Seance) -> list[SourcePage]:
    """Each page once, even when several acts of a multi-act file share it."""
    pages: list[SourcePage] = []
    seen: set[tuple[str, int]] = set()
    for act in seance.source_acts():
        for page in lib.act_pages(act.act_id):
            key = (act.path, page.number)
            if key in seen or not page.text.strip():
                continue
            seen.add(key)
            pages.append(SourcePage(act.path, page.number, page.text))
    return pages


# --- votes ---------------------------------------------------------------------------------------


def format_vote(votes: Votes) -> str | None:
    if votes.unanimite:
        # the session's "votants" may differ from this vote (someone left the room): only "pour" is safe
        return "À l'unanimité" + (f" ({votes.pour} voix pour)" if votes.pour else "")
    parts = []
    if votes.pour is not None:
        parts.append(f"pour : {votes.pour}")
    if votes.contre is not None:
        parts.append(f"contre : {votes.contre}")
    if votes.abstention is not None:
        parts.append(f"abstention{'s' if votes.abstention > 1 else ''} : {votes.abstention}")
    if not parts:
        return None
    text = ", ".join(parts)
    return text[0].upper() + text[1:]


def adoption(act: ActRecord) -> tuple[str, bool]:
    """(label, derived): an explicit result wins; otherwise only an arithmetic majority of votes cast."""
    if act.adopted is True:
        return "Adoptée", False
    if act.adopted is False:
        return "Rejetée", False
    pour, contre = act.votes.pour, act.votes.contre
    if pour is not None and contre is not None and pour != contre:
        return ("Adoptée" if pour > contre else "Rejetée"), True
    return placeholder(), False


def act_label(act: ActRecord) -> str:
    return act.act_number or placeholder("numéro")


def act_ref(act: ActRecord) -> SourceRef:
    return SourceRef(act.path, act.page_start, act.act_number, act.objet, act.date)


def act_facts(act: ActRecord) -> list[Fact]:
    """What the metadata gave for one act, with the act's first page as its source."""
    tag = act.act_number or act.objet or f"acte {act.act_id}"
    found: list[Fact] = []
    if act.act_number:
        found.append(Fact(f"numéro ({tag})", act.act_number, act.path, act.page_start))
    if act.objet:
        found.append(Fact(f"objet ({tag})", act.objet, act.path, act.page_start))
    vote = format_vote(act.votes)
    if vote:
        found.append(Fact(f"vote ({tag})", vote, act.path, act.page_start))
    label, derived = adoption(act)
    if label.startswith(("Adoptée", "Rejetée")):
        found.append(
            Fact(
                f"résultat ({tag})",
                label + (" (déduit du décompte des voix)" if derived else ""),
                act.path,
                act.page_start,
            )
        )
    return found
