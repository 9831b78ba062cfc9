NAME = "pkg_demo"
from . import sub
