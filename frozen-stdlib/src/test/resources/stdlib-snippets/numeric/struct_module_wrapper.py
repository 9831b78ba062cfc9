import struct
print(struct.pack('<hI', -2, 7), struct.unpack('>d', struct.pack('>d', 2.5)), struct.calcsize('@qb'))
s = struct.Struct('!3sH')
print(s.pack(b'ab', 513), s.unpack(b'xyz\x01\x02'), s.size, s.format)
print(list(struct.iter_unpack('<B', b'\x01\x02\x03')))
try:
    struct.pack('B', 300)
except struct.error as e:
    print('struct.error', e)
print(struct.__all__)
