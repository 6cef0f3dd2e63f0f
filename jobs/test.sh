#!/usr/bin/env bash
# The whole test suite, as CI runs it (.ci/run calls exactly this): installs the prerequisites
# the suite needs beyond Java and Maven (jobs/test-deps.sh, idempotent), then `mvn -B verify`.
# Extra arguments go to Maven, e.g. jobs/test.sh -Dtest=ReportBrowserTest.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
jobs/test-deps.sh
# Tests that need the browser or the Python readers fail instead of skipping when they are missing.
export CI="${CI:-true}"
exec mvn -B verify "$@"
