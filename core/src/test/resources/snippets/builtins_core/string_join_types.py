# join requires strings
print(",".join(["a", "b"]), ",".join(("x",)), ",".join(map(str, [1, 2, 3])), "".join(reversed("abc")))
for bad in [[1], ["a", None]]:
    try:
        ",".join(bad)
    except TypeError as e:
        print(e)
