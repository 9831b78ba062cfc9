# Uncaught: an AttributeError inside a property is hidden by __getattr__
class Settings:
    def __init__(self, values):
        self._values = values

    def __getattr__(self, name):
        raise AttributeError(f"no setting named {name!r}")

    @property
    def timeout(self):
        return self._values["timeout"]

    @property
    def retries(self):
        return self._values.retries

s = Settings({"timeout": 30, "retries": 3})
print(s.timeout)
try:
    s.colour
except AttributeError as e:
    print(type(e).__name__, e)
print("reading retries")
print(s.retries)
