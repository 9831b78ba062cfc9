# more bytes behaviour
b = b"abc"
print(b.hex(), bytes.fromhex("616263") if hasattr(bytes, "fromhex") else b"abc", list(b), b[::-1], b == bytearray(b"abc"), b"" == b"")
print(b"%s" if False else "skip", bytes(range(3)), bytearray(2), len(bytearray(b"xy")))
