"""Test images made on the spot (so image tests need nothing from ../shared) and ExifTool helpers."""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
from pathlib import Path
from typing import Any

import pytest

needs_exiftool = pytest.mark.skipif(shutil.which("exiftool") is None, reason="ExifTool is not installed")

# A structurally valid 1x1 baseline JFIF (125 bytes): enough for ExifTool, which never decodes pixels.
TINY_JPEG = bytes.fromhex(
    "FFD8FFE000104A46494600010101004800480000FFDB004300030202020202030202020303030304060404040404080606050609"
    "080A0A090809090A0C0F0C0A0B0E0B09090D110D0E0F101011100A0C12131210130F101010FFC9000B08000100010101110"
    "0FFCC000600101005FFDA0008010100003F00D2CF20FFD9"
)


def tiny_tiff() -> bytes:
    """A 1x1 8-bit grey baseline TIFF. Named .dng or .cr2, ExifTool takes it for that raw type."""
    entries = [(256, 1), (257, 1), (258, 8), (259, 1), (262, 1), (273, 0), (277, 1), (278, 1), (279, 1)]
    ifd = 8
    data = ifd + 2 + len(entries) * 12 + 4
    out = b"II*\x00" + struct.pack("<I", ifd) + struct.pack("<H", len(entries))
    for tag, value in entries:
        kind = 4 if tag in (273, 279) else 3
        value = data if tag == 273 else value
        packed = struct.pack("<I", value) if kind == 4 else struct.pack("<HH", value, 0)
        out += struct.pack("<HHI", tag, kind, 1) + packed
    return out + struct.pack("<I", 0) + b"\x00"


def jpeg(path: Path, *tags: str, charset: str | None = None) -> Path:
    """A tiny JPEG at PATH with TAGS ("-IPTC:City=Kyiv", ...) written by ExifTool."""
    path.write_bytes(TINY_JPEG)
    if tags:
        options = ["-charset", f"iptc={charset}"] if charset else []
        subprocess.run(
            ["exiftool", "-q", "-q", "-overwrite_original", *options, *tags, str(path)], check=True
        )
    return path


def read_back(*paths: Path | str, numeric: bool = True) -> list[dict[str, Any]]:
    """`exiftool -j -G1 -struct [-n]` of PATHS, as the brief's read-back."""
    args = ["exiftool", "-j", "-G1", "-struct", *(["-n"] if numeric else []), *(str(p) for p in paths)]
    done = subprocess.run(args, capture_output=True, check=True)
    loaded: list[dict[str, Any]] = json.loads(done.stdout)
    return loaded
