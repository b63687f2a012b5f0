"""A library on the mairie's shared drive uses SQLite's rollback journal: WAL is unsafe there."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer import catalog as catalog_module
from indexer.catalog import Catalog
from indexer.network_drive import mount_is_network

MOUNTS = """sysfs /sys sysfs rw 0 0
/dev/sda1 / ext4 rw,relatime 0 0
//nas-mairie/partage /mnt/partage cifs rw,vers=3.0 0 0
nas:/export/registre /srv/registre nfs4 rw 0 0
/dev/sdb1 /mnt/partage/local ext4 rw 0 0
/dev/sdc1 /media/cl\\040usb vfat rw 0 0
"""


def test_the_mount_that_holds_the_path_decides() -> None:
    assert mount_is_network(Path("/mnt/partage/registre/catalogue.sqlite3"), MOUNTS)
    assert mount_is_network(Path("/srv/registre"), MOUNTS)
    assert not mount_is_network(Path("/home/secretaire/Registre"), MOUNTS)
    assert not mount_is_network(Path("/mnt/partage/local/registre"), MOUNTS)  # a local disk mounted inside it
    assert not mount_is_network(Path("/mnt/partagee/registre"), MOUNTS)  # a prefix of the name is not the mount
    assert not mount_is_network(Path("/media/cl usb/registre"), MOUNTS)  # escaped space read


def test_a_catalogue_on_a_network_drive_does_not_use_wal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    local = Catalog(tmp_path / "local.sqlite3")
    assert local.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    monkeypatch.setattr(catalog_module, "on_network_drive", lambda _path: True)
    shared = Catalog(tmp_path / "partage.sqlite3")
    assert shared.db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert shared.schema_version > 0  # migrated and usable
