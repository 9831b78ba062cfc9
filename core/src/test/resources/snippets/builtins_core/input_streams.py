# input() without a terminal: CPython's builtin_input_impl fallback and PyFile_GetLine
import sys


class Lines:
    def __init__(self, *lines):
        self.lines = list(lines)

    def readline(self):
        return self.lines.pop(0) if self.lines else ""


class Out:
    def __init__(self):
        self.written = []
        self.flushes = 0

    def write(self, s):
        self.written.append(s)

    def flush(self):
        self.flushes += 1


class BadFlush(Out):
    def flush(self):
        raise OSError("flush failed")


saved = sys.stdin, sys.stdout, sys.stderr
out = Out()
try:
    sys.stdout = out
    sys.stdin = Lines("first\n", "no newline", "\n")
    results = [input("a> "), input(), input(42)]
    try:
        input("eof> ")
    except EOFError as e:
        results.append(("EOFError", str(e)))
    sys.stdin = Lines(b"bytes line\n")
    results.append(input())
    sys.stdin = Lines(17)
    try:
        input()
    except TypeError as e:
        results.append(("TypeError", str(e)))
    sys.stdout = BadFlush()
    sys.stdin = Lines("after a failing flush\n")
    results.append(input("p"))
    sys.stdout = out
    for name in ("stdin", "stdout", "stderr"):
        value = getattr(sys, name)
        for missing in (None, "deleted"):
            if missing is None:
                setattr(sys, name, None)
            else:
                delattr(sys, name)
            try:
                input("x")
            except RuntimeError as e:
                results.append(("RuntimeError", str(e)))
            setattr(sys, name, value)
finally:
    sys.stdin, sys.stdout, sys.stderr = saved
print(results)
print(out.written, out.flushes > 0)
