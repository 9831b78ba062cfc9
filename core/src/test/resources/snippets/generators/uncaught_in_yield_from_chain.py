# Uncaught error deep inside a yield-from chain: every delegating frame is in the traceback
def read_records(lines):
    for line in lines:
        key, value = line.split("=")
        yield key.strip(), value.strip()

def section(name, lines):
    yield f"[{name}]"
    count = yield from ((k, v) for k, v in read_records(lines))
    return count

def document(sections):
    for name, lines in sections:
        yield from section(name, lines)

good = [("main", ["a = 1", "b = 2"]), ("extra", ["c=3"])]
for item in document(good):
    print(item)

bad = [("main", ["x = 1"]), ("broken", ["y = 2", "no equals sign here"])]
for item in document(bad):
    print(item)
