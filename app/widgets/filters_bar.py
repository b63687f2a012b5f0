"""Filters on collectivité, date range, ACTES matter and document type."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QPushButton, QWidget

from app.i18n import translate
from app.labels import doc_type_labels, matter_labels
from indexer.models import SearchFilters


class FiltersBar(QWidget):
    filters_changed = Signal(object)  # SearchFilters

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = False
        self.collectivite = QComboBox(self)
        self.collectivite.setObjectName("filterCollectivite")
        self.collectivite.setAccessibleName(translate("FiltersBar", "Collectivité"))
        self.set_collectivites([])

        self.from_check = QCheckBox(translate("FiltersBar", "Du"), self)
        self.from_date = self._date_edit(QDate(QDate.currentDate().year() - 5, 1, 1))
        self.to_check = QCheckBox(translate("FiltersBar", "au"), self)
        self.to_date = self._date_edit(QDate.currentDate())

        self.matter = QComboBox(self)
        self.matter.setObjectName("filterMatter")
        self.matter.setAccessibleName(translate("FiltersBar", "Matière"))
        self.matter.addItem(translate("FiltersBar", "Toutes les matières"), None)
        for code, label in matter_labels().items():
            self.matter.addItem(f"{code} – {label}", code)

        self.doc_type = QComboBox(self)
        self.doc_type.setObjectName("filterType")
        self.doc_type.setAccessibleName(translate("FiltersBar", "Type de document"))
        self.doc_type.addItem(translate("FiltersBar", "Tous les types"), None)
        for code, label in doc_type_labels().items():
            self.doc_type.addItem(label, code)

        self.reset_button = QPushButton(translate("FiltersBar", "Effacer"), self)
        self.reset_button.setToolTip(translate("FiltersBar", "Effacer tous les filtres"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.collectivite,
            self.from_check,
            self.from_date,
            self.to_check,
            self.to_date,
            self.matter,
            self.doc_type,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.reset_button)

        for combo in (self.collectivite, self.matter, self.doc_type):
            # Long matter names must not force a wide window: the popup still shows them in full.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16 if combo is self.collectivite else 13)
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 30)
            combo.currentIndexChanged.connect(self._changed)
        for check in (self.from_check, self.to_check):
            check.toggled.connect(self._changed)
        self.from_check.toggled.connect(self.from_date.setEnabled)
        self.to_check.toggled.connect(self.to_date.setEnabled)
        self.from_date.dateChanged.connect(self._date_changed)
        self.to_date.dateChanged.connect(self._date_changed)
        self.reset_button.clicked.connect(self.reset)

    def _date_edit(self, date: QDate) -> QDateEdit:
        edit = QDateEdit(date, self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setEnabled(False)
        return edit

    def set_collectivites(self, names: list[str]) -> None:
        current = self.collectivite.currentData()
        self._quiet = True
        self.collectivite.clear()
        self.collectivite.addItem(translate("FiltersBar", "Toutes les collectivités"), None)
        for name in sorted(set(names), key=str.casefold):
            self.collectivite.addItem(name, name)
        index = self.collectivite.findData(current) if current else 0
        self.collectivite.setCurrentIndex(max(index, 0))
        self._quiet = False

    def filters(self) -> SearchFilters:
        return SearchFilters(
            collectivite=self.collectivite.currentData(),
            date_from=self.from_date.date().toString(Qt.DateFormat.ISODate) if self.from_check.isChecked() else None,
            date_to=self.to_date.date().toString(Qt.DateFormat.ISODate) if self.to_check.isChecked() else None,
            matter_code=self.matter.currentData(),
            doc_type=self.doc_type.currentData(),
        )

    def set_filters(self, filters: SearchFilters) -> None:
        self._quiet = True
        self.collectivite.setCurrentIndex(max(self.collectivite.findData(filters.collectivite), 0))
        self.matter.setCurrentIndex(max(self.matter.findData(filters.matter_code), 0))
        self.doc_type.setCurrentIndex(max(self.doc_type.findData(filters.doc_type), 0))
        for check, edit, value in (
            (self.from_check, self.from_date, filters.date_from),
            (self.to_check, self.to_date, filters.date_to),
        ):
            check.setChecked(bool(value))
            if value:
                edit.setDate(QDate.fromString(value, Qt.DateFormat.ISODate))
        self._quiet = False
        self._changed()

    def reset(self) -> None:
        self.set_filters(SearchFilters())

    def _date_changed(self) -> None:
        if self.from_check.isChecked() or self.to_check.isChecked():
            self._changed()

    def _changed(self, *_args: object) -> None:
        if not self._quiet:
            self.filters_changed.emit(self.filters())
