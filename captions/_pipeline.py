"""The pipeline: one caption in, one record out, whatever the caption holds."""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime
from functools import cache, lru_cache
from typing import Any

from gazetteer import Gazetteer

from ._codes import CodeReplacements
from ._credit import find_credit
from ._date import find_date
from ._model import CaptionRecord, RecordWarning, WarningCode
from ._people import find_people
from ._place import find_place, locate
from ._provenance import find_provenance
from ._rules import compile_all, rules
from ._scrub import scrub_meta, scrub_text
from ._style import StylePack, StyleSource, load_styles, restyle
from ._text import clean_lines, flatten, zone

__all__ = ["Normaliser", "normalise"]

# Sentence 1 of a caption is a few hundred characters; reading at most this much of it keeps a 100 KB
# paste from costing more than a caption.
_MAX_SENTENCE = 3000


@cache
def _placeholders() -> tuple[re.Pattern[str], ...]:
    return compile_all(rules("text")["placeholders"])


class Normaliser:
    """Turns captions into records. Rules and the gazetteer load once; reuse one instance for a batch.

    STYLE: style packs applied over each record, in order, after the AP pack (`captions/data/style/ap.toml`)
    unless DEFAULT_STYLE is False: a `StylePack`, the path of a pack's TOML file, or a sequence of them.
    CODES: Photo Mechanic code replacements expanded in each caption before it is read: a
    `CodeReplacements` or the path of its tab-separated file. A file that cannot be read raises InputError.

    Thread-safe: it holds no per-caption state.
    """

    def __init__(
        self,
        *,
        gazetteer: Gazetteer | None = None,
        style: StyleSource | Sequence[StyleSource] | None = None,
        default_style: bool = True,
        codes: CodeReplacements | str | os.PathLike[str] | None = None,
    ) -> None:
        self._gazetteer = gazetteer
        self._lock = threading.Lock()
        self.styles: tuple[StylePack, ...] = load_styles(style, default=default_style)
        self.codes: CodeReplacements | None = (
            codes if codes is None or isinstance(codes, CodeReplacements) else CodeReplacements.load(codes)
        )
        # Agencies send a caption with every frame of a set: one reading serves them all.
        self._parse = lru_cache(maxsize=4096)(self._read_text)

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            with self._lock:
                if self._gazetteer is None:
                    self._gazetteer = Gazetteer.default()
        return self._gazetteer

    def normalise(
        self,
        text: str | bytes,
        *,
        id: str | None = None,
        reference_date: date | str | None = None,
        meta: Mapping[str, Any] | None = None,
    ) -> CaptionRecord:
        """The record of one caption. Never raises on what the caption holds: problems become warnings.

        TEXT is a str; bytes are decoded as UTF-8, any bytes that are not becoming U+FFFD with an
        input_error warning. Anything else raises TypeError. Lone surrogates (from a JSON "\\ud800" or a
        file name that is not UTF-8), in the caption, the id or meta, become U+FFFD with an input_error
        warning, so that every output format can write the record.
        """
        caption, warnings = _as_text(text)
        if id is not None:
            id, bad = scrub_text(id if isinstance(id, str) else str(id))
            if bad:
                warnings.append(
                    (WarningCode.INPUT_ERROR, "lone surrogate escape in the id replaced by U+FFFD")
                )
        if meta:
            meta, problems = scrub_meta(dict(meta))
            warnings += [(WarningCode.INPUT_ERROR, problem) for problem in problems]
        reference, problem = _reference(reference_date)
        if problem:
            warnings.append((WarningCode.INVALID_REFERENCE_DATE, problem))
        expanded = caption
        if self.codes is not None:
            expanded, unknown = self.codes.expand(caption)
            warnings += [(WarningCode.UNKNOWN_CODE, message) for message in unknown]
        lines = clean_lines(expanded)
        description = "\n".join(lines)
        record_id = id if id is not None else default_id(caption)
        fields: dict[str, Any] = {}
        if not description:
            warnings += [
                (WarningCode.EMPTY_CAPTION, "the caption is empty"),
                (WarningCode.MISSING_DATE, "no date found in the caption"),
                (WarningCode.MISSING_CREDIT, "no credit found in the caption"),
                (WarningCode.MISSING_PLACE, "no place found in the caption"),
            ]
        else:
            try:
                fields, found = self._parse(*flatten(lines), reference)
                warnings += found
            except Exception as error:  # a bug must not cost the batch this caption's record
                warnings.append((WarningCode.PARSE_ERROR, f"{type(error).__name__}: {error}"))
        return CaptionRecord(
            id=record_id,
            caption=caption,
            description=description,
            reference_date=reference.isoformat() if reference else None,
            meta=dict(meta or {}),
            warnings=tuple(RecordWarning(code=code, message=message) for code, message in warnings),
            **fields,
        )

    def _read_text(
        self, text: str, breaks: tuple[int, ...], reference: date | None
    ) -> tuple[dict[str, Any], tuple[tuple[WarningCode, str], ...]]:
        """The fields of a cleaned caption with the style packs applied, and the warnings on them (pure:
        cached by the caller). The packs come last, over the parser's fields: the parser knows none."""
        fields, warnings = self._parse_text(text, breaks, reference)
        if not self.styles:
            return fields, warnings
        fields, notes = restyle(self.styles, fields, text)
        return fields, warnings + notes

    def _parse_text(
        self, text: str, breaks: tuple[int, ...], reference: date | None
    ) -> tuple[dict[str, Any], tuple[tuple[WarningCode, str], ...]]:
        """The fields of a cleaned caption and the warnings on them."""
        warnings: list[tuple[WarningCode, str]] = []
        credit = find_credit(text, breaks)
        zones = zone(text, credit.span, breaks)
        if len(zones.main) > _MAX_SENTENCE:
            zones = replace(zones, sentences=(zones.main[:_MAX_SENTENCE], *zones.sentences[1:]))
        main = zones.main

        found_date = find_date(zones, reference)
        warnings += found_date.warnings
        place = find_place(zones, found_date.anchor, self.gazetteer)
        location, place_warnings = locate(place, self.gazetteer)
        warnings += place_warnings
        persons, organisations = find_people(main)
        provenance, restrictions, source_type = find_provenance(
            text, credit, zones.flags, lambda words: self.gazetteer.country(words) is not None
        )
        if credit.line is None:
            warnings.append((WarningCode.MISSING_CREDIT, "no credit found in the caption"))
        lowered = text.lower()
        held: list[str] = []
        for pattern in (
            _placeholders() if any(t in lowered for t in rules("text")["placeholder_triggers"]) else ()
        ):
            m = pattern.search(text)
            if m:
                held.append(m.group())
                warnings.append(
                    (WarningCode.PLACEHOLDER, f"placeholder text '{m.group()}' left in the caption")
                )
        if held:
            # Flagged, never filled from: "in CITY" is no city, "Name to come" no one.
            def holds(value: str | None) -> bool:
                return value is not None and any(h in value for h in held)

            if location is not None:
                location = location.model_copy(
                    update={k: None for k in ("city", "sublocation") if holds(getattr(location, k))}
                )
            persons = [p for p in persons if not holds(p.name)]
            organisations = [o for o in organisations if not holds(o)]
            warnings = [w for w in warnings if not (w[0] == WarningCode.PLACE_NOT_FOUND and holds(w[1]))]
        fields = {
            "date_created": found_date.iso,
            "location": location,
            "persons": tuple(persons),
            "organisations": tuple(organisations),
            "creator": credit.creator,
            "credit_line": credit.line,
            "source": credit.source,
            "provenance": tuple(provenance),
            "restrictions": tuple(restrictions),
            "digital_source_type": source_type,
        }
        return fields, tuple(warnings)


def _as_text(text: object) -> tuple[str, list[tuple[WarningCode, str]]]:
    """The caption as text that every output can hold, and the warnings on what had to be replaced."""
    warnings: list[tuple[WarningCode, str]] = []
    if isinstance(text, bytes | bytearray):
        data = bytes(text)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            text = data.decode("utf-8", "replace")
            bad = f"byte 0x{data[error.start]:02x} at offset {error.start} is not UTF-8 (shown as U+FFFD)"
            warnings.append((WarningCode.INPUT_ERROR, bad))
    if not isinstance(text, str):
        raise TypeError(f"a caption is text (str, or UTF-8 bytes), not {type(text).__name__}")
    caption, replaced = scrub_text(text)
    if replaced:
        plural = "s" if replaced > 1 else ""
        message = f"{replaced} lone surrogate escape{plural} in the caption replaced by U+FFFD"
        warnings.append((WarningCode.INPUT_ERROR, message))
    return caption, warnings


def _reference(value: date | str | None) -> tuple[date | None, str | None]:
    """The reference date, from a date or "YYYY-MM-DD"; a bad value is reported, not raised."""
    if value is None or value == "":
        return None, None
    if isinstance(value, datetime):
        return value.date(), None
    if isinstance(value, date):
        return value, None
    try:
        return date.fromisoformat(str(value).strip()), None
    except ValueError:
        return None, f"reference_date {value!r} is not a YYYY-MM-DD date; ignored"


_default: Normaliser | None = None
_default_lock = threading.Lock()


def default_id(caption: str) -> str:
    """The id of a record given none: its caption's digest, the same on every machine and run."""
    return "sha256:" + hashlib.sha256(caption.encode()).hexdigest()[:16]


def normalise(
    text: str | bytes, *, reference_date: date | str | None = None, id: str | None = None
) -> CaptionRecord:
    """Normalise one caption with a shared Normaliser (built on first use)."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Normaliser()
    return _default.normalise(text, reference_date=reference_date, id=id)
