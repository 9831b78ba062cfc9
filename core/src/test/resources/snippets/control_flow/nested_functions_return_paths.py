# returns from nested try/with/for inside functions
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit")
def f(x):
    with CM():
        for i in range(3):
            try:
                if i == x:
                    return f"returned at {i}"
            finally:
                print("finally", i)
    return "fell through"
print(f(1))
print(f(5))
