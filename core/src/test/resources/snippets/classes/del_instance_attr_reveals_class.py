# deleting attributes: instance first, then class, then AttributeError
class Settings:
    mode = "class-default"
s = Settings()
s.mode = "instance"
print(s.mode)
del s.mode
print(s.mode)
try:
    del s.mode
except AttributeError as e:
    print("AttributeError:", e)
del Settings.mode
print(hasattr(s, "mode"), hasattr(Settings, "mode"))
s.__dict__["extra"] = 42
print(s.extra, vars(s))
s.__dict__ = {"mode": "replaced dict"}
print(s.mode, vars(s))
try:
    s.__dict__ = ["not", "a", "dict"]
except TypeError as e:
    print("TypeError:", e)
