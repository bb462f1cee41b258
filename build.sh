#!/usr/bin/env bash
# PianoSite: set-up and entry point. build.sh (bash) and build.ps1 (PowerShell) are twins, with the same verbs.
#   ./build.sh [build] [options]   check the plan and build every edition into output/
#   ./build.sh check [options]     check the plan only
#   ./build.sh serve [options]     local preview with live reload
#   ./build.sh test [options]      run every test (unit, golden, end-to-end in the browser)
# Options after the verb go to the generator (see README.md, "CLI reference"); those of test go to dotnet test.
# This script only installs what is missing and calls the generator: all logic lives in C#.
#
# build.ps1 does the same things in the same order, with the same messages and exit codes (0 success, 1 failure or
# something missing, 2 usage error); tests/PianoSite.Tests/Scripts/ runs both and compares them. Change both.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

verb="${1:-build}"
[ $# -gt 0 ] && shift

say() { printf 'build.sh: %s\n' "$*" >&2; }

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=osx ;;
  *) say "this system runs build.ps1, not build.sh (see README.md, Windows)"; exit 1 ;;
esac
case "$(uname -m)" in aarch64|arm64) arch=arm64 ;; *) arch=x64 ;; esac

# apt_install PACKAGE WHY: installs a Debian package when this is Debian (or Ubuntu) run as root; fails otherwise.
apt_install() {
  [ "$os" = linux ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 || return 1
  say "installing $1 ($2)"
  if [ -z "${PIANOSITE_APT_UPDATED:-}" ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    export PIANOSITE_APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$1" >/dev/null
}

need_command() { # need_command COMMAND PACKAGE WHY
  command -v "$1" >/dev/null 2>&1 && return 0
  apt_install "$2" "$3" && return 0
  say "missing: $1 ($3). Install it, e.g. on Debian/Ubuntu: sudo apt-get install $2"
  exit 1
}

ensure_dotnet() {
  command -v dotnet >/dev/null 2>&1 && return 0
  say "missing: the .NET 10 SDK. Install it from your distribution or https://dot.net, then run this again."
  exit 1
}

# npm ci when node_modules is missing or older than the lock file (npm writes node_modules/.package-lock.json).
ensure_node_modules() {
  [ -f package.json ] || return 0
  if ! command -v npm >/dev/null 2>&1; then
    say "missing: Node.js and npm (for the front-end assets). Install them, e.g. sudo apt-get install nodejs npm"
    exit 1
  fi
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "installing front-end assets (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error >/dev/null || { say "npm ci failed (is the npm registry reachable?)"; exit 1; }
  fi
}

# The system's browsers, in the order the generator looks for them (generator/Pdf/BrowserLocator.cs).
linux_browsers=(/usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome-stable /usr/bin/google-chrome
                /usr/bin/microsoft-edge-stable /snap/bin/chromium)
osx_browsers=("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" "/Applications/Chromium.app/Contents/MacOS/Chromium"
              "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge")

system_browser() {
  local candidates browser
  if [ "$os" = osx ]; then candidates=("${osx_browsers[@]}"); else candidates=("${linux_browsers[@]}"); fi
  for browser in "${candidates[@]}"; do
    [ -f "$browser" ] && { printf '%s\n' "$browser"; return 0; }
  done
  return 1
}

# The browser that prints the PDF and runs the browser tests, found as the generator finds it: --browser, then
# PIANOSITE_BROWSER, then the system's; installed (Debian, as root) or asked for only here, where one is needed.
ensure_browser() { # ensure_browser [generator options]
  local option found
  for option in "$@"; do
    case "$option" in --browser|--browser=*|--browser:*) return 0 ;; esac   # the generator checks it
  done
  [ -n "${PIANOSITE_BROWSER:-}" ] && return 0
  if ! found="$(system_browser)"; then
    apt_install chromium "the PDF edition and the browser tests use it" && found="$(system_browser)" || {
      say "missing: a Chromium, Chrome or Edge browser (the PDF edition and the browser tests use it). Install one, e.g. on Debian/Ubuntu: sudo apt-get install chromium; or name it with --browser or PIANOSITE_BROWSER. build --no-pdf needs none."
      exit 1
    }
  fi
  export PIANOSITE_BROWSER="$found"   # the tests use it too (they default to /usr/bin/chromium)
}

# Whether a build with these options prints the PDF: not with --no-pdf, nor when it only shows its help.
prints_pdf() {
  local option
  for option in "$@"; do
    case "$option" in --no-pdf|-h|--help|-\?) return 1 ;; esac
  done
  return 0
}

ensure_test_tools() {
  need_command pdftotext poppler-utils "the PDF tests read the PDF's text"
  need_command java default-jre-headless "the Nu Html Checker (vnu-jar) needs Java"
}

# The generator runs from a folder published for this machine, ReadyToRun (compiled ahead of time: without it the JIT
# is about a third of a build of the real plan). It is published again only when what it is made of changed: its
# code, the props and lock files that choose its packages, the SDK pin, or the publish command itself. Their hash is
# kept beside it (inputs.sha256, the same as build.ps1's), so a warm run starts the generator at once, without
# dotnet restore or MSBuild's up-to-date check (about 2.4 s of a 2.7 s build of the real plan when they ran every time).
publish=generator/bin/publish
publish_args=(generator/PianoSite.csproj -c Release -r "$os-$arch" --self-contained false -p:PublishReadyToRun=true -o "$publish")

generator_inputs_hash() {
  local files=() file
  while IFS= read -r -d '' file; do files+=("$file"); done < <(
    { for file in Directory.*.props Directory.*.targets global.json [Nn][Uu][Gg][Ee][Tt].[Cc][Oo][Nn][Ff][Ii][Gg]; do
        [ -f "$file" ] && printf '%s\0' "$file"
      done
      find generator \( -path generator/bin -o -path generator/obj \) -prune -o -type f -print0; } | LC_ALL=C sort -z)
  { printf '%s\n' "${publish_args[@]}"; sha256sum -- "${files[@]}"; } | sha256sum | cut -d ' ' -f 1
}

prepare_generator() {
  local stamp log
  stamp="$(generator_inputs_hash)"
  [ "$(cat "$publish/inputs.sha256" 2>/dev/null)" = "$stamp" ] && return 0
  say "preparing the generator for this machine (the first time, and after a change to its code or packages: about 20 s)"
  rm -rf "$publish"   # nothing of an earlier publish stays (a package removed, an older layout)
  log="$(mktemp)"
  # A log file, not a pipe: nothing waits for processes the SDK might leave running. No build servers either, so
  # none stays behind after the script. The restore must know the publish's properties: only then does it fetch the
  # ReadyToRun compiler and runtime packs (NuGet's cache may have none yet).
  if ! dotnet restore generator/PianoSite.csproj -r "$os-$arch" -p:SelfContained=false -p:PublishReadyToRun=true --disable-build-servers \
       >"$log" 2>&1; then
    cat "$log" >&2; rm -f "$log"
    say "dotnet restore failed (is NuGet reachable?)"
    exit 1
  fi
  if ! dotnet publish "${publish_args[@]}" --no-restore --disable-build-servers --nologo >"$log" 2>&1; then
    cat "$log" >&2; rm -f "$log"
    say "dotnet publish failed: the generator could not be compiled (see above)"
    exit 1
  fi
  rm -f "$log"
  printf '%s\n' "$stamp" >"$publish/inputs.sha256"
}

generator() {
  prepare_generator
  exec dotnet "$publish/pianosite.dll" "$@"
}

case "$verb" in
  build)
    ensure_dotnet; ensure_node_modules
    if prints_pdf "$@"; then ensure_browser "$@"; fi
    generator build "$@"
    ;;
  check)
    ensure_dotnet
    generator check "$@"
    ;;
  serve)
    # The preview prints the PDF only on request ("Genera PDF"): without a browser it says so then.
    ensure_dotnet; ensure_node_modules
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
    sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
    ;;
  *)
    say "unknown verb '$verb': use build, check, serve or test"
    exit 2
    ;;
esac
