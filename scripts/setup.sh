#!/usr/bin/env bash
# Shared set-up for run.sh, test.sh and screenshot.sh: installs missing system packages
# (Debian 12 / Ubuntu 24.04, apt-get; sudo when not root), then configures and builds.
set -euo pipefail

CCA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CCA_ROOT

CCA_PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-multimedia-dev qt6-svg-dev libqt6svg6 libqt6sql6-sqlite libqt6sql6-psql qt6-charts-dev libqt6opengl6-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libsodium-dev libqrencode-dev libsqlite3-dev libsecp256k1-dev libssl-dev
  xvfb xauth
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good
  fonts-noto-core fonts-noto-cjk
)

cca_install_packages() {
  local missing=()
  local pkg
  for pkg in "${CCA_PACKAGES[@]}" "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$pkg")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  echo "==> Installing missing packages: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# cca_build PRESET: configure (once) and build.
cca_build() {
  local preset="${1:-release}"
  cd "$CCA_ROOT"
  if [ ! -f "build/$preset/build.ninja" ]; then
    cmake --preset "$preset"
  fi
  cmake --build --preset "$preset" --parallel "$(nproc)"
}
