# zipfile writing and reading an archive in io.BytesIO with stored and deflated members.
import io
import zipfile

text = b"".join(b"zip line %d: %s\n" % (i, b"eggs " * (i % 6)) for i in range(500))
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
    info = zipfile.ZipInfo("docs/readme.txt", date_time=(2020, 1, 2, 3, 4, 6))
    info.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(info, text)
    info = zipfile.ZipInfo("bin/table.bin", date_time=(2021, 5, 6, 7, 8, 10))
    z.writestr(info, bytes(range(256)) * 8, compress_type=zipfile.ZIP_STORED)
    for level in (1, 9):
        info = zipfile.ZipInfo("level%d.txt" % level, date_time=(2022, 12, 31, 23, 59, 58))
        z.writestr(info, text[: 3000 * level], compress_type=zipfile.ZIP_DEFLATED, compresslevel=level)
    info = zipfile.ZipInfo("empty.txt", date_time=(1999, 9, 9, 9, 9, 8))
    info.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(info, b"")
raw = buf.getvalue()
print(len(raw), raw[:30].hex())

with zipfile.ZipFile(io.BytesIO(raw)) as z:
    print(z.namelist())
    for info in z.infolist():
        print(info.filename, info.compress_type, info.file_size, info.compress_size, info.CRC, info.date_time)
    print(z.read("docs/readme.txt") == text, len(z.read("bin/table.bin")), z.read("empty.txt"))
    print(z.testzip())
    with z.open("docs/readme.txt") as f:
        print(f.read(20), f.readline(), len(f.read()))
    with z.open("level9.txt") as f:
        print(sum(1 for _ in f))

with zipfile.ZipFile(buf, "a", compression=zipfile.ZIP_DEFLATED) as z:
    with z.open(zipfile.ZipInfo("streamed.txt", date_time=(2023, 3, 3, 3, 3, 4)), "w") as f:
        f.write(b"written through ZipFile.open " * 50)
with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
    info = z.getinfo("streamed.txt")
    print(info.compress_size, info.file_size, z.read("streamed.txt")[:29])

bad = bytearray(raw)
pos = raw.index(b"docs/readme.txt") + len(b"docs/readme.txt") + 10
bad[pos] ^= 0xff
with zipfile.ZipFile(io.BytesIO(bytes(bad))) as z:
    try:
        z.read("docs/readme.txt")
        print("read ok")
    except Exception as e:
        print(type(e).__name__, e)
