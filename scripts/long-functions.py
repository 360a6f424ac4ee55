#!/usr/bin/env python3
"""Lists Swift functions longer than a limit (default 60 lines) and files over
~400 lines, for the review rule in docs/code-layout.md. A function may be
longer when a comment line containing `long-function:` right above it says why."""
import re, sys, pathlib

LIMIT = int(sys.argv[1]) if len(sys.argv) > 1 else 60
FILE_LIMIT = 400
DECL = re.compile(r'^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|private|fileprivate|internal|static|final|override|mutating|nonisolated|@inline\(__always\))\s+)*(?:func\s+\S+|init[?!]?\s*[(<]|var\s+\w+\s*:[^=]*\{\s*$)')

def strip(line):
    # drop string literals and line comments (good enough for brace counting)
    line = re.sub(r'"(?:\\.|[^"\\])*"', '""', line)
    return line.split('//')[0]

found = 0
for path in sorted(pathlib.Path('Sources').rglob('*.swift')):
    lines = path.read_text().split('\n')
    if len(lines) > FILE_LIMIT + 20:
        print(f'{path}: {len(lines)} lines (file)'); found += 1
    i = 0
    in_multiline = False
    while i < len(lines):
        line = lines[i]
        if DECL.match(line) and '{' in strip(line) or (DECL.match(line) and not line.rstrip().endswith('}') and i + 1 < len(lines)):
            depth, j, opened = 0, i, False
            while j < len(lines):
                s = strip(lines[j])
                if s.count('"""') % 2 == 1: in_multiline = not in_multiline
                if not in_multiline:
                    depth += s.count('{') - s.count('}')
                    if '{' in s: opened = True
                if opened and depth <= 0: break
                j += 1
            length = j - i + 1
            reason = any('long-function:' in lines[k] for k in range(max(0, i - 4), i))
            if length > LIMIT and not reason:
                print(f'{path}:{i + 1}: {length} lines: {line.strip()[:80]}'); found += 1
            i = i + 1
        else:
            i += 1
sys.exit(1 if found else 0)
