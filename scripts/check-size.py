#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a function body is longer than 150 lines or a source file longer than 650 lines
(files under tests/: 800), so that no function or file grows past what one can read at once.
Walks `git ls-files '*.cpp' '*.h'`; prints file:line, the function and its length. Run by
.ci/run before the build; `--self-test` checks the detector on code written to trip it.

Functions are found as clang-format writes them here (BraceWrapping AfterFunction): outside any
function, a `{` whose declaration (the text since the last `;` or the last class, namespace or
function brace) has a `(` and no `=` at the top level, and is not a class, struct, union, enum,
namespace or extern block. Everything up to its matching `}` counts toward the function, its
lambdas and local classes included. Comments, strings and preprocessor lines are blanked first,
so a brace in them counts for nothing."""
import re
import subprocess
import sys

MAX_FUNCTION_LINES = 150
MAX_FILE_LINES = 650
MAX_TEST_FILE_LINES = 800

# Functions or files allowed past the limits, each with the reason: "path:function" (or a path,
# for the whole file) -> why. Empty: every function and file keeps to them.
EXEMPT: dict = {}

CONTAINER = re.compile(
    r"^(?:template\s*<.*>\s*)?(?:typedef\s+)?(?:class|struct|union|enum|namespace|extern)\b", re.S
)
ACCESS = re.compile(r"\b(?:public|protected|private|signals|Q_SIGNALS|Q_SLOTS|slots)\s*:(?!:)")
MACRO = re.compile(r"^\s*Q_[A-Z_]+\b(?:\([^()]*\))?", re.M)
OPERATOR = re.compile(r"\boperator\s*(?:\(\)|[^\s(]+)")


def blank(text):
    """The text with comments, string and character literals and preprocessor lines replaced by
    spaces, newlines kept, so that positions and line numbers stay those of the file."""
    out = list(text)
    i, n = 0, len(text)
    line_start = True

    def wipe(a, b):
        for k in range(a, b):
            if out[k] != "\n":
                out[k] = " "

    while i < n:
        c = text[i]
        if c == "\n":
            line_start = True
            i += 1
            continue
        if line_start and c in " \t":
            i += 1
            continue
        if line_start and c == "#":
            j = i
            while j < n and text[j] != "\n":
                if text[j] == "\\" and j + 1 < n and text[j + 1] == "\n":
                    j += 2
                    continue
                j += 1
            wipe(i, j)
            i = j
            continue
        line_start = False
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            wipe(i, j)
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            wipe(i, j)
            i = j
        elif c == "R" and text.startswith('R"', i) and (i == 0 or not _ident(text[i - 1])):
            m = re.match(r'R"([^(\s]*)\(', text[i:])
            if not m:
                i += 1
                continue
            end = text.find(")" + m.group(1) + '"', i + m.end())
            j = n if end < 0 else end + len(m.group(1)) + 2
            wipe(i, j)
            i = j
        elif c == '"' or (c == "'" and (i == 0 or not _ident(text[i - 1]))):
            # A ' after a digit or letter is a digit separator (1'000), not a literal.
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            wipe(i, min(j + 1, n))
            i = j + 1
        else:
            i += 1
    return "".join(out)


def _ident(ch):
    return ch.isalnum() or ch == "_"


def top_level(header):
    """The header with everything inside (), <> of templates aside, [] and {} removed."""
    depth, kept = 0, []
    for ch in header:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth = max(0, depth - 1)
        elif depth == 0:
            kept.append(ch)
    return "".join(kept)


def declaration(text):
    """The declaration a brace ends: the text after the last access specifier, without the
    Q_OBJECT-style macros that end in no semicolon."""
    text = ACCESS.split(text)[-1]
    return MACRO.sub(" ", text).strip()


def _open_paren(header):
    return header.count("(") > header.count(")")


def is_function(header):
    if not header or "(" not in header or CONTAINER.match(header):
        return False
    outside = top_level(OPERATOR.sub(" operator ", header))
    # `x = {`, `auto f = [] {`: an initialiser, not a definition.
    return "=" not in outside.replace("==", "").replace("!=", "")


def functions(code):
    """Yields (first line of the declaration, name, lines of the body) for each function."""
    stack = []  # the open braces: ("container"|"other", 0) or ("function", where it opened)
    header_from = 0
    line_of = _line_index(code)
    in_function = False
    for pos, ch in enumerate(code):
        if ch == ";" and not in_function:
            if not stack or stack[-1][0] == "container":
                header_from = pos + 1
        elif ch == "{":
            header = declaration(code[header_from:pos])
            # A brace inside the parameter list is a default argument's `= {}`, not a body.
            # `m_x{x}` in a constructor's initialiser list is a braced initialiser, not a body.
            braced = pos > 0 and (_ident(code[pos - 1]) or code[pos - 1] == ">")
            nested = in_function or (stack and stack[-1][0] == "other")
            if nested or _open_paren(header) or braced:
                stack.append(("other", 0))
            elif CONTAINER.match(header):
                stack.append(("container", 0))
                header_from = pos + 1
            elif is_function(header):
                raw = code[header_from:pos]
                start = header_from + max(0, raw.rfind(_name(header)))
                stack.append(("function", (pos, start, header)))
                in_function = True
            else:
                stack.append(("other", 0))
        elif ch == "}" and stack:
            kind, where = stack.pop()
            if kind == "function":
                open_pos, start, header = where
                in_function = False
                yield line_of(start), _name(header), line_of(pos) - line_of(open_pos) + 1
                header_from = pos + 1
            elif kind == "container":
                header_from = pos + 1


def _line_index(code):
    starts = [m.end() for m in re.finditer("\n", code)]

    def line_of(pos):
        lo, hi = 0, len(starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if starts[mid] <= pos:
                lo = mid + 1
            else:
                hi = mid
        return lo + 1

    return line_of


def _name(header):
    before = header.split("(")[0].split()
    return before[-1] if before else "?"


def problems_in(path, text):
    """The file's problems as "path:line: what" lines."""
    problems = []
    if path in EXEMPT:
        return problems
    lines = text.count("\n") + (0 if text.endswith("\n") or not text else 1)
    limit = MAX_TEST_FILE_LINES if path.startswith("tests/") else MAX_FILE_LINES
    if lines > limit:
        problems.append(f"{path}:1: {lines} lines, more than {limit} in one file")
    for line, name, body in functions(blank(text)):
        if body > MAX_FUNCTION_LINES and f"{path}:{name}" not in EXEMPT:
            problems.append(
                f"{path}:{line}: function {name} has {body} lines, more than {MAX_FUNCTION_LINES}"
            )
    return problems


def self_test():
    """The detector on code written to trip it: what it must find and what it must not."""
    body = "".join(f"    x += {i};\n" for i in range(MAX_FUNCTION_LINES - 2))
    code = (
        "namespace a {\nclass Foo : public QObject\n{\n    Q_OBJECT\npublic:\n"
        "    explicit Foo(int x, QStringList l = {})\n        : m_x{x}, m_y(2)\n    {\n"
        "        auto f = [&](int y) {\n            return y + 1; // }\n        };\n"
        '        const char* s = "{{{";\n        int n = 1\'000;\n        char c = \'{\';\n'
        "    }\n    int get() const { return m_x; }\n};\n"
        "const QStringList kX = {\n    \"a\",\n};\n"
        "bool operator==(const Foo& a, const Foo& b)\n{\n    return true;\n}\n"
        f"int fits()\n{{\n{body}}}\n"
        f"int tooLong(int x)\n{{\n    auto g = [] {{\n        return 1;\n    }};\n{body}}}\n"
        "}\n"
    )
    found = [(name, length) for _, name, length in functions(blank(code))]
    want = [("Foo", 8), ("get", 1), ("operator==", 3), ("fits", MAX_FUNCTION_LINES),
            ("tooLong", MAX_FUNCTION_LINES + 3)]
    if found != want:
        print(f"check-size self-test: found {found}, want {want}", file=sys.stderr)
        return 1
    flagged = problems_in("x.cpp", code)
    if len(flagged) != 1 or "tooLong" not in flagged[0]:
        print(f"check-size self-test: flagged {flagged}", file=sys.stderr)
        return 1
    return 0


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    files = subprocess.run(
        ["git", "ls-files", "*.cpp", "*.h"], capture_output=True, text=True, check=True
    ).stdout.split()
    problems = []
    for path in files:
        with open(path, encoding="utf-8") as f:
            problems += problems_in(path, f.read())
    for p in problems:
        print(p)
    if problems:
        print(
            f"check-size: {len(problems)} too long (split functions by step, files by concern)",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
