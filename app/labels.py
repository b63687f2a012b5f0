"""French labels (translatable) for the core's stable codes: document types, ACTES matters, statuses."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from app.i18n import translate


def doc_type_labels() -> dict[str, str]:
    return {
        "deliberation": translate("Labels", "Délibération"),
        "proces-verbal": translate("Labels", "Procès-verbal"),
        "liste": translate("Labels", "Liste des délibérations"),
        "ordre-du-jour": translate("Labels", "Ordre du jour"),
        "annexe": translate("Labels", "Annexe"),
        "autre": translate("Labels", "Autre document"),
        "decision": translate("Labels", "Décision du maire (délégation)"),
    }


def doc_type_badges() -> dict[str, str]:
    """Short forms for the badge of a result row, where the full label does not fit."""
    return {
        "deliberation": translate("Labels", "Délibération"),
        "proces-verbal": translate("Labels", "PV"),
        "liste": translate("Labels", "Liste"),
        "ordre-du-jour": translate("Labels", "Ordre du jour"),
        "annexe": translate("Labels", "Annexe"),
        "autre": translate("Labels", "Autre"),
        "decision": translate("Labels", "Décision"),
    }


def matter_labels() -> dict[str, str]:
    """ACTES nomenclature, level 1."""
    return {
        "1": translate("Labels", "Commande publique"),
        "2": translate("Labels", "Urbanisme"),
        "3": translate("Labels", "Domaine et patrimoine"),
        "4": translate("Labels", "Fonction publique"),
        "5": translate("Labels", "Institutions et vie politique"),
        "6": translate("Labels", "Libertés publiques et pouvoirs de police"),
        "7": translate("Labels", "Finances locales"),
        "8": translate("Labels", "Domaines de compétences par thèmes"),
        "9": translate("Labels", "Autres domaines de compétences"),
    }


def status_labels() -> dict[str, str]:
    return {
        "ok": translate("Labels", "OK"),
        "ocr": translate("Labels", "OCR"),
        "partiel": translate("Labels", "Partiel"),
        "illisible": translate("Labels", "Illisible"),
    }


def stage_labels() -> dict[str, str]:
    return {
        "analyse": translate("Labels", "analyse du dossier"),
        "lecture": translate("Labels", "lecture"),
        "ocr": translate("Labels", "OCR"),
        "metadonnees": translate("Labels", "métadonnées"),
        "indexation": translate("Labels", "indexation"),
        "vectorisation": translate("Labels", "vectorisation"),
        "affinage": translate("Labels", "affinage de la recherche par le sens (e5)"),
        "termine": translate("Labels", "terminé"),
    }


def doc_type_label(code: str | None) -> str:
    return doc_type_labels().get(code or "", code or "")


def matter_label(code: str | None, name: str | None = None) -> str:
    if not code:
        return ""
    label = name or matter_labels().get(code.split(".")[0], "")
    return f"{code} {label}".strip()


def format_date(iso: str | None) -> str:
    if not iso:
        return ""
    year, month, day = iso[:4], iso[5:7], iso[8:10]
    if (  # the catalogue's own YYYY-MM-DD: sliced, since a listing formats thousands of dates
        len(iso) >= 10 and iso[4] == "-" and iso[7] == "-" and (year + month + day).isdigit()
        and "01" <= month <= "12" and "01" <= day <= "28"
    ):
        return f"{day}/{month}/{year}"
    date = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    return date.toString("dd/MM/yyyy") if date.isValid() else iso


def format_duration(seconds: float | None) -> str:
    if seconds is None:
        return ""
    seconds = int(round(seconds))
    if seconds < 60:
        return translate("Labels", "%1 s").replace("%1", str(seconds))
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return translate("Labels", "%1 min %2 s").replace("%1", str(minutes)).replace("%2", f"{seconds:02d}")
    hours, minutes = divmod(minutes, 60)
    return translate("Labels", "%1 h %2 min").replace("%1", str(hours)).replace("%2", f"{minutes:02d}")
