#!/usr/bin/env bash
# Neovim 0.7 (apt `neovim`, see scripts/e2e/setup.sh) as a second LSP client: it starts
# the server with README's recipe for Neovim, as written there (needs `npm run build`), opens test/e2e/workspace/gap.itu and
# must receive the numbering.gap diagnostic on the `d)` line.
# usage: scripts/e2e/run-nvim.sh        env: ITU_SERVER (server script), ITU_WAIT_MS (default 20000)
# The last line printed is "1 passed, 0 failed" or "0 passed, 1 failed"; exit code 0 / 1.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SERVER=${ITU_SERVER:-$ROOT/server/out/server.js}
FIXTURE=$ROOT/test/e2e/workspace/gap.itu
CODE=numbering.gap
result() { [ "$1" = pass ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"; [ "$1" = pass ]; }

command -v nvim > /dev/null || { echo "nvim not found: run scripts/e2e/setup.sh nvim" >&2; result fail; exit 1; }
[ -f "$SERVER" ] || { echo "$SERVER is missing: run npm run build" >&2; result fail; exit 1; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/itu-nvim.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
cp "$FIXTURE" "$TMP/gap.itu"   # the server may look at the folder; keep the repo out of it
OUT=$TMP/diagnostics.tsv
# README's recipe as written (the ```lua block after "For Neovim:"), its placeholder path replaced by SERVER.
RECIPE=$TMP/recipe.lua
PLACEHOLDER=/path/to/itu-draft/server/out/server.js
awk '/^fixes and formatting keep .*For Neovim:$/ { want = 1; next } want && /^```lua$/ { inside = 1; next }
     inside && /^```$/ { exit } inside { print }' "$ROOT/README.md" > "$RECIPE"
grep -qF "'$PLACEHOLDER'" "$RECIPE" || { echo "README's Neovim recipe not found (or it no longer names $PLACEHOLDER)" >&2; result fail; exit 1; }
ESCAPED=$(printf '%s' "$SERVER" | sed -e 's/[\\&|]/\\&/g')
sed -i "s|'$PLACEHOLDER'|'$ESCAPED'|" "$RECIPE"
# The d) line (1-based) is where the gap is.
LINE=$(grep -n $'^d)\t' "$TMP/gap.itu" | head -n 1 | cut -d: -f1)

set +e
# XDG dirs in the temp folder: no user config, shada, swap or log is read or written.
# Bound: Neovim waits ITU_WAIT_MS itself; `timeout` only guards against a hang elsewhere.
# In the temp folder: the recipe's root_dir is the working folder.
(cd "$TMP" && XDG_CONFIG_HOME=$TMP/xdg/config XDG_DATA_HOME=$TMP/xdg/data XDG_STATE_HOME=$TMP/xdg/state \
  XDG_CACHE_HOME=$TMP/xdg/cache ITU_RECIPE=$RECIPE ITU_FILE=$TMP/gap.itu ITU_OUT=$OUT ITU_WAIT_CODE=$CODE \
  timeout --kill-after=5 120 nvim --headless -n -i NONE -u "$ROOT/test/e2e/nvim/init.lua" < /dev/null)
rc=$?
set -e

echo "neovim (exit $rc) received:"
if [ -f "$OUT" ]; then sed 's/^/  /' "$OUT"; else echo "  (nothing written)"; fi
if [ -f "$OUT" ] && awk -F'\t' -v line="$LINE" -v code="$CODE" 'NR > 1 && $1 == line && $4 == code { found = 1 } END { exit !found }' "$OUT"; then
  echo "ok: $CODE on line $LINE"
  result pass
else
  echo "FAIL: expected a $CODE diagnostic on line $LINE of gap.itu"
  result fail
fi
