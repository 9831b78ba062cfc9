# catching many exceptions in a loop
counts = {}
for i in range(20):
    try:
        if i % 3 == 0:
            raise ValueError(i)
        if i % 5 == 0:
            raise KeyError(i)
        1 / (i % 7)
    except (ValueError, KeyError) as e:
        counts[type(e).__name__] = counts.get(type(e).__name__, 0) + 1
    except ZeroDivisionError:
        counts["zero"] = counts.get("zero", 0) + 1
print(sorted(counts.items()))
