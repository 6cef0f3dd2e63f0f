#!/usr/bin/env bash
# Times the matcher alone (docs/performance.md): full MentionFinder, bare trie scan with all vs 10
# surface forms, and one big java.util.regex alternation as the baseline.
#   jobs/bench-matcher.sh [TEXT_FILE]    (default: ../shared/data/text-dump/reuters21578.txt)
# Needs `mvn -q test-compile` first. One thread, no Spark.
set -euo pipefail
cd "$(dirname "$0")/.."
text="${1:-../shared/data/text-dump/reuters21578.txt}"
[[ -f target/classpath.txt ]] || mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
g=conf/gazetteers
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" org.newstrends.bench.MatcherBench "$text" \
  "$g/countries.yaml" "$g/leaders.yaml" "$g/places.yaml" "$g/organisations.yaml" "$g/terms.yaml" "$g/roles.yaml"
