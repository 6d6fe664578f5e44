"""Check that a change to the gazetteer leaves its answers as they were: record the calls the pipeline makes,
replay them with the probe names, and write every answer's ``repr``, one a line, to compare two trees'.

    # once, with any tree: the calls `captions normalize` makes on some captions (JSON Lines)
    python scripts/gazetteer_replay.py record CAPTIONS.jsonl --calls /tmp/calls.pickle
    # with each tree (PYTHONPATH and CAPTIONS_CACHE_DIR its own), then diff the two outputs
    python scripts/gazetteer_replay.py replay --calls /tmp/calls.pickle --output /tmp/answers-main.txt

The replay makes the recorded calls in their order on a fresh ``Gazetteer`` (its caches fill as the
pipeline's did), then ``candidates`` and ``resolve`` of the cold-lookup probe's names (``_probe_names``:
1,000 written right and 1,000 misspelt), each alone and with its country as parent and three other names as
context, and ``classify`` of each.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from gazetteer import Gazetteer, PlaceQuery

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _probe_names import probe_names  # the scripts folder, put on the path just above

# The public methods a caller (the pipeline, a DAM script) asks the gazetteer through.
_RECORDED = (
    "resolve", "country", "shared_country_codes", "admin1", "admin2", "admin1_by_code", "country_by_code",
    "region", "classify", "landmark", "candidates", "lookup", "nearest",
)  # fmt: skip

Call = tuple[str, tuple[Any, ...], dict[str, Any]]


def record(captions: Path, calls_path: Path) -> int:
    """Run `captions normalize` over CAPTIONS in this process, keeping the gazetteer calls made from outside
    it (a call the gazetteer makes of itself is part of the one that made it)."""
    calls: list[Call] = []
    depth = [0]

    def wrap(name: str, method: Callable[..., Any]) -> Callable[..., Any]:
        def recorded(self: Gazetteer, *args: Any, **kwargs: Any) -> Any:
            if depth[0] == 0:
                calls.append((name, args, kwargs))
            depth[0] += 1
            try:
                return method(self, *args, **kwargs)
            finally:
                depth[0] -= 1

        return recorded

    for name in _RECORDED:
        setattr(Gazetteer, name, wrap(name, getattr(Gazetteer, name)))
    from captions.cli import main as cli_main

    output = calls_path.with_suffix(".records.jsonl")
    argv = ["captions", "normalize", str(captions), "--format", "jsonl", "--output", str(output)]
    sys.argv = argv
    try:
        cli_main()
    except SystemExit as done:
        if done.code not in (0, None):
            raise
    calls_path.write_bytes(pickle.dumps(calls))
    print(f"{len(calls)} calls recorded to {calls_path}")
    return 0


def probe_calls(gz: Gazetteer, count: int) -> list[Call]:
    """The probe's names through ``candidates``, ``resolve`` and ``classify``, alone and with a parent and
    context."""
    rows = gz._index.query("SELECT name, cc FROM places WHERE kind = 0 AND pop >= 1000 ORDER BY id")
    country_of = {name.lower(): cc for name, cc in rows}
    calls: list[Call] = []
    for misspelt in (False, True):
        names = probe_names([(name,) for name, _ in rows], count, misspelt)
        for i, name in enumerate(names):
            calls.append(("candidates", (name,), {}))
            calls.append(("resolve", (PlaceQuery(city=name),), {}))
            calls.append(("classify", (name,), {}))
            others = tuple(names[(i + step) % len(names)] for step in (1, 2, 3))
            cc = country_of.get(name.lower())
            country = gz.country_by_code(cc) if cc else None
            parents = (country.name,) if country is not None else ()
            calls.append(("resolve", (PlaceQuery(city=name, parents=parents, context=others),), {}))
    return calls


def replay(calls_path: Path | None, output: Path, count: int) -> int:
    gz = Gazetteer.default()
    calls: list[Call] = pickle.loads(calls_path.read_bytes()) if calls_path else []
    # The probe's calls are worked out before any is made, on a fresh instance of their own.
    calls += probe_calls(Gazetteer(gz.path), count)
    with output.open("w", encoding="utf-8") as out:
        for name, args, kwargs in calls:
            out.write(f"{name}{args!r}{kwargs!r} -> {getattr(gz, name)(*args, **kwargs)!r}\n")
    print(f"{len(calls)} answers written to {output}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    sub = parser.add_subparsers(dest="command", required=True)
    rec = sub.add_parser("record", help="record the gazetteer calls the pipeline makes on some captions")
    rec.add_argument("captions", type=Path, help="captions, JSON Lines as `captions normalize` reads them")
    rec.add_argument("--calls", type=Path, required=True, help="where the calls go (a pickle)")
    rep = sub.add_parser("replay", help="replay recorded calls and the probe's names, one answer a line")
    rep.add_argument("--calls", type=Path, help="recorded calls (none: the probe's names alone)")
    rep.add_argument("--output", type=Path, required=True)
    rep.add_argument("--count", type=int, default=1000, help="probe names written right, and misspelt")
    args = parser.parse_args(argv)
    if args.command == "record":
        return record(args.captions, args.calls)
    return replay(args.calls, args.output, args.count)


if __name__ == "__main__":
    sys.exit(main())
