#!/usr/bin/env bash
# The matcher of another revision and of this working tree side by side in one JVM
# (org.newstrends.bench.MatcherAB, test sources; docs/performance.md): each build in its own class
# loader, the same text and gazetteer files, one pass of each in turn, medians compared. On a busy
# or drifting host this compares where separate benchmark runs minutes apart do not.
#   jobs/bench-matcher-ab.sh BASE_REV [bare|full] [PASSES] [TEXT_FILE]
#   e.g. jobs/bench-matcher-ab.sh main bare 100
# Defaults: full, 30 passes (bare: 100 is quick), ../shared/data/text-dump/reuters21578.txt.
# BASE_REV is built in a temporary git worktree under target/bench-ab (removed afterwards). The
# gazetteer files are BASE_REV's (conf/gazetteers), which both builds can read; each build uses
# the annotate word lists it was built with. One thread, no Spark.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
if [[ $# -lt 1 || "$1" == -h || "$1" == --help ]]; then
  sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
base="$1"
kind="${2:-full}"
passes="${3:-$([[ "$kind" == bare ]] && echo 100 || echo 30)}"
text="${4:-../shared/data/text-dump/reuters21578.txt}"
[[ -f "$text" ]] || { echo "bench-matcher-ab: $text not found (see ../shared/data/README.md)" >&2; exit 2; }
sha="$(git rev-parse --verify "$base^{commit}")"

work="$root/target/bench-ab"
tree="$work/base-$sha"
mkdir -p "$work"
cleanup() { git worktree remove --force "$tree" >/dev/null 2>&1 || true; }
trap cleanup EXIT
if [[ ! -d "$tree" ]]; then
  git worktree add --detach -q "$tree" "$sha"
fi
echo "building $base ($sha) in $tree" >&2
(cd "$tree" && mvn -B -q -Dspotless.check.skip=true compile)
echo "building the working tree" >&2
mvn -B -q -Dspotless.check.skip=true test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt
# The base's classes copied out of its worktree, so the worktree can go before the run.
rm -rf "$work/base-classes"
cp -r "$tree/target/classes" "$work/base-classes"
mkdir -p "$work/gazetteers"
cp "$tree"/conf/gazetteers/*.yaml "$work/gazetteers/"
cleanup

echo "A/B ($kind, $passes passes): $base = $work/base-classes, this tree = target/classes" >&2
exec java -Xmx3g -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" \
  org.newstrends.bench.MatcherAB "$text" "$kind" "$passes" "$work/gazetteers" \
  "$(cat target/classpath.txt)" "$work/base-classes" "$root/target/classes"
