# an exception re-raised with a different type inside except
def load(name):
    raise FileNotFoundError(2, "No such file or directory", name)
try:
    load("data.txt")
except OSError as e:
    print("caught", e.errno, e.filename)
    raise RuntimeError("could not load") from e
