"""Hostile and unlucky files, made at test time (nothing large is committed).

Used by tests/test_robustness.py and by bench/reproduce_issue15.py, bench/bench_zip_bomb.py and
bench/bench_kill_reimport.py: each builder writes one file (or link) the way a mairie's shared
drive can hold it — a name that is not UTF-8, a PDF only pypdf opens whose text holds lone
surrogates, a .docx that inflates to gigabytes, a link to /etc/passwd, an objet that is a
spreadsheet formula, a UTF-16 .txt from Notepad, binary bytes named .txt…
"""

from __future__ import annotations

import os
import random
import zipfile
from pathlib import Path

# ---------------------------------------------------------------------------- good files

_TEMPLATE = """Département du Loiret
Commune de {commune}

EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du {jour} mars 2022

L'an deux mille vingt-deux, le conseil municipal de la commune de {commune}, dûment convoqué,
s'est réuni en session ordinaire à la mairie, sous la présidence de Monsieur le Maire.
Membres en exercice : 11 / Présents : 9 / Votants : 10

Délibération n° D2022-{numero:02d}
Objet : {objet}

Monsieur le Maire expose au conseil le projet relatif à {sujet}. {extra}
Vu le Code général des collectivités territoriales ;
Le conseil municipal, après en avoir délibéré, décide d'approuver le projet présenté
et autorise le Maire à signer toute pièce relative à ce dossier.

Adopté par 10 voix pour, 0 voix contre et 0 abstention.

Fait et délibéré en séance les jour, mois et an susdits.
"""

_SUBJECTS = ("la réfection du toit de l'église", "l'achat d'un tracteur", "la cantine scolaire",
             "l'éclairage public", "la salle polyvalente", "le columbarium", "la voirie communale",
             "le club de football", "la bibliothèque", "le recrutement d'un agent")


def deliberation_text(number: int, version: int = 1, objet: str | None = None, commune: str = "Fontclaire") -> str:
    """A short deliberation; ``version`` changes its body so that a re-import sees a modified file."""
    subject = _SUBJECTS[number % len(_SUBJECTS)]
    extra = f"Version {version} du projet, mot repère repere{version}x{number}."
    return _TEMPLATE.format(commune=commune, jour=1 + number % 27, numero=number,
                            objet=objet or f"Projet relatif à {subject} ({number})", sujet=subject, extra=extra)


def good_txt(path: Path, number: int, version: int = 1) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(deliberation_text(number, version), encoding="utf-8")
    return path


def text_pdf(path: Path, lines: list[str]) -> Path:
    """A one-page PDF with a text layer in Helvetica (ASCII only: the test needs no font file)."""
    content = "BT /F1 11 Tf 50 780 Td 14 TL " + " ".join(
        "(" + line.encode("ascii", "replace").decode().replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        + ") '" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
        " /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_pdf_bytes(objects))
    return path


def _pdf_bytes(objects: list[str], header: bytes = b"%PDF-1.4\n", xref: bool = True) -> bytes:
    out = bytearray(header)
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    start = len(out)
    if xref:
        out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
        for offset in offsets:
            out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{start}\n%%EOF\n".encode()
    return bytes(out)


# ---------------------------------------------------------------------------- case 1: a name that is not UTF-8


def non_utf8_name(folder: Path, content: bytes) -> bytes:
    """A file whose name holds the byte 0xFF (a USB key formatted elsewhere); returns the raw name."""
    raw = os.fsencode(folder) + b"/deliberation_\xff.txt"
    with open(raw, "wb") as fh:
        fh.write(content)
    return raw


# ---------------------------------------------------------------------------- case 2: a PDF only pypdf reads


def pypdf_only_pdf(path: Path) -> Path:
    """A damaged PDF that PDFium refuses and pypdf opens, whose text layer maps glyphs to NUL and to
    lone UTF-16 surrogates through its ToUnicode table (what broken producers write)."""
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Bad def "
        "1 begincodespacerange <00> <FF> endcodespacerange "
        "3 beginbfchar <01> <D800> <02> <0000> <03> <DC00> endbfchar "
        "1 beginbfrange <41> <5A> <0041> endbfrange "
        "endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    content = "BT /F1 12 Tf 50 780 Td (DELIBERATION \\001\\002\\003 CONSEIL MUNICIPAL TRAVAUX) Tj ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
        " /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        f"<< /Length {len(cmap)} >>\nstream\n{cmap}\nendstream",
    ]
    # The damage: the trailer lost its /Root key. PDFium gives up ("Data format error"); pypdf in
    # non-strict mode finds the catalogue by scanning the objects.
    data = _pdf_bytes(objects).replace(b"/Root 1 0 R", b"/Rooot 1 0 R")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


# ---------------------------------------------------------------------------- case 4: zip bombs


_DOCX_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
_DOCX_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>'
)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx(path: Path, paragraphs: list[str]) -> Path:
    """A minimal, valid .docx (what python-docx and Word open)."""
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{_xml(p)}</w:t></w:r></w:p>" for p in paragraphs)
    _write_docx(path, [body.encode()])
    return path


def _write_docx(path: Path, body_parts: list[bytes], repeat: int = 1) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _DOCX_TYPES)
        archive.writestr("_rels/.rels", _DOCX_RELS)
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{_W}">'
                         "<w:body>".encode())
            for _ in range(repeat):
                for part in body_parts:
                    member.write(part)
            member.write(b"</w:body></w:document>")


def docx_bomb(path: Path, inflated_bytes: int) -> Path:
    """A .docx whose document.xml inflates to about ``inflated_bytes`` of tiny paragraphs (the shape
    that costs a DOM parser the most memory), written in 1 MB blocks so making it stays cheap."""
    block = b"<w:p><w:r><w:t>a</w:t></w:r></w:p>" * (1024 * 1024 // 34)
    _write_docx(path, [block], repeat=max(1, inflated_bytes // len(block)))
    return path


_ODT_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
    '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
)
_ODT_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
    "<office:body><office:text>"
)


def odt(path: Path, paragraphs: list[str]) -> Path:
    _write_odt(path, ["".join(f"<text:p>{_xml(p)}</text:p>" for p in paragraphs).encode()])
    return path


def _write_odt(path: Path, body_parts: list[bytes], repeat: int = 1) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr("META-INF/manifest.xml", _ODT_MANIFEST)
        with archive.open("content.xml", "w", force_zip64=True) as member:
            member.write(_ODT_HEAD.encode())
            for _ in range(repeat):
                for part in body_parts:
                    member.write(part)
            member.write(b"</office:text></office:body></office:document-content>")


def odt_bomb(path: Path, inflated_bytes: int) -> Path:
    block = b"<text:p>a</text:p>" * (1024 * 1024 // 18)
    _write_odt(path, [block], repeat=max(1, inflated_bytes // len(block)))
    return path


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------------------- case 5 and 10: links, long paths


def link(path: Path, target: Path | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    os.symlink(target, path)
    return path


def link_loop(folder: Path) -> Path:
    """A link to itself: stat() fails with ELOOP."""
    path = folder / "boucle.pdf"
    os.symlink(path.name, path)
    return path


def over_long_path(folder: Path, content: bytes) -> str:
    """A file under folders nested deeper than PATH_MAX allows to name (a copy from a Windows share
    with long names); made through directory descriptors. Returns its path relative to ``folder``."""
    name = "sous-dossier-au-nom-tres-long-" + "x" * 200
    depth = 4200 // (len(name) + 1) + 1
    fd = os.open(folder, os.O_RDONLY)
    parts = []
    try:
        for _ in range(depth):
            os.mkdir(name, dir_fd=fd)
            child = os.open(name, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = child
            parts.append(name)
        leaf = os.open("deliberation.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
        os.write(leaf, content)
        os.close(leaf)
    finally:
        os.close(fd)
    return "/".join([*parts, "deliberation.txt"])


def remove_tree(folder: Path) -> None:
    """rmtree that copes with paths longer than PATH_MAX (shutil.rmtree works by descriptors too)."""
    import shutil

    shutil.rmtree(folder, ignore_errors=True)


# ---------------------------------------------------------------------------- case 10: wrong reasons


def corrupt_zip(path: Path) -> Path:
    """Bytes that start like a zip (PK) and are not one: a .docx/.odt damaged by a copy."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"PK\x03\x04" + bytes(random.Random(7).randrange(256) for _ in range(3000)))
    return path


def utf16_txt(path: Path, text: str) -> Path:
    """Windows Notepad's « Unicode »: UTF-16 little-endian with a byte order mark."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-16"))
    return path


def binary_txt(path: Path, size: int = 60_000) -> Path:
    """Binary content without a single NUL byte (a renamed image, a ciphered file)."""
    rnd = random.Random(11)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bytes(rnd.randrange(1, 256) for _ in range(size)))
    return path


def bad_doc(path: Path) -> Path:
    """A .doc that antiword and catdoc cannot read."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(random.Random(3).randrange(256) for _ in range(5000)))
    return path
