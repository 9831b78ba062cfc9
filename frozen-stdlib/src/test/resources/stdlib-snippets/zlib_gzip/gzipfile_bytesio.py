# gzip.GzipFile and gzip.open over io.BytesIO: writing in pieces, reading, seeking, lines, text mode.
import gzip
import io

data = b"".join(b"row %03d,%d,%s\n" % (i, i * i, b"x" * (i % 5)) for i in range(400))
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as f:
    f.write(data[:1000])
    f.write(memoryview(data[1000:5000]))
    f.flush()
    f.write(data[5000:])
raw = buf.getvalue()
print(len(raw), raw[:10].hex(), gzip.decompress(raw) == data)

buf.seek(0)
with gzip.GzipFile(fileobj=buf, mode="rb") as f:
    print(f.read(30))
    print(f.readline())
    print(f.tell())
    f.seek(100)
    print(f.read(10), f.tell())
    print(len(f.read()))
    print(f.read())

with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[-1])

named = io.BytesIO()
with gzip.GzipFile(filename="report.csv", fileobj=named, mode="wb", compresslevel=9, mtime=0) as f:
    f.write(b"named member\n")
print(named.getvalue()[:22])
named.seek(0)
with gzip.GzipFile(fileobj=named) as f:
    print(f.read())

text_buf = io.BytesIO()
with gzip.open(text_buf, "wt", encoding="utf-8") as f:
    f.write("caf\u00e9 line one\nline two\n")
text_buf.seek(0)
with gzip.open(text_buf, "rt", encoding="utf-8") as f:
    print(f.read())

with gzip.GzipFile(fileobj=io.BytesIO(raw[:-10])) as f:
    try:
        f.read()
    except EOFError as e:
        print("EOFError", e)
with gzip.GzipFile(fileobj=io.BytesIO(b"plain text, not gzip")) as f:
    try:
        f.read()
    except gzip.BadGzipFile as e:
        print("BadGzipFile", e)
