# pbkdf2_hmac comes from _hashlib (OpenSSL) in CPython; without it hashlib's Python version warns
import hashlib
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 100).hex())
print(hashlib.pbkdf2_hmac('sha1', b'pw', b'NaCl', 3, dklen=40).hex())
