"""Code replacements as Photo Mechanic keeps them, so a desk reuses the files it already has.

The file is UTF-8, tab-separated: column 1 a code, columns 2 and on its replacements; lines starting with
"//" are comments. In a caption, "=code=" becomes column 2 and "=code#2=" column 3 (#N: the Nth
replacement). Codes are case-sensitive. They are expanded in the raw caption, before it is parsed; a code
not in the file (or without that many replacements) is left as written and reported.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from .._exceptions import InputError

__all__ = ["CodeReplacements"]

# A code is short and has no spaces: "x = y = z" or "a == b" hold none.
_CODE = r"(?P<code>[^\s{d}#]{{1,64}}?)(?:#(?P<n>\d{{1,3}}))?"


@dataclass(frozen=True, eq=False)
class CodeReplacements:
    """A code replacement table: `CodeReplacements.load(path)`, or `parse(text)` of a file's text."""

    codes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    delimiter: str = "="

    def __post_init__(self) -> None:
        if len(self.delimiter) != 1 or self.delimiter.isspace() or self.delimiter == "#":
            raise ValueError(f"the delimiter is one character, not space or '#': {self.delimiter!r}")

    @classmethod
    def parse(cls, text: str, *, delimiter: str = "=") -> CodeReplacements:
        codes: dict[str, tuple[str, ...]] = {}
        for line in text.removeprefix("\ufeff").splitlines():
            if not line.strip() or line.lstrip().startswith("//"):
                continue
            code, *replacements = line.split("\t")
            code = code.strip()
            if code and replacements:
                codes[code] = tuple(r.strip() for r in replacements)  # a code listed again: the later wins
        return cls(codes, delimiter)

    @classmethod
    def load(cls, path: str | os.PathLike[str], *, delimiter: str = "=") -> CodeReplacements:
        """Read a code replacement file. Raises InputError naming it when it cannot be read."""
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as error:
            raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None
        except UnicodeDecodeError as error:
            raise InputError(f"{path}: not UTF-8 text ({error.reason}); save it as UTF-8") from None
        table = cls.parse(text, delimiter=delimiter)
        if not table.codes:
            raise InputError(f"{path}: no codes (one a line: the code, a tab, its replacements)")
        return table

    def expand(self, text: str) -> tuple[str, tuple[str, ...]]:
        """TEXT with its codes replaced, and a message per code left as written."""
        if self.delimiter not in text:
            return text, ()
        problems: list[str] = []

        def replace(m: re.Match[str]) -> str:
            code, n = m.group("code"), int(m.group("n") or 1)
            found = self.codes.get(code)
            if found is not None and 1 <= n <= len(found) and found[n - 1]:
                return found[n - 1]
            # Flagged only where it stands as a code: "a=b=c" may be anything.
            before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
            if not (before.isalnum() or after.isalnum()):
                if found is None:
                    problems.append(f"code '{m.group()}' is not in the code replacements; left as written")
                else:
                    count = sum(1 for r in found if r)
                    problems.append(
                        f"code '{m.group()}': '{code}' has {count} replacement{'s' if count != 1 else ''}, "
                        f"not #{n}; left as written"
                    )
            return m.group()

        return self._pattern.sub(replace, text), tuple(problems)

    @property
    def _pattern(self) -> re.Pattern[str]:
        return _pattern(self.delimiter)


_patterns: dict[str, re.Pattern[str]] = {}


def _pattern(delimiter: str) -> re.Pattern[str]:
    found = _patterns.get(delimiter)
    if found is None:
        d = re.escape(delimiter)
        found = _patterns[delimiter] = re.compile(d + _CODE.format(d=d) + d)
    return found
