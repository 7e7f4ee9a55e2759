#!/usr/bin/env bash
# The real-editor suites, for CI: VS Code (code-server: extension host, preview UI, French UI) and Neovim, with one closing line that
# adds up their counts ("N passed, N failed"). Needs scripts/e2e/setup.sh and `npm run build`;
# bundles the extension-host suite itself (scripts/e2e/build-suite.js).
# usage: scripts/e2e/run-all.sh         exit code: non-zero if either suite failed
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TMP=$(mktemp -d "${TMPDIR:-/tmp}/itu-e2e-all.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
passed=0 failed=0 rc=0

suite() { # name, command...
  local name=$1; shift
  echo "=== e2e: $name"
  "$@" 2>&1 | tee "$TMP/$name.log"
  local r=${PIPESTATUS[0]}
  local line
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$TMP/$name.log" | tail -n 1)
  if [ -z "$line" ]; then line="0 passed, 1 failed"; [ "$r" -ne 0 ] || r=1; fi
  passed=$(( passed + $(echo "$line" | sed -E 's/^([0-9]+) passed.*/\1/') ))
  failed=$(( failed + $(echo "$line" | sed -E 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/') ))
  [ "$r" -eq 0 ] || rc=1
}

node "$ROOT/scripts/e2e/build-suite.js" || rc=1
suite vscode bash "$ROOT/scripts/e2e/run-vscode.sh"
suite nvim bash "$ROOT/scripts/e2e/run-nvim.sh"
suite ui bash "$ROOT/scripts/e2e/run-ui.sh"
suite locale timeout --kill-after=10 "${ITU_E2E_UI_TIMEOUT:-180}" node "$ROOT/test/e2e/ui-locale.js"
echo "$passed passed, $failed failed"
exit $rc
