"""Runs the queries of notebooks/sql on a newstrends output with DuckDB.

The notebooks load every query from a .sql file (the test suite runs the same files against the
sample output, NotebookQueriesTest), so a query is written once and checked where it is used.
"""
import datetime
import os
import pathlib

import duckdb

SQL = pathlib.Path(__file__).resolve().parent / "sql"


def output_dir(default):
    """The output to read: $NEWSTRENDS_OUT when set (the test suite sets it), else `default`."""
    return pathlib.Path(os.environ.get("NEWSTRENDS_OUT", default)).resolve()


def connect(out):
    """A DuckDB connection with one view per table of the output `out`."""
    con = duckdb.connect()
    con.execute((SQL / "views.sql").read_text().replace("${out}", str(out)))
    return con


def literal(value):
    """A DuckDB literal for a query variable: text, a date, a number or a list of those."""
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, datetime.date):
        return f"DATE '{value.isoformat()}'"
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "'" + str(value).replace("'", "''") + "'"
    return str(value)


def query(con, name, **variables):
    """Runs sql/<name>.sql with the given getvariable() values; returns a pandas DataFrame."""
    for key, value in variables.items():
        con.execute(f"SET VARIABLE {key} = {literal(value)}")
    return con.sql((SQL / f"{name}.sql").read_text()).df()
