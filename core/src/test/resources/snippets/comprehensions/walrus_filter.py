# assignment expressions filter and reuse values
data = ["3", "x", "10", "", "7"]
ints = [n for s in data if s.isdigit() and (n := int(s)) > 4]
print(ints, n)
total = 0
squares = [total := total + v for v in range(5)]
print(squares, total)
