"""The window on a 1366×768 mairie laptop: result rows that say which act, when and where; a reader that
stays readable beside the assistant; a demo that opens on results, not on a dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import app_fixtures
import pytest
from app_fixtures import LAPTOP_SIZE, SAMPLES, FakeLibrary, on_laptop
from PySide6.QtCore import QPoint, QRect, Qt, QUrl
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QDialog, QStyleOptionViewItem

from indexer.models import ActRecord, DocType, ImportFailure, ImportReport, PageText, SearchHit, Votes

pytestmark = pytest.mark.gui
config_dir = app_fixtures.config_dir
make_window = app_fixtures.make_window

QUERY = "subvention club de football"


def _library(data_dir: Path) -> FakeLibrary:
    """Acts of two communes with long names, a PV whose objet is a vote line, a list without objet."""
    lib = FakeLibrary(data_dir)
    rows = [
        ("saint-aubin/2021-014.txt", DocType.DELIBERATION, "2021-014", "Attribution d'une subvention à "
         "l'Association Sportive de Saint-Aubin (club de football)", "2021-03-12", "Saint-Aubin-sur-Loire"),
        ("valmont/2023-008.txt", DocType.DELIBERATION, "2023-008", "Subvention au club de football",
         "2023-04-06", "Valmont-le-Vieux"),
        ("saint-aubin/PV_2024.txt", DocType.PROCES_VERBAL, None, "Anne-Marie : 11 votes, \ufffd Elue", "2024-03-28",
         "Saint-Aubin-sur-Loire"),
        ("saint-aubin/liste_2021.txt", DocType.LISTE, None, None, "2021-03-12", "Saint-Aubin-sur-Loire"),
    ]
    for i, (path, kind, number, objet, date, commune) in enumerate(rows, start=1):
        act = ActRecord(i, i, path, "/mairie", kind, 1, 2, number, objet, date, commune, "7",
                        votes=Votes(pour=10), adopted=True)
        lib.add(act, [PageText(1, "Préambule."), PageText(2, f"Une subvention au club de football ({i}).")])
    return lib


def _search(qtbot: Any, window: Any, text: str = QUERY) -> list[SearchHit]:
    with qtbot.waitSignal(window.searcher.results_ready, timeout=10000):
        window.search_page.search_bar.set_text(text)
        window.search_page.search_bar.submit()
    return window.search_page.results.hits()


def _laptop_window(make_window: Any, qtbot: Any) -> Any:
    window = make_window(lambda d, _r: _library(d))
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.tabs, timeout=10000)
    return on_laptop(qtbot, window)


def _first_row_as_seen(view: Any) -> Any:
    """The first row's layout as painted: what text fits on its first line, and where."""
    index = view.results_model.index(0, view.result_column)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    rect = view.visualRect(index)
    option.rect = rect
    return view.delegate.layout(option, view.delegate.card(index)), QRect(rect)


def _assert_when_and_where_visible(view: Any) -> None:
    assert not view.horizontalScrollBar().isVisible()
    assert view.horizontalHeader().length() <= view.viewport().width()
    seen, rect = _first_row_as_seen(view)
    assert seen.date == "12/03/2021"
    assert seen.where == " · Saint-Aubin-sur-Loire"  # whole, not elided
    assert view.viewport().rect().contains(rect.topLeft()) and rect.right() <= view.viewport().width()
    assert seen.where_rect.left() + view.fontMetrics().horizontalAdvance(seen.where) <= rect.right()
    assert seen.title.startswith("n° 2021-014 — Attribution d'une subvention")


def test_result_rows_say_when_and_where_at_1366(make_window: Any, qtbot: Any) -> None:
    window = _laptop_window(make_window, qtbot)
    assert window.screen().size().toTuple() == LAPTOP_SIZE
    hits = _search(qtbot, window)
    assert [h.act.act_number for h in hits][:2] == ["2021-014", "2023-008"]
    view = window.search_page.results
    _assert_when_and_where_visible(view)

    # Readable fallbacks: a vote line is never an objet; without one, « file, page N ».
    cards = {h.act.path: view.delegate.card(view.results_model.index(i, 0)) for i, h in enumerate(hits)}
    pv, liste = cards["saint-aubin/PV_2024.txt"], cards["saint-aubin/liste_2021.txt"]
    assert pv.title == "PV_2024.txt, page 2" and not pv.title_is_objet and pv.badge == "PV"
    assert liste.title == "liste_2021.txt, page 2" and liste.badge == "Liste"
    assert "votes" not in view.results_model.data(view.results_model.index(hits.index(
        next(h for h in hits if h.act.path.endswith("PV_2024.txt"))), view.result_column))

    # The same with the assistant open: the results give room, the date and commune stay whole.
    window.assistant_dock.show()
    qtbot.waitUntil(lambda: window.assistant_dock.width() >= window.assistant_dock.minimumWidth(), timeout=5000)
    qtbot.wait(50)
    _assert_when_and_where_visible(view)


def test_reader_keeps_600_px_beside_the_assistant_at_1366(make_window: Any, qtbot: Any) -> None:
    window = _laptop_window(make_window, qtbot)
    page = window.search_page
    assert page.compact  # 1366 px: the information panel is a tab beside the document
    assert page.reader_tabs.indexOf(page.act_panel) == 1 and page.reader_tabs.tabBar().isVisible()
    _search(qtbot, window)
    page.results.select_row(0)
    qtbot.waitUntil(lambda: page.reader.path is not None, timeout=10000)
    window.assistant_dock.show()
    qtbot.waitUntil(lambda: window.assistant_dock.isVisible(), timeout=5000)
    qtbot.wait(100)
    assert page.reader.width() >= 600, page.reader.width()
    assert page.results.width() >= page.results.minimumWidth() > 0
    dock_left = window.assistant_dock.mapTo(window, QPoint(0, 0)).x()
    assert page.reader.mapTo(window, QPoint(page.reader.width(), 0)).x() <= dock_left  # side by side
    assert page.act_panel.field_text("number") == "2021-014"  # in its tab, up to date

    # F11 gives the document the whole window; F11 again (or Escape) brings everything back.
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert not page.results.isVisible() and not page.search_bar.isVisible()
    assert not window.assistant_dock.isVisible()
    qtbot.wait(50)
    assert page.reader.width() >= LAPTOP_SIZE[0] - 60
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert page.results.isVisible() and window.assistant_dock.isVisible()
    window.reader_only_action.trigger()  # Ctrl+Shift+R is the same action
    assert not page.results.isVisible() and window.reader_only_action.isChecked()
    window.reader_only_action.trigger()
    assert page.results.isVisible() and page.search_bar.isVisible()


def test_wide_window_keeps_the_information_column(make_window: Any, qtbot: Any) -> None:
    window = make_window(lambda d, _r: _library(d))
    window.resize(1920, 1000)
    qtbot.waitUntil(lambda: not window.search_page.compact, timeout=5000)
    page = window.search_page
    assert page.splitter.indexOf(page.act_panel) == 2 and not page.reader_tabs.tabBar().isVisible()
    window.assistant_dock.show()  # the assistant takes the information column's room, not the reader's
    qtbot.waitUntil(lambda: page.compact, timeout=5000)
    assert page.reader.width() >= 600 and window.assistant_dock.width() <= 540


def test_remembered_assistant_does_not_cramp_the_next_start(make_window: Any, qtbot: Any) -> None:
    first = _laptop_window(make_window, qtbot)
    first.assistant_dock.show()
    qtbot.waitUntil(lambda: first.assistant_dock.isVisible(), timeout=5000)
    first.close()
    again = make_window(lambda d, _r: _library(d))  # restores the laptop geometry and the saved state
    assert again.screen().size().toTuple() == LAPTOP_SIZE and LAPTOP_SIZE[0] - 10 <= again.width() <= LAPTOP_SIZE[0]
    assert not again.assistant_dock.isVisible()
    again.assistant_dock.show()  # Ctrl+3 still opens it, at a width that leaves the reader its room
    qtbot.waitUntil(lambda: again.assistant_dock.isVisible(), timeout=5000)
    qtbot.wait(50)
    assert again.search_page.reader.width() >= 600


class _DemoLibrary(FakeLibrary):
    """The fake import, plus the unreadable files a demo folder holds."""

    def import_folder_isolated(self, root: Any, progress: Any = None, cancel: Any = None) -> ImportReport:
        report = super().import_folder_isolated(root, progress, cancel)
        report.failed = [ImportFailure(f"problemes/{n}.pdf", "corrupt", "Le PDF est endommagé.") for n in "abcd"]
        return report


def _demo_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "exemples"
    folder.mkdir()
    for name in ("subvention_club_football", "tarifs_cantine", "subvention_football_2023"):
        (folder / f"{name}.txt").write_text(name.replace("_", " "), encoding="utf-8")
    return folder


def test_demo_opens_on_results_with_a_banner_not_a_dialog(make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    from app.main_window import DEMO_QUERY

    window = make_window(lambda d, _r: _DemoLibrary(d), demo_folder=_demo_folder(tmp_path), open_library=False)
    on_laptop(qtbot, window)
    with qtbot.waitSignal(window.importer.idle, timeout=20000):
        window.open_library()
    page = window.search_page
    qtbot.waitUntil(lambda: page.reader.path is not None, timeout=10000)  # the first result, open
    assert QApplication.activeModalWidget() is None
    assert [d for d in window.findChildren(QDialog) if d.isVisible()] == []
    assert window.notifier.messages == []
    assert page.search_bar.text() == DEMO_QUERY and window.stack.currentWidget() is window.tabs
    assert page.results.results_model.rowCount() >= 2 and page.results.current_hit() is not None
    assert window.banner.isVisible()
    assert window.banner.plain_text() == "4 fichiers n'ont pas pu être lus — voir"
    window.banner.label.linkActivated.emit("#resume")  # « voir » opens the summary, on demand
    assert window.summary is not None and window.summary.isVisible()
    assert len(window.summary.problem_rows()) == 4
    window.summary.close()


@pytest.mark.slow
def test_real_demo_at_1366_shows_results_then_the_unreadable_samples(make_window: Any, qtbot: Any) -> None:
    """Through the real library and the bundled samples, as `registre gui --demo` does."""
    window = make_window(demo_folder=SAMPLES, open_library=False)
    on_laptop(qtbot, window)
    with qtbot.waitSignal(window.importer.idle, timeout=600000):
        window.open_library()
    page = window.search_page
    qtbot.waitUntil(lambda: page.reader.path is not None, timeout=60000)
    assert QApplication.activeModalWidget() is None and window.notifier.messages == []
    assert window.banner.plain_text() == "4 fichiers n'ont pas pu être lus — voir"
    first = page.results.hits()[0].act
    assert first.act_number == "2021-014" and first.collectivite == "Saint-Aubin-sur-Loire"
    seen, _rect = _first_row_as_seen(page.results)
    assert seen.date == "12/03/2021" and seen.where == " · Saint-Aubin-sur-Loire"
    assert not page.results.horizontalScrollBar().isVisible()


def test_narrow_row_gives_up_the_badge_before_the_commune(qtbot: Any) -> None:
    from app.widgets.results_view import ResultsView

    view = ResultsView()
    qtbot.addWidget(view)
    objet = "Subvention au club de football de Saint-Aubin"
    act = ActRecord(1, 1, "a/2021-014.pdf", "/m", DocType.DELIBERATION, 1, 1, "2021-014", objet, "2021-03-12",
                    "Saint-Aubin-sur-Loire")
    view.set_hits([SearchHit(act, 1, 1.0, "une <b>subvention</b>")])
    view.resize(520, 400)
    view.show()
    qtbot.waitExposed(view)
    wide, _rect = _first_row_as_seen(view)
    assert wide.badge_rect.width() > 0 and wide.where == " · Saint-Aubin-sur-Loire"
    view.resize(view.width() - view.viewport().width() + 2 * 8 + 250, 400)  # a 250 px card
    qtbot.waitUntil(lambda: view.viewport().width() <= 270, timeout=2000)
    narrow, _rect = _first_row_as_seen(view)
    assert narrow.badge_rect.width() == 0 and narrow.where == " · Saint-Aubin-sur-Loire"
    assert narrow.date == "12/03/2021"
    # The objet too long for one line takes the snippet's first line: whole, on two lines.
    assert wide.title_lines == ("n° 2021-014 — " + objet,) and wide.snippet_lines == 2
    assert len(narrow.title_lines) == 2 and narrow.title == "n° 2021-014 — " + objet and narrow.snippet_lines == 1
    metrics = QFontMetrics(QFont(view.font().family(), view.font().pointSize(), QFont.Weight.Bold))
    assert all(metrics.horizontalAdvance(line) <= narrow.title_rect.width() + 2 for line in narrow.title_lines)
    assert not view.horizontalScrollBar().isVisible()

    long_objet = objet + " pour l'année 2021, au titre du fonctionnement et des déplacements des équipes de jeunes"
    long_act = ActRecord(1, 1, "a/2021-014.pdf", "/m", DocType.DELIBERATION, 1, 1, "2021-014", long_objet,
                         "2021-03-12", "Saint-Aubin-sur-Loire")
    view.set_hits([SearchHit(long_act, 1, 1.0, "une <b>subvention</b>")])
    longer, _rect = _first_row_as_seen(view)
    assert len(longer.title_lines) == 2 and longer.title_lines[1].endswith("…")
    view.set_hits([SearchHit(long_act, 1, 0.0, "")])
    listing, _rect = _first_row_as_seen(view)  # a listing's two-line rows: no room for a second title line
    assert len(listing.title_lines) == 1 and listing.title.endswith("…") and listing.snippet_lines == 0


def test_result_card_fallbacks() -> None:
    from app.result_card import result_card

    def card(objet: str | None, number: str | None = None, date: str | None = "2024-03-28") -> Any:
        act = ActRecord(1, 1, "pv/PV_CM_2024-03-28.pdf", "/m", DocType.PROCES_VERBAL, 3, 5, number, objet, date,
                        "Saint-Aubin-sur-Loire")
        return result_card(SearchHit(act, 4, 1.0, "… <b>vote</b> …"))

    assert card("Anne-Marie : 11 votes, \ufffd Elue").title == "PV_CM_2024-03-28.pdf, page 4"
    assert card("02/2024 2024_07 Convention de mise à disposition Approuvée").title_is_objet is False
    assert card(None).title == "PV_CM_2024-03-28.pdf, page 4"
    good = card("Tarifs de la cantine", "2024-015")
    assert good.title_is_objet and good.title_line() == "n° 2024-015 — Tarifs de la cantine"
    assert good.heading() == "28/03/2024 · Saint-Aubin-sur-Loire" and good.badge == "PV"
    assert card("Tarifs", date=None).when == "Date inconnue"
    assert good.plain() == "28/03/2024 · Saint-Aubin-sur-Loire — PV — n° 2024-015 — Tarifs de la cantine"


def test_one_commune_library_does_not_repeat_it(make_window: Any, qtbot: Any) -> None:
    def single(data_dir: Path) -> FakeLibrary:
        lib = FakeLibrary(data_dir)
        act = ActRecord(1, 1, "a.txt", "/m", DocType.DELIBERATION, 1, 1, "2021-014", "Subvention au club",
                        "2021-03-12", "Fontclaire")
        lib.add(act, [PageText(1, "subvention club football")])
        return lib

    window = make_window(lambda d, _r: single(d))
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.tabs, timeout=10000)
    _search(qtbot, window)
    seen, _rect = _first_row_as_seen(window.search_page.results)
    assert seen.date == "12/03/2021" and seen.where == ""
    assert "Ctrl+Shift+R" in [k.toString() for k in window.reader_only_action.shortcuts()]


def test_1600_by_900_keeps_three_columns_until_the_assistant_opens(make_window: Any, qtbot: Any) -> None:
    """The middle size the issue names: wide enough for the information column, not for it and the assistant."""
    window = make_window(lambda d, _r: _library(d))
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.tabs, timeout=10000)
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: window.size().toTuple() == (1600, 900), timeout=5000)
    page = window.search_page
    qtbot.waitUntil(lambda: not page.compact, timeout=5000)
    _search(qtbot, window)
    page.results.select_row(0)
    qtbot.waitUntil(lambda: page.reader.path is not None, timeout=10000)
    assert page.splitter.indexOf(page.act_panel) == 2 and page.act_panel.isVisible()
    assert page.reader.width() >= 600
    _assert_when_and_where_visible(page.results)
    window.assistant_dock.show()
    qtbot.waitUntil(lambda: page.compact, timeout=5000)  # the panel folds into the reader's tab
    qtbot.wait(50)
    assert page.reader_tabs.indexOf(page.act_panel) == 1
    assert page.reader.width() >= 600, page.reader.width()
    _assert_when_and_where_visible(page.results)


def test_one_line_snippet_starts_near_its_first_highlight() -> None:
    from app.widgets.result_delegate import lead_to_first_mark

    snippet = ("… FAURE Délibération n° 2023-008 Objet : <b>Subvention</b> 2023 à l'Association Sportive de "
               "Saint-Aubin (<b>football</b>) Monsieur le Maire")
    assert lead_to_first_mark(snippet) == ("… n° 2023-008 Objet : <b>Subvention</b> 2023 à "
                                           "l'Association Sportive de Saint-Aubin (<b>football</b>) Monsieur le Maire")
    assert lead_to_first_mark("une <b>subvention</b> de 1 500 €") == "une <b>subvention</b> de 1 500 €"
    assert lead_to_first_mark("pas de mot surligné &amp; rien à couper ici du tout") == (
        "pas de mot surligné &amp; rien à couper ici du tout")
    tail = lead_to_first_mark("a b c d e f &amp;amp g h <b>x</b>")
    assert tail == "… f &amp;amp g h <b>x</b>"


def test_assistant_example_question_is_whole_at_1366(make_window: Any, qtbot: Any) -> None:
    """The question field's placeholder fits the dock on a 1366 px laptop (the example question, one line, was cut
    to « Ex. : quel est le prix du repas enfant à la … »); the example is whole in the card, and a click on it
    puts it in the field."""
    window = _laptop_window(make_window, qtbot)
    window.assistant_dock.show()
    qtbot.waitUntil(lambda: window.assistant_dock.isVisible(), timeout=5000)
    qtbot.wait(100)
    tab = window.assistant.question_tab
    edit = tab.edit
    room = edit.width() - 2 * edit.style().pixelMetric(edit.style().PixelMetric.PM_DefaultFrameWidth) - 30
    placeholder = edit.placeholderText()
    assert placeholder and edit.fontMetrics().horizontalAdvance(placeholder) <= room, (placeholder, room)
    example = "Quel est le prix du repas enfant à la cantine de Saint-Aubin en 2021 ?"
    card = tab.view.text
    assert example in card.toPlainText()
    assert not card.horizontalScrollBar().isVisible() and not card.verticalScrollBar().isVisible()
    line = card.document().firstBlock().layout()
    assert all(line.lineAt(i).naturalTextWidth() <= card.viewport().width() for i in range(line.lineCount()))
    tab.view._anchor_clicked(QUrl("exemple:"))
    assert edit.text() == example


def test_the_list_follows_an_act_opened_from_a_citation_without_reopening_it(qtbot: Any) -> None:
    """The reader shows the cited act: the list marks that act's row, or none, never another one; and
    selecting the row does not reopen the act at its search hit's page over the cited page."""
    from app.widgets.results_view import ResultsView

    view = ResultsView()
    qtbot.addWidget(view)
    acts = [ActRecord(i, i, f"a/{i}.pdf", "/m", DocType.DELIBERATION, 1, 3, f"2021-0{i}", f"Objet {i}",
                      "2021-03-12", "Saint-Aubin-sur-Loire") for i in (1, 2, 3)]
    view.set_hits([SearchHit(a, 1, 1.0, "x") for a in acts[:2]])
    opened: list[SearchHit] = []
    view.hit_selected.connect(opened.append)
    view.select_row(0)
    assert [h.act.act_id for h in opened] == [1]  # a click opens the act
    view.show_act(2)
    assert view.current_hit() is not None and view.current_hit().act.act_id == 2  # type: ignore[union-attr]
    assert [h.act.act_id for h in opened] == [1], "following the reader does not reopen the act"
    view.show_act(3)  # not in the list
    assert not view.selectionModel().hasSelection() and view.current_hit() is None
    assert len(opened) == 1
