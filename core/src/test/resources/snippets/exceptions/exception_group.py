# ExceptionGroup split, subgroup and except*
eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
print(eg, len(eg.exceptions))
match, rest = eg.split(ValueError)
print(match, [repr(x) for x in match.exceptions], rest)
print(eg.subgroup(TypeError).exceptions)
try:
    raise eg
except* ValueError as g:
    print("values", [x.args[0] for x in g.exceptions])
except* TypeError as g:
    print("types", [x.args[0] for x in g.exceptions])
