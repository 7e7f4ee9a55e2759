#!/usr/bin/env bash
# UI-level check of the tracked-change preview (test/e2e/ui-preview.js): code-server + headless
# chromium open the AFCP/42A25 contribution and read the rendered decorations (underline,
# line-through, dimmed delimiters, diff backgrounds, CodeLens, status bar, mode switching).
# Needs `npm run build` and scripts/e2e/setup.sh. The ITU example texts are copied at run time
# into a temp workspace (scripts/e2e/prepare-workspace.js) from $ITU_E2E_EXAMPLES, default
# ../shared/examples next to the repository.
#
# usage: scripts/e2e/run-ui.sh        env: E2E_EXTENSION_PATH (default: the repository root),
#        ITU_E2E_UI_TIMEOUT (seconds for the whole check, default 180), ITU_E2E_UI_SHOT (a PNG
#        of the page at the end), E2E_KEEP=1 (keep the temp dir with code-server.log)
# The last line printed is "N passed, N failed"; exit code 0 only if all passed.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/scripts/e2e/code-server.sh"

EXT=${E2E_EXTENSION_PATH:-$ROOT}
fail_setup() { echo "$*" >&2; echo "0 passed, 1 failed"; exit 1; }
[ -f "$EXT/package.json" ] || fail_setup "no extension at $EXT"
main=$(node -p "require('$EXT/package.json').main || ''")
[ -z "$main" ] || [ -f "$EXT/$main" ] || [ -f "$EXT/$main.js" ] || fail_setup "$EXT/$main is missing: run npm run build"

# The extension appears installed (as a user has it), not as a development extension.
export E2E_INSTALL_EXTENSION=$EXT
cs_prepare                      # E2E_TMP, E2E_WS = a copy of test/e2e/workspace
trap cs_stop EXIT
node "$ROOT/scripts/e2e/prepare-workspace.js" "$E2E_WS" > /dev/null || fail_setup "could not add the ITU example texts to the workspace"
cs_start || fail_setup "code-server did not start"

set +e
args=(--port "$E2E_PORT" --folder "$E2E_WS" --installed)
[ -z "${ITU_E2E_UI_SHOT:-}" ] || args+=(--shot "$ITU_E2E_UI_SHOT")
timeout --kill-after=10 "${ITU_E2E_UI_TIMEOUT:-180}" node "$ROOT/test/e2e/ui-preview.js" "${args[@]}" 2>&1 | tee "$E2E_TMP/ui.log"
rc=${PIPESTATUS[0]}
set -e
# ui-preview.js prints the count line itself; if it died without one, it counts as one failure.
count=$(tail -n 1 "$E2E_TMP/ui.log" | grep -E '^[0-9]+ passed, [0-9]+ failed' || true)
[ -n "$count" ] || { [ "$rc" -ne 0 ] || rc=1; count="0 passed, 1 failed"; }
if [ "$rc" -ne 0 ]; then
  echo "--- $E2E_TMP/code-server.log (last 20 lines) ---"; tail -n 20 "$E2E_TMP/code-server.log" 2>/dev/null; echo "---"
  echo "$count"   # the count stays the last line
fi
exit "$rc"
