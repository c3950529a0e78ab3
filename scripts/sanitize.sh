#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds everything with AddressSanitizer + UndefinedBehaviorSanitizer in ./build-asan and runs
# the whole test suite there. Any finding fails the test that hit it.
set -euo pipefail
cd "$(dirname "$0")/.."
generator=()
command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
if [ ! -f build-asan/CMakeCache.txt ]; then
    # A unity build: this build is made once from scratch (in CI), where compiling each header
    # once per batch of sources rather than once per source saves minutes of CI's fifteen.
    cmake -S . -B build-asan "${generator[@]}" -DCMAKE_BUILD_TYPE=Debug -DTRENDBOARD_SANITIZE=ON \
        -DCMAKE_UNITY_BUILD=ON
fi
cmake --build build-asan --parallel "$(nproc)"
export QT_QPA_PLATFORM=offscreen
# Leaks are reported; only caches that fontconfig, D-Bus and GL keep for the life of the
# process are suppressed (tests/lsan.supp).
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# Tests are separate processes: run two at a time on the two cores CI has.
ctest --test-dir build-asan --output-on-failure --timeout 600 --parallel "$(nproc)"
