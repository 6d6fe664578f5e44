"""The `captions` command line. This package is the only place that imports typer and rich (rich only
when it prints): `_app` (the app, options, shared helpers), `_normalize`, `_commands`.

Exit codes:
    0    records written
    1    an input cannot be read (missing, unsupported, not UTF-8 at all, a CSV without its column or
         broken, a story without captions, a --style or --codes file that cannot be read or is no
         pack): a one-line error names it, and nothing is written to --output
    2    bad usage (an --output that is one of the inputs; --engine dask without the dask extra)
    3    the output or the gazetteer index cannot be written or read (or --resume finds an output file
         that is no output of that format, or a sidecar would replace a file captions did not write)
    4    ExifTool is missing or failed (image inputs, `apply`)
    5    records written, but some input lines were malformed (not JSON, not an object, no caption, not
         UTF-8): each has a record with an input_error warning
    130  stopped by Ctrl-C (SIGINT); 143 by `kill` (SIGTERM): one line, no output file left behind
    141  the reader of stdout went away (`| head`)
"""

from __future__ import annotations

import gc
import signal
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._app import app

# Set-up and each caption make many objects that live on (rules, caches) and few cycles: the collector's
# default of a young pass every 700 allocations cost a batch of distinct captions a twentieth of its time.
# A middle pass every 100 young ones, not 10: what survives a young pass is mostly the parser's and the
# gazetteer's cache entries, which live some 4,000 captions; every 10 young passes (about 2,000 distinct
# captions) the middle pass walked them all again, and moved them on to the full passes (the passes over
# 30,000 distinct captions: 1.25 -> 0.89 s of CPU, peak RSS the same).
gc.set_threshold(10_000, 100, 10)

__all__ = ["app", "main"]


def __getattr__(name: str) -> Any:
    if name == "app":
        return _app_with_commands()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _app_with_commands(command: str | None = None) -> Any:
    """The app with every command registered on it (importing their modules registers them), or, for
    `normalize`, with that one: typer builds the parser of every registered command before it runs one,
    and the other commands' cost `captions normalize` some 20 ms before its first record."""
    if command != "normalize":
        from . import _commands  # noqa: F401 - first: the help lists commands in the order registered
    from . import _normalize  # noqa: F401
    from ._app import app

    return app


def main() -> None:
    # The imports make a few hundred thousand objects that live as long as the process and no garbage worth
    # a pass: the collector is off while they run, and what they made is frozen (left out of every later
    # pass), where its passes over them were some 20 ms of the first record.
    collecting = gc.isenabled()
    gc.disable()
    try:
        # First: the stored patterns are restored before the command line's libraries (typer, rich)
        # compile theirs at import, so that theirs are stored and restored too (some 30, 3 ms).
        from .. import _pattern_cache  # noqa: F401

        app = _app_with_commands(sys.argv[1] if len(sys.argv) > 1 else None)
    finally:
        gc.freeze()
        if collecting:
            gc.enable()
    # Ctrl-C (SIGINT) and `kill` (SIGTERM) unwind the run: its temporary output file is removed and its
    # worker processes are stopped; the exit code is 128 + the signal's number, as a shell reports it.
    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    try:
        app(prog_name="captions")
    except (Exception, SystemExit):
        # The stop can land inside a library that wraps it in its own error (pydantic's serializer gives
        # "PydanticSerializationError: KeyboardInterrupt"): still a stop, not a bug to show.
        if _stopped_by is None:
            raise
        import typer

        typer.echo(f"error: stopped by {signal.Signals(_stopped_by).name}", err=True)
        sys.exit(128 + _stopped_by)


_stopped_by: int | None = None


def _stop(signum: int, frame: object) -> None:
    global _stopped_by
    _stopped_by = signum
    raise SystemExit(128 + signum)


if __name__ == "__main__":  # pragma: no cover
    main()
