# calling a non-callable object
handlers = {"a": 1}
print(handlers["a"])
handlers["a"]()
