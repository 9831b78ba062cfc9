import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.randrange(0, 1000, 7), random.uniform(1.5, 2.5))
print(random.choice('abcdefg'), random.choices(range(10), k=5), random.choices('xyz', weights=[1, 5, 10], k=6))
items = list(range(20)); random.shuffle(items); print(items)
print(random.sample(range(100), 7), random.getrandbits(70), random.gauss(0, 1), random.normalvariate(5, 2))
print(random.expovariate(1.5), random.triangular(0, 10, 3), random.betavariate(2, 3), random.randbytes(5))
for seed in ['hello', b'bytes', bytearray(b'ba'), 12345678901234567890, -7, 3.5]:
    random.seed(seed)
    print(repr(seed), random.random())
r = random.Random('abc'); st = r.getstate(); a = r.random(); r.setstate(st); print(a == r.random())
random.seed('x', version=1); print(random.random())
try:
    random.seed([1])
except TypeError as e:
    print('TypeError', e)
