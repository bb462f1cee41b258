#!/usr/bin/env bash
# Exports a plan (its content/) to a Hugo site that produces the same pages as PianoSite's website:
#   bench/hugo/export.sh PLAN_ROOT HUGO_SITE_DIR
# The Hugo site is: hugo.toml + layouts/ (bench/hugo/site/, Go templates with the markup of templates/),
# content/ (one Markdown file per page, generated), data/plan.json (objectives, components, drivers), static/
# (the same assets PianoSite copies). Then `hugo --source HUGO_SITE_DIR` builds it into HUGO_SITE_DIR/public.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "$0")")" && pwd)"
[ $# -eq 2 ] || { echo "usage: $0 PLAN_ROOT HUGO_SITE_DIR" >&2; exit 2; }
exec python3 "$here/export.py" "$1" "$2" "$here/site" "$(cd "$here/../.." && pwd)"
