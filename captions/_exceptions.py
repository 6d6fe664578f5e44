"""Exceptions of the captions package.

    CaptionsError            the root: catch this to catch anything the package raises on purpose
     ├── InputError          an input file cannot be read (missing, not UTF-8, a CSV without the column,
     │                       a corrupt image)
     └── ExifToolError       ExifTool, needed to read and write images, is missing or cannot be run

Caption content never raises: whatever a caption holds becomes warnings on its record.
"""

from __future__ import annotations

__all__ = ["CaptionsError", "ExifToolError", "InputError"]


class CaptionsError(Exception):
    """Root of the exceptions this package raises."""


class InputError(CaptionsError):
    """An input file cannot be read; the message names the file."""


class ExifToolError(CaptionsError):
    """ExifTool is not installed or cannot be run; the message says how to install it."""
