"""Zones and datelines: the shape of a caption, as the readers of the parse stage pass it between them."""

from __future__ import annotations

from dataclasses import dataclass

from .._frozen import fast_init

__all__ = ["Dateline", "Zones"]


@fast_init
@dataclass(frozen=True)
class Dateline:
    """A place-and-date line in front of the caption proper (Getty, dpa, Xinhua, ZUMA styles)."""

    text: str
    place: tuple[str, ...]
    date_text: str | None
    style: str


@fast_init
@dataclass(frozen=True)
class Zones:
    description: str
    body: str
    sentences: tuple[str, ...]
    flags: tuple[tuple[str, str | None], ...]
    datelines: tuple[Dateline, ...]
    before_dateline: str

    @property
    def main(self) -> str:
        """The sentence that says who, what, where and when."""
        return self.sentences[0] if self.sentences else ""
