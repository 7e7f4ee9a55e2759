#!/usr/bin/env bash
# Start/stop code-server (installed by scripts/e2e/setup.sh) for the real-editor tests.
#
# Sourced (run-vscode.sh):  . scripts/e2e/code-server.sh; cs_start; ...; (cs_stop runs on EXIT)
# Run (screenshot.js, or by hand to look around):
#   scripts/e2e/code-server.sh serve   -> prints one line "E2E_READY port=<p> folder=<ws> tmp=<dir>"
#                                          and serves until it gets SIGTERM/SIGINT.
# After cs_start these are set: E2E_TMP (temp dir, removed by cs_stop unless E2E_KEEP=1),
# E2E_WS (the workspace: a copy of test/e2e/workspace, or of $E2E_WORKSPACE_SRC), E2E_PORT, CS_PID.
# code-server and everything it starts run in their own session (setsid): cs_stop kills that
# whole process group (its children, e.g. the extension host and the language server, outlive it).

E2E_ROOT=${E2E_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
E2E_CACHE=${ITU_E2E_CACHE:-$HOME/.cache/itu-draft-e2e}
CODE_SERVER=${CODE_SERVER:-$E2E_CACHE/cs/node_modules/.bin/code-server}

cs_log() { echo "[e2e $(date +%T)] $*" >&2; }

cs_free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

# Temp dir with the workspace copy, user settings and XDG dirs.
cs_prepare() {
  E2E_TMP=$(mktemp -d "${TMPDIR:-/tmp}/itu-e2e.XXXXXX")
  E2E_WS=$E2E_TMP/workspace
  cp -r "${E2E_WORKSPACE_SRC:-$E2E_ROOT/test/e2e/workspace}" "$E2E_WS"
  mkdir -p "$E2E_TMP/user-data/User" "$E2E_TMP/extensions" "$E2E_TMP/xdg/config" "$E2E_TMP/xdg/data" "$E2E_TMP/xdg/cache"
  cat > "$E2E_TMP/user-data/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "security.workspace.trust.enabled": false,
  "git.enabled": false,
  "chat.commandCenter.enabled": false,
  "window.restoreWindows": "none"
}
JSON
  # E2E_COLOR_THEME="Default Dark Modern" (or High Contrast …): the workbench theme (screenshots).
  if [ -n "${E2E_COLOR_THEME:-}" ]; then
    node -e 'const f=process.argv[1], s=JSON.parse(require("fs").readFileSync(f,"utf8")); s["workbench.colorTheme"]=process.argv[2]; require("fs").writeFileSync(f, JSON.stringify(s, null, 2))' \
      "$E2E_TMP/user-data/User/settings.json" "$E2E_COLOR_THEME"
  fi
  # E2E_SETTINGS='{"itu.trace.server": "verbose"}': more user settings (e.g. to read the LSP traffic in the
  # output channel's log under $E2E_TMP/user-data/logs when a run is kept with E2E_KEEP=1).
  if [ -n "${E2E_SETTINGS:-}" ]; then
    node -e 'const f=process.argv[1], s=JSON.parse(require("fs").readFileSync(f,"utf8")); Object.assign(s, JSON.parse(process.argv[2])); require("fs").writeFileSync(f, JSON.stringify(s, null, 2))' \
      "$E2E_TMP/user-data/User/settings.json" "$E2E_SETTINGS"
  fi
  # E2E_INSTALL_EXTENSION=<dir>: the extension appears installed (not as a development extension,
  # so no "[Extension Development Host]" in the title): a link in the fresh extensions dir, which
  # VS Code scans because it has no extensions.json yet.
  if [ -n "${E2E_INSTALL_EXTENSION:-}" ]; then
    local id
    id=$(node -p "const p=require('$(cd "$E2E_INSTALL_EXTENSION" && pwd)/package.json'); p.publisher+'.'+p.name+'-'+p.version")
    ln -s "$(cd "$E2E_INSTALL_EXTENSION" && pwd)" "$E2E_TMP/extensions/$id"
  fi
  # E2E_LOCALE=fr: VS Code's display language. Microsoft's language packs come from the Marketplace,
  # which this machine cannot reach: the languagepacks.json a pack's installation leaves names a
  # translation of nothing (test/e2e/locale-pack), so VS Code's own texts stay in English while
  # every extension, this one included, reads its package.nls.fr.json and l10n/bundle.l10n.fr.json.
  if [ -n "${E2E_LOCALE:-}" ]; then
    node -e 'const [file, locale, translation] = process.argv.slice(1);
      require("fs").writeFileSync(file, JSON.stringify({ [locale]: { hash: "itu-e2e-stub", label: locale, extensions: [{ extensionIdentifier: { id: "itu-e2e.locale-stub" }, version: "0.0.1" }], translations: { vscode: translation } } }, null, 2))' \
      "$E2E_TMP/user-data/languagepacks.json" "$E2E_LOCALE" "$E2E_ROOT/test/e2e/locale-pack/main.i18n.json"
  fi
  export E2E_TMP E2E_WS
}

cs_start() {
  if [ ! -x "$CODE_SERVER" ]; then
    cs_log "code-server not found at $CODE_SERVER: run scripts/e2e/setup.sh first"; return 1
  fi
  [ -n "${E2E_TMP:-}" ] || cs_prepare
  E2E_PORT=${E2E_PORT:-$(cs_free_port)}
  setsid env XDG_CONFIG_HOME="$E2E_TMP/xdg/config" XDG_DATA_HOME="$E2E_TMP/xdg/data" \
      XDG_CACHE_HOME="$E2E_TMP/xdg/cache" ITU_E2E_WORKSPACE="$E2E_WS" \
      EXTENSIONS_GALLERY="{}" \
    "$CODE_SERVER" --bind-addr "127.0.0.1:$E2E_PORT" --auth none \
      --disable-telemetry --disable-update-check --disable-workspace-trust \
      --disable-getting-started-override \
      --user-data-dir "$E2E_TMP/user-data" --extensions-dir "$E2E_TMP/extensions" \
      ${E2E_LOCALE:+--locale "$E2E_LOCALE"} \
      > "$E2E_TMP/code-server.log" 2>&1 < /dev/null &
  CS_PID=$!
  export E2E_PORT CS_PID
  trap cs_stop EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  # Wait for the health endpoint (bounded: 60 s), failing early if code-server died.
  local i
  for i in $(seq 120); do
    curl -sf "http://127.0.0.1:$E2E_PORT/healthz" > /dev/null 2>&1 && { cs_log "code-server up on 127.0.0.1:$E2E_PORT (pid $CS_PID, files in $E2E_TMP)"; return 0; }
    kill -0 "$CS_PID" 2>/dev/null || break
    sleep 0.5
  done
  cs_log "code-server did not become healthy; its log:"; cat "$E2E_TMP/code-server.log" >&2
  return 1
}

cs_stop() {
  if [ -n "${CS_PID:-}" ]; then
    kill -TERM -- "-$CS_PID" 2>/dev/null || true
    # give the group a moment to exit, then make sure
    local i; for i in 1 2 3 4 5 6 7 8 9 10; do kill -0 -- "-$CS_PID" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$CS_PID" 2>/dev/null || true
    CS_PID=
  fi
  if [ -n "${E2E_TMP:-}" ] && [ "${E2E_KEEP:-0}" != 1 ]; then rm -rf "$E2E_TMP"; fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  case "${1:-}" in
    serve)
      cs_start
      echo "E2E_READY port=$E2E_PORT folder=$E2E_WS tmp=$E2E_TMP"
      wait "$CS_PID" ;;
    *) echo "usage: $0 serve" >&2; exit 2 ;;
  esac
fi
