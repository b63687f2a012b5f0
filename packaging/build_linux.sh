#!/usr/bin/env bash
# Builds Registre for Linux x86-64: dist/Registre/ (executable dist/Registre/Registre) and
# dist/Registre-<version>-linux-x86_64.tar.gz. Run from the repository root:  bash packaging/build_linux.sh
# Needs: Python 3.11 with venv, a C/C++ compiler and cmake (llama-cpp-python is compiled once).
set -euo pipefail
cd "$(dirname "$0")/.."
make dist
PY=.venv/bin/python
VERSION=$("$PY" -c "from indexer.version import __version__; print(__version__)")
tar -C dist -czf "dist/Registre-$VERSION-linux-x86_64.tar.gz" Registre
echo "OK: dist/Registre/Registre and dist/Registre-$VERSION-linux-x86_64.tar.gz"
