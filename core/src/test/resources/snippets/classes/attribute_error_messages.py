# AttributeError messages for instances, classes and modules
class C:
    pass
for obj, name in [(C(), "x"), (C, "y"), (3, "z"), ("s", "w")]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(e)
import sys
try:
    sys.nothing_here
except AttributeError as e:
    print(e)
