# __doc__ of the methods of str, list and dict (what help(str.split) etc. show).
DUNDERS = ["__new__", "__init__", "__repr__", "__len__", "__iter__", "__getitem__", "__contains__",
           "__eq__", "__ne__", "__add__", "__mul__", "__rmul__",
           "__setitem__", "__delitem__", "__iadd__", "__imul__", "__reversed__", "__class_getitem__",
           "__mod__", "__rmod__", "__hash__", "__str__", "__format__", "__or__", "__ror__", "__ior__"]
for t in (str, list, dict):
    public = [n for n in dir(t) if not n.startswith("_")]
    for name in public + [d for d in DUNDERS if d in t.__dict__]:
        print(t.__name__, name, repr(getattr(t, name).__doc__))
print(repr("abc".upper.__doc__), repr([].append.__doc__), repr({}.get.__doc__))
