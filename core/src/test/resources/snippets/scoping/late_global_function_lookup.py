# Function bodies look up globals at call time, so later definitions are found
def main():
    return helper() + " / " + CONSTANT

try:
    main()
except NameError as e:
    print(type(e).__name__, e)

def helper():
    return "helper v1"

CONSTANT = "const v1"
print(main())

def helper():
    return "helper v2"

CONSTANT = "const v2"
print(main())

saved = main
del main
print(saved())
print(saved.__name__)

def uses_global_class():
    return LaterClass().hello()

class LaterClass:
    def hello(self):
        return "hello from later class"

print(uses_global_class())
globals()["helper"] = lambda: "injected"
print(saved())
