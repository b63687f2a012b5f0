"""The scan decision, case by case, without a disk: unchanged, resume, moved, new, changed, retry."""

from __future__ import annotations

from pathlib import Path

from indexer.catalog import KnownFile, Stage
from indexer.errors import Reason
from indexer.models import FileStatus
from indexer.scan import Action, DiskFile, decide, needs_hash

VERSION = 7


def disk(rel: str = "2021/acte.pdf", size: int = 100, mtime: float = 1.0) -> DiskFile:
    return DiskFile(rel, Path("/dossier") / rel, size, mtime)


def known(file_id: int = 1, rel: str = "2021/acte.pdf", sha: str = "aaa", size: int = 100, mtime: float = 1.0,
          stage: int = Stage.INDEXED, version: int = VERSION, status: FileStatus | None = FileStatus.OK,
          reason_code: str | None = None) -> KnownFile:
    return KnownFile(file_id, rel, sha, size, mtime, stage, version, status, reason_code, None)


def test_same_size_and_date_of_an_indexed_file_is_unchanged_without_hashing() -> None:
    assert not needs_hash(disk(), known())
    decision = decide(disk(), known(), None, {}, VERSION)
    assert (decision.action, decision.to_read, decision.reanalyse) == (Action.UNCHANGED, False, False)


def test_an_unchanged_file_read_by_older_rules_is_reanalysed() -> None:
    decision = decide(disk(), known(version=VERSION - 1), None, {}, VERSION)
    assert decision.action == Action.UNCHANGED and decision.reanalyse and not decision.to_read


def test_an_unreadable_file_is_not_reanalysed() -> None:
    unreadable = known(version=0, status=FileStatus.UNREADABLE, reason_code=str(Reason.CORRUPT))
    assert not decide(disk(), unreadable, None, {}, VERSION).reanalyse


def test_touched_file_with_the_same_content_keeps_its_row() -> None:
    later = disk(mtime=2.0)
    assert needs_hash(later, known())
    decision = decide(later, known(), "aaa", {}, VERSION)
    assert (decision.action, decision.touch, decision.to_read) == (Action.UNCHANGED, True, False)


def test_a_file_stored_but_not_indexed_is_resumed() -> None:
    decision = decide(disk(), known(stage=Stage.STORED), "aaa", {}, VERSION)
    assert (decision.action, decision.file_id, decision.to_read) == (Action.RESUME, 1, True)


def test_new_content_at_a_known_path_is_a_change_of_that_row() -> None:
    decision = decide(disk(size=120), known(), "bbb", {}, VERSION)
    assert (decision.action, decision.file_id, decision.to_read) == (Action.CHANGED, 1, True)


def test_a_new_path_holding_a_vanished_file_is_a_move_not_a_new_file() -> None:
    gone = known(file_id=9, rel="ancien/acte.pdf")
    decision = decide(disk("nouveau/acte.pdf"), None, "aaa", {"aaa": gone}, VERSION)
    assert (decision.action, decision.file_id, decision.to_read) == (Action.MOVED, 9, False)


def test_a_moved_file_whose_import_had_not_finished_is_read() -> None:
    gone = known(file_id=9, rel="ancien/acte.pdf", stage=Stage.REGISTERED)
    decision = decide(disk("nouveau/acte.pdf"), None, "aaa", {"aaa": gone}, VERSION)
    assert (decision.action, decision.to_read) == (Action.MOVED, True)


def test_a_new_path_with_new_content_is_new() -> None:
    assert decide(disk(), None, "ccc", {"aaa": known(file_id=9)}, VERSION).action == Action.NEW


def test_a_failure_that_may_go_away_is_retried_even_when_unchanged() -> None:
    missing_tool = known(status=FileStatus.UNREADABLE, reason_code=str(Reason.DOC_NEEDS_TOOL))
    assert needs_hash(disk(), missing_tool)
    assert decide(disk(), missing_tool, "aaa", {}, VERSION).action == Action.RETRY


def test_a_damaged_file_is_not_retried_while_unchanged() -> None:
    damaged = known(status=FileStatus.UNREADABLE, reason_code=str(Reason.CORRUPT))
    assert not needs_hash(disk(), damaged)
    decision = decide(disk(), damaged, None, {}, VERSION)
    assert decision.action == Action.UNCHANGED and not decision.to_read
