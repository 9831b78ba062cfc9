# ImportError raised inside a function
def load():
    from _helper_missing_thing import nothing
    return nothing
print("loading")
load()
