# Uncaught NameError while evaluating a default value at definition time
def configure(name, retries=3):
    return f"{name} with {retries} retries"

print(configure("first"))

settings = {"timeout": 30}

def connect(host, timeout=settings["timeout"]):
    return f"{host}:{timeout}"

print(connect("example"))
settings["timeout"] = 60
print(connect("example"), "(default captured at def time)")

def make_function():
    def inner(a, b=a_default * 2):
        return a + b
    return inner

a_default = 5
print(make_function()(1))
del a_default
print("defining the function again without a_default")
make_function()
