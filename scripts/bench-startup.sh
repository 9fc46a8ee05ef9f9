#!/usr/bin/env bash
# Start-up time of the real app: start, load the catalog and database, paint once, exit.
# Usage: scripts/bench-startup.sh [RUNS]   (prints each run's start-up-ms and the median)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cca_build release >/dev/null
runs="${1:-20}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp"
times=()
for _ in $(seq "$runs"); do
  ms=$("$CCA_ROOT/build/release/app/gui/ccacademy" --exit-after-startup --database "$tmp/p.sqlite" | awk '/startup-ms/ {print $2}')
  times+=("$ms")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "runs %d  min %d ms  median %d ms  max %d ms\n", NR, a[1], a[int((NR+1)/2)], a[NR]}'
