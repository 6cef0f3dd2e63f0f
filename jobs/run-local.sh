#!/usr/bin/env bash
# Runs newstrends with an embedded local Spark (local[*]), building what is missing first.
# With no arguments it reads the bundled sample (conf/newstrends.yaml) and writes to out/.
# Arguments pass through to `newstrends run`, e.g.
#   jobs/run-local.sh --input ../shared/data/text-dump/reuters21578.txt --format text-dump --output /tmp/x
# `jobs/run-local.sh report --output DIR` rebuilds DIR/report/index.html of a finished run.
# Environment: NEWSTRENDS_CONFIG (default conf/newstrends.yaml), JAVA_OPTS (e.g. -Xmx8g),
# NEWSTRENDS_CDS=0 to run without the class-data archive below, NEWSTRENDS_JIT=auto|quick|full
# (common.sh: C1 alone below 48 MiB of input by default).
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

# C1 alone for small inputs, the tiered JIT with conf/spark/jit-directives.json for large ones
# (newstrends_jit_options in common.sh), one option per line.
jit_options="$(newstrends_jit_options "$@")"
newstrends_options_into jit "$jit_options"

spark_props=()
while read -r key value; do
  [[ -z "$key" || "$key" == \#* ]] && continue
  spark_props+=("-D$key=$value")
done < "$NEWSTRENDS_ROOT/conf/spark/local.conf"

# Application class-data sharing (docs/performance-log.md, "Sample fixed cost"): the first run after a
# build records the classes it loaded (Spark's, its libraries' and the job's) into an archive under
# target/cds; later runs map them instead of parsing and verifying them again. The archive belongs
# to this jar and these Spark jars: a newer jar or Spark home makes a new one. Never committed.
cds=()
if [[ "${NEWSTRENDS_CDS:-1}" != 0 ]]; then
  cds_options="$(newstrends_cds_options "$jar" "$spark_home")"
  newstrends_options_into cds "$cds_options"
  if [[ ${#cds[@]} -eq 0 ]]; then
    archive="$(newstrends_cds_archive "$jar")"
    mkdir -p "$(dirname "$archive")"
    rm -f "$archive"
    # Written to a file of this run's own, renamed once the run succeeded: runs at the same time
    # never map a half-written archive.
    recording="$archive.$$"
    # shellcheck disable=SC2046
    java $(newstrends_java_options) "${jit[@]}" ${JAVA_OPTS:-} -XX:ArchiveClassesAtExit="$recording" \
      -Xlog:cds=off -Xlog:cds+dynamic=off \
      -Dlog4j2.configurationFile="$NEWSTRENDS_ROOT/conf/log4j2.properties" \
      "${spark_props[@]}" \
      -cp "$jar:$spark_home/jars/*" \
      "$NEWSTRENDS_MAIN_CLASS" "$command" "$@" && status=0 || status=$?
    if [[ $status -eq 0 && -s "$recording" ]]; then
      mv -f "$recording" "$archive"
    else
      rm -f "$recording"
    fi
    exit "$status"
  fi
fi

# shellcheck disable=SC2046
exec java $(newstrends_java_options) "${jit[@]}" ${JAVA_OPTS:-} "${cds[@]}" \
  -Dlog4j2.configurationFile="$NEWSTRENDS_ROOT/conf/log4j2.properties" \
  "${spark_props[@]}" \
  -cp "$jar:$spark_home/jars/*" \
  "$NEWSTRENDS_MAIN_CLASS" "$command" "$@"
