"""Stable error codes for the core; French sentences for the clerk live next to them.

The app and the CLI show ``message(code)``; logs and JSON keep the code (Anki/paperless practice).
"""

from __future__ import annotations

from enum import StrEnum


class Reason(StrEnum):
    EMPTY = "fichier_vide"
    NOT_PDF = "pas_un_pdf"
    CORRUPT = "pdf_endommage"
    ENCRYPTED = "pdf_protege"
    TOO_LARGE = "trop_volumineux"
    NO_TEXT = "aucun_texte"
    OCR_UNAVAILABLE = "ocr_indisponible"
    OCR_FAILED = "ocr_echec"
    UNSUPPORTED = "format_non_pris_en_charge"
    DOC_NEEDS_TOOL = "doc_outil_manquant"
    READ_ERROR = "erreur_lecture"
    DUPLICATE = "doublon"


MESSAGES: dict[Reason, str] = {
    Reason.EMPTY: "Le fichier est vide (0 octet).",
    Reason.NOT_PDF: "Le fichier porte l'extension .pdf mais ce n'est pas un PDF.",
    Reason.CORRUPT: "Le PDF est endommagé et ne peut pas être lu.",
    Reason.ENCRYPTED: "Le PDF est protégé par un mot de passe : enregistrez-en une copie sans protection.",
    Reason.TOO_LARGE: "Le fichier dépasse la taille maximale acceptée.",
    Reason.NO_TEXT: "Aucun texte lisible dans ce document.",
    Reason.OCR_UNAVAILABLE: (
        "Pages scannées non lues : la reconnaissance de texte (OCR) n'est pas installée. "
        "Installez Tesseract avec la langue française (Windows : programme d'installation UB-Mannheim, "
        "cochez « French » ; Linux : paquets tesseract-ocr et tesseract-ocr-fra), puis réimportez le dossier."
    ),
    Reason.OCR_FAILED: "La reconnaissance de texte (OCR) a échoué sur certaines pages.",
    Reason.UNSUPPORTED: "Format de fichier non pris en charge.",
    Reason.DOC_NEEDS_TOOL: (
        "Ancien format Word (.doc) : installez « antiword » ou « catdoc », "
        "ou enregistrez le fichier au format .docx ou .odt."
    ),
    Reason.READ_ERROR: "Le fichier n'a pas pu être lu.",
    Reason.DUPLICATE: "Ce fichier est identique à un autre fichier déjà importé.",
}


def message(reason: Reason, detail: str | None = None) -> str:
    text = MESSAGES[reason]
    return f"{text} ({detail})" if detail else text


class RegistreError(Exception):
    """Base error: carries a user message in French and a technical detail."""

    exit_code = 2  # what the `registre` command returns when this error stops it

    def __init__(self, user_message: str, detail: str = "") -> None:
        super().__init__(user_message)
        self.user_message = user_message
        self.detail = detail


class ExtractionError(RegistreError):
    def __init__(self, reason: Reason, detail: str = "") -> None:
        super().__init__(message(reason), detail)
        self.reason = reason


class IndexUnreadable(RegistreError):
    """The keyword index on disk cannot be opened; ``Library.rebuild_keyword_index()`` repairs it."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "L'index de recherche est illisible. Il peut être reconstruit à partir du catalogue "
            "(aucun document n'est perdu).",
            detail,
        )


class DataDirUnwritable(RegistreError):
    def __init__(self, path: str, detail: str = "") -> None:
        super().__init__(
            f"Le dossier de données « {path} » n'est pas accessible en écriture. "
            "Choisissez un autre dossier dans les paramètres ou vérifiez ses droits.",
            detail,
        )


class LibraryTooNew(RegistreError):
    """The catalogue was written by a newer Registre: opening it here could damage it."""

    # Its own exit code, so that a script (or an installer's check) tells "update Registre" apart
    # from a usage error.
    exit_code = 3

    def __init__(self, path: str, found: int, supported: int) -> None:
        super().__init__(
            f"La bibliothèque « {path} » a été créée par une version plus récente de Registre "
            f"(schéma {found}, cette version lit jusqu'au schéma {supported}). Installez la dernière "
            "version de Registre pour l'ouvrir ; elle n'a pas été modifiée.",
            f"schema_version={found} > {supported}",
        )
