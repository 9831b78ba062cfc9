# str() falls back to repr(), repr() is used in containers
class R:
    def __repr__(self):
        return "R()"
class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
print(R(), str(R()), [R()], S(), [S()], f"{S()!r} {S()}")
