# metaclass attributes are visible on the class but not on its instances
class Meta(type):
    registry_name = "meta attr"
    def describe(cls):
        return "class " + cls.__name__
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class Thing(metaclass=Meta):
    own = "class attr"
print(Thing.registry_name, Thing.describe(), Thing.upper_name)
t = Thing()
for name in ("own", "registry_name", "describe", "upper_name"):
    print(name, hasattr(t, name))
print("describe" in dir(Thing), "describe" in dir(Meta))
class Shadow(metaclass=Meta):
    registry_name = "class wins"
    upper_name = "plain class attr"
print(Shadow.registry_name, Shadow.upper_name)
Meta.late = lambda cls: "late " + cls.__name__
print(Shadow.late())
