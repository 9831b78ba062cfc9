# split and join edge cases
print("".split(), " ".split(" "), "a,b".split(",", 0), "a  b".split(" "), "a\nb\r\nc".splitlines())
print("x".join([]), "-".join("abc"), "1,2,3".split(",", 1), "a b c".rsplit(None, 1))
try:
    "".join([1, 2])
except TypeError as e:
    print(e)
print("ab".rjust(5, "."), "ab".ljust(4) + "|", "tEsT".swapcase(), "hello world".title(), "HELLO".istitle())
