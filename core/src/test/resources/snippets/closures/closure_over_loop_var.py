# closures in loops see the final value unless bound
handlers = {}
for name in ["a", "b", "c"]:
    handlers[name] = lambda: name
print([h() for h in handlers.values()])
handlers = {}
for name in ["a", "b", "c"]:
    handlers[name] = (lambda n: lambda: n)(name)
print([h() for h in handlers.values()])
