# triple-quoted and adjacent literals
s = """line one
line two
    indented"""
print(s.splitlines(), len(s))
t = ("adjacent "
     "literals "
     'join')
print(t, r"\n raw", b"bytes" + b"more", f"{1}" "plain" f"{2}")
