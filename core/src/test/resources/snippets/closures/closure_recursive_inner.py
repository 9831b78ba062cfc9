# An inner function can refer to itself (via a cell) to recurse
def flatten(nested):
    out = []
    def walk(node):
        if isinstance(node, list):
            for child in node:
                walk(child)
        else:
            out.append(node)
    walk(nested)
    return out

print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))

def make_power_set():
    def subsets(items):
        if not items:
            return [[]]
        rest = subsets(items[1:])
        return rest + [[items[0]] + r for r in rest]
    return subsets

ps = make_power_set()
print(sorted(ps([1, 2, 3]), key=lambda s: (len(s), s)))

def mutual():
    def is_even(n):
        return n == 0 or is_odd(n - 1)
    def is_odd(n):
        return n != 0 and is_even(n - 1)
    return is_even, is_odd

ev, od = mutual()
print(ev(10), od(10), ev(7), od(7))
print(sorted(ev.__code__.co_freevars))

def lambda_recursion():
    fact = lambda n: 1 if n == 0 else n * fact(n - 1)
    return fact(6)

print(lambda_recursion())

def depth_counter(tree):
    deepest = 0
    def visit(t, depth):
        nonlocal deepest
        deepest = max(deepest, depth)
        for c in t:
            visit(c, depth + 1)
    visit(tree, 0)
    return deepest

print(depth_counter([[[]], [[[]]], []]))
