# Uncaught TypeError from a binary operator inside a closure (3.11 caret markers)
def make_formatter(unit):
    def fmt(amount):
        return str(amount) + " " + unit
    return fmt

def make_adder(offset):
    def add(values):
        return [v + offset for v in values]
    return add

meters = make_formatter("m")
print(meters(5), meters(2.5))
add3 = make_adder(3)
print(add3([1, 2, 3]))

def summarize(values, adder):
    shifted = adder(values)
    return sum(shifted) * len(values)

print(summarize([1, 1], add3))
broken = make_adder("x")
print("using a string offset")
print(summarize([1, 2], broken))
