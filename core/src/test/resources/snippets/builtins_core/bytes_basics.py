# bytes and bytearray basics
b = b"hello"
print(b, b[0], b[1:3], list(b[:2]), len(b), b + b"!", b * 2, b"l" in b)
print("héllo".encode(), "héllo".encode("latin-1"), b"h\xc3\xa9".decode(), bytes(3), bytes([65, 66]))
ba = bytearray(b"ab")
ba.append(67)
ba[0] = 97
print(ba, bytes(ba), ba.decode())
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(e)
