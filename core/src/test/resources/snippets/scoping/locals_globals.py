# locals() and globals() views
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
g = 5
print("g" in globals(), globals()["g"])
class C:
    x = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.names)
