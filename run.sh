#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the dependencies, builds, and starts Trendboard on its bundled data.
# Arguments go to the app, e.g. ./run.sh --list --section 1
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh
scripts/build.sh
exec ./build/trendboard "$@"
