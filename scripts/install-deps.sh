#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Trendboard needs to build, run and test, from Debian 12's packages.
# Idempotent: installs only what is missing. Works as root, or through sudo otherwise.
# dpkg-dev and file let CPack find the package's library dependencies (dpkg-shlibdeps);
# desktop-file-utils, appstream and appstream-util validate the launcher and metainfo, lintian
# and binutils (readelf) the package and its hardening, in the package test; poppler-utils
# (pdftoppm) and librsvg2-bin (rsvg-convert) render PDF and SVG slides in tests; python3 runs
# the layer and translation checks.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config clang-14 libclang-rt-14-dev lld
    qt6-base-dev qt6-qpa-plugins libqt6opengl6-dev qt6-charts-dev libqt6sql6-sqlite qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n libgl-dev
    libboost-date-time-dev libsqlite3-dev sqlite3 libyaml-cpp-dev zlib1g-dev
    fonts-dejavu-core
    dpkg-dev file desktop-file-utils appstream appstream-util lintian binutils
    poppler-utils librsvg2-bin python3
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
else
    echo "install-deps: need root or sudo to install: ${missing[*]}" >&2
    exit 1
fi
echo "install-deps: installing ${missing[*]}"
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
