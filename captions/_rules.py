"""Reads the rule files in captions/data/ lazily, once, each checked against its schema.

Word lists and patterns live in TOML beside the code (as dateparser and pycountry keep their data), so a
desk can read and extend them without touching the parser. captions/data/RULES.md documents the format:
the kinds of entries, the case convention, and every file and key.

A schema is a TypedDict (what mypy checks the readers against) whose fields are kinds of entries, in
`_rule_schemas.py`. A file is validated by pydantic-core against a schema built from the TypedDict, with
unknown keys forbidden and no type coerced, so a typo'd key or a wrong type fails naming the file and the
key. The core schema is built here rather than by pydantic's TypeAdapter, which spends 10 to 15 ms of the
first caption's time generating the same schema.
"""

# No `from __future__ import annotations`: the schemas are read at run time, as type objects.

import hashlib
import json
import threading
import tomllib
from collections.abc import Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import (
    Annotated,
    Any,
    Literal,
    NotRequired,  # pydantic reads these on Python < 3.12 too
    get_args,
    get_origin,
    overload,
)

from pydantic_core import CoreSchema, ErrorDetails, SchemaValidator, ValidationError

from . import _rule_schemas
from ._regex import alternation
from ._rule_schemas import (
    SCHEMAS,
    CreditRules,
    DateRules,
    IptcRules,
    PeopleRules,
    PlaceRules,
    ProvenanceRules,
    TextRules,
    _Kind,
)

__all__ = [
    "SCHEMAS",
    "RuleFileError",
    "phrases",
    "rules",
    "validate",
    "words",
]

_lock = threading.Lock()


class RuleFileError(ValueError):
    """A rule file that does not follow its schema; the message names the file and the key."""


# --- Validating ----------------------------------------------------------------------------------------


@cache  # one schema per type: `Words` stands for a hundred keys
def _core(tp: Any) -> CoreSchema:
    """The pydantic-core schema of a schema type: strict, with unknown keys forbidden. Written as the
    dicts that pydantic_core.core_schema's helpers return, which cost more to call than to write."""
    origin = get_origin(tp)
    if origin is Annotated:
        base, kind = get_args(tp)[:2]
        assert base is str and isinstance(kind, _Kind), tp
        text: CoreSchema = {"type": "str", "min_length": 1, "strict": True}
        if kind.check is None:
            return text
        return {
            "type": "function-after",
            "function": {"type": "no-info", "function": kind.check},
            "schema": text,
        }
    if origin is NotRequired:
        return _core(get_args(tp)[0])
    if origin is list:
        return {"type": "list", "items_schema": _core(get_args(tp)[0]), "strict": True}
    if origin is dict:
        key, value = get_args(tp)
        return {"type": "dict", "keys_schema": _core(key), "values_schema": _core(value), "strict": True}
    if origin is Literal:
        return {"type": "literal", "expected": list(get_args(tp))}
    if tp is str:
        return {"type": "str", "strict": True}
    if tp is bool:
        return {"type": "bool", "strict": True}
    if tp is int:
        return {"type": "int", "strict": True}
    if isinstance(tp, type) and issubclass(tp, dict) and hasattr(tp, "__required_keys__"):
        required = tp.__required_keys__
        fields: dict[str, Any] = {
            key: {"type": "typed-dict-field", "schema": _core(field), "required": key in required}
            for key, field in tp.__annotations__.items()
        }
        return {"type": "typed-dict", "fields": fields, "extra_behavior": "forbid", "strict": True}
    raise TypeError(f"no schema for {tp!r}")


@cache
def _validator(name: str) -> SchemaValidator:
    return SchemaValidator(_core(SCHEMAS[name]))


def validate(name: str, data: Mapping[str, Any], where: str | None = None) -> dict[str, Any]:
    """DATA checked against the schema of rule file NAME. RuleFileError names the file (WHERE, by default
    captions/data/NAME.toml) and the key."""
    where = where or f"captions/data/{name}.toml"
    if name not in SCHEMAS:
        raise RuleFileError(f"{where}: no rule file has this name")
    try:
        checked: dict[str, Any] = _validator(name).validate_python(data)
    except ValidationError as error:
        raise RuleFileError(f"{where}: " + "; ".join(_said(e) for e in error.errors()[:5])) from None
    return checked


def _said(error: ErrorDetails) -> str:
    """ "provenance[2].patterns: Field required": where in the file, and what is wrong there."""
    key = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in error["loc"])
    return f"{key.lstrip('.') or '(top level)'}: {error['msg']}"


@cache
def _load(name: str) -> Mapping[str, Any]:
    where = f"captions/data/{name}.toml"
    with _lock:
        text = (resources.files("captions") / "data" / f"{name}.toml").read_text(encoding="utf-8")
    cache_file = _parsed_cache_file(name, text)
    parsed = _read_parsed(cache_file)
    if parsed is not None:
        return parsed
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise RuleFileError(f"{where}: not TOML ({error})") from None
    checked = validate(name, data, where)
    _write_parsed(cache_file, checked)
    return checked


# --- The parsed rules, cached ---------------------------------------------------------------------------
# Reading the seven rule files as TOML and checking them against their schemas is some 30 to 60 ms of
# the first record's time; the JSON of what they held, once checked, reads in a few. Its name holds a
# hash of the file's text and of the module that holds the schemas, so a file or a schema that changes
# is read and checked anew; a cache that cannot be read or written (a read-only home) is no error: the
# files are read as before.


def _parsed_cache_file(name: str, text: str) -> Path:
    from gazetteer import default_cache_dir  # the gazetteer's index shares the folder

    key = hashlib.sha256(text.encode() + b"\0" + _schemas_source()).hexdigest()[:16]
    return default_cache_dir() / "rules" / f"{name}-{key}.json"


@cache
def _schemas_source() -> bytes:
    """The text of the module that holds the schemas: a schema changed makes every cached file stale."""
    try:
        return Path(_rule_schemas.__file__).read_bytes()
    except OSError:  # no file to read (a zipped package): the version stands for the schemas
        from ._version import __version__

        return __version__.encode()


def _read_parsed(path: Path) -> dict[str, Any] | None:
    try:
        parsed: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return parsed if isinstance(parsed, dict) else None


def _write_parsed(path: Path, checked: Mapping[str, Any]) -> None:
    from ._outputs import atomic_output  # only when the cache is written: its imports are heavier

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written beside it and renamed: a process reading it at the same time sees all of it or none.
        with atomic_output(str(path)) as stream:
            stream.write(json.dumps(checked, ensure_ascii=False))
    except OSError:
        pass


# fmt: off
@overload
def rules(name: Literal["credit"]) -> CreditRules: ...
@overload
def rules(name: Literal["date"]) -> DateRules: ...
@overload
def rules(name: Literal["iptc"]) -> IptcRules: ...
@overload
def rules(name: Literal["people"]) -> PeopleRules: ...
@overload
def rules(name: Literal["place"]) -> PlaceRules: ...
@overload
def rules(name: Literal["provenance"]) -> ProvenanceRules: ...
@overload
def rules(name: Literal["text"]) -> TextRules: ...
@overload
def rules(name: str) -> Mapping[str, Any]: ...
# fmt: on
def rules(name: str) -> Mapping[str, Any]:
    """The rule file captions/data/NAME.toml, read once and checked against its schema."""
    return _load(name)


@cache
def words(name: str, key: str) -> frozenset[str]:
    """A word list of a rule file as a set for membership tests: lower-cased (compare a lower-cased word),
    or as written when the key ends in `_cased`. Cached as it is (no wrapper around a cached helper): the
    readers ask for their lists some 30 times a caption."""
    items: list[str] = _load(name)[key]
    return frozenset(items) if key.endswith("_cased") else frozenset(w.lower() for w in items)


def phrases(name: str, key: str) -> str:
    """A word list of a rule file as a regex group that keeps the list's case inside any pattern:
    `(?i:...)` for a list matched in any case, `(?-i:...)` for one whose key ends in `_cased`."""
    items: list[str] = _load(name)[key]
    return f"(?{'-' if key.endswith('_cased') else ''}i:{alternation(items)})"
