# subclasses inherit the metaclass
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = "Meta"
        return super().__new__(mcls, name, bases, ns)
class Base(metaclass=Meta):
    pass
class Child(Base):
    pass
print(type(Child).__name__, Child.created_by, Base.created_by)
class Other(type):
    pass
try:
    class Mixed(Base, metaclass=Other):
        pass
except TypeError as e:
    print(e)
