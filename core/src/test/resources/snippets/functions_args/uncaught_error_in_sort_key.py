# Uncaught error raised from a lambda passed as sort key (subscript error with carets)
people = [
    {"name": "ann", "age": 31},
    {"name": "bob", "age": 25},
    {"name": "cy", "age": 40},
]
by_age = sorted(people, key=lambda p: p["age"])
print([p["name"] for p in by_age])
by_name_len = sorted(people, key=lambda p: (len(p["name"]), p["name"]))
print([p["name"] for p in by_name_len])

def oldest(group):
    return max(group, key=lambda p: p["age"])["name"]

print(oldest(people))

def rank(group, field):
    return [p["name"] for p in sorted(group, key=lambda p: p[field])]

print(rank(people, "name"))
people.append({"name": "dee"})
print("added a person without an age")
print(rank(people, "age"))
