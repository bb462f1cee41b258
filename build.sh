#!/usr/bin/env bash
# PianoSite — set-up and entry point on Linux (build.ps1 is its Windows twin, with the same verbs).
#   ./build.sh [build] [options]   check the plan and build every edition into output/
#   ./build.sh check [options]     check the plan only
#   ./build.sh serve [options]     local preview with live reload
#   ./build.sh test                run every test (unit, golden, end-to-end in Chromium)
# Options after the verb go to the generator (see README.md, "CLI reference").
# This script only installs what is missing and calls the generator: all logic lives in C#.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

verb="${1:-build}"
[ $# -gt 0 ] && shift

say() { printf 'build.sh: %s\n' "$*" >&2; }

need_apt() { # need_apt COMMAND PACKAGE WHY
  command -v "$1" >/dev/null 2>&1 && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing $2 ($3)"
    if [ -z "${PIANOSITE_APT_UPDATED:-}" ]; then
      DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
      export PIANOSITE_APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$2" >/dev/null
  else
    say "missing: $1 ($3). Install it, e.g. on Debian/Ubuntu: sudo apt-get install $2"
    exit 1
  fi
}

ensure_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    say "missing: the .NET 10 SDK. Install it from your distribution or https://dot.net, then run this again."
    exit 1
  fi
  dotnet restore PianoSite.sln --verbosity quiet >/dev/null || { say "dotnet restore failed (is NuGet reachable?)"; exit 1; }
}

ensure_node_modules() {
  [ -f package.json ] || return 0
  if ! command -v npm >/dev/null 2>&1; then
    say "missing: Node.js and npm (for the front-end assets). Install them, e.g. sudo apt-get install nodejs npm"
    exit 1
  fi
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "installing front-end assets (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error >/dev/null
  fi
}

ensure_browser() {
  [ -n "${PIANOSITE_BROWSER:-}" ] && return 0
  need_apt chromium chromium "the PDF edition and the browser tests use Chromium"
}

ensure_test_tools() {
  need_apt pdftotext poppler-utils "the PDF tests read the PDF's text"
  need_apt java default-jre-headless "the Nu Html Checker (vnu-jar) needs Java"
}

# The generator is published ReadyToRun (compiled ahead of time for this machine's runtime identifier): without
# it the JIT of the generator and its libraries is about half of a build of the real plan. It is published
# self-contained as one composite image: the generator, its libraries and the .NET runtime's own assemblies
# compiled together, so that code is inlined across them (10,000 objectives: 9 % less time, 0.45 s less CPU;
# docs/benchmarks.md). The first publish takes about two minutes; later ones take a few seconds when nothing
# changed, and two minutes again after a change to the generator's code.
generator() {
  local rid publish=generator/bin/publish
  case "$(uname -m)" in aarch64|arm64) rid=linux-arm64 ;; *) rid=linux-x64 ;; esac
  local args=(generator/PianoSite.csproj -c Release -r "$rid" --self-contained true -p:PublishReadyToRun=true
              -p:PublishReadyToRunComposite=true -o "$publish" --nologo)
  [ -f "$publish/pianosite.r2r.dll" ] || say "preparing the generator for this machine (the first time takes about two minutes)"
  dotnet publish "${args[@]}" --verbosity quiet >/dev/null || { dotnet publish "${args[@]}"; exit 1; }
  dotnet "$publish/pianosite.dll" "$@"
}

case "$verb" in
  build)
    ensure_dotnet; ensure_node_modules; ensure_browser
    generator build "$@"
    ;;
  check)
    ensure_dotnet
    generator check "$@"
    ;;
  serve)
    ensure_dotnet; ensure_node_modules; ensure_browser
    generator serve "$@"
    ;;
  test)
    ensure_dotnet; ensure_node_modules; ensure_browser; ensure_test_tools
    log="$(mktemp)"
    set +e
    dotnet test PianoSite.sln -c Release --nologo "$@" 2>&1 | tee "$log"
    status=${PIPESTATUS[0]}
    set -e
    # One plain totals line, summed over the test projects, so every run shows that tests ran.
    passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
    failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
    rm -f "$log"
    echo "${passed:-0} passed, ${failed:-0} failed"
    exit "$status"
    ;;
  -h|--help|help)
    sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
    ;;
  *)
    say "unknown verb '$verb': use build, check, serve or test"
    exit 2
    ;;
esac
