# or-patterns and as-patterns, nested
def f(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as d]:
            return "going " + d
        case ["stop" | "halt"]:
            return "stopping"
        case ["say", *words] if words:
            return " ".join(words)
        case _:
            return "?"
for c in ["go north", "go west", "halt", "say hi there", "say"]:
    print(f(c))
