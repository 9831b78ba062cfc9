import _struct as struct
def t(f, *a):
    try: print(f, a, struct.pack(f, *a))
    except Exception as e: print(f, a, type(e).__name__, e)
for f in 'bBhHiIlLqQnNP':
    for pre in ['', '<', '>', '=', '!']:
        if pre and f in 'nNP': 
            t(pre+f, 1); continue
        t(pre+f, 2**70); t(pre+f, -2**70); t(pre+f, -1); t(pre+f, 1.5); t(pre+f, 2**(struct.calcsize(f)*8)); t(pre+f,'x')
for f in 'efd':
  for pre in ['','>']:
    t(pre+f, 1e300); t(pre+f, 'x'); t(pre+f, 65520.0); t(pre+f, 65519.0); t(pre+f, 3); t(pre+f, 2**2000)
t('c', b'ab'); t('c', 'a'); t('s', 'a'); t('p', 1); t('3s', bytearray(b'a')); t('?', []); t('2i', 1); t('i', 1, 2)
t('3'); t('3 i', 1); t('y'); t('99999999999999999999i')
t('<P',1)
