"""Side panel: the selected act's metadata and its precedents ("Actes similaires")."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.labels import doc_type_label, format_date, matter_label
from app.objet_display import readable_objet
from app.result_card import objet_or_place
from indexer.models import ActRecord, SearchHit, Votes

HIT_ROLE = Qt.ItemDataRole.UserRole + 1


def votes_text(votes: Votes, adopted: bool | None) -> str:
    parts: list[str] = []
    if votes.unanimite:
        parts.append(translate("ActPanel", "à l'unanimité"))
    counts = (
        (votes.pour, translate("ActPanel", "pour")),
        (votes.contre, translate("ActPanel", "contre")),
        (votes.abstention, translate("ActPanel", "abstention(s)")),
    )
    counted = [f"{n} {label}" for n, label in counts if n is not None]
    if counted:
        parts.append(", ".join(counted))
    attendance = (
        (votes.effectif, translate("ActPanel", "en exercice")),
        (votes.presents, translate("ActPanel", "présents")),
        (votes.votants, translate("ActPanel", "votants")),
    )
    present = [f"{n} {label}" for n, label in attendance if n is not None]
    if present:
        parts.append(" / ".join(present))
    if adopted is True:
        parts.append(translate("ActPanel", "adoptée"))
    elif adopted is False:
        parts.append(translate("ActPanel", "non adoptée"))
    return " — ".join(parts) if parts else translate("ActPanel", "non indiqué")


class ActPanel(QWidget):
    hit_requested = Signal(object)  # SearchHit of a similar act

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actPanel")
        self.act: ActRecord | None = None
        box = QGroupBox(translate("ActPanel", "Informations"), self)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._fields: dict[str, QLabel] = {}
        for key, label in (
            ("objet", translate("ActPanel", "Objet")),
            ("number", translate("ActPanel", "N°")),
            ("date", translate("ActPanel", "Séance du")),
            ("collectivite", translate("ActPanel", "Collectivité")),
            ("matter", translate("ActPanel", "Matière")),
            ("type", translate("ActPanel", "Type")),
            ("votes", translate("ActPanel", "Vote")),
            ("file", translate("ActPanel", "Fichier")),
        ):
            value = QLabel(self)
            value.setObjectName(f"field_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, value)
            self._fields[key] = value

        similar_box = QGroupBox(translate("ActPanel", "Actes similaires"), self)
        self.similar_list = QListWidget(similar_box)
        self.similar_list.setObjectName("similarList")
        self.similar_list.setWordWrap(True)
        self.similar_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.similar_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.similar_list.setSpacing(2)
        self.similar_list.setAccessibleName(translate("ActPanel", "Actes similaires"))
        self.similar_list.itemActivated.connect(self._item_activated)
        self.similar_list.itemClicked.connect(self._item_activated)
        QVBoxLayout(similar_box).addWidget(self.similar_list)

        self.document_buttons = QVBoxLayout()
        self.document_buttons.setSpacing(2)
        form.addRow(self.document_buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        layout.addWidget(similar_box, 1)
        self.show_act(None)

    def add_document_actions(self, actions: Sequence[QAction]) -> None:
        """Buttons under the file name ("Ouvrir avec l'application par défaut", "Ouvrir le dossier")."""
        for action in actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.document_buttons.addWidget(button)

    def show_act(self, act: ActRecord | None) -> None:
        self.act = act
        self.similar_list.clear()
        if act is None:
            for label in self._fields.values():
                label.setText("—")
            return
        pages = f"p. {act.page_start}" if act.page_start == act.page_end else f"p. {act.page_start}–{act.page_end}"
        values = {
            "objet": readable_objet(act.objet) or "—",  # a vote line or a page header is not an objet
            "number": act.act_number or "—",
            "date": format_date(act.date) or "—",
            "collectivite": act.collectivite or "—",
            "matter": matter_label(act.matter_code, act.matter_name) or "—",
            "type": doc_type_label(act.doc_type),
            "votes": votes_text(act.votes, act.adopted),
            "file": f"{act.path} ({pages})",
        }
        for key, text in values.items():
            self._fields[key].setText(text)
        self._fields["file"].setToolTip(act.absolute_path)
        item = QListWidgetItem(translate("ActPanel", "Recherche des actes similaires…"))
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.similar_list.addItem(item)

    def field_text(self, key: str) -> str:
        return self._fields[key].text()

    def show_similar(self, act_id: int, hits: Sequence[SearchHit]) -> None:
        if self.act is None or self.act.act_id != act_id:
            return  # the user moved on while the search ran
        self.similar_list.clear()
        for hit in hits:
            a = hit.act
            title = objet_or_place(a, hit.page)[0]
            text = " — ".join(x for x in (format_date(a.date), a.collectivite or "", title) if x)
            item = QListWidgetItem(text)
            item.setData(HIT_ROLE, hit)
            item.setToolTip(readable_objet(a.objet) or a.path)  # a vote line is no objet, here either
            self.similar_list.addItem(item)
        if not hits:
            item = QListWidgetItem(translate("ActPanel", "Aucun acte similaire trouvé."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.similar_list.addItem(item)

    def _item_activated(self, item: QListWidgetItem) -> None:
        hit = item.data(HIT_ROLE)
        if hit is not None:
            self.hit_requested.emit(hit)
