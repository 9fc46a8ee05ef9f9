#!/usr/bin/env bash
# Set up, build and run the whole test suite headless (QT_QPA_PLATFORM=offscreen).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cca_install_packages
cca_build release
cd "$CCA_ROOT"
export QT_QPA_PLATFORM=offscreen
ctest --preset release --output-on-failure --parallel "$(nproc)" "$@"
