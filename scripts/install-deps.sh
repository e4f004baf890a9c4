#!/usr/bin/env bash
# Installs what the project needs and the machine lacks; does nothing when everything is there.
#   scripts/install-deps.sh          what building and running needs
#   scripts/install-deps.sh --test   also what the test suites need (chromium, clang, ...)
# Debian packages come from scripts/apt-packages.txt ("name" or "name test" per line); the HTML
# viewer's npm modules come from viz/package-lock.json (npm ci). Runs as root or through sudo.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
with_tests=0
[ "${1:-}" = "--test" ] && with_tests=1

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

missing=()
while read -r name scope _; do
  [ -z "$name" ] && continue
  case "$name" in \#*) continue ;; esac
  [ "$scope" = "test" ] && [ "$with_tests" -eq 0 ] && continue
  installed "$name" || missing+=("$name")
done < "$root/scripts/apt-packages.txt"
# Node.js and npm build the viewer; a machine may have them from elsewhere already.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)

if [ "${#missing[@]}" -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "install-deps: every Debian package is installed"
fi

# The viewer's libraries (vis-timeline, vis-network, playwright-core), pinned by package-lock.json.
if [ -f "$root/viz/package-lock.json" ]; then
  stamp="$root/viz/node_modules/.package-lock.json"
  if [ ! -f "$stamp" ] || [ "$root/viz/package-lock.json" -nt "$stamp" ]; then
    echo "install-deps: npm ci in viz/"
    (cd "$root/viz" && npm ci --no-audit --no-fund --loglevel=error)
  else
    echo "install-deps: viz/node_modules is up to date"
  fi
fi
