import hmac, operator
from _operator import _compare_digest as cd
for a, b in [(b'abc', b'abc'), (b'abc', b'abd'), (b'ab', b'abc'), ('abc', 'abc'), ('ab', 'abc'), ('é', 'é'), ('a', b'a'), (b'a', 1), (1, b'a'), (bytearray(b'x'), memoryview(b'x'))]:
    try: print(cd(a, b))
    except Exception as e: print(type(e).__name__, e)
print(operator.__doc__[:20], hmac.compare_digest(b'1', b'1'))
