#!/usr/bin/env bash
# Lighthouse over every page type of the website, as a reader on a phone gets it (docs/mobile-performance.md).
# Builds the real plan (website and PDF, as published) into bench/results/lighthouse/output, serves output/site on
# 127.0.0.1 with a server that compresses as production hosts do (bench/lighthouse/serve.mjs: the precompressed
# .br/.gz files beside the text assets, else gzip on the fly), and runs Lighthouse 12.2.3 (mobile profile, simulated
# slow 4G and 4x CPU slowdown: Lighthouse's defaults) in headless Chromium on each page, several times.
# Results: a Markdown table on standard output and in bench/results/lighthouse/latest.md (git-ignored), with the
# JSON and HTML reports beside it.
#   bench/lighthouse.sh [--runs N] [--site FOLDER] [--no-precompressed] [--devtools] [--only "home mission ..."]
# --site FOLDER: measure an already built site (the site/ folder of an output) instead of building one.
# --no-precompressed: the server ignores the .br/.gz files and gzips everything on the fly.
# --devtools: throttle the real load (Lighthouse's --throttling-method=devtools) instead of simulating it: the
#   fonts then really arrive after the first paint, so CLS is the jump a slow phone sees (with the default simulated
#   throttling the page loads at full speed and the preloaded fonts are there before the first paint).
# --only: the page types to measure (labels below); default all.
set -euo pipefail
repo="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
cd "$repo"

runs=3
site=""
serve_options=()
throttling=simulate
only=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --site) site="$(readlink -f "$2")"; shift 2 ;;
    --no-precompressed) serve_options+=(--no-precompressed); shift ;;
    --devtools) throttling=devtools; shift ;;
    --only) only="$2"; shift 2 ;;
    *) echo "bench/lighthouse.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

say() { printf 'lighthouse: %s\n' "$*" >&2; }

# One page of each type: label and path.
pages=(
  "home /"
  "vision /visione/"
  "directions /obiettivi-strategici/"
  "figures /piano-in-cifre/"
  "missions /missioni/"
  "mission /missioni/m2/"
  "components /pnrr/"
  "component /pnrr/m2c2/"
  "agenda /agenda-strategica/"
  "driver /agenda-strategica/01-campus-metropolitano-smart/"
  "actors /attori/"
  "actor /attori/comuni/"
  "search /cerca/"
  "data /dati/"
  "accessibility /accessibilita/"
  "not-found /404.html"
  "print /stampa/"
)

# --- set-up: only what is missing ---------------------------------------------------------------------
chrome="${PIANOSITE_BROWSER:-/usr/bin/chromium}"
[ -x "$chrome" ] || { say "Chromium not found at $chrome: install it (sudo apt-get install chromium) or set PIANOSITE_BROWSER"; exit 1; }
command -v node >/dev/null || { say "missing Node.js (sudo apt-get install nodejs npm)"; exit 1; }
if [ ! -d bench/lighthouse/node_modules/lighthouse ] || [ bench/lighthouse/package-lock.json -nt bench/lighthouse/node_modules/.package-lock.json ]; then
  say "installing Lighthouse 12.2.3 (npm ci in bench/lighthouse)"
  (cd bench/lighthouse && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi

results="$repo/bench/results/lighthouse"
mkdir -p "$results"
if [ -z "$site" ]; then
  say "building the plan into $results/output"
  ./build.sh build --out "$results/output" >&2
  site="$results/output/site"
fi

# --- serving ------------------------------------------------------------------------------------------
address_file="$(mktemp)"
node bench/lighthouse/serve.mjs "$site" 0 "${serve_options[@]}" >"$address_file" &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -f "$address_file"' EXIT
for _ in $(seq 50); do [ -s "$address_file" ] && break; sleep 0.1; done
address="$(head -1 "$address_file")"
[ -n "$address" ] || { say "the server did not start"; exit 1; }
say "serving $site at $address"

# --- measuring ----------------------------------------------------------------------------------------
reports="$results/reports"
rm -rf "$reports"
n=0
for entry in "${pages[@]}"; do
  label="${entry%% *}"; path="${entry#* }"
  n=$((n + 1))
  if [ -n "$only" ] && [[ " $only " != *" $label "* ]]; then continue; fi
  folder="$reports/$(printf '%02d' "$n")-$label"
  mkdir -p "$folder"
  for run in $(seq "$runs"); do
    say "$label ($path), run $run of $runs"
    CHROME_PATH="$chrome" node bench/lighthouse/node_modules/lighthouse/cli/index.js "${address%/}$path" \
      --quiet --output=json --output=html --output-path="$folder/run-$run" \
      --only-categories=performance,accessibility,best-practices,seo --throttling-method="$throttling" \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-sync"
    mv "$folder/run-$run.report.json" "$folder/run-$run.json"
    mv "$folder/run-$run.report.html" "$folder/run-$run.html"
  done
done

{
  echo "Lighthouse $(node -p "require('./bench/lighthouse/node_modules/lighthouse/package.json').version"), mobile (slow 4G, 4x CPU slowdown, throttling: $throttling), $(date -u +%Y-%m-%d), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "site: $site${serve_options:+ (${serve_options[*]})}"
  echo
  node bench/lighthouse/summary.mjs "$reports"
} | tee "$results/latest.md"
