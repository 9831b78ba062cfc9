import _struct as struct

fmts = ['<bBhHiIlLqQ', '>bBhHiIlLqQ', '=bBhHiIlLqQ', '!bBhHiIlLqQ', 'bBhHiIlLqQnN', '@bBhHiIlLqQnNP']
for f in fmts:
    vals = [-5, 200, -300, 60000, -70000, 4000000000, -5, 7, -2**63, 2**64 - 1] + ([-9, 2**64 - 2] if 'n' in f else []) + ([123456] if 'P' in f else [])
    b = struct.pack(f, *vals)
    print(f, struct.calcsize(f), len(b), b.hex())
    print(struct.unpack(f, b) == tuple(vals), struct.unpack(f, b))

for f in ['c', 'x', 'b', '?', 'h', 'e', 'i', 'f', 'q', 'd', 'P', 's', 'p']:
    print(f, [struct.calcsize(p + x) for p in '@<>' for x in (f, 'c' + f, f + 'c', '3' + f, 'c3' + f) if not (p != '@' and f in 'P')])

print(struct.calcsize('cicqchcd'), struct.calcsize('<cicqchcd'), struct.calcsize('c0q'), struct.calcsize(' c \t i\n'))
print(struct.pack('cicqchcd', b'a', 1, b'b', 2, b'c', 3, b'd', 4.5).hex())

for v in [0.0, -0.0, 1.0, -2.5, 65504.0, 6.1e-5, 5.96e-8, 2.98e-8, 2.99e-8, 1e-9, 0.1, 1/3, 1024.5, 2049.0, 2051.0,
          float('inf'), float('-inf'), float('nan')]:
    for f in ('<e', '>e', '<f', '>f', '<d', 'e', 'f', 'd'):
        b = struct.pack(f, v)
        print(f, repr(v), b.hex(), repr(struct.unpack(f, b)[0]))

for h in [0x0000, 0x0001, 0x03ff, 0x0400, 0x3c00, 0x7bff, 0x7c00, 0x7c01, 0x7e00, 0x8000, 0x8001, 0xfc00, 0xfe00, 0x3555]:
    print(hex(h), repr(struct.unpack('<e', h.to_bytes(2, 'little'))[0]))

print(struct.pack('5s', b'abc'), struct.pack('2s', b'abcdef'), struct.pack('s', b''), struct.pack('3s', bytearray(b'xy')))
print(struct.pack('5p', b'abc'), struct.pack('2p', b'abcdef'), struct.pack('p', b'abc'), struct.pack('300p', b'z' * 299)[:3])
print(struct.unpack('5p', b'\x03abcd'), struct.unpack('3p', b'\xffabcd'[:3]), struct.unpack('4s', b'a\x00b\x00'))
print(struct.pack('???', 0, [1], 'x'), struct.unpack('???', b'\x00\x01\x7f'), struct.unpack('<?', b'\x02'))
print(struct.pack('2c3x', b'a', b'b'), struct.unpack('2c3x', b'ab\x00\x00\x00'))
print(struct.pack('0i'), struct.pack('3i', 1, 2, 3), struct.unpack('<3h', b'\x01\x00\x02\x00\x03\x00'))

s = struct.Struct('<hxi')
print(s.format, s.size, s.pack(1, 2), s.unpack(b'\x01\x00\x00\x02\x00\x00\x00'))
ba = bytearray(12)
s.pack_into(ba, 2, -1, -2)
print(ba)
struct.pack_into('>H', ba, -2, 0xabcd)
print(ba, s.unpack_from(ba, 2), s.unpack_from(ba, offset=-9), struct.unpack_from('<H', ba))
print(list(struct.iter_unpack('>hb', b'\x00\x01\x02\x00\x03\x04')), list(s.iter_unpack(bytes(14))))
it = struct.iter_unpack('<h', b'ab' * 3)
print(type(it).__name__, it.__length_hint__(), list(it), it.__length_hint__(), next(it, 'end'))
print(struct.Struct(b'=q').format, struct.Struct('@q').size)
try:
    struct.pack(struct.Struct('B'), 7)
except TypeError as e:
    print('TypeError', e)
print(type(s).__module__, type(s).__name__, type(s).__qualname__, repr(type(s)), repr(type(it)))
print(struct.error.__module__, struct.error.__name__, struct.error.__mro__[1:])
class S(struct.Struct):
    pass
print(S('<i').pack(5), S('<i').size, isinstance(S('b'), struct.Struct))
for bad in [('i', 1, 2), ('2i', 1), ('z',), ('4',), ('<n', 1), ('>P', 1)]:
    try:
        struct.pack(*bad)
    except struct.error as e:
        print('error', bad, e)
