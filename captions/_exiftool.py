"""ExifTool: the `--format exiftool` import objects, and running the `exiftool` program.

An import object is what `exiftool -json=FILE IMAGE...` applies: group-qualified tags, each IPTC property
written to XMP and to IIM together (`IPTC:CodedCharacterSet` UTF8, so IIM holds any script). A value over
its IIM byte limit goes whole to XMP and cut on a UTF-8 character boundary to IIM, with an `iim_too_long`
warning, rather than letting ExifTool cut it mid-character.

ExifTool runs as a subprocess, one process for many files (an argument file, commands separated by
`-execute`); this package never writes image bytes itself.
"""

from __future__ import annotations

import base64
import json
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from ._exceptions import ExifToolError
from ._iptc import iim_warning, iptc_properties, is_altlang, language, struct_field, top_property, utf8_cut
from ._model import CaptionRecord, RecordWarning

__all__ = [
    "IMAGE_SUFFIXES",
    "INSTALL_HINT",
    "RAW_SUFFIXES",
    "TMP",
    "WARNINGS",
    "WRITABLE_SUFFIXES",
    "ExifTool",
    "RunResult",
    "import_object",
    "literal",
    "source_file",
    "write_exiftool",
]

INSTALL_HINT = (
    "ExifTool is needed for images and was not found on PATH: install it "
    "(Debian/Ubuntu: apt-get install libimage-exiftool-perl; macOS: brew install exiftool; "
    "others: https://exiftool.org/install.html)"
)
# The key `ExifTool.read` lists every warning under (not an ExifTool tag).
WARNINGS = "captions:Warnings"
# Stands for the run's temporary directory in arguments: NUL is in no file name, so nothing else matches.
TMP = "\0tmp\0"
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
# Images this package reads and writes: JPEG and TIFF in place, raw files through .xmp sidecars.
WRITABLE_SUFFIXES = frozenset({".jpg", ".jpeg", ".tif", ".tiff"})
RAW_SUFFIXES = frozenset(
    {".cr2", ".cr3", ".nef", ".nrw", ".arw", ".dng", ".orf", ".rw2", ".raf", ".pef", ".srw"}
)
IMAGE_SUFFIXES = WRITABLE_SUFFIXES | RAW_SUFFIXES


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
    warnings: list[RecordWarning] = []
    xmp_iim: dict[str, Any] = {}
    for name, value in iptc_properties(record).items():
        prop = top_property(name)
        xmp_tag, iim_tags = prop["exiftool_xmp"], prop["exiftool_iim"]
        iim_value: Any = None
        if is_altlang(prop):
            xmp_iim[f"{xmp_tag}-{language()}"] = iim_value = value[language()]  # keeps other languages
        elif prop["datatype"] == "struct":
            xmp_iim[xmp_tag] = [_struct(prop["dataformat"], v) for v in value]
        elif prop["dataformat"] == "date-time":
            xmp_iim[xmp_tag] = value
            iim_value = iim_date(value)  # no time: ExifTool would fill 2:60 with this machine's zone
        else:
            xmp_iim[xmp_tag] = iim_value = value
        if iim_tags and iim_value is not None:
            tag = iim_tags.split("+")[0]
            xmp_iim[tag] = _iim(tag, iim_value, prop["iim_max_bytes"], warnings)
    obj: dict[str, Any] = {"SourceFile": source if source is not None else source_file(record)}
    if any(k.startswith("IPTC:") for k in xmp_iim):
        obj["IPTC:CodedCharacterSet"] = "UTF8"
    obj.update(xmp_iim)
    if "IPTC:CodedCharacterSet" in obj:
        obj["Photoshop:IPTCDigest"] = "new"  # the digest tells MWG readers that XMP and IIM agree
    return obj, warnings


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
        self, paths: Sequence[str], tags: Sequence[str] = (), *, numeric: bool = False
    ) -> list[dict[str, Any]]:
        """Tags of PATHS as `exiftool -j -G1 -struct`, in order, plus WARNINGS: the list of every warning
        ExifTool has about the file. A path ExifTool cannot open gets "ExifTool:Error". IIM without a
        declared character set is read as cp1252."""
        if not paths:
            return []
        options = ["-j", "-G1", "-struct", "-charset", "iptc=cp1252", *(["-n"] if numeric else [])]
        wanted = [f"-{t}" for t in tags] + ["-ExifTool:Error", "-ExifTool:Warning", "-File:FileType"]
        result = self.run([[*options, *wanted, *paths]])
        try:
            # Numbers as their text: a caption "1.50" must not come back as 1.5.
            found = json.loads(result.stdout, parse_int=str, parse_float=str) if result.stdout.strip() else []
        except json.JSONDecodeError:
            raise ExifToolError(f"exiftool gave no JSON: {result.stderr.strip()[:200]}") from None
        by_path = {str(item.get("SourceFile")): item for item in found}
        items = [by_path.get(p) or {"SourceFile": p, "ExifTool:Error": "cannot be read"} for p in paths]
        for item in items:
            warning = item.pop("ExifTool:Warning", None)
            item[WARNINGS] = [str(warning)] if warning is not None else []
        # JSON holds one warning a file; in -p mode ExifTool reports each on stderr ("Warning: ... - FILE").
        # Files without any warning need no second look.
        warned = [str(item["SourceFile"]) for item in items if item[WARNINGS]]
        if warned:
            stderr = self.run([["-q", "-a", "-p", "$filepath", *warned]]).stderr.splitlines()
            for item in items:
                if item[WARNINGS]:
                    suffix = f" - {item['SourceFile']}"
                    every = [
                        line.removeprefix("Warning: ").removesuffix(suffix)
                        for line in stderr
                        if line.startswith("Warning: ") and line.endswith(suffix)
                    ]
                    item[WARNINGS] = list(dict.fromkeys(item[WARNINGS] + every))
        return items
