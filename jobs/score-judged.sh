#!/usr/bin/env bash
# Scores the matcher on the hand-judged test split (docs/accuracy.md, src/test/resources/eval).
#   jobs/score-judged.sh [-v]     (-v lists every error, every unjudged new span and every dropped judgement)
# Needs `mvn -q compile` first; no Spark is started.
set -euo pipefail
cd "$(dirname "$0")/.."
verbose=()
if [[ "${1:-}" == "-v" ]]; then verbose=(-v); shift; fi
[[ -f target/classpath.txt ]] || mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
g=conf/gazetteers
e=src/test/resources/eval
exec java -cp "target/classes:$(cat target/classpath.txt)" org.newstrends.eval.JudgedSetScorer "${verbose[@]}" \
  "$e/items-test.jsonl" "$e/precision-test.tsv" "$e/recall-test.tsv" \
  "$g/countries.yaml" "$g/leaders.yaml" "$g/places.yaml" "$g/organisations.yaml" "$g/terms.yaml" "$g/roles.yaml"
