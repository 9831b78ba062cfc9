import hashlib, hmac, base64
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    h = hashlib.new(name, b'matcha')
    print(name, h.hexdigest(), getattr(hashlib, name)(b'matcha').hexdigest() == h.hexdigest(), h.digest_size, h.block_size)
print(sorted(hashlib.algorithms_guaranteed & {'md5', 'sha1', 'sha256', 'sha512'}))
print(hmac.new(b'key', b'msg', 'sha256').hexdigest(), hmac.digest(b'key', b'msg', 'md5').hex())
print(hmac.compare_digest(b'abc', b'abc'), hmac.new(b'k' * 100, b'x', hashlib.sha1).hexdigest())
data = bytes(range(40))
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                 (base64.b32encode, base64.b32decode), (base64.b16encode, base64.b16decode), (base64.b85encode, base64.b85decode),
                 (base64.a85encode, base64.a85decode)]:
    e = enc(data)
    print(enc.__name__, e, dec(e) == data)
print(base64.encodebytes(b'x' * 80), base64.standard_b64decode('YWJj'))
try:
    base64.b64decode(b'YWJ', validate=True)
except Exception as e:
    print(type(e).__name__, e)
