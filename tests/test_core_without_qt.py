"""The core (indexer, assistant) must be usable without Qt: napari's contract, checked two ways."""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

_PROBE = """
import importlib, pkgutil, sys
import indexer, assistant
for pkg in (indexer, assistant):
    for mod in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
        importlib.import_module(mod.name)
bad = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "app"))
print(",".join(bad))
"""


def test_importing_every_core_module_loads_no_qt() -> None:
    done = subprocess.run([sys.executable, "-c", _PROBE], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_no_core_source_mentions_pyside() -> None:
    offenders = [
        str(p.relative_to(REPO))
        for pkg in ("indexer", "assistant")
        for p in (REPO / pkg).rglob("*.py")
        if "PySide6" in p.read_text(encoding="utf-8") or "from app" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []
