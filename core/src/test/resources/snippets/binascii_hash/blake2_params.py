# _blake2: blake2b/blake2s with RFC 7693 vectors, keyed KAT-style inputs, salt/person/tree parameters, errors
import _blake2
print(sorted(n for n in dir(_blake2) if not n.startswith('__')))
print([(n, getattr(_blake2, n)) for n in sorted(dir(_blake2)) if n.isupper()])
for c in (_blake2.blake2b, _blake2.blake2s):
    h = c()
    print(c.__name__, h.name, h.digest_size, h.block_size, c.SALT_SIZE, c.PERSON_SIZE, c.MAX_KEY_SIZE,
          c.MAX_DIGEST_SIZE, type(h).__module__, repr(type(h)), type(h).__mro__)
    bs = h.block_size
    for m in [b'', b'abc', b'The quick brown fox jumps over the lazy dog', bytes(range(256)) * 4] + \
             [b'z' * n for n in (bs - 1, bs, bs + 1, 2 * bs - 1, 2 * bs, 2 * bs + 1)]:
        print(' ', len(m), c(m).hexdigest())
    key = bytes(range(c.MAX_KEY_SIZE))
    for n in (0, 1, 2, 3, bs - 1, bs, bs + 1, 255):
        print('  keyed', n, c(bytes(range(n)), key=key).hexdigest())
    print('  short key', c(b'msg', key=b'k').hexdigest(), c(b'msg', key=bytearray(b'k')).hexdigest(),
          c(b'msg', key=b'').hexdigest() == c(b'msg').hexdigest())
    for ds in (1, 2, 16, 20, c.MAX_DIGEST_SIZE):
        x = c(b'abc', digest_size=ds)
        print('  digest_size', ds, x.digest_size, x.hexdigest())
    print('  salt', c(b'abc', salt=b'salty').hexdigest(), c(b'abc', salt=b'S' * c.SALT_SIZE).hexdigest())
    print('  person', c(b'abc', person=b'me').hexdigest(), c(b'abc', person=b'P' * c.PERSON_SIZE).hexdigest())
    tree = dict(fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1, inner_size=c.MAX_DIGEST_SIZE // 2)
    print('  tree', c(b'abc', **tree).hexdigest(), c(b'abc', last_node=True, **tree).hexdigest())
    print('  tree max', c(b'', fanout=255, depth=255, leaf_size=2 ** 32 - 1,
                          node_offset=2 ** 64 - 1 if c is _blake2.blake2b else 2 ** 48 - 1,
                          node_depth=255, inner_size=c.MAX_DIGEST_SIZE, last_node=1).hexdigest())
    print('  tree min', c(fanout=0, depth=1, last_node=[]).hexdigest(), c(b'abc', fanout=True).hexdigest())
    print('  all', c(b'data', digest_size=17, key=b'secret', salt=b'NaCl', person=b'app', fanout=1, depth=1,
                     leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False,
                     usedforsecurity=False).hexdigest())
    # incremental updates across block boundaries, and copy()
    data = bytes((i * 13 + 5) % 256 for i in range(2000))
    inc = c(key=b'kk', digest_size=24)
    pos, step = 0, 1
    while pos < len(data):
        inc.update(data[pos:pos + step])
        pos += step
        step = step * 5 % 131 + 1
    print('  inc', inc.hexdigest(), inc.digest() == c(data, key=b'kk', digest_size=24).digest())
    for cut in (bs - 1, bs, bs + 1):
        h = c(b'y' * cut, salt=b's')
        h2 = h.copy()
        h2.update(memoryview(b'tail'))
        print('  copy', cut, h.hexdigest(), h2.hexdigest(), h2.digest() == c(b'y' * cut + b'tail', salt=b's').digest(),
              h2.digest_size, type(h2).__name__)
    big = c(b'ab' * 300000)
    print('  long', big.hexdigest())
    cases = [
        {'digest_size': 0}, {'digest_size': c.MAX_DIGEST_SIZE + 1}, {'digest_size': -1}, {'digest_size': 2 ** 64},
        {'digest_size': -2 ** 70}, {'digest_size': 'a'}, {'digest_size': 1.5}, {'digest_size': None},
        {'key': b'x' * (c.MAX_KEY_SIZE + 1)}, {'key': 'x'}, {'key': None}, {'key': 3},
        {'salt': b'x' * (c.SALT_SIZE + 1)}, {'salt': 's'}, {'person': b'x' * (c.PERSON_SIZE + 1)}, {'person': 1},
        {'fanout': -1}, {'fanout': 256}, {'fanout': 2 ** 70}, {'fanout': 'a'}, {'fanout': None},
        {'depth': 0}, {'depth': 256}, {'depth': -1},
        {'leaf_size': -1}, {'leaf_size': 2 ** 32}, {'leaf_size': 2 ** 64}, {'leaf_size': 'a'}, {'leaf_size': 1.0},
        {'node_offset': -1}, {'node_offset': 2 ** 48}, {'node_offset': 2 ** 64 - 1}, {'node_offset': 2 ** 64},
        {'node_offset': 1.0},
        {'node_depth': -1}, {'node_depth': 256}, {'inner_size': -1}, {'inner_size': c.MAX_DIGEST_SIZE + 1},
        {'data': b'x'}, {'bogus': 1}, {'string': b'x'},
        # which check comes first
        {'digest_size': 0, 'key': b'x' * 99}, {'key': b'x' * 99, 'salt': b'x' * 99},
        {'key': b'x' * 99, 'inner_size': 999}, {'key': 1, 'digest_size': 'x'}, {'leaf_size': -1, 'fanout': 'a'},
    ]
    for kw in cases:
        try:
            r = c(**kw)
            print('  ok', kw if len(repr(kw)) < 40 else sorted(kw), r.hexdigest()[:16])
        except (TypeError, ValueError, OverflowError) as e:
            print('  ', repr(kw)[:40], type(e).__name__, e)
    for args in [('s',), (1,), (None,), (b'a', b'b'), ('s',)]:
        try:
            c(*args, digest_size=0 if args == ('s',) else 8)
        except (TypeError, ValueError) as e:
            print('  ', type(e).__name__, e)
    h = c()
    for call in [lambda: h.update('x'), lambda: h.update(), lambda: h.update(1), lambda: h.update(data=b'x'),
                 lambda: h.digest(1), lambda: h.hexdigest(1), lambda: h.copy(1)]:
        try:
            call()
        except TypeError as e:
            print('  TypeError', e)
    try:
        class Sub(c):
            pass
    except TypeError as e:
        print('  TypeError', e)
    print('  new', c.__new__(c).hexdigest()[:16], c.__new__(c, b'abc', digest_size=4).hexdigest())
