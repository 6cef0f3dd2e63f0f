#!/usr/bin/env bash
# A real Spark standalone cluster on loopback: one master and two workers, each its own JVM, run
# from the Spark jars Maven resolves (no Spark installation needed).
#   jobs/local-cluster.sh start     start it and print the master URL
#   jobs/local-cluster.sh stop      stop it
#   jobs/local-cluster.sh status    show which processes run
# Then submit with:
#   SPARK_HOME=target/spark-home jobs/submit.sh --master spark://127.0.0.1:7177 -- --output /tmp/x
# Environment: NEWSTRENDS_MASTER_PORT (7177), NEWSTRENDS_WORKERS (2), NEWSTRENDS_WORKER_CORES (1),
# NEWSTRENDS_WORKER_MEMORY (2g), NEWSTRENDS_CLUSTER_DIR (target/local-cluster).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

port="${NEWSTRENDS_MASTER_PORT:-7177}"
workers="${NEWSTRENDS_WORKERS:-2}"
cores="${NEWSTRENDS_WORKER_CORES:-1}"
memory="${NEWSTRENDS_WORKER_MEMORY:-2g}"
state="${NEWSTRENDS_CLUSTER_DIR:-$NEWSTRENDS_ROOT/target/local-cluster}"
master_url="spark://127.0.0.1:$port"

launch() { # name class args...
  local name="$1" class="$2"
  shift 2
  # shellcheck disable=SC2046
  SPARK_HOME="$SPARK_HOME" nohup java $(newstrends_java_options) -Xmx512m \
    -Dlog4j2.configurationFile="$NEWSTRENDS_ROOT/conf/log4j2-cluster.properties" \
    -cp "$SPARK_HOME/jars/*" "$class" "$@" > "$state/$name.log" 2>&1 &
  echo $! > "$state/$name.pid"
}

wait_for() { # file pattern seconds what
  local i
  for ((i = 0; i < $3 * 2; i++)); do
    if grep -q "$2" "$1" 2>/dev/null; then return 0; fi
    sleep 0.5
  done
  echo "local-cluster: $4 did not start within $3 s; see $1" >&2
  return 1
}

stop() {
  local pid_file
  for pid_file in "$state"/*.pid; do
    [[ -e "$pid_file" ]] || continue
    kill "$(cat "$pid_file")" 2>/dev/null || true
    rm -f "$pid_file"
  done
}

case "${1:-}" in
  start)
    SPARK_HOME="$(newstrends_spark_home)"
    export SPARK_HOME
    stop
    mkdir -p "$state"
    launch master org.apache.spark.deploy.master.Master \
      --host 127.0.0.1 --port "$port" --webui-port 0
    wait_for "$state/master.log" "I have been elected leader" 60 "the master"
    for ((w = 1; w <= workers; w++)); do
      mkdir -p "$state/worker-$w"
      launch "worker-$w" org.apache.spark.deploy.worker.Worker \
        --host 127.0.0.1 --webui-port 0 --cores "$cores" --memory "$memory" \
        --work-dir "$state/worker-$w" "$master_url"
    done
    for ((w = 1; w <= workers; w++)); do
      wait_for "$state/worker-$w.log" "Successfully registered with master" 60 "worker $w"
    done
    echo "$master_url"
    ;;
  stop)
    stop
    ;;
  status)
    for pid_file in "$state"/*.pid; do
      [[ -e "$pid_file" ]] || continue
      if kill -0 "$(cat "$pid_file")" 2>/dev/null; then s=running; else s=dead; fi
      echo "$(basename "$pid_file" .pid): $s"
    done
    ;;
  *)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
