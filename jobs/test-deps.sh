#!/usr/bin/env bash
# Installs what the test suite needs beyond Java and Maven, once; .ci/run calls it.
#   - Debian's chromium and chromium-driver: the report's browser test (ReportBrowserTest).
# Idempotent: does nothing when everything is present.
set -euo pipefail

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  echo "test-deps: installing chromium and chromium-driver (apt-get)..." >&2
  sudo_cmd=()
  if [[ "$(id -u)" != 0 ]]; then
    sudo_cmd=(sudo)
  fi
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends \
    chromium chromium-driver >/dev/null
fi
