#!/usr/bin/env bash
# Set up, build (Release) and start Crypto Crime Academy on the bundled content, with the
# embedded SQLite database in the user's data folder. Extra arguments go to the app.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cca_install_packages
cca_build release
exec "$CCA_ROOT/build/release/app/gui/ccacademy" "$@"
