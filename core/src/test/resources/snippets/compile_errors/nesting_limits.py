# Deeply nested source ends in CPython's errors, never a host stack overflow: the symbol table's
# "maximum recursion depth exceeded during compilation" (three levels per allowed Python frame),
# the parser's MemoryError past its stack of 6,000 rules, and the tokenizer's 200 brackets.
for n in (100, 1000, 2900, 3200, 10000, 100000):
    for src in ("1+" * n + "1", "-" * n + "1", "(" * min(n, 300) + "1" + ")" * min(n, 300),
                "[" * n + "]" * n, "f(" * n + ")" * n, "not " * n + "x", "lambda: " * n + "1",
                "x" + ".a" * n, "x" + "[0]" * n, "f" + "()" * n):
        try:
            compile(src, "s", "eval")
            r = "ok"
        except RecursionError as e:
            r = "RecursionError " + str(e)
        except SyntaxError as e:
            r = "SyntaxError %s %s" % (e.msg, e.offset)
        except MemoryError as e:
            r = "MemoryError " + str(e)
        print(n, src[:6], r)


# the limit follows the recursion limit and the depth the compile runs at
def nested(depth, src):
    if depth:
        return nested(depth - 1, src)
    try:
        compile(src, "s", "eval")
        return "ok"
    except RecursionError:
        return "RecursionError"


print(nested(0, "-" * 2500 + "1"), nested(300, "-" * 2500 + "1"), nested(600, "-" * 2500 + "1"))
import sys
old = sys.getrecursionlimit()
sys.setrecursionlimit(5000)
print(nested(0, "-" * 5000 + "1"), nested(0, "1+" * 14000 + "1"), nested(0, "1+" * 16000 + "1"))
sys.setrecursionlimit(old)
# statements nest only as far as the tokenizer's 100 indentation levels
src = "".join(" " * i + "if x:\n" for i in range(99)) + " " * 99 + "pass\n"
compile(src, "s", "exec")
try:
    compile("".join(" " * i + "if x:\n" for i in range(100)) + " " * 100 + "pass\n", "s", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
