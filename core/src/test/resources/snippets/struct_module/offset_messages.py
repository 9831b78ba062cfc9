# pack_into/unpack_from offset errors and embedded NULs in formats (Modules/_struct.c, 3.11)
import _struct as struct
import sys

def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

buf = bytearray(10)
show(struct.pack_into, '<I', buf, -2, 123)
show(struct.pack_into, '<B', buf, -11, 123)
show(struct.unpack_from, '<I', buf, -2)
show(struct.unpack_from, '<B', buf, -11)
show(struct.unpack_from, '<I', buf, -4)
show(struct.pack_into, '<I', bytearray(10), sys.maxsize, 1)
show(struct.unpack_from, '<I', bytearray(10), sys.maxsize)
show(struct.unpack_from, '<I', bytearray(10), 8)
for fmt in ['\0', '2\0i', b'\0', 'i\0']:
    show(struct.calcsize, fmt)
