#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package into a temporary folder, unpacks it into a temporary root and runs
# the installed app from there, headless and without TRENDBOARD_DB, so that it must find its
# database by the installed layout. Checks the package's relations, its files, the launcher and
# the AppStream metainfo.
# Usage: package.sh CPACK BUILD_DIR APP_ID VERSION
# Exit 0: all pass; 1: a failure (named); 77: a tool it needs is not installed (skipped).
set -euo pipefail
cpack=$1 build_dir=$2 app_id=$3 version=$4

# dpkg-shlibdeps and file: without them CPack writes a package without its library dependencies.
for tool in dpkg-deb dpkg-shlibdeps file desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed (scripts/install-deps.sh installs it)"
        exit 77
    fi
done

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$cpack" --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack failed"; }
debs=("$work"/out/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "cpack made no single .deb: ${debs[*]}"
deb=${debs[0]}
echo "package: $(basename "$deb")"
[ "$(basename "$deb")" = "trendboard_${version}_$(dpkg --print-architecture).deb" ] ||
    fail "package file name $(basename "$deb") is not trendboard_${version}_<arch>.deb"

# Relations: the libraries dpkg-shlibdeps finds in the binary (libc6 shows that it ran), the
# plugins Qt loads at run time, and the CJK fonts as a recommendation.
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version is not $version"
# Prints a relation field's package names, one a line.
relation_names() {
    dpkg-deb -f "$deb" "$1" | tr ',' '\n' | sed -E 's/^ *//; s/[ (].*//'
}
echo "Depends: $(dpkg-deb -f "$deb" Depends)"
depends=$(relation_names Depends)
recommends=$(relation_names Recommends)
for p in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite \
    libqt6charts6 libqt6svg6 qt6-qpa-plugins; do
    grep -qxF "$p" <<<"$depends" || fail "Depends lacks $p"
done
[ -z "$(sort <<<"$depends" | uniq -d)" ] || fail "Depends names a package twice"
grep -qxF fonts-noto-cjk <<<"$recommends" || fail "Recommends lacks fonts-noto-cjk"

root="$work/root"
dpkg-deb -x "$deb" "$root"
root=$(cd "$root" && pwd -P)
icons=$root/usr/share/icons/hicolor
for f in usr/bin/trendboard usr/share/trendboard/trendboard.sqlite \
    "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml" \
    usr/share/man/man1/trendboard.1.gz usr/share/icons/hicolor/scalable/apps/trendboard.svg \
    usr/share/doc/trendboard/copyright; do
    [ -s "$root/$f" ] || fail "the package lacks /$f"
done
[[ "$(file -b "$root/usr/bin/trendboard")" == *", stripped"* ]] || fail "the installed binary is not stripped"
gzip -t "$root/usr/share/man/man1/trendboard.1.gz" || fail "the man page is not a valid gzip file"
changelog_version=$(gzip -dc "$root/usr/share/doc/trendboard/changelog.gz" | sed -nE '1s/^trendboard \(([^)]*)\).*/\1/p')
[ "$changelog_version" = "$version" ] ||
    fail "packaging/changelog starts at version '$changelog_version', the project is at $version"

# The copyright file: machine-readable (DEP-5), naming the project's terms, the data's sources
# and the licences of what the binary links.
copyright=$root/usr/share/doc/trendboard/copyright
[ "$(head -n1 "$copyright")" = "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" ] ||
    fail "the copyright file is not in Debian's machine-readable format"
for text in "Copyright: 2026 The Trendboard developers" "License: GPL-3+" \
    "SPDX-License-Identifier: GPL-3.0-or-later" "/usr/share/common-licenses/GPL-3" "BOND" "Trends – Artificial Intelligence" "May 2025" \
    "Overseas AI Tokens / Users Surge" "LGPL-3" "GPL-3+" "BSL-1.0" "public domain"; do
    grep -qF "$text" "$copyright" || fail "the copyright file does not say '$text'"
done
# lintian, where it is installed: no errors and no warnings (the hardening tags included:
# the binary is built with Debian's flags).
if command -v lintian >/dev/null 2>&1; then
    lintian --fail-on error,warning "$deb" || fail "lintian reports errors or warnings"
else
    echo "lintian is not installed: not run"
fi
# Hardening, checked on the binary itself: BIND_NOW, RELRO, a stack protector (lintian checks
# the fortified calls). readelf's output is read whole: grep -q closing the pipe early would
# fail the pipeline.
bin_file=$work/bin-check
dpkg-deb --fsys-tarfile "$deb" | tar -xOf - ./usr/bin/trendboard >"$bin_file"
dynamic=$(readelf -d "$bin_file")
grep -qE 'FLAGS.*BIND_NOW' <<<"$dynamic" || fail "the binary is not linked with -z now"
segments=$(readelf -lW "$bin_file")
grep -q GNU_RELRO <<<"$segments" || fail "the binary has no RELRO segment"
symbols=$(readelf -sW --dyn-syms "$bin_file")
grep -q __stack_chk_fail <<<"$symbols" || fail "the binary has no stack protector"

# Reproducible: a second package of the same build is byte for byte the first (file dates are
# SOURCE_DATE_EPOCH, by default the last commit's date).
# The installed files' own dates move on (as after a rebuild); the package's must not.
touch "$build_dir/trendboard" "$build_dir/data/trendboard.sqlite"
"$cpack" --config "$build_dir/CPackConfig.cmake" -B "$work/again" >"$work/cpack2.log" 2>&1 ||
    { cat "$work/cpack2.log"; fail "the second cpack failed"; }
cmp "$deb" "$work/again/$(basename "$deb")" || fail "two packages of one build differ"

# Prints WIDTHxHEIGHT of a PNG file; fails when the file does not start as a PNG does.
png_size() {
    local head
    head=$(od -An -tx1 -N24 "$1" | tr -d ' \n')
    [ "${head:0:32}" = 89504e470d0a1a0a0000000d49484452 ] || return 1
    echo "$((16#${head:32:8}))x$((16#${head:40:8}))"
}
for size in 16 32 48 64 128 256; do
    png=$icons/${size}x${size}/apps/trendboard.png
    [ "$(png_size "$png")" = "${size}x${size}" ] || fail "$png is not a ${size}x${size} PNG"
done

# The installed app, run as a user would run it: no TRENDBOARD_DB, no display.
runtime=$work/runtime
mkdir -m 700 "$runtime"
run() {
    env -u TRENDBOARD_DB QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$runtime" \
        "$root/usr/bin/trendboard" "$@"
}
[ "$(run --version)" = "trendboard $version" ] || fail "--version does not print $version"
db_path=$(run --db-path)
[ "$db_path" = "$root/usr/share/trendboard/trendboard.sqlite" ] ||
    fail "the installed app reads $db_path, not its installed database"
run --list >"$work/list.txt" || fail "--list failed"
# A header row (id, report, section, page, title), then one exhibit a line, both reports'.
head -n 1 "$work/list.txt" | grep -qP '^id\treport\tsection\tpage\ttitle$' ||
    fail "--list has no header row"
exhibits=$(($(wc -l <"$work/list.txt") - 1))
[ "$exhibits" -ge 100 ] || fail "--list printed $exhibits exhibits"
grep -qP '^\S+\tbond-ai-2025\t\d+\t4\t' "$work/list.txt" || fail "--list has no exhibit on page 4"
grep -qP '^\S+\tbroker-ai-tokens-2025\t' "$work/list.txt" ||
    fail "--list has no exhibit of the brokerage note"
echo "--list: $exhibits exhibits"
run --export-png "$work/x.png" --page 4 >"$work/written.txt" || fail "--export-png failed"
[ -s "$work/written.txt" ] || fail "--export-png wrote no file"
while read -r png; do
    [ "$(png_size "$png")" = 1600x900 ] || fail "$png is not a 1600x900 PNG"
    echo "--export-png: $(basename "$png") 1600x900"
done <"$work/written.txt"

# The launcher and the metainfo, as installed (validate-tree also matches them to each other
# and to the icons).
# desktop-file-validate exits 0 on warnings and hints; the launcher is to have none.
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" >"$work/desktop.txt" 2>&1 ||
    { cat "$work/desktop.txt"; fail "desktop-file-validate"; }
[ ! -s "$work/desktop.txt" ] || { cat "$work/desktop.txt"; fail "desktop-file-validate warns"; }
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "appstreamcli validate"
appstreamcli validate --pedantic --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "appstreamcli validate --pedantic"
appstreamcli validate-tree --no-net "$root" || fail "appstreamcli validate-tree"
if command -v appstream-util >/dev/null 2>&1; then
    appstream-util validate --nonet "$root/usr/share/metainfo/$app_id.metainfo.xml" ||
        fail "appstream-util validate"
else
    echo "appstream-util is not installed: not run"
fi
echo "PASS"
