import _struct as struct
def t(f, *a):
    try: print(f.__name__ if hasattr(f, "__name__") else "", [x for x in a if not isinstance(x, (I, F))], f(*a))
    except Exception as e: print(a, type(e).__name__, e)
t(struct.Struct, 1); t(struct.Struct, 'é'); t(struct.calcsize, 1); t(struct.pack, 1)
t(struct.unpack, 'i', b'abc'); t(struct.unpack, 'i', 'abcd'); t(struct.unpack_from, 'i', b'abc', 1); t(struct.unpack_from, 'i', b'abcdefg', -10)
t(struct.unpack_from, 'i', b'abcdefg', -4)
t(struct.pack_into, 'i', bytearray(5), 3, 1); t(struct.pack_into, 'i', bytearray(5), -9, 1); t(struct.pack_into, 'i', bytearray(5), -4, 1); t(struct.pack_into, 'i', b'12345', 0, 1)
t(struct.pack_into, 'i', bytearray(5)); t(struct.pack_into, 'i'); t(struct.pack_into, 'i', bytearray(8), 0)
t(struct.iter_unpack, 'i', b'abc'); t(struct.iter_unpack, '', b'abc'); t(lambda: list(struct.iter_unpack('<h', b'abcd')))
it = struct.iter_unpack('<h', b'abcdef'); print(it.__length_hint__(), next(it), it.__length_hint__(), type(it))
s = struct.Struct('<3sxp?'); print(s.format, s.size, type(s), type(s).__module__, type(s).__qualname__, struct.error, struct.error.__module__, struct.error.__mro__)
print(struct.Struct(b'ii').format)
print(struct.calcsize('@bhiq'), struct.calcsize('=bhiq'), struct.calcsize('ci'), struct.calcsize('ic'), struct.calcsize('0i'), struct.calcsize('b0i'))
t(struct.unpack, '5p', b'\x09abcd'); t(struct.pack, '3p', b'abcdef'); t(struct.pack, '0s', b'a'); t(struct.pack, 'P', 2**63+5)
t(struct.pack, 'f', float('nan')); t(struct.pack,'>e', float('-inf'));t(struct.pack,'<e', 1e-8);t(struct.pack,'<e', 6e-8)
t(struct.unpack,'>e', b'\x7c\x01'); t(struct.unpack,'<e', b'\x01\x00')
t(struct.pack, 'i', True); 
class I:
    def __index__(self): return 7
class F:
    def __float__(self): return 2.5
t(struct.pack, 'i', I()); t(struct.pack, 'd', F()); t(struct.pack, 'd', I())
t(struct.unpack, 'i', bytearray(b'abcd')); t(struct.Struct('i').unpack_from, b'xxabcd', offset=2)
t(struct.Struct, format='i'); t(struct.pack, 'x', 1); t(struct.pack, '2x')
