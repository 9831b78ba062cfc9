# a metaclass that refuses classes missing a method
class Interface(type):
    def __new__(mcls, name, bases, ns):
        if bases and "run" not in ns:
            raise TypeError(f"{name} must define run()")
        return super().__new__(mcls, name, bases, ns)
class Task(metaclass=Interface):
    pass
class Good(Task):
    def run(self):
        return "ran"
print(Good().run())
try:
    class Bad(Task):
        pass
except TypeError as e:
    print(e)
