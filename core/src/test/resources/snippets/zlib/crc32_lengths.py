# zlib.crc32 and binascii.crc32 over every length and alignment up to 40 bytes, and one long
# buffer checksummed whole and in pieces (the eight-bytes-at-a-time loop and its tail).
import binascii
import zlib

data = bytes((i * 37 + 11) % 256 for i in range(4099))
for start in range(9):
    print(start, [zlib.crc32(data[start:start + n]) for n in range(41)])
print([binascii.crc32(data[:n], 12345) for n in range(0, 41, 3)])
whole = zlib.crc32(data)
running = 0
for at in range(0, len(data), 1000):
    running = zlib.crc32(memoryview(data)[at:at + 1000], running)
print(whole, running, whole == running, zlib.crc32(b""), zlib.crc32(b"", 0xFFFFFFFF))
