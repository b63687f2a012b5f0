"""Registre's version, in one place.

pyproject.toml reads it (``[tool.setuptools.dynamic]``), the CLI prints it (``registre --version``),
the « À propos » dialog and the journal show it, and the packaging scripts pass it to the installer.
A module constant rather than ``importlib.metadata``: a frozen build carries no package metadata.
"""

__version__ = "0.2.0"
