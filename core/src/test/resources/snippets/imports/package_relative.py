# packages and relative imports
import pkg_demo
from pkg_demo import sub
from pkg_demo.sub import twice
print(pkg_demo.NAME, sub.twice(4), twice(5), pkg_demo.sub is sub)
