# encodings
s = "naïve café"
b = s.encode("utf-8")
print(b, len(s), len(b), b.decode("utf-8") == s, s.encode("latin-1"), s.encode("ascii", "replace"), s.encode("ascii", "ignore"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(e)
print(b"caf\xc3\xa9".decode(), b"\xff\xfe".decode("latin-1"), b"a\xffb".decode("utf-8", "replace"))
