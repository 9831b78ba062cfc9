# chained generator pipelines
def read(lines):
    for l in lines:
        yield l.strip()
def nonempty(it):
    return (l for l in it if l)
def numbered(it):
    for i, l in enumerate(it, 1):
        yield f"{i}: {l}"
src = ["alpha\n", "\n", " beta ", "", "gamma"]
print(list(numbered(nonempty(read(src)))))
