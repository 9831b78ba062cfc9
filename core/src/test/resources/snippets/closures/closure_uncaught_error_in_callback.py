# An error raised inside a closure used as a callback propagates as an uncaught traceback
def make_validator(limit):
    def check(value):
        if value > limit:
            raise ValueError(f"value {value} exceeds limit {limit}")
        return value
    return check

def process(items, callback):
    results = []
    for item in items:
        results.append(callback(item))
    return results

check10 = make_validator(10)
print(process([1, 5, 10], check10))

def pipeline(items):
    scale = 3
    transform = lambda x: check10(x * scale)
    return process(items, transform)

print(pipeline([1, 2, 3]))
print("now a value that is too large")
print(pipeline([2, 4]))
