"""Caption normaliser: news photo captions in, IPTC-style metadata records out, offline.

    >>> import captions
    >>> record = captions.normalise(
    ...     "People walk towards an evacuation train in Pokrovsk railway station, eastern Ukraine, "
    ...     "Saturday, June 11, 2022. (AP Photo/Efrem Lukatsky)"
    ... )
    >>> record.creator, record.date_created, record.location.city
    ('Efrem Lukatsky', '2022-06-11', 'Pokrovsk')

For batches, build one `Normaliser` and call its `normalise` per caption: rules and the gazetteer load
once. `Normaliser(style=..., codes=...)` adds a desk's style packs (`StylePack`, after the shipped AP pack)
and Photo Mechanic code replacements (`CodeReplacements`); `read_story` finds the captions at the end of a
news story. Importing this package does not import typer or rich.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._exceptions import CaptionsError, ExifToolError, InputError
from ._version import __version__

if TYPE_CHECKING:
    from ._desk._codes import CodeReplacements
    from ._desk._review import render_review
    from ._desk._style import StylePack
    from ._engines._dask import normalise_bag, normalise_series
    from ._export import to_exiftool, to_iptc, to_xmp, with_iim_warnings
    from ._inputs._story import Story, read_story
    from ._model import (
        CaptionRecord,
        Location,
        Person,
        Provenance,
        ProvenanceKind,
        RecordWarning,
        Restriction,
        RestrictionKind,
        WarningCode,
    )
    from ._pipeline import Normaliser, normalise


__all__ = [
    "CaptionRecord",
    "CaptionsError",
    "CodeReplacements",
    "ExifToolError",
    "InputError",
    "Location",
    "Normaliser",
    "Person",
    "Provenance",
    "ProvenanceKind",
    "RecordWarning",
    "Restriction",
    "RestrictionKind",
    "Story",
    "StylePack",
    "WarningCode",
    "__version__",
    "normalise",
    "normalise_bag",
    "normalise_series",
    "read_story",
    "render_review",
    "to_exiftool",
    "to_iptc",
    "to_xmp",
    "with_iim_warnings",
]

# Public names load on first use (PEP 562): `import captions` costs a few milliseconds, and a script
# pays for pydantic, the rules and the exporters only when it uses them.
_LAZY = {
    **dict.fromkeys(
        (
            "CaptionRecord",
            "Location",
            "Person",
            "Provenance",
            "ProvenanceKind",
            "RecordWarning",
            "Restriction",
            "RestrictionKind",
            "WarningCode",
        ),
        "._model",
    ),
    "CodeReplacements": "._desk._codes",
    "Normaliser": "._pipeline",
    "Story": "._inputs._story",
    "StylePack": "._desk._style",
    "read_story": "._inputs._story",
    "normalise": "._pipeline",
    "normalise_bag": "._engines._dask",  # Dask itself loads only then (pip install 'captions[dask]')
    "normalise_series": "._engines._dask",
    "render_review": "._desk._review",
    "to_exiftool": "._export",
    "to_iptc": "._export",
    "to_xmp": "._export",
    "with_iim_warnings": "._export",
}


def __dir__() -> list[str]:
    return sorted(__all__)


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module 'captions' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module_name, __name__), name)
    globals()[name] = value
    return value
