# sys.stdout/sys.stderr: the file protocol beyond write (buffer, writelines, with, attributes)
import sys
sys.stdout.buffer.write("h\u00e9llo bytes\n".encode())
sys.stdout.buffer.flush()
sys.stdout.writelines(["a\n", "b\n"])
print(sys.stdout.mode, sys.stderr.errors, sys.stdin.mode, sys.stdout.closed, sys.stdout.encoding)
print(sys.stdout.writable(), sys.stdin.readable(), sys.stdout.fileno(), sys.stdout.buffer.fileno())
for f, op in [(sys.stdin, "write"), (sys.stdout, "read")]:
    try:
        getattr(f, op)("x") if op == "write" else f.read()
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
sys.stdout.reconfigure(line_buffering=True)
with open(sys.stdout.fileno(), "w", closefd=False) as f:
    print("via fd", file=f)
print(sys.stdout is sys.__stdout__, sys.stdout.__enter__() is sys.stdout)
sys.stderr.write("to stderr\n")
