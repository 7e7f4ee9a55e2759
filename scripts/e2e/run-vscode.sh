#!/usr/bin/env bash
# Runs the extension-host test suite (test/e2e/suite) in a real VS Code: code-server 4.100.3
# driven by headless chromium. Builds nothing: run `npm run build` (the extension) and
# `node scripts/e2e/build-suite.js` (the suite) first, and scripts/e2e/setup.sh once.
#
# usage: scripts/e2e/run-vscode.sh
# env:   E2E_EXTENSION_PATH  extension under test      (default: the repository root)
#        E2E_TESTS_PATH      suite entry (exports run)  (default: test/e2e/out/index.js)
#        E2E_WORKSPACE_SRC   folder copied as the workspace (default: test/e2e/workspace)
#        ITU_E2E_TIMEOUT     seconds for the whole suite (default 300); ITU_E2E_GREP: mocha grep
#        E2E_KEEP=1          keep the temp dir (code-server.log, the workspace copy)
# The last line printed is "N passed, N failed"; the exit code is the suite's.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/scripts/e2e/code-server.sh"

EXT=${E2E_EXTENSION_PATH:-$ROOT}
TESTS=${E2E_TESTS_PATH:-$ROOT/test/e2e/out/index.js}
fail_setup() { echo "$*" >&2; echo "0 passed, 1 failed"; exit 1; }
[ -f "$EXT/package.json" ] || fail_setup "no extension at $EXT"
main=$(node -p "require('$EXT/package.json').main || ''")
[ -z "$main" ] || [ -f "$EXT/$main" ] || [ -f "$EXT/$main.js" ] || fail_setup "$EXT/$main is missing: run npm run build"
[ -f "$TESTS" ] || fail_setup "$TESTS is missing: run node scripts/e2e/build-suite.js"

cs_start || fail_setup "code-server did not start"
set +e
E2E_CS_LOG="$E2E_TMP/code-server.log" timeout --kill-after=10 $(( ${ITU_E2E_TIMEOUT:-300} + 60 )) \
  node "$ROOT/test/e2e/run-in-code-server.js" "$E2E_PORT" "$E2E_WS" "$EXT" "$TESTS" 2>&1 | tee "$E2E_TMP/suite.log"
rc=${PIPESTATUS[0]}
set -e
# run-in-code-server.js prints the count line itself; only if it died without one, add it.
tail -n 1 "$E2E_TMP/suite.log" | grep -qE '^[0-9]+ passed, [0-9]+ failed' || { [ "$rc" -ne 0 ] || rc=1; echo "0 passed, 1 failed"; }
exit "$rc"
