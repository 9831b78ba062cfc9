# notes appear after the message
e = KeyError("k")
e.add_note("while looking up the cache")
raise e
