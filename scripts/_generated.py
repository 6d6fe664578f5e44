"""What the generator scripts share: their command line, the pin warning, and writing or checking files.

Every ``scripts/build_*.py`` turns a well-kept package's data into a file the project ships, and its test
regenerates the file in memory and compares it with the committed one. ``--check`` does that from the shell.
The scripts folder is no package, so each script puts this folder on ``sys.path`` to import this module.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path


def arguments(
    doc: str | None, argv: Sequence[str] | None, *, output: Path | None = None
) -> argparse.Namespace:
    """``--check``, and ``--output`` where the script writes one file."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0] if doc else None)
    parser.add_argument(
        "--check",
        action="store_true",
        help="compare with the committed files, write nothing; exit 1 when stale",
    )
    if output is not None:
        parser.add_argument("--output", type=Path, default=output)
    return parser.parse_args(argv)


def warn_unpinned(package: str, installed: str, pinned: str) -> None:
    """The committed file was made from ``pinned``; another version may give other rows."""
    if installed != pinned:
        print(f"warning: {package} {installed} installed, output pinned to {pinned}", file=sys.stderr)


def write_or_check(outputs: Mapping[Path, str], *, check: bool, script: str) -> int:
    """Write each file, or with ``check`` name the committed ones that differ; the exit status."""
    if check:
        stale = [
            path for path, text in outputs.items() if not path.exists() or path.read_text("utf-8") != text
        ]
        for path in stale:
            print(f"{path} is stale: run scripts/{Path(script).name}", file=sys.stderr)
        return 1 if stale else 0
    for path, text in outputs.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
    return 0
