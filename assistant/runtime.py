"""Opening the model the user chose (or the default one), with a French message if impossible."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable
from pathlib import Path

from assistant.llm import LlamaLLM, LLMUnavailable
from assistant.models_store import ModelMissing, resolve_model
from indexer.progress import CancelToken, Progress

ENV_THREADS = "REGISTRE_LLM_THREADS"
DEFAULT_THREADS = 2
DEFAULT_CTX = 4096
PROMPT_CACHE_DIR = "cache-invites"  # in the data folder: the model's state after the fixed instructions


def llama_available() -> bool:
    return importlib.util.find_spec("llama_cpp") is not None


def default_threads() -> int:
    try:
        return max(1, int(os.environ.get(ENV_THREADS, DEFAULT_THREADS)))
    except ValueError:
        return DEFAULT_THREADS


def load_llm(
    model: str | Path | None = None,
    data_dir: Path | None = None,
    setting: str | Path | None = None,
    n_threads: int | None = None,
    n_ctx: int = DEFAULT_CTX,
    progress: Callable[[Progress], None] | None = None,
    cancel: CancelToken | None = None,
) -> LlamaLLM:
    """Raises :class:`LLMUnavailable` (French message) when the engine or the model is missing."""
    if not llama_available():
        raise LLMUnavailable(
            "Le moteur d'IA locale (llama-cpp-python) n'est pas installé. "
            'Installez-le avec : pip install "registre[llm]".'
        )
    try:
        choice = resolve_model(model, setting, data_dir, progress, cancel)
    except ModelMissing as exc:
        raise LLMUnavailable(str(exc)) from exc
    cache = data_dir / PROMPT_CACHE_DIR if data_dir is not None else None
    llm = LlamaLLM(choice.path, n_ctx=n_ctx, n_threads=n_threads or default_threads(), prompt_cache_dir=cache)
    try:
        llm.load()
    except BaseException:
        llm.close()
        raise
    return llm
