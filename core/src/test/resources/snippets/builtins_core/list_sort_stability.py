# sort is stable and key is called once per item
calls = []
def key(p):
    calls.append(p)
    return p[1]
data = [("a", 2), ("b", 1), ("c", 2), ("d", 1)]
print(sorted(data, key=key), len(calls))
data.sort(key=lambda p: p[1], reverse=True)
print(data)
try:
    [3, "a"].sort()
except TypeError as e:
    print(e)
