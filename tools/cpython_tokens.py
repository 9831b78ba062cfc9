#!/usr/bin/env python3
"""Oracle for the lexer test: CPython 3.11's tokenize over Lib files, as the parser sees tokens.

usage: cpython_tokens.py ROOT FILE...   (FILE relative to ROOT)
For each file prints '== FILE', then one line per token: KIND, start line, start column
(code points), end line, end column, and the token text with backslash escapes. NL, COMMENT and
ENCODING are dropped, as the C tokenizer does for the parser. A file holding an f-string prints
'== FILE skip' instead: 3.11's tokenize keeps an f-string as one STRING, Matcha lexes it the
PEP 701 way.
"""
import io
import sys
import token
import tokenize

DROP = {token.NL, token.COMMENT, token.ENCODING}


def main(root, files):
    for rel in files:
        with open(f"{root}/{rel}", "rb") as f:
            data = f.read()
        try:
            toks = [t for t in tokenize.tokenize(io.BytesIO(data).readline) if t.type not in DROP]
        except (tokenize.TokenError, SyntaxError, UnicodeDecodeError):
            print(f"== {rel} skip")
            continue
        if any(t.type == token.STRING and t.string[:3].lower().lstrip("rbu").startswith("f") for t in toks):
            print(f"== {rel} skip")
            continue
        print(f"== {rel}")
        for t in toks:
            kind = token.tok_name[t.exact_type]
            text = t.string.encode("unicode_escape").decode("ascii")
            print(f"{kind}\t{t.start[0]}\t{t.start[1]}\t{t.end[0]}\t{t.end[1]}\t{text}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
