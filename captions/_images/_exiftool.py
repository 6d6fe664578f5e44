"""Running the `exiftool` program: one process for many files (an argument file, commands separated by
`-execute`), reading tags as JSON and writing import files (captions/_export/_exiftool.py makes them)."""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._exceptions import ExifToolError

__all__ = ["INSTALL_HINT", "TMP", "WARNINGS", "ExifTool", "RunResult"]

INSTALL_HINT = (
    "ExifTool is needed for images and was not found on PATH: install it "
    "(Debian/Ubuntu: apt-get install libimage-exiftool-perl; macOS: brew install exiftool; "
    "others: https://exiftool.org/install.html)"
)
# The key `ExifTool.read` lists every warning under (not an ExifTool tag).
WARNINGS = "captions:Warnings"
# Stands for the run's temporary directory in arguments: NUL is in no file name, so nothing else matches.
TMP = "\0tmp\0"


@dataclass(frozen=True)
class RunResult:
    returncode: int
    stdout: str
    stderr: str

    @property
    def errors(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.startswith("Error")]


class ExifTool:
    """The `exiftool` program. Raises ExifToolError when it is not installed."""

    def __init__(self, executable: str | None = None) -> None:
        found = executable or shutil.which("exiftool")
        if not found:
            raise ExifToolError(INSTALL_HINT)
        self.executable = found

    def run(self, commands: Sequence[Sequence[str]], *, files: dict[str, Any] | None = None) -> RunResult:
        """Run COMMANDS (argument lists) in one process; FILES are JSON files to write first, by name,
        into a temporary directory whose path replaces TMP in the arguments."""
        with tempfile.TemporaryDirectory(prefix="captions-exiftool-") as tmp:
            for name, content in (files or {}).items():
                Path(tmp, name).write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
            lines: list[str] = []
            for command in commands:
                for arg in command:
                    arg = arg.replace(TMP, tmp)
                    if "\n" in arg or "\r" in arg or "\0" in arg:
                        raise ExifToolError(
                            f"{arg!r}: a file name with a line break cannot be passed to ExifTool"
                        )
                    lines.append(arg)
                lines.append("-execute")
            argfile = Path(tmp, "args.txt")
            # File names are bytes on POSIX: surrogateescape hands undecodable ones through unchanged.
            argfile.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogateescape")
            try:
                done = subprocess.run(
                    # -config "": no user config file, so every machine reads and writes alike.
                    [self.executable, "-config", "", "-@", str(argfile)],
                    capture_output=True,
                    check=False,
                    stdin=subprocess.DEVNULL,
                )
            except OSError as error:
                raise ExifToolError(f"{self.executable}: cannot be run ({error.strerror or error})") from None
        return RunResult(
            done.returncode,
            done.stdout.decode("utf-8", errors="replace"),
            done.stderr.decode("utf-8", errors="replace"),
        )

    def read(
        self, paths: Sequence[str], tags: Sequence[str] = (), *, numeric: bool = False, validate: bool = False
    ) -> list[dict[str, Any]]:
        """Tags of PATHS as `exiftool -j -G1 -struct`, in order, plus WARNINGS: the list of every warning
        ExifTool has about the file. A path ExifTool cannot open gets "ExifTool:Error". IIM without a
        declared character set is read as cp1252."""
        if not paths:
            return []
        options = ["-j", "-G1", "-struct", "-charset", "iptc=cp1252", *(["-n"] if numeric else [])]
        # VALIDATE: what only validation finds (two XMP packets) is among the warnings too.
        checks = ["-Validate"] if validate else []
        wanted = [f"-{t}" for t in tags] + ["-ExifTool:Error", "-ExifTool:Warning", "-File:FileType", *checks]
        result = self.run([[*options, *wanted, *paths]])
        try:
            # Numbers as their text: a caption "1.50" must not come back as 1.5.
            found = json.loads(result.stdout, parse_int=str, parse_float=str) if result.stdout.strip() else []
        except json.JSONDecodeError:
            raise ExifToolError(f"exiftool gave no JSON: {result.stderr.strip()[:200]}") from None
        by_path = {str(item.get("SourceFile")): item for item in found}
        items = [by_path.get(p) or {"SourceFile": p, "ExifTool:Error": "cannot be read"} for p in paths]
        for item in items:
            item.pop("ExifTool:Validate", None)
            warning = item.pop("ExifTool:Warning", None)
            item[WARNINGS] = [str(warning)] if warning is not None else []
        # JSON holds one warning a file: a second read, of the warnings only, has each under its copy
        # number (-G4: "Copy1:Warning"...). Files without any warning need no second look.
        warned = [str(item["SourceFile"]) for item in items if item[WARNINGS]]
        if warned:
            every = self.run([["-j", "-a", "-G4", *checks, "-ExifTool:Warning", *warned]]).stdout
            try:
                found_warnings = json.loads(every) if every.strip() else []
            except json.JSONDecodeError:
                found_warnings = []
            by_file = {
                str(w.get("SourceFile")): [str(v) for k, v in w.items() if k.endswith(":Warning")]
                for w in found_warnings
            }
            for item in items:
                if item[WARNINGS]:
                    more = by_file.get(str(item["SourceFile"]), [])
                    item[WARNINGS] = list(dict.fromkeys(item[WARNINGS] + more))
        return items
