"""Turning a stream of inputs into records, in order: in this process, or in worker processes (`--jobs`).

Workers each build their own Normaliser once (rules and gazetteer), take chunks of inputs and send back
their records; the chunks are collected in the order they were sent, so the output is the same, record
for record, whatever the number of workers.
"""

from __future__ import annotations

import gc
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING

from gazetteer import Gazetteer

from .. import _pattern_cache, _record
from .._desk._codes import CodeReplacements
from .._desk._style import StylePack
from .._export import with_iim_warnings
from .._inputs import CaptionInput
from .._model import CaptionRecord, RecordWarning, WarningCode
from .._pipeline import Normaliser, Reading

if TYPE_CHECKING:
    from multiprocessing.pool import AsyncResult

__all__ = ["CHUNK", "read_item", "record_of", "records"]

# Inputs a worker takes at a time: enough to make sending them cheap next to normalising them.
CHUNK = 64
# Chunks in flight per worker: keeps every worker busy while memory stays bounded (Pool.imap would read
# the whole input ahead).
_AHEAD = 4


def record_of(normaliser: Normaliser, item: CaptionInput, reference_date: str | None = None) -> CaptionRecord:
    """The record of one input, with its IIM warnings (every format states them), and input_error when the
    input was malformed: a malformed line's raw text is kept as its caption, not read."""
    return read_item(normaliser, item, reference_date).record


def read_item(normaliser: Normaliser, item: CaptionInput, reference_date: str | None = None) -> Reading:
    """`record_of`, with the parts the record was made from (None for a malformed input)."""
    if item.raw:
        return Reading(_record.raw(item.id, item.caption, item.meta, item.problem), None)
    record, parts = normaliser.read(
        item.caption, id=item.id, reference_date=item.reference_date or reference_date, meta=item.meta
    )
    if item.problem:
        warning = RecordWarning(code=WarningCode.INPUT_ERROR, message=item.problem)
        record = record.model_copy(update={"warnings": (warning, *record.warnings)})
    found = _iim_warnings(_iim_key(record), record)
    if found:
        record = record.model_copy(update={"warnings": record.warnings + found})
    return Reading(record, parts)


# What IIM is given of a record: all but these fields (the IPTC mapping, captions/data/iptc.toml, reads
# none of them; tests/test_batch_streaming.py checks it).
_NOT_IIM = frozenset({"id", "caption", "meta", "warnings", "reference_date"})
_IIM_FIELDS = tuple(name for name in CaptionRecord.model_fields if name not in _NOT_IIM)
# The values of those fields as one tuple, read in C rather than by a generator over the names.
_iim_key = attrgetter(*_IIM_FIELDS)
_iim_cache: dict[tuple[object, ...], tuple[RecordWarning, ...]] = {}
_IIM_CACHE_SIZE = 4096


def _iim_warnings(key: tuple[object, ...], record: CaptionRecord) -> tuple[RecordWarning, ...]:
    """The iim_too_long warnings of a record, once per distinct content: checking the IIM byte limits
    builds the whole ExifTool export, which costs more than the rest of a record whose caption was read
    before (a set's frames share their caption)."""
    found = _iim_cache.get(key)
    if found is None:
        found = with_iim_warnings(record).warnings[len(record.warnings) :]
        if len(_iim_cache) >= _IIM_CACHE_SIZE:
            _iim_cache.pop(next(iter(_iim_cache)))  # the oldest: dicts keep insertion order
        _iim_cache[key] = found
    return found


def records(
    items: Iterable[CaptionInput],
    normaliser: Normaliser,
    *,
    reference_date: str | None = None,
    jobs: int = 1,
    gazetteer: Path | None = None,
) -> Iterator[CaptionRecord]:
    """The records of ITEMS, in their order. With JOBS > 1, in that many worker processes, each opening
    GAZETTEER (None: the default index) for itself; NORMALISER is then used for nothing but should have
    opened it already, so that a broken index stops the run here rather than in every worker."""
    if jobs <= 1:
        frozen = False
        for item in items:
            record = record_of(normaliser, item, reference_date)
            if not frozen:
                _freeze_set_up()
                frozen = True
            yield record
        _pattern_cache.flush()  # the patterns of rules only the batch's last captions asked for
        return
    # spawn, not fork: no copy of this process's threads, open files or SQLite connection in a worker,
    # and the same behaviour on every platform.
    import multiprocessing  # only here: one process, the default, does not wait on its import

    context = multiprocessing.get_context("spawn")
    # The workers' Normalisers take this one's style packs and codes as they are (AP pack included).
    initargs = (str(gazetteer) if gazetteer else None, normaliser.styles, normaliser.codes)
    with context.Pool(jobs, initializer=_start, initargs=initargs) as pool:
        pending: deque[AsyncResult[list[CaptionRecord]]] = deque()
        iterator = iter(items)
        for chunk in iter(lambda: list(islice(iterator, CHUNK)), []):
            pending.append(pool.apply_async(_work, (chunk, reference_date)))
            if len(pending) >= jobs * _AHEAD:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def _freeze_set_up() -> None:
    """Once set-up is done (imports, rules, the gazetteer's tables: the first record needs them all), what
    it built lives as long as the process: frozen, the collector stops scanning it on every full pass,
    which cost a batch of distinct captions a tenth of its time."""
    gc.freeze()


# A worker's Normaliser, or what stopped it from building one (raised with its first chunk: an exception
# in a Pool initializer would only make the pool start the worker again, forever).
_worker: Normaliser | Exception | None = None


def _start(
    gazetteer: str | None, styles: tuple[StylePack, ...] = (), codes: CodeReplacements | None = None
) -> None:
    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches every process: the parent stops them
    gc.set_threshold(10_000, 100, 10)  # as the command line's (cli/__init__.py): few cycles, many objects
    try:
        normaliser = Normaliser(
            gazetteer=Gazetteer(Path(gazetteer)) if gazetteer else Gazetteer.default(),
            style=styles,
            default_style=False,  # STYLES holds the AP pack already when the parent applies it
            codes=codes,
        )
        normaliser.normalise("Warm-up in Kyiv, Ukraine, June 1, 2022. REUTERS/Ann Lee")  # rules load now
        _worker = normaliser
        _freeze_set_up()
    except Exception as error:
        _worker = error


def _work(chunk: list[CaptionInput], reference_date: str | None) -> list[CaptionRecord]:
    if isinstance(_worker, Exception):
        raise _worker
    if _worker is None:  # pragma: no cover - _start always runs first
        raise RuntimeError(f"worker {os.getpid()} has no normaliser")
    return [record_of(_worker, item, reference_date) for item in chunk]
