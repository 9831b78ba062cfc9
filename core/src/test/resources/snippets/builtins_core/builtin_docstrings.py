# Docstrings of builtins (the examples in them are run by test_builtin's DocTestSuite(builtins)).
for f in [bin, oct, hex, zip, int, int.bit_length, int.bit_count, int.as_integer_ratio,
          float.hex, float.as_integer_ratio, bytes.hex, bytearray.hex, memoryview.hex, bytes, bytearray]:
    print(repr(f.__doc__))
print(type(len).__doc__ is type(len).__dict__["__doc__"])
print(bytes.__doc__.startswith("bytes("), bytearray.__doc__.startswith("bytearray("))
print((5).bit_length.__doc__ == int.bit_length.__doc__)
