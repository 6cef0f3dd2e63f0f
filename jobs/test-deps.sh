#!/usr/bin/env bash
# Installs what the test suite needs beyond Java and Maven, once; .ci/run calls it.
#   - Debian's chromium and chromium-driver: the report's browser test (ReportBrowserTest);
#   - a Python venv (.venv) for the notebooks (NotebooksTest) and the Parquet readers (BiContractTest).
# Idempotent: does nothing when everything is present.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

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

# A Python virtual environment, .venv, for the notebooks' headless run (NotebooksTest) and the
# Parquet readers BiContractTest compares (pyarrow, pandas, Polars, fastparquet): pinned in
# notebooks/requirements.txt and src/test/python/requirements.txt, from the machine's configured
# pip index.
venv="${NEWSTRENDS_VENV:-.venv}"
requirements=(notebooks/requirements.txt src/test/python/requirements.txt)
stamp="$venv/.requirements.sha256"
wanted="$(cat "${requirements[@]}" | sha256sum | cut -d' ' -f1)"
if [[ ! -x "$venv/bin/python" || "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]]; then
  echo "test-deps: creating $venv (pip install -r ${requirements[*]})..." >&2
  python3 -m venv "$venv"
  for r in "${requirements[@]}"; do
    # Few retries: an index that cannot be reached (no internet) fails fast, the next one serves.
    "$venv/bin/pip" install -q --disable-pip-version-check --retries "${PIP_RETRIES:-0}" -r "$r"
  done
  echo "$wanted" > "$stamp"
fi
