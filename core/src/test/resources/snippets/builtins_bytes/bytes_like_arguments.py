# memoryview and array.array are bytes-like arguments wherever bytes are.
import array
import binascii
for x in [memoryview(b'abc'), bytearray(b'abc'), array.array('B', b'abc'), memoryview(b'abcd').cast('H')]:
    for f in [binascii.b2a_base64, binascii.hexlify, binascii.crc32, binascii.a2b_base64, binascii.b2a_qp]:
        try:
            print(f(x))
        except Exception as e:
            print(type(e).__name__, e)
print(str(memoryview(b'abc'), 'ascii'), str(bytearray(b'x\xc3\xa9'), 'utf-8'), str(array.array('B', b'hi'), 'latin-1'))
try:
    str([1], 'ascii')
except TypeError as e:
    print(type(e).__name__, e)
