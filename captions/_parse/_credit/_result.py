"""The credit as read (Credit), and a candidate credit found in the text."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..._frozen import fast_init
from ..._model import ProvenanceKind


@fast_init
@dataclass(frozen=True)
class Credit:
    line: str | None = None
    creator: str | None = None
    source: str | None = None
    start: int | None = None
    end: int | None = None
    provenance: tuple[tuple[ProvenanceKind, str, str | None], ...] = ()
    parties: tuple[str, ...] = field(default=())
    # Why the credit found may be wrong (the record gets a missing_credit warning saying so), or None.
    doubt: str | None = None

    @property
    def span(self) -> tuple[int, int] | None:
        """Where the credit sits in the caption."""
        return (self.start, self.end) if self.start is not None and self.end is not None else None


@fast_init
@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    line: str
    rank: int  # paren 0, lead 1, trail and chain 2: where two overlap, the more explicit form wins
    binding: bool = False  # "Photo credit should read ...": the supplier's own words win
