# Functions and closures: defaults, *args/**kwargs, closures, nonlocal, decorators
import functools


def make_counter(start=0, step=1):
    count = start

    def counter():
        nonlocal count
        count += step
        return count
    return counter


a = make_counter()
b = make_counter(100, 10)
print(a(), a(), a(), "|", b(), b())


def describe(*args, sep=", ", **options):
    return sep.join(map(str, args)) + " " + str(options)


print(describe(1, 2, 3, sep="-", color="green"))


def traced(func):
    @functools.wraps(func)
    def wrapper(*args):
        result = func(*args)
        print(f"  {func.__name__}{args} = {result}")
        return result
    return wrapper


@traced
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


fib(4)
print(fib.__name__, "is wrapped:", hasattr(fib, "__wrapped__"))

adders = [lambda x, n=n: x + n for n in range(3)]
print([add(10) for add in adders])


@functools.lru_cache(maxsize=None)
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)


print("ways(80) =", ways(80))
