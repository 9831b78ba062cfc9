# sys.exit("message") prints the message to stderr and exits with status 1
import sys

def load(config):
    missing = [k for k in ("host", "port") if k not in config]
    if missing:
        sys.exit(f"configuration error: missing {', '.join(missing)}")
    return f"{config['host']}:{config['port']}"

print(load({"host": "localhost", "port": 8080}))

try:
    load({})
except SystemExit as e:
    print("caught:", e.code)

class Resource:
    def __enter__(self):
        print("resource acquired")
        return self
    def __exit__(self, *exc):
        print("resource released, exception type:", exc[0].__name__)
        return False

with Resource():
    print("loading partial config")
    load({"host": "example"})
print("never printed")
