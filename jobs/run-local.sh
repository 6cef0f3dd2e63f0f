#!/usr/bin/env bash
# Runs newstrends with an embedded local Spark (local[*]), building what is missing first.
# With no arguments it reads the bundled sample (conf/newstrends.yaml) and writes to out/.
# Arguments pass through to `newstrends run`, e.g.
#   jobs/run-local.sh --input ../shared/data/text-dump/reuters21578.txt --format text-dump --output /tmp/x
# `jobs/run-local.sh report --output DIR` rebuilds DIR/report/index.html of a finished run.
# Environment: NEWSTRENDS_CONFIG (default conf/newstrends.yaml), JAVA_OPTS (e.g. -Xmx8g).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

jar="$(newstrends_jar)"
spark_home="$(newstrends_spark_home)"
export NEWSTRENDS_CONFIG="${NEWSTRENDS_CONFIG:-$NEWSTRENDS_ROOT/conf/newstrends.yaml}"

command=run
if [[ "${1:-}" == "report" || "${1:-}" == "run" ]]; then
  command="$1"
  shift
fi

spark_props=()
while read -r key value; do
  [[ -z "$key" || "$key" == \#* ]] && continue
  spark_props+=("-D$key=$value")
done < "$NEWSTRENDS_ROOT/conf/spark/local.conf"

# shellcheck disable=SC2046
exec java $(newstrends_java_options) ${JAVA_OPTS:-} \
  -Dlog4j2.configurationFile="$NEWSTRENDS_ROOT/conf/log4j2.properties" \
  "${spark_props[@]}" \
  -cp "$jar:$spark_home/jars/*" \
  "$NEWSTRENDS_MAIN_CLASS" "$command" "$@"
