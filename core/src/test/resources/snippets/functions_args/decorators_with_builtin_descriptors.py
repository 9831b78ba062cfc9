# Stacking user decorators with staticmethod/classmethod/property: order matters
def shout(fn):
    def wrapper(*args):
        return str(fn(*args)).upper()
    return wrapper

class Thing:
    name = "thing"
    def __repr__(self):
        return "<a thing>"

    @staticmethod
    @shout
    def static_ok(x):
        return f"static {x}"

    @classmethod
    @shout
    def class_ok(cls):
        return f"class {cls.name}"

    @property
    @shout
    def prop_ok(self):
        return f"prop {self.name}"

    @shout
    @staticmethod
    def wrapped_static(x):
        return f"wrapped static {x}"

    @shout
    @classmethod
    def wrapped_class(cls):
        return f"wrapped class {cls.name}"

t = Thing()
print(Thing.static_ok(1), t.static_ok(2))
print(Thing.class_ok(), t.class_ok())
print(t.prop_ok)
print(Thing.wrapped_static(3))
print(t.wrapped_static())
try:
    Thing.wrapped_class()
except TypeError as e:
    print(type(e).__name__, e)
sm = Thing.__dict__["static_ok"]
print(type(sm).__name__, sm.__func__.__name__, callable(sm))
print(type(Thing.__dict__["prop_ok"]).__name__, type(Thing.__dict__["wrapped_class"]).__name__)
