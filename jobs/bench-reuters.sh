#!/usr/bin/env bash
# Times the job on the Reuters-21578 dump (19,043 records, 17 MB): once with the embedded local
# Spark, once submitted to a real local standalone cluster (2 workers x 1 core). Not part of the
# test suite. Usage: jobs/bench-reuters.sh [DUMP]   (default ../shared/data/text-dump/reuters21578.txt)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

dump="$(cd "$(dirname "${1:-$NEWSTRENDS_ROOT/../shared/data/text-dump/reuters21578.txt}")" && pwd)/$(basename "${1:-reuters21578.txt}")"
work="$(mktemp -d)"
trap 'bash "$NEWSTRENDS_ROOT/jobs/local-cluster.sh" stop; rm -rf "$work"' EXIT

summary() { grep -E "^newstrends run|records read" "$1" | sed 's/^/    /'; }

echo "local[*]:"
start=$(date +%s.%N)
"$NEWSTRENDS_ROOT/jobs/run-local.sh" --input "$dump" --format text-dump --output "$work/local" > "$work/local.log" 2>&1
echo "    wall $(echo "$(date +%s.%N) - $start" | bc) s"
summary "$work/local.log"

export NEWSTRENDS_MASTER_PORT="${NEWSTRENDS_MASTER_PORT:-7177}"
bash "$NEWSTRENDS_ROOT/jobs/local-cluster.sh" start > /dev/null
echo "standalone cluster (2 workers x 1 core):"
start=$(date +%s.%N)
SPARK_HOME="$NEWSTRENDS_ROOT/target/spark-home" "$NEWSTRENDS_ROOT/jobs/submit.sh" \
  --master "spark://127.0.0.1:$NEWSTRENDS_MASTER_PORT" --conf spark.driver.host=127.0.0.1 \
  --conf spark.driver.bindAddress=127.0.0.1 --conf spark.executor.memory=1g -- \
  --input "$dump" --format text-dump --output "$work/cluster" > "$work/cluster.log" 2>&1
echo "    wall $(echo "$(date +%s.%N) - $start" | bc) s"
summary "$work/cluster.log"
