#!/usr/bin/env bash
# Scores the matcher on the hand-judged test split (docs/accuracy.md, src/test/resources/eval).
#   jobs/score-judged.sh [-v] [--dev]   (-v lists every error, every unjudged new span and every dropped
#   judgement; --dev scores the dev split instead, the one to develop rules on)
# On the test split, term precision and the speaker figures are printed twice: on the original
# sample and on the combined one with stop 29's extension (docs/accuracy-rounds.md, "Stop 29"), each with n and CI.
# Needs `mvn -q compile` first; no Spark is started.
set -euo pipefail
cd "$(dirname "$0")/.."
verbose=()
split=test
while [[ $# -gt 0 ]]; do
  case "$1" in
    -v) verbose=(-v) ;;
    --dev) split=dev ;;
    *) echo "usage: $0 [-v] [--dev]" >&2; exit 2 ;;
  esac
  shift
done
[[ -f target/classpath.txt ]] || mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
g=conf/gazetteers
e=src/test/resources/eval
exec java -cp "target/classes:$(cat target/classpath.txt)" org.newstrends.eval.JudgedSetScorer "${verbose[@]}" \
  "$e/items-$split.jsonl" "$e/precision-$split.tsv" "$e/recall-$split.tsv" \
  "$g/countries.yaml" "$g/leaders.yaml" "$g/places.yaml" "$g/organisations.yaml" "$g/terms.yaml" "$g/roles.yaml"
