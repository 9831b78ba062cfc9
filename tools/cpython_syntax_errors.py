#!/usr/bin/env python3
"""Oracle for the SyntaxError corpus: what CPython 3.11 raises for each case.

usage: cpython_syntax_errors.py CORPUS
CORPUS holds cases headed by '### name' lines. For each case prints one tab-separated line:
name, exception class, lineno, offset, msg — or 'ACCEPTED' when CPython parses it (a corpus bug).
Cases are parsed as ast.parse does (bytes in, 'exec' mode), without warnings.
"""
import ast
import sys
import warnings


def cases(path):
    name, lines = None, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("### "):
                if name is not None:
                    yield name, "".join(lines)
                name, lines = line[4:].strip(), []
            else:
                lines.append(line)
    if name is not None:
        yield name, "".join(lines)


def main(path):
    warnings.simplefilter("ignore")
    for name, source in cases(path):
        try:
            ast.parse(source.encode("utf-8"), filename=name + ".py")
        except SyntaxError as e:
            msg = (e.msg or "").replace("\t", " ").replace("\n", "\\n")
            print("\t".join([name, type(e).__name__, str(e.lineno), str(e.offset), msg]))
        except (ValueError, MemoryError, RecursionError) as e:
            print("\t".join([name, type(e).__name__, "None", "None", str(e)]))
        else:
            print("\t".join([name, "ACCEPTED", "", "", ""]))


if __name__ == "__main__":
    main(sys.argv[1])
