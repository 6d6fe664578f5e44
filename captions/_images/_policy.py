"""The write policy of `captions apply`: what a record may change in an image that already has metadata.

A field (captions/data/iptc.toml, [apply]) is a group of IPTC properties written together. What the image
has is read as MWG readers read it (XMP, unless a stale IPTCDigest says IIM was edited after it; IIM or
EXIF where XMP is empty). Then, field by field:

- the image has none of the field: the record's value is written whole;
- the image's value agrees with the record's (same text but for case and spacing, or a cut IIM copy):
  it is kept, and the record fills what the field leaves empty;
- it differs: it is kept and the difference is a conflict in the diff, unless `--overwrite` names the
  field (or `all`), which writes the record's field whole, removing what the old one had and the new one
  has not (its companions too: a job title, a time of day, a LocationCreated naming the old place).

A value that IIM can hold only cut never replaces a complete IIM value, and a field that is never replaced
(a declared Digital Source Type) stays as the image has it. Whatever is kept or written goes to XMP, IIM
and the EXIF tags the image has alike, so that every reader shows the same.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from .._export._exiftool import iim_date
from .._export._iptc import is_altlang, language, top_property, utf8_cut
from .._rules import rules

__all__ = [
    "ALL",
    "Conflict",
    "FieldWrite",
    "caption_of",
    "field_names",
    "policy",
]

ALL = "all"
_DIGEST, _CURRENT_DIGEST = "Photoshop:IPTCDigest", "File:CurrentIPTCDigest"
_WORDISH = re.compile(r"\w")
_SPACE = re.compile(r"\s+")
# Location structure fields that say which place it is (GPS and identifiers follow from them).
_PLACE_KEYS = ("Sublocation", "City", "ProvinceState", "CountryName", "CountryCode")


@dataclass(frozen=True)
class Conflict:
    """A value the image keeps although the record says otherwise."""

    field: str
    tag: str
    kept: Any
    record: Any
    why: str  # "--overwrite FIELD", "cut to fit IIM", "never replaced"


@dataclass(frozen=True)
class FieldWrite:
    """What the policy makes of one image: tags to set, tags to remove, conflicts, notes."""

    values: dict[str, Any]
    removed: tuple[str, ...]
    conflicts: tuple[Conflict, ...]
    notes: tuple[str, ...]


@cache
def _fields() -> dict[str, tuple[str, ...]]:
    return {name: tuple(props) for name, props in rules("iptc")["apply"]["fields"].items()}


def field_names() -> tuple[str, ...]:
    """The names `--overwrite` takes (besides "all")."""
    return tuple(_fields())


def _never_replaced() -> frozenset[str]:
    return frozenset(rules("iptc")["apply"]["never_replaced"]["fields"])


def _added_to() -> frozenset[str]:
    return frozenset(rules("iptc")["apply"]["added_to"]["fields"])


def _needs_cut(prop: Mapping[str, Any], value: Any) -> bool:
    """Whether IIM can hold VALUE only cut."""
    limit = prop["iim_max_bytes"]
    if not limit or not _iim_tag(prop) or prop["dataformat"] == "date-time":
        return False
    return any(len(str(_plain(v)).encode("utf-8")) > limit for v in _as_list(value))


def _xmp_tag(prop: Mapping[str, Any]) -> str:
    return str(prop["exiftool_xmp"])


def _iim_tag(prop: Mapping[str, Any]) -> str | None:
    tags = prop["exiftool_iim"]
    return str(tags).split("+")[0] if tags else None


def _written_xmp_key(prop: Mapping[str, Any]) -> str:
    """The key of the property in an import object (AltLang: the default language's)."""
    return f"{_xmp_tag(prop)}-{language()}" if is_altlang(prop) else _xmp_tag(prop)


def empty(value: Any) -> bool:
    """No value, or only a placeholder ("-", " "): nothing a supplier said."""
    if value is None:
        return True
    if isinstance(value, list):
        return all(empty(v) for v in value)
    if isinstance(value, dict):
        return all(empty(v) for v in value.values())
    return not _WORDISH.search(str(value))


def _text(value: Any) -> str:
    return _SPACE.sub(" ", str(value)).strip()


def _fold(value: Any) -> str:
    return unicodedata.normalize("NFC", _text(value)).casefold()


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _is_cut_copy(short: str, whole: str, limit: int | None) -> bool:
    """Whether SHORT is WHOLE cut to fit IIM's LIMIT bytes (by us or by the supplier's software)."""
    if limit is None or len(whole.encode("utf-8")) <= limit:
        return False
    return bool(short) and whole.startswith(short) and len(short.encode("utf-8")) <= limit


def _agree(prop: Mapping[str, Any], old: Any, new: Any) -> bool:
    """Whether two values say the same (case, spacing, a cut IIM copy and order of lists aside)."""
    if prop["dataformat"] == "date-time":
        old_date, new_date = _iso_date(old), _iso_date(new)
        return old_date.startswith(new_date) or new_date.startswith(old_date)
    if prop["datatype"] == "struct" and not is_altlang(prop):
        return _structs_agree(_as_list(old), _as_list(new))
    if prop["multi"]:
        return sorted(_fold(v) for v in _as_list(old)) == sorted(_fold(v) for v in _as_list(new))
    old_text, new_text = _text(old), _text(new)
    limit = prop["iim_max_bytes"]
    return _fold(old_text) == _fold(new_text) or _is_cut_copy(old_text, new_text, limit)


def _structs_agree(old: list[Any], new: list[Any]) -> bool:
    if len(old) != len(new):
        return False
    for a, b in zip(old, new, strict=True):
        if not isinstance(a, dict) or not isinstance(b, dict):
            return False
        shared = [k for k in (*_PLACE_KEYS, "PersonName") if not empty(a.get(k)) and not empty(b.get(k))]
        if any(_fold(a[k]) != _fold(b[k]) for k in shared):
            return False
    return True


def _iso_date(value: Any) -> str:
    """ExifTool's "2015:01:22 10:00:00+01:00" (or an ISO date) as the ISO date "2015-01-22"."""
    text = str(value).strip()
    date = text.split(" ")[0].split("T")[0]
    parts = [p for p in date.replace(":", "-").split("-") if p and p.strip("0")]
    return "-".join(parts)


def _altlang_read(current: Mapping[str, Any], tag: str) -> Any:
    """An AltLang property as ExifTool reads it: the default language, else the first language there is."""
    if not empty(current.get(tag)):
        return current[tag]
    return next((v for k, v in current.items() if k.startswith(f"{tag}-") and not empty(v)), None)


def _digest_stale(current: Mapping[str, Any]) -> bool:
    """MWG: an IPTCDigest that is not the digest of the IIM there means IIM was edited after XMP."""
    digest = current.get(_DIGEST)
    return digest not in (None, "") and digest != current.get(_CURRENT_DIGEST)


@dataclass(frozen=True)
class _Existing:
    value: Any  # what MWG readers take as the property's value (None: none)
    xmp: Any
    iim: Any
    exif: Any
    note: str | None  # XMP and IIM disagree


def _existing(current: Mapping[str, Any], name: str) -> _Existing:
    prop = top_property(name)
    tag = _xmp_tag(prop)
    xmp = _altlang_read(current, tag) if is_altlang(prop) else current.get(tag)
    iim_tag = _iim_tag(prop)
    iim = current.get(iim_tag) if iim_tag else None
    if iim is not None and prop["multi"]:
        iim = _as_list(iim)
    exif_tag = rules("iptc")["apply"]["exif"].get(name)
    exif = current.get(exif_tag) if exif_tag else None
    note = None
    value: Any
    if not empty(xmp) and not empty(iim) and not _agree(prop, iim, xmp) and prop["multi"]:
        # two lists (keywords, creators): every item of both, so that neither loses one
        seen = {_fold(x) for x in _as_list(xmp)}
        value = _as_list(xmp) + [v for v in _as_list(iim) if _fold(v) not in seen]
        note = f"{tag} and {iim_tag} differ: the items of both taken"
    elif not empty(xmp) and not empty(iim) and not _agree(prop, iim, xmp):
        stale = _digest_stale(current)
        note = f"{tag} and {iim_tag} differ: {'IIM' if stale else 'XMP'} taken" + (
            " (the IPTCDigest is stale: IIM was edited after XMP)" if stale else ""
        )
        value = iim if stale else xmp
    else:
        value = next((v for v in (xmp, iim, exif) if not empty(v)), None)
    if prop["dataformat"] == "date-time" and not empty(value):
        value = _date_read(current, xmp if not empty(xmp) and value is xmp else None)
    return _Existing(value, xmp, iim, exif, note)


def _date_read(current: Mapping[str, Any], xmp: Any) -> str:
    """The date an image has: XMP's as written, else IIM's date with its time."""
    if xmp is not None:
        return str(xmp)
    date, time = current.get("IPTC:DateCreated"), current.get("IPTC:TimeCreated")
    return f"{date} {time}" if not empty(time) else str(date)


def caption_of(tags: Mapping[str, Any]) -> tuple[str, str | None]:
    """The caption an image carries, as MWG readers take it, and a note when XMP and IIM disagree."""
    found = _existing(tags, "description")
    return ("" if empty(found.value) else str(found.value)), found.note


def _iim_value(prop: Mapping[str, Any], value: Any) -> Any:
    limit = prop["iim_max_bytes"]
    if prop["dataformat"] == "date-time":
        return iim_date(_iso_date(value))
    if isinstance(value, list):
        return [_iim_value(prop, v) for v in value]
    if isinstance(value, dict):  # AltLang
        value = value.get(language(), next(iter(value.values()), ""))
    return utf8_cut(str(value), limit) if limit else str(value)


def _exif_value(value: Any) -> str:
    return "; ".join(str(v) for v in value) if isinstance(value, list) else str(value)


def _iim_holds(prop: Mapping[str, Any], now: Any, whole: Any) -> bool:
    """Whether IIM's NOW is WHOLE cut to fit (by us or by the supplier's software, on another boundary)."""
    if empty(now) or prop["multi"] or prop["dataformat"] == "date-time":
        return False
    return _is_cut_copy(_text(now), _text(_plain(whole)), prop["iim_max_bytes"])


def _same(prop: Mapping[str, Any], old: Any, new: Any) -> bool:
    """Whether a tag holds exactly what would be written (no write needed)."""
    if empty(old):
        return empty(new)
    if prop["dataformat"] == "date-time":
        return _iso_date(old) == _iso_date(new)
    if prop["datatype"] == "struct" and not is_altlang(prop):
        return bool(_norm(_as_list(old)) == _norm(_as_list(new)))
    if isinstance(new, list) or prop["multi"]:
        return [_text(v) for v in _as_list(old)] == [_text(v) for v in _as_list(new)]
    return _text(old) == _text(new)


def _norm(value: Any) -> Any:
    if isinstance(value, list):
        return [_norm(v) for v in value]
    if isinstance(value, dict):
        return {k: _norm(v) for k, v in sorted(value.items()) if not empty(v)}
    try:
        return round(float(str(value)), 5)
    except ValueError:
        return _text(value)


def _ours(values: Mapping[str, Any], name: str) -> Any:
    return values.get(_written_xmp_key(top_property(name)))


def policy(
    values: Mapping[str, Any], current: Mapping[str, Any], overwrite: frozenset[str], *, iim: bool
) -> FieldWrite:
    """What of VALUES (an import object) is written into an image whose tags are CURRENT, field by field,
    with the fields OVERWRITE names (or "all") replaced. IIM False: the target holds XMP only (a sidecar)."""
    out: dict[str, Any] = {}
    removed: list[str] = []
    conflicts: list[Conflict] = []
    notes: list[str] = []
    exif_tags: Mapping[str, str] = rules("iptc")["apply"]["exif"]
    handled: set[str] = set()
    for field, names in _fields().items():
        ours = {n: _ours(values, n) for n in names if not empty(_ours(values, n))}
        handled.update(_written_xmp_key(top_property(n)) for n in names)
        handled.update(t for n in names if (t := _iim_tag(top_property(n))))
        old = {n: _existing(current, n) for n in names}
        notes += [e.note for e in old.values() if e.note]
        had = {n: e.value for n, e in old.items() if not empty(e.value)}
        final: dict[str, Any]
        replace = False
        if not ours:  # the record says nothing of it: the image keeps what it has, alike everywhere
            final = dict(had)
        elif not had:
            final, replace = dict(ours), True
        elif field in _never_replaced():
            final = dict(had)
            conflicts += [
                Conflict(field, _xmp_tag(top_property(n)), had[n], v, "never replaced")
                for n, v in ours.items()
                if n in had and not _agree(top_property(n), had[n], v)
            ]
        elif field in overwrite or ALL in overwrite:
            final, replace = dict(ours), True
            for n in names:
                if iim and n in ours and _cut_would_replace_whole(top_property(n), old[n], ours[n]):
                    final[n] = had[n]
                    tag = _xmp_tag(top_property(n))
                    conflicts.append(Conflict(field, tag, had[n], ours[n], "cut to fit IIM"))
        elif field in _added_to() and all(
            _text(v).startswith(_text(had.get(n, ""))) for n, v in ours.items()
        ):
            final = dict(ours)
            for n in names:  # ours after theirs, unless IIM could then hold them only cut
                if n in ours and n in had and _cut_would_replace_whole(top_property(n), old[n], ours[n]):
                    final[n] = had[n]
        elif all(_agree(top_property(n), had[n], v) for n, v in ours.items() if n in had):
            final = {**ours, **had}  # the image's values kept, the record's filling the gaps
        else:
            final = dict(had)
            conflicts += [
                Conflict(field, _xmp_tag(top_property(n)), had[n], v, f"--overwrite {field}")
                for n, v in ours.items()
                if n in had and not _agree(top_property(n), had[n], v)
            ]
            conflicts += [  # what the record would fill is no fill when the rest disagrees
                Conflict(field, _xmp_tag(top_property(n)), None, v, f"--overwrite {field}")
                for n, v in ours.items()
                if n not in had
            ]
        replacing = replace and bool(had)
        for n in names:
            prop = top_property(n)
            value = final.get(n)
            exif_tag = exif_tags.get(n)
            tags: list[tuple[str, Any, bool]] = [(_written_xmp_key(prop), value, False)]
            if iim and (iim_tag := _iim_tag(prop)):
                tags.append((iim_tag, None if value is None else _iim_value(prop, value), True))
            if exif_tag and exif_tag in current:  # MWG: EXIF updated where the image has it
                tags.append((exif_tag, None if value is None else _exif_value(value), False))
            for tag, new, is_iim in tags:
                read_as = _read_key(tag)
                now = current.get(read_as)
                if value is None:
                    if replacing and not empty(now):
                        removed.append(read_as)
                elif not _same(prop, now, new) and not (is_iim and _iim_holds(prop, now, value)):
                    out[tag] = new
            if is_altlang(prop) and replacing and value is not None:  # other languages of the old value
                removed += [k for k in current if k.startswith(f"{_xmp_tag(prop)}-") and k != tags[0][0]]
        if replacing and final != had:
            removed += _companions(field, current, old)
    if iim and (any(k.startswith("IPTC:") for k in out) or any(k.startswith("IPTC:") for k in removed)):
        out["IPTC:CodedCharacterSet"] = values.get("IPTC:CodedCharacterSet", "UTF8")
    rest = {
        k: v
        for k, v in values.items()
        if k not in handled and k not in ("SourceFile", "IPTC:CodedCharacterSet", _DIGEST)
    }
    out.update(rest)
    return FieldWrite(out, tuple(dict.fromkeys(removed)), tuple(conflicts), tuple(dict.fromkeys(notes)))


def _cut_would_replace_whole(prop: Mapping[str, Any], old: _Existing, new: Any) -> bool:
    """Whether writing NEW would put a cut value into IIM where the image has a complete one."""
    if not _needs_cut(prop, new) or empty(old.iim):
        return False
    complete = not _is_cut_copy(_text(old.iim), _text(old.xmp or ""), prop["iim_max_bytes"])
    return complete and not _agree(prop, old.value, new)


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return value.get(language(), next(iter(value.values()), ""))
    if isinstance(value, list):
        return [str(v) for v in value]
    return str(value)


def _read_key(tag: str) -> str:
    return tag.removesuffix(f"-{language()}")  # ExifTool reads the default language without the suffix


def _companions(field: str, current: Mapping[str, Any], old: Mapping[str, _Existing]) -> list[str]:
    """Tags of the old value that go with it."""
    tags = rules("iptc")["apply"]["companions"].get(field, [])
    gone = []
    for tag in tags:
        if empty(current.get(tag)):
            continue
        if tag == "XMP-iptcExt:LocationCreated" and not _names_old_place(current[tag], old):
            continue  # it says where the picture was taken, from something else than the old caption
        gone.append(tag)
    return gone


def _names_old_place(created: Any, old: Mapping[str, _Existing]) -> bool:
    city, country = old.get("cityName"), old.get("countryName")
    for item in _as_list(created):
        if not isinstance(item, dict):
            continue
        same_city = (
            city is not None and not empty(city.value) and _fold(item.get("City", "")) == _fold(city.value)
        )
        same_country = (
            country is not None
            and not empty(country.value)
            and _fold(item.get("CountryName", "")) == _fold(country.value)
        )
        if same_city or (same_country and empty(item.get("City"))):
            return True
    return False


def unknown_fields(names: Sequence[str]) -> list[str]:
    """Names given to `--overwrite` that are no field."""
    known = {*field_names(), ALL}
    return [n for n in names if n not in known]
