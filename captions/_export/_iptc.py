"""IPTC Photo Metadata 2025.1 from a caption record: the ipmd JSON properties every IPTC exporter starts from
(`--format iptc`, `exiftool`, `xmp`), the Instructions text, and IIM byte limits.

The mapping (which record field goes to which property) is captions/data/iptc.toml; names, XMP ids, ExifTool
tags and IIM limits are captions/data/iptc_pmd.json, generated from the IPTC TechReference by
scripts/build_iptc_data.py. Both are read lazily, once.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterable, Mapping
from functools import cache, lru_cache
from importlib import resources
from typing import IO, Any

from .._model import CaptionRecord, RecordWarning, WarningCode
from .._regex import compile_all
from .._rules import rules

__all__ = [
    "EXTENSION",
    "SCHEMA_FILE",
    "document",
    "field_value",
    "instructions",
    "iptc_properties",
    "language",
    "mapped_properties",
    "pmd",
    "property_value",
    "struct_field",
    "titles",
    "top_property",
    "utf8_cut",
    "write_iptc",
]

SCHEMA_FILE = "iptc-pmd-2025.1.schema.json"
_lock = threading.Lock()


@cache
def pmd() -> Mapping[str, Any]:
    """The generated TechReference extract: {"properties": {ipmd name: ...}, "structures": {...}}."""
    with _lock:
        text = (resources.files("captions") / "data" / "iptc_pmd.json").read_text(encoding="utf-8")
        data: Mapping[str, Any] = json.loads(text)
        return data


def _mapping() -> Mapping[str, Any]:
    return rules("iptc")


def language() -> str:
    """The AltLang key every text is written under ("x-default")."""
    return str(_mapping()["language"])


def top_property(name: str) -> Mapping[str, Any]:
    prop: Mapping[str, Any] = pmd()["properties"][name]
    return prop


def struct_field(struct: str, name: str) -> Mapping[str, Any]:
    field: Mapping[str, Any] = pmd()["structures"][struct][name]
    return field


def is_altlang(prop: Mapping[str, Any]) -> bool:
    return bool(prop["datatype"] == "struct" and prop["dataformat"] == "AltLang")


def _resolve(obj: Any, path: str) -> Any:
    """A record field by dotted path; through a list it maps ("persons.name": every person's name)."""
    value = obj
    parts = path.split(".")
    for i, part in enumerate(parts):
        if value is None:
            return None
        if isinstance(value, tuple | list):
            rest = ".".join(parts[i:])
            return [v for v in (_resolve(item, rest) for item in value) if _present(v)]
        value = getattr(value, part)
    return value


def _present(value: Any) -> bool:
    return value is not None and value != "" and value != [] and value != ()


def _shape(prop: Mapping[str, Any], value: Any) -> Any:
    """A record value in the ipmd JSON shape of PROP: a list if multi, a language map if AltLang."""
    if isinstance(value, tuple):
        value = list(value)
    if is_altlang(prop):
        return {language(): value}
    if prop["multi"] and not isinstance(value, list):
        return [value]
    return value


def credit_too_long(record: CaptionRecord) -> bool:
    limit = top_property("creditLine")["iim_max_bytes"]
    return bool(record.credit_line and len(record.credit_line.encode("utf-8")) > limit)


def instructions(record: CaptionRecord) -> str | None:
    """How the picture was obtained and how it may be used, readably, for photoshop:Instructions."""
    table = _mapping()["instructions"]
    parts: list[str] = []
    for item in record.provenance:
        label = table["provenance"].get(item.kind.value, item.kind.value)
        parts.append(table["with_party"].format(label=label, party=item.party) if item.party else label)
    parts += [r.text for r in record.restrictions]
    if credit_too_long(record):
        parts.append(table["long_credit"].format(credit=record.credit_line))
    unique = list(dict.fromkeys(p.strip() for p in parts if p.strip()))
    return table["separator"].join(unique) or None


# A place known only at country level, not found or ambiguous has no point to give: a country's centre
# or a guess would be written as where the picture was made.
_NO_POINT = frozenset({WarningCode.PLACE_NOT_FOUND, WarningCode.AMBIGUOUS_PLACE})


def _has_point(record: CaptionRecord) -> bool:
    loc = record.location
    if loc is None or not (loc.city or loc.sublocation):
        return False
    return not any(w.code in _NO_POINT for w in record.warnings)


def _location(record: CaptionRecord) -> list[dict[str, Any]]:
    if record.location is None:
        return []
    shown: dict[str, Any] = {}
    point = _has_point(record)
    for field, path in _mapping()["location"].items():
        value = _resolve(record, path)
        if not _present(value) or (field in ("gpsLatitude", "gpsLongitude") and not point):
            continue
        if field == "identifiers":
            value = _mapping()["geonames_uri"].format(id=value)
        shown[field] = _shape(struct_field("Location", field), value)
    return [shown] if shown else []


def _persons(record: CaptionRecord) -> list[dict[str, Any]]:
    shown = []
    for person in record.persons:
        details = {
            field: _shape(struct_field("PersonWDetails", field), value)
            for field, path in _mapping()["persons"].items()
            if _present(value := _resolve(person, path))
        }
        if details:
            shown.append(details)
    return shown


_SHAPED = frozenset({"@instructions", "@location", "@persons"})  # already in their ipmd shape


@cache
def _keyword_lines() -> tuple[re.Pattern[str], ...]:
    return compile_all(_mapping()["keywords"]["patterns"])


# A record's description is split three times (description, keywords, titles): once, kept for the next.
@lru_cache(maxsize=256)
def _split_keywords(description: str) -> tuple[str, tuple[str, ...]]:
    """The description without its keyword lines, and their keywords (in order, each once)."""
    lowered = description.lower()
    if not any(word in lowered for word in _mapping()["keywords"]["triggers"]):
        return description.strip(), ()  # no keyword line (iptc.toml [keywords] triggers)
    keywords: list[str] = []
    for pattern in _keyword_lines():
        for match in pattern.finditer(description):
            tags = match.group("tags").strip()
            parts = re.split(r"\s*[,;]\s*", tags) if re.search(r"[,;]", tags) else tags.split()
            keywords += [p.strip() for p in parts if p.strip()]
        description = pattern.sub("", description)
    return description.strip(), tuple(dict.fromkeys(keywords))


def _description(record: CaptionRecord) -> str | None:
    return _split_keywords(record.description)[0] or None


def _keywords(record: CaptionRecord) -> list[str]:
    return list(_split_keywords(record.description)[1])


def _cut_words(text: str, limit: int) -> str:
    """TEXT cut to at most LIMIT UTF-8 bytes at a word boundary (a title is not cut mid-word)."""
    if len(text.encode("utf-8")) <= limit:
        return text
    cut = utf8_cut(text, limit + 1)
    return cut.rsplit(" ", 1)[0].rstrip(" ,;:-") if " " in cut else utf8_cut(text, limit)


def titles(record: CaptionRecord) -> dict[str, Any]:
    """Headline and Title (ipmd `headline`, `title`) for a record: the first sentence of its description,
    and the first person that sentence names, else the sentence up to where its place or time begins. Both
    fit IIM (256 and 64 bytes), cut at a word."""
    from .._parse._text import split_sentences  # the parser's sentence splitter, on use only

    description = _split_keywords(record.description)[0]
    sentences = split_sentences(description)
    if not sentences:
        return {}
    first = sentences[0]
    out: dict[str, Any] = {"headline": _cut_words(first, top_property("headline")["iim_max_bytes"])}
    named = next((p.name for p in record.persons if p.name in first), None)
    subject = named
    if subject is None:
        ends = [i for end in _mapping()["titles"]["subject_ends"] if (i := first.find(end)) > 0]
        subject = first[: min(ends)] if ends else first
    subject = _cut_words(subject.strip(), top_property("title")["iim_max_bytes"])
    if subject:
        out["title"] = {language(): subject}
    return out


def mapped_properties() -> Mapping[str, str]:
    """ipmd property name -> record field path (or "@" and a builder), in output order."""
    properties: Mapping[str, str] = _mapping()["properties"]
    return properties


def field_value(record: CaptionRecord, path: str) -> Any:
    """A record field by dotted path as the export reads it (a sequence as a list), or None when empty."""
    value = _resolve(record, path)
    if not _present(value):
        return None
    return list(value) if isinstance(value, tuple) else value


def property_value(record: CaptionRecord, name: str, path: str) -> Any:
    """One ipmd property of a record, as `iptc_properties` gives it, or None when it is empty."""
    special = _SPECIAL.get(path)
    value = special(record) if special is not None else _resolve(record, path)
    if not _present(value):
        return None
    return value if path in _SHAPED else _shape(top_property(name), value)


def iptc_properties(record: CaptionRecord) -> dict[str, Any]:
    """The record as IPTC Photo Metadata 2025.1 ipmd JSON properties (the contract's mapping); empty ones
    are left out."""
    out: dict[str, Any] = {}
    for name, path in mapped_properties().items():
        value = property_value(record, name, path)
        if value is not None:
            out[name] = value
    return out


_SPECIAL: dict[str, Callable[[CaptionRecord], Any]] = {
    "@instructions": instructions,
    "@location": _location,
    "@persons": _persons,
    "@description": _description,
    "@keywords": _keywords,
}


# IPTC's JSON schema admits other parties' metadata under "photoVideoMetadata_<name>" keys, and nothing
# else beside its own container: the record id goes there.
EXTENSION = "photoVideoMetadata_captions"


def document(record: CaptionRecord) -> dict[str, Any]:
    """One item of `--format iptc`: its IPTC properties, and the record id under captions' own key."""
    return {"photoVideoMetadataIPTC": iptc_properties(record), EXTENSION: {"id": record.id}}


def write_iptc(records: Iterable[CaptionRecord], stream: IO[str]) -> int:
    """`--format iptc`: a JSON array of documents, streamed; returns how many were written."""
    count = 0
    stream.write("[")
    for record in records:
        stream.write(("," if count else "") + "\n" + json.dumps(document(record), ensure_ascii=False))
        count += 1
    stream.write("\n]\n")
    return count


def utf8_cut(text: str, limit: int) -> str:
    """TEXT cut to at most LIMIT UTF-8 bytes, on a character boundary."""
    data = text.encode("utf-8")
    if len(data) <= limit:
        return text
    return data[:limit].decode("utf-8", errors="ignore")


def iim_warning(tag: str, value: str, limit: int) -> RecordWarning:
    size = len(value.encode("utf-8"))
    return RecordWarning(
        code=WarningCode.IIM_TOO_LONG,
        message=f"{tag} is {size} bytes, over its IIM limit of {limit}: "
        f"IIM gets it cut to {len(utf8_cut(value, limit).encode('utf-8'))} bytes, XMP gets it whole",
    )
