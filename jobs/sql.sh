#!/usr/bin/env bash
# Queries newstrends outputs with DuckDB (through its JDBC driver from Maven: no install needed).
#   jobs/sql.sh "SELECT count(*) FROM read_parquet('out/articles/*/*.parquet')" ["QUERY" ...]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cp_file="$NEWSTRENDS_ROOT/target/duckdb-classpath.txt"
if [[ ! -s "$cp_file" ]]; then
  newstrends_mvn dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$cp_file" >&2
fi
duckdb_jar="$(tr ':' '\n' < "$cp_file" | grep duckdb_jdbc)"
exec java -cp "$duckdb_jar" "$NEWSTRENDS_ROOT/jobs/Sql.java" "$@"
