"""Library tab: every imported document and act with its import status, sortable and filterable."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.columns import act_columns, file_columns
from app.i18n import translate
from app.table_model import FILTER_ROLE, RECORD_ROLE, RecordTableModel, Row
from indexer.models import ActRecord, FileRecord, SemanticStatus


class SourceSortProxy(QSortFilterProxyModel):
    """Filters on the model's FILTER_ROLE (one string per row) and lets the source model sort:
    QSortFilterProxyModel's own sort calls back into Python for every comparison."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)


class _FilterableTable(QWidget):
    """A table behind a QSortFilterProxyModel with a "Filtrer" box searching every column."""

    activated_record = Signal(object)

    def __init__(self, model: RecordTableModel, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = SourceSortProxy(self)
        self.proxy.setSourceModel(model)
        self.proxy.setFilterRole(FILTER_ROLE)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName(f"{name}Filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(translate("LibraryView", "Filtrer (nom, objet, état, raison…)"))
        self.filter_edit.textChanged.connect(lambda text: self.proxy.setFilterFixedString(text.casefold()))
        self.count_label = QLabel(self)
        self.table = QTableView(self)
        self.table.setObjectName(f"{name}Table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._activated)
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

    def _update_count(self, *_args: object) -> None:
        shown, total = self.proxy.rowCount(QModelIndex()), self.model.rowCount(QModelIndex())
        text = translate("LibraryView", "%1 sur %2").replace("%1", str(shown)).replace("%2", str(total))
        self.count_label.setText(text)

    def _activated(self, index: QModelIndex) -> None:
        self.activated_record.emit(self.proxy.data(index, RECORD_ROLE))


def semantic_text(status: SemanticStatus) -> str:
    if status.e5_live and status.heads_embedded >= status.heads:
        return translate("LibraryView", "Recherche par le sens : e5 (modèle précis), sur les %1 intitulés.").replace(
            "%1", str(status.heads))
    if status.e5_live:
        return (translate("LibraryView", "Recherche par le sens : e5 en cours d'affinage (%1 / %2 intitulés), "
                                         "USE pour le reste.")
                .replace("%1", str(status.heads_embedded)).replace("%2", str(status.heads)))
    if status.engine == "aucun":
        return translate("LibraryView", "Recherche par le sens : aucune pour l'instant (les vecteurs ne sont pas "
                                        "encore calculés) ; la recherche par mots fonctionne.")
    if status.e5_installed and status.heads:
        return translate("LibraryView", "Recherche par le sens : USE ; e5 (plus précis) commencera après l'import.")
    if status.e5_installed:
        return translate("LibraryView", "Recherche par le sens : USE ; réimportez le dossier pour activer e5.")
    return translate("LibraryView", "Recherche par le sens : USE (e5 n'est pas activé sur cet ordinateur).")


class LibraryView(QTabWidget):
    act_requested = Signal(object)  # ActRecord
    rescan_requested = Signal(str)  # folder
    forget_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryView")
        self.files = _FilterableTable(RecordTableModel(file_columns(), self), "files", self)
        self.acts = _FilterableTable(RecordTableModel(act_columns(), self), "acts", self)
        self.acts.activated_record.connect(self.act_requested)
        self.files.table.setColumnWidth(0, 340)
        self.files.table.setColumnWidth(self.files.model.column_index("reason"), 320)
        self.acts.table.setColumnWidth(1, 360)
        self.addTab(self.files, translate("LibraryView", "Documents"))
        self.addTab(self.acts, translate("LibraryView", "Actes"))
        self.addTab(self._folders_tab(), translate("LibraryView", "Dossiers importés"))
        self.lists_report = QListWidget(self)
        self.lists_report.setObjectName("listsReport")
        self.addTab(self.lists_report, translate("LibraryView", "Listes et répertoires"))

    def _folders_tab(self) -> QWidget:
        tab = QWidget(self)
        self.folder_list = QListWidget(tab)
        self.folder_list.setObjectName("folderList")
        self.rescan_button = QPushButton(translate("LibraryView", "Réanalyser"), tab)
        self.rescan_button.setToolTip(
            translate(
                "LibraryView",
                "Importe les fichiers nouveaux ou modifiés de ce dossier et retire ceux qui ont disparu.",
            )
        )
        self.forget_button = QPushButton(translate("LibraryView", "Oublier ce dossier"), tab)
        self.rescan_button.clicked.connect(lambda: self._emit_folder(self.rescan_requested))
        self.forget_button.clicked.connect(lambda: self._emit_folder(self.forget_requested))
        buttons = QHBoxLayout()
        buttons.addWidget(self.rescan_button)
        buttons.addWidget(self.forget_button)
        buttons.addStretch(1)
        self.semantic_label = QLabel(tab)
        self.semantic_label.setObjectName("semanticStatus")
        self.semantic_label.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addWidget(QLabel(translate("LibraryView", "Dossiers déjà importés :"), tab))
        layout.addWidget(self.folder_list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.semantic_label)
        return tab

    def set_semantic_status(self, status: SemanticStatus) -> None:
        """Which encoder the search by meaning uses now, and how far the background e5 pass is."""
        self.semantic_label.setText(semantic_text(status))

    def _emit_folder(self, signal: SignalInstance) -> None:
        item = self.folder_list.currentItem()
        if item is not None:
            signal.emit(item.text())

    def set_content(
        self, files: Sequence[FileRecord], acts: Sequence[ActRecord], rows: tuple[list[Row], list[Row]] | None = None
    ) -> None:
        """``rows``: the cells already computed by :func:`app.table_model.build_rows` off the UI thread."""
        for table, records, cells in (
            (self.files, files, rows[0] if rows else None),
            (self.acts, acts, rows[1] if rows else None),
        ):
            table.model.set_records(records, cells)
            header = table.table.horizontalHeader()
            table.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def set_reconciliation(self, lists: Sequence[dict]) -> None:
        """Each list or répertoire against the acts found (``Library.reconciliation``): the acts a list
        names that no imported document holds, and those printed under another number."""
        self.lists_report.clear()
        if not lists:
            self.lists_report.addItem(
                translate("LibraryView", "Aucune liste ni aucun répertoire de délibérations importé."))
        for entry in lists:
            self.lists_report.addItem(
                translate("LibraryView", "%1 : %2 actes listés, %3 retrouvés dans la bibliothèque")
                .replace("%1", entry["liste"]).replace("%2", str(entry["lignes"]))
                .replace("%3", str(entry["trouvees"])))
            for missing in entry["introuvables"]:
                name = missing["numero"] or f"« {missing['objet'][:60]} »"
                self.lists_report.addItem("    " + translate(
                    "LibraryView", "%1 listé dans le répertoire, introuvable dans la bibliothèque (séance du %2)")
                    .replace("%1", name).replace("%2", missing["date"] or "?"))
            for other in entry.get("numeros_differents", []):
                self.lists_report.addItem("    " + translate(
                    "LibraryView", "%1 listé, retrouvé sous le n° %2 imprimé dans son document")
                    .replace("%1", other["numero_liste"]).replace("%2", other["numero_imprime"]))

    def set_folders(self, folders: Sequence[str]) -> None:
        self.folder_list.clear()
        self.folder_list.addItems(list(folders))
        if folders:
            self.folder_list.setCurrentRow(0)
        enabled = bool(folders)
        self.rescan_button.setEnabled(enabled)
        self.forget_button.setEnabled(enabled)
