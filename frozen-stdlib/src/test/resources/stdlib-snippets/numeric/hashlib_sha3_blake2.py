# hashlib's SHA-3, SHAKE and BLAKE2 constructors (native _sha3 and _blake2 behind hashlib)
import hashlib, io
print(sorted(hashlib.algorithms_guaranteed))
for name in ['sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s']:
    h = hashlib.new(name, b'matcha')
    h2 = getattr(hashlib, name)(b'mat')
    h2.update(b'cha')
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(), h2.hexdigest() == h.hexdigest())
for name in ['shake_128', 'shake_256']:
    h = hashlib.new(name, b'matcha')
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(20), len(h.digest(100)))
print(hashlib.blake2b(b'msg', digest_size=32, key=b'key', salt=b'salt', person=b'me').hexdigest())
print(hashlib.blake2s(b'msg', digest_size=16, key=b'key', last_node=True).hexdigest())
print(hashlib.file_digest(io.BytesIO(b'x' * 100000), 'sha3_256').hexdigest())
print(hashlib.file_digest(io.BytesIO(b'y' * 5000), hashlib.blake2b).hexdigest())
print(hashlib.new('blake2b', b'abc', digest_size=8).hexdigest(), hashlib.new('sha3_512', data=b'abc').hexdigest()[:32])
for call in [lambda: hashlib.new('sha3_999'), lambda: hashlib.blake2b(digest_size=99), lambda: hashlib.sha3_256('text')]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
