"""Projet de procès-verbal de séance (CGCT art. L2121-15), built from the session's documents.

Every fact is read from metadata or from the text by :mod:`seance_facts`; whatever is not found
becomes a visible placeholder. For the « teneur des débats », the interventions reported by the
source minutes are quoted word for word (:mod:`debates`); a language model, when given, may
summarise them instead, and its text is labelled as such.
"""

from __future__ import annotations

from assistant.drafting.debates import intervention_sentences, split_misc
from assistant.drafting.llm_passes import DEBATES_TASK, ask_documents, framed_document
from assistant.drafting.result import DraftResult
from assistant.drafting.seance_acts import (
    Seance,
    SeanceLibrary,
    act_facts,
    act_label,
    act_ref,
    adoption,
    format_vote,
    load_seance,
    seance_pages,
)
from assistant.drafting.seance_facts import FACT_LABELS, Fact, SeanceFacts, extract_seance_facts, fold_text, normalise
from assistant.export import (
    Block,
    BulletList,
    Draft,
    Heading,
    Paragraph,
    SourceRef,
    Sources,
    Table,
    placeholder,
)
from assistant.llm import LLM
from indexer.models import ActRecord

LEGAL_NOTE = (
    "Projet de procès-verbal établi en application de l'article L2121-15 du code général des collectivités "
    "territoriales. Il est arrêté au commencement de la séance suivante, signé par le maire et le secrétaire "
    "de séance, puis publié sous forme électronique dans la semaine qui suit."
)
DEBATE_TOKENS = 900


class _Facts:
    """Looks facts up and remembers which ones the draft actually used."""

    def __init__(self, facts: SeanceFacts) -> None:
        self._facts = facts
        self.used: list[Fact] = []

    def text(self, name: str, absent: str | None = None) -> str:
        fact = self._facts.get(name)
        if fact is None:
            return placeholder(absent or FACT_LABELS[name])
        if fact not in self.used:
            self.used.append(fact)
        value = fact.value
        return ", ".join(value) if isinstance(value, tuple) else str(value)

    def has(self, name: str) -> bool:
        return self._facts.get(name) is not None

    def fact(self, name: str) -> Fact | None:
        return self._facts.get(name)

    def number(self, name: str) -> int | None:
        value = self._facts.value(name)
        return value if isinstance(value, int) else None


def _opening(seance: Seance, f: _Facts, commune: str) -> list[Block]:
    sentence = (
        f"Le {seance.date_fr} à {f.text('heure_ouverture')}, le conseil municipal de {commune}, "
        f"convoqué le {f.text('date_convocation')}, s'est réuni {f.text('lieu')}, "
        f"sous la présidence de {f.text('president')}."
    )
    return [Heading(1, "Ouverture de la séance"), Paragraph(sentence)]


def _members(f: _Facts) -> list[Block]:
    presents = f"Présents ({f.text('presents_nombre')}) : " if f.has("presents_nombre") else "Présents : "
    items = [
        f"Membres en exercice : {f.text('membres_en_exercice')}",
        presents + f.text("presents"),
        "Représentés (pouvoirs) : " + f.text("representes", "membres représentés et leur mandataire, ou « néant »"),
        "Excusés : " + f.text("excuses", "membres excusés, ou « néant »"),
        "Absents : " + f.text("absents", "membres absents, ou « néant »"),
        f"Votants : {f.text('votants')}",
        f"Secrétaire de séance : {f.text('secretaire')}",
    ]
    return [Heading(1, "Membres du conseil"), BulletList(items)]


def _quorum(f: _Facts) -> tuple[list[Block], Fact | None]:
    effectif, presents = f.number("membres_en_exercice"), f.number("presents_nombre")
    stated = f.fact("quorum")
    lines: list[str] = []
    computed: Fact | None = None
    if stated is not None and stated.value in ("atteint", "non atteint"):
        lines.append(f"Le quorum est {f.text('quorum')}, selon le document source.")
    elif stated is not None:
        lines.append(f"Quorum indiqué dans le document : {f.text('quorum')} membres.")
    if effectif is not None and presents is not None:
        majority = effectif // 2 + 1
        reached = presents >= majority
        lines.append(
            f"{presents} membres présents pour {effectif} en exercice : la majorité des membres en exercice "
            f"({majority}) {'est' if reached else 'n’est pas'} présente ; le quorum est "
            f"{'atteint' if reached else 'non atteint'} "
            "(art. L2121-17 du CGCT, les pouvoirs n'étant pas comptés)."
        )
        source = f.fact("presents_nombre")
        assert source is not None  # presents is not None only when the fact exists
        computed = Fact(
            "quorum (calculé)",
            "atteint" if reached else "non atteint",
            source.path,
            source.page,
            f"{presents} présents / {effectif} en exercice",
        )
    if not lines:
        lines.append("Le quorum est " + placeholder("quorum : atteint ou non atteint") + ".")
    return [Heading(1, "Quorum"), *[Paragraph(line) for line in lines]], computed


def _find(folded: str, act: ActRecord | None, after: int = 0) -> int | None:
    if act is None:
        return None
    for key in (act.act_number, (act.objet or "")[:40]):
        if key:
            at = folded.find(fold_text(key), after)
            if at >= 0:
                return at
    return None


def point_text(text: str, act: ActRecord, following: ActRecord | None) -> str:
    """The part of the minutes about one point: from its heading to the next point's heading."""
    text = normalise(text)
    folded = fold_text(text)
    start = _find(folded, act)
    if start is None:
        return text
    end = _find(folded, following, start + 1)
    return text[start:end] if end is not None else text[start:]


def _debate(
    llm: LLM | None, lib: SeanceLibrary, seance: Seance, act: ActRecord, following: ActRecord | None
) -> tuple[list[Block], list[Fact]]:
    """The « teneur des débats » of one point: model summary if asked, else quotations, else a gap."""
    label = act.act_number or act.objet or "ce point"
    gap = placeholder(f"teneur des débats sur le point {label}")
    minutes = seance.minutes_of(act)
    if minutes is None:
        return [Paragraph(f"Teneur des débats : {gap}")], []
    pages = lib.act_pages(minutes.act_id)
    body, _misc = split_misc(point_text("\n".join(p.text for p in pages), act, following))
    if llm is not None:
        from assistant.context import trim_act

        header = f"{minutes.path}, pages {minutes.page_start}-{minutes.page_end}"
        framed = framed_document(1, header, trim_act(body, DEBATE_TOKENS, llm.count_tokens))
        text = ask_documents(llm, DEBATES_TASK, {"documents": framed, "point": act.objet or label}, max_tokens=200)
        if text is not None:
            return [Paragraph(text, ai_generated=True)], []
    quotes = intervention_sentences(body)
    if not quotes:
        return [Paragraph(f"Teneur des débats : {gap}")], []
    fact = Fact(f"interventions ({label})", tuple(quotes), minutes.path, minutes.page_start)
    return [
        Paragraph(f"Teneur des débats : {gap}"),
        Paragraph("Interventions relevées dans le document source, à vérifier et à reformuler :"),
        BulletList([f"« {q} »" for q in quotes]),
    ], [fact]


def _misc_section(lib: SeanceLibrary, seance: Seance) -> tuple[list[Block], list[Fact]]:
    """« Questions diverses » as the minutes report them, quoted, or a gap."""
    gap = Paragraph(placeholder("questions diverses et informations données au conseil, ou « néant »"))
    for act in seance.source_acts():
        if act.doc_type != "proces-verbal":
            continue
        pages = lib.act_pages(act.act_id)
        _before, misc = split_misc("\n".join(p.text for p in pages))
        quotes = intervention_sentences(misc)
        if quotes:
            fact = Fact("questions diverses", tuple(quotes), act.path, act.page_end)
            intro = Paragraph("Interventions relevées dans le document source, à vérifier et à reformuler :")
            return [gap, intro, BulletList([f"« {q} »" for q in quotes])], [fact]
    return [gap], []


def _deliberations(seance: Seance, lib: SeanceLibrary, llm: LLM | None) -> tuple[list[Block], list[Fact]]:
    acts = seance.deliberations()
    blocks: list[Block] = [Heading(1, "Ordre du jour")]
    if acts:
        blocks.append(BulletList([f"{act_label(a)} — {a.objet or placeholder('objet')}" for a in acts]))
    else:
        blocks.append(Paragraph(placeholder("ordre du jour : aucune délibération identifiée dans les documents")))
    blocks.append(Heading(1, "Délibérations"))
    facts: list[Fact] = []
    rows: list[list[str]] = []
    for index, act in enumerate(acts):
        following = acts[index + 1] if index + 1 < len(acts) else None
        vote = format_vote(act.votes) or placeholder("vote")
        result, _derived = adoption(act)
        debate_blocks, debate_facts = _debate(llm, lib, seance, act, following)
        blocks += [
            Heading(2, f"Délibération n° {act_label(act)} — {act.objet or placeholder('objet')}"),
            Paragraph(f"Vote : {vote}."),
            Paragraph(f"Résultat : {result}."),
            *debate_blocks,
        ]
        facts.extend(debate_facts)
        rows.append([act_label(act), act.objet or placeholder("objet"), vote, result])
        facts.extend(act_facts(act))
    if rows:
        blocks += [Heading(2, "Récapitulatif des votes"), Table(["N°", "Objet", "Vote", "Résultat"], rows)]
    return blocks, facts


def build_proces_verbal(
    lib: SeanceLibrary, date: str, collectivite: str | None = None, llm: LLM | None = None
) -> DraftResult:
    seance = load_seance(lib, date, collectivite)
    pages = seance_pages(lib, seance)
    f = _Facts(extract_seance_facts(pages))
    commune = seance.collectivite or placeholder("collectivité")

    blocks: list[Block] = [Paragraph(LEGAL_NOTE)]
    blocks += _opening(seance, f, commune)
    blocks += _members(f)
    quorum_blocks, quorum_fact = _quorum(f)
    blocks += quorum_blocks
    deliberation_blocks, act_level = _deliberations(seance, lib, llm)
    blocks += deliberation_blocks
    misc_blocks, misc_facts = _misc_section(lib, seance)
    blocks += [
        Heading(1, "Questions diverses et informations"),
        *misc_blocks,
        Heading(1, "Clôture"),
        Paragraph(f"L'ordre du jour étant épuisé, la séance est levée à {f.text('heure_cloture')}."),
        Paragraph(f"Le maire : {placeholder('nom et signature du maire')}"),
        Paragraph(f"Le secrétaire de séance : {f.text('secretaire')} — {placeholder('signature')}"),
    ]
    fact_refs = [SourceRef(fact.path, fact.page) for fact in f.used]
    act_refs = [act_ref(a) for a in seance.deliberations()]
    refs = list(dict.fromkeys(act_refs + fact_refs))
    blocks.append(Sources(refs))
    draft = Draft(
        title=f"Procès-verbal de la séance du conseil municipal du {seance.date_fr}",
        subtitle=f"Conseil municipal de {commune}",
        blocks=blocks,
    )
    filled = f.used + ([quorum_fact] if quorum_fact else []) + act_level + misc_facts
    warnings = (
        [] if pages else ["Aucun texte lisible dans les documents de la séance : seules les métadonnées ont servi."]
    )
    return DraftResult(draft, filled, refs, warnings)
