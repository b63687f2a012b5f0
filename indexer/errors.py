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
    OFFICE_CORRUPT = "document_endommage"
    INFLATES_TOO_MUCH = "decompression_excessive"
    NOT_TEXT = "pas_du_texte"
    DOC_UNREADABLE = "doc_illisible"
    BAD_NAME = "nom_illisible"
    LINK_OUTSIDE = "lien_exterieur"
    LINK_BROKEN = "lien_casse"
    PATH_TOO_LONG = "chemin_trop_long"
    UNEXPECTED = "erreur_inattendue"


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
    Reason.OFFICE_CORRUPT: (
        "Le document Word ou OpenDocument est endommagé et ne peut pas être lu : ouvrez-le dans Word ou "
        "LibreOffice et enregistrez-en une copie."
    ),
    Reason.INFLATES_TOO_MUCH: (
        "Le document se décompresse en un volume anormal (plus que la limite acceptée) : il n'est pas lu. "
        "S'il s'agit bien d'une délibération, enregistrez-la en PDF."
    ),
    Reason.NOT_TEXT: "Le fichier porte l'extension .txt mais ne contient pas du texte.",
    Reason.DOC_UNREADABLE: (
        "Ancien format Word (.doc) illisible, peut-être endommagé : ouvrez-le dans Word ou LibreOffice "
        "et enregistrez-le au format .docx ou .odt."
    ),
    Reason.BAD_NAME: (
        "Le nom du fichier contient des caractères illisibles (il vient sans doute d'un autre système) : "
        "renommez-le, puis réimportez le dossier."
    ),
    Reason.LINK_OUTSIDE: (
        "Raccourci (lien) vers un fichier hors du dossier importé : il n'est pas lu. Copiez le fichier "
        "dans le dossier s'il doit être importé."
    ),
    Reason.LINK_BROKEN: "Raccourci (lien) cassé ou qui boucle sur lui-même : il n'est pas lu.",
    Reason.PATH_TOO_LONG: (
        "Chemin trop long pour être ouvert : raccourcissez les noms des dossiers, puis réimportez le dossier."
    ),
    Reason.UNEXPECTED: (
        "Une erreur inattendue a empêché d'importer ce fichier ; elle est notée dans le journal "
        "(Aide › Ouvrir le journal). Les autres fichiers sont importés."
    ),
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


class EnvironmentProblem(RegistreError):
    """The computer, not a document, stops the work: permissions, a full disk, a damaged or locked
    library. The CLI exits with code 3; nothing has been changed in the library."""

    exit_code = 3


class LibraryLocked(EnvironmentProblem):
    def __init__(self, path: str, holder: str = "") -> None:
        who = f" ({holder})" if holder else ""
        super().__init__(
            f"Un import est déjà en cours dans la bibliothèque « {path} »{who}. Attendez qu'il se termine "
            "(ou arrêtez-le), puis relancez celui-ci.",
            holder,
        )


class LibraryReadOnly(EnvironmentProblem):
    def __init__(self, path: str, detail: str = "") -> None:
        super().__init__(
            f"La bibliothèque « {path} » est en lecture seule (droits du fichier ou du dossier) : Registre ne "
            "peut pas y écrire. Vérifiez ses droits ou choisissez un autre dossier de données ; rien n'a été "
            "modifié.",
            detail,
        )


class DiskFull(EnvironmentProblem):
    def __init__(self, path: str, detail: str = "") -> None:
        super().__init__(
            f"Le disque qui contient « {path} » est plein. Libérez de la place, puis relancez : l'import "
            "reprendra là où il s'est arrêté.",
            detail,
        )


class LibraryDamaged(EnvironmentProblem):
    def __init__(self, path: str, detail: str = "") -> None:
        super().__init__(
            f"Le catalogue de la bibliothèque « {path} » est endommagé (catalogue.sqlite3 n'est pas une base "
            "lisible). Restaurez une sauvegarde de ce dossier, ou importez vos documents dans un nouveau dossier "
            "de données ; Registre n'a rien modifié.",
            detail,
        )


class NoLibraryHere(RegistreError):
    """A command other than ``import`` pointed at a folder without a library (a mistyped --data-dir)."""

    def __init__(self, path: str) -> None:
        super().__init__(
            f"Aucune bibliothèque ici : « {path} ». Vérifiez --data-dir ; pour en créer une, importez un "
            f"dossier : registre import DOSSIER --data-dir \"{path}\".",
            path,
        )


class DataDirUnwritable(EnvironmentProblem):
    def __init__(self, path: str, detail: str = "") -> None:
        super().__init__(
            f"Le dossier de données « {path} » n'est pas accessible en écriture. "
            "Choisissez un autre dossier dans les paramètres ou vérifiez ses droits.",
            detail,
        )


class LibraryTooNew(EnvironmentProblem):
    """The catalogue was written by a newer Registre: opening it here could damage it."""

    # Its own exit code, so that a script (or an installer's check) tells "install a newer Registre" apart
    # from a usage error (2), the computer's problems (3) and a bug (4).
    exit_code = 5

    def __init__(self, path: str, found: int, supported: int) -> None:
        super().__init__(
            f"La bibliothèque « {path} » a été créée par une version plus récente de Registre "
            f"(schéma {found}, cette version lit jusqu'au schéma {supported}). Installez la dernière "
            "version de Registre pour l'ouvrir ; elle n'a pas été modifiée.",
            f"schema_version={found} > {supported}",
        )


class IndexNotWritable(EnvironmentProblem):
    def __init__(self, path: str, detail: str = "") -> None:
        super().__init__(
            f"Le dossier de l'index de recherche « {path} » n'est pas accessible en écriture (droits du dossier). "
            "Rendez-le modifiable, puis relancez ; l'index n'est pas endommagé et rien n'a été modifié.",
            detail,
        )
