# dict and set comprehensions
words = ["apple", "bob", "cat", "apple"]
print({w: len(w) for w in words}, {len(w) for w in words}, {w[0] for w in words} == {"a", "b", "c"})
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv, {i: [j for j in range(i)] for i in range(3)})
