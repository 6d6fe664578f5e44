"""Exceptions raised by the gazetteer.

GazetteerError                  every error this package raises
├── IndexUnavailableError       a user-given index is missing, corrupt or of another schema
├── IndexBuildError             the index could not be built (bad source, unwritable cache)
└── GeocoderServiceError        an online backend (Nominatim) failed
"""

from __future__ import annotations

__all__ = ["GazetteerError", "GeocoderServiceError", "IndexBuildError", "IndexUnavailableError"]


class GazetteerError(Exception):
    """Root of all gazetteer errors."""


class IndexUnavailableError(GazetteerError):
    """The index file cannot be used: missing, unreadable, corrupt or built for another schema."""


class IndexBuildError(GazetteerError):
    """Building the index failed."""


class GeocoderServiceError(GazetteerError):
    """An online geocoding service failed (network, quota, bad answer)."""
