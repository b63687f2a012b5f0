"""Prompt files (``resources/prompts/*.md``) and the framing of document text as data."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from assistant.llm import Message

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "resources" / "prompts"
_FIELD = re.compile(r"\{(\w+)\}")
# Anything in a document that could pass for our delimiters is defused, so a PDF cannot close
# its own <document> block and write outside it.
_DELIMITER = re.compile(
    r"<\s*/?\s*(documents?|system|user|assistant|im_start|im_end)\b[^>]*>|<\|[^|>]*\|>", re.IGNORECASE
)


@cache
def load(name: str) -> str:
    path = PROMPTS_DIR / f"{name}.md"
    return path.read_text(encoding="utf-8").strip()


def fill(template: str, values: Mapping[str, str]) -> str:
    """Replace ``{field}`` in the template only: inserted text is never scanned again."""

    def repl(m: re.Match[str]) -> str:
        key = m.group(1)
        return values[key] if key in values else m.group(0)

    return _FIELD.sub(repl, template)


def defuse(document_text: str) -> str:
    return _DELIMITER.sub(lambda m: m.group(0).replace("<", "‹").replace(">", "›").replace("|", "¦"), document_text)


def document_block(n: int, header: str, body: str) -> str:
    header = defuse(header).replace('"', "'")
    return f'<document numero="{n}" source="{header}">\n{defuse(body).strip()}\n</document>'


_EXAMPLE_SPLIT = "=== réponse ==="


@cache
def example(task: str) -> tuple[str, str] | None:
    """A worked example for ``task`` (``{task}_exemple.md``: the request, then the expected reply).

    A 1.5B model copies the shape of an example far better than it follows a rule: without one it
    often answered a bare "[2]". The example sits right after the fixed system prompt, so its
    tokens are read once and then reused from llama.cpp's prefix cache.
    """
    path = PROMPTS_DIR / f"{task}_exemple.md"
    if not path.exists():
        return None
    request, _, reply = path.read_text(encoding="utf-8").partition(_EXAMPLE_SPLIT)
    return request.strip(), reply.strip()


def messages(task: str, values: Mapping[str, str], example_of: str | None = None) -> list[Message]:
    """System prompt, the worked example of ``example_of`` (default: the task's own), the request."""
    out = [Message(role="system", content=load("systeme_documents"))]
    worked = example(example_of or task)
    if worked is not None:
        out += [Message(role="user", content=worked[0]), Message(role="assistant", content=worked[1])]
    return out + [Message(role="user", content=fill(load(task), values))]
