"""Language-model runtime: one protocol, a llama.cpp implementation and a scripted fake.

llama.cpp is not thread-safe (llama-cpp-python #471), so :class:`LlamaLLM` owns its model in a
single worker thread; every call is queued there and the caller waits for the result. Tokens are
streamed through ``on_token`` *from that worker thread*: a GUI must post them to its own thread.
"""

from __future__ import annotations

import logging
import math
import re
import threading
import time
from collections.abc import Callable, Collection, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Protocol, TypedDict

import numpy as np

from assistant import text as tx
from indexer.progress import Cancelled, CancelToken

log = logging.getLogger(__name__)


class Message(TypedDict):
    role: str  # "system", "user" or "assistant"
    content: str


TokenCallback = Callable[[str], None]


@dataclass
class Completion:
    text: str
    token_logprobs: list[float] = field(default_factory=list)
    finish_reason: str = "stop"  # "stop", "length"
    prompt_tokens: int = 0
    completion_tokens: int = 0
    first_token_seconds: float | None = None
    seconds: float = 0.0
    token_texts: list[str] = field(default_factory=list)  # one per logprob, when the runtime gives them

    @property
    def min_logprob(self) -> float | None:
        return min(self.token_logprobs) if self.token_logprobs else None

    def figure_logprob(self, skip: Collection[str] = ()) -> float | None:
        """The least sure token among those that write the answer's figures (numbers not in ``skip``).

        How sure the model was of "1 800" says more than how sure it was of its phrasing: a value
        taken from the wrong row or made up is written with visibly lower probability.
        None when token texts are unknown or the answer has no figure.
        """
        if not self.token_texts or len(self.token_texts) != len(self.token_logprobs):
            return None
        # Citation marks "[2]" are blanked (same length, so positions hold): they are not figures.
        text = re.sub(r"\[\d{1,2}\]", lambda m: " " * len(m.group()), "".join(self.token_texts))
        spans = [(m.start(), m.end()) for m in tx.NUMBER.finditer(text) if tx.normalize_number(m.group()) not in skip]
        if not spans:
            return None
        values, position = [], 0
        for piece, logprob in zip(self.token_texts, self.token_logprobs, strict=True):
            start, position = position, position + len(piece)
            if any(start < end and position > begin for begin, end in spans):
                values.append(logprob)
        return min(values) if values else None


def token_texts(detokenize: Callable[[int], bytes], tokens: Sequence[int]) -> list[str]:
    """The text each token adds, decoded from the running byte string.

    A character such as "€" can be split over two tokens: it is given to the token that completes it.
    """
    out: list[str] = []
    data, decoded = b"", ""
    for token in tokens:
        data += detokenize(token)
        text = data.decode("utf-8", errors="ignore")  # an incomplete last character waits for the next token
        out.append(text[len(decoded) :])
        decoded = text
    return out


class LLM(Protocol):
    n_ctx: int

    def complete(
        self,
        messages: Sequence[Message],
        max_tokens: int = 256,
        on_token: TokenCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> Completion: ...

    def count_tokens(self, text: str) -> int: ...


class Chooser(Protocol):
    """A model that can score given continuations of a conversation (teacher forcing)."""

    def score_choices(
        self, messages: Sequence[Message], continuations: Sequence[str], cancel: CancelToken | None = None
    ) -> list[list[float]]: ...


class LLMUnavailable(RuntimeError):
    """The runtime or the model file is missing; ``str(exc)`` is a French sentence for the user."""


class ScriptedLLM:
    """Deterministic stand-in for tests: replies come from a list or a function of the messages."""

    def __init__(
        self,
        replies: Iterable[str] | Callable[[Sequence[Message]], str] = (),
        logprob: float = -0.1,
        n_ctx: int = 4096,
    ) -> None:
        self._replies: Callable[[Sequence[Message]], str] | list[str]
        self._replies = replies if callable(replies) else list(replies)
        self.logprob = logprob
        self.n_ctx = n_ctx
        self.calls: list[list[Message]] = []

    def count_tokens(self, text: str) -> int:
        return max(1, len(text) // 4)  # French text averages about four characters a token

    def close(self) -> None:
        pass

    def score_choices(
        self, messages: Sequence[Message], continuations: Sequence[str], cancel: CancelToken | None = None
    ) -> list[list[float]]:
        """The scripted reply is the choice it prefers: a continuation equal to it (or, failing
        that, containing it) scores -0.1 a token, the others -3 a token (one "token" per word)."""
        self.calls.append([Message(role=m["role"], content=m["content"]) for m in messages])
        if callable(self._replies):
            wanted = self._replies(messages)
        else:
            wanted = self._replies.pop(0) if self._replies else "Aucune de ces réponses."
        exact = [c for c in continuations if c.strip() == wanted.strip()]
        pool = exact or [c for c in continuations if wanted.strip() and wanted.strip() in c]
        return [[self.logprob if c in pool[:1] else -3.0] * max(1, len(c.split())) for c in continuations]

    def complete(
        self,
        messages: Sequence[Message],
        max_tokens: int = 256,
        on_token: TokenCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> Completion:
        self.calls.append([Message(role=m["role"], content=m["content"]) for m in messages])
        if callable(self._replies):
            text = self._replies(messages)
        elif self._replies:
            text = self._replies.pop(0)
        else:
            text = "Je ne sais pas."
        pieces = text.split(" ")
        out: list[str] = []
        for i, piece in enumerate(pieces[:max_tokens]):
            if cancel is not None:
                cancel.raise_if_cancelled()
            token = piece if i == 0 else " " + piece
            out.append(token)
            if on_token is not None:
                on_token(token)
        finish = "length" if len(pieces) > max_tokens else "stop"
        prompt = sum(self.count_tokens(m["content"]) for m in messages)
        return Completion("".join(out), [self.logprob] * len(out), finish, prompt, len(out), 0.0, 0.0)


class ReplayLLM:
    """A chooser that replays the scores a real model gave (``bench/bench_choice.py`` records them):
    ``{continuation: [log-prob per token]}``. A continuation the model never scored gets
    ``missing`` a token, so it is never preferred. Used to show and test, without the model's
    minutes of CPU, what the real model decided on a recorded question."""

    def __init__(self, scores: dict[str, list[float]], missing: float = -30.0, n_ctx: int = 4096) -> None:
        self.scores, self.missing, self.n_ctx = scores, missing, n_ctx
        self.calls: list[list[Message]] = []

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> ReplayLLM:
        """From one bench_choice record: its candidates ``[n] text`` then « Aucune de ces réponses. »."""
        keys = [f"[{c['n']}] {c['text']}" for c in record["candidates"]] + ["Aucune de ces réponses."]
        return cls(dict(zip(keys, record["token_logprobs"], strict=False)))

    def count_tokens(self, text: str) -> int:
        return max(1, len(text) // 4)

    def close(self) -> None:
        pass

    def score_choices(
        self, messages: Sequence[Message], continuations: Sequence[str], cancel: CancelToken | None = None
    ) -> list[list[float]]:
        self.calls.append([Message(role=m["role"], content=m["content"]) for m in messages])
        return [list(self.scores.get(c, [self.missing] * 3)) for c in continuations]


class _ChosenTokenLogprobs:
    """A logits processor that records log p(chosen token) at no extra model cost.

    llama.cpp calls the processor with the logits of step *t* before sampling; the token chosen at
    step *t* is the last input id at step *t+1*. So we keep step *t*'s log-softmax and read it one
    call later; :meth:`finish` handles the last sampled token. (``logits_all=True`` would give the
    same numbers but costs 2.5× the memory and half the speed.)
    """

    def __init__(self) -> None:
        self.values: list[float] = []
        self.tokens: list[int] = []
        self._last: np.ndarray | None = None
        self._length = 0

    def __call__(self, input_ids: np.ndarray, scores: np.ndarray) -> np.ndarray:
        if self._last is not None and len(input_ids) > self._length:
            self.tokens.append(int(input_ids[-1]))
            self.values.append(float(self._last[int(input_ids[-1])]))
        shifted = scores.astype(np.float64) - float(np.max(scores))
        self._last = shifted - math.log(float(np.exp(shifted).sum()))
        self._length = len(input_ids)
        return scores

    def finish(self, last_token: int | None) -> list[float]:
        if self._last is not None and last_token is not None:
            self.tokens.append(last_token)
            self.values.append(float(self._last[last_token]))
            self._last = None
        return self.values


def _common_length(a: Sequence[int], b: Sequence[int]) -> int:
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common


class PromptCache:
    """The model's state after the opening of a conversation, one file per model, in ``directory``.

    Keyed by what makes a state valid: the model file (path, size, modification time), the context size and
    llama.cpp's version. A file that does not load (another build, cut short) is deleted and the prompt is read
    as if it were absent: the cache can only save time, never change an answer.
    """

    MIN_TOKENS = 64  # a shorter opening is read faster than its state is written

    def __init__(self, directory: Path, model_path: Path, n_ctx: int) -> None:
        self.directory = directory
        self.model_path = model_path
        self.n_ctx = n_ctx
        self.holds_current = False  # the file holds this process's opening (restored and checked, or saved)

    @cached_property
    def path(self) -> Path:
        import hashlib

        import llama_cpp

        try:
            stat = self.model_path.stat()
            identity = f"{self.model_path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}"
        except OSError:
            identity = str(self.model_path)
        key = hashlib.sha256(f"{identity}|{self.n_ctx}|{llama_cpp.__version__}".encode()).hexdigest()[:24]
        return self.directory / f"invite-{key}.etat"

    def restore(self, llama: Any) -> None:
        """Load the saved opening into the empty context of ``llama`` (nothing when there is none)."""
        import ctypes

        import llama_cpp

        path = self.path
        if not path.is_file():
            return
        tokens = (llama_cpp.llama_token * self.n_ctx)()
        count = ctypes.c_size_t(0)
        try:
            loaded = llama_cpp.llama_state_seq_load_file(llama._ctx.ctx, str(path).encode(), 0, tokens, self.n_ctx,
                                                         ctypes.byref(count))
        except Exception:  # noqa: BLE001 — a cache must never stop a question
            loaded = 0
        if not loaded or not 0 < count.value <= self.n_ctx:
            log.warning("Cache d'invite illisible, supprimé : %s", path.name)
            llama._ctx.kv_cache_seq_rm(-1, 0, -1)
            path.unlink(missing_ok=True)
            return
        llama.input_ids[: count.value] = list(tokens[: count.value])
        llama.n_tokens = count.value
        log.info("Cache d'invite relu : %d jetons", count.value)

    def save(self, llama: Any, tokens: list[int]) -> None:
        """Write the state of the context, which holds exactly ``tokens``, atomically."""
        import os

        import llama_cpp

        self.holds_current = True  # one try a process: a failure is not retried on every question
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            partial = self.path.with_suffix(f".{os.getpid()}.partiel")  # two processes may write at once
            array = (llama_cpp.llama_token * len(tokens))(*tokens)
            written = llama_cpp.llama_state_seq_save_file(llama._ctx.ctx, str(partial).encode(), 0, array,
                                                          len(tokens))
            if written:
                os.replace(partial, self.path)
                log.info("Cache d'invite écrit : %d jetons, %.1f Mo", len(tokens), written / 1e6)
            else:
                partial.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("Cache d'invite non écrit : %s", exc)


class LlamaLLM:
    """Any local GGUF through llama-cpp-python, with the chat template stored in the file."""

    def __init__(self, model_path: Path | str, n_ctx: int = 4096, n_threads: int = 2, seed: int = 0,
                 prompt_cache_dir: Path | None = None) -> None:
        self.model_path = Path(model_path)
        self.n_ctx = n_ctx
        self.n_threads = n_threads
        self.seed = seed
        self._llama: Any = None
        # The instructions and examples that open every conversation, read once per model and kept on disk:
        # a fresh process (``registre ask``, the app's first question) reads them back instead of evaluating
        # them again (about 500 tokens, ten seconds on two cores)
        self._prompt_cache = PromptCache(prompt_cache_dir, self.model_path, n_ctx) if prompt_cache_dir else None
        self.reused_prompt_tokens = 0  # of the last prompt, already in the context (what was not read again)
        # The one thread that ever touches the llama.cpp context.
        self._worker = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="registre-llm", initializer=self._remember_worker
        )
        self._worker_thread: threading.Thread | None = None
        self._closed = False

    # -- public API (any thread) -------------------------------------------------------------
    def load(self) -> None:
        self._run(self._ensure_loaded)

    def count_tokens(self, text: str) -> int:
        return int(self._run(lambda: len(self._ensure_loaded().tokenize(text.encode("utf-8"), add_bos=False))))

    def complete(
        self,
        messages: Sequence[Message],
        max_tokens: int = 256,
        on_token: TokenCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> Completion:
        result: Completion = self._run(lambda: self._complete(list(messages), max_tokens, on_token, cancel))
        return result

    def score_choices(
        self, messages: Sequence[Message], continuations: Sequence[str], cancel: CancelToken | None = None
    ) -> list[list[float]]:
        """Log-probabilities of each token of each continuation, as the assistant's reply.

        The conversation is read once (its longest prefix already in the context is reused, as for
        a completion), then each continuation costs one batch of a few tokens: choosing among 20
        spans costs far less than writing one sentence.
        """
        result: list[list[float]] = self._run(lambda: self._score(list(messages), list(continuations), cancel))
        return result

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True

        def _free() -> None:
            if self._llama is not None:
                self._llama.close()
                self._llama = None

        self._worker.submit(_free).result()
        self._worker.shutdown(wait=True)

    def __enter__(self) -> LlamaLLM:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- worker thread only ------------------------------------------------------------------
    def _remember_worker(self) -> None:
        self._worker_thread = threading.current_thread()

    def _run(self, fn: Callable[[], Any]) -> Any:
        if self._closed:
            raise RuntimeError("LlamaLLM fermé")
        if threading.current_thread() is self._worker_thread:
            return fn()  # called back from a token callback: queuing would wait on ourselves
        return self._worker.submit(fn).result()

    def _ensure_loaded(self) -> Any:
        if self._llama is not None:
            return self._llama
        if not self.model_path.is_file():
            raise LLMUnavailable(f"Le fichier du modèle est introuvable : {self.model_path}")
        try:
            from llama_cpp import Llama
        except ImportError as exc:
            raise LLMUnavailable(
                "Le moteur d'IA locale n'est pas installé. Installez-le avec : "
                'pip install llama-cpp-python (ou pip install "registre[llm]").'
            ) from exc
        started = time.monotonic()
        try:
            self._llama = Llama(
                model_path=str(self.model_path),
                n_ctx=self.n_ctx,
                n_threads=self.n_threads,
                n_threads_batch=self.n_threads,
                seed=self.seed,
                chat_format=None,  # None → the Jinja chat template stored in the GGUF
                verbose=False,
            )
        except Exception as exc:  # llama.cpp reports a bad file as ValueError or RuntimeError
            log.exception("Échec du chargement du modèle %s", self.model_path.name)
            raise LLMUnavailable(
                f"Le fichier « {self.model_path.name} » n'a pas pu être chargé comme modèle de langue "
                "(fichier GGUF endommagé, incomplet ou d'un autre type). Choisissez un autre fichier "
                "dans les paramètres ; rien n'a été modifié."
            ) from exc
        log.info("Modèle chargé : %s (%.0f Mo, %d fils) en %.1f s", self.model_path.name,
                 self.model_path.stat().st_size / 1e6, self.n_threads, time.monotonic() - started)
        return self._llama

    def _formatter(self, llama: Any, open_reply: bool = True) -> Any:
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        template = llama.metadata.get("tokenizer.chat_template")
        if not template:
            raise LLMUnavailable(f"Le modèle « {self.model_path.name} » n'a pas de gabarit de conversation.")
        eos = llama.detokenize([llama.token_eos()]).decode("utf-8", errors="ignore")
        bos = llama.detokenize([llama.token_bos()]).decode("utf-8", errors="ignore")
        return Jinja2ChatFormatter(template=template, eos_token=eos, bos_token=bos, add_generation_prompt=open_reply)

    def _prompt_tokens(self, llama: Any, messages: list[Message]) -> tuple[list[int], list[int]]:
        """The conversation's tokens up to the assistant's reply, and the tokens that end a reply.

        A choice is scored *with* the end of the turn: otherwise "3" would outscore "3,20 €", which
        it starts (every extra token can only lower a sum of log-probabilities).
        """
        formatter = self._formatter(llama)
        prompt = formatter(messages=messages).prompt
        marker = "\u2063choix\u2063"
        closed = self._formatter(llama, open_reply=False)(
            messages=[*messages, {"role": "assistant", "content": marker}]
        ).prompt
        ending = closed.split(marker, 1)[1] if marker in closed else ""
        ending = ending.rstrip("\n") or llama.detokenize([llama.token_eos()]).decode("utf-8", errors="ignore")
        end_tokens = list(llama.tokenize(ending.encode("utf-8"), add_bos=False, special=True))[:1]
        tokens = list(llama.tokenize(prompt.encode("utf-8"), add_bos=False, special=True))
        return tokens, end_tokens

    def _read_prompt(self, llama: Any, messages: list[Message], prefix: list[int]) -> None:
        """Evaluate ``prefix``, reusing what the context (or the prompt cache on disk) already holds of it."""
        self._restore_opening(llama)
        common = _common_length(list(llama.input_ids[: llama.n_tokens]), prefix)
        llama.n_tokens = min(common, len(prefix) - 1)  # at least one token read: its logits start the scores
        self.reused_prompt_tokens = llama.n_tokens
        if self._prompt_cache is not None and not self._prompt_cache.holds_current:
            stable = _common_length(self._opening_tokens(llama, messages), prefix)
            if stable < PromptCache.MIN_TOKENS or stable <= llama.n_tokens:
                self._prompt_cache.holds_current = stable <= llama.n_tokens  # restored, and still the opening
            else:
                llama.eval(prefix[llama.n_tokens : stable])
                self._prompt_cache.save(llama, prefix[:stable])
        llama.eval(prefix[llama.n_tokens :])

    def _restore_opening(self, llama: Any) -> None:
        """An empty context (a fresh process) starts from the opening saved on disk, when there is one."""
        if self._prompt_cache is not None and llama.n_tokens == 0:
            self._prompt_cache.restore(llama)

    def _opening_tokens(self, llama: Any, messages: list[Message]) -> list[int]:
        """The tokens of the conversation before its last message: the part every question shares."""
        if len(messages) < 2:
            return []
        opening = self._formatter(llama, open_reply=False)(messages=messages[:-1]).prompt
        return list(llama.tokenize(opening.encode("utf-8"), add_bos=False, special=True))

    def _score(
        self, messages: list[Message], continuations: list[str], cancel: CancelToken | None = None
    ) -> list[list[float]]:
        import llama_cpp

        llama = self._ensure_loaded()
        prefix, end = self._prompt_tokens(llama, messages)
        self._read_prompt(llama, messages, prefix)
        vocab = llama.n_vocab()
        ctx = llama._ctx.ctx

        def log_softmax(ptr: Any) -> np.ndarray:
            row = np.ctypeslib.as_array(ptr, shape=(vocab,)).astype(np.float64)
            row -= row.max()
            return row - math.log(float(np.exp(row).sum()))

        first = log_softmax(llama_cpp.llama_get_logits_ith(ctx, -1))
        base = llama.n_tokens
        out: list[list[float]] = []
        for text in continuations:
            if cancel is not None and cancel.cancelled:
                llama._ctx.kv_cache_seq_rm(-1, base, -1)
                llama.n_tokens = base
                raise Cancelled()
            tokens = list(llama.tokenize(text.encode("utf-8"), add_bos=False, special=False)) + end
            if not tokens:
                out.append([])
                continue
            llama._ctx.kv_cache_seq_rm(-1, base, -1)
            llama._batch.set_batch(batch=tokens, n_past=base, logits_all=True)
            llama._ctx.decode(llama._batch)
            values = [float(first[tokens[0]])]
            for i in range(1, len(tokens)):
                values.append(float(log_softmax(llama_cpp.llama_get_logits_ith(ctx, i - 1))[tokens[i]]))
            out.append(values)
        llama._ctx.kv_cache_seq_rm(-1, base, -1)
        llama.n_tokens = base  # the conversation stays cached for the next question's prefix
        return out

    def _complete(
        self,
        messages: list[Message],
        max_tokens: int,
        on_token: TokenCallback | None,
        cancel: CancelToken | None,
    ) -> Completion:
        from llama_cpp import LogitsProcessorList

        llama = self._ensure_loaded()
        if cancel is not None:
            cancel.raise_if_cancelled()
        self._restore_opening(llama)  # llama-cpp-python reuses the common prefix of what it holds
        recorder = _ChosenTokenLogprobs()
        started = time.monotonic()
        first: float | None = None
        parts: list[str] = []
        finish = "stop"
        # The prefix (system prompt) already in the context is reused by llama-cpp-python, which
        # compares the new prompt with its cached tokens: that is our prompt cache.
        stream = llama.create_chat_completion(
            messages=messages,
            max_tokens=max_tokens,
            temperature=0.0,
            repeat_penalty=1.0,
            stream=True,
            logits_processor=LogitsProcessorList([recorder]),
        )
        try:
            for chunk in stream:
                choice = chunk["choices"][0]
                piece = choice.get("delta", {}).get("content") or ""
                if piece:
                    if first is None:
                        first = time.monotonic() - started
                    parts.append(piece)
                    if on_token is not None:
                        on_token(piece)
                if choice.get("finish_reason"):
                    finish = choice["finish_reason"]
                if cancel is not None and cancel.cancelled:
                    break  # closing the generator stops llama.cpp before the next token
        finally:
            close = getattr(stream, "close", None)
            if close is not None:
                close()
        if cancel is not None and cancel.cancelled:
            raise Cancelled()
        logprobs = recorder.finish(None)
        completion_tokens = len(logprobs)
        texts = token_texts(lambda t: bytes(llama.detokenize([t])), recorder.tokens)
        prompt_tokens = max(0, int(llama.n_tokens) - completion_tokens)
        return Completion(
            text="".join(parts).strip(),
            token_logprobs=logprobs,
            finish_reason=finish,
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            first_token_seconds=first,
            seconds=time.monotonic() - started,
            token_texts=texts,
        )
