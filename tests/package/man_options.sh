#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The man page documents every option `trendboard --help` prints, and no option it no longer
# has. Usage: man_options.sh TRENDBOARD MAN_PAGE
set -euo pipefail
trendboard=$1 man_page=$2

# An option's line starts with two spaces and the option, its text comes after two more.
help_options=$(QT_QPA_PLATFORM=offscreen "$trendboard" --help | sed -nE 's/^  (-[^ ].*)/\1/p' |
    sed -E 's/  .*//' | grep -oE -- '--?[a-z][a-z-]*' | sort -u)
[ -n "$help_options" ] || { echo "FAIL: --help printed no options" >&2; exit 1; }
# In roff a hyphen in an option is written \-; the option is where it is defined (.TP, then .B,
# .BR or .BI).
man_options=$(grep -A1 '^\.TP' "$man_page" | grep -E '^\.B[RI]? ' |
    grep -oE '(^|[ ",])(\\-){1,2}[a-z][a-z\\-]*' | sed 's/[ ",]//g; s/\\-/-/g' | sort -u)

status=0
for option in $help_options; do
    grep -qxF -- "$option" <<<"$man_options" ||
        { echo "FAIL: $man_page does not document $option" >&2; status=1; }
done
for option in $man_options; do
    grep -qxF -- "$option" <<<"$help_options" ||
        { echo "FAIL: $man_page documents $option, which --help does not print" >&2; status=1; }
done
[ $status -eq 0 ] && echo "PASS: $(wc -w <<<"$help_options") options in --help and the man page"
exit $status
