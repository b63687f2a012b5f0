"""The assistant inside the desktop app (issue 5): questions with citations, work on chosen acts,
drafts of procès-verbal / liste / replies with export. A thin layer over ``assistant/``.

:func:`install_assistant` builds the panel into the window's "Assistant" dock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QToolBar

from app.assistant.panel import AssistantPanel
from app.assistant.rendering import CitedPlace
from app.assistant.selection import SelectionWatcher
from app.assistant.service import AssistantService
from app.i18n import translate
from app.jobs import JobFailure
from app.session import failure_text

if TYPE_CHECKING:
    from app.main_window import MainWindow

__all__ = ["AssistantPanel", "AssistantService", "install_assistant"]

DOCK_MIN_WIDTH = 380


def install_assistant(window: MainWindow) -> AssistantPanel:
    """Fills ``window.assistant_dock``; the window calls ``panel.service.shutdown()`` when it closes."""
    service = AssistantService(window.session, lambda: window.settings, window)

    def open_place(place: CitedPlace) -> None:
        job = window.session.read(lambda lib: lib.act(place.act_id), "citation")
        job.result.connect(lambda act: window.open_citation(act, place.page, list(place.terms), place.quote or ""))
        job.error.connect(report_unexpected)
        window.session.submit_read(job)

    def report_unexpected(failure: JobFailure) -> None:
        window.notifier.error(
            translate("AssistantPanel", "L'assistant a rencontré un problème"), failure_text(failure), failure.detail
        )

    panel = AssistantPanel(service, window.session, open_place, report_unexpected, window.assistant_dock)
    window.assistant_dock.set_panel(panel)
    window.assistant_dock.setMinimumWidth(DOCK_MIN_WIDTH)
    watcher = SelectionWatcher(window)
    watcher.changed.connect(panel.acts_tab.set_current)
    panel.watcher = watcher
    window.session.opened.connect(lambda _lib: panel.drafting_tab.refresh_seances())
    window.importer.idle.connect(panel.drafting_tab.refresh_seances)
    toggle = window.assistant_dock.toggleViewAction()
    toggle.setShortcut("Ctrl+3")
    toggle.setToolTip(translate("AssistantPanel", "Afficher ou masquer l'assistant (Ctrl+3)"))
    toolbar = window.findChild(QToolBar, "mainToolbar")
    if toolbar is not None:
        toolbar.addAction(toggle)
    return panel
