"""Engines: a stream of inputs turned into records, in order, on this machine (`_local`, with worker
processes for `--jobs`) or on a Dask cluster (`_dask`, an optional extra)."""
