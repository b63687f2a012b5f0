"""Installs the UI translation. French is the source language: "fr" needs only Qt's own strings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
LANGUAGES: dict[str, str] = {"fr": "Français", "en": "English"}

translate = QCoreApplication.translate


def install_translation(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Installs Qt's and Registre's translators; the caller keeps the returned list alive."""
    language = language if language in LANGUAGES else "fr"
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    # Standard buttons ("Close", "Cancel") and dialogs come from Qt's own catalogue.
    if qt_translator.load(f"qtbase_{language}", qt_dir) or qt_translator.load(f"qt_{language}", qt_dir):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    if language != "fr":
        ours = QTranslator(app)
        if ours.load(str(TRANSLATIONS_DIR / f"registre_{language}.qm")):
            app.installTranslator(ours)
            installed.append(ours)
    locale = (
        QLocale(QLocale.Language.French, QLocale.Country.France)
        if language == "fr"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )
    QLocale.setDefault(locale)
    return installed


def remove_translation(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
