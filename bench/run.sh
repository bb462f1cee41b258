#!/usr/bin/env bash
# PianoSite benchmark (docs/benchmarks.md): one run builds, on this machine and in this order,
#   - the real plan: site only (--no-pdf, when the build has that option) and site + PDF (when the PDF edition exists);
#   - synthetic plans of 1,000, 10,000 and 50,000 objectives (the synth verb), each with PianoSite and with
#     Hugo (the same plan exported by bench/hugo/export.sh), runs alternating PianoSite / Hugo;
#   - the preview's rebuild after one save, when the generator has the serve verb.
# For each: median wall time, peak memory (/usr/bin/time -v), pages written, pages per second, bytes.
# Results: a table on standard output and in bench/results/latest.md (git-ignored).
#   bench/run.sh [--runs N] [--sizes "1000 10000 50000"] [--quick]
# --quick: sizes 1000 and 10000, 3 runs (to try the script; not for published figures).
set -euo pipefail
repo="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
cd "$repo"

runs=5
sizes="1000 10000 50000"
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --sizes) sizes="$2"; shift 2 ;;
    --quick) runs=3; sizes="1000 10000"; shift ;;
    *) echo "bench/run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

say() { printf 'bench: %s\n' "$*" >&2; }

# --- set-up: install only what is missing -------------------------------------------------------------
apt_updated=""
need_apt() { # need_apt TEST-COMMAND PACKAGE
  if ! eval "$1" >/dev/null 2>&1; then
    [ "$(id -u)" = 0 ] || { say "missing $2: install it (sudo apt-get install $2)"; exit 1; }
    if [ -z "$apt_updated" ]; then DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null; apt_updated=1; fi
    say "installing $2"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$2" >/dev/null
  fi
}
need_apt "command -v hugo" hugo
need_apt "test -x /usr/bin/time" time
need_apt "python3 -c 'import yaml'" python3-yaml
if [ ! -d node_modules/bootstrap-italia ]; then
  say "installing front-end assets (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi
say "preparing the generator as ./build.sh runs it (published again only when its code or packages changed)"
./build.sh check >/dev/null
pianosite=(dotnet "$repo/generator/bin/publish/pianosite.dll")
pagefind="$(ls node_modules/@pagefind/linux-x64/bin/pagefind_extended node_modules/@pagefind/linux-x64/bin/pagefind 2>/dev/null | head -1 || true)"

results="$repo/bench/results"
work="$results/work"
mkdir -p "$work"
table="$results/latest.md"

# --- measuring ----------------------------------------------------------------------------------------
# measure OUTFILE CMD...: runs CMD once under /usr/bin/time; appends "wall_ms peak_kb cpu_s" to OUTFILE.
measure() {
  local out="$1"; shift
  local start end
  start=$(date +%s%N)
  /usr/bin/time -v -o "$work/time.txt" "$@" >"$work/last.log" 2>&1 || { say "failed: $*"; tail -20 "$work/last.log" >&2; exit 1; }
  end=$(date +%s%N)
  local peak user sys
  peak=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
  user=$(awk -F': ' '/User time/ {print $2}' "$work/time.txt")
  sys=$(awk -F': ' '/System time/ {print $2}' "$work/time.txt")
  echo "$(( (end - start) / 1000000 )) $peak $(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')" >>"$out"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }
col() { awk -v c="$1" '{print $c}' "$2"; }
pages() { find "$1" -name '*.html' | wc -l; }
html_bytes() { find "$1" -name '*.html' -print0 | du -cb --files0-from=- | tail -1 | cut -f1; }
all_bytes() { du -sb "$1" | cut -f1; }
rate() { awk -v p="$1" -v ms="$2" 'BEGIN {printf "%.0f", p / (ms / 1000)}'; }

has_option() { "${pianosite[@]}" build --help 2>/dev/null | grep -q -- "$1"; }
site_only=()
has_option "--no-pdf" && site_only=(--no-pdf)

rows=()
row() { rows+=("$*"); }

# bench_pianosite NAME ROOT [build options...]: median of $runs PianoSite builds.
bench_pianosite() {
  local name="$1" root="$2"; shift 2
  local out="$work/$name.out" t="$work/$name.times"
  rm -f "$t"
  for _ in $(seq "$runs"); do measure "$t" "${pianosite[@]}" build --root "$root" --out "$out" "$@"; done
  local ms kb cpu n
  ms=$(col 1 "$t" | median); kb=$(col 2 "$t" | median); cpu=$(col 3 "$t" | sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}')
  n=$(pages "$out/site")
  row "| $name | PianoSite | $ms | $cpu | $((kb / 1024)) | $n | $(rate "$n" "$ms") | $(html_bytes "$out/site") | $(all_bytes "$out") |"
  echo "$ms"
}

# --- the real plan ------------------------------------------------------------------------------------
say "real plan, site only"
bench_pianosite "real plan (site)" "$repo" "${site_only[@]}" >/dev/null
if [ ${#site_only[@]} -gt 0 ]; then
  say "real plan, site + PDF"
  bench_pianosite "real plan (site + PDF)" "$repo" >/dev/null
else
  row "| real plan (site + PDF) | PianoSite | – | – | – | – | – | – | – |"
fi

# --- synthetic plans, PianoSite and Hugo alternating ---------------------------------------------------
ratios=()
for n in $sizes; do
  plan="$work/plan-$n"
  hugo_site="$work/hugo-$n"
  say "synthetic plan: $n objectives"
  "${pianosite[@]}" synth --objectives "$n" --seed 1 --out "$plan" >/dev/null
  rm -rf "$plan/templates"   # a copy the preview's measurement left (below): the plan uses the checkout's templates
  "$repo/bench/hugo/export.sh" "$plan" "$hugo_site" >/dev/null
  pt="$work/ps-$n.times"; ht="$work/hugo-$n.times"; hpt="$work/hugo-only-$n.times"
  rm -f "$pt" "$ht" "$hpt"
  # Every measured build rebuilds over the output of the one before, as an editor's next build does: each tool
  # first builds once unmeasured. Hugo then overwrites its files in place; PianoSite writes a new folder, linking
  # the files that did not change (docs/benchmarks.md, "Rebuilding over the previous output").
  hugo_pf() { hugo --source "$hugo_site" --quiet && { [ ! -d "$plan/output/site/pagefind" ] || [ -z "$pagefind" ] || "$repo/$pagefind" --site "$hugo_site/public" --silent; }; }
  rm -rf "$hugo_site/public"
  "${pianosite[@]}" build --root "$plan" --out "$plan/output" "${site_only[@]}" >"$work/last.log" 2>&1 || { say "failed: warm-up build of $plan"; tail -20 "$work/last.log" >&2; exit 1; }
  hugo_pf >/dev/null || { say "failed: warm-up build of $hugo_site"; exit 1; }
  for _ in $(seq "$runs"); do
    measure "$pt" "${pianosite[@]}" build --root "$plan" --out "$plan/output" "${site_only[@]}"
    measure "$hpt" hugo --source "$hugo_site" --quiet
    # The same site as PianoSite's: when PianoSite builds a search index, Hugo's build is hugo + Pagefind.
    if [ -d "$plan/output/site/pagefind" ] && [ -n "$pagefind" ]; then
      measure "$ht" sh -c "hugo --source '$hugo_site' --quiet && '$repo/$pagefind' --site '$hugo_site/public' --silent"
    else
      measure "$ht" hugo --source "$hugo_site" --quiet
    fi
  done
  ps_ms=$(col 1 "$pt" | median); ps_kb=$(col 2 "$pt" | median); ps_cpu=$(col 3 "$pt" | sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}')
  h_ms=$(col 1 "$ht" | median); h_kb=$(col 2 "$ht" | median); h_cpu=$(col 3 "$ht" | sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}')
  ho_ms=$(col 1 "$hpt" | median)
  ps_pages=$(pages "$plan/output/site"); h_pages=$(pages "$hugo_site/public")
  row "| $n objectives | PianoSite | $ps_ms | $ps_cpu | $((ps_kb / 1024)) | $ps_pages | $(rate "$ps_pages" "$ps_ms") | $(html_bytes "$plan/output/site") | $(all_bytes "$plan/output/site") |"
  hugo_label="Hugo"; [ -d "$hugo_site/public/pagefind" ] && hugo_label="Hugo + Pagefind"
  row "| $n objectives | $hugo_label | $h_ms | $h_cpu | $((h_kb / 1024)) | $h_pages | $(rate "$h_pages" "$h_ms") | $(html_bytes "$hugo_site/public") | $(all_bytes "$hugo_site/public") |"
  ratios+=("| $n | $(awk -v a="$ps_ms" -v b="$h_ms" 'BEGIN {printf "%.2f", a / b}') | $(awk -v a="$ps_ms" -v b="$ho_ms" 'BEGIN {printf "%.2f", a / b}') | $ps_ms | $h_ms | $ho_ms |")
done

# --- preview: from a file save to the reload event -----------------------------------------------------
# Measured by the preview's own script (bench/preview-latency.py, from the preview's branch) when both it and
# the serve verb are there. A synthetic plan gets a copy of the repository's templates for it.
preview=()
if [ -f bench/preview-latency.py ] && "${pianosite[@]}" --help 2>/dev/null | grep -qE '^\s+serve\b'; then
  say "preview"
  for target in "real plan:$repo" "10000 objectives:$work/plan-10000"; do
    label="${target%%:*}"; root="${target#*:}"
    [ -d "$root/content" ] || continue
    [ -d "$root/templates" ] || cp -r "$repo/templates" "$root/templates"
    # awk reads to the end: grep -m1 would close the pipe while the script still writes (BrokenPipeError).
    preview+=("| $label | $(python3 bench/preview-latency.py --root "$root" --runs 10 | awk '/^median/ && !found { print; found = 1 }') |")
  done
else
  preview+=("| – | the preview server (serve) is not on this branch yet: not measured |")
fi

# --- report -------------------------------------------------------------------------------------------
{
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo), $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo);" \
    ".NET $(dotnet --version), $(hugo version | awk '{print $1, $2}'), load average at the end $(cut -d' ' -f1-3 /proc/loadavg); $runs runs, median."
  echo
  echo "| build | tool | wall ms | CPU s | peak MB | pages | pages/s | HTML bytes | all bytes |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "| objectives | PianoSite / Hugo (same site) | PianoSite / hugo alone | PianoSite ms | Hugo (same site) ms | hugo alone ms |"
  echo "|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${ratios[@]}"
  echo
  echo "| preview | save → reload |"
  echo "|---|---|"
  printf '%s\n' "${preview[@]}"
} | tee "$table"
say "written to ${table#"$repo"/}"
