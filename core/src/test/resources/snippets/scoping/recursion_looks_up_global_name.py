# A recursive function finds itself through a global name at call time
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(5))
original = fact

def fact(n):
    return -1

print(original(5))

def make_fib():
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    result = fib(10)
    saved = fib
    fib = lambda n: 0
    return result, saved(10)

print(make_fib())

def even(n):
    return True if n == 0 else odd(n - 1)

def odd(n):
    return False if n == 0 else even(n - 1)

print(even(10), odd(7), even(3))

def countdown(n):
    if n == 0:
        return missing_helper(n)
    return countdown(n - 1)

print("about to fail")
countdown(3)
