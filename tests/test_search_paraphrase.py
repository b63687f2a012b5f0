"""Finding the act when the clerk's words are not the document's words (issue 14, session 9): each row of
a list of deliberations is a keyword document, a page in the acts' wording answers the clerk's word in
the coordination bonus, and the words of the first answers are fed back into the keyword query.
Each test checks that the behaviour is switched off, the other answer comes first."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest

import indexer.keyword_docs as keyword_docs_module
import indexer.keyword_tantivy as keyword_tantivy
from indexer.analysis import content_stems
from indexer.keyword_base import KeywordDoc
from indexer.keyword_docs import keyword_docs
from indexer.keyword_tantivy import TantivyKeywordIndex
from indexer.library import Library
from indexer.search import feedback_terms
from indexer.thesaurus import wording_by_word

# ------------------------------------------------------------------ rows of a list of deliberations

# shaped like a répertoire chronologique of Pierrefonds (pierrefonds/listes-deliberations in the corpus)
ROWS = [f"{day}/{month:02d}/2024 2024_{n:02d} {objet} Approuvée" for n, (day, month, objet) in enumerate([
    ("23", 1, "Aménagement de la place de l’église, demande de subvention DETR"),
    ("23", 1, "Tarifs des concessions du cimetière communal"),
    ("23", 1, "Convention de mise à disposition de la salle des fêtes"),
    ("05", 3, "Vote du compte administratif 2023 du budget principal"),
    ("05", 3, "Approbation du compte de gestion 2023"),
    ("05", 3, "Affectation du résultat de fonctionnement 2023"),
    ("05", 3, "Vote des taux d’imposition 2024"),
    ("05", 3, "Budget primitif 2024"),
    ("13", 6, "Tarif restauration scolaire 2024-2025"),
    ("13", 6, "Tarif périscolaire 2024-2025"),
    ("13", 6, "Echange de parcelles au hameau"),
    ("13", 6, "Adhésion au groupement de commandes d’achat d’énergies"),
    ("28", 8, "Dénomination commune touristique"),
    ("28", 8, "Rapport d’activités annuel de la communauté de communes"),
    ("15", 9, "Admission en non-valeur"),
    ("15", 9, "Cession du bail rural"),
    ("10", 9, "Gratuité inscription bibliothèque municipale pour les moins de 18 ans"),
    ("10", 9, "Amende administrative pour les dépôts sauvages de déchets"),
    ("10", 9, "Attribution du marché de restauration scolaire"),
    ("10", 9, "Redevance d’occupation du domaine public 2024"),
    ("10", 9, "Demande de subvention pour les travaux de la rue principale"),
    ("10", 9, "Participation au risque prévoyance des agents"),
    ("10", 9, "Recrutement de vacataires pour l’été"),
], start=1)]
# a long page that mentions the library here and there, about other things
MINUTES = """Compte rendu du conseil municipal du 3 octobre 2024
Monsieur le Maire ouvre la séance. La bibliothèque municipale a accueilli cet été une exposition,
et les enfants des écoles ont visité la bibliothèque avec leurs enseignants. Les bénévoles de la
bibliothèque préparent la rentrée : l'inscription aux ateliers du mercredi se fait en mairie.
Le conseil examine ensuite les travaux de voirie de la rue des écoles, le curage des fossés,
le remplacement des lampes de l'éclairage public et l'entretien des espaces verts du lotissement.
Les tarifs de location de la salle des fêtes restent inchangés. Questions diverses : la fête
du village, le marché de Noël, le repas des aînés, la gratuité du stationnement le samedi."""


class _Catalog:
    """What keyword_docs reads of a catalogue: the acts of a file and each act's page slices."""

    def __init__(self, acts: list[tuple[SimpleNamespace, list[tuple[int, str]]]]) -> None:
        self._acts = acts

    def acts(self, file_id: int) -> list[SimpleNamespace]:
        return [a for a, _ in self._acts if a.file_id == file_id]

    def act_slices(self, act_id: int) -> list[tuple[int, str]]:
        return next(s for a, s in self._acts if a.act_id == act_id)


def _act(act_id: int, doc_type: str, objet: str) -> SimpleNamespace:
    return SimpleNamespace(act_id=act_id, file_id=act_id, path=f"pierrefonds/{act_id}.pdf", objet=objet,
                           act_number=None, collectivite="Pierrefonds", date="2024-12-10", matter_code=None,
                           doc_type=doc_type, page_start=1)


def _list_and_minutes(directory: Path) -> TantivyKeywordIndex:
    catalog = _Catalog([(_act(1, "liste", "Répertoire chronologique des délibérations 2024"), [(2, "\n".join(ROWS))]),
                        (_act(2, "deliberation", "Compte rendu du 3 octobre 2024"), [(1, MINUTES)])])
    index = TantivyKeywordIndex(directory)
    index.replace_files([1, 2], keyword_docs(catalog, [1, 2]))  # type: ignore[arg-type]
    return index


def test_each_row_of_a_list_is_a_document_of_its_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    catalog = _Catalog([(_act(1, "liste", "Répertoire 2024"), [(2, "\n".join(ROWS))]),
                        (_act(2, "deliberation", "Compte rendu"), [(1, "\n".join(ROWS))])])
    listed = [d for d in keyword_docs(catalog, [1]) if d.act_id == 1]  # type: ignore[arg-type]
    assert len(listed) == 1 + len(ROWS)  # the page, then one document per row, on the page
    assert {d.page for d in listed} == {2}
    assert listed[17].body.startswith("2024_17 Gratuité inscription bibliothèque municipale")
    assert len(list(keyword_docs(catalog, [2]))) == 1  # not a list: the same lines are no rows  # type: ignore[arg-type]

    query = "gratuité de la bibliothèque pour les enfants"
    hits, _terms = _list_and_minutes(tmp_path / "rows").search(query)
    assert hits[0].act_id == 1  # the row of the list, not the page that mentions the library three times
    monkeypatch.setattr(keyword_docs_module, "read_listed", lambda text: [])
    hits, _terms = _list_and_minutes(tmp_path / "pages").search(query)
    assert hits[0].act_id == 2  # a list read as one page: its row was buried under forty others


# ------------------------------------------------------------------ the acts' wording answers the clerk's word

def test_wording_by_word_looks_up_the_word_as_written() -> None:
    wording = wording_by_word("entreprise pour couper l'herbe au bord des routes")
    assert "fauchag" in wording["herb"] and "accot" in wording["bord"]
    assert wording_by_word("les eglises")["eglis"] == ["edific", "cultuel"]  # accents and plural aside
    # « pays » shares its stem with « paye » (indemnités, rémunération): not the same word
    assert "pay" not in wording_by_word("communauté de communes du pays d'Héricourt")
    assert "pay" in wording_by_word("combien sont payés les élus")
    assert wording_by_word('"herbe"') == {}  # a quoted word is meant as typed


def _doc(act_id: int, body: str) -> KeywordDoc:
    return KeywordDoc(act_id, act_id, 1, "", body, "Putanges-le-Lac", "2019-05-27", None, "deliberation")


def test_a_page_in_the_acts_wording_answers_the_clerk_s_word(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    index = TantivyKeywordIndex(tmp_path / "mots")
    index.replace_files([1, 2, 3, 4], [
        _doc(1, "Fauchage des bermes et des accotements des voies communales : après mise en concurrence, "
                "l'entreprise Ameline est retenue pour un montant de 18 861 euros."),
        _doc(2, "Travaux de voirie : l'entreprise Martin refera les routes communales, les trottoirs et la "
                "signalisation du centre-bourg, pour un montant de 40 000 euros, avec le remplacement des bordures."),
        # the clerk's words are words of the library too (else they would be read as typos)
        _doc(3, "Le comité des fêtes organise un pique-nique au bord du lac ; la coupe du tournoi de pétanque "
                "sera remise sur l'herbe du stade."),
        _doc(4, "Questions diverses : les riverains signalent une haie trop haute au bord du chemin, qu'il "
                "faudra couper."),
    ])
    query = "entreprise pour couper l'herbe au bord des routes"

    def order() -> list[int]:
        return [h.act_id for h in index.search(query)[0]]

    assert order().index(1) < order().index(2)  # « fauchage », « accotements » answer « herbe », « bord »
    monkeypatch.setattr(keyword_tantivy, "WORDING_COVERS", 0.0)
    assert order().index(2) < order().index(1)  # counted as missing words, the roadworks came first


# ------------------------------------------------------------------ pseudo-relevance feedback

def test_feedback_terms_are_the_words_the_first_answers_share() -> None:
    pages = [content_stems(text) for text in (
        "Remboursement des frais de cantine versés d'avance, suite au déménagement",
        "Cantine : les frais versés d'avance sont remboursés après un déménagement en 2023",
        "Tarifs 2023 de la piscine municipale")]
    freqs = {"frais": 50, "avanc": 10, "vers": 300, "demenag": 5, "suit": 400}

    def doc_freqs(stems: list[str]) -> tuple[int, dict[str, int]]:
        return 1000, {st: freqs.get(st, 100) for st in stems}

    terms = feedback_terms(pages, {"cantin", "rembours"}, doc_freqs, terms=3, min_docs=2)
    assert list(terms) == ["demenag", "avanc", "frais"]  # rarest first among the words both pages hold
    assert terms["demenag"] == 1.0 and all(0 < w <= 1 for w in terms.values())
    assert "cantin" not in terms and "2023" not in terms and "piscin" not in terms  # query word, number, one page
    assert feedback_terms(pages[2:], set(), doc_freqs, terms=3, min_docs=2) == {}


def test_the_fed_back_words_read_at_most_two_postings_per_document_together() -> None:
    # « conseil », « séance », « municipal » are on nearly every page: past the budget they are left out,
    # rarer words still fit (Fusion.prf_postings, issue 14 session 10)
    pages = [content_stems(f"Séance du conseil municipal. {text}") for text in (
        "Remboursement des frais de cantine versés d'avance, suite au déménagement",
        "Cantine : les frais versés d'avance sont remboursés après un déménagement")]
    freqs = {"frais": 50, "avanc": 10, "demenag": 5, "seanc": 950, "conseil": 900, "municipal": 800}

    def doc_freqs(stems: list[str]) -> tuple[int, dict[str, int]]:
        return 1000, {st: freqs.get(st, 100) for st in stems}

    unbounded = feedback_terms(pages, {"cantin", "rembours"}, doc_freqs, terms=8, min_docs=2)
    assert {"seanc", "conseil", "municipal"} <= set(unbounded)
    terms = feedback_terms(pages, {"cantin", "rembours"}, doc_freqs, terms=8, min_docs=2, postings=2.0)
    assert {"demenag", "avanc", "frais"} <= set(terms) and "seanc" not in terms
    assert sum(freqs.get(st, 100) for st in terms) <= 2.0 * 1000


CANTEEN = {  # five deliberations of one commune: two say the clerk's words, one says the same in other words
    "a.txt": ("12 mars 2023", "Remboursement des frais de cantine suite au déménagement d'une famille",
              "Une famille ayant déménagé en cours d'année, le conseil municipal accepte le remboursement des "
              "frais de cantine versés d'avance pour le trimestre."),
    "b.txt": ("14 juin 2023", "Cantine, remboursement à une famille",
              "La famille ayant quitté la commune, les frais de cantine versés d'avance lui sont remboursés "
              "au prorata."),
    "c.txt": ("9 octobre 2023", "Restauration scolaire, régularisation des frais versés d'avance",
              "Les frais versés d'avance par les familles parties en cours d'année font l'objet d'une "
              "régularisation au prorata."),
    "d.txt": ("5 juillet 2023", "Tarifs de la restauration scolaire pour l'année 2023-2024",
              "Le conseil municipal fixe le prix du repas de la restauration scolaire à 3,50 euros."),
    "e.txt": ("20 novembre 2023", "Attribution du marché de restauration scolaire",
              "Le marché de restauration scolaire est attribué à la société Repas Services pour trois ans."),
}


@pytest.fixture(scope="module")
def canteen(tmp_path_factory: pytest.TempPathFactory) -> Library:
    root = tmp_path_factory.mktemp("corpus")
    for name, (day, objet, body) in CANTEEN.items():
        (root / name).write_text(f"COMMUNE DE SAINT-EXEMPLE\nSéance du conseil municipal du {day}\n\n"
                                 f"Objet : {objet}\n\n{body}\nVote : unanimité.\n", encoding="utf-8")
    lib = Library(tmp_path_factory.mktemp("data"), embedder="hashing", ocr_enabled=False, e5=None)
    lib.import_folder(root)
    return lib


@pytest.mark.parametrize("mode", ["keyword", "hybrid"])
def test_the_first_answers_words_bring_the_act_that_says_it_otherwise(canteen: Library, mode: str) -> None:
    def order() -> list[str]:
        return [h.act.path for h in canteen.search("rembourser la cantine", mode=mode)]

    fusion = canteen.searcher.fusion
    try:
        canteen.searcher.fusion = replace(fusion, prf_docs=10, prf_terms=8, prf_weight=0.5)
        fed_back = order()
        canteen.searcher.fusion = replace(fusion, prf_docs=0)
        plain = order()
    finally:
        canteen.searcher.fusion = fusion
    assert set(fed_back[:2]) == {"a.txt", "b.txt"} and plain[-1] == "c.txt"  # c holds no word of the query
    assert fed_back.index("c.txt") < plain.index("c.txt")  # « frais versés d'avance », which a and b say too
    if mode == "keyword":
        assert fed_back[2] == "c.txt"


def test_no_feedback_for_a_word_the_library_does_not_know(canteen: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    real = canteen.searcher.feedback
    monkeypatch.setattr(canteen.searcher, "feedback", lambda query, *a: asked.append(query) or real(query, *a))
    monkeypatch.setattr(canteen.searcher, "fusion", replace(canteen.searcher.fusion, prf_docs=10))
    canteen.search("rembourser la cantine", mode="keyword")
    canteen.search("rembourser la cantinne", mode="keyword")  # a typo, widened to « cantine »: a guess
    canteen.search("délibération 2023-12", mode="keyword")  # an act number: the words decide
    assert asked == ["rembourser la cantine"]


class _CountingIndex:
    """A tantivy index whose searchers record each document they read (segment, document)."""

    def __init__(self, index: object, read: list[tuple[int, int]]) -> None:
        self._index, self._read = index, read

    def reload(self) -> None:
        self._index.reload()  # type: ignore[attr-defined]

    def searcher(self) -> object:
        searcher, read = self._index.searcher(), self._read  # type: ignore[attr-defined]

        class Counting:
            def doc(self, address: object) -> object:
                read.append((address.segment_ord, address.doc))  # type: ignore[attr-defined]
                return searcher.doc(address)

            def __getattr__(self, name: str) -> object:
                return getattr(searcher, name)

        return Counting()


def test_the_feedback_search_reads_no_document_the_first_search_read(tmp_path: Path) -> None:
    # the second search of a query (with the fed-back words) used to read all of its hits again, the
    # first's included: reading 300 hits' stems was most of its cost (bench/devset/search_after_session10.txt)
    index = TantivyKeywordIndex(tmp_path / "mots")
    index.replace_files(range(1, len(ROWS) + 1), [
        KeywordDoc(n, n, 1, row.split(" ", 2)[2], row, "Pierrefonds", "2024-12-10", None, "deliberation")
        for n, row in enumerate(ROWS, start=1)])
    feedback = {"scolair": 0.5, "restaur": 0.3}
    fresh = TantivyKeywordIndex(tmp_path / "mots").search("tarif subvention", feedback=feedback)[0]
    read: list[tuple[int, int]] = []
    index._index = _CountingIndex(index._index, read)  # type: ignore[assignment]
    first, _terms = index.search("tarif subvention")
    first_read = set(read)
    read.clear()
    second, _terms = index.search("tarif subvention", feedback=feedback)
    assert len(first) >= 3 and len(first_read) == len(first)
    assert read and not set(read) & first_read  # only the hits the fed-back words brought
    assert [(h.act_id, h.score, h.stems) for h in second] == [(h.act_id, h.score, h.stems) for h in fresh]
    assert {h.act_id for h in second} - {h.act_id for h in first}  # « restauration scolaire » rows


def test_no_feedback_for_a_query_of_words_every_page_holds(canteen: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    # its words alone read three postings per document: a second search would cost as much as the first
    searched: list[object] = []
    real = canteen.keyword.search
    monkeypatch.setattr(canteen.searcher.keyword, "search",
                        lambda *a, **k: searched.append(k.get("feedback")) or real(*a, **k))
    fusion = canteen.searcher.fusion
    for postings, searches in ((float("inf"), 2), (fusion.prf_postings, 1)):
        monkeypatch.setattr(canteen.searcher, "fusion", replace(fusion, prf_docs=10, prf_postings=postings))
        searched.clear()
        assert canteen.search("séance du conseil municipal", mode="keyword")
        assert len(searched) == searches
