# os.environ and os.environb: a str view over bytes, kept in step with putenv/unsetenv
import os

K = 'MATCHA_TEST_VARIABLE'
print(K in os.environ, os.environ.get(K), os.getenv(K, 'default'), os.getenvb(K.encode(), b'dflt'))
os.environ[K] = 'value 1'
print(K in os.environ, os.environ[K], os.getenv(K), os.environb[K.encode()], os.getenvb(K.encode()))
os.environ[K] = 'é'
print(os.environ[K], os.environb[K.encode()])
os.environb[K.encode()] = b'\xff'
print(repr(os.environ[K]), os.environb[K.encode()])
print(repr(os.environ.setdefault(K, 'other')), repr(os.environ.pop(K)), K in os.environ)
try:
    os.environ[K]
except KeyError as e:
    print('KeyError', e)
for bad in [(1, 'x'), (K, 1), ('A=B', 'x'), ('', 'x')]:
    try:
        os.environ[bad[0]] = bad[1]
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
os.environ.update({K: 'u'})
copy = os.environ.copy()
print(type(copy).__name__, copy[K], type(os.environ).__name__)
del os.environ[K]
print(K in os.environ, K in copy)
print(type(os.environ._data).__name__, all(isinstance(k, bytes) for k in os.environ._data))
print(os.supports_bytes_environ)
