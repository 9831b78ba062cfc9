#!/usr/bin/env python3
"""Oracle for symbol-table errors: what CPython 3.11's symtable raises for each corpus case.

usage: cpython_symtable_errors.py CORPUS   (cases headed by '### name' lines)
Prints one tab-separated line per case: name, msg, lineno, offset — or 'ACCEPTED'.
"""
import symtable
import sys


def main(path):
    name, lines, cases = None, [], []
    for line in open(path, encoding="utf-8"):
        if line.startswith("### "):
            if name is not None:
                cases.append((name, "".join(lines)))
            name, lines = line[4:].strip(), []
        else:
            lines.append(line)
    cases.append((name, "".join(lines)))
    for name, source in cases:
        try:
            symtable.symtable(source, name + ".py", "exec")
            print(f"{name}\tACCEPTED\t\t")
        except SyntaxError as e:
            print(f"{name}\t{e.msg}\t{e.lineno}\t{e.offset}")


if __name__ == "__main__":
    main(sys.argv[1])
