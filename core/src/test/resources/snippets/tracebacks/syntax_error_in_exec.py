# SyntaxError raised by exec at run time
code = "x = (1,\n"
print("about to exec")
exec(code)
