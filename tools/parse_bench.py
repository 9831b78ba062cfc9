#!/usr/bin/env python3
"""CPython side of the parse benchmark: ast.parse over every .py under ROOT, warm, best of N runs.

usage: parse_bench.py ROOT [RUNS]   prints: files=<n> lines=<n> seconds=<best> lines_per_sec=<n>
Files CPython rejects are skipped (they are also skipped on the Matcha side).
"""
import ast
import os
import sys
import time
import warnings


def load(root):
    sources = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            if name.endswith(".py"):
                with open(os.path.join(dirpath, name), "rb") as f:
                    data = f.read()
                try:
                    ast.parse(data)
                except (SyntaxError, ValueError):
                    continue
                sources.append(data)
    return sources


def main(root, runs):
    warnings.simplefilter("ignore")
    sources = load(root)
    lines = sum(s.count(b"\n") for s in sources)
    best = None
    for _ in range(runs):
        start = time.perf_counter()
        for s in sources:
            ast.parse(s)
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    print("files=%d lines=%d seconds=%.3f lines_per_sec=%d" % (len(sources), lines, best, lines / best))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3)
