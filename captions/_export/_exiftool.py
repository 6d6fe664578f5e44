"""ExifTool import objects: `--format exiftool`, what `captions apply` hands ExifTool, and the IIM checks.

An import object is what `exiftool -json=FILE IMAGE...` applies: group-qualified tags, each IPTC property
written to XMP and to IIM together (`IPTC:CodedCharacterSet` UTF8, so IIM holds any script). A value over
its IIM byte limit goes whole to XMP and cut on a UTF-8 character boundary to IIM, with an `iim_too_long`
warning, rather than letting ExifTool cut it mid-character.

Running the `exiftool` program is captions/_images/_exiftool.py's.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import IO, Any

from .._images._suffixes import IMAGE_SUFFIXES
from .._model import CaptionRecord, RecordWarning, WarningCode
from ._iptc import (
    credit_too_long,
    field_value,
    iim_warning,
    iptc_properties,
    is_altlang,
    language,
    mapped_properties,
    property_value,
    struct_field,
    top_property,
    utf8_cut,
)

__all__ = [
    "iim_date",
    "iim_warnings",
    "import_object",
    "import_tags",
    "literal",
    "source_file",
    "with_iim_warnings",
    "write_exiftool",
]

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def iim_date(value: str) -> str | None:
    """ISO date, maybe truncated, as ExifTool writes IIM 2:55: "2022:06:11", "2022:06:00", "2022:00:00"."""
    match = _DATE.match(value)
    if not match:
        return None
    year, month, day = match.groups()
    return f"{year}:{month or '00'}:{day or '00'}"


def _struct(struct: str, value: dict[str, Any]) -> dict[str, Any]:
    """An ipmd structure with ExifTool's field names; AltLang fields as plain text (the default language)."""
    out: dict[str, Any] = {}
    for name, item in value.items():
        field = struct_field(struct, name)
        out[field["exiftool"]] = item[language()] if is_altlang(field) else item
    return out


def _iim(tag: str, value: Any, limit: int | None, warnings: list[RecordWarning]) -> Any:
    if limit is None:
        return value
    if isinstance(value, list):
        return [_iim(tag, v, limit, warnings) for v in value]
    text = str(value)
    if len(text.encode("utf-8")) > limit:
        warnings.append(iim_warning(tag, text, limit))
        return utf8_cut(text, limit)
    return text


def _iim_value(prop: Mapping[str, Any], value: Any) -> Any:
    """What IIM is given of a property's value: none for a structure."""
    if is_altlang(prop):
        return value[language()]
    if prop["datatype"] == "struct":
        return None
    if prop["dataformat"] == "date-time":
        return iim_date(value)  # no time: ExifTool would fill 2:60 with this machine's zone
    return value


def source_file(record: CaptionRecord) -> str:
    """The image a record belongs to, as ExifTool matches it: the path it was read from, else "*" (any)."""
    image = record.meta.get("image")
    if isinstance(image, str) and image:
        return image
    if Path(record.id).suffix.lower() in IMAGE_SUFFIXES:  # an id that names its image file
        return record.id
    return "*"


def import_object(
    record: CaptionRecord, source: str | None = None
) -> tuple[dict[str, Any], list[RecordWarning]]:
    """The ExifTool import object of a record and the IIM warnings it raised."""
    tags, warnings = import_tags(iptc_properties(record))
    obj: dict[str, Any] = {"SourceFile": source if source is not None else source_file(record)}
    obj.update(tags)
    if "IPTC:CodedCharacterSet" in obj:
        obj["Photoshop:IPTCDigest"] = "new"  # the digest tells MWG readers that XMP and IIM agree
    return obj, warnings


def import_tags(properties: Mapping[str, Any]) -> tuple[dict[str, Any], list[RecordWarning]]:
    """ExifTool tags of ipmd PROPERTIES (XMP and IIM alike, IIM's character set declared UTF-8) and the
    IIM warnings they raised."""
    warnings: list[RecordWarning] = []
    xmp_iim: dict[str, Any] = {}
    for name, value in properties.items():
        prop = top_property(name)
        xmp_tag, iim_tags = prop["exiftool_xmp"], prop["exiftool_iim"]
        if is_altlang(prop):
            xmp_iim[f"{xmp_tag}-{language()}"] = value[language()]  # keeps other languages
        elif prop["datatype"] == "struct":
            xmp_iim[xmp_tag] = [_struct(prop["dataformat"], v) for v in value]
        else:
            xmp_iim[xmp_tag] = value
        iim_value = _iim_value(prop, value)
        if iim_tags and iim_value is not None:
            tag = iim_tags.split("+")[0]
            xmp_iim[tag] = _iim(tag, iim_value, prop["iim_max_bytes"], warnings)
    charset = {"IPTC:CodedCharacterSet": "UTF8"} if any(k.startswith("IPTC:") for k in xmp_iim) else {}
    return {**charset, **xmp_iim}, warnings


def literal(obj: dict[str, Any]) -> dict[str, Any]:
    """An import object whose text ExifTool writes as it is. Its JSON import decodes any value that
    starts with "base64:" (a caption "base64:aGk=" would be written as "hi"): such a value is given to it
    base64-encoded, so that the decoding gives back the text."""

    def keep(value: Any) -> Any:
        if isinstance(value, str) and value.startswith(_BASE64):
            return _BASE64 + base64.b64encode(value.encode("utf-8")).decode("ascii")
        if isinstance(value, list):
            return [keep(v) for v in value]
        if isinstance(value, dict):
            return {k: keep(v) for k, v in value.items()}
        return value

    return {k: v if k == "SourceFile" else keep(v) for k, v in obj.items()}


_BASE64 = "base64:"


def write_exiftool(records: Iterable[CaptionRecord], stream: IO[str]) -> int:
    """`--format exiftool`: a JSON array of import objects, one per record, streamed."""
    count = 0
    stream.write("[")
    for record in records:
        obj, _ = import_object(record)
        stream.write(("," if count else "") + "\n" + json.dumps(literal(obj), ensure_ascii=False, indent=1))
        count += 1
    stream.write("\n]\n")
    return count


@cache
def _iim_limited() -> tuple[tuple[str, str, str, int, bool], ...]:
    """(ipmd name, record path, IIM tag, byte limit, whether a builder makes it) of the mapped properties
    IIM limits, in export order."""
    found = []
    for name, path in mapped_properties().items():
        prop = top_property(name)
        limit = prop["iim_max_bytes"]
        if prop["exiftool_iim"] and limit is not None and (is_altlang(prop) or prop["datatype"] != "struct"):
            tag = prop["exiftool_iim"].split("+")[0]
            found.append(
                (name, path, tag, int(limit), path.startswith("@") or prop["dataformat"] == "date-time")
            )
    return tuple(found)


def iim_warnings(record: CaptionRecord) -> list[RecordWarning]:
    """The iim_too_long warnings of a record: those of `import_object`, from the few properties IIM limits
    rather than the whole export."""
    warnings: list[RecordWarning] = []
    for name, path, tag, limit, built in _iim_limited():
        if built:  # "@instructions", a date: as the export shapes them
            if _within_limit(record, path, limit):
                continue
            value = property_value(record, name, path)
            iim_value = None if value is None else _iim_value(top_property(name), value)
        else:  # a field as it is: a text, or a list of texts each checked
            iim_value = _field(record, path)
            if isinstance(iim_value, str):
                # A text of at most a quarter of the limit in characters fits: UTF-8 spends 4 bytes at most.
                if len(iim_value) * 4 > limit and len(iim_value.encode("utf-8")) > limit:
                    warnings.append(iim_warning(tag, iim_value, limit))
                continue
        if iim_value is not None:
            _iim(tag, iim_value, limit, warnings)
    return warnings


def _field(record: CaptionRecord, path: str) -> Any:
    """`field_value` of a text field or a field of the location, without its walk of a dotted path."""
    if "." not in path:
        value = getattr(record, path)
    elif path.startswith("location."):
        if record.location is None:
            return None
        value = getattr(record.location, path.removeprefix("location."))
    else:
        return field_value(record, path)
    if isinstance(value, str):
        return value or None
    return field_value(record, path)


def _within_limit(record: CaptionRecord, path: str, limit: int) -> bool:
    """Whether a built property surely fits IIM without being built: a description no longer than the
    limit (what IIM is given of it is the description less its keyword lines), instructions with nothing
    to say (no provenance, no restriction, a credit that fits)."""
    if path == "@description":
        return len(record.description.encode("utf-8")) <= limit
    if path == "@instructions":
        return not record.provenance and not record.restrictions and not credit_too_long(record)
    return False


def with_iim_warnings(record: CaptionRecord) -> CaptionRecord:
    """The record with an `iim_too_long` warning for every value over its IIM byte limit."""
    # The IIM values are those the ExifTool export writes.
    found = iim_warnings(record)
    known = {w.message for w in record.warnings if w.code is WarningCode.IIM_TOO_LONG}
    new = tuple(w for w in found if w.message not in known)
    return record.model_copy(update={"warnings": record.warnings + new}) if new else record
