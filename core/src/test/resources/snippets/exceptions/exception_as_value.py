# exceptions stored and raised later
errors = []
for v in ["1", "x", "2", "y"]:
    try:
        int(v)
    except ValueError as e:
        errors.append(e)
print(len(errors), [str(e) for e in errors])
try:
    raise errors[0]
except ValueError as e:
    print(e is errors[0])
