# KeyError from a nested dictionary lookup
config = {"db": {"host": "localhost"}}
print(config["db"]["host"])
print(config["db"]["port"])
