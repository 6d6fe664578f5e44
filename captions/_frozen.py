"""The parser's frozen dataclasses get the gazetteer's faster ``__init__`` (one implementation, in
``gazetteer/_frozen.py``; the parser builds some twenty such values a caption)."""

from __future__ import annotations

from gazetteer._frozen import fast_init

__all__ = ["fast_init"]
