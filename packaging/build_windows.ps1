# Builds Registre for Windows 10/11 x64: dist\Registre\ (PyInstaller) and dist\Registre-<version>-installation.exe
# (Inno Setup, per-user install). Run from the repository root in PowerShell:
#     powershell -ExecutionPolicy Bypass -File packaging\build_windows.ps1
# Needs: Python 3.11 (python.org, "py" launcher), Visual Studio 2022 Build Tools with "Desktop development with C++"
# (llama-cpp-python is compiled once), Inno Setup 6 (iscc.exe on PATH or in its default folder).
# Optional: $env:TESSERACT_DIR = a Tesseract-OCR folder holding tessdata\fra.traineddata; it is copied to
# dist\Registre\tesseract\, where Registre finds it (see packaging\README.md).
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

if (-not (Test-Path .venv-build)) { py -3.11 -m venv .venv-build }
$py = ".venv-build\Scripts\python.exe"
& $py -m pip install --upgrade pip
# llama.cpp for any x86-64 laptop with AVX2, not only the build machine's processor.
$env:CMAKE_ARGS = "-DGGML_NATIVE=OFF -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON"
& $py -m pip install ".[gui,llm,packaging]"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

& $py -m PyInstaller packaging\registre.spec --noconfirm --clean --log-level WARN --distpath dist --workpath build\pyinstaller
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

if ($env:TESSERACT_DIR) {
    if (-not (Test-Path (Join-Path $env:TESSERACT_DIR "tessdata\fra.traineddata"))) {
        throw "TESSERACT_DIR has no tessdata\fra.traineddata"
    }
    Copy-Item -Recurse -Force $env:TESSERACT_DIR dist\Registre\tesseract
}

$version = & $py -c "from indexer.version import __version__; print(__version__)"
$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" packaging\registre.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "OK: dist\Registre\Registre.exe and dist\Registre-$version-installation.exe"
