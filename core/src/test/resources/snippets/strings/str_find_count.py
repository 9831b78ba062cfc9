# find, rfind, index, count with ranges
s = "abracadabra"
print(s.find("bra"), s.rfind("bra"), s.find("bra", 2), s.find("bra", 2, 5), s.count("a"), s.count("a", 1, 4), s.count(""))
print(s.index("c"), s.rindex("a"), s.startswith("bra", 1), s.endswith("cad", 0, 7), s.find(""), s.rfind(""))
try:
    s.index("zz")
except ValueError as e:
    print(e)
