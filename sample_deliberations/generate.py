"""Regenerate the sample deliberations of fictional communes and their ground_truth.json.

    .venv/bin/python sample_deliberations/generate.py            # writes next to this script
    .venv/bin/python sample_deliberations/generate.py --out DIR  # writes elsewhere

Only fpdf2, Pillow, python-docx and odfdo are used. Output is byte-stable from one run to the next on
the same machine (fixed dates, fixed random seeds, normalized zip timestamps); a file whose bytes did
not change is not rewritten. Other versions of fpdf2/Pillow or a machine without the DejaVu fonts give
different bytes (and "euros" instead of "€" with the Helvetica fallback).
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
import textwrap
import unicodedata
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.dont_write_bytecode = True  # keep __pycache__ out of the folder that users import as a sample
import content as c  # noqa: E402  (sibling module; this folder is not a package)

FIXED_DATE = datetime(2024, 1, 1, tzinfo=UTC)
FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"),
             Path("/usr/share/fonts"))

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre")
UNITS = ("", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
         "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf")
HOURS = {"19h00": "dix-neuf heures", "19h30": "dix-neuf heures trente", "20h00": "vingt heures",
         "20h30": "vingt heures trente"}


# --- French wording ---------------------------------------------------------------------------

def number_words(n: int) -> str:
    if n < 20:
        return UNITS[n]
    tens = {2: "vingt", 3: "trente"}[n // 10]
    unit = n % 10
    if unit == 0:
        return tens
    return f"{tens} et un" if unit == 1 else f"{tens}-{UNITS[unit]}"


def long_date(d: date) -> str:
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {MONTHS[d.month - 1]} {d.year}"


def date_in_words(d: date) -> str:
    day = "premier" if d.day == 1 else number_words(d.day)
    return f"L'an deux mille {number_words(d.year - 2000)}, le {day} {MONTHS[d.month - 1]}"


def strip_accents(text: str) -> str:
    text = text.replace("œ", "oe").replace("Œ", "OE").replace("’", "'")
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


def person(member: str) -> str:
    for prefix in ("M. ", "Mme ", "Monsieur ", "Madame "):
        if member.startswith(prefix):
            return member[len(prefix):]
    return member


def maire_title(commune: c.Commune) -> str:
    return "Madame le Maire" if commune.maire.startswith("Madame") else "Monsieur le Maire"


def vote_sentence(vote: c.Vote) -> str:
    if vote.style == "unanimite":
        return "Adopté à l'unanimité des membres présents et représentés."
    if vote.style == "unanimite_count":
        return f"Adopté à l'unanimité ({vote.pour} voix pour)."
    if vote.style == "comma":
        return (f"Adopté par {vote.pour} voix pour, {vote.contre} voix contre et "
                f"{vote.abstention} abstention{'s' if (vote.abstention or 0) > 1 else ''}.")
    return f"Pour : {vote.pour}    Contre : {vote.contre}    Abstention : {vote.abstention}"


def teletransmission_id(s: c.Seance, act: c.Act) -> str:
    dept = {"Loiret": "045", "Côte-d'Or": "021"}[s.commune.departement]
    number = (act.number or "").replace("-", "_")
    return f"{dept}-{s.commune.siren}-{s.day:%Y%m%d}-{number}-DE"


# --- Documents as blocks, shared by every renderer ---------------------------------------------

@dataclass
class Block:
    kind: str  # title, center, h, p, li, table, space, newpage, start, end, right, small, mono
    text: str = ""
    rows: tuple[tuple[str, ...], ...] = ()
    widths: tuple[int, ...] = ()


def attendance(s: c.Seance) -> list[Block]:
    commune, presidence = s.commune, s.commune.maire
    blocks = [
        Block("p", f"{date_in_words(s.day)}, à {HOURS[s.heure]}, le conseil municipal de la commune de "
                   f"{commune.name}, dûment convoqué le {long_date(s.convocation)}, s'est réuni en session "
                   f"ordinaire à la mairie, sous la présidence de {presidence}, Maire."),
        Block("p", f"Date de convocation : {s.convocation:%d/%m/%Y}"),
        Block("h", f"Membres en exercice : {len(commune.members)} / Présents : {len(s.presents)} / "
                   f"Votants : {s.votants}"),
        Block("p", "Présents : " + ", ".join(s.presents) + "."),
    ]
    for giver, receiver in s.pouvoirs:
        blocks.append(Block("p", f"{giver} a donné pouvoir à {receiver}."))
    if s.excuses:
        blocks.append(Block("p", "Excusés : " + ", ".join(s.excuses) + "."))
    if s.absents:
        blocks.append(Block("p", "Absent : " + ", ".join(s.absents) + "."))
    blocks.append(Block("p", f"Secrétaire de séance : {s.secretaire}"))
    return blocks


def registry_header(s: c.Seance) -> list[Block]:
    return [
        Block("small", f"Département du {s.commune.departement}" if s.commune.departement == "Loiret"
              else f"Département de la {s.commune.departement}"),
        Block("h", f"Commune de {s.commune.name}"),
        Block("space"),
        Block("title", "Extrait du registre des délibérations du conseil municipal"),
        Block("center", f"Séance du {long_date(s.day)}"),
        Block("space"),
    ]


def act_body(s: c.Seance, act: c.Act, *, in_pv: bool) -> list[Block]:
    blocks: list[Block] = []
    table_done = act.table is None
    blocks.append(Block("start", act.number or act.objet))
    if in_pv:
        blocks.append(Block("h", f"Délibération n° {act.number} - Objet : {act.objet}"))
    else:
        blocks.append(Block("h", f"Délibération n° {act.number}"))
        blocks.append(Block("h", f"Objet : {act.objet}"))
    if act.show_matter:
        blocks.append(Block("small", f"Nomenclature ACTES : {act.matter}"))
    blocks.append(Block("space"))
    if act.rapporteur != maire_title(s.commune) and in_pv:
        blocks.append(Block("p", f"Rapporteur : {act.rapporteur}"))
    blocks += [Block("p", para) for para in act.expose]
    blocks += [Block("p", f"{visa} ;") for visa in act.visas]
    blocks += [Block("p", f"{considerant} ;") for considerant in act.considerants]
    if in_pv and act.debate:
        blocks.append(Block("p", "Débat :"))
        blocks += [Block("p", para) for para in act.debate]
    blocks.append(Block("p", "Le conseil municipal, après en avoir délibéré, décide :"))
    for article in act.articles:
        blocks.append(Block("li", article))
        if not table_done and article.endswith(":") and not act.table_as_annex:
            assert act.table is not None and act.table_widths is not None
            blocks.append(Block("table", rows=act.table, widths=act.table_widths))
            table_done = True
    blocks.append(Block("space"))
    blocks.append(Block("h", vote_sentence(act.vote)))
    if not table_done and not act.table_as_annex:
        raise ValueError(f"table of {act.number} has no article ending with ':'")
    return blocks


def closing(s: c.Seance, act: c.Act) -> list[Block]:
    sent = s.day + timedelta(days=4)
    return [
        Block("space"),
        Block("p", "Fait et délibéré en séance les jour, mois et an susdits. "
                   "Au registre sont les signatures."),
        Block("p", "Pour extrait certifié conforme."),
        Block("right", f"À {s.commune.name}, le {long_date(sent)}"),
        Block("right", f"Le Maire, {person(s.commune.maire)}"),
        Block("right", f"Le secrétaire de séance, {person(s.secretaire)}"),
        Block("space"),
        Block("small", f"Certifié exécutoire : transmis en préfecture le {sent:%d/%m/%Y} et publié le "
                       f"{sent + timedelta(days=1):%d/%m/%Y}."),
        Block("small", f"Accusé de réception en préfecture : {teletransmission_id(s, act)}"),
    ]


def single_act(s: c.Seance, act: c.Act) -> list[Block]:
    blocks = registry_header(s) + attendance(s) + [Block("space")] + act_body(s, act, in_pv=False)
    blocks += closing(s, act)
    if act.table_as_annex:
        assert act.table is not None
        blocks += [Block("newpage"), Block("title", f"Annexe à la délibération n° {act.number}"),
                   Block("center", "Tableau récapitulatif des indemnités allouées aux membres du conseil "
                                   "municipal"),
                   Block("space"), Block("table", rows=act.table, widths=act.table_widths or ())]
    blocks.append(Block("end", act.number or act.objet))
    return blocks


def proces_verbal(s: c.Seance, previous: date, ended: str, divers: str) -> list[Block]:
    blocks = [
        Block("h", f"Commune de {s.commune.name}"),
        Block("small", f"Département du {s.commune.departement}"),
        Block("space"),
        Block("title", f"Procès-verbal de la séance du conseil municipal du {long_date(s.day)}"),
        Block("space"),
        *attendance(s),
        Block("p", f"Le quorum étant atteint, {maire_title(s.commune)} ouvre la séance à {s.heure}."),
        Block("p", f"Le procès-verbal de la séance du {long_date(previous)} est approuvé à l'unanimité."),
        Block("h", "Ordre du jour"),
    ]
    blocks += [Block("li", f"{i}. {act.objet}") for i, act in enumerate(s.acts, 1)]
    blocks.append(Block("li", f"{len(s.acts) + 1}. Questions diverses"))
    blocks.append(Block("space"))
    for act in s.acts:
        if act.new_page:
            blocks.append(Block("newpage"))
        blocks += act_body(s, act, in_pv=True)
        blocks.append(Block("end", act.number or act.objet))
        blocks.append(Block("space"))
    blocks += [
        Block("h", "Questions diverses"),
        Block("p", divers),
        Block("p", f"L'ordre du jour étant épuisé, la séance est levée à {ended}."),
        Block("space"),
        Block("right", f"Le Maire, {person(s.commune.maire)}"),
        Block("right", f"Le secrétaire de séance, {person(s.secretaire)}"),
    ]
    return blocks


def vote_summary(vote: c.Vote) -> str:
    if vote.unanimite:
        return "Adoptée à l'unanimité"
    return f"Adoptée ({vote.pour} pour, {vote.contre} contre, {vote.abstention} abstention)"


def liste(s: c.Seance, title: str) -> list[Block]:
    rows = (("N°", "Objet", "Vote"),) + tuple(
        (act.number or "", act.objet, vote_summary(act.vote)) for act in s.acts)
    posted = s.day + timedelta(days=3)
    return [
        Block("h", f"Commune de {s.commune.name}"),
        Block("small", f"Département du {s.commune.departement}"),
        Block("space"),
        Block("start", title),
        Block("title", title),
        Block("center", "(article L2121-25 du Code général des collectivités territoriales)"),
        Block("space"),
        Block("p", f"Membres en exercice : {len(s.commune.members)} / Présents : {len(s.presents)} / "
                   f"Votants : {s.votants}"),
        Block("p", f"Séance présidée par {s.commune.maire}, Maire. Secrétaire de séance : {s.secretaire}."),
        Block("space"),
        Block("table", rows=rows, widths=(24, 106, 40)),
        Block("space"),
        Block("p", f"Affichée en mairie et mise en ligne le {long_date(posted)}."),
        Block("right", f"Le Maire, {person(s.commune.maire)}"),
        Block("end", title),
    ]


def ordre_du_jour(s: c.Seance, title: str) -> list[Block]:
    weekday = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")[s.day.weekday()]
    items = ["Approbation du procès-verbal de la séance du 2 mars 2023"]
    items += [act.objet for act in s.acts]
    items += ["Compte rendu des décisions prises par le maire par délégation", "Questions diverses"]
    return [
        Block("h", "Mairie de Saint-Aubin-sur-Loire"),
        Block("small", "1 place de l'Église - 45150 Saint-Aubin-sur-Loire - Tél. 02 38 00 00 00"),
        Block("space"),
        Block("right", f"Saint-Aubin-sur-Loire, le {long_date(s.convocation)}"),
        Block("space"),
        Block("h", "Convocation du conseil municipal"),
        Block("p", "Madame, Monsieur le conseiller municipal,"),
        Block("p", f"J'ai l'honneur de vous convier à la séance du conseil municipal qui se tiendra le "
                   f"{weekday} {long_date(s.day)} à {s.heure}, en mairie, salle du conseil."),
        Block("start", title),
        Block("title", title),
        *[Block("li", f"{i}. {item}") for i, item in enumerate(items, 1)],
        Block("end", title),
        Block("space"),
        Block("p", "Les documents budgétaires sont consultables en mairie aux heures d'ouverture. En cas "
                   "d'empêchement, vous pouvez donner pouvoir à un collègue de votre choix (un seul "
                   "pouvoir par conseiller)."),
        Block("right", f"Le Maire, {person(s.commune.maire)}"),
    ]


# --- Renderers ---------------------------------------------------------------------------------

def find_font(name: str) -> Path | None:
    for folder in FONT_DIRS:
        hits = sorted(folder.rglob(name)) if folder.is_dir() else []
        if hits:
            return hits[0]
    return None


@dataclass(frozen=True)
class PdfStyle:
    family: str  # "DejaVuSans", "DejaVuSerif" or "Courier"
    size: float = 10.5
    ascii_only: bool = False


class _RegistryPdf(FPDF):
    footer_text = ""
    footer_family = "Helvetica"

    def footer(self) -> None:
        if not self.footer_text:
            return
        self.set_y(-13)
        self.set_font(self.footer_family, "", 8)
        self.cell(0, 5, f"{self.footer_text} - Page {self.page_no()}/{{nb}}", align="C")


def _prepare_pdf(style: PdfStyle) -> tuple[_RegistryPdf, str, Callable[[str], str]]:
    pdf = _RegistryPdf(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_creator("Registre des délibérations")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    family = style.family
    regular = find_font(f"{family}.ttf") if family.startswith("DejaVu") else None
    if regular is not None:
        pdf.add_font(family, "", str(regular))
        for suffix, variant in (("B", "-Bold"), ("I", "-Oblique" if "Sans" in family else "-Italic")):
            path = find_font(f"{family}{variant}.ttf")
            pdf.add_font(family, suffix, str(path or regular))

        def clean(text: str) -> str:
            return strip_accents(text) if style.ascii_only else text
    else:
        family = "Courier" if family == "Courier" else ("Times" if "Serif" in family else "Helvetica")

        def clean(text: str) -> str:
            text = text.replace("€", "euros").replace("’", "'").replace("œ", "oe")
            return strip_accents(text) if style.ascii_only else text
    pdf.footer_family = family
    return pdf, family, clean


def render_pdf(blocks: list[Block], style: PdfStyle, footer: str) -> tuple[bytes, dict[str, list[int]], int]:
    pdf, family, clean = _prepare_pdf(style)
    pdf.footer_text = clean(footer)
    pdf.add_page()
    size, line = style.size, style.size * 0.52
    spans: dict[str, list[int]] = {}
    for block in blocks:
        text = clean(block.text)
        if block.kind == "start":
            if pdf.get_y() > pdf.h - 70:
                pdf.add_page()
            spans[block.text] = [pdf.page_no(), pdf.page_no()]
        elif block.kind == "end":
            spans[block.text][1] = pdf.page_no()
        elif block.kind == "newpage":
            pdf.add_page()
        elif block.kind == "space":
            pdf.ln(line * 0.8)
        elif block.kind == "title":
            pdf.set_font(family, "B", size + 2.5)
            pdf.multi_cell(0, line * 1.3, text, align="C", new_x="LMARGIN", new_y="NEXT")
        elif block.kind == "center":
            pdf.set_font(family, "", size + 0.5)
            pdf.multi_cell(0, line * 1.2, text, align="C", new_x="LMARGIN", new_y="NEXT")
        elif block.kind == "h":
            pdf.set_font(family, "B", size)
            pdf.multi_cell(0, line, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif block.kind in ("p", "li"):
            pdf.set_font(family, "", size)
            if block.kind == "li":
                pdf.set_x(pdf.l_margin + 6)
            pdf.multi_cell(0, line, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
        elif block.kind == "right":
            pdf.set_font(family, "", size)
            pdf.multi_cell(0, line, text, align="R", new_x="LMARGIN", new_y="NEXT")
        elif block.kind == "small":
            pdf.set_font(family, "I", size - 2)
            pdf.multi_cell(0, line * 0.85, text, align="L", new_x="LMARGIN", new_y="NEXT")
        elif block.kind == "table":
            pdf.set_font(family, "", size - 0.5)
            with pdf.table(col_widths=block.widths, width=sum(block.widths), align="LEFT",
                           line_height=line * 1.1, first_row_as_headings=True) as table:
                for row in block.rows:
                    cells = table.row()
                    for value in row:
                        cells.cell(clean(value))
            pdf.ln(2)
        else:
            raise ValueError(block.kind)
    return bytes(pdf.output()), spans, pdf.pages_count


def _image_fonts(size: int) -> tuple[ImageFont.FreeTypeFont, ImageFont.FreeTypeFont]:
    regular, bold = find_font("DejaVuSerif.ttf"), find_font("DejaVuSerif-Bold.ttf")
    if regular is None or bold is None:
        default = ImageFont.load_default(size=size)
        return default, default  # type: ignore[return-value]
    return ImageFont.truetype(str(regular), size), ImageFont.truetype(str(bold), size)


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: float) -> list[str]:
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and draw.textlength(candidate, font=font) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    return lines + ([current] if current else [])


@dataclass
class _ScanPage:
    image: Image.Image
    draw: ImageDraw.ImageDraw
    y: float = 0.0


@dataclass
class ScanRenderer:
    """Draws blocks onto 200 dpi page images, as a photocopied register would look."""

    seed: int
    stamp: str
    dpi: int = 200
    pages: list[_ScanPage] = field(default_factory=list)
    stamp_at: tuple[int, float] | None = None

    def __post_init__(self) -> None:
        self.width, self.height = round(8.27 * self.dpi), round(11.69 * self.dpi)
        self.margin = round(0.7 * self.dpi)
        self.font, self.bold = _image_fonts(round(self.dpi * 10.5 / 72))
        self.big = _image_fonts(round(self.dpi * 13 / 72))[1]
        self.line = round(self.dpi * 10.5 / 72 * 1.33)
        self.px_per_mm = self.dpi / 25.4

    def new_page(self) -> _ScanPage:
        image = Image.new("L", (self.width, self.height), 255)
        page = _ScanPage(image, ImageDraw.Draw(image), float(self.margin))
        self.pages.append(page)
        return page

    def render(self, blocks: list[Block]) -> tuple[list[Image.Image], dict[str, list[int]]]:
        page = self.new_page()
        spans: dict[str, list[int]] = {}
        usable = self.width - 2 * self.margin
        bottom = self.height - self.margin

        def lines_out(items: Iterable[str], font: ImageFont.FreeTypeFont, align: str,
                      indent: int = 0) -> None:
            nonlocal page
            for text in items:
                if page.y + self.line > bottom:
                    page = self.new_page()
                width = page.draw.textlength(text, font=font)
                x = {"L": self.margin + indent, "C": (self.width - width) / 2,
                     "R": self.width - self.margin - width}[align]
                page.draw.text((x, page.y), text, font=font, fill=20)
                page.y += self.line

        for block in blocks:
            kind = block.kind
            if kind == "start":
                if page.y > bottom - 8 * self.line:
                    page = self.new_page()
                spans[block.text] = [len(self.pages), len(self.pages)]
            elif kind == "end":
                spans[block.text][1] = len(self.pages)
            elif kind == "newpage":
                page = self.new_page()
            elif kind == "space":
                page.y += self.line * 0.6
            elif kind == "table":
                widths = [w * self.px_per_mm for w in block.widths]
                for r, row in enumerate(block.rows):
                    font = self.bold if r == 0 else self.font
                    cells = [_wrap(page.draw, value, font, w - 20)
                             for value, w in zip(row, widths, strict=True)]
                    height = max(len(cell) for cell in cells) * self.line + 16
                    if page.y + height > bottom:
                        page = self.new_page()
                    x = float(self.margin)
                    # Only thin horizontal rules: tesseract drops text boxed by heavy cell borders.
                    page.draw.line((x, page.y, x + sum(widths), page.y), fill=120, width=1)
                    for cell, w in zip(cells, widths, strict=True):
                        for i, text in enumerate(cell):
                            page.draw.text((x + 10, page.y + 8 + i * self.line), text, font=font, fill=20)
                        x += w
                    page.y += height
                    if r == len(block.rows) - 1:
                        page.draw.line((self.margin, page.y, x, page.y), fill=120, width=1)
                page.y += self.line * 0.5
            else:
                if kind == "right" and self.stamp_at is None:
                    self.stamp_at = (len(self.pages) - 1, page.y)
                font = {"title": self.big, "h": self.bold}.get(kind, self.font)
                align = {"title": "C", "center": "C", "right": "R"}.get(kind, "L")
                indent = 50 if kind == "li" else 0
                lines_out(_wrap(page.draw, block.text, font, usable - indent), font, align, indent)
                if kind in ("p", "li", "h"):
                    page.y += self.line * 0.25
        index, y = self.stamp_at or (len(self.pages) - 1, page.y)
        self._stamp(self.pages[index], y)
        return [self._age(p.image, i) for i, p in enumerate(self.pages)], spans

    def _stamp(self, page: _ScanPage, y: float) -> None:
        # Left of the right-aligned signatures, where a real register gets its stamp.
        x0, y0 = self.margin + 20, min(y - 50, self.height - self.margin - 190)
        page.draw.ellipse((x0, y0, x0 + 400, y0 + 180), outline=110, width=5)
        font = _image_fonts(round(self.dpi * 7 / 72))[1]
        for i, text in enumerate((self.stamp, "Reçu en préfecture", "CERTIFIÉ EXÉCUTOIRE")):
            width = page.draw.textlength(text, font=font)
            page.draw.text((x0 + 200 - width / 2, y0 + 40 + i * 36), text, font=font, fill=110)

    def _age(self, image: Image.Image, index: int) -> Image.Image:
        rng = random.Random(self.seed * 100 + index)
        draw = ImageDraw.Draw(image)
        for _ in range(2500):
            x, y = rng.randrange(self.width), rng.randrange(self.height)
            shade = rng.randrange(90, 200)
            draw.point((x, y), fill=shade)
        for _ in range(12):
            x, y = rng.randrange(self.width), rng.randrange(self.height)
            size = rng.randrange(2, 6)
            draw.ellipse((x, y, x + size, y + size), fill=rng.randrange(40, 120))
        image = image.filter(ImageFilter.GaussianBlur(0.7))
        angle = rng.uniform(-0.8, 0.8)
        image = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=235)
        ImageDraw.Draw(image).rectangle((0, 0, 14, self.height), fill=150)  # scanner lid shadow
        return image


def scan_pdf(images: list[Image.Image], title: str) -> bytes:
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_creator("SCAN-MFP 4020")
    pdf.set_title(title)
    for image in images:
        pdf.add_page()
        buffer = io.BytesIO()
        image.save(buffer, format="JPEG", quality=55, optimize=True)
        buffer.seek(0)
        pdf.image(buffer, x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


def render_txt(blocks: list[Block]) -> str:
    out: list[str] = []
    for block in blocks:
        if block.kind in ("start", "end", "newpage"):
            continue
        if block.kind == "space":
            out.append("")
        elif block.kind == "table":
            out += ["    " + " | ".join(row) for row in block.rows]
        elif block.kind == "title":
            out.append(block.text.upper())
        else:
            out += textwrap.wrap(block.text, 96, break_long_words=False, break_on_hyphens=False)
    return "\n".join(out) + "\n"


def render_docx(blocks: list[Block], author: str) -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = Document()
    props = doc.core_properties
    props.author = props.last_modified_by = author
    props.created = props.modified = FIXED_DATE.replace(tzinfo=None)
    props.revision = 1
    for block in blocks:
        if block.kind in ("start", "end", "space", "newpage"):
            continue
        if block.kind == "table":
            table = doc.add_table(rows=0, cols=len(block.rows[0]))
            table.style = "Table Grid"
            for row in block.rows:
                cells = table.add_row().cells
                for cell, value in zip(cells, row, strict=True):
                    cell.text = value
            continue
        paragraph = doc.add_paragraph()
        run = paragraph.add_run(block.text)
        run.bold = block.kind in ("title", "h")
        run.italic = block.kind == "small"
        if block.kind in ("title", "center"):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif block.kind == "right":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    buffer = io.BytesIO()
    doc.save(buffer)
    return normalize_zip(buffer.getvalue())


def render_odt(blocks: list[Block], author: str) -> bytes:
    from odfdo import Document, Header, Paragraph

    doc = Document("text")
    body = doc.body
    body.clear()
    for block in blocks:
        if block.kind in ("start", "end", "space", "newpage"):
            continue
        if block.kind == "title":
            body.append(Header(1, block.text))
        elif block.kind == "h":
            body.append(Header(2, block.text))
        elif block.kind == "table":
            for row in block.rows:
                body.append(Paragraph(" | ".join(row)))
        else:
            body.append(Paragraph(block.text))
    meta = doc.meta
    meta.set_creation_date(FIXED_DATE.replace(tzinfo=None))
    meta.set_modification_date(FIXED_DATE.replace(tzinfo=None))
    meta.set_initial_creator(author)
    meta.set_generator("Registre sample generator")
    buffer = io.BytesIO()
    doc.save(buffer)
    return normalize_zip(buffer.getvalue())


def normalize_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps so that .docx/.odt bytes do not depend on the clock."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            fixed.compress_type = info.compress_type
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


# --- The sample set ----------------------------------------------------------------------------

@dataclass
class Output:
    files: dict[str, bytes] = field(default_factory=dict)
    acts: list[dict[str, object]] = field(default_factory=list)
    file_table: list[dict[str, object]] = field(default_factory=list)


def matter_level1(code: str) -> str:
    return code.split(".")[0]


def act_entry(path: str, pages: list[int], s: c.Seance, act: c.Act, doc_type: str, *, scanned: bool,
              accents: bool = True) -> dict[str, object]:
    fix: Callable[[str], str] = (lambda t: t) if accents else strip_accents
    vote = act.vote
    return {
        "file": path,
        "pages": pages,
        "collectivite": s.commune.name,
        "departement": s.commune.departement,
        "date": s.day.isoformat(),
        "act_number": act.number,
        "objet": fix(act.objet),
        "doc_type": doc_type,
        "matter_code": matter_level1(act.matter),
        "matter_code_level2": act.matter,
        "matter_printed": act.show_matter,
        "votes": {"pour": vote.pour, "contre": vote.contre, "abstention": vote.abstention,
                  "unanimite": vote.unanimite},
        "attendance": {"effectif": len(s.commune.members), "presents": len(s.presents), "votants": s.votants},
        "scanned": scanned,
        "accents": accents,
        "facts": {k: fix(v) for k, v in act.facts.items()},
    }


def check_votes(s: c.Seance) -> None:
    for act in s.acts:
        counted = sum(v or 0 for v in (act.vote.pour, act.vote.contre, act.vote.abstention))
        if counted > s.votants:
            raise ValueError(f"{act.number}: {counted} votes for {s.votants} votants")


def add_pdf(out: Output, path: str, blocks: list[Block], style: PdfStyle, footer: str, s: c.Seance,
            acts: list[c.Act], doc_type: str) -> None:
    data, spans, pages = render_pdf(blocks, style, footer)
    out.files[path] = data
    accents = not style.ascii_only
    for act in acts:
        out.acts.append(act_entry(path, spans[act.number or act.objet], s, act, doc_type, scanned=False,
                                  accents=accents))
    out.file_table.append({"file": path, "format": "pdf", "pages": pages,
                           "scanned": False})


def add_scan(out: Output, path: str, blocks: list[Block], s: c.Seance, seed: int) -> None:
    renderer = ScanRenderer(seed=seed, stamp=f"MAIRIE DE {s.commune.name.upper()}")
    images, spans = renderer.render(blocks)
    out.files[path] = scan_pdf(images, f"Numérisation du {s.day:%d/%m/%Y}")
    for act in s.acts:
        out.acts.append(act_entry(path, spans[act.number or act.objet], s, act, "deliberation", scanned=True))
    out.file_table.append({"file": path, "format": "pdf", "pages": len(images), "scanned": True})


def add_meta_doc(out: Output, path: str, blocks: list[Block], style: PdfStyle, footer: str, s: c.Seance,
                 title: str, doc_type: str, listed: list[c.Act]) -> None:
    data, spans, pages = render_pdf(blocks, style, footer)
    out.files[path] = data
    out.acts.append({
        "file": path, "pages": spans[title], "collectivite": s.commune.name,
        "departement": s.commune.departement, "date": s.day.isoformat(), "act_number": None,
        "objet": title, "doc_type": doc_type, "matter_code": "5", "matter_code_level2": "5.2",
        "matter_printed": False,
        "votes": {"pour": None, "contre": None, "abstention": None, "unanimite": False},
        "attendance": ({"effectif": len(s.commune.members), "presents": len(s.presents), "votants": s.votants}
                       if doc_type == "liste" else None),
        "scanned": False, "accents": True,
        "facts": {"points": ", ".join(a.number or "" for a in listed)},
    })
    out.file_table.append({"file": path, "format": "pdf", "pages": pages,
                           "scanned": False})


def add_other(out: Output, path: str, fmt: str, data: bytes, s: c.Seance) -> None:
    out.files[path] = data
    for act in s.acts:
        out.acts.append(act_entry(path, [1, 1], s, act, "deliberation", scanned=False))
    out.file_table.append({"file": path, "format": fmt, "pages": None, "scanned": False})


def no_accent_registry(s: c.Seance) -> list[Block]:
    blocks: list[Block] = []
    for i, act in enumerate(s.acts):
        if i:
            blocks.append(Block("newpage"))
        blocks += [
            Block("h", f"COMMUNE DE {s.commune.name.upper()}"),
            Block("small", "Departement de la Cote-d'Or - Arrondissement de Dijon"),
            Block("title", "EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL"),
            Block("center", f"Seance du {s.day:%d/%m/%Y}"),
            *attendance(s),
            Block("space"),
            *act_body(s, act, in_pv=False),
            Block("end", act.number or act.objet),
            Block("p", "Ainsi fait et delibere les jour, mois et an susdits."),
            Block("right", f"Le Maire, {person(s.commune.maire)}"),
        ]
    return blocks


def build() -> Output:
    out = Output()
    sans, serif = PdfStyle("DejaVuSans"), PdfStyle("DejaVuSerif", size=10.5)
    seances = {name: factory() for name, factory in vars(c).items()
               if callable(factory) and name[:3] in ("sa_", "va_", "fc_")}
    for s in seances.values():
        check_votes(s)

    def act(s: c.Seance, number: str) -> c.Act:
        return next(a for a in s.acts if a.number == number)

    def footer(s: c.Seance, what: str) -> str:
        return f"Commune de {s.commune.name} - {what}"

    # Saint-Aubin-sur-Loire, filed by year.
    s = seances["sa_2019_11_28"]
    add_scan(out, "saint-aubin-sur-loire/2019/scan_deliberation_2019-031.pdf",
             registry_header(s) + attendance(s) + [Block("space")]
             + act_body(s, s.acts[0], in_pv=False) + [Block("end", "2019-031")] + closing(s, s.acts[0]), s, 1)

    s = seances["sa_2020_05_25"]
    a = s.acts[0]
    add_pdf(out, "saint-aubin-sur-loire/2020/2020-022 indemnites des elus.pdf", single_act(s, a), sans,
            footer(s, f"Délibération n° {a.number}"), s, [a], "deliberation")

    s = seances["sa_2021_03_12"]
    for number, name in (("2021-014", "2021-014_subvention_AS_football.pdf"),
                         ("2021-015", "2021-015_tarifs_cantine.pdf")):
        a = act(s, number)
        add_pdf(out, f"saint-aubin-sur-loire/2021/{name}", single_act(s, a), sans,
                footer(s, f"Délibération n° {a.number}"), s, [a], "deliberation")
    title = f"Liste des délibérations de la séance du {long_date(s.day)}"
    add_meta_doc(out, "saint-aubin-sur-loire/2021/liste_deliberations_2021-03-12.pdf", liste(s, title), sans,
                 footer(s, "Liste des délibérations"), s, title, "liste", s.acts)

    s = seances["sa_2022_09_29"]
    pv = proces_verbal(s, date(2022, 6, 30), "22h15", (
        "Mme Martine GIRAUD informe le conseil que la cérémonie des vœux aura lieu le samedi 7 janvier 2023 "
        "à 11 heures à la salle des fêtes."))
    add_pdf(out, "saint-aubin-sur-loire/2022/PV_CM_2022-09-29.pdf", pv,
            PdfStyle("DejaVuSans", size=10), footer(s, f"Procès-verbal du {long_date(s.day)}"), s, s.acts,
            "proces-verbal")

    s = seances["sa_2023_04_06"]
    title = f"Ordre du jour de la séance du {long_date(s.day)}"
    add_meta_doc(out, "saint-aubin-sur-loire/2023/ordre_du_jour_CM_2023-04-06.pdf", ordre_du_jour(s, title),
                 sans, "", s, title, "ordre-du-jour", s.acts)
    for number, name in (("2023-008", "2023-008_subvention_AS_football.pdf"),
                         ("2023-009", "2023-009_prix_eau_assainissement.pdf")):
        a = act(s, number)
        add_pdf(out, f"saint-aubin-sur-loire/2023/{name}", single_act(s, a), sans,
                footer(s, f"Délibération n° {a.number}"), s, [a], "deliberation")

    s = seances["sa_2024_03_28"]
    pv = proces_verbal(s, date(2024, 2, 29), "22h40", (
        "M. Laurent GAUTHIER annonce que la chasse aux œufs de Pâques aura lieu le lundi 1er avril 2024 au "
        "parc de la mairie ; les bénévoles sont les bienvenus."))
    add_pdf(out, "saint-aubin-sur-loire/2024/PV_CM_2024-03-28.pdf", pv,
            PdfStyle("DejaVuSans", size=10), footer(s, f"Procès-verbal du {long_date(s.day)}"), s, s.acts,
            "proces-verbal")

    # Valmont-le-Vieux, one flat folder as exported by its software.
    s = seances["va_2019_06_14"]
    add_pdf(out, "valmont-le-vieux/DELIB_20190614_DE_2019_018-019.pdf", no_accent_registry(s),
            PdfStyle("Courier", size=10, ascii_only=True), "", s, s.acts, "deliberation")
    s = seances["va_2020_10_09"]
    blocks = registry_header(s) + attendance(s) + [Block("space")]
    for a in s.acts:
        if a.new_page:
            blocks += [Block("newpage"), Block("center", f"Séance du {long_date(s.day)} (suite)"),
                       Block("space")]
        blocks += act_body(s, a, in_pv=False) + [Block("end", a.number or a.objet)]
    blocks += closing(s, s.acts[-1])
    add_scan(out, "valmont-le-vieux/SCAN_CM_20201009.pdf", blocks, s, 2)
    s = seances["va_2021_12_10"]
    a = s.acts[0]
    add_pdf(out, "valmont-le-vieux/DE_2021_041_recrutement_contractuel.pdf", single_act(s, a), serif,
            footer(s, f"Délibération {a.number}"), s, [a], "deliberation")
    s = seances["va_2022_04_08"]
    add_other(out, "valmont-le-vieux/DE_2022_007_budget_primitif.docx", "docx",
              render_docx(single_act(s, s.acts[0]), "Mairie de Valmont-le-Vieux"), s)
    s = seances["va_2023_02_17"]
    add_other(out, "valmont-le-vieux/DE_2023_004_salle_polyvalente.odt", "odt",
              render_odt(single_act(s, s.acts[0]), "Mairie de Valmont-le-Vieux"), s)
    s = seances["va_2024_07_05"]
    a = s.acts[0]
    add_pdf(out, "valmont-le-vieux/DE_2024_022_extinction_eclairage.pdf", single_act(s, a), serif,
            footer(s, f"Délibération {a.number}"), s, [a], "deliberation")

    # Fontclaire, the neighbouring commune.
    s = seances["fc_2021_07_08"]
    add_scan(out, "fontclaire/2021/SCAN0007.pdf",
             registry_header(s) + attendance(s) + [Block("space")]
             + act_body(s, s.acts[0], in_pv=False) + [Block("end", s.acts[0].number or "")]
             + closing(s, s.acts[0]), s, 3)
    s = seances["fc_2022_11_24"]
    a = s.acts[0]
    add_pdf(out, "fontclaire/2022/D2022-31 tracteur-tondeuse.pdf", single_act(s, a), serif,
            footer(s, f"Délibération {a.number}"), s, [a], "deliberation")
    s = seances["fc_2023_05_16"]
    add_other(out, "fontclaire/2023/D2023-12_cantine.txt", "txt",
              render_txt(single_act(s, s.acts[0])).encode("utf-8"), s)

    add_bad_files(out)
    return out


BAD_FILES = (
    ("problemes/deliberation_tronquee.pdf", "corrupt"),
    ("problemes/vide.pdf", "empty"),
    ("problemes/compte_rendu_commission.pdf", "not_pdf"),
    ("problemes/deliberation_protegee.pdf", "encrypted"),
)
USER_PASSWORD = "mairie2024"


def add_bad_files(out: Output) -> None:
    source = out.files["saint-aubin-sur-loire/2021/2021-015_tarifs_cantine.pdf"]
    out.files[BAD_FILES[0][0]] = source[:1200]  # cut inside the first content stream
    out.files[BAD_FILES[1][0]] = b""
    out.files[BAD_FILES[2][0]] = (
        "Commission des fêtes - réunion du 3 février 2022\n\n"
        "Présents : Mme GIRAUD, M. ROUSSEAU, Mme FAURE.\n"
        "Préparation du repas des aînés et de la brocante du 1er mai.\n"
    ).encode()
    pdf, family, clean = _prepare_pdf(PdfStyle("DejaVuSans"))
    pdf.set_encryption(owner_password="proprietaire", user_password=USER_PASSWORD)
    pdf.add_page()
    pdf.set_font(family, "", 11)
    pdf.multi_cell(0, 6, clean("Commune de Saint-Aubin-sur-Loire - Délibération n° 2023-011 - Objet : "
                               "Convention de déneigement avec M. Bindit, exploitant agricole."))
    out.files[BAD_FILES[3][0]] = bytes(pdf.output())


def locate(out: Output, number: str) -> dict[str, object]:
    entry = next(e for e in out.acts if e["act_number"] == number)
    pages = entry["pages"]
    assert isinstance(pages, list)
    return {"file": entry["file"], "page": pages[0], "act_number": number}


QUERIES = (
    ("aide financière au club de foot", "paraphrase", ("2021-014", "2023-008", "2024-015")),
    ("deliberation cantine", "sans accents", ("2021-015", "D2023-12")),
    ("subvension football", "faute de frappe", ("2021-014", "2023-008", "2024-015")),
    ("2022-043", "numéro exact", ("2022-043",)),
    ("DE_2020_027", "numéro exact, page numérisée", ("DE_2020_027",)),
    ("prix d'une concession cinquantenaire au cimetière", "texte seulement dans une page numérisée",
     ("2019-031",)),
    ("prix de l'eau 2023 assainissement", "mots-clés", ("2023-009",)),
    ("modification du plan local d'urbanisme", "mots-clés", ("2022-042",)),
    ("vente d'une parcelle communale aux Grands Champs", "paraphrase", ("2022-043",)),
    ("indemnités du maire et des adjoints", "mots-clés", ("2020-022",)),
    ("couper les lampadaires la nuit pour économiser l'électricité", "paraphrase", ("DE_2024_022",)),
    ("embauche d'un agent temporaire pour les espaces verts", "paraphrase", ("DE_2021_041",)),
    ("tarif location salle des fetes", "sans accents", ("2022-045", "DE_2023_004")),
    ("budget primitif 2024", "mots-clés", ("2024-013",)),
)

QA = (
    ("Quel montant le conseil municipal de Saint-Aubin-sur-Loire a-t-il voté en 2021 pour la subvention à "
     "l'Association Sportive de Saint-Aubin (football) ?", "1 500 euros", ("2021-014",)),
    ("Combien de conseillers ont voté contre la subvention au club de football en mars 2021 ?",
     "Un (11 pour, 1 contre, 1 abstention)", ("2021-014",)),
    ("Quel est le prix du repas enfant à la cantine de Saint-Aubin-sur-Loire à partir de septembre 2021 ?",
     "3,20 €", ("2021-015",)),
    ("Quelle entreprise a obtenu le marché de réfection de la rue des Tilleuls et pour quel montant ?",
     "Berthier TP, pour 68 420,50 euros HT", ("2022-041",)),
    ("À quel prix la parcelle ZB 112 des Grands Champs a-t-elle été vendue ?",
     "37 500 euros, à M. et Mme Tessier", ("2022-043",)),
    ("Combien coûte une concession cinquantenaire au cimetière de Saint-Aubin-sur-Loire depuis 2020 ?",
     "320 euros", ("2019-031",)),
    ("Quelle est la part variable du prix de l'eau potable à Saint-Aubin-sur-Loire en 2023 ?",
     "1,45 euros par m³ (abonnement annuel 42,00 euros)", ("2023-009",)),
    ("À quelles heures l'éclairage public est-il éteint à Valmont-le-Vieux ?",
     "De 23 h 00 à 5 h 00, à partir du 1er septembre 2024", ("DE_2024_022",)),
    ("Quel tarif de salle des fêtes le conseil a-t-il retenu pour les habitants le week-end ?",
     "250 euros (l'amendement à 200 euros a été rejeté)", ("2022-045",)),
)

UNANSWERABLE = (
    ("Quel montant a été voté en 2022 pour la subvention au club de football de Saint-Aubin ?",
     "Aucune subvention au club de football n'a été votée en 2022 (seulement 2021, 2023 et 2024)."),
    ("Quelle subvention le conseil a-t-il accordée au club de tennis ?", "Aucun club de tennis n'apparaît."),
    ("Quel est le prix du repas de cantine à Saint-Aubin-sur-Loire en 2024 ?",
     "Seul le tarif de 2021 (3,20 €) a été délibéré ; rien pour 2024."),
    ("Quand le conseil a-t-il voté une subvention de 2 500 euros au comité des fêtes ?",
     "Le comité des fêtes a reçu 1 200 euros en 2024 ; aucune délibération à 2 500 euros."),
    ("Quel est le prix de l'eau potable à Saint-Aubin-sur-Loire en 2021 ?",
     "Seuls les tarifs 2023 figurent dans les documents."),
    ("Quelle entreprise a refait la route de Fontclaire en 2023 ?", "Aucun marché de ce type."),
)


def ground_truth(out: Output) -> dict[str, object]:
    return {
        "description": "Vérité terrain des délibérations fictives générées par generate.py. Pages numérotées "
                       "à partir de 1 ; matter_code = niveau 1 de la nomenclature ACTES.",
        "files": out.file_table,
        "acts": out.acts,
        "bad_files": [{"file": path, "problem": problem, **({"password": USER_PASSWORD}
                                                           if problem == "encrypted" else {})}
                      for path, problem in BAD_FILES],
        "queries": [{"query": q, "kind": kind, "expected": [locate(out, n) for n in numbers]}
                    for q, kind, numbers in QUERIES],
        "qa": [{"question": q, "answer": a, "answerable": True, "sources": [locate(out, n) for n in numbers]}
               for q, a, numbers in QA]
              + [{"question": q, "answer": None, "answerable": False, "why": why} for q, why in UNANSWERABLE],
    }


def write_if_changed(path: Path, data: bytes) -> bool:
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Génère les délibérations d'exemple et leur vérité terrain.")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    args = parser.parse_args(argv)
    if find_font("DejaVuSans.ttf") is None:
        print("Police DejaVu introuvable : repli sur Helvetica (le symbole € devient « euros »).")
    out = build()
    changed = [p for p, data in out.files.items() if write_if_changed(args.out / p, data)]
    truth = json.dumps(ground_truth(out), ensure_ascii=False, indent=1) + "\n"
    if write_if_changed(args.out / "ground_truth.json", truth.encode("utf-8")):
        changed.append("ground_truth.json")
    total = sum(len(d) for d in out.files.values())
    print(f"{len(out.files)} fichiers, {len(out.acts)} actes, {total / 1e6:.2f} Mo ; "
          f"modifiés : {len(changed)}")
    for path in changed:
        print(f"  {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
