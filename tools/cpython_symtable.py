#!/usr/bin/env python3
"""Oracle for the symbol table: CPython 3.11's symtable for every .py under ROOT that it parses.

usage: cpython_symtable.py ROOT FILE...   (FILE relative to ROOT)
For each file prints '== FILE', then for each block depth-first: 'T <type> <name> <lineno>' and
one 'S <name> <flags>' line per symbol (sorted), flags being CPython's raw DEF_* bits plus the
scope at bit 11. A symtable error prints 'E <msg> <lineno>'; a parse error prints '== FILE skip'.
"""
import symtable
import sys
import warnings


def dump(table, out):
    out.append("T %s %s %d" % (table.get_type(), table.get_name(), table.get_lineno()))
    for sym in sorted(table.get_symbols(), key=lambda s: s.get_name()):
        out.append("S %s %d" % (sym.get_name(), sym._Symbol__flags | (sym._Symbol__scope << 11)))
    for child in table.get_children():
        dump(child, out)


def main(root, files):
    warnings.simplefilter("ignore")
    for rel in files:
        with open(f"{root}/{rel}", "rb") as f:
            data = f.read()
        try:
            compile(data, rel, "exec", 0x400, dont_inherit=True)  # PyCF_ONLY_AST: parse only
        except (SyntaxError, ValueError):
            print(f"== {rel} skip")
            continue
        out = []
        try:
            dump(symtable.symtable(data, rel, "exec"), out)
        except SyntaxError as e:
            out = ["E %s %s" % (e.msg, e.lineno)]
        print(f"== {rel}")
        print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
