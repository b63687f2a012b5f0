"""SHA-256 of a file, read in blocks: the identity of a document (import) and of a model file."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

BLOCK = 1 << 20


def sha256_file(path: Path, on_block: Callable[[int], None] | None = None) -> str:
    """``on_block(bytes_read)`` is called after each block, for a progress bar on large model files."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(BLOCK), b""):
            digest.update(block)
            if on_block is not None:
                on_block(len(block))
    return digest.hexdigest()
