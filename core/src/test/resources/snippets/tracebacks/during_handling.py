# an error inside an except block shows the context
try:
    [][1]
except IndexError:
    print("handling")
    {}["missing"]
