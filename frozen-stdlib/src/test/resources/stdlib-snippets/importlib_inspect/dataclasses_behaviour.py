# dataclasses: fields, defaults, factories, frozen, order, InitVar, ClassVar, slots, kw_only, match_args
import dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, KW_ONLY
from typing import ClassVar, List

@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)

p = Point(1)
print(p, p == Point(1), p == Point(1, 2))
print([(f.name, f.type, f.default is dataclasses.MISSING, f.default_factory is dataclasses.MISSING, f.init, f.repr, f.compare, f.kw_only) for f in fields(p)])
print([f.name for f in fields(Point)])
print(asdict(p), astuple(p))
print(replace(p, y=5))
print(Point.__init__.__doc__, Point.__doc__)
print(Point.__match_args__)

@dataclass(frozen=True, order=True)
class Ver:
    major: int
    minor: int = 0
    def bump(self):
        return replace(self, minor=self.minor + 1)

v = Ver(1, 2)
print(v < Ver(1, 3), v >= Ver(0, 9), sorted([Ver(2), Ver(1, 5), Ver(1)]))
try:
    v.major = 3
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
print(hash(v) == hash(Ver(1, 2)), v.bump())

@dataclass
class C:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    count: ClassVar[int] = 0
    def __post_init__(self, scale):
        self.b = self.a * scale
        C.count += 1

c = C(3)
print(c, C(4, 10), C.count, [f.name for f in fields(C)])

@dataclass
class Base:
    x: int = 1
    y: str = "b"

@dataclass
class Derived(Base):
    z: float = 1.5
    x: int = 10

print(Derived(), Derived(2, "q", 3.0))

@dataclass(slots=True)
class S:
    a: int
    b: str = "s"
s = S(1)
print(s, S.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 1
except AttributeError as e:
    print(type(e).__name__, e)

@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1))
try:
    K(1)
except TypeError as e:
    print(type(e).__name__, e)

@dataclass
class M:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int = field(default=5, kw_only=True)
print(M(1, b=2), M.__match_args__)

@dataclass(repr=False, eq=False, match_args=False)
class N:
    a: int
print(N(1) == N(1), hasattr(N, "__match_args__"), "N object" in repr(N(1)))

match Point(1, 2):
    case Point(1, y):
        print("matched", y)

@dataclass
class Nested:
    pts: List[Point]
    d: dict
print(asdict(Nested([Point(1), Point(2, 3)], {"k": Point(0)})))
print(astuple(Nested([Point(1)], {})))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print(type(e).__name__, e)
print(dataclasses.is_dataclass(p), dataclasses.is_dataclass(Point), dataclasses.is_dataclass(1))
Dyn = dataclasses.make_dataclass("Dyn", [("a", int), ("b", int, field(default=3))])
print(Dyn(1), Dyn.__name__)
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)
@dataclass(unsafe_hash=True)
class H:
    a: int
print(hash(H(1)) == hash((1,)))
@dataclass
class E:
    a: int
print(E.__hash__)
print(repr(field(default=1)).startswith("Field("))
