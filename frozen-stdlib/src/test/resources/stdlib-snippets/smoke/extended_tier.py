# Modules of the extended tier (in the browser only its index is loaded at start-up; the rest is
# fetched on the first import of one of them), their sources, and the site builtins.
import tomllib
print(tomllib.loads('a = 1\n[b]\nc = "x"\nd = [1, 2.5]\n'))

import configparser
cp = configparser.ConfigParser()
cp.read_string("[section]\nkey = value\nn = 3\n")
print(cp["section"]["key"], cp.getint("section", "n"), cp.sections())

import getopt
print(getopt.getopt(["-a", "-b", "x", "rest"], "ab:"))

import inspect
print(inspect.getsource(getopt.getopt).splitlines()[0])
print(inspect.getsource(tomllib.loads).splitlines()[0])

import sys
print("tomllib" in sys.modules, "getopt" in sys.modules)
print(exit)
print(type(help).__name__, type(quit).__name__)
