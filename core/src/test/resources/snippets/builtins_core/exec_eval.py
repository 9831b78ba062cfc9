# exec and eval with namespaces
ns = {}
exec("x = 2\ny = x * 21", ns)
print(ns["y"], eval("x + y", ns), eval("1 + 2"))
code = compile("a * 2", "<expr>", "eval")
print(eval(code, {"a": 5}))
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
