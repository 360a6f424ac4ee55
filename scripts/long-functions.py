#!/usr/bin/env python3
"""Lists Swift functions longer than a limit (default 60 lines) and files over
420 lines, the review rule of docs/code-layout.md. A longer function is fine
when a comment within the four lines above it contains `long-function:` and
says why; a longer file when one of its first five lines has `long-file:`. Exit status 1 when something is listed."""
import re, sys, pathlib

LIMIT = int(sys.argv[1]) if len(sys.argv) > 1 else 60
FILE_LIMIT = 420
DECL = re.compile(r'^\s*(?:@[\w.]+(?:\([^)]*\))?\s+)*(?:(?:public|private|fileprivate|internal|static|final|override|mutating|nonisolated(?:\(unsafe\))?|@inline\(__always\)|@discardableResult)\s+)*(?:func\s|init[?!]?\s*[(<])')


def code_braces(text):
    """For each line, the change in brace depth from code only (strings, comments skipped)."""
    deltas = [0] * (text.count('\n') + 1)
    line, i, n = 0, 0, len(text)
    stack = []  # 'code' frames inside interpolation: paren depth; 's' / 'm' string kinds
    mode = ['code']
    paren = [0]
    while i < n:
        c = text[i]
        if c == '\n':
            line += 1
        top = mode[-1]
        if top == 'code':
            if text.startswith('//', i):
                j = text.find('\n', i)
                i = n if j < 0 else j
                continue
            if text.startswith('/*', i):
                j = text.find('*/', i)
                line += text[i:j].count('\n')
                i = j + 2
                continue
            if text.startswith('"""', i):
                mode.append('m'); i += 3; continue
            if c == '"':
                mode.append('s'); i += 1; continue
            if c == '{': deltas[line] += 1
            elif c == '}': deltas[line] -= 1
            elif c == '(':
                paren[-1] += 1
            elif c == ')':
                if len(paren) > 1 and paren[-1] == 0:
                    mode.pop(); paren.pop()  # end of interpolation
                else:
                    paren[-1] -= 1
            i += 1
        else:  # in a string
            if c == '\\' and i + 1 < n and text[i + 1] == '(':
                mode.append('code'); paren.append(0); i += 2; continue
            if c == '\\':
                i += 2; continue
            if top == 'm' and text.startswith('"""', i):
                mode.pop(); i += 3; continue
            if top == 's' and c == '"':
                mode.pop(); i += 1; continue
            i += 1
    return deltas


found = 0
for path in sorted(pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else 'Sources').rglob('*.swift')):
    text = path.read_text()
    lines = text.split('\n')
    if len(lines) > FILE_LIMIT and not any('long-file:' in l for l in lines[:5]):
        print(f'{path}: {len(lines)} lines (file over {FILE_LIMIT})'); found += 1
    deltas = code_braces(text)
    for i, line in enumerate(lines):
        if not DECL.match(line):
            continue
        if deltas[i] == 0 and '{' in line and line.rstrip().endswith('}'):
            continue  # a one-line function
        depth, j, opened = 0, i, False
        while j < len(lines):
            depth += deltas[j]
            if deltas[j] > 0 or '{' in lines[j]:
                opened = opened or depth > 0
            if opened and depth <= 0:
                break
            if not opened and j > i + 6:
                break  # a declaration without a body (protocol requirement)
            j += 1
        length = j - i + 1
        reason = any('long-function:' in lines[k] for k in range(max(0, i - 4), i))
        if opened and length > LIMIT and not reason:
            print(f'{path}:{i + 1}: {length} lines: {line.strip()[:90]}'); found += 1
sys.exit(1 if found else 0)
