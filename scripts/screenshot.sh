#!/usr/bin/env bash
# Run the app's main screens under Xvfb with a demo profile and save PNGs into OUTDIR.
# Usage: scripts/screenshot.sh OUTDIR
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
out="${1:?usage: scripts/screenshot.sh OUTDIR}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
cca_install_packages
cca_build release
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# A throw-away profile: the tour never touches the officer's real settings or database.
export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp"
export CCA_CONTENT_DIR="$CCA_ROOT/content"
unset QT_QPA_PLATFORM
xvfb-run -a -s "-screen 0 1400x900x24" "$CCA_ROOT/build/release/tests/tools/screenshot_tour" "$out"
echo "Screenshots saved in $out"
