"""ast.parse(feature_version=(3, minor)) rejects syntax newer than Python 3.minor (CPython: CHECK_VERSION)."""
import ast
for src, v in [('def foo(x, /): ...', 7), ('def foo(x, /): ...', 8), ('lambda x=1, /: ...', 7), ('with (CtxManager() as example): ...', 8), ('with (CtxManager() as example): ...', 9), ('with (a, b): ...', 8), ('with a as b: ...', 8), ('f"{x=}"', 7), ('f"{x=}"', 8), ('(x := 0)', 7), ('try:\n  pass\nexcept* E:\n  pass', 10), ('match x:\n  case 1: pass', 9), ('a @ b', 4), ('async def f(): await x', 4), ('x: int', 5), ('x = 1', 3)]:
    try:
        ast.parse(src, feature_version=(3, v)); print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
