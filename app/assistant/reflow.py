"""A passage's line breaks as the clerk should see them: the PDF's, not the dock's.

A PDF's text keeps the line breaks of its printed page (about 75 characters). In the assistant's
dock, 45 characters wide, each of them cut a line again: ragged half-lines (« et de ⏎ maintenir une
tarification »). A break inside a sentence becomes a space; a break that ends a sentence, a heading
or a table row stays. Each break is replaced by one space, so the text keeps its length and the
answer span's offsets stay right: the passage is still shown word for word.
"""

from __future__ import annotations

import re

# A line ending on one of these words goes on below: no row, heading or sentence ends with « à » or « de ».
_OPEN_ENDINGS = {
    "à", "de", "du", "des", "d'", "d’", "le", "la", "les", "l'", "l’", "et", "ou", "en", "au", "aux", "pour",
    "par", "sur", "dont", "que", "qu'", "qu’", "qui", "un", "une", "avec", "entre", "contre", "soit", "sa", "son",
    "ses", "leur", "leurs", "ce", "cette", "ces",
}  # fmt: skip
_LAST_WORD = re.compile(r"(\w+['’]?)\W*$")


def _joins(before: str, after: str) -> bool:
    nxt = after.lstrip()
    if not before.strip() or not nxt:
        return False  # a blank line is a paragraph break
    if nxt[0].islower():
        return True  # « … (enseignants, personnel ⏎ communal) »
    last = _LAST_WORD.search(before.rstrip())
    return last is not None and before.rstrip()[-1].isalpha() and last.group(1).casefold() in _OPEN_ENDINGS


def reflowed(text: str) -> str:
    """``text`` with its in-sentence line breaks turned into spaces (same length, same offsets)."""
    lines = text.split("\n")
    out = [lines[0]]
    for before, after in zip(lines, lines[1:], strict=False):
        out.append((" " if _joins(before, after) else "\n") + after)
    return "".join(out)
