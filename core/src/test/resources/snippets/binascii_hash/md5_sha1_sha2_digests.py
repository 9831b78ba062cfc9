import _md5, _sha1, _sha256, _sha512
ctors = [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512]
msgs = [b'', b'abc', b'a' * 55, b'a' * 56, b'a' * 63, b'a' * 64, b'a' * 111, b'a' * 112, b'a' * 127, b'a' * 128, b'a' * 129,
        bytes(range(256)) * 5, b'The quick brown fox jumps over the lazy dog']
for c in ctors:
    h = c()
    print(c.__name__, h.name, h.digest_size, h.block_size, type(h).__module__, type(h).__name__, repr(type(h)))
    for m in msgs:
        print(' ', len(m), c(m).hexdigest())
    h = c(b'abc')
    h2 = h.copy()
    h2.update(bytearray(b'def'))
    print(' ', h.hexdigest(), h2.hexdigest(), h2.digest() == c(b'abcdef').digest(), h.hexdigest() == h.hexdigest())
    inc = c()
    for i in range(300):
        inc.update(bytes([i % 256]) * (i % 7))
    print(' ', inc.hexdigest())
    print(' ', c(string=b'xyz', usedforsecurity=False).hexdigest())
    for bad in ['s', 1, None]:
        try:
            c(bad)
        except TypeError as e:
            print('  TypeError', e)
    try:
        h.update('str')
    except TypeError as e:
        print('  TypeError', e)
    try:
        type(h)()
    except TypeError as e:
        print('  TypeError', e)
print(_sha256.SHA224Type, _sha256.SHA256Type, _sha512.SHA384Type, _md5.MD5Type, _sha1.SHA1Type)
print(type(_sha512.sha512()).__mro__[0])
