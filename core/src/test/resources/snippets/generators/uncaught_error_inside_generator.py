# Uncaught exception raised inside a generator body, surfaced through a consumer loop
def parse_numbers(tokens):
    for tok in tokens:
        yield int(tok)

def running_sum(numbers):
    total = 0
    for n in numbers:
        total += n
        yield total

def report(tokens):
    for i, value in enumerate(running_sum(parse_numbers(tokens))):
        print(f"step {i}: {value}")

report(["1", "2", "3"])
print("second batch has a bad token")
report(["10", "x20", "30"])
