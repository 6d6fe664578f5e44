"""The pipeline: one caption in, one record out, whatever the caption holds.

caption ─► clean (_parse) ─► parse: Parts (_parse) ─► locate: Location (_locate)
        ─► record fields (_record) ─► style packs (_desk) ─► CaptionRecord (_record)
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from functools import lru_cache
from typing import Any, NamedTuple

from gazetteer import Gazetteer

from . import _pattern_cache, _record
from ._desk._codes import CodeReplacements
from ._desk._style import StylePack, StyleSource, load_styles, restyle
from ._inputs._dates import reference_date_of
from ._inputs._scrub import scrub_meta, scrub_text
from ._locate import locate, with_home_country
from ._model import CaptionRecord, WarningCode
from ._parse import Parts, clean_lines, flatten, parse

__all__ = ["Normaliser", "Reading", "default_id", "normalise"]


class Reading(NamedTuple):
    """A caption's record and the parts it was made from (the review sheet shows where each part sits).
    `parts` is None for an empty caption and for one the parser failed on."""

    record: CaptionRecord
    parts: Parts | None


class _Read(NamedTuple):
    parts: Parts
    fields: _record.Fields
    warnings: _record.Warnings


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
        self._read = lru_cache(maxsize=4096)(self._read_text)

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
        return self.read(text, id=id, reference_date=reference_date, meta=meta).record

    def read(
        self,
        text: str | bytes,
        *,
        id: str | None = None,
        reference_date: date | str | None = None,
        meta: Mapping[str, Any] | None = None,
    ) -> Reading:
        """The record of one caption (as `normalise`) and the parts it was made from."""
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
        fields: _record.Fields = {}
        parts = None
        if not description:
            warnings += [
                (WarningCode.EMPTY_CAPTION, "the caption is empty"),
                (WarningCode.MISSING_DATE, "no date found in the caption"),
                (WarningCode.MISSING_CREDIT, "no credit found in the caption"),
                (WarningCode.MISSING_PLACE, "no place found in the caption"),
            ]
        else:
            try:
                parts, fields, found = self._read(*flatten(lines), reference)
                warnings += found
            except Exception as error:  # a bug must not cost the batch this caption's record
                warnings.append((WarningCode.PARSE_ERROR, f"{type(error).__name__}: {error}"))
        record = _record.build(
            id=id if id is not None else default_id(caption),
            caption=caption,
            description=description,
            reference=reference.isoformat() if reference else None,
            meta=dict(meta or {}),
            warnings=tuple(warnings),
            fields=fields,
        )
        _pattern_cache.keep()  # once, after the first record: its patterns, for the next process
        return Reading(record, parts)

    def _read_text(self, text: str, breaks: tuple[int, ...], reference: date | None) -> _Read:
        """The parts of a cleaned caption, the record fields made of them with the style packs applied,
        and the warnings on them (pure: cached by the caller). The packs come last, over the parser's
        fields: the parser knows none."""
        parts = parse(text, breaks, reference, self.gazetteer)
        # With no credit read, the paper is looked for in the caption's last sentence ("... took effect.
        # RAVI SANDHU/WINDSOR STAR").
        credit_line = parts.credit.line or re.split(r"[.!?]\s+", text.strip())[-1]
        place = with_home_country(parts.place, parts.credit.source, self.gazetteer, credit_line, text)
        location, located = locate(place, self.gazetteer)
        fields, warnings = _record.fields_of(parts, location, located)
        if self.styles:
            fields, notes = restyle(self.styles, fields, text)
            warnings += notes
        return _Read(parts, fields, warnings)


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
    """The reference date, from a date or a text `reference_date_of` reads; a bad value is reported."""
    if value is None or value == "":
        return None, None
    if isinstance(value, datetime):
        return value.date(), None
    if isinstance(value, date):
        return value, None
    if (reference := reference_date_of(str(value))) is not None:
        return reference, None
    return None, f"reference_date {value!r} is not a whole date (YYYY-MM-DD, a timestamp...); ignored"


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
