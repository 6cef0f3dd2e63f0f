#!/usr/bin/env bash
# JMH benchmark of the matcher alone (src/bench/java, Maven profile `bench`, built into
# target/bench): MatcherJmh = bare trie scan and full MentionFinder with 10, 1,000, 10,000 and
# 100,000 surface forms (synthetic organisations added to the real ones above 4,588);
# MatcherJmhRegexBaseline = one java.util.regex alternation with 10 and 1,000 forms.
#   jobs/bench-jmh.sh [JMH options]    e.g. -p forms=10,10000 -f 1 -wi 1 -i 2, or MatcherJmh.trieScan
# One op = 200,000 chars of ../shared/data/text-dump/reuters21578.txt: MB/s = ops/s x 0.2.
# Other text: JAVA_OPTS=-Dnewstrends.benchText=FILE. Runs from a fresh clone (Maven fetches JMH
# 1.37 on first use). See docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
text="../shared/data/text-dump/reuters21578.txt"
if [[ " ${JAVA_OPTS:-} " != *newstrends.benchText* && ! -f "$text" ]]; then
  echo "bench-jmh: $text not found (see ../shared/data/README.md)" >&2
  exit 2
fi
# -Dspotless.check.skip: the formatting check is the default build's job, not the benchmark's
mvn -B -q -Pbench -Dspotless.check.skip=true test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench/classpath.txt
args=("$@")
if [[ ${#args[@]} -eq 0 || "${args[0]}" == -* ]]; then
  args=("org.newstrends.bench.MatcherJmh" "${args[@]}")
fi
# jvmArgsAppend: the forked benchmark JVM inherits JAVA_OPTS (e.g. -Dnewstrends.benchText=...)
exec java ${JAVA_OPTS:-} -cp "target/bench/test-classes:target/bench/classes:$(cat target/bench/classpath.txt)" \
  org.openjdk.jmh.Main "${args[@]}" ${JAVA_OPTS:+-jvmArgsAppend "$JAVA_OPTS"}
