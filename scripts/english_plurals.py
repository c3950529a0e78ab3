#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills in the English plural forms of a -pluralonly .ts file from its sources' "(s)" marks:
"%n file(s)" gives "%n file" (one) and "%n files" (other). Forms already given are kept; the
file keeps lupdate's layout, so that a second run changes nothing."""
import html
import re
import sys

path = sys.argv[1]
text = open(path, encoding="utf-8").read()


def escape(form):
    """As lupdate writes text: &, <, >, ' and " as entities."""
    return (form.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("'", "&apos;").replace('"', "&quot;"))


def fill(match):
    block = match.group(0)
    if 'type="unfinished"' not in block:
        return block
    source = html.unescape(re.search(r"<source>(.*?)</source>", block, re.S).group(1))
    one = re.sub(r"\((?:e?s)\)", "", source)
    other = re.sub(r"\((e?s)\)", r"\1", source)
    forms = "".join(
        "\n            <numerusform>%s</numerusform>" % escape(form)
        for form in (one, other))
    return re.sub(r'<translation type="unfinished">.*?</translation>',
                  lambda _: "<translation>%s\n        </translation>" % forms, block, flags=re.S)


text = re.sub(r'<message numerus="yes">.*?</message>', fill, text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
