import _socket as s

print(s.htons(1), s.ntohs(256), s.htonl(1), s.ntohl(0x01020304), s.htons(0), s.htonl(0xffffffff))
for f, a in [(s.htons, -1), (s.htons, 70000), (s.htonl, -1), (s.htonl, 2**32), (s.ntohs, "a"), (s.htonl, 2**70)]:
    try:
        print(f(a))
    except Exception as e:
        print(type(e).__name__, e)
for a in ["1.2.3.4", "127.1", "10.1.2", "0x7f.1", "017.0.0.1", "255.255.255.255", "1.2.3.4.5", "", "256.1.1.1", "a.b", "4294967295", "4294967296"]:
    try:
        print(repr(a), s.inet_aton(a))
    except Exception as e:
        print(repr(a), type(e).__name__, e)
print(s.inet_ntoa(b"\x7f\x00\x00\x01"), s.inet_ntoa(bytearray(b"\xff\x01\x02\x03")))
for p in [b"\x01\x02\x03", b"12345"]:
    try:
        s.inet_ntoa(p)
    except Exception as e:
        print(type(e).__name__, e)
for a in ["1.2.3.4", "01.2.3.4", "1.2.3", "1.2.3.4 ", "0.0.0.0"]:
    try:
        print(repr(a), s.inet_pton(s.AF_INET, a))
    except Exception as e:
        print(repr(a), type(e).__name__, e)
for a in ["::", "::1", "1::", "fe80::1:2", "2001:db8::8a2e:370:7334", "::ffff:1.2.3.4", "1:2:3:4:5:6:7:8",
          "1:2:3:4:5:6:7:8:9", ":::", "1::2::3", "12345::", "::1.2.3.4", "g::", "1:2:3:4:5:6:1.2.3.4", "1:"]:
    try:
        p = s.inet_pton(s.AF_INET6, a)
        print(repr(a), p.hex(), s.inet_ntop(s.AF_INET6, p))
    except Exception as e:
        print(repr(a), type(e).__name__, e)
for h in ["0" * 32, "0" * 31 + "1", "0" * 20 + "ffff" + "01020304", "0001" + "0" * 28, "00010000000200000000000000000003",
          "00000000000000000000000001020304", "0" * 28 + "0001", "000100000000000000000000000000000"[:32]]:
    print(h, s.inet_ntop(s.AF_INET6, bytes.fromhex(h)))
print(s.inet_ntop(s.AF_INET, b"\x0a\x00\x00\x01"))
for args in [(s.AF_INET, b"123"), (s.AF_INET6, b"1234"), (99, b"1234")]:
    try:
        s.inet_ntop(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    s.inet_pton(99, "1.2.3.4")
except Exception as e:
    print(type(e).__name__, e)
