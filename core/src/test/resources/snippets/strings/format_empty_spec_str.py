# An empty format spec formats a subclass through str() (formatter_unicode.c format_obj)
class F(float):
    def __str__(self):
        return "F-str"
class I(int):
    def __str__(self):
        return "I-str"
class S(str):
    def __str__(self):
        return "S-str"
class C(complex):
    def __str__(self):
        return "C-str"
class B(int):
    def __repr__(self):
        return "B-repr"
for v in [F(1.5), I(7), S("x"), C(1j), B(3), True, 2.5, 10, "plain", 1 + 2j]:
    print(format(v), format(v, ""), f"{v}", type(v).__format__(v, ""), format(v, "") == str(v))
for v in [F(1.5), I(7), S("x"), C(1j)]:
    print(repr(format(v, "10")), repr(format(v, "<4")))
