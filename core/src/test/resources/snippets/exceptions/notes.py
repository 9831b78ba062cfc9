# add_note and __notes__
try:
    e = ValueError("base")
    e.add_note("first note")
    e.add_note("second")
    raise e
except ValueError as err:
    print(err.__notes__)
try:
    ValueError().add_note(3)
except TypeError as err:
    print(err)
