#!/usr/bin/env python3
"""Oracle for AST parity: CPython 3.11's ast.dump(include_attributes=True) for every .py under ROOT.

usage: cpython_ast_dump.py ROOT OUTDIR
For each ROOT/rel.py it writes OUTDIR/rel.py.dump (the dump) when CPython parses the file, or
OUTDIR/rel.py.err (one line: Type|lineno|offset|end_lineno|end_offset|msg) when it does not.
Files are parsed from bytes, as `ast.parse(open(f, 'rb').read())`, so PEP 263 declarations apply.
"""
import ast
import os
import sys
import warnings


def main(root, out):
    warnings.simplefilter("ignore")
    if sys.version_info[:2] != (3, 11):
        sys.exit("the AST oracle must run under CPython 3.11, not %s" % sys.version.split()[0])
    count = 0
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            if not name.endswith(".py"):
                continue
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, root)
            target = os.path.join(out, rel)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(path, "rb") as f:
                source = f.read()
            try:
                tree = ast.parse(source, filename=rel)
            except (SyntaxError, ValueError) as e:
                fields = [type(e).__name__] + [str(getattr(e, a, None)) for a in
                                               ("lineno", "offset", "end_lineno", "end_offset", "msg")]
                with open(target + ".err", "w", encoding="utf-8") as f:
                    f.write("|".join(fields).replace("\n", "\\n") + "\n")
            else:
                with open(target + ".dump", "w", encoding="utf-8", errors="surrogatepass") as f:
                    f.write(ast.dump(tree, include_attributes=True) + "\n")
            count += 1
    print("dumped %d files" % count)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
