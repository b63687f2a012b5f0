# Registre — set-up and checks. `make demo` and `make test` are the two commands of README.md.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# llama.cpp built for any x86-64 laptop with AVX2, not just this machine's processor.
export CMAKE_ARGS ?= -DGGML_NATIVE=OFF -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON

.PHONY: demo app-deps test-deps test lint bench clean-venv dist check-dist

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

app-deps: $(BIN)/python
	$(BIN)/pip install -q -e ".[gui,llm]"

demo: app-deps
	$(BIN)/registre gui --demo

# torch comes first, pinned, so that sentence-transformers does not pull a multi-GB CUDA build.
test-deps: $(BIN)/python
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e ".[gui,llm,st,dev]"

test: test-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
	$(BIN)/ruff check indexer assistant app registre tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

lint:
	$(BIN)/ruff check indexer assistant app registre tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

clean-venv:
	rm -rf $(VENV)

# The frozen one-folder build for this OS: dist/Registre/Registre (see packaging/README.md).
dist: $(BIN)/python
	$(BIN)/pip install -q -e ".[gui,llm,packaging]"
	$(BIN)/python -m PyInstaller packaging/registre.spec --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller

# Runs the frozen build with a scrubbed environment (no Python, HOME in a temporary folder).
check-dist: dist
	$(BIN)/python bench/check_frozen_build.py --reuse

