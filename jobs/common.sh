# Shared helpers for the scripts in jobs/. Sourced, not run.
# NEWSTRENDS_ROOT: the project directory. Builds what is missing with Maven, once.

NEWSTRENDS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NEWSTRENDS_MAIN_CLASS="org.newstrends.cli.NewstrendsCli"
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
# Spark's launcher needs this when SPARK_HOME is not a source build (workers launching executors).
export SPARK_SCALA_VERSION="${SPARK_SCALA_VERSION:-2.13}"

# The JVM flags spark-submit gives a driver, one per line in conf/spark/java-options.
newstrends_java_options() {
  grep -v '^[[:space:]]*\(#\|$\)' "$NEWSTRENDS_ROOT/conf/spark/java-options" | tr '\n' ' '
}

newstrends_mvn() {
  (cd "$NEWSTRENDS_ROOT" && mvn -B -q "$@")
}

# The shaded application jar; built when missing or older than the sources.
newstrends_jar() {
  local jar
  jar="$(ls "$NEWSTRENDS_ROOT"/target/newstrends-*-all.jar 2>/dev/null | head -n 1 || true)"
  if [[ -z "$jar" ]] || [[ -n "$(find "$NEWSTRENDS_ROOT/src/main" "$NEWSTRENDS_ROOT/pom.xml" -newer "$jar" -print -quit)" ]]; then
    echo "newstrends: building the application jar (mvn package -DskipTests)..." >&2
    newstrends_mvn -DskipTests package >&2
    jar="$(ls "$NEWSTRENDS_ROOT"/target/newstrends-*-all.jar | head -n 1)"
  fi
  echo "$jar"
}

# A Spark home made from the Spark jars Maven resolves (the project's provided dependencies):
# $SPARK_HOME/jars holds all of them, RELEASE marks it as a distribution for the launcher.
newstrends_spark_home() {
  local home="$NEWSTRENDS_ROOT/target/spark-home"
  if [[ ! -f "$home/RELEASE" || "$NEWSTRENDS_ROOT/pom.xml" -nt "$home/RELEASE" ]]; then
    echo "newstrends: collecting the Spark jars into $home/jars..." >&2
    rm -rf "$home/jars"
    newstrends_mvn dependency:copy-dependencies -DincludeScope=provided \
      -DoutputDirectory="$home/jars" >&2
    mkdir -p "$home/bin"
    # A minimal bin/spark-submit, so jobs/submit.sh works against this home too.
    cat > "$home/bin/spark-submit" <<'SUBMIT'
#!/usr/bin/env bash
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
opts="$(grep -v '^[[:space:]]*\(#\|$\)' "$home/../../conf/spark/java-options" | tr '\n' ' ')"
# shellcheck disable=SC2086
exec java $opts ${SPARK_SUBMIT_JAVA_OPTS:-} -cp "$home/jars/*" org.apache.spark.deploy.SparkSubmit "$@"
SUBMIT
    chmod +x "$home/bin/spark-submit"
    echo "Spark jars resolved by Maven for newstrends" > "$home/RELEASE"
  fi
  echo "$home"
}

# The application class-data archive (Java's AppCDS) that jobs/run-local.sh records for JAR on its
# first run after a build (docs/performance-log.md, "Sample fixed cost"). Under target/, never
# committed.
newstrends_cds_archive() {
  echo "$NEWSTRENDS_ROOT/target/cds/$(basename "$1" .jar).jsa"
}

# Sets the array named NAME to the lines of TEXT, the options a function here prints one per line
# (so a path with spaces stays one option); no element for an empty TEXT. Call the function into a
# variable first: its exit status is lost inside an argument.
newstrends_options_into() {
  local -n options="$1"
  options=()
  [[ -z "$2" ]] || mapfile -t options <<< "$2"
}

# The JVM options that map the archive of JAR and SPARK_HOME, one per line (the project's path may
# hold spaces), when it is there and newer than both; nothing otherwise (a run then loads every
# class from the jars, as without the archive).
newstrends_cds_options() {
  local archive
  archive="$(newstrends_cds_archive "$1")"
  if [[ -f "$archive" && "$archive" -nt "$1" && "$archive" -nt "$2/RELEASE" ]]; then
    printf '%s\n' "-XX:SharedArchiveFile=$archive" -Xlog:cds=off -Xlog:cds+dynamic=off
  fi
}

# The bytes of the local input files a `newstrends run` with these arguments reads: the --input
# paths when given (relative to the working directory), else the config's `path:` entries (--config,
# else $NEWSTRENDS_CONFIG, else conf/newstrends.yaml), relative to the config file's directory as
# the job resolves them. Globs are expanded, folders summed. Prints nothing when the size is unknown:
# an input that is a URI (s3a://, hdfs://) or matches no local file.
newstrends_input_bytes() {
  local config="${NEWSTRENDS_CONFIG:-$NEWSTRENDS_ROOT/conf/newstrends.yaml}" inputs=() more=() p
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --input) IFS=',' read -r -a more <<< "${2:-}"; inputs+=("${more[@]}"); shift 2 || shift ;;
      --input=*) IFS=',' read -r -a more <<< "${1#--input=}"; inputs+=("${more[@]}"); shift ;;
      --config) config="${2:-}"; shift 2 || shift ;;
      --config=*) config="${1#--config=}"; shift ;;
      *) shift ;;
    esac
  done
  if [[ ${#inputs[@]} -eq 0 ]]; then
    [[ -f "$config" ]] || return 0
    while IFS= read -r p; do
      p="${p%\"}"; p="${p#\"}"; p="${p%\'}"; p="${p#\'}"
      [[ "$p" == /* || "$p" == *:* ]] || p="$(dirname "$config")/$p"
      inputs+=("$p")
    done < <(sed -n 's/^[[:space:]]*-\{0,1\}[[:space:]]*path:[[:space:]]*\([^#]*[^#[:space:]]\).*/\1/p' "$config")
  fi
  [[ ${#inputs[@]} -gt 0 ]] || return 0
  local total=0 matched f
  for p in "${inputs[@]}"; do
    p="${p#file://}"
    p="${p#file:}"
    [[ "$p" != *:* ]] || return 0
    matched=0
    while IFS= read -r f; do
      [[ -e "$f" ]] || continue
      matched=1
      total=$((total + $(du -sbL "$f" | cut -f1)))
    done < <(compgen -G "$p" || true)
    ((matched)) || return 0
  done
  echo "$total"
}

# The options of the tiered JIT with C2 (newstrends_jit_options), one per line: the compiler
# directives that keep warm code out of C2 (a diagnostic flag of HotSpot; the JVM refuses to start
# on a malformed file).
newstrends_c2_options() {
  echo "-XX:+UnlockDiagnosticVMOptions"
  echo "-XX:CompilerDirectivesFile=$NEWSTRENDS_ROOT/conf/spark/jit-directives.json"
}

# The JIT of a run's JVM, one option per line (docs/performance-log.md, "The JIT by input size",
# "C1 for the driver's warm code" and "The JIT's bound moved to 48 MiB"). A run over less than NEWSTRENDS_QUICK_JIT_BYTES of input
# (default 48 MiB) is over before C2's optimised code pays for its compilation: it runs with C1
# alone (-XX:TieredStopAtLevel=1), which takes about a quarter off the bundled sample's wall time,
# and on 2 cores a quarter to a third of the CPU from 17 to 64 MB. Larger inputs, or inputs of
# unknown size, keep the tiered JIT of conf/spark/java-options (C1 alone was a quarter slower at
# 78 MB, where its measure stage falls behind), with the compiler directives of
# conf/spark/jit-directives.json: the driver's warm code (Janino, Catalyst's planning, closure
# serialization) stays in C1, and C2 compiles the hot code only. NEWSTRENDS_JIT=quick or full
# forces one; auto (the default) decides by the size newstrends_input_bytes gives for ARGS.
newstrends_jit_options() {
  local bytes
  case "${NEWSTRENDS_JIT:-auto}" in
    quick) echo "-XX:TieredStopAtLevel=1" ;;
    full) newstrends_c2_options ;;
    auto)
      bytes="$(newstrends_input_bytes "$@")"
      if [[ -n "$bytes" ]] && ((bytes < ${NEWSTRENDS_QUICK_JIT_BYTES:-50331648})); then
        echo "-XX:TieredStopAtLevel=1"
      else
        newstrends_c2_options
      fi
      ;;
    *)
      echo "newstrends: NEWSTRENDS_JIT must be auto, quick or full, not '$NEWSTRENDS_JIT'" >&2
      return 2
      ;;
  esac
}
