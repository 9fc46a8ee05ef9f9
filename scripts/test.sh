#!/usr/bin/env bash
# Set up, build and run the whole test suite headless (QT_QPA_PLATFORM=offscreen).
# The store tests also run against PostgreSQL: CTest starts a throwaway cluster on a loopback port
# (scripts/pg-test-cluster.sh: initdb into a temporary folder, pg_ctl start) before them and stops
# it at the end. If it cannot start, those tests fail; they are never skipped.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cca_install_packages postgresql poppler-utils
cca_build release
cd "$CCA_ROOT"
export QT_QPA_PLATFORM=offscreen
ctest --preset release --output-on-failure --parallel "$(nproc)" "$@"
