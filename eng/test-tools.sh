#!/usr/bin/env bash
# Finds, or installs, a tool the test projects need. Called by the test projects' build (tests/Directory.Build.targets),
# so `dotnet test Prb.Events.sln` on a fresh machine gets what it needs by itself. Safe to run again: a tool that is
# there is left alone.
#
#   eng/test-tools.sh node       Node.js and npm (Debian packages nodejs, npm), for the ical.js check
#   eng/test-tools.sh chromium   Debian's Chromium, for the browser tests
#   eng/test-tools.sh icaljs     node, then `npm ci` in tests/icaljs from its lockfile
#   eng/test-tools.sh confclerk  ConfClerk, Xvfb and xdotool (Debian packages confclerk, xvfb, xdotool), for the test
#                                that imports schedule.xml into the real app (its database is read with
#                                Microsoft.Data.Sqlite from NuGet)
#   eng/test-tools.sh postgresql Debian's postgresql (initdb, pg_ctl), for the tests that start a throwaway cluster
#
# Exit 0 when the tool is there afterwards; otherwise 1, after printing the one command that installs it. The build
# goes on either way: the tests that need the tool then fail with that command in their message, never skip.
set -uo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"

say() { echo "prb-events test tools: $*"; }

# apt-get, serialised across the test projects that a parallel build runs at once, as root or through sudo.
apt_install() {
  local packages=("$@")
  local run=()
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then run=(sudo -n); else
      say "cannot install ${packages[*]}: not root and no password-less sudo. Run: sudo apt-get update && sudo apt-get install -y ${packages[*]}"
      return 1
    fi
  fi
  if ! command -v apt-get >/dev/null; then
    say "cannot install ${packages[*]}: this is not a Debian-like system; install them with its package manager."
    return 1
  fi
  say "installing ${packages[*]} with apt-get"
  (
    flock -w 1800 9 || exit 1
    "${run[@]}" apt-get -o DPkg::Lock::Timeout=600 -qq update &&
      DEBIAN_FRONTEND=noninteractive "${run[@]}" apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=600 "${packages[@]}"
  ) 9>"${TMPDIR:-/tmp}/prb-events-apt.lock"
}

ensure_node() {
  if command -v node >/dev/null && command -v npm >/dev/null; then return 0; fi
  local missing=()
  command -v node >/dev/null || missing+=(nodejs)
  command -v npm >/dev/null || missing+=(npm)
  apt_install "${missing[@]}" && command -v node >/dev/null && command -v npm >/dev/null
}

ensure_chromium() {
  local chromium="${PRB_EVENTS_CHROMIUM:-/usr/bin/chromium}"
  if [ -x "$chromium" ]; then return 0; fi
  if [ -n "${PRB_EVENTS_CHROMIUM:-}" ]; then
    say "PRB_EVENTS_CHROMIUM names $chromium, which is not an executable."
    return 1
  fi
  apt_install chromium && [ -x "$chromium" ]
}

ensure_icaljs() {
  ensure_node || return 1
  local folder="$here/tests/icaljs"
  local stamp="$folder/node_modules/.prb-events-lockfile"
  # Incremental: npm ci only when the lockfile differs from the one last installed.
  if [ -f "$stamp" ] && cmp -s "$folder/package-lock.json" "$stamp" && [ -d "$folder/node_modules/ical.js" ]; then return 0; fi
  say "npm ci in tests/icaljs"
  (
    flock -w 600 9 || exit 1
    cd "$folder" && npm ci --no-audit --no-fund --loglevel=error && cp package-lock.json "$stamp"
  ) 9>"${TMPDIR:-/tmp}/prb-events-npm.lock"
}

ensure_confclerk() {
  local missing=()
  command -v confclerk >/dev/null || missing+=(confclerk)
  command -v Xvfb >/dev/null || missing+=(xvfb)
  command -v xdotool >/dev/null || missing+=(xdotool)
  if [ ${#missing[@]} -eq 0 ]; then return 0; fi
  apt_install "${missing[@]}" && command -v confclerk >/dev/null && command -v Xvfb >/dev/null && command -v xdotool >/dev/null
}

ensure_postgresql() {
  has_postgresql() {
    { command -v initdb >/dev/null && command -v pg_ctl >/dev/null; } ||
      compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null
  }
  if has_postgresql; then return 0; fi
  apt_install postgresql && has_postgresql
}

case "${1:-}" in
  node) ensure_node || { say "Node.js is missing. Run: apt-get update && apt-get install -y nodejs npm"; exit 1; } ;;
  chromium) ensure_chromium || { say "Chromium is missing. Run: apt-get update && apt-get install -y chromium"; exit 1; } ;;
  icaljs) ensure_icaljs || { say "ical.js is not installed. Run: eng/test-tools.sh icaljs"; exit 1; } ;;
  confclerk) ensure_confclerk || { say "ConfClerk, Xvfb or xdotool is missing. Run: apt-get update && apt-get install -y confclerk xvfb xdotool"; exit 1; } ;;
  postgresql) ensure_postgresql || { say "PostgreSQL is missing. Run: apt-get update && apt-get install -y postgresql"; exit 1; } ;;
  *) echo "usage: eng/test-tools.sh node|chromium|icaljs|confclerk|postgresql" >&2; exit 2 ;;
esac
