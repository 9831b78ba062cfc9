# Full lookup order: __getattribute__ -> data descriptor / instance dict / non-data -> __getattr__
log = []

class Data:
    def __get__(self, obj, objtype=None):
        log.append("Data.__get__")
        return "data"
    def __set__(self, obj, value):
        log.append("Data.__set__")

class NonData:
    def __get__(self, obj, objtype=None):
        log.append("NonData.__get__")
        return "nondata"

class Host:
    d = Data()
    n = NonData()
    plain = "class plain"
    def __getattribute__(self, name):
        log.append(f"__getattribute__({name})")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        log.append(f"__getattr__({name})")
        return f"fallback {name}"

h = Host()
object.__setattr__(h, "n", "instance n")
h.__dict__["d"] = "instance d"
for name in ("d", "n", "plain", "missing"):
    log.clear()
    value = getattr(h, name)
    print(f"{name}: {value!r:16} {log}")

log.clear()
h.d = "assign"
print(log)
log.clear()
print(Host.d, Host.n, log)
