#!/usr/bin/env bash
# Scores the annotate stage's matcher against CoNLL-2003 gold (docs/accuracy.md).
#   jobs/score-conll.sh [-v] [CONLL_FILE]    (default: ../shared/data/ner/conll2003/eng.testa)
# -v lists every false positive and miss. Needs `mvn -q compile` first; no Spark is started.
set -euo pipefail
cd "$(dirname "$0")/.."
verbose=()
if [[ "${1:-}" == "-v" ]]; then verbose=(-v); shift; fi
conll="${1:-../shared/data/ner/conll2003/eng.testa}"
[[ -f target/classpath.txt ]] || mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
g=conf/gazetteers
exec java -cp "target/classes:$(cat target/classpath.txt)" org.newstrends.eval.ConllScorer "${verbose[@]}" \
  --heads src/test/resources/leaders/reference-heads.tsv "$conll" \
  "$g/countries.yaml" "$g/leaders.yaml" "$g/places.yaml" "$g/organisations.yaml" "$g/terms.yaml" "$g/roles.yaml"
