# import ... as, module attributes and __file__ basename
import _helper_mod as hm
import pkg_demo.helper as hp
print(hm.VALUE, hp.mul(3, 4), hm.__name__, hm.__file__.split("/")[-1])
import sys
print(sorted(k for k in sys.modules if k.startswith("pkg_demo")))
