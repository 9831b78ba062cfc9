import binascii as b
print(b.a2b_uu(b''), b.a2b_uu(b' '), b.Error.__mro__, b.Incomplete.__mro__, b.Error.__module__)
for d in [b'YWJj', b'YWJ', b'YW', b'Y', b'YWJjZA==', b'YWJjZA=', b'YWJjZA', b'YW=Jj', b'=YWJj', b'YWJjZA==YQ', b'YWJj\nZA==', b'Y W J j', b'YWJjZ===', b'', b'====', b'YQ==YQ==', 'YWJj', 'YWé', b'YQ=\xffYQ', bytearray(b'YWI='), b'Y===', b'YQ=a=', b'YQ==\n']:
  for s in (False, True):
    try: print(d, s, b.a2b_base64(d, strict_mode=s))
    except Exception as e: print(d, s, type(e).__name__, e)
for d in [b'', b'a', b'ab', b'abc', b'abcd', bytes(range(256))[:45], b'\xff\xfe\xfd\x00']:
  print(b.b2a_base64(d), b.b2a_base64(d, newline=False), b.b2a_uu(d), b.b2a_uu(d, backtick=True), b.a2b_uu(b.b2a_uu(d)), b.a2b_base64(b.b2a_base64(d)) == d)
for a in [(b'abc',), (b'abcdef', ':'), (b'abcdef', b'-', 2), (b'abcdefg', '_', -3), (b'abcdefg', '_', 3), (b'abcdefg', '_', 0), (b'', '_'), (b'abc', 'xy'), (b'abc', 1), (b'abc', 'é'), (b'ab', '\u0100'), (b'ab', b'\xe9'), (bytearray(b'\x00\xff'),)]:
  try: print(b.hexlify(*a), b.b2a_hex(*a))
  except Exception as e: print(type(e).__name__, e)
for a in [b'616263', '616263', b'61626', b'6x', 'é1', b'ABcd', b'']:
  try: print(b.unhexlify(a), b.a2b_hex(a))
  except Exception as e: print(type(e).__name__, e)
for a in [(b'',), (b'abc',), (b'abc', 5), (b'abc', -1), (b'abc', 2**40), (bytes(range(256)) * 3, 0xdeadbeef)]:
  print(b.crc32(*a), b.crc_hqx(a[0], a[1] if len(a) > 1 else 0))
c = 0
for chunk in [b'hello ', b'world', b'!']:
    c = b.crc32(chunk, c)
print(c == b.crc32(b'hello world!'), c)
for bad in [lambda: b.b2a_uu(b'x' * 46), lambda: b.crc32('abc'), lambda: b.b2a_base64('abc'), lambda: b.a2b_base64(5), lambda: b.crc32(b'a', 1.5)]:
  try: bad()
  except Exception as e: print(type(e).__name__, e)
for d in [b'!80', b'#86)C\n', b'#86)C   \n', b'#86)Cxx\n', b'#8\x01)C\n', b'\x7f', b'$86)C9```\n']:
  try: print(b.a2b_uu(d))
  except Exception as e: print(type(e).__name__, e)
qp_in = [b'hello=world', b'a\tb c \n', b'tab\t\nspace \r\nend ', b'.\n.x\n.', b'x' * 80, b'y' * 74 + b'=z', b'caf\xc3\xa9 _under_', b'line1\r\nline2\r\n', b'=\n', b'\x00\x01\x7f~', b'a' * 75 + b'\n' + b'b' * 76]
for d in qp_in:
    for kw in [{}, {'quotetabs': True}, {'istext': False}, {'header': True}]:
        enc = b.b2a_qp(d, **kw)
        print(kw, enc, b.a2b_qp(enc, header=kw.get('header', False)) == d)
for d in [b'=41=42', b'a=\r\nb', b'a=\nb', b'a==b', b'a=4', b'a=zz', b'=', b'under_score', 'str=3D', b'=4a=4A']:
    print(d, b.a2b_qp(d), b.a2b_qp(d, header=True))
