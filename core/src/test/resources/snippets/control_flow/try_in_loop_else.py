# try/except inside loops with else and continue
results = []
for v in ["1", "x", "3"]:
    try:
        n = int(v)
    except ValueError:
        results.append("bad")
        continue
    else:
        results.append(n)
    finally:
        results.append("|")
print(results)
