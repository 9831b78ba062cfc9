"""PEP 563 through a real `from __future__ import annotations`: strings, typing.get_type_hints, dataclasses."""
from __future__ import annotations

import __future__
import dataclasses
import sys
import typing


def f(a: int, b: list[str] = None, *args: *Ts, **kw: dict[str, int]) -> tuple[int, ...]:
    return a


class Node:
    value: int
    children: list[Node]
    parent: Node | None = None

    def add(self, child: Node) -> Node:
        return child


@dataclasses.dataclass
class Point:
    x: int
    y: float = 0.0
    tags: list[str] = dataclasses.field(default_factory=list)


print(f.__annotations__)
print(Node.__annotations__)
print(Node.add.__annotations__)
print(typing.get_type_hints(Node.add))
print(Point(1), [fl.type for fl in dataclasses.fields(Point)])
print(__annotations__ if "__annotations__" in globals() else "no module annotations")
print(bool(sys._getframe().f_code.co_flags & __future__.annotations.compiler_flag))
print(bool(f.__code__.co_flags & __future__.annotations.compiler_flag))
ns = {}
exec("def g(x: undefined) -> also_undefined: pass", ns)
print(ns["g"].__annotations__)
co = compile("def g(x: undefined): pass", "<s>", "exec", dont_inherit=True)
try:
    exec(co, {})
except NameError as e:
    print(type(e).__name__, e)
