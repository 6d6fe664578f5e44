"""The image files this package reads and writes, by suffix (a leaf: text batches import nothing else)."""

from __future__ import annotations

__all__ = ["IMAGE_SUFFIXES", "RAW_SUFFIXES", "WRITABLE_SUFFIXES"]

# Images this package reads and writes: JPEG and TIFF in place, raw files through .xmp sidecars.
WRITABLE_SUFFIXES = frozenset({".jpg", ".jpeg", ".tif", ".tiff"})
RAW_SUFFIXES = frozenset(
    {".cr2", ".cr3", ".nef", ".nrw", ".arw", ".dng", ".orf", ".rw2", ".raf", ".pef", ".srw"}
)
IMAGE_SUFFIXES = WRITABLE_SUFFIXES | RAW_SUFFIXES
