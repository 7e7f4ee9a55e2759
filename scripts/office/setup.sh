#!/usr/bin/env bash
# Installs what the office-suite tests (test/office/) need when it is missing:
# LibreOffice Writer run headless, poppler-utils (pdftoppm, pdftotext) and the
# Liberation fonts (metric-compatible with Times New Roman). Idempotent and quiet:
# one line when something was installed, nothing when all was there.
set -euo pipefail

need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
if ! fc-list 2>/dev/null | grep -qi 'Liberation Serif'; then need+=(fonts-liberation2 fonts-dejavu-core); fi
[ ${#need[@]} -eq 0 ] && exit 0

sudo=''
[ "$(id -u)" -eq 0 ] || sudo='sudo'
export DEBIAN_FRONTEND=noninteractive
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
$sudo apt-get update -qq >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
# The -nogui build of Writer is enough headless and much smaller; fall back to the full package.
pkgs=()
for p in "${need[@]}"; do
  if [ "$p" = libreoffice-writer ] && apt-cache show libreoffice-writer-nogui >/dev/null 2>&1; then p=libreoffice-writer-nogui; fi
  pkgs+=("$p")
done
if ! $sudo apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >"$log" 2>&1; then
  cat "$log" >&2
  exit 1
fi
echo "office setup: installed ${pkgs[*]}"
