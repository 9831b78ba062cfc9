# importing a sibling module
import _helper_mod
from _helper_mod import greet, VALUE as V
print(_helper_mod.__name__, greet("x"), V)
import sys
print("_helper_mod" in sys.modules)
