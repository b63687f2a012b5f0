"""The French summary shown when an import ends (or is cancelled)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.labels import format_duration
from indexer.models import ImportReport


def summary_lines(report: ImportReport) -> list[str]:
    lines = [
        translate("ImportSummary", "Fichiers importés : %1").replace("%1", str(report.imported)),
        translate("ImportSummary", "Fichiers déjà à jour : %1").replace("%1", str(report.unchanged)),
    ]
    if report.moved:
        lines.append(translate("ImportSummary", "Fichiers déplacés : %1").replace("%1", str(report.moved)))
    if report.removed:
        lines.append(translate("ImportSummary", "Fichiers disparus retirés : %1").replace("%1", str(report.removed)))
    pages = translate("ImportSummary", "Pages lues : %1").replace("%1", str(report.pages))
    if report.ocr_pages:
        pages += translate("ImportSummary", " (dont %1 par reconnaissance de caractères)").replace(
            "%1", str(report.ocr_pages)
        )
    lines.append(pages)
    if report.pages_without_text:
        lines.append(
            translate("ImportSummary", "Pages sans texte lisible : %1").replace("%1", str(report.pages_without_text))
        )
    lines.append(translate("ImportSummary", "Actes reconnus : %1").replace("%1", str(report.acts)))
    lines.append(translate("ImportSummary", "Durée : %1").replace("%1", format_duration(report.seconds)))
    return lines


class ImportSummaryDialog(QDialog):
    def __init__(self, folder: str, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importSummary")
        self.report = report
        if report.cancelled:
            self.setWindowTitle(translate("ImportSummary", "Import annulé"))
            head = translate(
                "ImportSummary",
                "L'import de « %1 » a été annulé. Les documents déjà lus restent "
                "dans la bibliothèque ; relancez l'import pour terminer.",
            )
        elif report.failed:
            self.setWindowTitle(translate("ImportSummary", "Import terminé avec des fichiers illisibles"))
            head = translate(
                "ImportSummary",
                "L'import de « %1 » est terminé, mais certains fichiers n'ont pas pu être lus.",
            )
        else:
            self.setWindowTitle(translate("ImportSummary", "Import terminé"))
            head = translate("ImportSummary", "L'import de « %1 » est terminé.")
        self.heading = QLabel(head.replace("%1", folder), self)
        self.heading.setWordWrap(True)
        self.body = QLabel("\n".join(summary_lines(report)), self)
        self.body.setObjectName("summaryBody")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        problems = [(f.path, f.reason) for f in report.failed] + [(w.path, w.reason) for w in report.warnings]
        self.problem_table = QTableWidget(len(problems), 2, self)
        self.problem_table.setObjectName("summaryProblems")
        if problems:
            layout.addWidget(QLabel(translate("ImportSummary", "Fichiers à vérifier :"), self))
            self.problem_table.setHorizontalHeaderLabels(
                [translate("ImportSummary", "Fichier"), translate("ImportSummary", "Raison")]
            )
            for row, (path, reason) in enumerate(problems):
                self.problem_table.setItem(row, 0, QTableWidgetItem(path))
                self.problem_table.setItem(row, 1, QTableWidgetItem(reason))
            self.problem_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.problem_table.verticalHeader().setVisible(False)
            self.problem_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
            self.problem_table.horizontalHeader().setStretchLastSection(True)
            layout.addWidget(self.problem_table, 1)
        else:
            self.problem_table.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def problem_rows(self) -> list[tuple[str, str]]:
        table = self.problem_table
        cells = [(table.item(r, 0), table.item(r, 1)) for r in range(table.rowCount())]
        return [(path.text(), reason.text()) for path, reason in cells if path is not None and reason is not None]
