"""Inputs and python3-computed expectations for the TeaVM numbers probe (usage: gen.py OUTDIR)."""
import random, struct, sys, unicodedata
random.seed(11)
inp=[]; exp=[]
def add(i,e): inp.append(i); exp.append(e)
def rnd_double():
    r=random.random()
    if r<0.4: return struct.unpack('<d', random.getrandbits(64).to_bytes(8,'little'))[0]
    if r<0.7: return random.randint(0,10**6)/10**random.randint(0,8)
    return random.random()*10**random.randint(-30,40)
specials=[0.0,-0.0,1e16,1e-5,5e-324,1.7976931348623157e308,float('inf'),float('-inf'),float('nan'),0.1,1e23,2.2250738585072014e-308,1125899906842624.25]
xs=specials+[rnd_double() for _ in range(20000)]
for p in range(-1074,1024,7): xs.append(2.0**p)
for x in xs:
    b=struct.unpack('>Q',struct.pack('>d',x))[0]
    h='%016x'%b
    add('R '+h, repr(x))
    if x==x:
        add('X '+h, x.hex())
        add('H '+x.hex(), h)
        add('P '+repr(x), h)
        s='%.25e'%x
        add('P '+s, '%016x'%struct.unpack('>Q',struct.pack('>d',float(s)))[0])
    p=random.randint(0,20)
    add('E %d %s'%(p,h), '%.*e'%(p,x))
    add('G %d %s'%(p,h), '%.*g'%(p,x))
    if abs(x)<1e30: add('F %d %s'%(p,h), '%.*f'%(p,x))
for s in ['4.9e-324','2.4703282292062328e-324','1e400','.5','1.','-nan','INF']:
    add('P '+s, '%016x'%struct.unpack('>Q',struct.pack('>d',float(s)))[0])
for _ in range(5000):
    cs=[random.choice([random.randint(0,0x7f),random.randint(0,0xffff),random.randint(0,0x10ffff)]) for _ in range(random.randint(0,6))]
    add('S '+' '.join('%x'%c for c in cs), ' '.join('%x'%ord(c) for c in repr(''.join(map(chr,cs)))))
for _ in range(3000):
    s=random.choice(['0x','0o','0b',''])+''.join(random.choice('0123456789') for _ in range(random.randint(1,40)))
    try: v=str(int(s,0))
    except ValueError: continue
    add('I '+s, v)
for cp in range(0,0x110000,37):
    add('N %x'%cp, unicodedata.name(chr(cp),''))
    n=unicodedata.name(chr(cp),'')
    if n: add('L '+n.lower() if not n.startswith('CJK UNIFIED') else 'L '+n, '%x'%cp)
for a in ['NBSP','LF','BOM','zwj','HANGUL SYLLABLE GAG','TANGUT IDEOGRAPH-17000']:
    try: v='%x'%ord(eval('"\\N{'+a+'}"'))
    except SyntaxError: v='ffffffff'
    add('L '+a, v)
for cp in range(0,0x30000,3):
    if 0xd800<=cp<=0xdfff: continue
    add('K %x'%cp, ' '.join('%x'%ord(c) for c in unicodedata.normalize('NFKC',chr(cp))))
for _ in range(5000):
    cs=[random.choice([0x61,0x300+random.randint(0,0x6f),0x1100+random.randint(0,0xff),0xac00+random.randint(0,11171),0xff00+random.randint(0,0xef),random.randint(0xc0,0x2ff)]) for _ in range(random.randint(1,6))]
    add('K '+' '.join('%x'%c for c in cs), ' '.join('%x'%ord(c) for c in unicodedata.normalize('NFKC',''.join(map(chr,cs)))))
open(sys.argv[1] + '/input.txt','w').write('\n'.join(inp)+'\n')
open(sys.argv[1] + '/expected.txt','w',encoding='utf-8').write('\n'.join(exp)+'\n')
print(len(inp))
