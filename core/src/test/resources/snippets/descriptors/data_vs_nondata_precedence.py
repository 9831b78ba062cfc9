# Data descriptors win over the instance dict; non-data descriptors lose to it
class DataDesc:
    def __get__(self, obj, objtype=None):
        return "from data descriptor"
    def __set__(self, obj, value):
        print(f"  DataDesc.__set__({value!r})")

class NonDataDesc:
    def __get__(self, obj, objtype=None):
        return "from non-data descriptor"

class SetOnly:
    def __set__(self, obj, value):
        print(f"  SetOnly.__set__({value!r})")

class Host:
    data = DataDesc()
    nondata = NonDataDesc()
    setonly = SetOnly()

h = Host()
print(h.data, "|", h.nondata)
h.__dict__["data"] = "instance dict value"
h.__dict__["nondata"] = "instance dict value"
print(h.data, "|", h.nondata)

h.data = "assigned"
h.nondata = "assigned"
print(vars(h))

print(type(h.setonly).__name__)
h.__dict__["setonly"] = "dict value for set-only"
print(h.setonly)
h.setonly = "goes to __set__"

class Plain:
    attr = "class attribute (not a descriptor)"

pl = Plain()
pl.attr = "instance wins"
print(pl.attr, Plain.attr)

del Host.data
print(h.data)
print(Host.nondata, Host.__dict__["nondata"].__class__.__name__)
