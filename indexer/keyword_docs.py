"""What the keyword index holds for each (act, page): built from the catalogue, by the import and
by a rebuild alike, so that a rebuilt index equals an imported one."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from indexer.catalog import Catalog
from indexer.headings import items
from indexer.keyword_base import KeywordDoc
from indexer.listed import read_listed

# What a keyword document holds and how its words are stemmed. When it changes, an existing keyword
# index is rebuilt from the catalogue on opening (derived data only). 3: Snowball stems from
# snowballstemmer instead of whoosh's port (41 of the corpus's 40,647 words stem differently).
# 4: one extra document per item of a page (indexer.headings). 5: letters and digits split (indexer.analysis).
# 6: one extra document per row of a liste des délibérations / répertoire (indexer.listed).
KEYWORD_CONTENT_VERSION = "6"


def place_words(rel_path: str, collectivite: str | None) -> str:
    """Words that situate every page of a file: its folders, its file name and its collectivité.

    Clerks file by commune and year ("couthenans/2021/CR_reunion.pdf"), and a page of minutes rarely
    repeats the commune's name: without these words, "archiviste Couthenans" missed the one page
    about Couthenans's archivist. They go into the indexed body only (never shown in a snippet).
    """
    parts = rel_path.replace("\\", "/").split("/")
    parts[-1] = os.path.splitext(parts[-1])[0]
    return " ".join([*(p.replace("_", " ") for p in parts), collectivite or ""]).strip()


def keyword_docs(catalog: Catalog, file_ids: Iterable[int]) -> Iterator[KeywordDoc]:
    """One document per (act, page), plus one per item when the page holds several: a short item under
    a matching heading then outranks a long page that mentions the same words here and there (see
    indexer.headings). Both kinds carry the act's objet, numbers and place words.

    A list of deliberations (doc type « liste ») gets one document per row instead of per item: each
    row is the title of an act (« 2024_48 Gratuité inscription bibliothèque municipale… »), and on a
    page of forty rows the one row a clerk's words describe was buried under the page's other words."""
    for file_id in file_ids:
        carried = ""
        for act in catalog.acts(file_id=file_id):
            title = " ".join(x for x in (act.objet, act.act_number) if x)
            place = place_words(act.path, act.collectivite)

            def doc(page: int, body: str, act=act, title=title, place=place, file_id=file_id) -> KeywordDoc:
                return KeywordDoc(act.act_id, file_id, page, title, f"{body}\n{place}", act.collectivite,
                                  act.date, act.matter_code, act.doc_type)

            for page, body in catalog.act_slices(act.act_id) or [(act.page_start, "")]:
                if not body and not title:
                    continue
                parts = items(body, carried)
                yield doc(page, body)
                rows = read_listed(body) if act.doc_type == "liste" else []
                if len(rows) > 1:
                    for row in rows:
                        yield doc(page, " ".join(x for x in (row.number, row.objet) if x))
                elif len(parts) > 1:
                    for part in parts:
                        yield doc(page, part.text)
                if parts:
                    carried = parts[-1].heading
