# starred arguments in deeply nested calls
def add(*nums):
    return sum(nums)
def apply(f, *args, **kwargs):
    return f(*args, **kwargs)
print(apply(add, 1, 2, 3), apply(apply, add, 4, 5), apply(max, [1, 9, 3]), apply(sorted, [3, 1], reverse=True))
