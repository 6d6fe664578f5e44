"""Desk templates for `captions apply --template FILE`: fixed fields a desk puts on every picture beside the
caption's (copyright notice, rights usage terms, description writer, image supplier), like Photo
Mechanic's stationery pad. A TOML file, one table a field:

    [copyright]
    value = "© 2026 Example News"
    mode = "fill"         # the default: written where the image has none
    [caption_writer]
    value = "jd"
    mode = "replace"      # written over what the image has (as --overwrite caption_writer)

The fields are `[apply.template]` in captions/data/iptc.toml.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._exceptions import InputError
from .._export._iptc import is_altlang, language, top_property
from .._rules import rules

__all__ = ["MODES", "DeskTemplate", "read_template"]

MODES = ("fill", "replace")


@dataclass(frozen=True)
class DeskTemplate:
    properties: dict[str, Any] = field(default_factory=dict)  # ipmd name = value in its ipmd shape
    replace: frozenset[str] = frozenset()  # fields written over what an image has


def _shaped(name: str, text: str) -> Any:
    prop = top_property(name)
    if is_altlang(prop):
        return {language(): text}
    if prop["datatype"] == "struct":  # the image supplier: a list of one structure, by name
        return [{"imageSupplierName": text}]
    return [text] if prop["multi"] else text


def read_template(path: str | Path) -> DeskTemplate:
    """The template in PATH. InputError says what is wrong with it, and where."""
    fields: dict[str, str] = rules("iptc")["apply"]["template"]
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: not a TOML desk template ({error})") from None
    properties: dict[str, Any] = {}
    replace: set[str] = set()
    for name, entry in data.items():
        if name not in fields:
            raise InputError(f"{path}: [{name}] is no template field (fields: {', '.join(fields)})")
        if (
            not isinstance(entry, dict)
            or not isinstance(entry.get("value"), str)
            or not entry["value"].strip()
        ):
            raise InputError(f'{path}: [{name}] needs value = "text"')
        mode = entry.get("mode", "fill")
        if mode not in MODES or set(entry) - {"value", "mode"}:
            raise InputError(f'{path}: [{name}] takes value = "..." and mode = "fill" or "replace"')
        properties[fields[name]] = _shaped(fields[name], entry["value"].strip())
        if mode == "replace":
            replace.add(name)
    return DeskTemplate(properties, frozenset(replace))
