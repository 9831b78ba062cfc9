# Uncaught UnboundLocalError: the assignment later in the function makes 'total' local
total = 100

def add_all(values):
    for v in values:
        total = total + v
    return total

def safe_add(values):
    result = total
    for v in values:
        result += v
    return result

print(safe_add([1, 2, 3]))

def runner():
    items = [10, 20]
    return add_all(items)

print("calling runner")
print(runner())
