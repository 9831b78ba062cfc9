# Chained generator expressions capture loop variables late: a classic sieve pitfall
def naturals(start):
    n = start
    while True:
        yield n
        n += 1

def take(n, it):
    return [next(it) for _ in range(n)]

def broken_sieve(count):
    nums = naturals(2)
    primes = []
    for _ in range(count):
        p = next(nums)
        primes.append(p)
        nums = (n for n in nums if n % p != 0)
    return primes

def fixed_sieve(count):
    def drop_multiples(source, p):
        return (n for n in source if n % p != 0)
    nums = naturals(2)
    primes = []
    for _ in range(count):
        p = next(nums)
        primes.append(p)
        nums = drop_multiples(nums, p)
    return primes

def genexp_default_binding(count):
    nums = naturals(2)
    primes = []
    for _ in range(count):
        p = next(nums)
        primes.append(p)
        nums = (lambda src, q: (n for n in src if n % q))(nums, p)
    return primes

print(broken_sieve(8))
print(fixed_sieve(8))
print(genexp_default_binding(8))
print(take(4, (n for n in naturals(10) if n % 3 == 0)))
