# common str methods
s = "  Hello, World  "
print(s.strip(), s.lower(), s.upper(), s.split(","), s.replace("l", "L", 2))
print("a,b,,c".split(","), "a b  c".split(), "x".join(["1", "2", "3"]), "abc".find("c"), "abc".find("z"))
print("hello".startswith("he"), "hello".endswith(("lo", "x")), "42".zfill(5), "ab".center(6, "*"))
print("a-b-c".rsplit("-", 1), "Tab\tX".expandtabs(4) if hasattr(str, "expandtabs") else "", "one two".title() if hasattr(str, "title") else "")
print("abc".partition("b"), "%5.2f|%-4d|%s|%r" % (3.14159, 7, "s", "r"), "{:>6}|{:<4}|{:^5}".format("a", "b", "c"))
