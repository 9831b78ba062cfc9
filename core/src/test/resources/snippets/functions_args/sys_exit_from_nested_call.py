# sys.exit with an integer status from a nested call; finally blocks still run
import sys

def validate(records):
    bad = [r for r in records if r < 0]
    if bad:
        print("invalid records:", bad)
        sys.exit(3)
    return len(records)

def main():
    try:
        print("checked", validate([1, 2, 3]))
        print("checked", validate([4, -5, 6, -7]))
        print("not reached")
    finally:
        print("cleanup in finally")

try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit with code", e.code, type(e.code).__name__)
try:
    sys.exit()
except SystemExit as e:
    print("no argument gives code", e.code)
try:
    raise SystemExit(5)
except BaseException as e:
    print(type(e).__name__, e.code, isinstance(e, Exception))

main()
print("not printed either")
