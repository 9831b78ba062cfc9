VALUE = 42
def greet(who):
    return "hello " + who
print("helper loaded", __name__)
