#!/usr/bin/env bash
# The whole-job benchmark (docs/performance.md, "The benchmark: jobs/bench.sh"): on the same corpus,
# in one invocation, newstrends' default job, the lean variant (jobs/bench/lean.yaml: no dedup,
# day grain, article-level pairs) and the Spark SQL baseline (org.newstrends.bench.SparkSqlBaseline:
# one regex alternation over the gazetteers' surface forms, counts per day and pairs per day).
#
#   jobs/bench.sh [--sizes sample,100m,1g,10g] [--repeat N] [--only newstrends,lean,baseline]
#                 [--config FILE]... [--xmx 3g] [--master local[2]] [--work DIR] [--data DIR]
#                 [--profile] [--jmh [--jmh-args "ARGS"]] [--flat-regex] [--keep-outputs]
#                 [--forms 10,10000]
#
#   --sizes    sample = data/sample/articles.txt (301 articles); 100m = the Reuters-21578 dump x6
#              (114,258 articles, 104 MB); 1g = x62 (1,180,666 articles, 1.08 GB); 10g = x620.
#              Copy k of the dump is dated k years later for k <= 30 and (k - 30) years earlier
#              after that (every date inside the job's default 1800..next-year window; from the 211th
#              copy the earlier years repeat, one day later per round, so no two copies of an
#              article are exact copies within the file). Default: sample,100m.
#   --repeat   runs per job and size (the table shows the median run by wall time). Default: 3 for
#              sample and 100m, 1 for 1g and 10g.
#   --only     which jobs: newstrends (default config), lean, baseline, extra (the --config runs).
#   --config   also run newstrends with this config (its inputs and output are replaced by the
#              corpus and a scratch directory); repeatable. Alias: --extra-config.
#   --xmx      the JVM heap of every job (default 3g, the issue-8 target for 1 GiB).
#   --master   the Spark master of every job (default local[2]).
#   --work     scratch directory: corpora, outputs, logs (default target/bench-work; corpora are
#              cached there between runs). Results always go to target/bench/.
#   --data     the shared corpora (default ../shared/data).
#   --profile  newstrends runs with Java Flight Recorder: one .jfr per run in target/bench/jfr/,
#              and the top sampled frames printed after each run.
#   --jmh      then run the JMH matcher benchmark (jobs/bench-jmh.sh, with --jmh-args).
#   --forms    also run newstrends with gazetteers of exactly these many surface forms
#              (org.newstrends.bench.FormsGazetteer, built by the Maven profile `bench`: 10 = ten
#              country forms; below the real count, the first N real forms; above it, the real
#              gazetteers plus synthetic organisations), default config otherwise; the report then
#              gives each count's wall time relative to the smallest count's.
#   --flat-regex  the baseline uses the plain alternation instead of the prefix-factored one
#              (same matches, about 20x slower: see SparkSqlBaseline).
#   --keep-outputs  keep each run's output directory (default: deleted after counting its rows).
#   --corpora-only  build (or find) the corpora of --sizes, print their paths and sizes, and stop.
#
# Prints a Markdown table and writes target/bench/results.tsv (one row per job and size, the
# median run) and target/bench/runs.tsv (every run). Each job is a fresh JVM timed from outside
# (JVM and Spark start included), with the same Spark properties as jobs/run-local.sh
# (conf/spark/local.conf) except the master, and newstrends' runs with its class-data archive when
# one was recorded for this jar (docs/performance-log.md, "Sample fixed cost"). Relative paths in
# options are relative to the project directory (the script runs there).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$NEWSTRENDS_ROOT"

sizes="sample,100m"
repeat=""
only="newstrends,lean,baseline,extra"
extra_configs=()
xmx="3g"
master="local[2]"
work="target/bench-work"
data="../shared/data"
profile=0
jmh=0
jmh_args=""
flat_regex=0
keep_outputs=0
corpora_only=0
form_counts=""

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --repeat) repeat="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --config | --extra-config) extra_configs+=("$2"); shift 2 ;;
    --xmx) xmx="$2"; shift 2 ;;
    --master) master="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --data) data="$2"; shift 2 ;;
    --profile) profile=1; shift ;;
    --jmh) jmh=1; shift ;;
    --jmh-args) jmh_args="$2"; shift 2 ;;
    --flat-regex) flat_regex=1; shift ;;
    --keep-outputs) keep_outputs=1; shift ;;
    --corpora-only) corpora_only=1; shift ;;
    --forms) form_counts="$2"; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "bench: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
if [[ -n "$repeat" && ! "$repeat" =~ ^[1-9][0-9]*$ ]]; then
  echo "bench: --repeat takes a positive number, not '$repeat'" >&2
  exit 2
fi
for c in "${extra_configs[@]}"; do
  [[ -f "$c" ]] || { echo "bench: --config $c: no such file" >&2; exit 2; }
done
if [[ -n "$form_counts" && ! "$form_counts" =~ ^[1-9][0-9]*(,[1-9][0-9]*)*$ ]]; then
  echo "bench: --forms takes counts such as 10,10000, not '$form_counts'" >&2
  exit 2
fi
wants() { [[ ",$only," == *",$1,"* ]]; }

results="$NEWSTRENDS_ROOT/target/bench"
mkdir -p "$work" "$results"
work="$(cd "$work" && pwd)"
log() { echo "bench: $*" >&2; }

# ---- corpora ---------------------------------------------------------------------------------
dump="$data/text-dump/reuters21578.txt"

copies_of() {
  case "$1" in
    100m) echo 6 ;;
    1g) echo 62 ;;
    10g) echo 620 ;;
    *) echo 0 ;;
  esac
}

# The corpus file of a size, built when missing (streaming, one awk pass per copy).
corpus() {
  local size="$1" copies file k
  if [[ "$size" == sample ]]; then
    echo "$NEWSTRENDS_ROOT/data/sample/articles.txt"
    return
  fi
  copies="$(copies_of "$size")"
  if [[ "$copies" == 0 ]]; then
    echo "bench: unknown size '$size' (sample, 100m, 1g, 10g)" >&2
    return 2
  fi
  [[ -f "$dump" ]] || { echo "bench: $dump not found (--data DIR)" >&2; return 2; }
  # -v2: the dating of copies 31 and up changed (they used to run past next year and so became
  # impossible_date rejects). -v3: copies 211 and up, which repeated earlier copies' dates and so
  # were exact copies within the file, are also moved by 1, 2 or 3 days (copies 0-210, and so the
  # sample-to-1g corpora, are byte for byte those of -v2). An older corpus file is not reused.
  file="$work/corpora/reuters-x$copies-v3.txt"
  if [[ -f "$file" && "$file" -nt "$dump" ]]; then
    echo "$file"
    return
  fi
  mkdir -p "$work/corpora"
  log "building $file ($copies copies of $dump, copy k dated k years later, or earlier from k = 31)..."
  : > "$file.tmp"
  local years days
  for ((k = 0; k < copies; k++)); do
    # Later years up to 2017 (the dump is 1987), then earlier ones back to 1807; from copy 211 on
    # the years repeat, a day later for each round, so no two copies of an article share a date
    # (the dump's dates run from February to October: no day moves past a year's end).
    years=$((k <= 30 ? k : -((k - 31) % 180 + 1)))
    days=$((k <= 30 ? 0 : (k - 31) / 180))
    LC_ALL=C awk -v k="$years" -v d="$days" '
      function month_days(y, m) {
        if (m == 2) return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        return m == 4 || m == 6 || m == 9 || m == 11 ? 30 : 31
      }
      substr($0, 1, 6) == " date " && substr($0, 7, 4) ~ /^[0-9][0-9][0-9][0-9]$/ {
        y = substr($0, 7, 4) + k
        rest = substr($0, 11)
        if (d > 0 && rest ~ /^-[0-9][0-9]-[0-9][0-9]/) {
          m = substr(rest, 2, 2) + 0
          day = substr(rest, 5, 2) + d
          while (day > month_days(y, m)) { day -= month_days(y, m); m++ }
          $0 = sprintf(" date %04d-%02d-%02d%s", y, m, day, substr(rest, 7))
        } else {
          $0 = " date " y rest
        }
      }
      { print }' "$dump" >> "$file.tmp"
  done
  mv "$file.tmp" "$file"
  echo "$file"
}

if ((corpora_only)); then
  IFS=',' read -r -a size_list <<< "$sizes"
  for size in "${size_list[@]}"; do
    f="$(corpus "$size")"
    echo "$size	$f	$(wc -c < "$f" | tr -d ' ') bytes	$(grep -c '^ date ' "$f") records"
  done
  exit 0
fi

# ---- build -----------------------------------------------------------------------------------
jar="$(newstrends_jar)"
spark_home="$(newstrends_spark_home)"
bench_classes="$NEWSTRENDS_ROOT/target/test-classes"
if [[ ! -f "$bench_classes/org/newstrends/bench/SparkSqlBaseline.class" ]] ||
  [[ -n "$(find src/test/java/org/newstrends/bench "$jar" -newer "$bench_classes/org/newstrends/bench/SparkSqlBaseline.class" -print -quit)" ]]; then
  log "compiling the benchmark sources (mvn test-compile)..."
  newstrends_mvn test-compile >&2
fi
tool_cp="$bench_classes:$jar:$spark_home/jars/*"

# --forms: one config per surface-form count, with its gazetteer, under $work/forms/N/.
if [[ -n "$form_counts" ]]; then
  log "writing gazetteers of $form_counts surface forms (mvn -Pbench test-compile)..."
  newstrends_mvn -Pbench -Dspotless.check.skip=true test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench/classpath.txt >&2
  while read -r c; do extra_configs+=("$c"); done < <(
    java -cp "target/bench/test-classes:target/bench/classes:$(cat target/bench/classpath.txt)" \
      org.newstrends.bench.FormsGazetteer "$work/forms" ${form_counts//,/ })
  [[ ",$only," == *",extra,"* ]] || only="$only,extra"
fi

# Spark properties as jobs/run-local.sh passes them, with the benchmark's master.
spark_props=("-Dspark.master=$master")
while read -r key value; do
  [[ -z "$key" || "$key" == \#* || "$key" == spark.master ]] && continue
  spark_props+=("-D$key=$value")
done < conf/spark/local.conf
read -r -a java_opts <<< "$(newstrends_java_options)"
# newstrends' runs map the class-data archive jobs/run-local.sh records, as run-local.sh does, when
# it is there for this jar (run jobs/run-local.sh once after a build to record it).
cds_options="$(newstrends_cds_options "$jar" "$spark_home")"
newstrends_options_into cds "$cds_options"
java_opts+=("-Xmx$xmx" "-Dlog4j2.configurationFile=$NEWSTRENDS_ROOT/conf/log4j2.properties")

# The surface forms of the default config's gazetteers, for the baseline.
forms="$work/surface-forms.tsv"
gazetteers=()
while read -r g; do gazetteers+=("conf/$g"); done < <(
  sed -n '/^annotate:/,/^[a-z]/p' conf/newstrends.yaml | sed -n 's/^ *- *\(gazetteers\/[^ #]*\).*/\1/p')
if wants baseline; then
  java -cp "$tool_cp" org.newstrends.bench.SurfaceForms "$forms" "${gazetteers[@]}" >&2
fi

# ---- timing ----------------------------------------------------------------------------------
gnu_time=""
if [[ -z "${NEWSTRENDS_BENCH_NO_GNU_TIME:-}" && -x /usr/bin/time ]] && /usr/bin/time --version 2>&1 | grep -q GNU; then
  gnu_time=/usr/bin/time
else
  log "GNU time not found (Debian/Ubuntu: apt-get install time): wall and CPU from bash, peak RSS by polling /proc"
fi

# timed LOG TIMES cmd...: runs cmd with stdout+stderr to LOG; writes "wall user sys rss_kb" to TIMES.
timed() {
  local logf="$1" timesf="$2"
  shift 2
  if [[ -n "$gnu_time" ]]; then
    local rc=0
    "$gnu_time" -f '%e %U %S %M' -o "$timesf" "$@" > "$logf" 2>&1 || rc=$?
    # GNU time writes "Command exited with non-zero status N" first when the command fails.
    tail -n 1 "$timesf" > "$timesf.1" && mv "$timesf.1" "$timesf"
    return "$rc"
  fi
  (
    local start end pid hwm=0 line rc fd
    start=$(date +%s%N)
    "$@" > "$logf" 2>&1 &
    pid=$!
    exec {fd}<> <(:)
    while kill -0 "$pid" 2>/dev/null; do
      if [[ -r /proc/$pid/status ]]; then
        while read -r line; do
          [[ "$line" == VmHWM:* ]] && { line="${line//[^0-9]/}"; ((line > hwm)) && hwm=$line; }
        done < "/proc/$pid/status" 2>/dev/null || true
      fi
      read -r -t 0.1 -u "$fd" _ || true
    done
    wait "$pid" && rc=0 || rc=$?
    end=$(date +%s%N)
    # `times`, second line: user and system time of this subshell's reaped children (the job);
    # into a file, not a pipe: a pipeline would run it in a fresh process with no children.
    times > "$timesf.cpu"
    tail -n 1 "$timesf.cpu" | awk -v wall="$(((end - start) / 1000000))" -v rss="${hwm:-0}" '{
      split($1, u, /[ms]/); split($2, s, /[ms]/)
      printf "%.2f %.2f %.2f %s\n", wall / 1000, u[1] * 60 + u[2], s[1] * 60 + s[2], (rss > 0 ? rss : "-") }' > "$timesf"
    rm -f "$timesf.cpu"
    exit "$rc"
  )
}

# ---- jobs ------------------------------------------------------------------------------------
# job_cmd JOB CORPUS OUT [CONFIG]: the command line of one run.
job_cmd() {
  local job="$1" input="$2" out="$3" config="${4:-}"
  case "$job" in
    baseline)
      local flat=()
      ((flat_regex)) && flat=(--flat-regex)
      cmd=(java "${java_opts[@]}" "${jit[@]}" "${spark_props[@]}" -cp "$tool_cp"
        org.newstrends.bench.SparkSqlBaseline "$input" "$forms" "$out" "${flat[@]}")
      ;;
    *)
      local jfr=()
      if ((profile)); then
        jfr=("-XX:StartFlightRecording=filename=$jfr_file,settings=profile,dumponexit=true")
      fi
      cmd=(java "${java_opts[@]}" "${jit[@]}" "${cds[@]}" "${jfr[@]}" "${spark_props[@]}" -cp "$jar:$spark_home/jars/*"
        "$NEWSTRENDS_MAIN_CLASS" run --config "$config" --input "$input" --format text-dump
        --output "$out")
      ;;
  esac
}

# Top frames of a JFR recording: `jfr view hot-methods` (JDK 21+); on older JDKs the top frame of
# every jdk.ExecutionSample event of `jfr print`, counted, and the innermost newstrends frame of each.
hot_methods() {
  local f="$1"
  if jfr help view 2>&1 | grep -q hot-methods; then
    jfr view hot-methods "$f"
    return
  fi
  jfr print --stack-depth 64 --events jdk.ExecutionSample "$f" | awk '
    function frame(s) { sub(/^[ \t]+/, "", s); sub(/[ \t]+line:.*/, "", s); return s }
    /stackTrace = \[/ { depth = 1; own = ""; next }
    depth > 0 && /^[ \t]*\]/ { if (own != "") mine[own]++; depth = 0; next }
    depth > 0 {
      m = frame($0)
      if (depth == 1) { top[m]++; total++ }
      if (own == "" && m ~ /^org\.newstrends\./) own = m
      depth++
    }
    END {
      printf "top frames of %d execution samples:\n", total
      for (m in top) printf "T %7d %5.1f%%  %s\n", top[m], 100 * top[m] / total, m
      for (m in mine) printf "N %7d %5.1f%%  %s\n", mine[m], 100 * mine[m] / total, m
    }' | {
    IFS= read -r head
    echo "$head"
    lines="$(cat)"
    grep '^T' <<< "$lines" | sort -k2,2nr | head -n 20 | cut -c3-
    echo "innermost org.newstrends frame of each sample (samples with one):"
    grep '^N' <<< "$lines" | sort -k2,2nr | head -n 15 | cut -c3-
  }
}

median_index() { # wall values on stdin, one per line -> 0-based index of the median run (lower)
  awk '{ w[NR - 1] = $1 } END {
    n = NR; for (i = 0; i < n; i++) idx[i] = i
    for (i = 0; i < n; i++) for (j = i + 1; j < n; j++) if (w[idx[j]] < w[idx[i]]) { t = idx[i]; idx[i] = idx[j]; idx[j] = t }
    print idx[int((n - 1) / 2)] }'
}

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
runs_tsv="$results/runs.tsv"
results_tsv="$results/results.tsv"
header="size\tjob\tconfig\trun\tinput_bytes\twall_s\tcpu_s\tmb_per_s\tpeak_rss_mb\txmx\tmaster\tstatus\trows"
[[ -f "$runs_tsv" ]] || printf "stamp\t$header\n" > "$runs_tsv"
printf "$header\truns\twall_min_s\twall_max_s\tvs_baseline\tvs_baseline_cpu\n" > "$results_tsv"
jfr_file=""

IFS=',' read -r -a size_list <<< "$sizes"
jobs_list=()
wants newstrends && jobs_list+=("newstrends|conf/newstrends.yaml")
wants lean && jobs_list+=("lean|jobs/bench/lean.yaml")
if wants extra; then
  for c in "${extra_configs[@]}"; do jobs_list+=("extra|$c"); done
fi
wants baseline && jobs_list+=("baseline|-")
((${#jobs_list[@]} > 0)) || { echo "bench: --only $only selects no job" >&2; exit 2; }

summary_rows=()
jits=()
jit=()
for size in "${size_list[@]}"; do
  input="$(corpus "$size")"
  bytes="$(wc -c < "$input" | tr -d ' ')"
  # The JIT jobs/run-local.sh would choose for this corpus (C1 alone below 48 MiB, else the tiered
  # JIT with conf/spark/jit-directives.json), the same for every job of the size, the baseline's
  # included.
  jit_options="$(newstrends_jit_options --input "$input")"
  newstrends_options_into jit "$jit_options"
  case "$jit_options" in
    *TieredStopAtLevel=1*) jits+=("$size: C1 alone") ;;
    *CompilerDirectivesFile*) jits+=("$size: tiered, conf/spark/jit-directives.json") ;;
    *) jits+=("$size: ${jit[*]}") ;;
  esac
  n="${repeat:-}"
  [[ -n "$n" ]] || { [[ "$size" == sample || "$size" == 100m ]] && n=3 || n=1; }
  # Runs interleave (all jobs once, then again), so a change in machine load hits every job.
  declare -A walls=() lines=()
  for ((r = 1; r <= n; r++)); do
    for j in "${!jobs_list[@]}"; do
      job="${jobs_list[$j]%%|*}"
      config="${jobs_list[$j]#*|}"
      out="$work/out/$size-$job-$j-$r"
      rm -rf "$out"
      mkdir -p "$work/logs" "$results/jfr"
      logf="$work/logs/$stamp-$size-$job-$j-$r.log"
      jfr_file="$results/jfr/$stamp-$size-$job-$j-$r.jfr"
      job_cmd "$job" "$input" "$out" "$config"
      log "$size: $job ($config) run $r/$n..."
      status=ok
      timed "$logf" "$work/times" "${cmd[@]}" || status=failed
      read -r wall user sys rss < "$work/times" || true
      [[ "$status" == ok ]] || log "  FAILED: see $logf"
      cpu="$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')"
      mbs="$(awk -v b="$bytes" -v w="$wall" 'BEGIN { r = b / 1e6 / w; printf(r < 1 ? "%.3f" : "%.2f", r) }')"
      rss_mb="$([[ "$rss" == - ]] && echo - || awk -v k="$rss" 'BEGIN { printf "%.0f", k / 1024 }')"
      rows="-"
      if [[ "$status" == ok ]]; then
        rows="$(java -cp "$tool_cp" org.newstrends.bench.ParquetRows "$out" 2> /dev/null |
          awk -F'\t' '{ printf "%s%s=%s", (NR > 1 ? ";" : ""), $1, $2 }')"
      fi
      ((keep_outputs)) || rm -rf "$out"
      log "  wall $wall s, CPU $cpu s, $mbs MB/s, peak RSS $rss_mb MB, rows $rows"
      if ((profile)) && [[ "$job" != baseline && -f "$jfr_file" ]]; then
        hot_methods "$jfr_file" >&2 || true
      fi
      line="$size\t$job\t$config\t$r\t$bytes\t$wall\t$cpu\t$mbs\t$rss_mb\t$xmx\t$master\t$status\t$rows"
      printf "$stamp\t$line\n" >> "$runs_tsv"
      lines[$j]+="$line"$'\n'
      walls[$j]+="$([[ "$status" == ok ]] && echo "$wall" || echo 1e99)"$'\n'
    done
  done
  # The median run of each job (by wall time; a failed run counts as the slowest).
  size_rows=()
  base=""
  base_cpu=""
  for j in "${!jobs_list[@]}"; do
    m="$(printf '%s' "${walls[$j]}" | median_index)"
    wmin="$(printf '%s' "${walls[$j]}" | sort -g | head -n 1)"
    wmax="$(printf '%s' "${walls[$j]}" | sort -g | tail -n 1)"
    size_rows+=("$(printf '%s' "${lines[$j]}" | sed -n "$((m + 1))p")\t$n\t$wmin\t$wmax")
    if [[ "${jobs_list[$j]}" == "baseline|-" ]]; then
      base="$(printf '%s' "${walls[$j]}" | sed -n "$((m + 1))p")"
      base_cpu="$(printf "$(printf '%s' "${lines[$j]}" | sed -n "$((m + 1))p")" | cut -f7)"
    fi
  done
  for row in "${size_rows[@]}"; do
    wall="$(printf "$row" | cut -f6)"
    ok="$(printf "$row" | cut -f12)"
    cpu="$(printf "$row" | cut -f7)"
    ratio="-\t-"
    if [[ -n "$base" && "$base" != 1e99 && "$ok" == ok ]]; then
      ratio="$(awk -v b="$base" -v w="$wall" -v bc="$base_cpu" -v c="$cpu" 'BEGIN { printf "%.2f\t%s", b / w, (c > 0 ? sprintf("%.2f", bc / c) : "-") }')"
    fi
    printf "$row\t$ratio\n" >> "$results_tsv"
    summary_rows+=("$row\t$ratio")
  done
  unset walls lines
done

# ---- report ----------------------------------------------------------------------------------
echo
echo "jobs/bench.sh $stamp: $(nproc 2> /dev/null || echo ?) cores, Java $(java -version 2>&1 | head -n 1 | sed 's/.*"\(.*\)".*/\1/'), -Xmx$xmx, $master, class-data archive $([[ ${#cds[@]} -gt 0 ]] && echo yes || echo no), JIT ($(IFS=';'; echo "${jits[*]}")), load average $(cut -d' ' -f1-3 /proc/loadavg 2> /dev/null || echo ?)"
echo
# awk: the surface-form count of a --forms config's path, "" for any other config.
awk_forms='function forms(c) {
  if (c !~ /\/forms\/[0-9]+\/newstrends\.yaml$/) return ""
  sub(/\/newstrends\.yaml$/, "", c); sub(/.*\//, "", c); return c }'
echo "| size | job | runs | wall s (median; min–max) | CPU s | MB/s | peak RSS MB | × baseline (wall; CPU) | rows written |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---|"
for row in "${summary_rows[@]}"; do
  printf "$row\n" | awk -F'\t' "$awk_forms"'{
    job = $2; if ($2 == "extra") job = "newstrends, " $3
    if ($2 == "extra" && forms($3) != "") job = "newstrends, gazetteers of " forms($3) " surface forms (--forms)"
    if ($2 == "newstrends") job = "newstrends, default config"
    if ($2 == "lean") job = "newstrends, lean (no dedup, day grain, article pairs)"
    if ($2 == "baseline") job = "Spark SQL baseline"
    wall = $12 == "ok" ? $6 : "failed"
    lo = $15 == "1e99" ? "failed" : $15; hi = $16 == "1e99" ? "failed" : $16
    range = $14 > 1 && $12 == "ok" ? sprintf(" (%s–%s)", lo, hi) : ""
    gsub(/;/, ", ", $13)
    ratio = $17 == "-" ? "-" : $17 "; " $18
    printf "| %s | %s | %s | %s%s | %s | %s | %s | %s | %s |\n", $1, job, $14, wall, range, $7, $8, $9, ratio, $13 }'
done
echo
echo "results: $results_tsv (medians), $runs_tsv (every run); logs: $work/logs"

if [[ -n "$form_counts" ]]; then
  echo
  echo "Surface forms (--forms): median wall time relative to the smallest count, per size"
  awk -F'\t' "$awk_forms"'$12 == "ok" && (n = forms($3)) != "" {
      k = $1 SUBSEP n; wall[k] = $6; sizes[$1] = 1; counts[n + 0] = 1
      if (!($1 in low) || n + 0 < low[$1]) low[$1] = n + 0
    }
    END {
      for (s in sizes) for (n in counts) if ((s SUBSEP n) in wall)
        printf "  %s: %s forms %.2f s = %.2fx %s forms\n", s, n, wall[s SUBSEP n], wall[s SUBSEP n] / wall[s SUBSEP low[s]], low[s]
    }' "$results_tsv" | sort -t: -k1,1 -k2n
fi

if ((jmh)); then
  echo
  echo "JMH matcher benchmark (jobs/bench-jmh.sh $jmh_args):"
  # shellcheck disable=SC2086
  jobs/bench-jmh.sh $jmh_args
fi
