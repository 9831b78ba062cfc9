# Uncaught error raised by __init_subclass__ while a class statement executes
class Command:
    registry = {}
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        name = cls.__dict__.get("name")
        if name is None:
            raise TypeError(f"{cls.__name__} must define a 'name'")
        if name in Command.registry:
            raise ValueError(f"duplicate command {name!r}")
        Command.registry[name] = cls

class Start(Command):
    name = "start"

class Stop(Command):
    name = "stop"

print(sorted(Command.registry))
try:
    class Again(Command):
        name = "start"
except ValueError as e:
    print(type(e).__name__, e)
print(sorted(Command.registry), "Again" in [c.__name__ for c in Command.registry.values()])
print("defining a command without a name")

class Nameless(Command):
    help = "forgot the name"
