# string methods return new strings
s = "Hello"
u = s.upper()
print(s, u, s is not u, s.replace("l", "L"), s, s.lower().capitalize(), "X".join(s))
