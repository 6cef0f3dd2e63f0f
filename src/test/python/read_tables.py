"""Reads every published table of a newstrends output with pyarrow, pandas, Polars and
fastparquet and prints, per table and reader, the row count and order-independent hashes of every
column's values and of the rows (docs/outputs.md, "Readers"). BiContractTest computes the same
hashes with DuckDB (JDBC) and demands equality.

Canonical value: null -> "N"; else "V" + text, where the text is: booleans true/false; integers
in decimal; doubles rounded to 12 significant digits (half-even), plain notation, no trailing
zeros, 0 for zero; dates YYYY-MM-DD; timestamps as UTC epoch microseconds; strings as they are.
A multiset hash: the sum, mod 2**64, of the first 8 bytes (big-endian) of SHA-256 of each
canonical value (UTF-8). The row hash does the same over the row's values joined by U+001F.

Usage: python read_tables.py OUTPUT_DIR  -> JSON on stdout.
Also checks that manifest.json opens with pandas.read_json(typ="series") and that its `files`
records open as a DataFrame.
"""

import datetime
import decimal
import glob
import hashlib
import json
import math
import os
import sys

import fastparquet
import numpy as np
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
CTX = decimal.Context(prec=12, rounding=decimal.ROUND_HALF_EVEN)
MASK = (1 << 64) - 1


def is_null(v):
    if v is None or v is pd.NA:
        return True
    if v is pd.NaT:
        return True
    if isinstance(v, float) and math.isnan(v):
        return True
    if isinstance(v, np.floating) and np.isnan(v):
        return True
    try:
        return bool(pd.isna(v)) if np.isscalar(v) or isinstance(v, pd.Timestamp) else False
    except (TypeError, ValueError):
        return False


def canon(v, kind):
    if is_null(v):
        return "N"
    if kind == "bool":
        return "V" + ("true" if bool(v) else "false")
    if kind == "int":
        return "V" + str(int(v))
    if kind == "float":
        x = float(v)
        if x == 0:
            return "V0"
        if math.isinf(x) or math.isnan(x):
            return "V" + str(x)
        d = CTX.create_decimal(x).normalize(CTX)
        return "V" + format(d, "f")
    if kind == "date":
        if isinstance(v, np.datetime64):
            return "V" + str(v.astype("datetime64[D]"))
        if isinstance(v, datetime.datetime):
            return "V" + v.date().isoformat()
        return "V" + v.isoformat()
    if kind == "timestamp":
        if isinstance(v, pd.Timestamp):
            ts = v if v.tzinfo is not None else v.tz_localize("UTC")
            return "V" + str(ts.value // 1000)
        if isinstance(v, np.datetime64):
            return "V" + str(int(v.astype("datetime64[us]").astype(np.int64)))
        if v.tzinfo is None:
            v = v.replace(tzinfo=datetime.timezone.utc)
        return "V" + str((v - EPOCH) // datetime.timedelta(microseconds=1))
    return "V" + str(v)


def h(text):
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")


def kinds(schema):
    out = {}
    for f in schema:
        t = f.type
        if pa.types.is_boolean(t):
            out[f.name] = "bool"
        elif pa.types.is_integer(t):
            out[f.name] = "int"
        elif pa.types.is_floating(t):
            out[f.name] = "float"
        elif pa.types.is_date(t):
            out[f.name] = "date"
        elif pa.types.is_timestamp(t):
            out[f.name] = "timestamp"
        elif pa.types.is_string(t) or pa.types.is_large_string(t):
            out[f.name] = "string"
        else:
            out[f.name] = "other:" + str(t)
    return out


def digest(columns, names, kind):
    """columns: name -> list of values, all of one length."""
    n = len(columns[names[0]]) if names else 0
    col_hash = {}
    canon_cols = {}
    for name in names:
        values = [canon(v, kind[name]) for v in columns[name]]
        canon_cols[name] = values
        col_hash[name] = str(sum(h(c) for c in values) & MASK)
    row_hash = 0
    for i in range(n):
        row_hash += h("\x1f".join(canon_cols[name][i] for name in names))
    return {"rows": n, "columns": col_hash, "row_hash": str(row_hash & MASK)}


def frame_columns(df, names):
    return {name: list(df[name].astype(object)) for name in names}


def main(out):
    result = {"versions": {
        "pyarrow": pa.__version__, "pandas": pd.__version__, "polars": pl.__version__,
        "fastparquet": fastparquet.__version__}, "tables": {}}
    manifest_path = os.path.join(out, "manifest.json")
    series = pd.read_json(manifest_path, typ="series")
    files = pd.DataFrame(list(series["files"]))
    result["manifest"] = {"keys": sorted(series.index), "files": len(files),
                          "file_columns": sorted(files.columns)}
    for table in sorted(series["tables"].keys()):
        paths = sorted(glob.glob(os.path.join(out, table, "*.parquet")))
        schema = pq.read_schema(paths[0])
        names = schema.names
        kind = kinds(schema)
        readers = {}
        t = pq.read_table(os.path.join(out, table))
        readers["pyarrow"] = digest({n: t.column(n).to_pylist() for n in names}, names, kind)
        readers["pandas"] = digest(frame_columns(pd.read_parquet(os.path.join(out, table)), names),
                                   names, kind)
        pldf = pl.read_parquet(paths)
        readers["polars"] = digest({n: pldf[n].to_list() for n in names}, names, kind)
        fp = fastparquet.ParquetFile(paths)
        readers["fastparquet"] = digest(frame_columns(fp.to_pandas(), names), names, kind)
        result["tables"][table] = {"kinds": kind, "readers": readers}
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
