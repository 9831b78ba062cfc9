# __init_subclass__ with keyword arguments
class Plugin:
    registry = []
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append((cls.__name__, key))
class A(Plugin, key="a"):
    pass
class B(Plugin):
    pass
print(Plugin.registry)
