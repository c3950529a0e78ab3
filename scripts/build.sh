#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures and builds Trendboard in ./build (the bundled database is compiled as part of it).
set -euo pipefail
cd "$(dirname "$0")/.."
generator=()
command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
# TRENDBOARD_UNITY_BUILD=ON (CI) builds from scratch as a unity build: each header compiled once
# per batch of sources, minutes faster for a build made once; an edit-and-rebuild loop is
# faster without it.
unity=()
[ "${TRENDBOARD_UNITY_BUILD:-OFF}" = ON ] && unity=(-DCMAKE_UNITY_BUILD=ON)
if [ ! -f build/CMakeCache.txt ]; then
    cmake -S . -B build "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${unity[@]}"
fi
cmake --build build --parallel "$(nproc)"
