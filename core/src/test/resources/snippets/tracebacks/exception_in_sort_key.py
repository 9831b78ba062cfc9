# an error raised by a sort key function
rows = [{"n": 2}, {"n": 1}, {"m": 0}]
print(sorted(rows[:2], key=lambda r: r["n"]))
sorted(rows, key=lambda r: r["n"])
