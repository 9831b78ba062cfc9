# StopIteration from next() inside a for loop body is not swallowed by the loop
it = iter([1])
try:
    for x in [10, 20]:
        print(x, next(it))
except StopIteration:
    print("stopped")
