import sys
print(sys.flags); print(sys.float_info); print(sys.int_info); print(sys.hash_info)
print(sys.version_info, sys.version_info[:2], sys.version_info >= (3, 8), sys.version_info.major)
print(type(sys.flags).__name__, type(sys.flags).__module__, type(sys.flags).__qualname__)
print(type(sys.version_info).n_fields, sys.flags.optimize, len(sys.float_info))
print(sys.get_asyncgen_hooks())
SN = type(sys.implementation)
ns = SN(a=1, b=[2])
print(ns, ns == SN(a=1, b=[2]), ns != SN(a=1), SN.__module__, SN.__name__)
ns.c = ns
print(ns)
try:
    SN(1)
except TypeError as e:
    print(e)
try:
    hash(ns)
except TypeError as e:
    print(e)
print(ns.__reduce__()[0] is SN)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.min)
r = type(sys.float_info)
print(r.__reduce__ is not None, sys.float_info.__reduce__()[0] is r)
x = sys.float_info[:3]
print(x)
