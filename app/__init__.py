"""Registre's desktop window: a thin PySide6 layer over :mod:`indexer` (and later the assistant).

Nothing here does indexing work itself; long operations run through :mod:`app.jobs`.
"""

from app._immortal import protect_singletons

protect_singletons()
