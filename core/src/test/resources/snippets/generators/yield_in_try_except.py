# yield inside try/except in a generator
def safe_div(pairs):
    for a, b in pairs:
        try:
            yield a / b
        except ZeroDivisionError:
            yield "div by zero"
print(list(safe_div([(1, 2), (3, 0), (6, 3)])))
