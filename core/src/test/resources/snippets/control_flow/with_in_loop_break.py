# break and continue inside with blocks call __exit__
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        return self.n
    def __exit__(self, *a):
        print("exit", self.n)
for i in range(4):
    with CM(i) as n:
        if n == 1:
            continue
        if n == 2:
            break
        print("in", n)
def f():
    with CM("r"):
        return "returned"
print(f())
