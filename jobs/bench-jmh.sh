#!/usr/bin/env bash
# JMH benchmark of the matcher (src/bench/java, Maven profile `bench`): trie scan, full
# MentionFinder and a one-regex baseline, with 10 and all surface forms. Extra arguments go to JMH
# (e.g. `-f 1 -wi 1 -i 2`). One op = 200,000 chars: MB/s = ops/s x 0.2. See docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbench test-compile dependency:build-classpath -Dmdep.outputFile=target/bench/classpath.txt
exec java -cp "target/bench/test-classes:target/bench/classes:$(cat target/bench/classpath.txt)" org.openjdk.jmh.Main MatcherJmh "$@"
