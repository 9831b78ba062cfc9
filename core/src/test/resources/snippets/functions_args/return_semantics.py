# return: implicit None, tuples, early exits from loops, return inside try/finally
def implicit():
    x = 1

def bare():
    return

def multiple():
    return 1, "two", [3]

def early(values):
    for v in values:
        if v < 0:
            return f"negative {v}"
    else:
        return "no negatives"
    return "unreachable"

print(implicit(), bare(), multiple(), type(multiple()).__name__)
a, b, c = multiple()
print(a, b, c)
print(early([1, -2, -3]), early([1, 2]))

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"

def finally_runs():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")

def finally_cancels_exception():
    try:
        raise ValueError("lost")
    finally:
        return "exception swallowed"

print(finally_overrides(), finally_runs(), finally_cancels_exception())

def nested_try_returns():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")

print(nested_try_returns())
print((lambda: None)(), (lambda: (yield))().__class__.__name__)
