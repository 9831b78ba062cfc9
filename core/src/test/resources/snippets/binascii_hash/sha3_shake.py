# _sha3: SHA3-224/256/384/512 and SHAKE128/256 against FIPS 202 vectors, block boundaries, copy, errors
import _sha3
print(sorted(n for n in dir(_sha3) if not n.startswith('__')), _sha3.keccakopt, _sha3.implementation)
fixed = [_sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512]
shakes = [_sha3.shake_128, _sha3.shake_256]
msgs = [b'', b'abc', b'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
        b'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
        b'\xa3' * 200, bytes(range(256)) * 3, b'The quick brown fox jumps over the lazy dog']
for c in fixed + shakes:
    h = c()
    print(c.__name__, h.name, h.digest_size, h.block_size, h._capacity_bits, h._rate_bits, h._suffix,
          type(h).__module__, type(h).__name__, repr(type(h)), type(h).__mro__)
    rate = h.block_size
    lens = [rate - 2, rate - 1, rate, rate + 1, 2 * rate - 1, 2 * rate, 2 * rate + 1]
    out = (lambda x: x.hexdigest()) if c in fixed else (lambda x: x.hexdigest(2 * rate + 5))
    for m in msgs + [b'q' * n for n in lens]:
        print(' ', len(m), out(c(m)))
    # incremental updates of many sizes, crossing blocks, equal the one-shot digest
    data = bytes((i * 7 + 3) % 256 for i in range(1000))
    inc = c()
    pos = 0
    step = 1
    while pos < len(data):
        inc.update(data[pos:pos + step])
        pos += step
        step = step * 3 % 97 + 1
    print('  inc', out(inc), inc.digest(7) == c(data).digest(7) if c in shakes else inc.digest() == c(data).digest())
    h = c(b'abc')
    h2 = h.copy()
    h2.update(bytearray(b'def'))
    h2.update(memoryview(b'ghi'))
    print('  copy', out(h), out(h2), out(h2) == out(c(b'abcdefghi')), type(h2).__name__)
    print('  kw', out(c(b'xyz', usedforsecurity=False)))
    for args, kw in [(('s',), {}), ((1,), {}), ((None,), {}), ((b'a', b'b'), {}), ((), {'data': b'x'}),
                     ((), {'string': b'x'})]:
        try:
            c(*args, **kw)
        except TypeError as e:
            print('  TypeError', e)
    for bad in ['str', 5]:
        try:
            h.update(bad)
        except TypeError as e:
            print('  TypeError', e)
    try:
        class Sub(c):
            pass
    except TypeError as e:
        print('  TypeError', e)
    try:
        h.update()
    except TypeError as e:
        print('  TypeError', e)
# SHAKE output lengths and their errors
for c in shakes:
    h = c(b'matcha')
    print(c.__name__, h.digest(0), h.hexdigest(0), h.digest(1), h.hexdigest(3), len(h.digest(1000)), h.digest(True))
    print(' ', h.hexdigest(500)[-40:], h.digest(300)[:50] == h.digest(50))
    for bad in [-1, -2 ** 70, 2 ** 29, 2 ** 32, 2 ** 64 - 1, 2 ** 64, 'a', 1.0, None]:
        for meth in (h.digest, h.hexdigest):
            try:
                meth(bad)
            except (TypeError, ValueError, OverflowError) as e:
                print(' ', repr(bad)[:20], type(e).__name__, e)
    for call in [lambda: h.digest(), lambda: h.hexdigest(), lambda: h.digest(length=3), lambda: h.digest(1, 2)]:
        try:
            call()
        except TypeError as e:
            print('  TypeError', e)
for c in fixed:
    try:
        c(b'x').digest(10)
    except TypeError as e:
        print('TypeError', e)
# a million 'a's (FIPS 202 long message), built by repetition
million = b'a' * 1000000
for c in fixed:
    print(c.__name__, c(million).hexdigest())
for c in shakes:
    print(c.__name__, c(million).hexdigest(32))
