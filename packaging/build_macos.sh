#!/usr/bin/env bash
# Builds Registre for macOS (the processor of the build machine: Apple Silicon on macos-latest):
# dist/Registre/ (PyInstaller one-folder, executable dist/Registre/Registre), dist/Registre.app and
# dist/Registre-<version>-macos.zip. Run from the repository root:  bash packaging/build_macos.sh
# Needs: Python 3.11 (python.org or Homebrew), the Xcode command-line tools (xcode-select --install) for
# llama-cpp-python. Tesseract is not bundled on macOS: `brew install tesseract tesseract-lang` on the
# clerk's Mac, found by Registre in /opt/homebrew/bin or /usr/local/bin.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3.11}
[ -d .venv-build ] || "$PYTHON" -m venv .venv-build
PY=.venv-build/bin/python
"$PY" -m pip install --upgrade pip
"$PY" -m pip install ".[gui,llm,packaging]"
"$PY" -m PyInstaller packaging/registre.spec --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller
VERSION=$("$PY" -c "from indexer.version import __version__; print(__version__)")
# ditto keeps the bundle's symbolic links and permissions, which a plain zip loses.
ditto -c -k --keepParent dist/Registre.app "dist/Registre-$VERSION-macos.zip"
echo "OK: dist/Registre/Registre, dist/Registre.app, dist/Registre-$VERSION-macos.zip"
