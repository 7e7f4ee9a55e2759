#!/usr/bin/env bash
# Installs what the real-editor tests need, outside the repo's node_modules:
#   apt: chromium, ripgrep, libkrb5-dev, neovim, python3 make g++ pkg-config (only those missing)
#   $ITU_E2E_CACHE/cs: code-server 4.100.3 (= VS Code 1.100.3, the newest that runs on Node 20)
#   $ITU_E2E_CACHE/pw: playwright-core (drives Debian's chromium; downloads no browser)
# Idempotent: each step leaves a stamp and is skipped when its stamp is there.
# usage: scripts/e2e/setup.sh [all|vscode|nvim]     (default all)
set -euo pipefail
WHAT=${1:-all}
CACHE=${ITU_E2E_CACHE:-$HOME/.cache/itu-draft-e2e}
CS_VERSION=4.100.3
PW_VERSION=1.65.1
export npm_config_yes=true                     # node-pty's install runs `npx node-gyp`
export npm_config_nodedir=${npm_config_nodedir:-/usr}   # node headers from Debian's nodejs, no download
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
export npm_config_loglevel=${npm_config_loglevel:-error}
t() { echo "[e2e-setup $(date +%T)] $*"; }
# npm's output goes to a log in the cache, shown only when a step fails.
mkdir -p "$CACHE"
LOG=$CACHE/setup.log
quiet() { "$@" >> "$LOG" 2>&1 || { echo "failed: $* (in $PWD); last lines of $LOG:" >&2; tail -n 40 "$LOG" >&2; return 1; }; }

case "$WHAT" in
  all)    PKGS="chromium ripgrep libkrb5-dev neovim python3 make g++ pkg-config" ;;
  vscode) PKGS="chromium ripgrep libkrb5-dev python3 make g++ pkg-config" ;;
  nvim)   PKGS="neovim" ;;
  *) echo "usage: $0 [all|vscode|nvim]" >&2; exit 2 ;;
esac

# --- apt: only what is missing -------------------------------------------------------------
missing=()
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  t "apt-get install ${missing[*]}"
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  t "apt packages present"
fi
[ "$WHAT" = nvim ] && { t done; exit 0; }

# --- code-server ---------------------------------------------------------------------------
CS=$CACHE/cs
CS_STAMP=$CS/.installed-$CS_VERSION
if [ -f "$CS_STAMP" ]; then
  t "code-server $CS_VERSION present ($CS)"
else
  t "installing code-server $CS_VERSION into $CS"
  rm -rf "$CS" && mkdir -p "$CS"
  : > "$LOG"
  (cd "$CS" && echo '{"private":true}' > package.json \
     && quiet npm i --ignore-scripts "code-server@$CS_VERSION")
  VS=$CS/node_modules/code-server/lib/vscode
  # @vscode/ripgrep's postinstall downloads rg from GitHub: skip scripts, use Debian's rg, then
  # rebuild the native modules (node-pty, spdlog, ...) against the local Node.
  (cd "$VS" && quiet npm install --omit=dev --ignore-scripts \
     && mkdir -p node_modules/@vscode/ripgrep/bin \
     && ln -sf /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg \
     && quiet npm rebuild \
     && ln -sfn node_modules node_modules.asar)
  (cd "$VS/extensions" && quiet npm install --omit=dev)
  (cd "$CS" && quiet npm rebuild argon2)
  touch "$CS_STAMP"
fi

# --- playwright-core -----------------------------------------------------------------------
PW=$CACHE/pw
PW_STAMP=$PW/.installed-$PW_VERSION
if [ -f "$PW_STAMP" ]; then
  t "playwright-core $PW_VERSION present ($PW)"
else
  t "installing playwright-core $PW_VERSION into $PW"
  rm -rf "$PW" && mkdir -p "$PW"
  (cd "$PW" && echo '{"private":true}' > package.json && quiet npm i "playwright-core@$PW_VERSION")
  touch "$PW_STAMP"
fi
t done
