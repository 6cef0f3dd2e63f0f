#!/usr/bin/env bash
# Submits newstrends with $SPARK_HOME/bin/spark-submit.
#   jobs/submit.sh [spark-submit options] -- [newstrends run options]
# e.g.
#   jobs/submit.sh --master spark://host:7077 -- --config conf/newstrends.yaml --output hdfs:///x
# Without `--`, every argument goes to `newstrends run`. Properties: conf/spark/cluster.conf.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

: "${SPARK_HOME:?set SPARK_HOME to a Spark 4.2 installation (or use jobs/local-cluster.sh)}"
jar="$(newstrends_jar)"

submit_args=()
if [[ " $* " == *" -- "* ]]; then
  while [[ $# -gt 0 && "$1" != "--" ]]; do
    submit_args+=("$1")
    shift
  done
  shift
fi

exec "$SPARK_HOME/bin/spark-submit" \
  --class "$NEWSTRENDS_MAIN_CLASS" \
  --properties-file "$NEWSTRENDS_ROOT/conf/spark/cluster.conf" \
  "${submit_args[@]}" \
  "$jar" run "$@"
