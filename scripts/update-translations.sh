#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Updates the translations from the sources (Qt's lupdate): translations/trendboard_zh_CN.ts
# (every string; new ones come out unfinished, for a translator) and trendboard_en.ts (plural
# forms only, filled in here from the "(s)" in the source: "%n file(s)" -> "%n file", "%n files").
# With --check, changes nothing and exits 1 when either file is out of step with the sources or
# a Chinese string is unfinished (CI runs it so).
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
check=false
[ "${1:-}" = --check ] && check=true
work=$(mktemp -d translations/.update.XXXXXX)
trap 'rm -rf "$work"' EXIT
cp translations/trendboard_zh_CN.ts translations/trendboard_en.ts "$work/" 2>/dev/null || true
"$lupdate" -silent -no-obsolete -locations absolute db app ui widgets -ts "$work/trendboard_zh_CN.ts"
"$lupdate" -silent -no-obsolete -locations absolute -pluralonly db app ui widgets \
    -source-language en -target-language en -ts "$work/trendboard_en.ts"
python3 scripts/english_plurals.py "$work/trendboard_en.ts"
# lupdate writes locations relative to the .ts file's folder: make them so for translations/.
sed -i 's#filename="\(\.\./\)*\(db\|app\|ui\|widgets\)/#filename="../\2/#' "$work"/*.ts
if $check; then
    status=0
    for f in trendboard_zh_CN.ts trendboard_en.ts; do
        # Line numbers move with every edit to a source file: only the strings must be in step.
        if ! diff -q <(grep -v '<location ' "$work/$f") <(grep -v '<location ' "translations/$f") >/dev/null; then
            echo "translations/$f is out of step with the sources: run scripts/update-translations.sh"
            diff -u "translations/$f" "$work/$f" | head -40 || true
            status=1
        fi
    done
    unfinished=$(grep -c 'type="unfinished"' translations/trendboard_zh_CN.ts || true)
    if [ "$unfinished" -ne 0 ]; then
        echo "translations/trendboard_zh_CN.ts has $unfinished unfinished Chinese strings"
        status=1
    fi
    exit $status
fi
cp "$work/trendboard_zh_CN.ts" "$work/trendboard_en.ts" translations/
echo "unfinished Chinese strings: $(grep -c 'type="unfinished"' translations/trendboard_zh_CN.ts || true)"
