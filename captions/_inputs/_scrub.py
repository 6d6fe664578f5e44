"""Text that every output can hold: lone surrogates and over-deep JSON made safe, with a note of what changed.

A JSON string may hold a lone surrogate escape ("\\ud800") and a file name that is not UTF-8 decodes to
lone surrogates: Python keeps them in a str, but no UTF-8 output (JSON Lines, CSV, XMP, a terminal) can
write one, and the record would stop the batch. A meta value nested hundreds of arrays deep passes
json.loads but not pydantic's serializer (255 levels). Both are replaced here, where text comes in, so
that the rest of the package only ever sees text it can write.
"""

from __future__ import annotations

import json
import re
from typing import Any

__all__ = ["MAX_META_DEPTH", "scrub_meta", "scrub_text"]

# Far deeper than any real metadata; well inside pydantic's serialization limit of 255 levels.
MAX_META_DEPTH = 64
_SURROGATE = re.compile(f"[{chr(0xD800)}-{chr(0xDFFF)}]")  # mypyc refuses surrogates in literals
_REPLACEMENT = "\ufffd"


def scrub_text(text: str) -> tuple[str, int]:
    """TEXT with each lone surrogate replaced by U+FFFD, and how many there were."""
    if text.isascii():
        return text, 0
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.subn(_REPLACEMENT, text)
    return text, 0


def scrub_meta(meta: dict[str, Any], label: str = "meta") -> tuple[dict[str, Any], list[str]]:
    """META with lone surrogates in keys and strings replaced, and values nested deeper than
    MAX_META_DEPTH kept as their JSON text; and what was changed, as messages naming each LABEL 'key'."""
    problems: list[str] = []

    def walk(value: Any, depth: int, where: str) -> Any:
        if isinstance(value, str):
            text, bad = scrub_text(value)
            if bad:
                problems.append(f"{label} {where}: lone surrogate escape replaced by U+FFFD")
            return text
        if not isinstance(value, dict | list | tuple):
            return value
        if depth > MAX_META_DEPTH:
            problems.append(
                f"{label} {where}: nested deeper than {MAX_META_DEPTH} levels; kept as its JSON text"
            )
            try:
                return json.dumps(value, ensure_ascii=True, default=str)
            except RecursionError:  # deeper than json itself reads (some thousand levels)
                return "(nested too deeply to keep)"
        if isinstance(value, dict):
            out: dict[Any, Any] = {}
            for key, item in value.items():
                if isinstance(key, str):
                    key, bad = scrub_text(key)
                    if bad:
                        problems.append(
                            f"{label} {where}, key {key!r}: lone surrogate escape replaced by U+FFFD"
                        )
                out[key] = walk(item, depth + 1, where)
            return out
        return [walk(item, depth + 1, where) for item in value]

    scrubbed = {}
    for key, value in meta.items():
        name, bad = scrub_text(key) if isinstance(key, str) else (key, 0)
        if bad:
            problems.append(f"{label} key {name!r}: lone surrogate escape replaced by U+FFFD")
        scrubbed[name] = walk(value, 1, repr(name))
    return scrubbed, problems
